#include "catalog/CatalogChooser.h"

#include "catalog/CatalogNames.h"

#include <QSignalBlocker>

namespace cw::ui {

CatalogChooser::CatalogChooser(QWidget* parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("catalogChooser"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(40);
}

void CatalogChooser::setEntries(std::vector<Entry> entries)
{
    const QString keep = currentId();
    m_entries = std::move(entries);
    rebuild(keep);
}

void CatalogChooser::setLanguage(const QString& language)
{
    m_language = language;
    rebuild(currentId());
}

void CatalogChooser::rebuild(const QString& keep)
{
    const QSignalBlocker blocker(this);
    clear();
    bool workspaceEntries = false;
    bool separated = false;
    for (const Entry& e : m_entries) {
        workspaceEntries = workspaceEntries || e.inWorkspace;
        if (!e.inWorkspace && workspaceEntries && !separated) {
            insertSeparator(count());
            separated = true;
        }
        QString text = CatalogNames::in(e.title, m_language);
        if (!e.inWorkspace)
            text = tr("%1 (built in, not in the workspace)").arg(text);
        addItem(text, QString::fromStdString(e.id));
        setItemData(count() - 1, CatalogNames::in(e.title, m_language), Qt::ToolTipRole);
    }
    const int at = findData(keep);
    setCurrentIndex(at >= 0 ? at : (count() > 0 ? 0 : -1));
}

bool CatalogChooser::select(const QString& id)
{
    const int at = findData(id);
    if (at < 0)
        return false;
    setCurrentIndex(at);
    return true;
}

QString CatalogChooser::currentId() const
{
    return currentData().toString();
}

const CatalogChooser::Entry* CatalogChooser::find(const std::string& id) const
{
    for (const Entry& e : m_entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

const CatalogChooser::Entry* CatalogChooser::current() const
{
    return find(currentId().toStdString());
}

} // namespace cw::ui
