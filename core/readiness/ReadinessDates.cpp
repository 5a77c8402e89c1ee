#include "readiness/ReadinessDates.h"

namespace cw::readiness {

Date addMonths(Date d, int months)
{
    using namespace std::chrono;
    const year_month ym = year_month(d.year(), d.month()) + std::chrono::months(months);
    const year_month_day_last last(ym.year(), month_day_last(ym.month()));
    const day dd = d.day() > last.day() ? last.day() : d.day();
    return year_month_day(ym.year(), ym.month(), dd);
}

Date addDays(Date d, int days)
{
    return Date(std::chrono::sys_days(d) + std::chrono::days(days));
}

std::string addMonths(const std::string& date, int months)
{
    return date.empty() ? std::string() : formatDate(addMonths(parseDate(date, "date"), months));
}

std::string addDays(const std::string& date, int days)
{
    return date.empty() ? std::string() : formatDate(addDays(parseDate(date, "date"), days));
}

std::string laterOf(const std::string& a, const std::string& b)
{
    return a < b ? b : a;
}

} // namespace cw::readiness
