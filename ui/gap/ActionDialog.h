#pragma once

#include "assessment/AssessmentActions.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace cw::ui {

/// Turns a gap into an action: title, owner, due date, priority, status and notes, starting from
/// the core's proposal (cw::actionFromGap()).
class ActionDialog : public QDialog {
    Q_OBJECT
public:
    ActionDialog(const cw::GapAction& proposal, const QString& requirement, QWidget* parent = nullptr);

    [[nodiscard]] cw::GapAction action() const;

private:
    cw::GapAction m_proposal;
    QLineEdit* m_title;
    QLineEdit* m_owner;
    QLineEdit* m_due;
    QComboBox* m_priority;
    QComboBox* m_status;
    QPlainTextEdit* m_notes;
};

} // namespace cw::ui
