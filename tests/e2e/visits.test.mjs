// A shopper's planned visits in headless Chromium against the real demo
// server: the list of their visits and those open to take, a claim, a visit
// started from its assignment and made offline, uploaded once back online and
// counted for its assignment on the server; screenshots at 360 px in English
// and Arabic, accessibility checks, and giving a visit back.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { startServer, launchBrowser, newDevice, screenshot, supervisor, waitFor, shots } from "./harness.mjs";

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

async function axe(page, screen) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`), [], `axe on ${screen}`);
}

/** Elements whose text does not fit their box, and whether the page scrolls sideways. */
async function overflow(page) {
  return page.evaluate(() => {
    const bad = [];
    for (const el of document.querySelectorAll(".planned button, .planned a, .planned h1, .planned h2, .planned h3, .planned p, .planned dd, .planned dt, .planned span")) {
      const style = getComputedStyle(el);
      if (style.display === "none") continue;
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && style.overflowX !== "auto") {
        bad.push(`${el.tagName}.${el.className}: ${el.textContent.trim().slice(0, 40)}`);
      }
    }
    return { bad, sideways: document.documentElement.scrollWidth > window.innerWidth + 1 };
  });
}

/** The local date as the device counts it: YYYY-MM-DD. */
function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** From the welcome screen, as one of the demo shoppers, to the start of their visits. */
async function signIn(page, username) {
  await page.goto(server.url);
  await page.click("button[data-role=shopper]");
  await page.fill("input[name=username]", username);
  await page.fill("input[name=password]", `${username}-demo`);
  await page.click("button[type=submit]");
  await page.waitForSelector("[data-action=planned-visits]");
}

/** Opens the planned visits and waits for the list the server gives. */
async function openPlanned(page) {
  await page.click("[data-action=planned-visits]");
  await page.waitForSelector(".planned [data-section=mine]");
  await waitFor(async () => (await page.getAttribute(".planned-updated", "data-fetched")) === "true", "the list to be downloaded");
  await waitFor(async () => !(await page.isDisabled("button[data-action=refresh-planned]")), "the update to end");
}

/** Answers every stage of an open visit well and submits it. */
async function answerEveryStageAndSubmit(page) {
  for (let stage = 0; stage < 10; stage++) {
    for (const item of await page.$$("fieldset.item")) {
      if (await item.$("input[type=number]")) {
        await (await item.$("input[type=number]")).fill("10");
      } else if (await item.$("[data-face=happy]")) {
        await (await item.$("[data-face=happy]")).click();
      } else {
        const choices = await item.$$(".choices button.choice");
        await (choices.length >= 5 ? choices[4] : choices[0]).click();
      }
    }
    if (await page.$("button[data-action=review]")) break;
    await page.click("button[data-action=next]");
  }
  await page.click("button[data-action=review]");
  await page.waitForSelector(".summary .ok");
  await page.click("button[data-action=submit]");
  await page.waitForSelector(".outbox");
}

async function shotAndCheck(page, name) {
  await screenshot(page, name);
  await axe(page, name);
  const { bad, sideways } = await overflow(page);
  assert.deepEqual(bad, [], `${name}: text overflowing its box`);
  assert.equal(sideways, false, `${name}: the page scrolls sideways`);
}

test("a shopper takes a visit, makes it offline from its assignment, and the server counts it for the assignment", async () => {
  const { page, context, errors } = await newDevice(browser, { width: 360, height: 800 });
  await signIn(page, "shopper");
  await openPlanned(page);

  // Their own visits, and open ones: each with its centre, what to do, its window and due date.
  const mine = await page.$$(".planned [data-section=mine] .assignment");
  assert.ok(mine.length >= 1, "the demo shopper has a visit assigned");
  assert.ok(await page.$(".planned [data-section=mine] .assignment[data-status=assigned] button[data-action=start-planned]"),
    "an assigned visit that can be started");
  const available = await page.$$(".planned [data-section=available] .assignment");
  assert.ok(available.length >= 1, "there are open visits to take");
  for (const card of [...mine, ...available]) {
    assert.ok((await (await card.$("h3")).textContent()).trim().length > 0, "a centre's name");
    assert.equal((await card.$$("dl.assignment-facts dt")).length >= 3, true, "window, due date and wave");
  }
  for (const card of await page.$$(".planned [data-section=available] .assignment[data-claimable=false]")) {
    assert.ok((await (await card.$(".claim-refusal")).textContent()).trim().length > 10, "a visit that can't be taken says why");
  }
  await shotAndCheck(page, "en-planned-360");

  // Take an open visit whose window has begun.
  const id = await waitFor(async () => {
    for (const card of await page.$$(".planned [data-section=available] .assignment[data-claimable=true]")) {
      if ((await card.getAttribute("data-earliest")) <= today()) return card.getAttribute("data-assignment");
    }
    return null;
  }, "an open visit that can be taken today");
  const before = (await sup.get(`/assignments/${id}`)).body;
  assert.equal(before.status, "open");
  await page.click(`[data-section=available] [data-assignment="${id}"] button[data-action=claim]`);
  await page.waitForSelector(`[data-section=mine] [data-assignment="${id}"]`);
  assert.equal(await page.$(`[data-section=available] [data-assignment="${id}"]`), null, "no longer among those to take");
  const claimed = (await sup.get(`/assignments/${id}`)).body;
  assert.equal(claimed.status, "assigned");
  assert.equal(claimed.shopper, "shopper");

  // Offline: the visit starts from the assignment, pre-filled, and is made on the device.
  await context.setOffline(true);
  await page.click(`[data-section=mine] [data-assignment="${id}"] button[data-action=start-planned]`);
  await page.waitForSelector("button[data-action=check-in]");
  await page.click("button[data-action=check-in]");
  await page.waitForSelector(".checked-in");
  await answerEveryStageAndSubmit(page);
  await waitFor(async () => (await page.$(".outbox [data-state=waiting], .outbox [data-state=retrying]")) !== null, "the visit to wait for the connection");
  const evaluationId = await page.getAttribute(".outbox-entry:has([data-state=waiting], [data-state=retrying])", "data-id");
  assert.equal((await sup.get(`/assignments/${id}`)).body.status, "assigned", "nothing reached the server offline");

  // The planned visits read offline from the device, with the visit made and waiting.
  await page.click(".brand");
  await openPlannedOffline(page);
  await page.waitForSelector(`[data-section=mine] [data-assignment="${id}"] [data-local=waiting]`);
  assert.ok(await page.isVisible(".planned-trouble"), "it says the list is as last downloaded");

  // Back online: uploaded once, linked to its assignment.
  await context.setOffline(false);
  await page.click(".outbox-badge");
  await waitFor(async () => (await page.$(`.outbox-entry[data-id="${evaluationId}"] [data-state=uploaded]`)) !== null, "the visit to be uploaded", 120000);
  assert.equal(await page.$(`.outbox-entry[data-id="${evaluationId}"] [data-not-linked]`), null, "it was counted for its planned visit");
  const done = (await sup.get(`/assignments/${id}`)).body;
  assert.equal(done.status, "submitted");
  assert.equal(done.evaluation_id, evaluationId);
  const ev = await sup.evaluation(evaluationId);
  assert.equal(ev.evaluation.assignment_id, id, "the body names its planned visit");
  assert.equal(ev.evaluation.centre_id, claimed.centre_id, "made at the assignment's centre");
  assert.equal(ev.evaluation.service_id ?? null, claimed.service_id ?? null, "for its service");
  assert.equal(ev.evaluation.template.id, claimed.template_id, "with its wave's checklist");

  // The list, updated, shows it made.
  await page.click(".brand");
  await openPlanned(page);
  await page.waitForSelector(`[data-section=mine] [data-assignment="${id}"][data-status=submitted], [data-section=mine] [data-assignment="${id}"] [data-local=uploaded]`);

  // The supervisor approves it with a grade: the assignment follows, the wave's coverage moves, the shopper is graded.
  const coverage = async () => (await sup.get(`/waves/${claimed.wave_id}`)).body.summary.coverage;
  const approvedBefore = (await coverage()).approved;
  const desk = await newDevice(browser, { width: 1440, height: 900 });
  await desk.page.goto(server.url);
  await desk.page.click("a[data-role=supervisor]");
  await desk.page.fill("input[name=username]", "supervisor");
  await desk.page.fill("input[name=password]", "supervisor-demo");
  await desk.page.click("button[type=submit]");
  await desk.page.waitForSelector(".inbox");
  await desk.page.goto(`${server.url}/review/${evaluationId}`);
  await desk.page.waitForSelector(".review-detail[data-status=received] select[name=grade]");
  await desk.page.selectOption("select[name=grade]", "8");
  await desk.page.click("button[data-decision=approved]");
  await desk.page.waitForSelector(".review-detail[data-status=approved]");
  assert.equal((await sup.get(`/assignments/${id}`)).body.status, "approved");
  assert.equal((await coverage()).approved, approvedBefore + 1, "the wave's coverage counts it approved");
  const standing = (await sup.get("/shoppers")).body.find((x) => x.username === "shopper");
  assert.ok(standing.graded >= 1 && standing.grade !== null, JSON.stringify(standing));
  assert.deepEqual(desk.errors, []);
  await desk.context.close();

  // Arabic, right to left, at 360 px.
  await page.click(".settings-link");
  await page.click(".languages button[data-locale=ar]");
  await page.waitForSelector("#app[lang=ar]");
  await page.click(".brand");
  await openPlanned(page);
  assert.equal(await page.getAttribute("#app", "dir"), "rtl");
  // The title's words stand at the right edge, as Arabic is read.
  const title = await page.evaluate(() => {
    const r = document.createRange();
    r.selectNodeContents(document.querySelector(".planned h1"));
    return r.getBoundingClientRect();
  });
  assert.ok(title.right > 360 - 24 && title.left > 24, `the title starts at the right: ${JSON.stringify(title)}`);
  await shotAndCheck(page, "ar-planned-360");
  assert.deepEqual(errors, []);
  await context.close();
});

/** Opens the planned visits while offline: the list the device kept. */
async function openPlannedOffline(page) {
  await page.click("[data-action=planned-visits]");
  await page.waitForSelector(".planned [data-section=mine]");
  await waitFor(async () => !(await page.isDisabled("button[data-action=refresh-planned]")), "the attempt to update to end");
}

test("a shopper gives a visit back and it is open again for others", async () => {
  const { page, context, errors } = await newDevice(browser, { width: 360, height: 800 });
  await signIn(page, "shopper-2");
  await openPlanned(page);
  const id = await waitFor(async () => {
    const card = await page.$(".planned [data-section=available] .assignment[data-claimable=true]");
    return card && card.getAttribute("data-assignment");
  }, "an open visit to take");
  await page.click(`[data-section=available] [data-assignment="${id}"] button[data-action=claim]`);
  await page.waitForSelector(`[data-section=mine] [data-assignment="${id}"] button[data-action=release-planned]`);
  await page.click(`[data-section=mine] [data-assignment="${id}"] button[data-action=release-planned]`);
  await page.click(`[data-section=mine] [data-assignment="${id}"] button[data-action=release-confirmed]`);
  await page.waitForSelector(`[data-section=available] [data-assignment="${id}"]`);
  assert.equal(await page.$(`[data-section=mine] [data-assignment="${id}"]`), null);
  const back = (await sup.get(`/assignments/${id}`)).body;
  assert.equal(back.status, "open");
  assert.deepEqual(errors, []);
  await context.close();
});
