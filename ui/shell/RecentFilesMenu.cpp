#include "shell/RecentFilesMenu.h"

#include "shell/RecentFiles.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>

namespace cw::ui {

RecentFilesMenu::RecentFilesMenu(RecentFiles& recent, QWidget* parent)
    : QMenu(parent)
    , m_recent(recent)
{
    menuAction()->setObjectName(QStringLiteral("menuOpenRecent"));
    setTitle(tr("Open &Recent"));
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList files = m_recent.files();
    int number = 1;
    for (const QString& file : files) {
        // "&1 audit.cwb": numbered for the keyboard (there are at most 8); the full path in the tip.
        QString name = QFileInfo(file).fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* action = addAction(QStringLiteral("&%1 %2").arg(number).arg(name));
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { Q_EMIT fileChosen(file); });
        ++number;
    }
    if (files.isEmpty()) {
        addAction(tr("No Recent Files"))->setEnabled(false);
        return;
    }
    addSeparator();
    connect(addAction(tr("&Clear Menu")), &QAction::triggered, this, [this] { m_recent.clear(); });
}

void RecentFilesMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setTitle(tr("Open &Recent"));
        rebuild();
    }
    QMenu::changeEvent(event);
}

} // namespace cw::ui
