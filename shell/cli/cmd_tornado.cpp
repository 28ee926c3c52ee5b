// planner-cli tornado: which range inputs move an output most, each swung from
// low to high with the others at likely; --json prints the tornado document.
#include <cstdlib>
#include <iostream>
#include <sstream>

#include "command.h"
#include "core/uncertainty/tornado.h"
#include "io/format.h"
#include "io/uncertainty_json.h"

namespace planner::cli {

int cmd_tornado(Args& args) {
  std::string text;
  bool missing = false;
  mc::Output output = mc::Output::Npv;
  if (take_option(args, "--output", text, missing) && !mc::parse_output(text.c_str(), output)) {
    std::string ids;  // the uncertainty outputs' keys (core/figures.h), in their order
    for (int i = 0; i < mc::kOutputCount; ++i)
      ids += std::string(i ? ", " : "") + mc::output_id(static_cast<mc::Output>(i));
    return usage_error("tornado", "--output must name an output (" + ids + "), not '" + text + "'");
  }
  if (missing) return usage_error("tornado", "--output needs an output name");
  long top = 10;
  if (take_option(args, "--top", text, missing)) {
    char* end = nullptr;
    top = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || top < 1)
      return usage_error("tornado", "--top must be a whole number >= 1");
  }
  if (missing) return usage_error("tornado", "--top needs a number");
  const bool json = take_flag(args, "--json");

  Scenario s;
  std::string label;
  if (int rc = take_scenario(args, s, label, std::cerr)) return rc;
  if (int rc = reject_leftovers("tornado", args)) return rc;

  const mc::Tornado t = mc::tornado(s, output);
  if (json) {
    std::cout << io::tornado_to_json(s, t, true) << "\n";
    return kOk;
  }
  auto fmt = [&](double v) {
    return io::output_text(output, v, s.org.horizon_months, s.org.currency_symbol);
  };
  std::ostringstream out;
  out << s.title << " - " << mc::output_label(output) << " at likely: " << fmt(t.base) << "\n\n";
  long shown = 0;
  for (const mc::TornadoBar& b : t.bars) {
    if (shown++ >= top) break;
    out << "  " << b.input.name << "\n      " << fmt(b.output_at_low) << " .. " << fmt(b.output_at_high)
        << "   (input " << io::format_number(b.input_low, 2) << " .. " << io::format_number(b.input_high, 2)
        << ", swing " << io::magnitude_text(mc::output_figure(output).unit, b.swing(), s.org.currency_symbol)
        << ")\n";
  }
  if (t.bars.empty()) out << "  no input has a range (low == high everywhere)\n";
  std::cout << out.str();
  return kOk;
}

}  // namespace planner::cli
