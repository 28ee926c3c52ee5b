// limits.h — every cap the importers enforce, in one place. A file past a cap
// is refused with a message naming the cap; nothing is half-imported.
//
// Sized for the goal (100,000 employee rows, about 10 MB of CSV) with
// room to spare, and small enough that a hostile file (a zip bomb, a sheet of
// a million empty cells) cannot take the browser tab's memory.
#pragma once

#include <cstddef>

namespace planner::import {

constexpr std::size_t kMaxFileBytes = 64u << 20;       // the file as given (CSV text or XLSX zip)
constexpr std::size_t kMaxRows = 250000;               // rows of the table (title and blank rows count)
constexpr std::size_t kMaxColumns = 512;               // cells of one row
constexpr std::size_t kMaxCells = 5000000;             // cells of the whole table
constexpr std::size_t kMaxCellBytes = 32767;           // Excel's own limit for one cell's text
constexpr std::size_t kMaxEntryBytes = 256u << 20;     // one decompressed part of an XLSX (sheet, strings)
constexpr std::size_t kMaxUnzippedBytes = 384u << 20;  // every part read from one XLSX together
constexpr double kMaxCompressionRatio = 200;           // decompressed / compressed, past kRatioFloorBytes
constexpr std::size_t kRatioFloorBytes = 1u << 20;     // small parts may compress better (empty sheets)
constexpr std::size_t kMaxSharedStrings = 2000000;     // entries of xl/sharedStrings.xml
constexpr std::size_t kHeaderSearchRows = 20;          // title rows above the header looked through
constexpr std::size_t kMaxProblemsListed = 50;         // problems kept; the count of the rest is given

}  // namespace planner::import
