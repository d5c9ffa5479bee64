// Programme planning in headless Chromium against the real server: a
// supervisor plans a wave with visits at two centres, publishes it, fills it
// and reads the report and the coverage; gives open visits of the demo's
// published wave to a shopper until a rule refuses, reads the refusal in
// words and overrides it with a reason; releases and cancels visits; grades
// a shopper with an approval; the shoppers' page; accessibility checks and
// screenshots in English and Arabic at 1440 and 360 px.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { startServer, launchBrowser, newDevice, screenshot, waitFor, shots, axe } from "./harness.mjs";

let server, browser, token;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  token = (await signIn("supervisor", "supervisor-demo")).token;
  console.log(`screenshots: ${shots}`);
});

after(async () => {
  await browser?.close();
  server?.proc.kill();
});

async function signIn(username, password) {
  const res = await fetch(`${server.url}/api/v1/sessions`, { method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }) });
  assert.ok(res.ok, await res.clone().text());
  return res.json();
}

/** The planning API as the demo supervisor sees it. */
async function api(path, opts = {}) {
  const res = await fetch(`${server.url}/api/v1${path}`, { method: opts.method || "GET",
    headers: { authorization: `Bearer ${token}`, ...(opts.body ? { "content-type": "application/json" } : {}) },
    body: opts.body ? JSON.stringify(opts.body) : undefined });
  const body = res.headers.get("content-type")?.includes("json") ? await res.json() : await res.text();
  return { status: res.status, body };
}

/** Text overflowing its box, and whether the page scrolls sideways (a phone's width). */
async function overflow(page) {
  return page.evaluate(() => {
    const bad = [];
    for (const el of document.querySelectorAll("button, a, legend, h1, h2, h3, p, label, span, th, td, li")) {
      const style = getComputedStyle(el);
      if (style.display === "none" || el.closest(".visually-hidden, .badge-text")) continue;
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && style.overflowX !== "auto") {
        bad.push(`${el.tagName}.${el.className}: ${el.textContent.trim().slice(0, 40)}`);
      }
    }
    return { bad, sideways: document.documentElement.scrollWidth > window.innerWidth + 1 };
  });
}

/** Without Fluent's direction marks. */
const plain = (s) => (s || "").replace(/[\u2068\u2069]/g, "").trim();

const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);

/** How many stored changes the browser's copy of the store holds (-1 before the first). */
async function storeSaved(page) {
  const n = await page.getAttribute("html", "data-store-saved");
  return n === null ? -1 : Number(n);
}

async function signInAsSupervisor(page) {
  await page.goto(server.url);
  await page.click("a[data-role=supervisor]");
  await page.fill("input[name=username]", "supervisor");
  await page.fill("input[name=password]", "supervisor-demo");
  await page.click("button[type=submit]");
  await page.waitForSelector(".inbox");
}

async function chooseLanguage(page, locale) {
  await page.click(".settings-link");
  const before = await storeSaved(page);
  await page.click(`.languages button[data-locale=${locale}]`);
  await waitFor(async () => (await storeSaved(page)) > before, "the language to be saved");
}

/** A coverage row's figures as the page shows them. */
async function rowFigures(page, centre) {
  return page.$$eval(`.coverage-table tr[data-centre="${centre}"] td[data-figure]`,
    (cells) => Object.fromEntries(cells.map((c) => [c.dataset.figure.replace("planning-col-", ""), Number(c.textContent.trim())])));
}

/** An evaluation as a device sends it, every answer the best (a citizen's without a token). */
async function evaluation(role, centre, bearer) {
  const templates = await (await fetch(`${server.url}/api/v1/templates`)).json();
  const t = templates.find((x) => x.audience === role);
  const answers = {};
  for (const stage of t.stages) {
    for (const item of stage.items) {
      const kind = item.kind.type;
      if (role === "citizen") {
        if (item.id === "face") answers.face = { value: { type: "face", value: "happy" } };
        continue;
      }
      const value = kind === "yes_no" ? { type: "yes" } : kind === "scale" ? { type: "scale", value: 5 }
        : kind === "face" ? { type: "face", value: "happy" } : { type: "minutes", value: item.kind.target_minutes / 2 };
      answers[item.id] = { value };
    }
  }
  const id = crypto.randomUUID();
  const body = { id, revision: 1, template: { id: t.id, version: t.version }, centre_id: centre, role, locale: "en",
    answers, device_id: `e2e-${id}`, app_version: "e2e", employee: "Desk 3" };
  const headers = { "content-type": "application/json" };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const res = await fetch(`${server.url}/api/v1/evaluations/${id}`, { method: "PUT", headers, body: JSON.stringify(body) });
  assert.equal(res.status, 201, await res.text());
  return id;
}

