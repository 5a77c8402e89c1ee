#include "shell/LanguageManager.h"

#include "shell/AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace cw::ui {

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QString LanguageManager::languageForLocale(const QLocale& locale)
{
    return QString::fromLatin1(locale.language() == QLocale::Chinese ? kChinese : kEnglish);
}

void LanguageManager::applyStartupLanguage()
{
    QString language = AppSettings::language();
    if (language != QLatin1String(kEnglish) && language != QLatin1String(kChinese))
        language = languageForLocale(QLocale::system());
    setLanguage(language);
}

bool LanguageManager::setLanguage(const QString& language)
{
    const bool chinese = language == QLatin1String(kChinese);
    if (!chinese && language != QLatin1String(kEnglish))
        return false;
    removeTranslators();
    if (chinese && !installChinese()) {
        removeTranslators();
        return false;
    }
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                : (QLocale::system().language() == QLocale::English
                                       ? QLocale::system()
                                       : QLocale(QLocale::English, QLocale::UnitedStates)));
    m_language = language;
    AppSettings::setLanguage(language);
    Q_EMIT languageChanged(language);
    return true;
}

bool LanguageManager::installChinese()
{
    // The program's translations are built into the library (qt_add_translations), one .qm per
    // feature: conformance-workbench_zh_CN.qm for the shell, others for pages that bring their
    // own. Qt's own, for standard dialogs and buttons, comes with Qt when installed.
    const QString dir = QStringLiteral(":/i18n");
    const QStringList files = QDir(dir).entryList({QStringLiteral("*_zh_CN.qm")}, QDir::Files, QDir::Name);
    if (!files.contains(QStringLiteral("conformance-workbench_zh_CN.qm")))
        return false;
    for (const QString& file : files) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(file, dir))
            return false;
        QCoreApplication::installTranslator(translator.get());
        m_translators.push_back(std::move(translator));
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_translators.push_back(std::move(qt));
    }
    return true;
}

void LanguageManager::removeTranslators()
{
    for (const auto& translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    m_translators.clear();
}

} // namespace cw::ui
