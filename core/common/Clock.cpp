#include "common/Clock.h"

#include "common/Error.h"

#include <cstdio>

namespace cw {

Date Clock::today() const
{
    return Date{std::chrono::floor<std::chrono::days>(now())};
}

TimePoint SystemClock::now() const
{
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

std::string formatUtc(TimePoint t)
{
    const auto day = std::chrono::floor<std::chrono::days>(t);
    const Date d{day};
    const std::chrono::hh_mm_ss hms{t - day};
    char buf[64]; // room for any value the formats could take, so -Wformat-truncation stays quiet
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02ld:%02ld:%02lldZ", static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()),
                  static_cast<long>(hms.hours().count()), static_cast<long>(hms.minutes().count()),
                  static_cast<long long>(hms.seconds().count()));
    return buf;
}

std::string formatDate(Date d)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    return buf;
}

namespace {

bool parseDigits(const std::string& s, std::size_t pos, std::size_t n, int& out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

} // namespace

Date parseDate(const std::string& text, const std::string& what)
{
    int y = 0, m = 0, d = 0;
    const bool shapeOk = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                         parseDigits(text, 0, 4, y) && parseDigits(text, 5, 2, m) &&
                         parseDigits(text, 8, 2, d);
    const Date date{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                    std::chrono::day{static_cast<unsigned>(d)}};
    if (!shapeOk || !date.ok())
        throw Error(ErrorCode::InvalidInput, what + ": '" + text + "' is not a date of the form YYYY-MM-DD");
    return date;
}

TimePoint parseUtc(const std::string& text, const std::string& what)
{
    int h = 0, mi = 0, s = 0;
    const bool shapeOk = text.size() == 20 && text[10] == 'T' && text[13] == ':' && text[16] == ':' &&
                         text[19] == 'Z' && parseDigits(text, 11, 2, h) && parseDigits(text, 14, 2, mi) &&
                         parseDigits(text, 17, 2, s) && h < 24 && mi < 60 && s < 61;
    if (!shapeOk)
        throw Error(ErrorCode::InvalidInput,
                    what + ": '" + text + "' is not a UTC time of the form YYYY-MM-DDTHH:MM:SSZ");
    const Date d = parseDate(text.substr(0, 10), what);
    return std::chrono::sys_days{d} + std::chrono::hours{h} + std::chrono::minutes{mi} +
           std::chrono::seconds{s};
}

} // namespace cw
