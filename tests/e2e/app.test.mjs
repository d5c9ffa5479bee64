// The web app in headless Chromium against the real server: citizen ratings in
// 2 and 3 taps, a shopper's full visit with a photo, an offline rating uploaded
// exactly once, Arabic right to left, screenshots and accessibility checks.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { startServer, launchBrowser, newDevice, screenshot, supervisor, waitFor, shots } from "./harness.mjs";

let server, browser, sup;
const CENTRE_QR = "cd-al-barsha-qr";

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

/** A centre's link, once the app has taken the server's page over (first-seconds.test.mjs tests the page on its own). */
async function openCentreLink(page) {
  await page.goto(`${server.url}/rate/${CENTRE_QR}`);
  await page.waitForSelector("#main button[data-face=happy]", { timeout: 30000 });
}

async function uploadState(page) {
  return page.getAttribute(".confirmation [data-state]", "data-state");
}

/** How many store changes the snapshot in IndexedDB holds (-1 before the first). */
async function storeSaved(page) {
  const n = await page.getAttribute("html", "data-store-saved");
  return n === null ? -1 : Number(n);
}

async function topbarHeight(page) {
  return (await page.locator(".topbar").boundingBox()).height;
}

async function axe(page, screen) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`), [], `axe on ${screen}`);
}

test("citizen rates a happy visit from the centre link in 2 taps", async () => {
  const before = (await sup.evaluations()).total;
  const { page, context, errors } = await newDevice(browser);
  // The page itself asks for the catalogue and checklists, once each, and
  // the app takes those answers rather than asking again.
  const asked = [];
  page.on("request", (r) => { if (/\/api\/v1\/(catalogue|templates)$/.test(r.url())) asked.push(new URL(r.url()).pathname); });
  await openCentreLink(page);
  await page.click("button[data-face=happy]");
  await page.click("button[data-action=submit]");
  await waitFor(async () => (await uploadState(page)) === "sent", "the rating to be sent");
  assert.deepEqual(asked.sort(), ["/api/v1/catalogue", "/api/v1/templates"]);
  const list = await sup.evaluations();
  assert.equal(list.total, before + 1);
  const ev = await sup.evaluation(list.items[0].id);
  assert.equal(ev.evaluation.centre_id, "cd-al-barsha");
  assert.deepEqual(ev.evaluation.answers.face.value, { type: "face", value: "happy" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("citizen rates an unhappy visit in 3 taps, with a reason", async () => {
  const { page, context } = await newDevice(browser);
  await openCentreLink(page);
  await page.click("button[data-face=unhappy]");
  await page.click("#item-reasons button.choice >> nth=0");
  await page.click("button[data-action=submit]");
  await waitFor(async () => (await uploadState(page)) === "sent", "the rating to be sent");
  const list = await sup.evaluations();
  const ev = await sup.evaluation(list.items[0].id);
  assert.deepEqual(ev.evaluation.answers.face.value, { type: "face", value: "unhappy" });
  assert.deepEqual(ev.evaluation.answers.reasons.value, { type: "choices", value: ["waiting-time"] });
  assert.equal(ev.summary.score_percent, 0);
  await context.close();
});

test("a rating made offline is queued and uploaded exactly once when back online", async () => {
  const { page, context } = await newDevice(browser);
  await openCentreLink(page);
  await context.setOffline(true);
  const before = (await sup.evaluations()).total;
  await page.click("button[data-face=neutral]");
  await page.click("#item-reasons button.choice >> nth=1");
  await page.click("button[data-action=submit]");
  await waitFor(async () => (await uploadState(page)) === "saved", "the rating to be saved for later");
  assert.equal((await sup.evaluations()).total, before);
  await screenshot(page, "en-confirmation-offline");
  await context.setOffline(false);
  await waitFor(async () => (await uploadState(page)) === "sent", "the queued rating to be sent", 60000);
  assert.equal((await sup.evaluations()).total, before + 1);
  // "Sent" is final: the outbox holds it as uploaded, which is never sent again.
  await page.click(".outbox-badge");
  await page.waitForSelector(".outbox [data-state=uploaded]");
  assert.equal(await page.$(".outbox [data-state=waiting], .outbox [data-state=retrying], .outbox [data-state=uploading]"), null);
  await context.close();
});

test("a centre's link opened once opens again with no connection, from the service worker's copy", async () => {
  const { page, context, errors } = await newDevice(browser);
  await openCentreLink(page);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  // The catalogue is in the device store, and the browser has kept a snapshot of it.
  await waitFor(async () => (await storeSaved(page)) >= 1, "the catalogue to be saved on the device");
  await context.setOffline(true);
  const before = (await sup.evaluations()).total;
  const res = await page.goto(`${server.url}/rate/${CENTRE_QR}`);
  assert.ok(res && res.fromServiceWorker(), "the page came from the service worker");
  await page.waitForSelector("button[data-face=happy]", { timeout: 30000 });
  await page.click("button[data-face=happy]");
  await page.click("button[data-action=submit]");
  await waitFor(async () => (await uploadState(page)) === "saved", "the rating to be kept for later");
  await context.setOffline(false);
  await waitFor(async () => (await uploadState(page)) === "sent", "the queued rating to be sent", 60000);
  assert.equal((await sup.evaluations()).total, before + 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a face tapped the moment it appears, before a new device's store exists, is kept", async () => {
  const { page, context } = await newDevice(browser);
  // The tap comes in the same task that drew the faces: a new device at a
  // centre's link draws them before it creates its store (app::Root). The
  // face shows as chosen at once, the tap asks for the store, and is saved
  // once the store is there (without that wait this test fails).
  await page.addInitScript(() => {
    const tap = new MutationObserver(() => {
      const face = document.querySelector("button[data-face=neutral]");
      if (face) {
        tap.disconnect();
        face.click();
      }
    });
    tap.observe(document, { subtree: true, childList: true });
  });
  await page.goto(`${server.url}/rate/${CENTRE_QR}`);
  await page.waitForSelector("button[data-face=neutral].selected", { timeout: 30000 });
  await waitFor(async () => (await storeSaved(page)) >= 1, "the tap to be saved in IndexedDB");
  assert.equal(await page.$(".save-alert, [role=alert]"), null, "no error was shown");
  await page.reload();
  await page.waitForSelector("button[data-face=neutral].selected", { timeout: 30000 });
  await context.close();
});

test("a rating left half way resumes from the outbox where it was", async () => {
  const { page, context } = await newDevice(browser);
  await openCentreLink(page);
  await page.click("button[data-face=unhappy]");
  await page.click("#item-reasons button.choice >> nth=3");
  await page.click(".outbox-badge");
  await page.waitForSelector(".outbox [data-state=draft]");
  await page.click(".outbox-entry a.button");
  await page.waitForSelector("button[data-face=unhappy].selected");
  assert.equal(await page.getAttribute("#item-reasons button.choice >> nth=3", "aria-pressed"), "true");
  await page.click("button[data-action=submit]");
  await waitFor(async () => (await uploadState(page)) === "sent", "the resumed rating to be sent");
  await context.close();
});

test("what was typed in the browser survives a reload, and a queued rating is uploaded once", async () => {
  const { page, context } = await newDevice(browser);
  await openCentreLink(page);
  // The server can't be reached, but the page itself still loads.
  await page.route("**/api/v1/evaluations/**", (route) => route.abort("internetdisconnected"));
  const before = (await sup.evaluations()).total;
  await page.click("button[data-face=happy]");
  await page.click("button[data-action=submit]");
  await waitFor(async () => (await uploadState(page)) === "saved", "the rating to wait for the connection");
  // A second rating, half done.
  await page.click("text=" + "Rate another visit");
  // Each tap's changes are made at once; a snapshot counted higher than the
  // one before the tap holds them.
  const beforeFace = await storeSaved(page);
  await page.click("button[data-face=unhappy]");
  await waitFor(async () => (await storeSaved(page)) > beforeFace, "the face to be saved in IndexedDB");
  const beforeReason = await storeSaved(page);
  await page.click("#item-reasons button.choice >> nth=4");
  await waitFor(async () => (await storeSaved(page)) > beforeReason, "the reason to be saved in IndexedDB");
  await page.reload();
  await page.waitForSelector("button[data-face=unhappy].selected", { timeout: 30000 });
  assert.equal(await page.getAttribute("#item-reasons button.choice >> nth=4", "aria-pressed"), "true");
  await page.click(".outbox-badge");
  await page.waitForSelector(".outbox [data-state=draft]");
  assert.ok(await page.$(".outbox [data-state=retrying], .outbox [data-state=waiting]"), "the queued rating is still there");
  await page.unroute("**/api/v1/evaluations/**");
  await waitFor(async () => (await page.$(".outbox [data-state=uploaded]")) !== null, "the queued rating to be uploaded", 60000);
  assert.equal((await sup.evaluations()).total, before + 1);
  assert.equal(await page.$(".outbox [data-state=waiting], .outbox [data-state=retrying], .outbox [data-state=uploading]"), null);
  await context.close();
});

/** Every entry of the browser's copy of the device store: key → first bytes as text. */
async function savedStores(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open("mystery-shopper", 1);
    open.onupgradeneeded = () => open.result.createObjectStore("device-store");
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const out = {};
      const cursor = open.result.transaction("device-store").objectStore("device-store").openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) { open.result.close(); resolve(out); return; }
        out[c.key] = new TextDecoder("latin1").decode(new Uint8Array(c.value).slice(0, 16));
        c.continue();
      };
    };
  }));
}

test("an unreadable copy of the store is set aside once, and the app opens with a new one", async () => {
  const { page, context } = await newDevice(browser);
  await openCentreLink(page);
  await waitFor(async () => (await storeSaved(page)) >= 1, "the catalogue to be saved on the device");
  // The app's page is gone; another page of the same site damages the saved copy.
  await page.goto(`${server.url}/healthz`);
  await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open("mystery-shopper", 1);
    open.onsuccess = () => {
      const tx = open.result.transaction("device-store", "readwrite");
      tx.objectStore("device-store").put(new TextEncoder().encode("not a database at all"), "current");
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }));
  // The app says why in the console, as one line with its reason.
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await openCentreLink(page);
  assert.ok(errors.some((e) => e.includes("the saved store could not be restored error=")), JSON.stringify(errors));
  let saved = await savedStores(page);
  const aside = Object.keys(saved).filter((k) => k.startsWith("unreadable-"));
  assert.equal(aside.length, 1, JSON.stringify(saved));
  assert.equal(saved[aside[0]], "not a database a", "the damaged bytes are kept as they were");
  assert.ok(saved.current.startsWith("SQLite format 3"), `a new store took its place: ${saved.current}`);
  // Opening again finds the new store: nothing more is set aside.
  await openCentreLink(page);
  saved = await savedStores(page);
  assert.deepEqual(Object.keys(saved).filter((k) => k.startsWith("unreadable-")), aside);
  await context.close();
});

test("the exit kiosk of a centre returns to the faces a few seconds after each rating", async () => {
  const { page, context, errors } = await newDevice(browser, { width: 1024, height: 768 });
  const before = (await sup.evaluations()).total;
  await page.goto(`${server.url}/kiosk/${CENTRE_QR}`);
  await page.waitForSelector(".kiosk button[data-face=happy]", { timeout: 30000 });
  await screenshot(page, "en-kiosk");
  await axe(page, "kiosk");
  await page.click("button[data-face=happy]");
  await page.click("button[data-action=submit]");
  await page.waitForSelector(".confirmation");
  await page.waitForSelector(".kiosk button[data-face=happy]:not(.selected)", { timeout: 15000 });
  await waitFor(async () => (await sup.evaluations()).total === before + 1, "the kiosk rating on the server");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a centre link shows its faces while the list of centres downloads, never that the centre is unknown", async () => {
  const { page, context, errors } = await newDevice(browser);
  // Every state the rating screen passes through, as the page sees it.
  await context.addInitScript(() => {
    window.__centreStates = [];
    new MutationObserver(() => {
      const s = document.querySelector("[data-centre-state]")?.getAttribute("data-centre-state");
      if (s && window.__centreStates.at(-1) !== s) window.__centreStates.push(s);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route("**/api/v1/catalogue", async (route) => { await held; await route.continue(); });
  await page.goto(`${server.url}/rate/${CENTRE_QR}`);
  // The server's page has the faces already; the app, still without its list, leaves them be.
  await page.waitForSelector("#quick button[data-face=happy]", { timeout: 30000 });
  await new Promise((r) => setTimeout(r, 2000));
  assert.ok(await page.isVisible("#quick button[data-face=happy]"), "the server's faces stay while the list downloads");
  await screenshot(page, "en-rate-loading");
  release();
  await page.waitForSelector("#main button[data-face=happy]", { timeout: 30000 });
  assert.ok(!(await page.evaluate(() => window.__centreStates)).includes("unknown"), "never unknown");
  // A link to a centre that really is not in the list says so, without blaming the connection.
  await page.goto(`${server.url}/rate/no-such-centre`);
  await page.waitForSelector("[data-centre-state=unknown]", { timeout: 30000 });
  const text = await page.textContent("[data-centre-state=unknown]");
  assert.match(text, /Check the link/);
  assert.doesNotMatch(text, /Connect to the internet/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the top bar stays one bar high at 360 px in every language, and the outbox badge shows what it counts", async () => {
  const { page, context } = await newDevice(browser, { width: 360, height: 740 });
  await openCentreLink(page);
  for (const locale of ["en", "ru", "ar", "ur", "hi", "es", "zh", "fr", "uz", "tl"]) {
    await page.click(".settings-link");
    await page.click(`.languages button[data-locale=${locale}]`);
    await page.waitForSelector(`#app[lang=${locale}]`);
    const h = await topbarHeight(page);
    assert.ok(h <= 64, `top bar ${h} px high in ${locale}`);
    assert.ok(await page.isVisible(".outbox-badge svg.icon"), "the badge's icon is visible");
    assert.ok((await page.getAttribute(".outbox-badge", "title")).length > 3, "the badge's words are there on hover");
  }
  await screenshot(page, "tl-settings-360");
  await context.close();
});

