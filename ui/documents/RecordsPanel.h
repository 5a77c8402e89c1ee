#pragma once

// moc (Qt 6.4) cannot parse <concepts>, which documents/Document.h reaches through <compare>;
// it needs only the type names.
#ifndef Q_MOC_RUN
#include "documents/Document.h"
#include "documents/RecordEntries.h"
#endif

#include <QWidget>

#include <cstdint>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cw::ui {

/// The Record entries tab of a level-4 document: its dated samples (date, reference, note) and
/// how many months they span. Other levels carry no entries and say so. It does not write: the
/// page turns requests into undoable steps.
class RecordsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RecordsPanel(QWidget* parent = nullptr);

    /// `level` of the document shown (0: none), its entries and evidence span.
    void showEntries(int level, const std::vector<cw::RecordEntry>& entries, const cw::RecordSpan& span);
    void setReadOnly(bool readOnly);
    void retranslateUi();
    [[nodiscard]] QTreeWidget* list() const { return m_list; }

Q_SIGNALS:
    void addRequested();
    void removeRequested(std::int64_t entryId);

private:
    void updateState();

    int m_level = 0;
    std::vector<cw::RecordEntry> m_entries;
    cw::RecordSpan m_span;
    bool m_readOnly = false;
    QLabel* m_summary;
    QTreeWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace cw::ui
