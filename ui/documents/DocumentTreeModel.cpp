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
    m_nodes.back().loaded = true;
}

void DocumentTreeModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_nodes.emplace_back();
    m_nodes[0].loaded = true;
    m_nodeOfId.clear();
    m_batchesRead = 0;
    if (m_session.isOpen()) {
        // The top level's outline gives its size, and answers hasChildren() for its rows.
        std::vector<cw::DocumentChild> outline;
        if (m_session.run([&](cw::Workspace& ws) { outline = cw::documentChildren(ws, 0); })) {
            m_nodes[0].children.assign(outline.size(), -1);
            m_nodes[0].outline = std::move(outline);
            m_nodes[0].outlineRead = true;
        }
    }
    endResetModel();
}

void DocumentTreeModel::languageChanged()
{
    Q_EMIT layoutAboutToBeChanged();
    Q_EMIT layoutChanged();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int DocumentTreeModel::addPlaceholder(int parent, int position) const
{
    Node node;
    node.parent = parent;
    node.position = position;
    m_nodes.push_back(std::move(node));
    const int id = static_cast<int>(m_nodes.size() - 1);
    m_nodes[static_cast<std::size_t>(parent)].children[static_cast<std::size_t>(position)] = id;
    return id;
}

void DocumentTreeModel::fill(int node, cw::DocumentRow row) const
{
    Node& n = m_nodes[static_cast<std::size_t>(node)];
    n.children.assign(static_cast<std::size_t>(std::max<std::int64_t>(row.childCount, 0)), -1);
    n.row = std::make_unique<cw::DocumentRow>(std::move(row));
    n.loaded = true;
    m_nodeOfId[n.row->id] = node;
}

void DocumentTreeModel::readBatch(int node, std::size_t position) const
{
    const std::size_t first = position - position % kBatchSize;
    cw::DocumentQuery query;
    const auto& parentRow = m_nodes[static_cast<std::size_t>(node)].row;
    query.filter.parent = parentRow ? parentRow->id : 0;
    query.offset = first;
    query.limit = kBatchSize;
    std::vector<cw::DocumentRow> rows;
    ++m_batchesRead;
    const bool read = m_session.run([&](cw::Workspace& ws) { rows = cw::listDocuments(ws, query); });
    const std::size_t count = m_nodes[static_cast<std::size_t>(node)].children.size();
    for (std::size_t i = 0; i < kBatchSize && first + i < count; ++i) {
        int id = m_nodes[static_cast<std::size_t>(node)].children[first + i];
        if (id < 0)
            id = addPlaceholder(node, static_cast<int>(first + i));
        if (m_nodes[static_cast<std::size_t>(id)].loaded)
            continue;
        if (read && i < rows.size())
            fill(id, std::move(rows[i]));
        else
            m_nodes[static_cast<std::size_t>(id)].loaded = true; // gone meanwhile: an empty row
    }
}

int DocumentTreeModel::child(int node, int position) const
{
    const auto& children = loadedNode(node).children;
    if (position < 0 || static_cast<std::size_t>(position) >= children.size())
        return -1;
    const int id = children[static_cast<std::size_t>(position)];
    return id >= 0 ? id : addPlaceholder(node, position);
}

const DocumentTreeModel::Node& DocumentTreeModel::loadedNode(int node) const
{
    const Node& n = m_nodes[static_cast<std::size_t>(node)];
    if (!n.loaded)
        readBatch(n.parent, static_cast<std::size_t>(n.position));
    return m_nodes[static_cast<std::size_t>(node)];
}

const cw::DocumentRow* DocumentTreeModel::row(const QModelIndex& index) const
{
    const int node = nodeOf(index);
    if (node <= 0)
        return nullptr;
    const Node& n = loadedNode(node);
    return n.row ? n.row.get() : nullptr;
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
        const auto& outline = outlineOf(node);
        const auto at = std::find_if(outline.begin(), outline.end(),
                                     [link](const cw::DocumentChild& c) { return c.id == link; });
        if (at == outline.end())
            return {};
        const int next = child(node, static_cast<int>(at - outline.begin()));
        if (next < 0 || !loadedNode(next).row || loadedNode(next).row->id != link)
            return {};
        node = next;
    }
    return indexOfNode(node);
}

const std::vector<cw::DocumentChild>& DocumentTreeModel::outlineOf(int node) const
{
    const Node& n = loadedNode(node);
    if (!n.outlineRead) {
        std::vector<cw::DocumentChild> outline;
        const std::int64_t parentId = n.row ? n.row->id : 0;
        if (m_session.run([&](cw::Workspace& ws) { outline = cw::documentChildren(ws, parentId); })) {
            Node& w = m_nodes[static_cast<std::size_t>(node)];
            w.outline = std::move(outline);
            w.outlineRead = true;
        }
    }
    return m_nodes[static_cast<std::size_t>(node)].outline;
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
    return static_cast<int>(loadedNode(nodeOf(parent)).children.size());
}

int DocumentTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool DocumentTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const int node = nodeOf(parent);
    const Node& n = m_nodes[static_cast<std::size_t>(node)];
    if (n.loaded)
        return !n.children.empty();
    // A placeholder: views ask this of every row when they lay out; the outline answers it
    // without reading the rows.
    const auto& outline = outlineOf(n.parent);
    const auto position = static_cast<std::size_t>(n.position);
    return position < outline.size() && outline[position].childCount > 0;
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
