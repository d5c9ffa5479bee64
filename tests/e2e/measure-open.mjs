// Figures for the web build: time from opening a centre's link (as its QR code
// would, in a fresh browser profile) to the face screen answering a tap; and
// the same on a repeat visit, when the service worker serves the app's files
// and the device has kept its store from the first.
// `node measure-open.mjs [loads] [round-trip ms]` prints every load and the
// medians; with a round trip, the page's requests wait that long (a phone
// network). Chromium applies it to the page only: what the service worker
// fetches itself is not slowed, so repeat visits at a round trip flatter
// a worker that fetches pages itself over one using navigation preload.
import { startServer, launchBrowser, newDevice } from "./harness.mjs";

const loads = Number(process.argv[2] || 7);
const rtt = Number(process.argv[3] || 0);
const server = await startServer();
const browser = await launchBrowser();
const times = [];
const repeats = [];
for (let i = 0; i < loads; i++) {
  const { page, context } = await newDevice(browser);
  if (rtt > 0) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: rtt, downloadThroughput: -1, uploadThroughput: -1 });
  }
  const start = Date.now();
  await page.goto(`${server.url}/rate/cd-al-barsha-qr`);
  await page.click("button[data-face=happy]", { timeout: 30000 });
  await page.waitForSelector("button[data-face=happy].selected");
  const ms = Date.now() - start;
  times.push(ms);
  // A repeat visit: the service worker has the app's files, and the device
  // kept its store (the tap is saved within a tenth of a second).
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.waitForFunction(() => Number(document.documentElement.dataset.storeSaved || 0) >= 1);
  const again = Date.now();
  await page.goto(`${server.url}/rate/cd-al-barsha-qr`);
  await page.click("button[data-face=happy]", { timeout: 30000 });
  await page.waitForSelector("button[data-face=happy].selected");
  repeats.push(Date.now() - again);
  console.log(`load ${i + 1}: ${ms} ms fresh, ${repeats[repeats.length - 1]} ms repeat`);
  await context.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${rtt > 0 ? `round trip ${rtt} ms: ` : ""}median of ${loads} loads: ${median(times)} ms in a fresh profile (target <= 400 ms), ${median(repeats)} ms on a repeat visit (target <= 150 ms)`);
await browser.close();
server.proc.kill();
