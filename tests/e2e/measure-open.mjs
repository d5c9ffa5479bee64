// Figures for the web build against the product's goal for a citizen's first
// seconds: time from opening a centre's link (as its QR code would, in a fresh
// browser profile) to the face screen answering a tap; the bytes transferred
// before the faces answered; the repeat visit, once the device has kept its
// store; and the link opened again with no connection once its page is kept
// (the server draws the faces itself: crates/server/src/rating_page).
//
// Usage: node measure-open.mjs [--profile loopback|slow4g|all] [--loads N] [--floor] [--link PATH]
//   (old form `node measure-open.mjs [loads] [round-trip ms]` still works:
//   a round trip gives a profile with that latency and no bandwidth limit).
// Profiles: loopback (no throttling); slow4g (400 ms round trip, 2 Mbit/s
// down, 0.75 Mbit/s up, via CDP Network.emulateNetworkConditions).
//
// What is throttled: the conditions are set on the page's CDP session, so
// the page's own requests (the navigation, script, wasm, API calls) are
// slowed. The service worker is a separate target: its own fetches (the
// install's cache.addAll, and pass-through fetches it makes on the page's
// behalf) are NOT slowed and NOT counted in the bytes, which is why the
// bytes figure is taken on a fresh profile, before any worker is in control.
// Requests answered by the worker from its cache show as fromServiceWorker
// and are not counted (nothing crossed the network for them).
// Bytes: encodedDataLength of Network.loadingFinished, plus Network.dataReceived
// for requests still in flight, up to the moment the face first took a tap.
// Two clocks: the harness's (from page.goto to the tapped face showing its
// selection: it includes Playwright's own round trips and actionability
// checks, about 200 ms here, which `--floor` shows on a page of one button),
// and the page's own (navigation start to the faces drawn, by the browser's
// Element Timing of the face labels: the page's script is inline before its
// markup, so a face answers a tap from the moment it is drawn).
// Not part of `npm test`.
import { startServer, launchBrowser, newDevice } from "./harness.mjs";

const argv = process.argv.slice(2);
const opt = (name) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : undefined; };
const positional = argv.filter((a, i) => !a.startsWith("--") && !(i > 0 && argv[i - 1].startsWith("--")));
const loads = Number(opt("loads") || positional[0] || 7);
const rtt = Number(positional[1] || 0);
const PROFILES = {
  loopback: null,
  slow4g: { offline: false, latency: 400, downloadThroughput: 250000, uploadThroughput: 93750 },
};
if (rtt > 0) PROFILES[`rtt${rtt}`] = { offline: false, latency: rtt, downloadThroughput: -1, uploadThroughput: -1 };
const chosen = opt("profile") || (rtt > 0 ? `rtt${rtt}` : "loopback");
const names = chosen === "all" ? ["loopback", "slow4g"] : [chosen];
const floor = argv.includes("--floor");
const GOAL = { loopback: { fresh: 250, repeat: 120 }, slow4g: { fresh: 1500, bytes: 120 * 1024 } };
// `--link /kiosk/cd-al-barsha-qr?key=demo-kiosk-al-barsha` measures the exit kiosk's page instead.
const LINK = opt("link") || "/rate/cd-al-barsha-qr";
// Element Timing for the faces, set as the parser inserts them (the page is
// not changed): the browser then reports when they were first painted.
const WATCH_FACES = () => {
  window.__facesDrawn = new Promise((ok) => {
    new PerformanceObserver((list) => {
      const e = list.getEntries().find((x) => x.identifier === "faces");
      if (e) ok(e.renderTime || e.loadTime);
    }).observe({ type: "element", buffered: true });
  });
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType === 1 && n.matches(".face-label")) n.setAttribute("elementtiming", "faces");
    }
  }).observe(document, { childList: true, subtree: true });
};
const facesDrawn = (page) => page.evaluate(() => Promise.race([window.__facesDrawn,
  new Promise((ok) => setTimeout(() => ok(null), 2000))]).then((t) => (t == null ? null : Math.round(t))));

