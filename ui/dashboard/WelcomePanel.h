#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace cw::ui {

/// What the dashboard shows with no workspace open: a greeting and the three ways to start.
class WelcomePanel : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget* parent = nullptr);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void demoRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_new;
    QPushButton* m_open;
    QPushButton* m_demo;
};

} // namespace cw::ui
