// A centre's link in its first seconds, in headless Chromium against the
// real demo server: the server draws the faces itself (rating_page), so a
// rating is made and kept before the app's files have arrived; the app,
// once it is there, takes the page and the rating over. Functional only:
// the times are measured by measure-open.mjs, not asserted here.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, newDevice, screenshot, supervisor, waitFor, axe, sideways, shots } from "./harness.mjs";

const LINK = "/rate/cd-al-barsha-qr";
let server, browser, sup;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  sup = await supervisor(server.url);
  console.log(`screenshots: ${shots}`);
});

after(async () => {
  await browser?.close();
  server?.proc.kill();
});

/** Holds the app's script back until `release` is called: the page is on its own
 * (in a browser without service workers, whose copies would not wait). */
async function holdTheApp(page) {
  let release;
  const released = new Promise((ok) => { release = ok; });
  await page.route(/\/mystery-shopper-[0-9a-f]{16}\.js$/, async (route) => { await released; await route.continue(); });
  return release;
}

/** The ratings the page keeps on the device, as it keeps them. */
const kept = (page) => page.evaluate(() => JSON.parse(localStorage.getItem("mystery-shopper-quick") || "[]"));

/** How many times the server holds the evaluation `id` (0 or 1: a list by id). */
async function onServer(id) {
  const r = await sup.get(`/evaluations/${id}`);
  return r.status === 200 ? 1 : 0;
}

