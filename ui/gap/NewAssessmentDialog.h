#pragma once

#include "assessment/Assessment.h"

#include <QDialog>

#include <string>
#include <utility>
#include <vector>

class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cw::ui {

/// Asks for a new assessment: name, date, assessors (one per line), catalogs (ISO/IEC 20000-1
/// ticked by default) and a scope note. The core checks what it gets.
class NewAssessmentDialog : public QDialog {
    Q_OBJECT
public:
    /// `catalogs`: every catalog that can be assessed (id, title), in display order.
    NewAssessmentDialog(const std::vector<std::pair<std::string, QString>>& catalogs, QWidget* parent = nullptr);

    [[nodiscard]] cw::NewAssessment assessment() const;

private:
    void updateOk();

    QLineEdit* m_name;
    QDateEdit* m_date;
    QPlainTextEdit* m_assessors;
    QListWidget* m_catalogs;
    QPlainTextEdit* m_scope;
    QPushButton* m_ok = nullptr;
};

} // namespace cw::ui
