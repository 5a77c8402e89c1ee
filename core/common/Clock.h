#pragma once

#include <chrono>
#include <memory>
#include <string>

namespace cw {

using Date = std::chrono::year_month_day;
using TimePoint = std::chrono::sys_seconds;

/// The source of "now" and "today" for every date computation, so tests can pin time.
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual TimePoint now() const = 0;
    [[nodiscard]] Date today() const;
};

class SystemClock final : public Clock {
public:
    [[nodiscard]] TimePoint now() const override;
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(TimePoint t)
        : m_now(t)
    {}
    [[nodiscard]] TimePoint now() const override { return m_now; }
    void set(TimePoint t) { m_now = t; }

private:
    TimePoint m_now;
};

/// "2026-11-22T08:30:00Z"
[[nodiscard]] std::string formatUtc(TimePoint t);
/// "2026-11-22"
[[nodiscard]] std::string formatDate(Date d);
/// Parses "YYYY-MM-DD"; throws Error(InvalidInput) naming `what` when malformed.
[[nodiscard]] Date parseDate(const std::string& text, const std::string& what);
/// Parses "YYYY-MM-DDTHH:MM:SSZ"; throws Error(InvalidInput) naming `what` when malformed.
[[nodiscard]] TimePoint parseUtc(const std::string& text, const std::string& what);

} // namespace cw
