import { startServer, launchBrowser, newDevice } from "./harness.mjs";
import fs from "fs";
const server = await startServer();
const browser = await launchBrowser();
for (let i = 0; i < 4; i++) {
  const { page, context } = await newDevice(browser);
  await page.addInitScript(() => {
    window.__m = {};
    new MutationObserver(() => {
      const b = document.querySelector("button[data-face=happy]");
      if (b && !window.__m.face) { window.__m.face = performance.now(); performance.mark("face"); }
      if (b && b.classList.contains("selected") && !window.__m.sel) { window.__m.sel = performance.now(); performance.mark("sel"); }
    }).observe(document, { subtree: true, childList: true, attributes: true });
    document.addEventListener("click", () => { performance.mark("click"); }, true);
  });
  if (i == 3) await browser.startTracing(page, { path: "/tmp/wa/trace.json", categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "blink.user_timing", "toplevel"] });
  const start = Date.now();
  await page.goto(`${server.url}/rate/cd-al-barsha-qr`);
  const gotoDone = Date.now() - start;
  await page.click("button[data-face=happy]", { timeout: 30000 });
  await page.waitForSelector("button[data-face=happy].selected");
  const ms = Date.now() - start;
  if (i == 3) await browser.stopTracing();
  console.log(ms, "goto resolved at", gotoDone, JSON.stringify(await page.evaluate(() => window.__m)));
  await context.close();
}
await browser.close();
server.proc.kill();
