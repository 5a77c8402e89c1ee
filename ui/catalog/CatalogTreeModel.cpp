#include "catalog/CatalogTreeModel.h"

#include "catalog/CatalogNames.h"

#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <map>

namespace cw::ui {

namespace {

/// A filled dot marks an assessable requirement; headings get the same space, empty, so that
/// the texts of siblings line up.
QIcon marker(bool assessable)
{
    const auto make = [](bool filled) {
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::transparent);
        if (filled) {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0x2a, 0x7a, 0xb0));
            painter.drawEllipse(QRectF(4.5, 4.5, 7, 7));
        }
        return QIcon(pixmap);
    };
    static const QIcon dot = make(true);
    static const QIcon blank = make(false);
    return assessable ? dot : blank;
}

void appendBoth(QStringList& parts, const cw::LocalizedText& text)
{
    for (const std::string* s : {&text.en, &text.zh})
        if (!s->empty())
            parts.append(QString::fromStdString(*s));
}

} // namespace

CatalogTreeModel::CatalogTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void CatalogTreeModel::setCatalog(std::shared_ptr<const cw::Catalog> catalog)
{
    beginResetModel();
    m_catalog = std::move(catalog);
    if (!m_catalog || m_catalog->processGroups.empty())
        m_view = View::Clauses;
    rebuild();
    endResetModel();
}

void CatalogTreeModel::setView(View view)
{
    if (view == View::ProcessGroups && (!m_catalog || m_catalog->processGroups.empty()))
        view = View::Clauses;
    if (view == m_view)
        return;
    beginResetModel();
    m_view = view;
    rebuild();
    endResetModel();
}

void CatalogTreeModel::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    emitDataChanged({});
}

void CatalogTreeModel::emitDataChanged(const QModelIndex& parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, 0, parent));
    for (int row = 0; row < rows; ++row)
        emitDataChanged(index(row, 0, parent));
}

void CatalogTreeModel::rebuild()
{
    m_nodes.clear();
    m_roots.clear();
    if (!m_catalog)
        return;
    if (m_view == View::Clauses)
        buildClauses();
    else
        buildGroups();
}

int CatalogTreeModel::addNode(int parent, int requirement, int group)
{
    const int id = static_cast<int>(m_nodes.size());
    m_nodes.push_back(Node{parent, 0, requirement, group, {}}); // may move the vectors of children
    std::vector<int>& siblings = parent < 0 ? m_roots : m_nodes[static_cast<std::size_t>(parent)].children;
    m_nodes.back().row = static_cast<int>(siblings.size());
    siblings.push_back(id);
    return id;
}

void CatalogTreeModel::buildClauses()
{
    // The catalog is in tree order: each parent comes before its children.
    std::map<std::string, int> nodeOfRef;
    const auto& requirements = m_catalog->requirements;
    for (std::size_t i = 0; i < requirements.size(); ++i) {
        const cw::Requirement& r = requirements[i];
        int parent = -1;
        if (r.parent)
            if (auto it = nodeOfRef.find(*r.parent); it != nodeOfRef.end())
                parent = it->second;
        nodeOfRef[r.ref] = addNode(parent, static_cast<int>(i), -1);
    }
}

void CatalogTreeModel::buildGroups()
{
    const auto& requirements = m_catalog->requirements;
    std::vector<int> members;
    for (std::size_t g = 0; g < m_catalog->processGroups.size(); ++g) {
        const int group = addNode(-1, -1, static_cast<int>(g));
        members.clear();
        for (std::size_t i = 0; i < requirements.size(); ++i)
            if (requirements[i].assessable && requirements[i].processGroup == m_catalog->processGroups[g].id)
                members.push_back(static_cast<int>(i));
        std::stable_sort(members.begin(), members.end(), [&](int a, int b) {
            return cw::refLess(requirements[static_cast<std::size_t>(a)].ref,
                               requirements[static_cast<std::size_t>(b)].ref);
        });
        for (int i : members)
            addNode(group, i, -1);
    }
}

