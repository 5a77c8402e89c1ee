#include "shell/LanguageMenu.h"

#include "shell/LanguageManager.h"

#include <QActionGroup>
#include <QEvent>

namespace cw::ui {

LanguageMenu::LanguageMenu(LanguageManager& languages, QWidget* parent)
    : QMenu(parent)
    , m_languages(languages)
    , m_group(new QActionGroup(this))
{
    menuAction()->setObjectName(QStringLiteral("menuLanguage"));
    // Each language is named in itself (an endonym), so it is never translated.
    addLanguage(QString::fromLatin1(LanguageManager::kChinese), QStringLiteral("中文"));
    addLanguage(QString::fromLatin1(LanguageManager::kEnglish), QStringLiteral("English"));
    connect(&m_languages, &LanguageManager::languageChanged, this, &LanguageMenu::syncChecked);
    setTitle(tr("&Language"));
    syncChecked();
}

void LanguageMenu::addLanguage(const QString& code, const QString& name)
{
    QAction* action = addAction(name);
    action->setObjectName(QStringLiteral("actionLanguage_") + code);
    action->setData(code);
    action->setCheckable(true);
    m_group->addAction(action);
    connect(action, &QAction::triggered, this, [this, code] { m_languages.setLanguage(code); });
}

void LanguageMenu::syncChecked()
{
    for (QAction* action : m_group->actions())
        action->setChecked(action->data().toString() == m_languages.language());
}

void LanguageMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        setTitle(tr("&Language"));
    QMenu::changeEvent(event);
}

} // namespace cw::ui
