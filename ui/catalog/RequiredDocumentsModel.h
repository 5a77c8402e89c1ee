#pragma once

#include "catalog/Catalog.h"

#include <QAbstractTableModel>
#include <QString>

#include <memory>

namespace cw::ui {

/// The documented information a catalog requires, one row per item in catalog order: clause,
/// name (in the language set here), kind and document level.
class RequiredDocumentsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Clause, Title, Kind, Level, ColumnCount };
    static constexpr int RefRole = Qt::UserRole + 1; ///< the clause reference, on every column

    explicit RequiredDocumentsModel(QObject* parent = nullptr);

    void setCatalog(std::shared_ptr<const cw::Catalog> catalog);
    void setLanguage(const QString& language);
    /// Header texts again, after a language change.
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const cw::Catalog> m_catalog;
    QString m_language = QStringLiteral("en");
};

} // namespace cw::ui
