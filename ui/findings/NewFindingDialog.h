#pragma once

#include "findings/CorrectiveActions.h" // first: see FindingListModel.h

#include <QDialog>

#include <string>
#include <utility>
#include <vector>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace cw::ui {

/// Asks for a new finding: type, source (and audit), title, clauses, requirement, description,
/// evidence, auditee, starting from `proposal` (e.g. a checklist line). The core checks it when it
/// is created; the dialog only refuses an empty title.
class NewFindingDialog : public QDialog {
    Q_OBJECT
public:
    /// `audits`: id and code of each audit a finding may come from.
    NewFindingDialog(const cw::Finding& proposal, std::vector<std::pair<std::int64_t, QString>> audits,
                     std::string defaultCatalog, QWidget* parent = nullptr);
    [[nodiscard]] cw::Finding finding() const;

    void accept() override;

private:
    cw::Finding m_proposal;
    std::string m_defaultCatalog;
    QComboBox* m_type;
    QComboBox* m_source;
    QComboBox* m_audit;
    QLineEdit* m_reference;
    QLineEdit* m_title;
    QLineEdit* m_clauses;
    QPlainTextEdit* m_requirement;
    QPlainTextEdit* m_statement;
    QPlainTextEdit* m_evidence;
    QLineEdit* m_auditee;
};

} // namespace cw::ui
