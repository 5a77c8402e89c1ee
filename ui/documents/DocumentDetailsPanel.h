#pragma once

// moc (Qt 6.4) cannot parse <concepts>, which documents/Document.h reaches through <compare>;
// it needs only the type names.
#ifndef Q_MOC_RUN
#include "documents/Document.h"
#endif

#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cw::ui {

/// The Details tab of the Documents page: the register entry of one document (code, title,
/// level, type, parent, owner, approver, review interval and next review, retention, clauses),
/// its status with the moves it allows, and the version in force. It does not write: it says
/// what the user changed, and the page turns that into an undoable step.
class DocumentDetailsPanel : public QWidget {
    Q_OBJECT
public:
    explicit DocumentDetailsPanel(QWidget* parent = nullptr);

    /// Shows a document (nullopt: none selected). `fields` holds every field in its text form
    /// (cw::documentField(), indexed by cw::DocumentField); `clauses` the clause links as the
    /// user edits them and `clauseTitles` one line per link.
    void showDocument(const std::optional<cw::DocumentRow>& row, const std::vector<QString>& fields,
                      const QString& clauses, const QString& clauseTitles, const QString& effectiveDate);
    void setReadOnly(bool readOnly);
    void retranslateUi();

Q_SIGNALS:
    void fieldCommitted(cw::DocumentField field, const QString& value);
    void clausesCommitted(const QString& text);
    void transitionRequested(cw::DocumentStatus to);

private:
    void commitLine(cw::DocumentField field, QLineEdit* edit);
    void rebuildTransitions();
    void updateEnabled();

    std::optional<cw::DocumentRow> m_row;
    bool m_readOnly = false;
    std::vector<QString> m_fields;
    QString m_clausesText;
    QString m_clauseTitlesText;
    QString m_effectiveDate;

    QLabel* m_heading;
    QLabel* m_subheading;
    QLabel* m_overdue;
    QLabel* m_statusTitle;
    QLabel* m_status;
    QHBoxLayout* m_transitions;
    QFormLayout* m_form;
    QLineEdit* m_code;
    QLineEdit* m_title;
    QComboBox* m_level;
    QComboBox* m_type;
    QLineEdit* m_parent;
    QLineEdit* m_owner;
    QLineEdit* m_approver;
    QLabel* m_effective;
    QSpinBox* m_reviewMonths;
    QLineEdit* m_nextReview;
    QSpinBox* m_retentionMonths;
    QLineEdit* m_clauses;
    QLabel* m_clauseTitles;
    QLabel* m_hint;
};

} // namespace cw::ui