test("a rating made before the app has arrived is kept, sent once, and is the one the outbox shows", async () => {
  const before = (await sup.evaluations()).total;
  const { page, context, errors } = await newDevice(browser, { serviceWorkers: "block" });
  const release = await holdTheApp(page);
  await page.goto(`${server.url}${LINK}`);
  await page.click("#quick button[data-face=happy]");
  assert.equal(await page.getAttribute("#quick button[data-face=happy]", "aria-pressed"), "true");
  const [draft] = await kept(page);
  assert.equal(draft.state, "draft", "the tap is kept at once");
  await page.click("#quick button[data-action=submit]");
  await page.waitForSelector("#quick .upload-state[data-state=sent]");
  const id = (await kept(page))[0].evaluation.id;
  assert.equal(await onServer(id), 1);
  assert.equal(await page.$("#main .rate"), null, "all of this before the app");
  await axe(page, "the server's rating page, its thanks");
  // The app arrives and takes over: the thanks stay, the page's own markup goes.
  release();
  await page.waitForSelector("#quick", { state: "detached", timeout: 60000 });
  await page.waitForSelector("#main .confirmation .upload-state[data-state=sent]");
  await page.click(".outbox-badge");
  await page.waitForSelector(`.outbox-entry[data-id="${id}"] [data-state=uploaded]`);
  assert.equal(await page.$$eval(".outbox-entry", (e) => e.length), 1, "the one rating, once");
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal((await sup.evaluations()).total, before + 1, "stored once, though the page and the app both had it");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a rating sent and the tab closed at once arrives; one the network lost arrives when the link opens again", async () => {
  const { page, context } = await newDevice(browser, { serviceWorkers: "block" });
  await holdTheApp(page);
  await page.goto(`${server.url}${LINK}`);
  await page.click("#quick button[data-face=happy]");
  const first = (await kept(page))[0].evaluation.id;
  await page.click("#quick button[data-action=submit]");
  await page.close({ runBeforeUnload: false });
  await waitFor(async () => (await onServer(first)) === 1, "the rating sent as the tab closed");

  // The network fails the upload; the tab is closed; the link opened again sends it.
  const again = await context.newPage();
  await holdTheApp(again);
  await again.route(/\/api\/v1\/evaluations\//, (route) => route.abort("internetdisconnected"));
  await again.goto(`${server.url}${LINK}`);
  await again.click("#quick button[data-face=unhappy]");
  await again.click("#quick #item-reasons button[data-option=fees]");
  await again.click("#quick button[data-action=submit]");
  await again.waitForSelector("#quick .upload-state[data-state=saved]");
  const second = (await kept(again)).find((e) => e.evaluation.id !== first).evaluation.id;
  await again.close();
  assert.equal(await onServer(second), 0, "not sent yet");
  const third = await context.newPage();
  await holdTheApp(third);
  await third.goto(`${server.url}${LINK}`);
  await waitFor(async () => (await onServer(second)) === 1, "the kept rating to arrive when the link opened again");
  const ev = (await sup.evaluation(second)).evaluation;
  assert.deepEqual([ev.answers.face.value.value, ev.answers.reasons.value.value], ["unhappy", ["fees"]]);
  await waitFor(async () => (await kept(third)).find((e) => e.evaluation.id === second)?.state === "sent", "the page to know it was sent");
  await context.close();
});

test("a link opened once opens again offline from the page kept, and its rating arrives once back online", async () => {
  const { page, context, errors } = await newDevice(browser);
  await page.goto(`${server.url}${LINK}`);
  await page.waitForSelector("#quick button[data-face=happy]");
  // Kept by the page and the worker within a few seconds of the faces.
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  const link = `${server.url}${LINK}`;
  await waitFor(async () => page.evaluate(async (url) => !!(await caches.match(url, { ignoreVary: true })), link), "the page to be kept", 3000);
  await page.waitForSelector("#quick", { state: "detached", timeout: 60000 });
  await context.setOffline(true);
  const res = await page.goto(`${server.url}${LINK}`);
  assert.ok(res && res.fromServiceWorker(), "the page came from the service worker");
  await page.waitForSelector("button[data-face=neutral]");
  await page.click("button[data-face=neutral]");
  await page.click("#item-reasons button.choice >> nth=1");
  await page.click("button[data-action=submit]");
  await page.waitForSelector(".upload-state[data-state=saved]", { timeout: 30000 });
  await screenshot(page, "first-seconds-offline-saved-en-390");
  const id = await waitFor(async () => {
    const list = await kept(page);
    return list.find((e) => e.state !== "draft")?.evaluation.id;
  }, "the rating kept on the device");
  const before = (await sup.evaluations()).total;
  await context.setOffline(false);
  await page.waitForSelector(".upload-state[data-state=sent]", { timeout: 60000 });
  await waitFor(async () => (await sup.evaluations()).total === before + 1, "the rating to arrive");
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal((await sup.evaluations()).total, before + 1, "once");
  assert.equal(await onServer(id), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a link opened once opens from the page kept when the connection is up but carries nothing, and its rating arrives once", async () => {
  const { page, context, errors } = await newDevice(browser);
  const link = `${server.url}${LINK}`;
  await page.goto(link);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await waitFor(async () => page.evaluate(async (url) => !!(await caches.match(url, { ignoreVary: true })), link), "the page to be kept", 3000);
  const before = (await sup.evaluations()).total;
  // The server paused: connections are taken, and nothing comes back.
  server.proc.kill("SIGSTOP");
  let id;
  try {
    const res = await page.goto(link, { timeout: 15000 });
    assert.ok(res && res.fromServiceWorker(), "the kept page, not a blank one waiting for the network");
    await page.click("button[data-face=happy]", { timeout: 5000 });
    await page.click("button[data-action=submit]", { timeout: 5000 });
    await page.waitForSelector(".upload-state[data-state=saved]", { timeout: 10000 });
    id = (await kept(page)).find((e) => e.state === "queued")?.evaluation.id;
    assert.ok(id, "kept on the device while the network carried nothing");
  } finally {
    server.proc.kill("SIGCONT");
  }
  await waitFor(async () => (await onServer(id)) === 1, "the rating to arrive once the network carried again");
  await page.waitForSelector(".upload-state[data-state=sent]", { timeout: 60000 });
  assert.equal((await sup.evaluations()).total, before + 1, "once");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the unhappy path with its reasons, in Arabic, right to left, before the app", async () => {
  for (const width of [360, 1440]) {
    const { page, context, errors } = await newDevice(browser, { locale: "ar", width, height: 900, serviceWorkers: "block" });
    await holdTheApp(page);
    await page.goto(`${server.url}${LINK}`);
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ["ar", "rtl"]);
    assert.ok(!(await sideways(page)), `no sideways scrolling at ${width}`);
    await axe(page, `the server's rating page in Arabic at ${width}`);
    await screenshot(page, `first-seconds-faces-ar-${width}`);
    await page.click("#quick button[data-face=unhappy]");
    await page.waitForSelector("#quick #item-reasons:not([hidden])");
    assert.ok(await page.isDisabled("#quick button[data-action=submit]"), "a reason first");
    await page.click("#quick #item-reasons button[data-option=waiting-time]");
    await axe(page, `the reasons in Arabic at ${width}`);
    await screenshot(page, `first-seconds-reasons-ar-${width}`);
    await page.click("#quick button[data-action=submit]");
    await page.waitForSelector("#quick .upload-state[data-state=sent]");
    await screenshot(page, `first-seconds-thanks-ar-${width}`);
    const id = (await kept(page))[0].evaluation.id;
    const ev = (await sup.evaluation(id)).evaluation;
    assert.deepEqual([ev.locale, ev.answers.face.value.value, ev.answers.reasons.value.value], ["ar", "unhappy", ["waiting-time"]]);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("an exit kiosk's faces come with its page too, send with its key, and come back after each rating", async () => {
  const { page, context, errors } = await newDevice(browser, { width: 1024, height: 768, serviceWorkers: "block" });
  const release = await holdTheApp(page);
  const keys = [];
  page.on("request", (r) => { if (r.method() === "PUT" && r.url().includes("/api/v1/evaluations/")) keys.push(r.headers()["x-kiosk-key"]); });
  await page.goto(`${server.url}/kiosk/cd-al-barsha-qr?key=demo-kiosk-al-barsha`);
  assert.equal(await page.$("#quick .topbar"), null, "no way out of a kiosk's faces");
  await axe(page, "the server's kiosk page");
  await screenshot(page, "first-seconds-kiosk-en-1024");
  await page.click("#quick .kiosk button[data-face=happy]");
  await page.click("#quick button[data-action=submit]");
  await page.waitForSelector("#quick .upload-state[data-state=sent]");
  assert.deepEqual(keys, ["demo-kiosk-al-barsha"]);
  const id = (await kept(page))[0].evaluation.id;
  assert.equal(await onServer(id), 1);
  // The next visitor's faces, a few seconds later, and nothing resumed.
  await page.waitForSelector("#quick .kiosk button[data-face=happy]:not(.selected)", { timeout: 15000 });
  release();
  await page.waitForSelector("#quick", { state: "detached", timeout: 60000 });
  await page.waitForSelector("#main .kiosk button[data-face=happy]");
  assert.deepEqual(errors, []);
  await context.close();
});
