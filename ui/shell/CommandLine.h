#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace cw::ui {

/// `conformance-workbench [--demo | FILE]`, plus --help and --version.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(cw::ui::CommandLine)
public:
    CommandLine();

    /// False when the arguments are wrong; errorText() says why.
    [[nodiscard]] bool parse(const QStringList& arguments);
    [[nodiscard]] QString errorText() const { return m_error; }

    /// Whether the arguments ask for --help, --help-all or --version, or are wrong: answers that
    /// need no window.
    [[nodiscard]] static bool asksForInformation(const QStringList& arguments);
    /// Answers --help, --help-all and --version, or prints why the arguments are wrong, and
    /// exits the process (QCommandLineParser::process).
    [[noreturn]] void answerAndExit(const QStringList& arguments);

    [[nodiscard]] bool demo() const;
    /// The workspace to open; empty when none was given.
    [[nodiscard]] QString file() const;

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_demo;
    QString m_error;
};

} // namespace cw::ui
