#include "shell/StartupProbe.h"

#include "common/BackgroundTask.h"
#include "shell/MainWindow.h"
#include "shell/WorkspaceSession.h"

#include <QApplication>
#include <QTimer>

#include <sys/resource.h>

#include <array>
#include <cstdio>
#include <ctime>

namespace cw::ui {

namespace {

std::int64_t monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

/// Names of the pages in PageId order, for the printed lines.
constexpr std::array<const char*, kPageCount> kPageNames{
    "dashboard", "engagement", "catalog", "documents", "gap-analysis", "audits", "findings", "reports"};

} // namespace

std::optional<StartupProbe::Mode> StartupProbe::modeFromEnvironment()
{
    const QString value = qEnvironmentVariable("CW_STARTUP_PROBE");
    if (value == QLatin1String("paint"))
        return Mode::Paint;
    if (value == QLatin1String("tour"))
        return Mode::Tour;
    return std::nullopt;
}

StartupProbe::StartupProbe(MainWindow& window, Mode mode)
    : QObject(&window)
    , m_window(window)
    , m_mode(mode)
{
    bool ok = false;
    m_t0Ns = qEnvironmentVariable("CW_STARTUP_PROBE_T0").toLongLong(&ok);
    if (!ok)
        m_t0Ns = monotonicNs();
    qApp->installEventFilter(this);
}

double StartupProbe::elapsedMs() const
{
    return static_cast<double>(monotonicNs() - m_t0Ns) / 1e6;
}

void StartupProbe::print(const char* event, const QString& value)
{
    std::fprintf(stderr, "cw-probe %s %s\n", event, qPrintable(value));
    std::fflush(stderr);
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (m_waiting && event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget*>(watched)->window() == &m_window && m_window.session().isOpen()) {
        m_waiting = false;
        // The frame is on screen once this paint and the rest of its update have been handled.
        QTimer::singleShot(0, this, &StartupProbe::painted);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::painted()
{
    if (m_nextPage == 0) {
        print("first-paint-ms", QString::number(elapsedMs(), 'f', 1));
        if (m_mode == Mode::Tour) {
            waitForBackground();
            return;
        }
    } else {
        print(qPrintable(m_waitingFor),
              QString::number(static_cast<double>(m_pageTimer.nsecsElapsed()) / 1e6, 'f', 1));
    }
    if (m_mode == Mode::Paint || m_nextPage >= static_cast<int>(kPageCount)) {
        finish();
        return;
    }
    showNextPage();
}

void StartupProbe::waitForBackground()
{
    // The page check and the dashboard's gathering run on workers after the first paint; pages
    // are timed once they are done, so each figure is the page's own work.
    if (BackgroundTask::runningCount() > 0) {
        QTimer::singleShot(5, this, &StartupProbe::waitForBackground);
        return;
    }
    print("background-done-ms", QString::number(elapsedMs(), 'f', 1));
    showNextPage();
}

void StartupProbe::showNextPage()
{
    const auto id = static_cast<PageId>(m_nextPage++);
    if (id == m_window.currentPage() && m_nextPage < static_cast<int>(kPageCount)) {
        showNextPage();
        return;
    }
    m_waitingFor =
        QStringLiteral("page-%1-ms").arg(QLatin1String(kPageNames[static_cast<std::size_t>(m_nextPage - 1)]));
    m_waiting = true;
    m_pageTimer.start();
    m_window.showPage(id);
    m_window.update();
}

void StartupProbe::finish()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    print("peak-rss-mb", QString::number(static_cast<double>(usage.ru_maxrss) / 1024.0, 'f', 1));
    print("total-ms", QString::number(elapsedMs(), 'f', 1));
    qApp->removeEventFilter(this);
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}

} // namespace cw::ui
