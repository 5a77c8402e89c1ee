// What the Documents page shows of the selected document, and the coverage tab.
#include "documents/DocumentsPage.h"

#include "catalog/CatalogStore.h"
#include "common/Error.h"
#include "documents/AttachmentsPanel.h"
#include "documents/ClauseListText.h"
#include "documents/CoveragePanel.h"
#include "documents/DocumentCoverage.h"
#include "documents/DocumentDetailsPanel.h"
#include "documents/DocumentQuery.h"
#include "documents/RecordEntries.h"
#include "documents/RecordsPanel.h"
#include "documents/VersionsPanel.h"
#include "gap/GapNames.h"
#include "shell/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <set>

namespace cw::ui {

namespace {
cw::RecordSpan spanOf(const std::vector<cw::RecordEntry>& entries)
{
    cw::RecordSpan span;
    std::set<std::string> months;
    for (const auto& e : entries) {
        if (span.first.empty() || e.date < span.first)
            span.first = e.date;
        if (e.date > span.last)
            span.last = e.date;
        months.insert(e.date.substr(0, 7));
        ++span.entries;
    }
    span.months = static_cast<int>(months.size());
    return span;
}
} // namespace

void DocumentsPage::showCurrent()
{
    const bool readOnly = !m_session.isOpen() || m_session.isReadOnly();
    std::optional<cw::DocumentRow> row;
    cw::Document doc;
    std::vector<QString> fields;
    std::vector<cw::DocumentVersion> versions;
    std::vector<cw::RecordEntry> entries;
    if (m_currentId != 0 && m_session.isOpen()) {
        m_session.run([&](cw::Workspace& ws) {
            try {
                row = cw::documentRow(ws, m_currentId);
            } catch (const cw::Error& e) {
                if (e.code() != cw::ErrorCode::NotFound)
                    throw;
                return; // deleted meanwhile
            }
            doc = cw::loadDocument(ws, m_currentId);
            for (int f = 0; f <= static_cast<int>(cw::DocumentField::RetentionMonths); ++f)
                fields.push_back(
                    QString::fromStdString(cw::documentField(ws, doc, static_cast<cw::DocumentField>(f))));
            versions = cw::listVersions(ws, m_currentId);
            if (doc.level == cw::kMaxDocumentLevel)
                entries = cw::listRecordEntries(ws, m_currentId);
        });
    }
    if (!row) {
        m_currentId = 0;
        m_currentRow.reset();
        m_details->showDocument(std::nullopt, {}, {}, {}, {});
        m_versions->showVersions({});
        m_attachments->showVersions({});
        m_records->showEntries(0, {}, {});
    } else {
        m_currentRow = row;
        m_details->showDocument(row, fields, ClauseListText::format(doc.clauses, m_mainCatalog),
                                clauseTitles(doc.clauses), QString::fromStdString(row->effectiveDate));
        m_versions->showVersions(versions);
        m_attachments->showVersions(versions);
        m_records->showEntries(row->level, entries, spanOf(entries));
    }
    m_details->setReadOnly(readOnly);
    m_versions->setReadOnly(readOnly);
    m_attachments->setReadOnly(readOnly);
    m_records->setReadOnly(readOnly);
}

QString DocumentsPage::clauseTitles(const std::vector<cw::ClauseLink>& links)
{
    QStringList lines;
    for (const auto& l : links) {
        auto it = m_catalogs.find(l.catalogId);
        if (it == m_catalogs.end()) {
            cw::Catalog catalog;
            m_session.run([&](cw::Workspace& ws) { catalog = cw::loadWorkspaceCatalog(ws, l.catalogId); });
            it = m_catalogs.emplace(l.catalogId, std::move(catalog)).first;
        }
        const cw::Requirement* r = it->second.find(l.ref);
        QString line = QString::fromStdString(l.ref);
        if (r)
            line += QStringLiteral("  ") + GapNames::pick(r->title.en, r->title.zh);
        if (l.catalogId != m_mainCatalog)
            line = QString::fromStdString(l.catalogId) + QLatin1Char(' ') + line;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

void DocumentsPage::reloadCoverage()
{
    if (!m_session.isOpen())
        return;
    std::vector<cw::DocumentCoverageRow> rows;
    std::int64_t count = 0;
    if (!m_session.run([&](cw::Workspace& ws) {
            rows = cw::documentCoverage(ws);
            count = cw::countDocuments(ws);
        }))
        return;
    m_coverage->showCoverage(rows, count == 0);
    m_coverage->setReadOnly(m_session.isReadOnly());
    m_coverageStale = false;
}

} // namespace cw::ui
