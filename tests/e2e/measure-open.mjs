// Figure for the web build: time from opening a centre's link (as its QR code
// would, in a fresh browser profile) to the face screen answering a tap.
// `node measure-open.mjs [loads]` prints every load and the median.
import { startServer, launchBrowser, newDevice } from "./harness.mjs";

const loads = Number(process.argv[2] || 7);
const server = await startServer();
const browser = await launchBrowser();
const times = [];
for (let i = 0; i < loads; i++) {
  const { page, context } = await newDevice(browser);
  const start = Date.now();
  await page.goto(`${server.url}/rate/cd-al-barsha-qr`);
  await page.click("button[data-face=happy]", { timeout: 30000 });
  await page.waitForSelector("button[data-face=happy].selected");
  const ms = Date.now() - start;
  times.push(ms);
  console.log(`load ${i + 1}: ${ms} ms`);
  await context.close();
}
times.sort((a, b) => a - b);
console.log(`median of ${loads} loads: ${times[Math.floor(times.length / 2)]} ms (target <= 1000 ms)`);
await browser.close();
server.proc.kill();
