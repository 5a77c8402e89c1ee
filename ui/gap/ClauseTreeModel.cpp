#include "gap/ClauseTreeModel.h"

#include "gap/GapNames.h"

#include <QFont>

#include <algorithm>

namespace cw::ui {

namespace {
const cw::CatalogScore* catalogScore(const cw::AssessmentSummary& s, const std::string& id)
{
    for (const auto& c : s.catalogs)
        if (c.catalogId == id)
            return &c;
    return nullptr;
}
} // namespace

ClauseTreeModel::ClauseTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
    m_nodes.emplace_back();
}

void ClauseTreeModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_summary = {};
    m_catalogTitles.clear();
    m_nodes.assign(1, Node{});
    m_nodeOfRow.clear();
    m_rowOfKey.clear();
    endResetModel();
}

void ClauseTreeModel::reload(std::vector<cw::WorksheetRow> rows, cw::AssessmentSummary summary,
                              const std::map<std::string, QString>& catalogTitles)
{
    const bool sameShape = rows.size() == m_rows.size() && catalogTitles == m_catalogTitles &&
                           std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                      [](const auto& a, const auto& b) {
                                          return a.key == b.key && a.parent == b.parent;
                                      });
    if (!sameShape) {
        beginResetModel();
        m_rows = std::move(rows);
        m_summary = std::move(summary);
        build(catalogTitles);
        endResetModel();
        return;
    }
    // Same clauses: report only the nodes whose status or figures changed.
    std::vector<int> changed;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& a = m_rows[i];
        const auto& b = rows[i];
        bool differs = !a.result.sameContent(b.result) || a.exclusionFlagged != b.exclusionFlagged ||
                       a.activeActions != b.activeActions || a.titleEn != b.titleEn || a.titleZh != b.titleZh;
        if (!differs && !a.assessable) {
            const auto* before = m_summary.clause(a.key);
            const auto* after = summary.clause(b.key);
            differs = (before == nullptr) != (after == nullptr) ||
                      (before && (before->score.readiness() != after->score.readiness() ||
                                  before->score.coverage() != after->score.coverage()));
        }
        if (differs)
            changed.push_back(m_nodeOfRow[i]);
    }
    std::vector<int> changedCatalogs;
    for (const int child : m_nodes[0].children) {
        const Node& n = m_nodes[static_cast<std::size_t>(child)];
        if (n.worksheetRow >= 0)
            continue;
        const auto* before = catalogScore(m_summary, n.catalogId);
        const auto* after = catalogScore(summary, n.catalogId);
        if (!before || !after || before->score.readiness() != after->score.readiness())
            changedCatalogs.push_back(child);
    }
    m_rows = std::move(rows);
    m_summary = std::move(summary);
    changed.insert(changed.end(), changedCatalogs.begin(), changedCatalogs.end());
    for (const int node : changed)
        Q_EMIT dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
}

void ClauseTreeModel::languageChanged()
{
    // Same indexes, new texts: a layout change repaints the view and keeps selection and expansion.
    Q_EMIT layoutAboutToBeChanged();
    Q_EMIT layoutChanged();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ClauseTreeModel::build(const std::map<std::string, QString>& catalogTitles)
{
    m_catalogTitles = catalogTitles;
    m_nodes.assign(1, Node{});
    m_nodeOfRow.assign(m_rows.size(), 0);
    m_rowOfKey.clear();
    std::map<std::string, int> catalogNode;
    const bool several = catalogTitles.size() > 1;
    const auto addChild = [this](int parent, Node node) {
        node.parent = parent;
        node.position = static_cast<int>(m_nodes[static_cast<std::size_t>(parent)].children.size());
        m_nodes.push_back(std::move(node));
        const int id = static_cast<int>(m_nodes.size() - 1);
        m_nodes[static_cast<std::size_t>(parent)].children.push_back(id);
        return id;
    };
    // The worksheet is in tree order: each parent before its children.
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const auto& r = m_rows[i];
        m_rowOfKey[r.key] = static_cast<int>(i);
        int parent = 0;
        if (r.parent) {
            const auto it = m_rowOfKey.find({r.key.catalogId, *r.parent});
            if (it != m_rowOfKey.end())
                parent = m_nodeOfRow[static_cast<std::size_t>(it->second)];
        } else if (several) {
            auto it = catalogNode.find(r.key.catalogId);
            if (it == catalogNode.end()) {
                Node c;
                c.catalogId = r.key.catalogId;
                it = catalogNode.emplace(r.key.catalogId, addChild(0, std::move(c))).first;
            }
            parent = it->second;
        }
        Node n;
        n.worksheetRow = static_cast<int>(i);
        m_nodeOfRow[i] = addChild(parent, std::move(n));
    }
}

