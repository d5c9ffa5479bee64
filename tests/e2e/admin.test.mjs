// The administration in headless Chromium against the real server: an admin
// uploads a file that is not a workbook and reads the refusal, uploads a
// checklist workbook with two errors and finds both in the problems table
// with their sheet, row and column, uploads the corrected one, previews it
// in Arabic (right to left, Arabic words) and publishes it; the server then
// has `branch-visit` version 1, with a workbook to download, and a shopper's
// device receives it in its checklists. The catalogue: the workbook with one
// centre made inactive is checked, applied, and the centre leaves the
// shopper's list of centres. Accessibility checks and screenshots in English
// and Arabic at 1440 and 360 px.
//
// The workbooks are in tests/e2e/fixtures/ (made by fixtures/make.py).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer, launchBrowser, newDevice, screenshot, waitFor, shots, axe, sideways } from "./harness.mjs";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "fixtures");
let server, browser, token;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  token = (await signIn("admin", "admin-demo")).token;
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

async function api(path) {
  const res = await fetch(`${server.url}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
  const body = res.headers.get("content-type")?.includes("json") ? await res.json() : Buffer.from(await res.arrayBuffer());
  return { status: res.status, body };
}

async function storeSaved(page) {
  const n = await page.getAttribute("html", "data-store-saved");
  return n === null ? -1 : Number(n);
}

async function chooseLanguage(page, locale) {
  await page.click(".settings-link");
  const before = await storeSaved(page);
  await page.click(`.languages button[data-locale=${locale}]`);
  await waitFor(async () => (await storeSaved(page)) > before, "the language to be saved");
}

async function signInAsAdmin(page) {
  await page.goto(server.url);
  await page.click("a[data-role=supervisor]");
  await page.fill("input[name=username]", "admin");
  await page.fill("input[name=password]", "admin-demo");
  await page.click("button[type=submit]");
  await page.waitForSelector(".inbox");
}

const plain = (s) => (s || "").replace(/[\u2068\u2069]/g, "").trim();

test("an admin checks a checklist's workbook, reads its errors, previews the corrected one in Arabic and publishes it", async () => {
  const { page, errors } = await newDevice(browser, { width: 1440, height: 900 });
  await signInAsAdmin(page);
  const tab = ".review-tabs a[href='/admin/checklists']";
  await page.click(tab);
  await page.waitForSelector(".admin h1");
  assert.equal(await page.getAttribute(tab, "aria-current"), "page");
  // The published list: the built-in checklists, each with its version 1.
  await page.waitForSelector(".checklist-versions[data-template=shopper-customer-journey] tr[data-version='1']");

  // A file that is not a workbook: refused, in words.
  const dir = mkdtempSync(join(tmpdir(), "ms-admin-"));
  const text = join(dir, "notes.xlsx");
  writeFileSync(text, "this is not a workbook\n");
  await page.setInputFiles("#checklist-workbook", text);
  const refused = await page.waitForSelector("[data-import-state=refused]");
  assert.match(plain(await refused.textContent()), /not a workbook this server can read/);

  // Two errors: both in the table, with sheet, row and column.
  await page.setInputFiles("#checklist-workbook", join(fixtures, "checklist-two-errors.xlsx"));
  await page.waitForSelector("[data-import-state=errors]");
  const rows = await page.$$eval(".problems-table tbody tr", (trs) => trs.map((tr) => ({
    code: tr.dataset.code, sheet: tr.dataset.sheet, row: tr.dataset.row, column: tr.dataset.column,
    text: tr.textContent,
  })));
  assert.deepEqual(rows.map(({ code, sheet, row, column }) => ({ code, sheet, row, column })), [
    { code: "unknown_type", sheet: "survey", row: "3", column: "A" },
    { code: "unknown_item", sheet: "survey", row: "8", column: "X" },
  ]);
  assert.match(rows[0].text, /This type is not one the workbook layout knows/);
  assert.match(rows[0].text, /A \(type\)/);
  assert.match(rows[1].text, /names an item the checklist does not have/);
  assert.match(rows[1].text, /X \(relevant\)/);
  assert.match(rows[1].text, /\$\{nowhere\} = 'no'/);
  assert.match(plain(await page.textContent("[data-problem-counts]")), /^2 errors, 0 warnings$/);
  assert.equal(await page.$("[data-action=publish]"), null, "nothing to publish");
  await screenshot(page, "admin-en-errors-1440");
  await axe(page, "en checklist errors");

  // The corrected workbook: read, previewed, in Arabic right to left.
  await page.setInputFiles("#checklist-workbook", join(fixtures, "checklist-fixed.xlsx"));
  await page.waitForSelector("[data-import-state=ready]");
  assert.match(plain(await page.textContent(".import-result [role=status]")), /“Branch visit” \(branch-visit, version 1\)/);
  assert.equal(await page.$$eval(".problems-table tbody tr", (r) => r.length), 0);
  await page.waitForSelector(".preview-frame[data-preview-locale=en] .preview-stage fieldset.item");
  assert.equal(await page.getAttribute(".preview-frame", "dir"), "ltr");
  await page.selectOption("#preview-language", "ar");
  await page.waitForSelector(".preview-frame[data-preview-locale=ar]");
  assert.equal(await page.getAttribute(".preview-frame", "dir"), "rtl");
  assert.equal(await page.getAttribute(".preview-frame", "lang"), "ar");
  assert.equal(plain(await page.textContent(".preview-frame .preview-title")), "زيارة الفرع");
  const arabic = await page.$$eval(".preview-frame legend.item-label", (ls) => ls.map((l) => l.textContent));
  assert.ok(arabic.length > 5 && arabic.every((l) => /[\u0600-\u06FF]/.test(l)), `Arabic labels: ${arabic.slice(0, 3)}`);
  // An answer in the preview is taken (the button shows it pressed).
  const first = await page.$(".preview-frame fieldset.item .choice");
  await first.click();
  assert.equal(await first.getAttribute("aria-pressed"), "true");
  await screenshot(page, "admin-en-preview-ar-1440");
  await axe(page, "en checklist preview in Arabic");

  // Published: the server has it, and the list shows its version 1 by admin.
  await page.click("[data-action=publish]");
  await page.waitForSelector("[data-import-state=published]");
  const versions = await api("/templates/branch-visit/versions");
  assert.equal(versions.status, 200);
  assert.equal(versions.body.length, 1);
  assert.equal(versions.body[0].version, 1);
  assert.equal(versions.body[0].published_by, "admin");
  const row = await page.waitForSelector(".checklist-versions[data-template=branch-visit] tr[data-version='1']");
  assert.match(await row.textContent(), /admin/);
  const workbook = await api("/templates/branch-visit/versions/1.xlsx");
  assert.equal(workbook.status, 200);
  assert.equal(workbook.body.subarray(0, 2).toString(), "PK", "a workbook (a zip)");
  // Its download from the page.
  const [download] = await Promise.all([page.waitForEvent("download"),
    page.click(".checklist-versions[data-template=branch-visit] [data-download='1']")]);
  assert.match(download.suggestedFilename(), /\.xlsx$/);
  await screenshot(page, "admin-en-published-1440");
  assert.deepEqual(errors, []);

  // A shopper's device receives the new checklist at its sync.
  const shopper = await newDevice(browser);
  const synced = shopper.page.waitForResponse(async (r) => {
    if (!r.url().endsWith("/api/v1/templates") || r.status() !== 200) return false;
    const list = await r.json();
    return list.some((t) => t.id === "branch-visit" && t.version === 1 && t.audience === "shopper");
  }, { timeout: 30000 });
  await shopper.page.goto(server.url);
  await shopper.page.click("button[data-role=shopper]");
  await shopper.page.fill("input[name=username]", "shopper");
  await shopper.page.fill("input[name=password]", "shopper-demo");
  await shopper.page.click("button[type=submit]");
  await synced;
  await shopper.context.close();
});

test("the administration in Arabic and on a phone", async () => {
  for (const width of [1440, 360]) {
    const { page, context, errors } = await newDevice(browser, { width, height: 900 });
    await signInAsAdmin(page);
    await chooseLanguage(page, "ar");
    await page.goto(`${server.url}/admin/checklists`);
    await page.waitForSelector(".checklist-versions tr[data-version]");
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    await page.setInputFiles("#checklist-workbook", join(fixtures, "checklist-two-errors.xlsx"));
    await page.waitForSelector("[data-import-state=errors]");
    // Published by the first test: its version 1 is now an error too.
    const words = await page.textContent(".problems-table tbody");
    assert.match(words, /هذا النوع ليس من الأنواع/);
    assert.match(words, /يجب أن يكون الإصدار أعلى من الإصدار المنشور/);
    await screenshot(page, `admin-ar-errors-${width}`);
    assert.equal(await sideways(page), false, `no sideways scroll at ${width}`);
    await axe(page, `ar checklist errors ${width}`);
    await page.click(".planning-nav a[href='/admin/catalogue']");
    await page.waitForSelector("[data-action=download-catalogue]");
    await screenshot(page, `admin-ar-catalogue-${width}`);
    await axe(page, `ar catalogue ${width}`);
    if (width === 360) {
      const en = await newDevice(browser, { width, height: 900 });
      await signInAsAdmin(en.page);
      await en.page.goto(`${server.url}/admin/checklists`);
      await en.page.setInputFiles("#checklist-workbook", join(fixtures, "checklist-two-errors.xlsx"));
      await en.page.waitForSelector("[data-import-state=errors]");
      await screenshot(en.page, "admin-en-errors-360");
      assert.equal(await sideways(en.page), false, "no sideways scroll in English at 360");
      await en.context.close();
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("an admin applies the catalogue with a centre made inactive, and it leaves the shopper's centres", async () => {
  const { page, errors } = await newDevice(browser, { width: 1440, height: 900 });
  await signInAsAdmin(page);
  await page.goto(`${server.url}/admin/catalogue`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-action=download-catalogue]")]);
  assert.match(download.suggestedFilename(), /\.xlsx$/);
  await page.setInputFiles("#catalogue-workbook", join(fixtures, "catalogue-one-inactive.xlsx"));
  await page.waitForSelector("[data-import-state=ready]");
  const inactive = await page.$$eval(".catalogue-table tr[data-active=false]", (trs) => trs.map((t) => t.dataset.centre));
  assert.deepEqual(inactive, ["cd-al-ain"]);
  assert.ok(await page.$(".catalogue-table tr[data-centre=cd-deira][data-active=true]"));
  assert.match(await page.textContent(".catalogue-table tr[data-centre=cd-al-ain]"), /\d+\.\d{5}, \d+\.\d{5}/);
  await screenshot(page, "admin-en-catalogue-1440");
  await axe(page, "en catalogue preview");
  await page.click("[data-action=apply]");
  await page.waitForSelector("[data-import-state=applied]");
  const catalogue = await (await fetch(`${server.url}/api/v1/catalogue`)).json();
  assert.equal(catalogue.centres.find((c) => c.id === "cd-al-ain")?.active, false);
  assert.deepEqual(errors, []);

  // The shopper's list of centres for a new visit no longer has it.
  const shopper = await newDevice(browser);
  await shopper.page.goto(server.url);
  await shopper.page.click("button[data-role=shopper]");
  await shopper.page.fill("input[name=username]", "shopper");
  await shopper.page.fill("input[name=password]", "shopper-demo");
  await shopper.page.click("button[type=submit]");
  await shopper.page.waitForSelector("[data-action=planned-visits]");
  await shopper.page.waitForSelector(".list-choices button[data-centre=cd-deira]");
  assert.equal(await shopper.page.$(".list-choices button[data-centre=cd-al-ain]"), null);
  await shopper.context.close();
});
