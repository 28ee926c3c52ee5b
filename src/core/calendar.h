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
constexpr double kWeeksPerMonth = 52.0 / 12.0;

}  // namespace planner