const cw::WorksheetRow* ClauseTreeModel::row(const QModelIndex& index) const
{
    const int node = nodeOf(index);
    if (node <= 0)
        return nullptr;
    const int r = m_nodes[static_cast<std::size_t>(node)].worksheetRow;
    return r < 0 ? nullptr : &m_rows[static_cast<std::size_t>(r)];
}

QModelIndex ClauseTreeModel::indexOf(const cw::RequirementKey& key) const
{
    const auto it = m_rowOfKey.find(key);
    if (it == m_rowOfKey.end())
        return {};
    return indexOfNode(m_nodeOfRow[static_cast<std::size_t>(it->second)]);
}

QModelIndex ClauseTreeModel::nextAssessable(const QModelIndex& from) const
{
    // Nodes are numbered in tree order (pre-order), so the next one is simply the next number.
    const int start = from.isValid() ? nodeOf(from) + 1 : 1;
    for (std::size_t n = static_cast<std::size_t>(std::max(start, 1)); n < m_nodes.size(); ++n) {
        const int r = m_nodes[n].worksheetRow;
        if (r >= 0 && m_rows[static_cast<std::size_t>(r)].assessable)
            return indexOfNode(static_cast<int>(n));
    }
    return {};
}

int ClauseTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<int>(index.internalId()) : 0;
}

QModelIndex ClauseTreeModel::indexOfNode(int node, int column) const
{
    if (node <= 0)
        return {};
    return createIndex(m_nodes[static_cast<std::size_t>(node)].position, column, static_cast<quintptr>(node));
}

QModelIndex ClauseTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node& p = m_nodes[static_cast<std::size_t>(nodeOf(parent))];
    if (static_cast<std::size_t>(row) >= p.children.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(p.children[static_cast<std::size_t>(row)]));
}

QModelIndex ClauseTreeModel::parent(const QModelIndex& child) const
{
    const int node = nodeOf(child);
    if (node <= 0)
        return {};
    return indexOfNode(m_nodes[static_cast<std::size_t>(node)].parent);
}

int ClauseTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(m_nodes[static_cast<std::size_t>(nodeOf(parent))].children.size());
}

int ClauseTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

std::optional<double> ClauseTreeModel::readiness(const Node& node) const
{
    if (node.worksheetRow < 0) {
        const auto* c = catalogScore(m_summary, node.catalogId);
        return c ? c->score.readiness() : std::nullopt;
    }
    const auto* c = m_summary.clause(m_rows[static_cast<std::size_t>(node.worksheetRow)].key);
    return c ? c->score.readiness() : std::nullopt;
}

QVariant ClauseTreeModel::data(const QModelIndex& index, int role) const
{
    const int node = nodeOf(index);
    if (node <= 0 || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return nodeData(m_nodes[static_cast<std::size_t>(node)], index.column(), role);
}

QVariant ClauseTreeModel::nodeData(const Node& node, int column, int role) const
{
    if (node.worksheetRow < 0) { // a catalog
        const auto it = m_catalogTitles.find(node.catalogId);
        if (role == Qt::DisplayRole)
            return column == ClauseColumn ? (it != m_catalogTitles.end() ? it->second : QString())
                                          : GapNames::percent(readiness(node));
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::TextAlignmentRole && column == StateColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const auto& r = m_rows[static_cast<std::size_t>(node.worksheetRow)];
    const QString ref = QString::fromStdString(r.key.ref);
    const QString title = GapNames::pick(r.titleEn, r.titleZh);
    switch (role) {
    case Qt::DisplayRole:
        if (column == ClauseColumn)
            return ref + QStringLiteral("  ") + title;
        if (r.assessable)
            return GapNames::status(r.result.status);
        return GapNames::percent(readiness(node));
    case Qt::ToolTipRole: {
        QString tip = ref + QStringLiteral(" ") + title;
        if (r.assessable) {
            tip += QStringLiteral("\n") + GapNames::status(r.result.status);
            if (r.exclusionFlagged)
                tip += QStringLiteral(" — ") + GapNames::exclusionNotPermitted();
        } else {
            tip += QStringLiteral("\n") + tr("Readiness: %1").arg(GapNames::percent(readiness(node)));
        }
        return tip;
    }
    case Qt::DecorationRole:
        if (column == ClauseColumn && r.assessable)
            return GapNames::statusDot(r.result.status);
        return {};
    case Qt::ForegroundRole:
        if (column == StateColumn && !r.assessable)
            return GapNames::readinessColor(readiness(node)).darker(130);
        if (column == StateColumn && r.exclusionFlagged)
            return GapNames::statusColor(cw::AssessmentStatus::Nonconformant);
        return {};
    case Qt::FontRole:
        if (!r.assessable) {
            QFont f;
            f.setBold(r.depth == 0);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == StateColumn && !r.assessable)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant ClauseTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == ClauseColumn ? tr("Clause") : tr("Status / readiness");
}

} // namespace cw::ui
