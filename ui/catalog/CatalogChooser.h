#pragma once

#include "catalog/Catalog.h"

#include <QComboBox>

#include <string>
#include <vector>

namespace cw::ui {

/// The catalog selector: the workspace's own catalogs, then, below a separator, the built-in ones
/// the workspace does not hold yet.
class CatalogChooser : public QComboBox {
    Q_OBJECT
public:
    struct Entry {
        std::string id;
        cw::LocalizedText title;
        bool inWorkspace = false;
    };

    explicit CatalogChooser(QWidget* parent = nullptr);

    /// Replaces the list, keeping the current catalog when it is still there (else the first),
    /// without emitting currentIndexChanged.
    void setEntries(std::vector<Entry> entries);
    /// Renames the entries, after a language change.
    void setLanguage(const QString& language);
    /// Selects `id` (emitting currentIndexChanged when it changes); false when not listed.
    bool select(const QString& id);

    [[nodiscard]] QString currentId() const;
    /// The current entry, or nullptr when the list is empty.
    [[nodiscard]] const Entry* current() const;
    [[nodiscard]] const Entry* find(const std::string& id) const;

private:
    void rebuild(const QString& keep);

    std::vector<Entry> m_entries;
    QString m_language = QStringLiteral("en");
};

} // namespace cw::ui