async function answerStage(page) {
  for (const item of await page.$$("fieldset.item")) {
    if (await item.$("input[type=number]")) {
      await (await item.$("input[type=number]")).fill("10");
    } else if (await item.$("[data-face=happy]")) {
      await (await item.$("[data-face=happy]")).click();
    } else {
      const choices = await item.$$(".choices button.choice");
      // Yes, or the best of a scale.
      const best = choices.length >= 5 ? choices[4] : choices[0];
      await best.click();
    }
  }
}

/** From the welcome screen, as the demo shopper. */
async function signInAsShopper(page) {
  await page.goto(server.url);
  await page.click("button[data-role=shopper]");
  await page.fill("input[name=username]", "shopper");
  await page.fill("input[name=password]", "shopper-demo");
  await page.click("button[type=submit]");
}

async function signInAsSupervisor(page, url = server.url) {
  await page.goto(url);
  await page.click("a[data-role=supervisor]");
  await page.fill("input[name=username]", "supervisor");
  await page.fill("input[name=password]", "supervisor-demo");
  await page.click("button[type=submit]");
}

/** Answers every stage of an open visit well, submits it, and waits for the upload. */
async function answerEveryStageAndSubmit(page) {
  for (let stage = 0; stage < 10; stage++) {
    await answerStage(page);
    if (await page.$("button[data-action=review]")) break;
    await page.click("button[data-action=next]");
  }
  await page.click("button[data-action=review]");
  await page.waitForSelector(".summary .ok");
  await page.click("button[data-action=submit]");
  await page.waitForSelector(".outbox");
  await waitFor(async () => (await page.$("[data-state=uploaded]")) !== null, "the visit to be uploaded", 60000);
}

