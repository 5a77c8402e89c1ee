#pragma once

#include <QWidget>

#include <array>
#include <string>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QToolButton;

namespace cw::ui {

class CommittingTextEdit;
class WorkspaceSession;

/// The certification plan on the Engagement & scope page: services and sites in scope, the CNCA
/// business categories, the certification body, the start of trial operation, the planned dates
/// of the internal audit, management review, stage 1 and stage 2, and the logo of the report
/// cover. Each finished edit is one undoable step through the session.
class PlanSection : public QWidget {
    Q_OBJECT
public:
    explicit PlanSection(WorkspaceSession& session, QWidget* parent = nullptr);

    /// Asks for an image file and makes it the logo (one undoable step).
    void chooseLogo();
    void clearLogo();

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Index of the text fields by cw::PlanField (the categories use the list).
    static constexpr std::size_t kFields = 9;

    void refresh();
    void retranslateUi();
    void commit(std::size_t field, const QString& text);
    void commitCategories();
    QWidget* dateEditor(std::size_t field, const char* name);
    void addRow(std::size_t field, QWidget* editor);

    WorkspaceSession& m_session;
    QFormLayout* m_form;
    QLabel* m_heading;
    std::array<QLabel*, kFields> m_labels{};
    std::array<QLineEdit*, kFields> m_lines{}; ///< certification body and the dates
    std::array<QToolButton*, kFields> m_calendars{};
    CommittingTextEdit* m_services;
    CommittingTextEdit* m_sites;
    QListWidget* m_categories;
    QLabel* m_logoLabel;
    QLabel* m_logo;
    QPushButton* m_chooseLogo;
    QPushButton* m_clearLogo;
    std::string m_logoBytes;
    bool m_refreshing = false;
};

} // namespace cw::ui
