#pragma once

#include <QLocale>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QTranslator;

namespace cw::ui {

/// The language of the user interface: English (the source language) or Chinese. Switching
/// installs or removes the translators; Qt then sends QEvent::LanguageChange to every widget.
/// The first start follows the system locale; the user's choice is saved.
class LanguageManager : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kEnglish = "en";
    static constexpr const char* kChinese = "zh";

    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    /// "zh" for any Chinese locale, otherwise "en".
    [[nodiscard]] static QString languageForLocale(const QLocale& locale);

    /// Applies the saved language, or on the first start the system's.
    void applyStartupLanguage();
    /// Switches to "en" or "zh" and saves the choice; false for any other code.
    bool setLanguage(const QString& language);
    [[nodiscard]] QString language() const { return m_language; }

Q_SIGNALS:
    void languageChanged(const QString& language);

private:
    void removeTranslators();
    [[nodiscard]] bool installChinese();

    QString m_language = QString::fromLatin1(kEnglish);
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace cw::ui