test("a shopper completes a full visit with a photo and it reaches the server", async () => {
  const { page, context, errors } = await newDevice(browser);
  await signInAsShopper(page);
  await page.waitForSelector("button[data-centre=cd-deira]");
  await page.click("button[data-centre=cd-deira]");
  // The chosen centre stands alone; the visit can't start before a service is chosen.
  await page.waitForSelector("[data-chosen-centre=cd-deira]");
  assert.equal(await page.$("button[data-centre]"), null, "the list of centres gives way to the choice");
  assert.ok(await page.isDisabled("button[data-action=start-visit]"), "no visit without a service");
  await page.click("button[data-service] >> nth=0");
  await page.click("button[data-action=start-visit]");
  await page.waitForSelector("button[data-action=check-in]");
  await page.click("button[data-action=check-in]");
  await page.waitForSelector(".checked-in");
  // A camera photo taken sideways (EXIF orientation 6: turn right to view), 390 x 844 as stored by the sensor.
  const photo = withExifOrientation(await page.screenshot({ type: "jpeg", quality: 80 }), 6);
  await page.setInputFiles("fieldset.item input[type=file] >> nth=0", { name: "desk.jpg", mimeType: "image/jpeg", buffer: photo });
  await page.waitForSelector("fieldset.item .thumb img");
  // A large PNG with a transparent corner, beside it: downscaled to 1600 px, white where it was transparent.
  const png = await page.evaluate(async () => {
    const c = new OffscreenCanvas(3200, 2400);
    const ctx = c.getContext("2d");
    ctx.fillStyle = "#1a5c8a";
    ctx.fillRect(400, 400, 2800, 2000);
    return Array.from(new Uint8Array(await (await c.convertToBlob({ type: "image/png" })).arrayBuffer()));
  });
  await page.setInputFiles("fieldset.item input[type=file] >> nth=0", { name: "plan.png", mimeType: "image/png", buffer: Buffer.from(png) });
  await waitFor(async () => (await page.$$("fieldset.item >> nth=0 >> .thumb img")).length === 2, "two thumbnails");
  // A third, shown beside them, then removed again.
  const other = await page.screenshot({ type: "jpeg", quality: 60, clip: { x: 0, y: 0, width: 200, height: 200 } });
  await page.setInputFiles("fieldset.item input[type=file] >> nth=0", { name: "other.jpg", mimeType: "image/jpeg", buffer: other });
  await waitFor(async () => (await page.$$("fieldset.item >> nth=0 >> .thumb img")).length === 3, "three thumbnails");
  await screenshot(page, "en-visit-photos");
  await page.click("fieldset.item >> nth=0 >> .thumb >> nth=2 >> button[data-action=remove-photo]");
  await waitFor(async () => (await page.$$("fieldset.item >> nth=0 >> .thumb")).length === 2, "the third photo removed");
  // Neither a document nor a GIF is taken; the visit goes on.
  await page.setInputFiles("fieldset.item input[type=file] >> nth=0", { name: "a.gif", mimeType: "image/gif", buffer: Buffer.from("GIF89a\x01\x00\x01\x00") });
  await page.waitForSelector("fieldset.item .photo-input .error");
  assert.equal((await page.$$("fieldset.item >> nth=0 >> .thumb")).length, 2);
  await answerEveryStageAndSubmit(page);
  const list = await sup.evaluations();
  const item = list.items.find((i) => i.role === "shopper" && i.centre_id === "cd-deira");
  assert.ok(item, "the visit is on the server");
  assert.equal(item.submitted_by, "shopper");
  const ev = await sup.evaluation(item.id);
  const photos = Object.values(ev.evaluation.answers).flatMap((a) => a.photos || []);
  assert.equal(photos.length, 2);
  const stored = [];
  for (const sha of photos) {
    const res = await sup.photo(sha);
    assert.equal(res.status, 200);
    assert.ok(!jpegMarkers(res.body).includes(0xe1), `no EXIF (APP1) kept, so no place or camera: ${jpegMarkers(res.body).map((m) => m.toString(16))}`);
    stored.push({ size: jpegSize(res.body), corner: await cornerPixel(page, res.body) });
  }
  stored.sort((a, b) => a.size.width - b.size.width);
  assert.deepEqual(stored.map((s) => s.size), [{ width: 844, height: 390 }, { width: 1600, height: 1200 }], "turned upright; the long edge at most 1600");
  assert.ok(stored[1].corner.slice(0, 3).every((c) => c >= 245), `transparent became white: ${stored[1].corner}`);
  // The browser stood at Al Barsha (harness geolocation), some 17 km from the Deira centre.
  assert.ok(Math.abs(ev.evaluation.check_in.latitude - 25.1131) < 1e-6, JSON.stringify(ev.evaluation.check_in));
  assert.equal(ev.evaluation.check_in.inside_geofence, false);
  assert.ok(ev.summary.score_percent > 90, `score ${ev.summary.score_percent}`);
  assert.deepEqual(errors, []);
  await context.close();
});

