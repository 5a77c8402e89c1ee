#pragma once

// moc (Qt 6.4) cannot parse <concepts>, which documents/Document.h reaches through <compare>;
// it needs only the type names.
#ifndef Q_MOC_RUN
#include "documents/DocumentCoverage.h"
#endif

#include <QWidget>

#include <string>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cw::ui {

/// The Coverage tab: for each item of the required documented information of the workspace's
/// catalogs, whether a document in force covers it, only a draft does, or none; with the codes
/// behind the status. When the register is empty it offers the starter set.
class CoveragePanel : public QWidget {
    Q_OBJECT
public:
    explicit CoveragePanel(QWidget* parent = nullptr);

    /// `registerEmpty` shows the starter-set offer.
    void showCoverage(const std::vector<cw::DocumentCoverageRow>& rows, bool registerEmpty);
    void setReadOnly(bool readOnly);
    void retranslateUi();
    [[nodiscard]] QTreeWidget* list() const { return m_list; }

    [[nodiscard]] static QString statusName(cw::DocumentCoverageStatus s);
    [[nodiscard]] static QColor statusColor(cw::DocumentCoverageStatus s);

Q_SIGNALS:
    void starterSetRequested();
    /// A row was activated: the code of its first document.
    void documentRequested(const QString& code);

private:
    std::vector<cw::DocumentCoverageRow> m_rows;
    bool m_empty = false;
    bool m_readOnly = false;
    QLabel* m_summary;
    QWidget* m_starter;
    QLabel* m_starterText;
    QPushButton* m_starterButton;
    QTreeWidget* m_list;
};

} // namespace cw::ui
