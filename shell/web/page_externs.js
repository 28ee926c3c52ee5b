/**
 * @fileoverview What planner.js shares with code Closure does not see (its
 * ADVANCED mode renames every other property): the page's own scripts
 * (web/loader.js, web/reader_page.js) and the test hook window.planner that
 * tests/e2e and a curious user call. Closure reads this file with --externs;
 * it is never loaded by the page. A name used across that line and missing
 * here breaks only in the closure build: tests/e2e catches it.
 * @externs
 */

/** web/reader_page.js: the reader's DOM, shared by the editor and the reader module. */
var plannerReaderPage = {
  setup: function(css, labels, functions) {},
  readerFirst: function() {},
  route: function() {},
  caseIndex: 0,
  fill: function(html, caseIndex, message) {},
  show: function(on) {},
  status: function(text, keep) {},
  refreshSoon: function() {},
  copyLink: function(link) {},
  print: function() {}
};

/** The functions the editor hands plannerReaderPage.setup. */
var plannerReaderFunctions = {
  onCase: function(index) {},
  onEdit: function() {},
  onPrint: function() {},
  onCopy: function() {},
  onRefresh: function() {}
};

/** web/loader.js: the page's overlay and progress. */
var plannerPage = {
  setProgress: function(fraction, text) {},
  hideOverlay: function() {},
  showMessage: function(title, text, offerReload) {},
  startEditor: function() {}
};

/** web/loader.js: set when the reader handed the plan to the editor. */
var plannerHandoff;

/** shell/reader/main.cpp: window.plannerReader, the reader module's hook for tests/e2e. */
var plannerReader = {
  ready: false,
  setCase: function(index) {}
};

/** shell/web/test_hook.cpp: window.planner, read by tests/e2e. */
var planner = {
  ready: false,
  frames: function() {},
  wake: function() {},
  results: function() {},
  scenario: function() {},
  setScenario: function(json) {},
  lastError: function() {},
  lastNotice: function() {},
  revision: function() {},
  linkFragment: function() {},
  lastCopied: function() {},
  setDark: function(dark) {},
  rects: function() {},
  recomputeMs: function() {},
  uncertainty: function() {},
  comparison: function() {},
  review: function() {},
  busy: function() {},
  toPage: function(x, y) {},
  measure: function(frames, edit) {},
  logFrames: function(on) {},
  benchSimulate: function(samples) {},
  uiState: function() {},
  x: 0,
  y: 0
};
