#pragma once

// moc (Qt 6.4) cannot parse <concepts>, which documents/Document.h reaches through <compare>;
// it needs only the type names.
#ifndef Q_MOC_RUN
#include "documents/Document.h"
#endif

#include <QDialog>

class QLineEdit;

namespace cw::ui {

/// Asks for a record entry: date (default today), reference and note.
class RecordEntryDialog : public QDialog {
    Q_OBJECT
public:
    RecordEntryDialog(const QString& document, const QString& today, QWidget* parent = nullptr);
    [[nodiscard]] cw::RecordEntry entry() const;

private:
    QLineEdit* m_date;
    QLineEdit* m_reference;
    QLineEdit* m_note;
};

} // namespace cw::ui
