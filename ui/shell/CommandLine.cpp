#include "shell/CommandLine.h"

#include <cstdio>
#include <cstdlib>

namespace cw::ui {

CommandLine::CommandLine()
    : m_demo(QStringLiteral("demo"), tr("Open a fresh copy of the demo workspace."))
{
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.setApplicationDescription(tr("Workbench for ISO/IEC 20000-1 certification projects."));
    m_parser.addOption(m_demo);
    m_parser.addPositionalArgument(QStringLiteral("file"), tr("The workspace (.cwb) to open."),
                                   QStringLiteral("[file]"));
}

bool CommandLine::parse(const QStringList& arguments)
{
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return false;
    }
    if (m_parser.positionalArguments().size() > 1) {
        m_error = tr("Give at most one workspace file.");
        return false;
    }
    if (demo() && !file().isEmpty()) {
        m_error = tr("Give either a workspace file or --demo, not both.");
        return false;
    }
    return true;
}

bool CommandLine::asksForInformation(const QStringList& arguments)
{
    for (const QString& argument : arguments.mid(1)) {
        if (argument == QLatin1String("--"))
            break;
        for (const char* option : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
            if (argument == QLatin1String(option))
                return true;
    }
    // Arguments that do not parse are answered with an error, which needs no display either.
    CommandLine probe;
    return !probe.parse(arguments);
}

void CommandLine::answerAndExit(const QStringList& arguments)
{
    if (!parse(arguments) && !m_parser.isSet(QStringLiteral("help")) && !m_parser.isSet(QStringLiteral("version"))) {
        std::fprintf(stderr, "%s\n", qPrintable(errorText()));
        std::exit(2);
    }
    m_parser.process(arguments);
    std::exit(0);
}

bool CommandLine::demo() const
{
    return m_parser.isSet(m_demo);
}

QString CommandLine::file() const
{
    const QStringList positional = m_parser.positionalArguments();
    return positional.isEmpty() ? QString() : positional.first();
}

} // namespace cw::ui