const server = await startServer();
const browser = await launchBrowser();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs) => `median ${median(xs)}, min ${Math.min(...xs)}, max ${Math.max(...xs)}`;
const kib = (b) => Math.round(b / 1024);

async function tapFace(page) {
  await page.click("button[data-face=happy]", { timeout: 60000 });
  await page.waitForSelector("button[data-face=happy].selected", { timeout: 60000 });
}
const storeSaved = (page) => page.evaluate(() => Number(document.documentElement.dataset.storeSaved || 0));

// The harness's own cost: a page of one button, opened and tapped the same way.
if (floor) {
  const xs = [];
  const one = "data:text/html,<!doctype html><meta name=viewport content='width=device-width'><button data-face=happy onclick=\"this.classList.add('selected')\">Happy</button>";
  for (let i = 0; i < loads; i++) {
    const { page, context } = await newDevice(browser);
    const start = Date.now();
    await page.goto(one, { waitUntil: "commit" });
    await tapFace(page);
    xs.push(Date.now() - start);
    await context.close();
  }
  console.log(`floor (a page of one button, the harness's clock): ${spread(xs)} ms`);
}
for (const name of names) {
  if (!(name in PROFILES)) throw new Error(`unknown profile ${name}`);
  const conditions = PROFILES[name];
  const r = { fresh: [], drawn: [], drawnAgain: [], bytes: [], repeat: [], cached: [], offFaces: 0, offSaved: 0, offConfirm: 0, notes: [] };
  for (let i = 0; i < loads; i++) {
    const { page, context } = await newDevice(browser);
    await page.addInitScript(WATCH_FACES);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    if (conditions) await cdp.send("Network.emulateNetworkConditions", conditions);
    let done = 0; const inflight = new Map(); const fromSw = new Set(); let counting = true;
    cdp.on("Network.responseReceived", (e) => { if (e.response.fromServiceWorker) fromSw.add(e.requestId); });
    cdp.on("Network.dataReceived", (e) => { if (counting) inflight.set(e.requestId, (inflight.get(e.requestId) || 0) + e.encodedDataLength); });
    cdp.on("Network.loadingFinished", (e) => {
      if (!counting) return;
      inflight.delete(e.requestId);
      if (!fromSw.has(e.requestId)) done += e.encodedDataLength;
    });
    const start = Date.now();
    // From the navigation on, the tap waits for a face that answers it (not for the page's load event).
    await page.goto(`${server.url}${LINK}`, { timeout: 120000, waitUntil: "commit" });
    await page.click("button[data-face=happy]", { timeout: 60000 });
    counting = false;
    const bytes = done + [...inflight.entries()].filter(([id]) => !fromSw.has(id)).reduce((s, [, n]) => s + n, 0);
    await page.waitForSelector("button[data-face=happy].selected");
    const ms = Date.now() - start;
    r.fresh.push(ms); r.bytes.push(bytes);
    const drawn = await facesDrawn(page);
    if (drawn != null) r.drawn.push(drawn); else r.notes.push(`load ${i + 1}: no element timing for the faces`);
    // The link's page is kept (by the page itself and the worker) and the
    // worker is active: the link opens offline from here on.
    const t0 = Date.now();
    const cached = await page.evaluate(async (link) => {
      const deadline = Date.now() + 3000;
      for (;;) {
        const reg = await navigator.serviceWorker.getRegistration();
        if (reg && reg.active && (await caches.match(link, { ignoreVary: true }))) return true;
        if (Date.now() > deadline) return false;
        await new Promise((ok) => setTimeout(ok, 50));
      }
    }, `${server.url}${LINK}`);
    const cachedMs = Date.now() - t0;
    if (cached) r.cached.push(cachedMs); else r.notes.push(`load ${i + 1}: the link's page not kept within 3 s`);
    // A repeat visit: the device kept its store (the tap is saved at once).
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await page.waitForFunction(() => Number(document.documentElement.dataset.storeSaved || 0) >= 1, null, { timeout: 30000 });
    const again = Date.now();
    await page.goto(`${server.url}${LINK}`, { timeout: 120000, waitUntil: "commit" });
    await tapFace(page);
    const rep = Date.now() - again;
    r.repeat.push(rep);
    const drawnAgain = await facesDrawn(page);
    if (drawnAgain != null) r.drawnAgain.push(drawnAgain);
    // The link opened again with no connection.
    let off = "no faces";
    // The page's emulated network takes precedence over the context's: both go offline.
    await context.setOffline(true);
    if (conditions) await cdp.send("Network.emulateNetworkConditions", { ...conditions, offline: true });
    try {
      await page.goto(`${server.url}${LINK}`, { timeout: 15000 });
      await page.waitForSelector("button[data-face=happy]", { timeout: 15000 });
      r.offFaces++; off = "faces";
      const before = await storeSaved(page);
      await page.click("button[data-face=neutral]", { timeout: 5000 });
      // Kept by the server's page (before the app), or by the app's store.
      await page.waitForFunction((b) => {
        const list = JSON.parse(localStorage.getItem("mystery-shopper-quick") || "[]");
        return list.some((e) => e.evaluation?.answers?.face?.value?.value === "neutral") || Number(document.documentElement.dataset.storeSaved || 0) > b;
      }, before, { timeout: 5000 });
      r.offSaved++; off += ", tap saved on device";
      await page.click("#item-reasons button.choice >> nth=1", { timeout: 5000 });
      await page.click("button[data-action=submit]", { timeout: 5000 });
      await page.waitForSelector(".upload-state[data-state=saved]", { timeout: 5000 });
      r.offConfirm++; off += ", 'saved on this device' shown";
    } catch (e) {
      r.notes.push(`load ${i + 1} offline: stopped after "${off}": ${String(e.message).split("\n")[0]}`);
    }
    console.log(`${name} load ${i + 1}: ${ms} ms fresh (faces drawn at ${drawn} ms), ${kib(bytes)} KiB before faces, ${rep} ms repeat (drawn at ${drawnAgain}), cached ${cached ? `in ${cachedMs} ms` : "not within 3 s"}, offline: ${off}`);
    await context.close();
  }
  const g = GOAL[name] || {};
  const goal = (k, unit) => (g[k] !== undefined ? ` (goal ≤ ${unit === "KB" ? g[k] / 1024 : g[k]} ${unit})` : "");
  console.log(`${name} fresh, faces drawn (the page's clock): ${spread(r.drawn)} ms${goal("fresh", "ms")}`);
  console.log(`${name} fresh, tap answered (the harness's clock): ${spread(r.fresh)} ms`);
  console.log(`${name} bytes before faces: ${spread(r.bytes.map(kib))} KiB${goal("bytes", "KB")}`);
  console.log(`${name} repeat, faces drawn (the page's clock): ${r.drawnAgain.length ? spread(r.drawnAgain) : "none"} ms${goal("repeat", "ms")}`);
  console.log(`${name} repeat, tap answered (the harness's clock): ${spread(r.repeat)} ms`);
  console.log(`${name} link's page kept after first opening: ${r.cached.length ? `${spread(r.cached)} ms` : "never"} (${r.cached.length} of ${loads} within 3 s; goal ≤ 3000 ms)`);
  console.log(`${name} offline reopen: ${r.offFaces} of ${loads} showed the faces, ${r.offSaved} of ${loads} saved the tap on the device, ${r.offConfirm} of ${loads} showed the saved-on-device confirmation`);
  for (const n of r.notes) console.log(`  ${n}`);
}
await browser.close();
server.proc.kill();