const CatalogTreeModel::Node* CatalogTreeModel::node(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_nodes[static_cast<std::size_t>(index.internalId())];
}

const std::vector<int>& CatalogTreeModel::childrenOf(const QModelIndex& parent) const
{
    const Node* n = node(parent);
    return n ? n->children : m_roots;
}

const cw::Requirement* CatalogTreeModel::requirement(const QModelIndex& index) const
{
    const Node* n = node(index);
    if (!n || n->requirement < 0)
        return nullptr;
    return &m_catalog->requirements[static_cast<std::size_t>(n->requirement)];
}

QModelIndex CatalogTreeModel::indexOf(const std::string& ref) const
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const Node& n = m_nodes[i];
        if (n.requirement >= 0 && m_catalog->requirements[static_cast<std::size_t>(n.requirement)].ref == ref)
            return createIndex(n.row, 0, static_cast<quintptr>(i));
    }
    return {};
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, static_cast<quintptr>(childrenOf(parent)[static_cast<std::size_t>(row)]));
}

QModelIndex CatalogTreeModel::parent(const QModelIndex& child) const
{
    const Node* n = node(child);
    if (!n || n->parent < 0)
        return {};
    return createIndex(m_nodes[static_cast<std::size_t>(n->parent)].row, 0, static_cast<quintptr>(n->parent));
}

int CatalogTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(childrenOf(parent).size());
}

int CatalogTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QString CatalogTreeModel::displayText(const Node& n) const
{
    if (n.group >= 0)
        return CatalogNames::in(m_catalog->processGroups[static_cast<std::size_t>(n.group)].title,
                                m_language);
    const cw::Requirement& r = m_catalog->requirements[static_cast<std::size_t>(n.requirement)];
    return QStringLiteral("%1  %2").arg(QString::fromStdString(r.ref), CatalogNames::in(r.title, m_language));
}

QString CatalogTreeModel::toolTip(const Node& n) const
{
    const cw::LocalizedText& title =
        n.group >= 0 ? m_catalog->processGroups[static_cast<std::size_t>(n.group)].title
                     : m_catalog->requirements[static_cast<std::size_t>(n.requirement)].title;
    QString tip = displayText(n);
    if (const QString other = CatalogNames::other(title, m_language); !other.isEmpty())
        tip += QLatin1Char('\n') + other;
    if (n.group >= 0)
        tip += QLatin1Char('\n') + tr("Assessable requirements: %1").arg(n.children.size());
    else if (m_catalog->requirements[static_cast<std::size_t>(n.requirement)].assessable)
        tip += QLatin1Char('\n') + tr("Assessable requirement");
    return tip;
}

QString CatalogTreeModel::searchText(const Node& n) const
{
    if (n.requirement < 0)
        return {}; // a group is shown when one of its requirements matches
    const cw::Requirement& r = m_catalog->requirements[static_cast<std::size_t>(n.requirement)];
    QStringList parts{QString::fromStdString(r.ref)};
    appendBoth(parts, r.title);
    appendBoth(parts, r.description);
    for (const cw::LocalizedText& q : r.questions)
        appendBoth(parts, q);
    return parts.join(QLatin1Char('\n'));
}

QVariant CatalogTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node& n = *node(index);
    const cw::Requirement* r =
        n.requirement >= 0 ? &m_catalog->requirements[static_cast<std::size_t>(n.requirement)] : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(n);
    case Qt::ToolTipRole:
        return toolTip(n);
    case Qt::DecorationRole:
        return n.group >= 0 ? QVariant() : QVariant(marker(r->assessable));
    case Qt::FontRole:
        if (n.group >= 0 || !r->assessable) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case RefRole:
        return r ? QString::fromStdString(r->ref) : QString();
    case GroupRole:
        return n.group >= 0
                   ? QString::fromStdString(m_catalog->processGroups[static_cast<std::size_t>(n.group)].id)
                   : QString();
    case AssessableRole:
        return r && r->assessable;
    case SearchTextRole:
        return searchText(n);
    default:
        return {};
    }
}

} // namespace cw::ui