test("a supervisor plans a wave at two centres, publishes it, fills it, and reads the report and the coverage", async () => {
  const { page, context, errors } = await newDevice(browser, { width: 1440, height: 900 });
  await signInAsSupervisor(page);
  await page.click(".review-tabs a[href='/planning']");
  await page.waitForSelector(".planning h1");
  assert.equal(await page.getAttribute(".review-tabs a[href='/planning']", "aria-current"), "page");
  const before = (await api("/waves")).body.items;
  for (const w of before) await page.waitForSelector(`.waves-table tr[data-wave="${w.id}"] .coverage-bar[role=img]`);
  await screenshot(page, "planning-en-waves-1440");
  await axe(page, "en waves");

  // The form: a wave at Deira and Al Barsha, first sent with a visit missing its scenario.
  await page.click(".planning-nav a[href='/planning/new']");
  await page.waitForSelector("form.wave-form");
  assert.equal(await page.inputValue("#wave-rule-lockout_days"), "90", "the rules' defaults");
  assert.equal(await page.inputValue("#wave-rule-max_held"), "5");
  const name = `E2E wave ${Date.now()}`;
  await page.fill("#wave-name", name);
  await page.fill("#wave-from", day(0));
  await page.fill("#wave-to", day(59));
  await page.selectOption("#wave-v0-centre", "cd-deira");
  const services = await page.$$eval("#wave-v0-service option", (o) => o.map((x) => x.value).filter(Boolean));
  assert.ok(services.length > 0, "the centre's services are offered");
  await page.selectOption("#wave-v0-service", services[0]);
  // More visits at Deira than there are shoppers: the 90-day lockout leaves some open.
  await page.fill("#wave-v0-count", "6");
  await page.fill("#wave-v0-scenario", "Ask to renew an identity card.");
  await page.click("button[data-action=add-visit]");
  await page.selectOption("#wave-v1-centre", "cd-al-barsha");
  await page.fill("#wave-v1-count", "2");
  for (const d of ["Mon", "Tue", "Wed", "Thu"]) await page.check(`[data-visit="1"] input[data-day=${d}]`);
  await page.fill("#wave-v1-start", "08:00");
  await page.fill("#wave-v1-end", "14:00");
  const centres = await page.$$eval("#wave-v0-centre option", (o) => o.map((x) => x.value).filter(Boolean));
  assert.ok(!centres.includes("rv-al-quoz"), "only the supervisor's own centres are offered");
  await page.click("button[data-action=save-wave]");
  await page.waitForSelector("#wave-v1-scenario-error");
  assert.equal(await page.getAttribute("#wave-v1-scenario", "aria-invalid"), "true");
  assert.match(await page.getAttribute("#wave-v1-scenario", "aria-describedby"), /wave-v1-scenario-error/);
  await screenshot(page, "planning-en-new-wave-errors-1440");
  await axe(page, "en new wave with errors");
  await page.fill("#wave-v1-scenario", "Ask for a certificate of good conduct.");
  await page.click("button[data-action=save-wave]");
  await page.waitForSelector(".wave-page[data-status=draft]");
  const id = await page.getAttribute(".wave-page", "data-wave");
  const draft = (await api(`/waves/${id}`)).body;
  assert.equal(draft.plan.name, name);
  assert.deepEqual(draft.plan.visits.map((v) => [v.centre_id, v.count]), [["cd-deira", 6], ["cd-al-barsha", 2]]);
  assert.deepEqual(draft.plan.visits[1].days, ["mon", "tue", "wed", "thu"]);
  assert.equal(draft.plan.visits[1].hours, "08:00-14:00");
  assert.equal(draft.plan.visits[0].service_id, services[0]);

  // A draft's plan is edited in place: its name, and a third visit at Al Barsha.
  await page.click("button[data-action=edit]");
  await page.waitForSelector(".edit-wave form.wave-form");
  assert.equal(await page.inputValue(".edit-wave #wave-v1-count"), "2", "the draft's plan in the form");
  await page.fill(".edit-wave #wave-name", `${name} (edited)`);
  await page.fill(".edit-wave #wave-v1-count", "3");
  await page.click(".edit-wave button[data-action=save-wave]");
  await page.waitForSelector("[data-wave-moved]");
  await waitFor(async () => (await page.$(".edit-wave")) === null, "the form to close");
  const edited = (await api(`/waves/${id}`)).body.plan;
  assert.equal(edited.name, `${name} (edited)`);
  assert.deepEqual(edited.visits.map((v) => v.count), [6, 3]);
  await page.waitForSelector(".coverage-table tr[data-centre=cd-al-barsha] td[data-figure=planning-col-planned]:text-is('3')");
  await page.click("button[data-action=edit]");
  await page.fill(".edit-wave #wave-v1-count", "2");
  await page.click(".edit-wave button[data-action=save-wave]");
  await waitFor(async () => (await api(`/waves/${id}`)).body.plan.visits[1].count === 2, "the count back to 2");

  // Published: eight open visits, all of them gaps.
  await page.click("button[data-action=publish]");
  await page.waitForSelector(".wave-page[data-status=published]");
  await page.waitForSelector(".coverage-table tr[data-centre=cd-deira][data-gaps='6']");
  assert.equal((await rowFigures(page, "cd-al-barsha")).open, 2);
  await page.waitForSelector(".assignments-table tr[data-assignment]");
  assert.equal(await page.$$eval(".assignments-table tr[data-assignment]", (r) => r.length), 8);

  // Filled: the report is the server's, and the coverage follows.
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/v1/waves/${id}/fill`) && r.request().method() === "POST"),
    page.click("button[data-action=fill]"),
  ]);
  const report = await answer.json();
  await page.waitForSelector("[data-fill-report]");
  assert.equal(Number(await page.getAttribute("[data-fill-report] [data-assigned]", "data-assigned")), report.assigned.length);
  assert.equal(report.assigned.length + report.unfilled.length, 8);
  const shoppers = (await api("/shoppers")).body.length;
  if (shoppers < 6) {
    const deira = report.unfilled.filter((l) => l.centre_id === "cd-deira");
    assert.ok(deira.length >= 6 - shoppers, `Deira's visits beyond one per shopper stay open: ${JSON.stringify(report)}`);
    assert.ok(deira.every((l) => l.refused.some((t) => t.rule === "lockout" && t.shoppers > 0)), "for the lockout");
  }
  for (const line of report.assigned) await page.waitForSelector(`.report-table tr[data-shopper="${line.shopper}"]`);
  for (const line of report.unfilled) {
    const row = `.report-table tr[data-unfilled-centre="${line.centre_id}"]`;
    await page.waitForSelector(row);
    const rules = line.no_shopper ? ["no_shopper"] : line.refused.filter((t) => t.shoppers > 0).map((t) => t.rule);
    for (const rule of rules) {
      assert.ok(await page.$(`${row} [data-rule="${rule}"]`), `the ${rule} refusal is said for ${line.centre_id}`);
    }
  }
  if (report.unfilled.length > 0) {
    const why = plain(await page.textContent(".report-table.unfilled"));
    assert.ok(why.length > 20, `the reasons are in words: ${why}`);
  }
  const after = (await api(`/waves/${id}`)).body;
  for (const c of after.centres) {
    await waitFor(async () => (await rowFigures(page, c.centre_id)).assigned === c.assigned, `${c.centre_id}'s coverage after filling`);
    const shown = await rowFigures(page, c.centre_id);
    assert.deepEqual([shown.planned, shown.assigned, shown.open], [c.planned, c.assigned, c.open], c.centre_id);
    assert.equal(await page.getAttribute(`.coverage-table tr[data-centre="${c.centre_id}"]`, "data-gaps"), String(c.open + c.expired));
  }
  await screenshot(page, "planning-en-wave-filled-1440");
  await axe(page, "en wave filled");

  // The export holds one line per visit of the wave.
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("button[data-export='assignments.csv']")]);
  await page.waitForSelector("[data-export-state=saved]");
  const csv = readFileSync(await download.path(), "utf8");
  const ids = (await api(`/assignments?wave_id=${id}&limit=100`)).body.items.map((a) => a.id);
  assert.equal(ids.length, 8);
  for (const aid of ids) assert.equal(csv.split("\n").filter((l) => l.includes(aid)).length, 1, `${aid} once in:\n${csv}`);

  // The list shows it with its progress.
  await page.click(".planning-nav a[href='/planning']");
  await page.waitForSelector(`.waves-table tr[data-wave="${id}"][data-status=published] .coverage-bar[role=img]`);
  const label = await page.getAttribute(`.waves-table tr[data-wave="${id}"] .coverage-bar`, "aria-label");
  assert.match(plain(label), new RegExp(`Planned 8, assigned ${after.summary.coverage.assigned}`));
  assert.deepEqual(errors, []);
  await context.close();
});

