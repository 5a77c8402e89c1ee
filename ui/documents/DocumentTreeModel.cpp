#include "documents/DocumentTreeModel.h"

#include "common/Error.h"
#include "documents/DocumentNames.h"
#include "documents/DocumentQuery.h"
#include "documents/DocumentRegister.h"
#include "shell/WorkspaceSession.h"

#include <QBrush>

#include <algorithm>

namespace cw::ui {

DocumentTreeModel::DocumentTreeModel(WorkspaceSession& session, QObject* parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    m_nodes.emplace_back();
}

void DocumentTreeModel::reload()
{
    beginResetModel();
    m_nodes.assign(1, Node{});
    m_nodeOfId.clear();
    if (m_session.isOpen()) {
        cw::DocumentFilter roots;
        roots.parent = 0;
        std::int64_t count = 0;
        if (m_session.run([&](cw::Workspace& ws) { count = cw::countDocuments(ws, roots); }))
            m_nodes[0].children.assign(static_cast<std::size_t>(count), -1);
    }
    endResetModel();
}

void DocumentTreeModel::languageChanged()
{
    Q_EMIT layoutAboutToBeChanged();
    Q_EMIT layoutChanged();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int DocumentTreeModel::addNode(cw::DocumentRow row, int parent, int position) const
{
    Node node;
    node.children.assign(static_cast<std::size_t>(std::max<std::int64_t>(row.childCount, 0)), -1);
    node.row = std::move(row);
    node.parent = parent;
    node.position = position;
    m_nodes.push_back(std::move(node));
    const int id = static_cast<int>(m_nodes.size() - 1);
    m_nodeOfId[m_nodes.back().row.id] = id;
    return id;
}

void DocumentTreeModel::readBatch(int node, std::size_t position) const
{
    const std::size_t first = position - position % kBatchSize;
    cw::DocumentQuery query;
    query.filter.parent = node == 0 ? 0 : m_nodes[static_cast<std::size_t>(node)].row.id;
    query.offset = first;
    query.limit = kBatchSize;
    std::vector<cw::DocumentRow> rows;
    if (!m_session.run([&](cw::Workspace& ws) { rows = cw::listDocuments(ws, query); }))
        return;
    auto& children = m_nodes[static_cast<std::size_t>(node)].children;
    for (std::size_t i = 0; i < rows.size() && first + i < children.size(); ++i)
        if (children[first + i] < 0) {
            const int id = addNode(std::move(rows[i]), node, static_cast<int>(first + i));
            m_nodes[static_cast<std::size_t>(node)].children[first + i] = id;
        }
}

int DocumentTreeModel::child(int node, int position) const
{
    const auto& children = m_nodes[static_cast<std::size_t>(node)].children;
    if (position < 0 || static_cast<std::size_t>(position) >= children.size())
        return -1;
    if (children[static_cast<std::size_t>(position)] < 0)
        readBatch(node, static_cast<std::size_t>(position));
    return m_nodes[static_cast<std::size_t>(node)].children[static_cast<std::size_t>(position)];
}

const cw::DocumentRow* DocumentTreeModel::row(const QModelIndex& index) const
{
    const int node = nodeOf(index);
    return node > 0 ? &m_nodes[static_cast<std::size_t>(node)].row : nullptr;
}

QModelIndex DocumentTreeModel::indexOfLoaded(std::int64_t id) const
{
    const auto it = m_nodeOfId.find(id);
    return it == m_nodeOfId.end() ? QModelIndex() : indexOfNode(it->second);
}

QModelIndex DocumentTreeModel::reveal(std::int64_t id)
{
    if (const QModelIndex found = indexOfLoaded(id); found.isValid())
        return found;
    // The ancestors, top first.
    std::vector<std::int64_t> chain{id};
    bool found = true;
    if (!m_session.run([&](cw::Workspace& ws) {
            try {
                for (auto doc = cw::loadDocument(ws, id); doc.parentId;
                     doc = cw::loadDocument(ws, *doc.parentId))
                    chain.push_back(*doc.parentId);
            } catch (const cw::Error& e) {
                if (e.code() != cw::ErrorCode::NotFound)
                    throw;
                found = false; // deleted meanwhile: nothing to reveal
            }
        }) ||
        !found)
        return {};
    std::reverse(chain.begin(), chain.end());
    int node = 0;
    for (const std::int64_t link : chain) {
        auto it = m_nodeOfId.find(link);
        const std::size_t count = m_nodes[static_cast<std::size_t>(node)].children.size();
        for (std::size_t batch = 0; it == m_nodeOfId.end() && batch < count; batch += kBatchSize) {
            readBatch(node, batch);
            it = m_nodeOfId.find(link);
        }
        if (it == m_nodeOfId.end())
            return {};
        node = it->second;
    }
    return indexOfNode(node);
}

int DocumentTreeModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid())
        return 0;
    const auto node = static_cast<std::size_t>(index.internalId());
    return node > 0 && node < m_nodes.size() ? static_cast<int>(node) : 0;
}

QModelIndex DocumentTreeModel::indexOfNode(int node, int column) const
{
    if (node <= 0)
        return {};
    return createIndex(m_nodes[static_cast<std::size_t>(node)].position, column, static_cast<quintptr>(node));
}

QModelIndex DocumentTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const int node = child(nodeOf(parent), row);
    return node > 0 ? indexOfNode(node, column) : QModelIndex();
}

QModelIndex DocumentTreeModel::parent(const QModelIndex& child) const
{
    const int node = nodeOf(child);
    return node > 0 ? indexOfNode(m_nodes[static_cast<std::size_t>(node)].parent) : QModelIndex();
}

int DocumentTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(m_nodes[static_cast<std::size_t>(nodeOf(parent))].children.size());
}

int DocumentTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool DocumentTreeModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

QVariant DocumentTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const cw::DocumentRow* r = row(index);
    if (!r)
        return {};
    const QString nextReview = QString::fromStdString(r->nextReview);
    switch (role) {
    case IdRole:
        return QVariant::fromValue<qlonglong>(r->id);
    case Qt::DisplayRole:
        switch (index.column()) {
        case DocumentColumn:
            return QStringLiteral("%1  %2").arg(QString::fromStdString(r->code),
                                                QString::fromStdString(r->title));
        case StatusColumn:
            return DocumentNames::status(r->status);
        case NextReviewColumn:
            return r->overdue ? DocumentNames::overdueText(nextReview) : nextReview;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return DocumentNames::statusDot(r->status);
        if (index.column() == NextReviewColumn && r->overdue)
            return DocumentNames::overdueIcon();
        return {};
    case Qt::ForegroundRole:
        if (r->overdue && index.column() != StatusColumn)
            return QBrush(DocumentNames::overdueColor());
        if (r->status == cw::DocumentStatus::Obsolete)
            return QBrush(DocumentNames::statusColor(cw::DocumentStatus::Obsolete));
        return {};
    case Qt::ToolTipRole:
        if (r->overdue)
            return tr("The review of %1 was due on %2.").arg(QString::fromStdString(r->code), nextReview);
        return QStringLiteral("%1 — %2").arg(DocumentNames::level(r->level), DocumentNames::type(r->type));
    default:
        return {};
    }
}

QVariant DocumentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case StatusColumn:
        return tr("Status");
    case NextReviewColumn:
        return tr("Next review");
    default:
        return {};
    }
}

} // namespace cw::ui
