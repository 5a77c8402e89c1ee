#include "catalog/RequiredDocumentsModel.h"

#include "catalog/CatalogNames.h"

namespace cw::ui {

RequiredDocumentsModel::RequiredDocumentsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RequiredDocumentsModel::setCatalog(std::shared_ptr<const cw::Catalog> catalog)
{
    beginResetModel();
    m_catalog = std::move(catalog);
    endResetModel();
}

void RequiredDocumentsModel::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void RequiredDocumentsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Kind), index(rowCount() - 1, Level));
}

int RequiredDocumentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_catalog ? 0 : static_cast<int>(m_catalog->requiredDocuments.size());
}

int RequiredDocumentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequiredDocumentsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cw::RequiredDocument& d = m_catalog->requiredDocuments[static_cast<std::size_t>(index.row())];
    if (role == RefRole)
        return QString::fromStdString(d.clause);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Clause:
            return QString::fromStdString(d.clause);
        case Title:
            return CatalogNames::in(d.title, m_language);
        case Kind:
            return CatalogNames::kind(d.kind);
        case Level:
            return CatalogNames::level(d.level);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Title) {
            const QString other = CatalogNames::other(d.title, m_language);
            return other.isEmpty() ? QVariant() : QVariant(other);
        }
        if (index.column() == Level)
            return CatalogNames::levelMeaning(d.level);
    }
    return {};
}

QVariant RequiredDocumentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Clause:
        return tr("Clause");
    case Title:
        return tr("Documented information");
    case Kind:
        return tr("Kind");
    case Level:
        return tr("Level");
    default:
        return {};
    }
}

} // namespace cw::ui