/** A JPEG with an EXIF block holding only its orientation (1-8), as a phone's camera writes it. */
function withExifOrientation(jpeg, orientation) {
  const tiff = Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0, 0, 0]);
  const body = Buffer.concat([Buffer.from("Exif\0\0", "latin1"), tiff]);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff]), body]);
  return Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
}

/** The markers of a JPEG's header segments, up to the image data. */
function jpegMarkers(jpeg) {
  const out = [];
  for (let i = 2; i + 4 <= jpeg.length && jpeg[i] === 0xff; i += 2 + jpeg.readUInt16BE(i + 2)) {
    out.push(jpeg[i + 1]);
    if (jpeg[i + 1] === 0xda) break;
  }
  return out;
}

/** Width and height from a JPEG's frame header. */
function jpegSize(jpeg) {
  for (let i = 2; i + 9 <= jpeg.length && jpeg[i] === 0xff; i += 2 + jpeg.readUInt16BE(i + 2)) {
    if (jpeg[i + 1] >= 0xc0 && jpeg[i + 1] <= 0xc2) return { width: jpeg.readUInt16BE(i + 7), height: jpeg.readUInt16BE(i + 5) };
  }
  return null;
}

/** The colour of a JPEG's top-left pixels, decoded by the browser. */
async function cornerPixel(page, jpeg) {
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes]));
    const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext("2d");
    ctx.drawImage(bitmap, 0, 0);
    return Array.from(ctx.getImageData(20, 20, 1, 1).data);
  }, jpeg.toString("base64"));
}

