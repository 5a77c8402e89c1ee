#pragma once

#include <QWidget>

class QLabel;

namespace cw::ui {

/// A centred title and one explanatory sentence, for a page or panel that has nothing to show.
/// The owner sets the texts (and sets them again when the language changes).
class EmptyState : public QWidget {
    Q_OBJECT
public:
    explicit EmptyState(QWidget* parent = nullptr);
    void setTexts(const QString& title, const QString& sentence);
    [[nodiscard]] QString titleText() const;
    [[nodiscard]] QString sentenceText() const;

private:
    QLabel* m_title;
    QLabel* m_sentence;
};

} // namespace cw::ui
