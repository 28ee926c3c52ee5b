#include "import/scaling.h"

#include <algorithm>
#include <numeric>

namespace planner::import {

std::vector<long long> scale_to_total(const std::vector<long long>& counts, long long total) {
  std::vector<long long> out(counts.size(), 0);
  const long long sum = std::accumulate(counts.begin(), counts.end(), 0LL);
  if (sum <= 0 || total <= 0) return out;
  std::vector<std::pair<long long, std::size_t>> remainders;  // (remainder x sum, index): exact, no floats
  long long given = 0;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const __int128 scaled = static_cast<__int128>(counts[i]) * total;
    out[i] = static_cast<long long>(scaled / sum);
    given += out[i];
    remainders.emplace_back(static_cast<long long>(scaled % sum), i);
  }
  std::stable_sort(remainders.begin(), remainders.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t k = 0; given < total && k < remainders.size(); ++k, ++given) ++out[remainders[k].second];
  return out;
}

}  // namespace planner::import