test("open visits of the demo's published wave are given to a shopper until a rule refuses, said in words, then overridden with a reason", async () => {
  const waves = (await api("/waves")).body.items;
  const demo = waves.find((w) => w.status === "published" && !w.name.startsWith("E2E") && w.coverage.open > 0)
    || waves.find((w) => w.status === "published" && w.coverage.open > 0);
  assert.ok(demo, `a published wave with open visits: ${JSON.stringify(waves.map((w) => [w.name, w.status, w.coverage]))}`);
  const shoppers = (await api("/shoppers")).body;
  assert.ok(shoppers.length > 0, "the demo has shoppers");
  const shopper = shoppers[0].username;
  const { page, context, errors } = await newDevice(browser, { width: 1440, height: 900 });
  await signInAsSupervisor(page);
  await page.goto(`${server.url}/planning/${demo.id}`);
  await page.waitForSelector(".wave-page[data-status=published] .assignments-table tr[data-assignment]");
  await page.selectOption("select[data-filter=status]", "open");
  await waitFor(async () => (await page.$$eval(".assignments-table tr[data-assignment]", (r) => r.every((x) => x.dataset.status === "open"))),
    "only open visits");
  let refusal = null;
  let given = null;
  for (let i = 0; i < 20 && !refusal; i++) {
    const row = await page.$(".assignments-table tr[data-assignment][data-status=open]");
    assert.ok(row, "an open visit left to give");
    const aid = await row.getAttribute("data-assignment");
    await page.click(`tr[data-assignment="${aid}"] button[data-action=assign]`);
    await page.waitForSelector(".assign-panel select[name=shopper]");
    await page.selectOption(".assign-panel select[name=shopper]", shopper);
    if (i === 0) {
      await screenshot(page, "planning-en-assign-1440");
      await axe(page, "en assign");
    }
    const [res] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/v1/assignments/${aid}/assign`)),
      page.click(".assign-panel button[data-action=assign-confirm]"),
    ]);
    if (res.status() === 409) {
      refusal = { aid, body: await res.json() };
    } else {
      assert.ok(res.ok(), `${res.status()}: ${await res.text()}`);
      given ??= aid;
      await page.waitForSelector("[data-notice]");
      await waitFor(async () => (await page.$(`tr[data-assignment="${aid}"]`)) === null, "the given visit to leave the open ones");
    }
  }
  assert.ok(refusal, "a rule refused within twenty visits");
  const code = refusal.body.error.code;
  assert.ok(["lockout", "daily_cap", "wave_cap", "held_cap", "spacing", "grade"].includes(code), code);
  await page.waitForSelector(`.refusal[data-refusal="${code}"]`);
  const words = plain(await page.textContent(".refusal"));
  assert.ok(words.includes(refusal.body.error.message), `the server's figures are shown: ${words}`);
  await screenshot(page, "planning-en-refused-1440");
  await axe(page, "en refused");
  // Overridden with a reason, kept in the visit's log.
  assert.ok(await page.isDisabled(".assign-panel button[data-action=assign-anyway]"), "no override without a reason");
  await page.fill(".assign-panel textarea[name=override_reason]", "The only shopper who knows this centre's new desk.");
  await page.click(".assign-panel button[data-action=assign-anyway]");
  await waitFor(async () => (await api(`/assignments/${refusal.aid}`)).body.status === "assigned", "the override");
  const overridden = (await api(`/assignments/${refusal.aid}`)).body;
  assert.equal(overridden.status, "assigned");
  assert.equal(overridden.shopper, shopper);
  const last = overridden.log[overridden.log.length - 1];
  assert.match(last.reason, /new desk/);
  assert.ok(last.overridden.includes(code), JSON.stringify(last));

  // Released, the first visit given is open again; another is cancelled with a reason.
  if (given) {
    await page.selectOption("select[data-filter=status]", "assigned");
    await page.waitForSelector(`tr[data-assignment="${given}"] button[data-action=release]`);
    await page.click(`tr[data-assignment="${given}"] button[data-action=release]`);
    await waitFor(async () => (await api(`/assignments/${given}`)).body.status === "open", "the release");
  }
  await page.selectOption("select[data-filter=status]", "open");
  const open = await page.waitForSelector(".assignments-table tr[data-assignment][data-status=open]");
  const cancelled = await open.getAttribute("data-assignment");
  await page.click(`tr[data-assignment="${cancelled}"] button[data-action=cancel]`);
  assert.ok(await page.isDisabled(".cancel-panel button[data-action=cancel-confirm]"), "no cancellation without a reason");
  await page.fill(".cancel-panel textarea", "The centre is closed for works that week.");
  await page.click(".cancel-panel button[data-action=cancel-confirm]");
  await waitFor(async () => (await api(`/assignments/${cancelled}`)).body.status === "cancelled", "the cancellation");
  // Its history says who did what.
  await page.selectOption("select[data-filter=status]", "cancelled");
  await page.click(`tr[data-assignment="${cancelled}"] button[data-action=history]`);
  await page.waitForSelector(".history-panel .history li");
  assert.match(await page.textContent(".history-panel"), /closed for works/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("approving a shopper's visit grades the shopper, and the shoppers' page shows it", async () => {
  const shopperToken = (await signIn("shopper", "shopper-demo")).token;
  const visit = await evaluation("shopper", "cd-deira", shopperToken);
  const rating = await evaluation("citizen", "cd-deira", null);
  const { page, context, errors } = await newDevice(browser, { width: 1440, height: 900 });
  await signInAsSupervisor(page);
  await page.goto(`${server.url}/review/${visit}`);
  await page.waitForSelector(".review-detail[data-status=received] select[name=grade]");
  await page.selectOption("select[name=grade]", "8");
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith(`/api/v1/evaluations/${visit}/review`)),
    page.click("button[data-decision=approved]"),
  ]);
  assert.equal(JSON.parse(res.request().postData()).grade, 8);
  assert.ok(res.ok(), `${res.status()}: ${await res.text()}`);
  await page.waitForSelector(".review-detail[data-status=approved]");
  const standing = (await api("/shoppers")).body.find((s) => s.username === "shopper");
  assert.ok(standing.graded >= 1 && standing.grade !== null, JSON.stringify(standing));
  await page.goto(`${server.url}/planning/shoppers`);
  await page.waitForSelector(".shoppers-table tr[data-shopper=shopper]");
  const rows = await page.$$eval(".shoppers-table tr[data-shopper]", (r) => r.map((x) => x.dataset.shopper).sort());
  assert.deepEqual(rows, (await api("/shoppers")).body.map((s) => s.username).sort());
  assert.match(plain(await page.textContent(".shoppers-table tr[data-shopper=shopper]")), new RegExp(`${standing.grade.toFixed(1)} of 10`));
  await screenshot(page, "planning-en-shoppers-1440");
  await axe(page, "en shoppers");
  // A citizen's rating offers no grade.
  await page.goto(`${server.url}/review/${rating}`);
  await page.waitForSelector(".review-detail[data-status=received] button[data-decision=approved]");
  assert.equal(await page.$("select[name=grade]"), null, "no grade for a citizen");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the planning screens in English and Arabic at 1440 and 360 px: direction, no overflow, accessibility", async () => {
  const waves = (await api("/waves")).body.items;
  const wave = waves.find((w) => w.status === "published") || waves[0];
  assert.ok(wave, "a wave to show");
  const { page, context, errors } = await newDevice(browser, { width: 1440, height: 900 });
  await signInAsSupervisor(page);
  for (const locale of ["en", "ar"]) {
    if (locale === "ar") await chooseLanguage(page, "ar");
    for (const width of [1440, 360]) {
      await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
      const visit = async (path, ready, name) => {
        await page.goto(`${server.url}${path}`);
        await page.waitForSelector(ready);
        assert.equal(await page.getAttribute("#app", "dir"), locale === "ar" ? "rtl" : "ltr");
        await screenshot(page, `planning-${locale}-${name}-${width}`);
        await axe(page, `${locale} ${name} ${width}`);
        if (width === 360) {
          const { bad, sideways } = await overflow(page);
          assert.deepEqual(bad, [], `${locale} ${name}: text overflowing its box`);
          assert.equal(sideways, false, `${locale} ${name}: the page scrolls sideways`);
        }
      };
      await visit("/planning", `.waves-table tr[data-wave="${wave.id}"]`, "waves");
      await visit(`/planning/${wave.id}`, ".wave-page .coverage-table tbody tr", "wave");
      await visit("/planning/new", "form.wave-form", "new-wave");
      await visit("/planning/shoppers", ".shoppers-table tr[data-shopper]", "shoppers");
    }
  }
  // Arabic reads right to left: the first column stands at the right.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${server.url}/planning/${wave.id}`);
  await page.waitForSelector(".coverage-table tbody tr");
  const first = await page.locator(".coverage-table thead th >> nth=0").boundingBox();
  const second = await page.locator(".coverage-table thead th >> nth=1").boundingBox();
  assert.ok(first.x > second.x, "the centre's column is at the right in Arabic");
  assert.deepEqual(errors, []);
  await context.close();
});
