// sw.js — the service worker that makes the planner open without a network
// after the first visit.
//
// It precaches the whole site (page, scripts, the reader module and the
// editor, manifest, icons; the fonts are inside the editor's wasm) under a cache named after the site's version. The build
// stamps VERSION with a hash of the files, so a new build is a byte-different
// sw.js: the browser installs it, it caches the new files, and on activation
// the old caches are deleted. Requests are answered from the cache first (the
// files of one version never change), falling back to the network.
const VERSION = "@SITE_VERSION@";
const CACHE = "planner-" + VERSION;
const FILES = ["./", "index.html", "reader_page.js", "loader.js", "reader.js", "reader.wasm", "planner.js",
               "planner.wasm", "manifest.webmanifest", "icon.svg", "icon-192.png", "icon-512.png",
               // The tools worker and module (import, paste, workbook): fetched here, in the
               // background after the first visit, never as part of a route's first download.
               "tools_worker.js", "tools.js", "tools.wasm"];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      // cache: "reload" skips the HTTP cache, so the new version's files are fetched fresh.
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, {cache: "reload"}))))
      .then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("planner-") && k !== CACHE)
                                      .map((k) => caches.delete(k))))
      .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // The page's URL may carry a query; the link itself lives in the fragment,
    // which never reaches here.
    let hit = await cache.match(request, {ignoreSearch: true});
    if (!hit && request.mode === "navigate") hit = await cache.match("./");
    return hit || fetch(request);
  })());
});
