// loader.js — the page's own script (a file, so the Content-Security-Policy
// needs no 'unsafe-inline'). Sections: the page API the programs call
// (shell/web/canvas.cpp); the buttons of the page; keys while the reader
// shows; downloading a program (wasm with progress, streaming compile); the
// route: the reader module or the editor; the service worker.
//
// Two programs, one page (issue 12, "a small, fast download"): the reader
// module (reader.js + reader.wasm: the model and the summary, no ImGui, GL
// or fonts) and the editor (planner.js + planner.wasm). The route is decided
// here, before anything big is downloaded (plannerReaderPage.route(), the
// one rule of who lands where): a phone, a tablet or a view=summary link
// downloads only the reader module, and "Edit this plan" then loads the
// editor; a desktop browser downloads the editor alone.
// It runs before planner.js: its key listener must come before GLFW's.
(function () {
"use strict";
// The page's own small API; the app calls it (shell/web/canvas.cpp).
window.plannerPage = {
  setProgress: function (fraction, text) {
    document.getElementById("bar-fill").style.width = Math.round(Math.min(1, fraction) * 100) + "%";
    if (text) document.getElementById("card-text").textContent = text;
  },
  hideOverlay: function () { document.getElementById("overlay").classList.add("hidden"); },
  showMessage: function (title, text, offerReload) {
    document.getElementById("card").classList.add("error");
    document.getElementById("card-title").textContent = title;
    document.getElementById("card-text").textContent = text;
    document.getElementById("card-reload").hidden = !offerReload;
    document.getElementById("overlay").classList.remove("hidden");
  },
  startEditor: function () { startEditor(true); }
};

// Buttons of the page itself (no inline handlers under the CSP).
document.getElementById("card-reload").addEventListener("click", function () { location.reload(); });
document.getElementById("update-reload").addEventListener("click", function () { location.reload(); });
document.getElementById("canvas").addEventListener("contextmenu", function (event) { event.preventDefault(); });

// While the reader shows, keys belong to the page: Tab moves between its
// buttons, Ctrl+A/Ctrl+F/Ctrl+C act on its text. GLFW (and the app's
// shortcut blocker) listen on window in the capture phase and would block
// Tab and Ctrl+A and edit the hidden plan; this listener, registered first,
// keeps those events from them without cancelling the browser's default.
["keydown", "keypress", "keyup"].forEach(function (type) {
  window.addEventListener(type, function (event) {
    if (document.body.classList.contains("reading")) event.stopImmediatePropagation();
  }, true);
});

function hasWebGL2() {
  try { return !!document.createElement("canvas").getContext("webgl2"); } catch (e) { return false; }
}

function formatMB(bytes) { return (bytes / 1048576).toFixed(1) + " MB"; }

// A wasm's size, stamped into the page by the build: a host that gzips gives
// the compressed size as Content-Length, while the download counts the
// bytes after decompression.
function stampedBytes(name) {
  return Number((document.querySelector('meta[name="' + name + '"]') || {}).content) || 0;
}

// Compiles a wasm while it arrives, reporting progress(loaded, total).
function instantiateWithProgress(download, total, imports, progress) {
  return download.then(function (response) {
    if (!response.ok) throw new Error("the server answered " + response.status + " for " + response.url.split("/").pop());
    total = total || Number(response.headers.get("Content-Length")) || 0;
    var reader = response.body.getReader();
    var loaded = 0;
    function step(chunk) { loaded += chunk.length; progress(loaded, total); }
    if (WebAssembly.instantiateStreaming) {
      var counted = new ReadableStream({
        pull: function (controller) {
          return reader.read().then(function (s) {
            if (s.done) { controller.close(); return; }
            step(s.value);
            controller.enqueue(s.value);
          });
        }
      });
      return WebAssembly.instantiateStreaming(
        new Response(counted, { headers: { "Content-Type": "application/wasm" } }), imports);
    }
    var chunks = [];
    function pump() {
      return reader.read().then(function (s) {
        if (s.done) return;
        chunks.push(s.value);
        step(s.value);
        return pump();
      });
    }
    return pump().then(function () {
      var bytes = new Uint8Array(loaded), at = 0;
      chunks.forEach(function (c) { bytes.set(c, at); at += c.length; });
      return WebAssembly.instantiate(bytes, imports);
    });
  });
}

// Starts a download now; its failure is reported where it is used, not as "unhandled".
function download(url) {
  var promise = fetch(url, { credentials: "same-origin" });
  promise.catch(function () {});
  return promise;
}

function loadScript(src) {
  return new Promise(function (resolve, reject) {
    var script = document.createElement("script");
    script.src = src;
    script.onload = resolve;
    script.onerror = function () { script.remove(); reject(new Error("could not download " + src)); };
    document.body.appendChild(script);
  });
}

function overlayProgress(loaded, total) {
  plannerPage.setProgress(total ? loaded / total : 0.5, loaded >= total && total ? "Starting…" :
    "Loading " + formatMB(loaded) + (total ? " of " + formatMB(total) : "") + "…");
}

function loadFailed(error) {
  plannerPage.showMessage("The planner could not be loaded",
    "Downloading or starting the app failed (" + error.message + "). Check the connection and reload.", true);
}

// ---- The reader module ------------------------------------------------------

function startReader() {
  var wasm = download("reader.wasm");
  loadScript("reader.js").then(function () {
    return createPlannerReader({
      print: function (text) { console.log(text); },
      printErr: function (text) { console.warn(text); },
      instantiateWasm: function (imports, receiveInstance) {
        instantiateWithProgress(wasm, stampedBytes("reader-wasm-bytes"), imports, overlayProgress)
          .then(function (result) { receiveInstance(result.instance, result.module); })
          .catch(loadFailed);
        return {};
      },
      onAbort: function (what) {
        plannerPage.showMessage("The planner stopped", "An internal error stopped the reader (" + what + "). Reload to try again.", true);
      }
    });
  }).then(function () {
    if (window.plannerRegisterWorker) window.plannerRegisterWorker();
  }, loadFailed);
}

// ---- The editor ---------------------------------------------------------------

// handoff: the reader module shows the plan and the user chose "Edit this
// plan"; the progress goes to the reader's Edit button, and the editor takes
// over at its first frame (shell/web/reader.cpp).
var editorStarted = false;
function startEditor(handoff) {
  if (editorStarted) return;
  // The Edit button's two labels (wide screens, phones) show the progress.
  var edit = document.getElementById("reader-edit");
  var labels = [edit.querySelector(".wide"), edit.querySelector(".narrow")];
  var labelTexts = labels.map(function (l) { return l.textContent; });
  function restoreLabels() {
    labels.forEach(function (l, i) { l.textContent = labelTexts[i]; });
    edit.removeAttribute("aria-busy");
  }
  function handoffProgress(loaded, total) {
    var done = total ? Math.round(Math.min(1, loaded / total) * 100) + "%" : "…";
    labels[0].textContent = "Loading editor " + done;
    labels[1].textContent = done;
  }
  function handoffFailed(text) {
    restoreLabels();
    editorStarted = false;
    plannerReaderPage.status(text, true);
  }
  if (typeof WebAssembly != "object" || !hasWebGL2()) {
    var title = typeof WebAssembly == "object" ? "WebGL2 is not available" : "WebAssembly is not available";
    var text = "This planner's editor draws with WebGL2 and runs as WebAssembly. Open it in a current Chrome, " +
      "Edge, Firefox or Safari, with hardware acceleration (graphics) turned on in the browser's settings.";
    if (handoff) handoffFailed(title + ". " + text); else plannerPage.showMessage(title, text, false);
    return;
  }
  editorStarted = true;
  window.plannerHandoff = handoff;
  if (handoff) { edit.setAttribute("aria-busy", "true"); handoffProgress(0, 0); }
  // The download starts now, beside planner.js, not after it.
  var wasm = download("planner.wasm");
  function failed(error) {
    if (handoff) handoffFailed("The editor could not be loaded (" + error.message + "). Check the connection and try again.");
    else loadFailed(error);
  }
  window.Module = {
    canvas: document.getElementById("canvas"),
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    // Where WebGL2 is missing nothing is downloaded and the message stays.
    instantiateWasm: function (imports, receiveInstance) {
      instantiateWithProgress(wasm, stampedBytes("planner-wasm-bytes"), imports, handoff ? handoffProgress : overlayProgress)
        .then(function (result) { receiveInstance(result.instance, result.module); })
        .catch(failed);
      return {};
    },
    onRuntimeInitialized: function () {
      restoreLabels();
      if (window.plannerRegisterWorker) window.plannerRegisterWorker();
    },
    onAbort: function (what) {
      plannerPage.showMessage("The planner stopped",
        "An internal error stopped the app (" + what + "). Your last edits are saved in this browser: reload to continue.",
        true);
    }
  };
  loadScript("planner.js").catch(failed);
}

// ---- Which program ------------------------------------------------------------

if (typeof WebAssembly != "object") {
  plannerPage.showMessage("WebAssembly is not available", "This planner runs as WebAssembly. Open it in a current " +
    "Chrome, Edge, Firefox or Safari.", false);
} else if (plannerReaderPage.route() == "reader") {
  startReader();
} else {
  startEditor(false);
}

// Offline use after the first visit (see sw.js). Not over file://. The
// worker precaches the whole site, the editor included: on a phone that is
// what makes "Edit this plan" quick later, in the background.
if (typeof WebAssembly == "object" && "serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
  var hadController = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (hadController) document.getElementById("update").style.display = "block";
    hadController = true;
  });
  // Registered once the first program has arrived, not at "load": the
  // worker's precache downloads the site again, and on a slow network that
  // must not share the line with the first download.
  var workerRegistered = false;
  window.plannerRegisterWorker = function () {
    if (workerRegistered) return;
    workerRegistered = true;
    navigator.serviceWorker.register("sw.js").catch(function (error) {
      console.warn("offline use unavailable: " + error.message);
    });
  };
}
})();
