#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace cw::ui {

class MainWindow;

/// Timing and memory figures for docs/performance.md (bench/gui-startup.py), switched on by the
/// environment variable CW_STARTUP_PROBE; it changes nothing else.
///   "paint": print when the first frame showing the open workspace has been painted, then quit.
///   "tour":  then wait for the work started on background threads (page check, dashboard
///            figures), print when it is done, show every page in turn, printing when each has
///            been painted, then the peak resident memory of the process, and quit.
/// Times are milliseconds since CW_STARTUP_PROBE_T0 (CLOCK_MONOTONIC in nanoseconds, taken by the
/// launcher just before it started the process), or since the probe was made when that is unset.
/// Lines go to standard error as "cw-probe <event> <value>".
class StartupProbe : public QObject {
    Q_OBJECT
public:
    enum class Mode { Paint, Tour };
    /// The mode from the environment; none when the probe is off or the value is unknown.
    [[nodiscard]] static std::optional<Mode> modeFromEnvironment();

    StartupProbe(MainWindow& window, Mode mode);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void painted();
    void waitForBackground();
    void showNextPage();
    void finish();
    [[nodiscard]] double elapsedMs() const;
    static void print(const char* event, const QString& value);

    MainWindow& m_window;
    Mode m_mode;
    std::int64_t m_t0Ns = 0; ///< CLOCK_MONOTONIC at the launch
    QElapsedTimer m_pageTimer;
    int m_nextPage = 0;    ///< the page the tour shows next
    bool m_waiting = true; ///< a paint is awaited
    QString m_waitingFor = QStringLiteral("first-paint");
};

} // namespace cw::ui
