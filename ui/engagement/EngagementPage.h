#pragma once

#include "common/Page.h"
#include "engagement/Engagement.h"

#include <array>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace cw::ui {

class Banner;
class CommittingTextEdit;
class EmptyState;
class WorkspaceSession;

/// The engagement and its scope: name, organization in English and Chinese, scope statement and
/// language. Each finished edit is one undoable step; the fields follow the workspace.
class EngagementPage : public Page {
    Q_OBJECT
public:
    explicit EngagementPage(WorkspaceSession& session, QWidget* parent = nullptr);
    [[nodiscard]] QString title() const override;

protected:
    void retranslateUi() override;

private:
    void refresh();
    void commit(cw::EngagementField field, const QString& text);
    void addRow(cw::EngagementField field, QWidget* editor);
    void connectLineEdit(QLineEdit* edit, cw::EngagementField field);

    WorkspaceSession& m_session;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QWidget* m_form;
    QFormLayout* m_fields;
    QLabel* m_heading;
    QLabel* m_hint;
    Banner* m_readOnly;
    std::array<QLabel*, 5> m_labels{}; ///< by cw::EngagementField
    QLineEdit* m_name;
    QLineEdit* m_organizationEn;
    QLineEdit* m_organizationZh;
    CommittingTextEdit* m_scope;
    QComboBox* m_language;
};

} // namespace cw::ui