/** Evaluations made through the API, as a device would send them (to another server with `opts.url`; a citizen's face with `opts.face`). */
async function apiEvaluation(role, centre, token, opts = {}) {
  const url = opts.url || server.url;
  const face = opts.face || "happy";
  const templates = await (await fetch(`${url}/api/v1/templates`)).json();
  const t = templates.find((x) => x.audience === role);
  const answers = {};
  for (const stage of t.stages) {
    for (const item of stage.items) {
      const kind = item.kind.type;
      if (role === "citizen") {
        if (item.id === "face") answers.face = { value: { type: "face", value: face } };
        if (item.id === "reasons" && face !== "happy") answers.reasons = { value: { type: "choices", value: ["waiting-time"] } };
        continue;
      }
      const value = kind === "yes_no" ? { type: "yes" } : kind === "scale" ? { type: "scale", value: 5 }
        : kind === "face" ? { type: "face", value: "happy" } : { type: "minutes", value: item.kind.target_minutes / 2 };
      answers[item.id] = { value };
    }
  }
  const id = crypto.randomUUID();
  const body = { id, revision: 1, template: { id: t.id, version: t.version }, centre_id: centre, role, locale: "en",
    answers, device_id: `e2e-${id}`, app_version: "e2e", employee: "Desk 9" };
  const headers = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${url}/api/v1/evaluations/${id}`, { method: "PUT", headers, body: JSON.stringify(body) });
  assert.equal(res.status, 201, await res.text());
  return id;
}

test("a supervisor filters the inbox, opens evaluations, approves one and returns a visit with a comment", async () => {
  const shopperToken = (await (await fetch(`${server.url}/api/v1/sessions`, { method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "shopper", password: "shopper-demo" }) })).json()).token;
  const rating = await apiEvaluation("citizen", "cd-al-barsha");
  const visit = await apiEvaluation("shopper", "cd-deira", shopperToken);
  const roads = await apiEvaluation("citizen", "rv-al-quoz");
  const { page, context, errors } = await newDevice(browser, { width: 1440, height: 900 });
  await signInAsSupervisor(page);
  await page.waitForSelector(`.inbox tr[data-id="${visit}"]`);
  assert.equal(await page.$(`.inbox tr[data-id="${roads}"]`), null, "another entity's rating is not shown");
  assert.ok(await page.$(`.inbox tr[data-id="${visit}"] [data-flag=no_location]`), "a visit without a located check-in is flagged");
  assert.equal(await page.$(`.inbox tr[data-id="${rating}"] [data-flag]`), null, "a citizen owes no location");
  await screenshot(page, "en-inbox-1440");
  await axe(page, "en inbox");
  // Filters: nothing approved yet among these.
  await page.click("button[data-status=approved]");
  await waitFor(async () => (await page.$(`.inbox tr[data-id="${rating}"]`)) === null, "the approved filter");
  await page.click("button[data-status=received]");
  await page.waitForSelector(`.inbox tr[data-id="${rating}"]`);
  // One centre only, then all again; sorted by score.
  await page.selectOption("select[data-filter=centre]", "cd-deira");
  await waitFor(async () => (await page.$(`.inbox tr[data-id="${rating}"]`)) === null, "the centre filter");
  assert.ok(await page.$(`.inbox tr[data-id="${visit}"]`), "the Deira visit stays");
  await page.selectOption("select[data-filter=centre]", "");
  await page.waitForSelector(`.inbox tr[data-id="${rating}"]`);
  await page.click("button[data-sort=score]");
  await waitFor(async () => (await page.getAttribute("th:has(button[data-sort=score])", "aria-sort")) === "descending", "sorting by score");
  // The visit: its stages, answers and history; returned with a comment.
  const order = await page.$$eval(".inbox tr[data-id]", (rows) => rows.map((r) => r.dataset.id));
  const hasNext = order.indexOf(visit) < order.length - 1;
  await page.click(`.inbox tr[data-id="${visit}"] a`);
  await page.waitForSelector(".review-detail[data-status=received] .stage-review");
  assert.equal((await page.$("a[data-next][aria-keyshortcuts=n]")) !== null, hasNext, "the inbox's next evaluation is one key away");
  await screenshot(page, "en-review-detail-1440");
  await axe(page, "en review detail");
  assert.ok(await page.isDisabled("button[data-decision=returned]"), "a return needs a comment first");
  await page.fill(".decisions textarea", "The waiting time looks too short; please check the timer.");
  await page.click("button[data-decision=returned]");
  await page.waitForSelector(".review-detail[data-status=returned]");
  assert.match(await page.textContent(".history"), /please check the timer/);
  const returned = await sup.evaluation(visit);
  assert.equal(returned.summary.status, "returned");
  // The shopper sends revision 2 with one answer changed; the supervisor sees
  // what changed against revision 1, and approves it.
  const revised = structuredClone(returned.evaluation);
  revised.revision = 2;
  const changed = Object.keys(revised.answers).find((k) => revised.answers[k].value?.type === "minutes");
  revised.answers[changed] = { value: { type: "minutes", value: revised.answers[changed].value.value + 3 } };
  const put = await fetch(`${server.url}/api/v1/evaluations/${visit}`, { method: "PUT",
    headers: { "content-type": "application/json", authorization: `Bearer ${shopperToken}` }, body: JSON.stringify(revised) });
  assert.equal(put.status, 201, await put.text());
  await page.reload();
  await page.waitForSelector(".review-detail[data-status=received] [data-compared='1']");
  assert.equal((await page.$$(".answer-was[data-changed]")).length, 1, "exactly the changed answer is marked");
  await screenshot(page, "en-review-revision-2");
  await page.click("button[data-decision=approved]");
  await page.waitForSelector(".review-detail[data-status=approved]");
  assert.equal((await sup.evaluation(visit)).summary.revision, 2);
  // Back to the inbox; the rating is approved from its page (a rating can't be returned).
  await page.goto(`${server.url}/review/${rating}`);
  await page.waitForSelector(".review-detail[data-status=received]");
  assert.equal(await page.$("button[data-decision=returned]"), null, "no return for a citizen rating");
  // The "a" key approves, once the page has the keys.
  await page.locator("h1").click();
  await page.keyboard.press("a");
  await page.waitForSelector(".review-detail[data-status=approved]");
  assert.equal((await sup.evaluation(rating)).summary.status, "approved");
  // Narrow tablet, in Arabic.
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.click(".settings-link");
  const beforeLanguage = await storeSaved(page);
  await page.click(".languages button[data-locale=ar]");
  await waitFor(async () => (await storeSaved(page)) > beforeLanguage, "the language to be saved");
  await page.goto(`${server.url}/review`);
  await page.waitForSelector(".inbox");
  await page.click("button[data-status=all]");
  await page.waitForSelector(`.inbox tr[data-id="${visit}"]`);
  assert.equal(await page.getAttribute("#app", "dir"), "rtl");
  await screenshot(page, "ar-inbox-768");
  await axe(page, "ar inbox");
  await page.goto(`${server.url}/review/${visit}`);
  await page.waitForSelector(".review-detail .stage-review");
  await screenshot(page, "ar-review-detail-768");
  await axe(page, "ar review detail");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a visit returned by the supervisor comes back to its shopper with the comment and is sent again as revision 2", async () => {
  const { page, context, errors } = await newDevice(browser);
  await signInAsShopper(page);
  await page.click("button[data-centre=cd-al-khalidiyah]");
  await page.click("button[data-service] >> nth=0");
  await page.click("button[data-action=start-visit]");
  await page.waitForSelector("button[data-action=check-in]");
  await answerEveryStageAndSubmit(page);
  const list = await sup.evaluations();
  const id = list.items.find((i) => i.role === "shopper" && i.centre_id === "cd-al-khalidiyah").id;
  // The supervisor sends it back with a reason.
  const supToken = (await (await fetch(`${server.url}/api/v1/sessions`, { method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "supervisor", password: "supervisor-demo" }) })).json()).token;
  const why = "Please add the desk number you were served at.";
  const res = await fetch(`${server.url}/api/v1/evaluations/${id}/review`, { method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${supToken}` }, body: JSON.stringify({ to: "returned", comment: why }) });
  assert.equal(res.status, 200);
  // The app asks at its next sync round (at most half a minute away) and shows the visit with the reason.
  await page.click(".brand");
  await page.waitForSelector(".sub.returned", { timeout: 60000 });
  assert.match(await page.textContent(".sub.returned"), /desk number/);
  await screenshot(page, "en-visit-returned");
  await page.click(".card-link:has(.sub.returned)");
  await page.waitForSelector(".notice.returned");
  for (let stage = 0; stage < 10; stage++) {
    if (await page.$("button[data-action=review]")) break;
    await page.click("button[data-action=next]");
  }
  await page.click("button[data-action=review]");
  await page.waitForSelector(".summary .ok");
  await page.fill(".summary input[type=text]", "Desk 12");
  await page.click("button[data-action=submit]");
  await waitFor(async () => (await sup.evaluation(id)).revisions?.length === 2, "revision 2 on the server", 60000);
  const detail = await sup.evaluation(id);
  assert.equal(detail.summary.status, "received");
  assert.equal(detail.evaluation.employee, "Desk 12");
  assert.deepEqual(errors, []);
  await context.close();
});

