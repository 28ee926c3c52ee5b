// calendar.h — the one week/month convention (DOMAIN: weeks to months x 12/52).
//
// Week w (0-based from plan start) lies in month floor(w x 12 / 52). Months
// therefore have 4 or 5 weeks, and 12 months hold exactly 52 weeks, so a
// yearly figure is always 52 x the weekly one.
#pragma once

namespace planner {

constexpr int month_of_week(int week) { return week * 12 / 52; }
// First week that lies in month m: ceil(m x 52 / 12).
constexpr int first_week_of_month(int month) { return (month * 52 + 11) / 12; }
// Weeks inside a horizon of `months` months.
constexpr int horizon_weeks(int months) { return first_week_of_month(months); }
constexpr double kMonthsPerWeek = 12.0 / 52.0;

// Plan month `month` (1-based) of a plan starting in start_month/start_year:
// its calendar year and month (0 = January).
constexpr void calendar_of_plan_month(int start_year, int start_month, int month, int& year, int& month0) {
  const int index = (start_month - 1) + (month - 1);
  year = start_year + (index >= 0 ? index / 12 : (index - 11) / 12);
  month0 = ((index % 12) + 12) % 12;
}
constexpr double kWeeksPerMonth = 52.0 / 12.0;

}  // namespace planner
