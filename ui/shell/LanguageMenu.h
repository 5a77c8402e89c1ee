#pragma once

#include <QMenu>

class QActionGroup;

namespace cw::ui {

class LanguageManager;

/// "Language" menu: each language listed by its own name, the current one checked.
class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(LanguageManager& languages, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void addLanguage(const QString& code, const QString& name);
    void syncChecked();

    LanguageManager& m_languages;
    QActionGroup* m_group;
};

} // namespace cw::ui
