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
// How long a centre's link waits for the network before its kept page: a
// slow phone network answers well within it (about 0.5 s on slow 4G).
const LINK_WAIT_MS = 1000;

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
  if (request.mode === "navigate") {
    const fresh = Promise.resolve(event.preloadResponse).then((preloaded) => preloaded || fetch(request));
    const app = () => caches.open(CACHE).then((cache) => cache.match("/index.html"));
    if (!/^\/(rate|kiosk)\//.test(url.pathname)) {
      event.respondWith(fresh.catch(() => app()));
      return;
    }
    // A centre's link (or its kiosk's) is a page of its own, kept each time
    // it opens. The network's copy when it comes soon; the kept one when the
    // network fails, or has not answered within LINK_WAIT_MS (a connection
    // that is up but carries nothing), while the network's copy is still
    // kept for the next time.
    const kept = caches.open(PAGES).then((cache) => cache.match(request.url, { ignoreVary: true }));
    const network = fresh.then((response) => {
      if (response.ok) {
        const copy = response.clone();
        event.waitUntil(caches.open(PAGES).then((cache) => cache.put(request.url, copy)));
      }
      return response;
    });
    // The worker stays until the network has answered, whichever copy is shown.
    event.waitUntil(network.catch(() => null));
    const late = kept.then((copy) => copy && new Promise((ok) => setTimeout(() => ok(copy), LINK_WAIT_MS)));
    event.respondWith(
      Promise.race([network, late.then((copy) => copy || network)])
        .then((response) => (response.ok ? response : kept.then((copy) => copy || response)))
        .catch(() => kept.then((copy) => copy || app())),
    );
    return;
  }
  // The app's files never change under a name (their names carry a hash): the cached copy first.
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request).then((hit) => hit || fetch(request))),
  );
});
