// loader.js — the page's own script (was inline in shell.html; a file, so the
// Content-Security-Policy needs no 'unsafe-inline'). Sections: the page API
// the app calls (shell/web/canvas.cpp); the buttons of the page; keys while
// the reader shows; the WebGL2 check; the wasm download with progress and
// the error messages; the service worker.
// It runs before planner.js: its key listener must come before GLFW's.
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
  }
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
var plannerCanStart = typeof WebAssembly == "object" && hasWebGL2();
if (!plannerCanStart) {
  plannerPage.showMessage(typeof WebAssembly == "object" ? "WebGL2 is not available" : "WebAssembly is not available",
    "This planner draws with WebGL2 and runs as WebAssembly. Open it in a current Chrome, Edge, Firefox " +
    "or Safari, with hardware acceleration (graphics) turned on in the browser's settings.", false);
}

function formatMB(bytes) { return (bytes / 1048576).toFixed(1) + " MB"; }

// The wasm's size, stamped into the page by the build: a host that gzips
// gives the compressed size as Content-Length, while the download below
// counts the bytes after decompression.
var plannerWasmBytes =
  Number((document.querySelector('meta[name="planner-wasm-bytes"]') || {}).content) || 0;
// The download starts now, beside planner.js, not after it.
var plannerWasm = plannerCanStart ? fetch("planner.wasm", { credentials: "same-origin" }) : null;
if (plannerWasm) plannerWasm.catch(function () {});  // reported by instantiateWasm, not as "unhandled"

var Module = {
  canvas: document.getElementById("canvas"),
  print: function (text) { console.log(text); },
  printErr: function (text) { console.warn(text); },
  // Downloads the wasm with a progress bar and compiles it while it
  // arrives, then hands it to Emscripten. Where WebGL2 is missing nothing is
  // downloaded and the message stays.
  instantiateWasm: function (imports, receiveInstance) {
    if (!plannerCanStart) return {};
    plannerWasm.then(function (response) {
      if (!response.ok) throw new Error("the server answered " + response.status + " for planner.wasm");
      var total = plannerWasmBytes || Number(response.headers.get("Content-Length")) || 0;
      var reader = response.body.getReader();
      var loaded = 0;
      function progress(step) {
        loaded += step.value.length;
        plannerPage.setProgress(total ? loaded / total : 0.5,
          "Loading " + formatMB(loaded) + (total ? " of " + formatMB(total) : "") + "…");
      }
      if (WebAssembly.instantiateStreaming) {
        var counted = new ReadableStream({
          pull: function (controller) {
            return reader.read().then(function (step) {
              if (step.done) { plannerPage.setProgress(1, "Starting…"); controller.close(); return; }
              progress(step);
              controller.enqueue(step.value);
            });
          }
        });
        return WebAssembly.instantiateStreaming(
          new Response(counted, { headers: { "Content-Type": "application/wasm" } }), imports);
      }
      var chunks = [];
      function pump() {
        return reader.read().then(function (step) {
          if (step.done) return;
          chunks.push(step.value);
          progress(step);
          return pump();
        });
      }
      return pump().then(function () {
        var bytes = new Uint8Array(loaded), at = 0;
        chunks.forEach(function (c) { bytes.set(c, at); at += c.length; });
        plannerPage.setProgress(1, "Starting…");
        return WebAssembly.instantiate(bytes, imports);
      });
    }).then(function (result) {
      receiveInstance(result.instance, result.module);
    }).catch(function (error) {
      plannerPage.showMessage("The planner could not be loaded",
        "Downloading or starting the app failed (" + error.message + "). Check the connection and reload.", true);
    });
    return {};
  },
  onRuntimeInitialized: function () {
    if (window.plannerRegisterWorker) window.plannerRegisterWorker();
  },
  onAbort: function (what) {
    plannerPage.showMessage("The planner stopped",
      "An internal error stopped the app (" + what + "). Your last edits are saved in this browser: reload to continue.",
      true);
  }
};

// Offline use after the first visit (see sw.js). Not over file://, and not
// where the app cannot run (no point caching 1.5 MB it cannot use).
if (plannerCanStart && "serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
  var hadController = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (hadController) document.getElementById("update").style.display = "block";
    hadController = true;
  });
  // Registered once the wasm has arrived (Module.onRuntimeInitialized), not
  // at "load": the worker's precache downloads the site again, and on a slow
  // network that must not share the line with the first download.
  window.plannerRegisterWorker = function () {
    navigator.serviceWorker.register("sw.js").catch(function (error) {
      console.warn("offline use unavailable: " + error.message);
    });
  };
}
