#pragma once

// moc (Qt 6.4) cannot parse <concepts>, which documents/Document.h reaches through <compare>;
// it needs only the type names.
#ifndef Q_MOC_RUN
#include "documents/DocumentQuery.h"
#endif

#include <QWidget>

#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace cw::ui {

/// The filters of the register table: level, status, owner, clause and overdue reviews. Says
/// when they change; the page combines them with the search text.
class DocumentFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit DocumentFilterBar(QWidget* parent = nullptr);

    /// The filter as set (text left empty).
    [[nodiscard]] cw::DocumentFilter filter() const;
    /// The owners to choose from; keeps the choice when it is still there.
    void setOwners(const std::vector<std::string>& owners);
    void clear();
    void retranslateUi();

Q_SIGNALS:
    void filterChanged();

private:
    QLabel* m_levelLabel;
    QComboBox* m_level;
    QLabel* m_statusLabel;
    QComboBox* m_status;
    QLabel* m_ownerLabel;
    QComboBox* m_owner;
    QLabel* m_clauseLabel;
    QLineEdit* m_clause;
    QCheckBox* m_overdue;
};

} // namespace cw::ui