// Every screen, in English and in Arabic: screenshots, accessibility, direction.
for (const [locale, tag] of [["en", "en-US"], ["ar", "ar-AE"]]) {
  test(`every screen in ${locale}: screenshots, no serious accessibility violations, direction`, async () => {
    const { page, context, errors } = await newDevice(browser, { locale: tag });
    const visit = async (name) => { await screenshot(page, `${locale}-${name}`); await axe(page, `${locale} ${name}`); };
    await page.goto(server.url);
    await page.waitForSelector("button[data-role=citizen]");
    const dir = await page.getAttribute("#app", "dir");
    assert.equal(dir, locale === "ar" ? "rtl" : "ltr");
    assert.equal(await page.evaluate(() => document.documentElement.dir), dir);
    if (locale === "ar") {
      // Mirrored: the app's name sits at the right, the status at the left.
      const brand = await page.locator(".brand").boundingBox();
      const status = await page.locator(".topbar .status").boundingBox();
      assert.ok(brand.x > status.x, "brand on the right in Arabic");
    }
    await visit("welcome");
    await page.click("button[data-role=citizen]");
    await page.waitForSelector(".centres .card-link");
    await visit("centres");
    await page.click(".centres .card-link >> nth=0");
    await page.waitForSelector("button[data-face=happy]");
    await visit("rate");
    await page.click("button[data-face=unhappy]");
    await page.waitForSelector("#item-reasons");
    await visit("rate-unhappy");
    await page.click("#item-reasons button.choice >> nth=2");
    await page.click("details.more summary");
    await page.waitForSelector("details.more textarea");
    await visit("rate-details");
    await page.click("button[data-action=submit]");
    await page.waitForSelector(".confirmation [data-state]");
    await visit("confirmation");
    await page.click(".outbox-badge");
    await page.waitForSelector(".outbox .outbox-entry");
    await visit("outbox");
    await page.click(".settings-link");
    await page.waitForSelector(".settings");
    await visit("settings");
    await page.click(".settings button[data-role=shopper]");
    await page.click(".settings a.button");
    await page.waitForSelector("input[name=username]");
    await visit("sign-in");
    await page.fill("input[name=username]", "shopper");
    await page.fill("input[name=password]", "shopper-demo");
    await page.click("button[type=submit]");
    await page.waitForSelector("button[data-centre]");
    await visit("visits");
    await page.click("button[data-centre] >> nth=1");
    await page.click("button[data-service] >> nth=0");
    await page.click("button[data-action=start-visit]");
    await page.waitForSelector("button[data-action=check-in]");
    await visit("visit-stage");
    await page.click("button[data-action=check-in]");
    await page.waitForSelector(".checked-in");
    for (let stage = 0; stage < 3; stage++) await page.click("button[data-action=next]");
    await page.waitForSelector("button[data-action=start-timer]");
    await page.click("button[data-action=start-timer]");
    await visit("visit-waiting");
    for (let stage = 0; stage < 3; stage++) await page.click("button[data-action=next]");
    await page.click("button[data-action=review]");
    await page.waitForSelector(".summary");
    await visit("summary");
    assert.deepEqual(errors, []);
    await context.close();
  });
}

/// Elements whose text does not fit their box, and whether the page scrolls sideways.
async function overflow(page) {
  return page.evaluate(() => {
    const bad = [];
    for (const el of document.querySelectorAll("button, a, legend, h1, h2, p, label, span, summary, th, td")) {
      const style = getComputedStyle(el);
      if (style.display === "none" || el.closest(".visually-hidden, .badge-text")) continue;
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && style.overflowX !== "auto") {
        bad.push(`${el.tagName}.${el.className}: ${el.textContent.trim().slice(0, 40)}`);
      }
    }
    const sideways = document.documentElement.scrollWidth > window.innerWidth + 1;
    return { bad, sideways };
  });
}

