#include "dashboard/RecentActivityModel.h"

#include "common/EntityNames.h"
#include "engagement/EngagementFieldNames.h"

#include <QDateTime>
#include <QLocale>

namespace cw::ui {

namespace {
constexpr qsizetype kValueChars = 60;

QString shortened(const std::optional<std::string>& value)
{
    if (!value)
        return QStringLiteral("—");
    QString text = QString::fromStdString(*value).simplified();
    if (text.size() > kValueChars)
        text = text.left(kValueChars - 1) + QStringLiteral("…");
    return QStringLiteral("“%1”").arg(text);
}
} // namespace

RecentActivityModel::RecentActivityModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RecentActivityModel::setEntries(std::vector<cw::AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void RecentActivityModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

int RecentActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int RecentActivityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecentActivityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cw::AuditEntry& entry = m_entries[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return text(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == When)
            return QString::fromStdString(entry.atUtc);
        if (index.column() == Change)
            return text(entry, Change);
        return {};
    default:
        return {};
    }
}

QVariant RecentActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Action:
        return tr("Action");
    case Record:
        return tr("Record");
    case Change:
        return tr("Change");
    default:
        return {};
    }
}

QString RecentActivityModel::text(const cw::AuditEntry& entry, int column) const
{
    switch (column) {
    case When: {
        const QDateTime at = QDateTime::fromString(QString::fromStdString(entry.atUtc), Qt::ISODate);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                            : QString::fromStdString(entry.atUtc);
    }
    case Who:
        return QString::fromStdString(entry.actor);
    case Action:
        return QString::fromStdString(entry.action);
    case Record:
        // The engagement is the only one of its kind; everything else is named with its key.
        if (entry.entity == "engagement")
            return EntityNames::singular(entry.entity);
        return QStringLiteral("%1 %2").arg(EntityNames::singular(entry.entity),
                                           QString::fromStdString(entry.entityId));
    case Change:
        return changeText(entry);
    default:
        return {};
    }
}

QString RecentActivityModel::changeText(const cw::AuditEntry& entry)
{
    QString field = QString::fromStdString(entry.field);
    if (entry.entity == "engagement")
        field = EngagementFieldNames::labelForKey(entry.field);
    if (!entry.oldValue)
        return tr("%1 set to %2").arg(field, shortened(entry.newValue));
    if (!entry.newValue)
        return tr("%1 removed (was %2)").arg(field, shortened(entry.oldValue));
    return tr("%1: %2 → %3").arg(field, shortened(entry.oldValue), shortened(entry.newValue));
}

} // namespace cw::ui
