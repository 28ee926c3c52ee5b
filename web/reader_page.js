// reader_page.js — the page side of the HTML reader (#reader in index.html),
// the one home of its DOM wiring and of the rule of who lands where. Both
// programs use it: the small reader module (shell/reader/, loaded first on
// phones and for view=summary links) and the editor (shell/web/reader.cpp,
// for View > Summary and printing). Whichever program runs hands its
// functions to setup(); the buttons call the current one.
//
// Nothing from a link reaches the page as HTML here: fill() takes the
// fragment the C++ core wrote (every user string escaped, io/reader_html.h)
// and the message as text.
(function () {
  "use strict";
  var handlers = {};  // onCase(index), onEdit(), onPrint(), onCopy(), onRefresh(): the running program's
  var wired = false;
  var byId = function (id) { return document.getElementById(id); };
  var editKey = "planner.view";

  function wire() {
    document.querySelectorAll("#reader [data-case]").forEach(function (button) {
      var index = Number(button.getAttribute("data-case"));
      button.addEventListener("click", function () { if (handlers.onCase) handlers.onCase(index); });
    });
    byId("reader-edit").addEventListener("click", function () {
      try { sessionStorage.setItem(editKey, "edit"); } catch (e) {}
      if (handlers.onEdit) handlers.onEdit();
    });
    byId("reader-print").addEventListener("click", function () { if (handlers.onPrint) handlers.onPrint(); });
    byId("reader-copy").addEventListener("click", function () { if (handlers.onCopy) handlers.onCopy(); });
    // Ctrl+P, or the browser's menu: print the plan as it is now.
    window.addEventListener("beforeprint", function () { if (handlers.onRefresh) handlers.onRefresh(); });
    wired = true;
  }

  var page = window.plannerReaderPage = {
    // Who lands where. A link with view=summary opens the reader; so does a
    // plain link (or none) on a phone or tablet: narrow (< 700 CSS px), or a
    // touch screen with no mouse or trackpad, unless the user chose "Edit
    // this plan" earlier in this tab. Desktop browsers open the editor.
    summaryLink: function () {
      return location.hash.substring(1).split("&").indexOf("view=summary") >= 0;
    },
    readerFirst: function () {
      try { if (sessionStorage.getItem(editKey) == "edit") return false; } catch (e) {}
      var narrow = matchMedia("(max-width: 699.98px)").matches;
      var touchFirst = matchMedia("(pointer: coarse)").matches && !matchMedia("(any-pointer: fine)").matches;
      return narrow || touchFirst;
    },
    route: function () { return page.summaryLink() || page.readerFirst() ? "reader" : "editor"; },

    // The running program's stylesheet (from C++), case labels (core/names.h) and functions.
    setup: function (css, labels, functions) {
      var style = byId("reader-style");
      if (!style) {
        style = document.createElement("style");
        style.id = "reader-style";
        document.head.appendChild(style);
      }
      if (style.textContent != css) style.textContent = css;
      document.querySelectorAll("#reader [data-case]").forEach(function (button) {
        button.textContent = labels[Number(button.getAttribute("data-case"))];
      });
      handlers = functions;
      if (!wired) wire();
    },
    caseIndex: 1,  // the case on the page: the editor opens with it after "Edit this plan"
    fill: function (html, caseIndex, message) {
      byId("reader-content").innerHTML = html;
      page.caseIndex = caseIndex;
      document.querySelectorAll("#reader [data-case]").forEach(function (button) {
        button.setAttribute("aria-pressed", Number(button.getAttribute("data-case")) == caseIndex ? "true" : "false");
      });
      var box = byId("reader-message");
      box.textContent = message;
      box.hidden = !message;
    },
    showing: function () { return document.body.classList.contains("reading"); },
    show: function (on) {
      document.body.classList.toggle("reading", !!on);
      byId("canvas").setAttribute("aria-hidden", on ? "true" : "false");
      if (on) {
        byId("reader-main").focus({ preventScroll: true });
        // Readable now: the loading card need not wait for anything else.
        if (window.plannerPage) window.plannerPage.hideOverlay();
      }
    },
    status: function (text, keep) {
      var status = byId("reader-status");
      status.textContent = text;
      clearTimeout(status.plannerTimer);
      if (!keep) status.plannerTimer = setTimeout(function () { status.textContent = ""; }, 2500);
    },
    // Hidden behind the editor, the reader is rewritten once editing pauses.
    refreshSoon: function () {
      clearTimeout(page.refreshTimer);
      page.refreshTimer = setTimeout(function () { if (handlers.onRefresh) handlers.onRefresh(); }, 400);
    },
    copyLink: function (link) {
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(link).catch(function () {});
      page.lastCopied = link;
      page.status("Link copied: it opens this summary.");
    },
    print: function () { window.print(); }
  };
})();