// The main citizen and shopper screens at 360 px in six more languages.
for (const [locale, tag] of [["ar", "ar-AE"], ["ur", "ur-PK"], ["hi", "hi-IN"], ["zh", "zh-CN"], ["ru", "ru-RU"], ["tl", "fil-PH"]]) {
  test(`main screens in ${locale} at 360 px: no clipped or overflowing text`, async () => {
    const { page, context, errors } = await newDevice(browser, { locale: tag, width: 360, height: 740 });
    const check = async (name) => {
      await screenshot(page, `360-${locale}-${name}`);
      const { bad, sideways } = await overflow(page);
      assert.deepEqual(bad, [], `${locale} ${name}: text overflowing its box`);
      assert.equal(sideways, false, `${locale} ${name}: the page scrolls sideways`);
    };
    await page.goto(server.url);
    await page.waitForSelector("button[data-role=citizen]");
    assert.equal(await page.getAttribute("#app", "lang"), locale);
    assert.equal(await page.getAttribute("#app", "dir"), ["ar", "ur"].includes(locale) ? "rtl" : "ltr");
    await check("welcome");
    await page.click("button[data-role=citizen]");
    await page.waitForSelector(".centres .card-link");
    await check("centres");
    await page.click(".centres .card-link >> nth=3");
    await page.click("button[data-face=unhappy]");
    await page.waitForSelector("#item-reasons");
    await check("rate-unhappy");
    await page.click(".settings-link");
    await page.click(".settings button[data-role=shopper]");
    await page.click(".settings a.button");
    await page.fill("input[name=username]", "shopper");
    await page.fill("input[name=password]", "shopper-demo");
    await page.click("button[type=submit]");
    await page.waitForSelector("button[data-centre]");
    await check("visits");
    await page.click("button[data-centre] >> nth=2");
    await page.click("button[data-service] >> nth=0");
    await page.click("button[data-action=start-visit]");
    await page.waitForSelector("button[data-action=check-in]");
    await check("visit-stage");
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("a supervisor reads the centres' performance: alerts, the league, a centre's page and an export, in English and Arabic", async () => {
  // A server of its own (the same build), with a year of fictional evaluations.
  const seeded = await startServer(["--demo-evaluations", "3000"]);
  try {
    for (let i = 0; i < 4; i++) await apiEvaluation("citizen", "cd-deira", null, { url: seeded.url, face: "unhappy" });
    const api = await supervisor(seeded.url);
    const { page, context, errors } = await newDevice(browser, { width: 1440, height: 900 });
    await signInAsSupervisor(page, seeded.url);
    await page.waitForSelector(".inbox");
    await page.click(".review-tabs a[href='/performance']");
    await page.waitForSelector(".league-table tr[data-centre]");
    // The civil documents supervisor's four centres, ranked, with drawn stars.
    const centres = await page.$$eval(".league-table tr[data-centre]", (rows) => rows.map((r) => r.dataset.centre));
    assert.deepEqual([...centres].sort(), ["cd-al-ain", "cd-al-barsha", "cd-al-khalidiyah", "cd-deira"]);
    const league = (await api.get("/stats/league")).body;
    assert.deepEqual(centres, league.rows.map((r) => r.centre_id), "the table is in the league's order");
    const first = league.rows[0];
    assert.equal(await page.$$eval(`.league-table tr[data-centre="${first.centre_id}"] polygon.star.on`, (s) => s.length), first.rating.stars);
    const starsLabel = await page.getAttribute(`.league-table tr[data-centre="${first.centre_id}"] .stars`, "aria-label");
    assert.equal(starsLabel.replace(/[\u2068\u2069]/g, ""), `${first.rating.stars} of 7 stars`);
    // The unhappy ratings raised an alert.
    await page.waitForSelector(".alerts .alert-row");
    assert.match((await page.textContent(".alerts")).replace(/[\u2068\u2069]/g, ""), /4 of 4 ratings unhappy in 15 minutes/);
    await screenshot(page, "en-dashboard-1440");
    await axe(page, "en dashboard");
    // Sorting by the customer index, lowest first.
    await page.click("button[data-sort=stats-customer]");
    await page.click("button[data-sort=stats-customer]");
    await waitFor(async () => (await page.getAttribute("th:has(button[data-sort=stats-customer])", "aria-sort")) === "ascending", "sorting");
    const byCustomer = await page.$$eval(".league-table tr[data-centre]", (rows) => rows.map((r) => r.dataset.centre));
    const want = [...league.rows].sort((a, b) => a.rating.customer.percent - b.rating.customer.percent).map((r) => r.centre_id);
    assert.deepEqual(byCustomer, want);
    // The export downloads the rows the API counts for the same period.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("button[data-export='evaluations.csv']")]);
    const file = readFileSync(await download.path(), "utf8");
    const lines = file.trim().split("\n").filter((l) => /^[0-9a-f]{8}-/.test(l));
    await page.waitForSelector("[data-export-state=saved]");
    const { from, to } = league;
    const total = (await api.get(`/evaluations?limit=1&from=${from}&to=${to}`)).body.total;
    assert.equal(lines.length, total, "one line per evaluation of the period");
    assert.match(download.suggestedFilename(), /^evaluations-\d{8}-\d{6}\.csv$/);
    // Acknowledged, the alert goes.
    await page.click(".alerts button[data-action=acknowledge]");
    await waitFor(async () => (await page.$(".alerts")) === null, "the alert to go");
    assert.deepEqual((await api.get("/alerts")).body.alerts, []);
    // A centre's page.
    await page.click(".league-table tr[data-centre=cd-al-barsha] a");
    await page.waitForSelector(".centre-performance .trend-chart .series.combined circle");
    const report = (await api.get("/centres/cd-al-barsha/stats")).body;
    assert.equal(await page.$$eval(".index-card.combined polygon.star.on", (s) => s.length), report.rating.stars);
    assert.equal(await page.$$eval(".stage-bars .bar-row", (r) => r.length), report.stages.length);
    assert.equal(await page.$$eval(".weaknesses .bar-row", (r) => r.length), report.weakest_items.length);
    assert.ok(await page.$(".happiness [data-face=unhappy]"), "happiness shares in words");
    await screenshot(page, "en-centre-1440");
    await axe(page, "en centre");
    const xs = async () => page.$$eval(".trend-chart .series.combined circle", (c) => c.map((e) => Number(e.getAttribute("cx"))));
    const ltr = await xs();
    assert.ok(ltr[0] < ltr[ltr.length - 1], "time runs left to right in English");
    await page.setViewportSize({ width: 768, height: 1024 });
    await screenshot(page, "en-centre-768");
    await axe(page, "en centre 768");
    await page.goto(`${seeded.url}/performance`);
    await page.waitForSelector(".league-table tr[data-centre]");
    await screenshot(page, "en-dashboard-768");
    await axe(page, "en dashboard 768");
    // Arabic, right to left: time runs right to left.
    await page.click(".settings-link");
    const beforeLanguage = await storeSaved(page);
    await page.click(".languages button[data-locale=ar]");
    await waitFor(async () => (await storeSaved(page)) > beforeLanguage, "the language to be saved");
    for (const width of [768, 1440]) {
      await page.setViewportSize({ width, height: width === 768 ? 1024 : 900 });
      await page.goto(`${seeded.url}/performance`);
      await page.waitForSelector(".league-table tr[data-centre]");
      assert.equal(await page.getAttribute("#app", "dir"), "rtl");
      await screenshot(page, `ar-dashboard-${width}`);
      await axe(page, `ar dashboard ${width}`);
      await page.goto(`${seeded.url}/performance/cd-al-barsha`);
      await page.waitForSelector(".centre-performance .trend-chart .series.combined circle");
      const rtl = await xs();
      assert.ok(rtl[0] > rtl[rtl.length - 1], "time runs right to left in Arabic");
      await screenshot(page, `ar-centre-${width}`);
      await axe(page, `ar centre ${width}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
    // An admin changes how stars are given; a refused value says which field.
    const admin = await newDevice(browser, { width: 1440, height: 900 });
    await admin.page.goto(seeded.url);
    await admin.page.click("a[data-role=supervisor]");
    await admin.page.fill("input[name=username]", "admin");
    await admin.page.fill("input[name=password]", "admin-demo");
    await admin.page.click("button[type=submit]");
    await admin.page.waitForSelector(".inbox");
    await admin.page.goto(`${seeded.url}/performance`);
    await admin.page.waitForSelector(".league-table tr[data-centre]");
    assert.equal(await admin.page.$$eval(".league-table tr[data-centre]", (r) => r.length), 12, "an admin sees every centre");
    await admin.page.click(".rating-settings summary");
    await waitFor(async () => (await admin.page.inputValue("input[name=customer_weight]")) === "65", "the stored configuration");
    await admin.page.fill("input[name=customer_weight]", "150");
    await admin.page.click("button[data-action=save-rating]");
    await admin.page.waitForSelector(".rating-settings .error");
    await admin.page.fill("input[name=customer_weight]", "50");
    await admin.page.click("button[data-action=save-rating]");
    await admin.page.waitForSelector(".rating-settings .ok");
    assert.equal((await api.get("/settings/rating")).body.customer_weight, 0.5);
    await screenshot(admin.page, "en-dashboard-admin-1440");
    await axe(admin.page, "en dashboard admin");
    assert.deepEqual(admin.errors, []);
    await admin.context.close();
  } finally {
    seeded.proc.kill();
  }
});

test("a rating from a counter's link carries the counter to the inbox and the centre's figures, in Arabic at 360 px too", async () => {
  const citizen = await newDevice(browser);
  await citizen.page.goto(`${server.url}/rate/${CENTRE_QR}?counter=Desk%203`);
  await citizen.page.waitForSelector("button[data-face=happy]", { timeout: 30000 });
  await citizen.page.click("button[data-face=happy]");
  await citizen.page.click("button[data-action=submit]");
  await waitFor(async () => (await citizen.page.getAttribute(".confirmation [data-state]", "data-state")) === "sent", "the rating to be sent");
  assert.deepEqual(citizen.errors, []);
  await citizen.context.close();
  const list = await sup.evaluations();
  const rated = list.items.find((i) => i.counter === "Desk 3");
  assert.ok(rated, "the server keeps the counter");
  assert.equal(rated.centre_id, "cd-al-barsha");

  const { page, context, errors } = await newDevice(browser, { width: 360, height: 780 });
  await signInAsSupervisor(page);
  const tag = page.locator(`.inbox tr[data-id="${rated.id}"] [data-counter]`);
  await tag.waitFor();
  assert.match(await tag.textContent(), /Desk 3/);
  // The centre's figures, in Arabic.
  await page.click(".settings-link");
  const beforeLanguage = await storeSaved(page);
  await page.click(".languages button[data-locale=ar]");
  await waitFor(async () => (await storeSaved(page)) > beforeLanguage, "the language to be saved");
  await page.goto(`${server.url}/performance/cd-al-barsha`);
  const row = page.locator(".counters-table tr[data-name='Desk 3']");
  await row.waitFor();
  assert.equal(await page.getAttribute("#app", "dir"), "rtl");
  const cells = await row.locator("td").allTextContents();
  assert.equal(cells[0], "Desk 3");
  assert.match(cells[1], /^[1١]$/, "one rating, in Arabic or Western digits");
  const table = page.locator(".counters-table");
  await table.scrollIntoViewIfNeeded();
  const box = await table.boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= 360 + 1, `the table fits the screen: ${JSON.stringify(box)}`);
  await page.locator(".counters-table").evaluate((t) => t.previousElementSibling?.scrollIntoView());
  await page.screenshot({ path: `${shots}/ar-centre-counters-360.png` });
  await screenshot(page, "ar-centre-counters-360-full");
  await axe(page, "ar centre counters");
  assert.deepEqual(errors, []);
  await context.close();
});
