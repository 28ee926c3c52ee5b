// format.h — how figures read to a person: one set of functions for the CLI
// summary, the UI and the HTML report, so "$84K" means the same everywhere.
//
// Money is rounded only here, at display. A figure that is not finite (which
// the engine never produces) prints as "n/a" rather than "nan" or "inf".
#pragma once

#include <string>

#include "core/figures.h"
#include "core/scenario.h"
#include "core/uncertainty/outputs.h"

namespace planner::io {

// "$84,000", "-$1,250", "€3,000". Rounded to whole currency units.
std::string format_money(double value, const std::string& symbol);
// "$950", "$9.5K", "$84K", "$1.2M", "$12M", "$1.5B": at most three significant figures.
std::string format_money_short(double value, const std::string& symbol);
// Whole number with thousands separators: "1,560". decimals > 0: "1,560.25".
std::string format_number(double value, int decimals = 0);
// A percentage already in percent: format_percent(123.4) == "123%"; decimals as asked.
std::string format_percent(double percent, int decimals = 0);
// A share in [0, 1] as percent: format_share(0.85) == "85%".
std::string format_share(double fraction, int decimals = 0);
// "0.75 FTE", "12.3 FTE": two decimals under 10, one under 100, none above.
std::string format_fte(double fte);
// "30 h/week", "3.75 h/week": up to two decimals, trailing zeros dropped.
std::string format_hours_per_week(double hours);
// Month m (1-based) of a plan starting in start_month/start_year: "Jul 2027".
std::string format_plan_month(int month, int start_year, int start_month);

// ---- figures (core/figures.h), by unit: the one formatter every view uses ----
// A figure as people read it, in the plan's currency: "$84,000", "123%",
// "1.85x", "month 7" ("month 7.5" for a fractional month, as percentiles
// give), "30 h/week", "0.75 FTE", "120", "1,250 h", "yes". A value that is
// "none" reads "not reached" for months and "n/a" otherwise.
std::string figure_text(FigureUnit unit, const FigureValue& v, const std::string& symbol);
// The same, with the table's reason after a "none": "n/a (no cost)".
std::string figure_text_explained(const FigureSpec& f, const FigureValue& v, const std::string& symbol);
// A difference with its sign: "+$12,000", "-15 pts" (ROI in percentage
// points), "+0.40x", "-3 months", "+12.5 h/week", "+0.75 FTE", "+40"; "n/a"
// when undefined, "same" when it rounds to nothing.
std::string difference_text(FigureUnit unit, const FigureValue& d, const std::string& symbol);
// An amount of the figure without sign, as a difference or a swing reads:
// "$12,000", "15 pts", "3 months", "0.40x".
std::string magnitude_text(FigureUnit unit, double amount, const std::string& symbol);
// An uncertainty output's summarised value (a percentile, a tornado end) as
// its figure reads; a month past the horizon is "not reached".
std::string output_text(mc::Output o, double v, int horizon_months, const std::string& symbol);

// The unit a delivery model's cost is quoted in ("per seat per month") is
// enum_label() of core/names.h.

}  // namespace planner::io
