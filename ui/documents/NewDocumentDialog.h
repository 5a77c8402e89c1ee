#pragma once

// moc (Qt 6.4) cannot parse <concepts>, which documents/Document.h reaches through <compare>;
// it needs only the type names.
#ifndef Q_MOC_RUN
#include "documents/Document.h"
#endif

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace cw::ui {

/// Asks for a new document: code, title, level, type, the code of the document it derives
/// from, owner. The core checks the rules (unique code, level order) when it is created.
class NewDocumentDialog : public QDialog {
    Q_OBJECT
public:
    /// `parentCode`/`parentLevel`: the document selected, proposed as the parent (level + 1).
    NewDocumentDialog(const QString& parentCode, int parentLevel, QWidget* parent = nullptr);

    /// The document (parent given as its code in `parentCode()`).
    [[nodiscard]] cw::Document document() const;
    [[nodiscard]] QString parentCode() const;

private:
    QLineEdit* m_code;
    QLineEdit* m_title;
    QComboBox* m_level;
    QComboBox* m_type;
    QLineEdit* m_parent;
    QLineEdit* m_owner;
};

} // namespace cw::ui
