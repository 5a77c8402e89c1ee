#include "documents/DocumentTableModel.h"

#include "documents/DocumentNames.h"
#include "shell/WorkspaceSession.h"

#include <QBrush>
#include <QFont>

namespace cw::ui {

namespace {
// Pages kept in memory; a view shows a few at a time.
constexpr std::size_t kMaxPages = 40;
} // namespace

DocumentTableModel::DocumentTableModel(WorkspaceSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

void DocumentTableModel::setFilter(const cw::DocumentFilter& filter)
{
    m_filter = filter;
    reload();
}

void DocumentTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_count = 0;
    if (m_session.isOpen()) {
        std::int64_t count = 0;
        if (m_session.run([&](cw::Workspace& ws) { count = cw::countDocuments(ws, m_filter); }))
            m_count = static_cast<int>(count);
    }
    endResetModel();
}

void DocumentTableModel::refresh()
{
    std::int64_t count = 0;
    if (!m_session.isOpen() ||
        !m_session.run([&](cw::Workspace& ws) { count = cw::countDocuments(ws, m_filter); }) ||
        count != m_count) {
        reload();
        return;
    }
    m_pages.clear();
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
}

void DocumentTableModel::languageChanged()
{
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const std::vector<cw::DocumentRow>* DocumentTableModel::page(std::size_t number) const
{
    if (const auto it = m_pages.find(number); it != m_pages.end())
        return &it->second;
    if (m_pages.size() >= kMaxPages)
        m_pages.clear();
    cw::DocumentQuery query;
    query.filter = m_filter;
    query.sort = m_sort;
    query.descending = m_descending;
    query.offset = number * kPageSize;
    query.limit = kPageSize;
    std::vector<cw::DocumentRow> rows;
    if (!m_session.run([&](cw::Workspace& ws) { rows = cw::listDocuments(ws, query); }))
        return nullptr;
    return &m_pages.emplace(number, std::move(rows)).first->second;
}

const cw::DocumentRow* DocumentTableModel::row(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const auto r = static_cast<std::size_t>(row);
    const auto* rows = page(r / kPageSize);
    if (!rows || r % kPageSize >= rows->size())
        return nullptr;
    return &(*rows)[r % kPageSize];
}

int DocumentTableModel::rowOfLoaded(std::int64_t id) const
{
    for (const auto& [number, rows] : m_pages)
        for (std::size_t i = 0; i < rows.size(); ++i)
            if (rows[i].id == id)
                return static_cast<int>(number * kPageSize + i);
    return -1;
}

int DocumentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int DocumentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const cw::DocumentRow* r = row(index.row());
    if (!r)
        return {};
    const QString nextReview = QString::fromStdString(r->nextReview);
    switch (role) {
    case IdRole:
        return QVariant::fromValue<qlonglong>(r->id);
    case OverdueRole:
        return r->overdue;
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return QString::fromStdString(r->code);
        case TitleColumn:
            return QString::fromStdString(r->title);
        case LevelColumn:
            return r->level;
        case TypeColumn:
            return DocumentNames::type(r->type);
        case StatusColumn:
            return DocumentNames::status(r->status);
        case VersionColumn:
            return DocumentNames::version(*r);
        case OwnerColumn:
            return QString::fromStdString(r->owner);
        case NextReviewColumn:
            return r->overdue ? DocumentNames::overdueText(nextReview) : nextReview;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == LevelColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return DocumentNames::statusDot(r->status);
        if (index.column() == NextReviewColumn && r->overdue)
            return DocumentNames::overdueIcon();
        return {};
    case Qt::ForegroundRole:
        if (r->overdue && (index.column() == NextReviewColumn || index.column() == CodeColumn))
            return QBrush(DocumentNames::overdueColor());
        return {};
    case Qt::FontRole:
        if (r->overdue && index.column() == NextReviewColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (r->overdue)
            return tr("The review of %1 was due on %2.").arg(QString::fromStdString(r->code), nextReview);
        if (index.column() == TitleColumn)
            return QString::fromStdString(r->title);
        if (index.column() == LevelColumn)
            return DocumentNames::level(r->level);
        return {};
    default:
        return {};
    }
}

QVariant DocumentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Title");
    case LevelColumn:
        return tr("Level");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case VersionColumn:
        return tr("Version");
    case OwnerColumn:
        return tr("Owner");
    case NextReviewColumn:
        return tr("Next review");
    default:
        return {};
    }
}

void DocumentTableModel::sort(int column, Qt::SortOrder order)
{
    cw::DocumentSort sort = cw::DocumentSort::Code;
    switch (column) {
    case TitleColumn:
        sort = cw::DocumentSort::Title;
        break;
    case LevelColumn:
        sort = cw::DocumentSort::Level;
        break;
    case TypeColumn:
        sort = cw::DocumentSort::Type;
        break;
    case StatusColumn:
        sort = cw::DocumentSort::Status;
        break;
    case VersionColumn:
        sort = cw::DocumentSort::Version;
        break;
    case OwnerColumn:
        sort = cw::DocumentSort::Owner;
        break;
    case NextReviewColumn:
        sort = cw::DocumentSort::NextReview;
        break;
    default:
        break;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_sort && descending == m_descending)
        return;
    m_sort = sort;
    m_descending = descending;
    reload();
}

} // namespace cw::ui
