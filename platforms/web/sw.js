// The web app's service worker: keeps the app's own files (the page, its
// script with its snippets, its wasm) so that a link opened
// once opens again without a connection, and the pages of centres' links as
// the server drew them (their faces; "ms-pages", which the page itself fills
// too, before this worker runs). Never the API: evaluations go through the
// app's own outbox, and the server's answers are never cached.
// build.sh fills in the version and the list of files.
const VERSION = "__VERSION__";
const CACHE = `mystery-shopper-${VERSION}`;
const FILES = __FILES__;
const PAGES = "ms-pages";

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    Promise.all([
      // The browser asks for a page while this worker is still starting.
      self.registration.navigationPreload ? self.registration.navigationPreload.enable() : null,
      caches.keys()
        .then((names) => Promise.all(names.filter((n) => n.startsWith("mystery-shopper-") && n !== CACHE).map((n) => caches.delete(n)))),
    ]).then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || url.pathname.startsWith("/api/") || url.pathname === "/healthz") {
    return;
  }
  // Every page of the app is the same page: a centre's link, a visit, the inbox.
  // A centre's link is a page of its own, kept each time it opens.
  if (request.mode === "navigate") {
    const link = url.pathname.startsWith("/rate/");
    event.respondWith(
      Promise.resolve(event.preloadResponse)
        .then((preloaded) => preloaded || fetch(request))
        .then((response) => {
          if (link && response.ok) {
            const copy = response.clone();
            event.waitUntil(caches.open(PAGES).then((cache) => cache.put(request.url, copy)));
          }
          return response;
        })
        .catch(() => (link ? caches.open(PAGES).then((cache) => cache.match(request.url, { ignoreVary: true })) : Promise.resolve(null))
          .then((kept) => kept || caches.open(CACHE).then((cache) => cache.match("/index.html")))),
    );
    return;
  }
  // The app's files never change under a name (their names carry a hash): the cached copy first.
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request).then((hit) => hit || fetch(request))),
  );
});
