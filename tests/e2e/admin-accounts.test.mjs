// The admins' accounts, kiosks and audit log in headless Chromium against the
// real server: an admin creates a supervisor (a weak password refused in words
// first), changes its entities, resets its password (the temporary one shown
// once, copied); the new account signs in and is asked to change it; the admin
// deactivates it and its open session is refused at once, then reactivates it;
// registers a kiosk and sees its key once, revokes it; the audit log shows
// those acts, filters by action and downloads as CSV. Accessibility checks,
// no sideways scroll, and screenshots in English and Arabic at 1440 and 360 px.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { startServer, launchBrowser, screenshot, waitFor, shots, axe, sideways } from "./harness.mjs";

let server, browser, token;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  token = (await api("/sessions", { method: "POST", body: { username: "admin", password: "admin-demo" } })).body.token;
  console.log(`screenshots: ${shots}`);
});

after(async () => {
  await browser?.close();
  server?.proc.kill();
});

async function api(path, { method = "GET", body, bearer } = {}) {
  const headers = { "content-type": "application/json" };
  const auth = bearer === undefined ? token : bearer;
  if (auth) headers.authorization = `Bearer ${auth}`;
  const r = await fetch(`${server.url}/api/v1${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
  return { status: r.status, body: r.headers.get("content-type")?.includes("json") ? await r.json() : await r.text() };
}

/// A fresh device whose page may use the clipboard.
async function device({ width = 1440, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: "en-US",
    permissions: ["clipboard-read", "clipboard-write"] });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  return { context, page, errors };
}

async function chooseLanguage(page, locale) {
  const saved = async () => Number((await page.getAttribute("html", "data-store-saved")) ?? -1);
  await page.click(".settings-link");
  const before = await saved();
  await page.click(`.languages button[data-locale=${locale}]`);
  await waitFor(async () => (await saved()) > before, "the language to be saved");
}

async function signIn(page, username, password) {
  await page.goto(server.url);
  await page.click("a[data-role=supervisor]");
  await page.fill("input[name=username]", username);
  await page.fill("input[name=password]", password);
  await page.click("button[type=submit]");
}

async function signInAsAdmin(page) {
  await signIn(page, "admin", "admin-demo");
  await page.waitForSelector(".inbox");
}

/// What the screen shows from the top of the page, or from `selector` when given.
async function viewShot(page, name, selector) {
  await page.evaluate(() => window.scrollTo(0, 0));
  if (selector) await page.locator(selector).first().scrollIntoViewIfNeeded();
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`) });
}

const plain = (s) => (s || "").replace(/[\u2068\u2069]/g, "").replace(/\s+/g, " ").trim();
const row = (username) => `.accounts-table tr[data-account="${username}"]`;

async function refusal(page, field) {
  const text = await page.waitForSelector(`#new-account-${field}-error`);
  return plain(await text.textContent());
}

test("an admin creates a supervisor, changes it, resets its password, deactivates and reactivates it", async () => {
  const { page, context, errors } = await device();
  await signInAsAdmin(page);
  await page.click(".review-tabs a[href='/admin/checklists']");
  await page.click(".planning-nav a[href='/admin/accounts']");
  assert.equal(await page.getAttribute(".planning-nav a[href='/admin/accounts']", "aria-current"), "page");
  await page.waitForSelector(row("admin"));

  // A weak password: refused by the server, in words, beside the field (which takes the focus).
  await page.click("[data-action=new-account]");
  await page.fill("#new-account-username", "nadia.saleh");
  await page.fill("#new-account-display-name", "Nadia Saleh");
  await page.selectOption("#new-account-role", "supervisor");
  await page.check("input[name=entities][value=civil-documents]");
  await page.fill("#new-account-password", "short-one");
  await page.click("[data-action=create-account]");
  assert.match(await refusal(page, "password"), /too short: it needs at least 12 characters/);
  await page.fill("#new-account-password", "qwerty123456");
  await page.click("[data-action=create-account]");
  await page.waitForFunction(() => /most common/.test(document.querySelector("#new-account-password-error")?.textContent ?? ""));
  assert.equal(await page.evaluate(() => document.activeElement?.id), "new-account-password");
  assert.equal(await page.getAttribute("#new-account-password", "aria-invalid"), "true");
  await viewShot(page, "admin-new-account-refused-en-1440", "#new-account-password");
  await axe(page, "new account refused en 1440");
  assert.equal((await api("/users/nadia.saleh")).status, 404, "nothing created yet");
  await page.fill("#new-account-password", "nadia's own passphrase");
  await page.click("[data-action=create-account]");
  await page.waitForSelector(`${row("nadia.saleh")}[data-role=supervisor]`);
  assert.match(plain(await page.textContent("[data-account-done]")), /nadia\.saleh was created/);
  assert.equal(await page.getAttribute(`${row("nadia.saleh")} [data-entities]`, "data-entities"), "civil-documents");
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, "admin-accounts-en-1440");
  await axe(page, "accounts list en 1440");
  assert.equal(await sideways(page), false);

  // The filters: supervisors of the roads, then only the deactivated.
  await page.selectOption("#accounts-role", "supervisor");
  await page.selectOption("#accounts-entity", "roads-vehicles");
  await page.waitForFunction(() => document.querySelectorAll(".accounts-table tbody tr[data-account]").length === 1);
  assert.ok(await page.$(row("supervisor-roads")));
  await page.selectOption("#accounts-role", "");
  await page.selectOption("#accounts-entity", "");

  // Its entities changed: the roads too.
  await page.click(`${row("nadia.saleh")} [data-action=edit-account]`);
  await page.waitForSelector("form[data-editing='nadia.saleh']");
  await page.check("form[data-editing='nadia.saleh'] input[name=entities][value=roads-vehicles]");
  await page.click("[data-action=save-account]");
  await page.waitForSelector(`${row("nadia.saleh")} [data-entities="civil-documents roads-vehicles"]`);
  assert.deepEqual((await api("/users/nadia.saleh")).body.entities, ["civil-documents", "roads-vehicles"]);

  // Its own deactivation: refused in words.
  await page.click(`${row("admin")} [data-action=deactivate]`);
  await page.click("[data-action=confirm-deactivate]");
  await page.waitForSelector("[data-account-refused]");
  assert.match(plain(await page.textContent("[data-account-refused]")), /can't deactivate your own account/);

  // A reset: the temporary password in its box, once, with a copy.
  await page.click(`${row("nadia.saleh")} [data-action=reset-password]`);
  await page.click("[data-action=confirm-reset]");
  await page.waitForSelector("#secret-box[data-secret=password]");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "secret-box");
  const temporary = plain(await page.textContent("#secret-box [data-secret-value]"));
  assert.match(temporary, /^[A-Za-z0-9]{20}$/);
  assert.match(plain(await page.textContent("#secret-box")), /must choose their own password at their next sign-in/);
  await page.click("[data-action=copy-secret]");
  await page.waitForSelector("#secret-box [data-copied=true]");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), temporary);
  await page.waitForSelector(`${row("nadia.saleh")} [data-must-change]`);
  await axe(page, "reset password en 1440");
  await page.click("[data-action=close-secret]");
  assert.equal(await page.$("#secret-box"), null);
  assert.ok(!(await page.textContent("main")).includes(temporary), "not shown again");

  // The account signs in with it and is asked for its own password.
  const nadia = await device({ width: 360, height: 800 });
  await signIn(nadia.page, "nadia.saleh", temporary);
  await nadia.page.waitForSelector("form.new-password");
  await nadia.page.fill("input[name=new-password]", "nadia's second passphrase");
  await nadia.page.fill("input[name=confirm-password]", "nadia's second passphrase");
  await nadia.page.click("form.new-password button[type=submit]");
  await nadia.page.waitForSelector(".inbox");
  const deviceToken = await nadia.page.evaluate(() => JSON.parse(localStorage.getItem("mystery-shopper-settings") || "{}").token);
  const open = (await api("/sessions", { method: "POST", bearer: null,
    body: { username: "nadia.saleh", password: "nadia's second passphrase" } })).body.token;
  for (const t of [open, deviceToken].filter(Boolean)) {
    assert.equal((await api("/evaluations?limit=1", { bearer: t })).status, 200);
  }

  // Deactivated after a confirmation: its open sessions are refused at once.
  await page.click(`${row("nadia.saleh")} [data-action=deactivate]`);
  assert.match(plain(await page.textContent("[role=alertdialog]")), /Their sessions end at once/);
  await page.click("[data-action=confirm-deactivate]");
  await page.waitForSelector(`${row("nadia.saleh")}[data-active=false]`);
  for (const t of [open, deviceToken].filter(Boolean)) {
    assert.equal((await api("/evaluations?limit=1", { bearer: t })).status, 401);
  }
  const refused = await api("/sessions", { method: "POST", bearer: null,
    body: { username: "nadia.saleh", password: "nadia's second passphrase" } });
  assert.equal(refused.status, 401);
  await page.selectOption("#accounts-state", "false");
  await page.waitForFunction(() => [...document.querySelectorAll(".accounts-table tbody tr[data-account]")]
    .every((r) => r.dataset.active === "false"));
  assert.ok(await page.$(row("nadia.saleh")));
  await page.click(`${row("nadia.saleh")} [data-action=reactivate]`);
  await page.waitForSelector("[data-account-done]");
  await page.selectOption("#accounts-state", "");
  await page.waitForSelector(`${row("nadia.saleh")}[data-active=true]`);
  const again = await api("/sessions", { method: "POST", bearer: null,
    body: { username: "nadia.saleh", password: "nadia's second passphrase" } });
  assert.equal(again.status, 201);
  assert.deepEqual(errors, []);
  assert.deepEqual(nadia.errors, []);
  await nadia.context.close();
  await context.close();
});

test("an admin registers a kiosk, sees its key once, and revokes it", async () => {
  const { page, context, errors } = await device();
  await signInAsAdmin(page);
  await page.goto(`${server.url}/admin/kiosks`);
  await page.waitForSelector(".kiosks-table tr[data-kiosk]");
  // No centre chosen: said beside the field.
  await page.click("[data-action=register-kiosk]");
  await page.waitForSelector("#kiosk-centre-error");
  await page.selectOption("#kiosk-centre", "cd-deira");
  await page.fill("#kiosk-label", "Main exit, left");
  await page.click("[data-action=register-kiosk]");
  await page.waitForSelector("#secret-box[data-secret=kiosk-key]");
  const key = plain(await page.textContent("#secret-box [data-secret-value]"));
  assert.ok(key.length >= 20, key);
  await page.click("[data-action=copy-secret]");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), key);
  const listed = (await api("/kiosks")).body.find((k) => k.label === "Main exit, left");
  assert.equal(listed.centre_id, "cd-deira");
  assert.ok(!JSON.stringify(listed).includes(key), "the list never has the key");
  const kiosk = `.kiosks-table tr[data-kiosk="${listed.id}"]`;
  await page.waitForSelector(`${kiosk}[data-revoked=false]`);
  await axe(page, "kiosk key en 1440");
  await page.click("[data-action=close-secret]");
  assert.ok(!(await page.textContent("main")).includes(key), "the key is not shown again");

  await page.click(`${kiosk} [data-action=revoke]`);
  assert.match(plain(await page.textContent("[role=alertdialog]")), /Its key is refused from now on/);
  await page.click("[data-action=confirm-revoke]");
  await page.waitForSelector(`${kiosk}[data-revoked=true]`);
  assert.ok((await api("/kiosks")).body.find((k) => k.id === listed.id).revoked_at);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the audit log shows the acts, filters them by action and downloads them as CSV", async () => {
  const { page, context, errors } = await device();
  await signInAsAdmin(page);
  await page.goto(`${server.url}/admin/audit`);
  await page.waitForSelector(".audit-table tr[data-audit]");
  const actions = await page.$$eval(".audit-table tr[data-audit]", (trs) => trs.map((t) => t.dataset.auditAction));
  for (const a of ["account_created", "account_changed", "password_reset", "account_deactivated", "account_reactivated",
    "kiosk_registered", "kiosk_revoked"]) {
    assert.ok(actions.includes(a), `${a} in ${actions}`);
  }
  const ids = await page.$$eval(".audit-table tr[data-audit]", (trs) => trs.map((t) => Number(t.dataset.audit)));
  assert.deepEqual(ids, [...ids].sort((a, b) => b - a), "newest first");
  // The change of entities, readable: the field, before and after.
  const changed = plain(await page.textContent(".audit-table tr[data-audit-action=account_changed]"));
  assert.match(changed, /admin/);
  assert.match(changed, /nadia\.saleh/);
  assert.match(changed, /Entities: .+ → .+, .+/);
  assert.match(plain(await page.textContent(".audit-table tr[data-audit-action=account_deactivated]")), /Active: Yes → No/);

  await page.selectOption("#audit-action", "password_reset");
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll(".audit-table tr[data-audit]")];
    return rows.length > 0 && rows.every((r) => r.dataset.auditAction === "password_reset");
  });
  await axe(page, "audit log en 1440");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-export='audit.csv']")]);
  assert.equal(download.suggestedFilename(), "audit.csv");
  const csv = readFileSync(await download.path(), "utf8").trim().split("\n");
  assert.equal(csv[0], "id,at,actor,action,subject,before,after");
  assert.ok(csv.length >= 2 && csv.slice(1).every((line) => line.includes(",password_reset,")), csv.join("\n"));
  await page.waitForSelector("[data-export-state=saved]");

  // Who acted: only the admin's acts; the first page has no newer one.
  await page.selectOption("#audit-action", "");
  await page.selectOption("#audit-actor", "admin");
  await page.waitForFunction(() => [...document.querySelectorAll(".audit-table tr[data-audit] td:nth-child(2)")]
    .every((td) => td.textContent.includes("admin")));
  assert.equal(await page.isDisabled("[data-action=newer]"), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test("accounts, kiosks and the audit log in English and Arabic, on a wide screen and a phone", async () => {
  for (const [locale, width] of [["en", 1440], ["ar", 1440], ["en", 360], ["ar", 360]]) {
    const { page, context, errors } = await device({ width, height: 900 });
    await signInAsAdmin(page);
    if (locale !== "en") await chooseLanguage(page, locale);
    await page.goto(`${server.url}/admin/accounts`);
    await page.waitForSelector(row("nadia.saleh"));
    assert.equal(await page.getAttribute("html", "dir"), locale === "ar" ? "rtl" : "ltr");
    if (locale === "ar") assert.match(await page.textContent("h1"), /الحسابات/);
    assert.equal(await sideways(page), false, `accounts ${locale} ${width}`);
    await axe(page, `accounts ${locale} ${width}`);
    if (width === 360) {
      // The new account's form and a reset, on a phone.
      await page.click("[data-action=new-account]");
      await page.selectOption("#new-account-role", "supervisor");
      assert.equal(await sideways(page), false, `new account form ${locale} ${width}`);
      await axe(page, `new account ${locale} ${width}`);
      await page.click(".account-form button[type=button]");
      await page.click(`${row("shopper-4")} [data-action=reset-password]`);
      await page.click("[data-action=confirm-reset]");
      await page.waitForSelector("#secret-box[data-secret=password]");
      if (locale === "ar") {
        assert.match(await page.textContent("#secret-box"), /كلمة المرور المؤقتة/);
        await viewShot(page, "admin-reset-password-ar-360");
      }
      assert.equal(await sideways(page), false, `reset box ${locale} ${width}`);
      await axe(page, `reset box ${locale} ${width}`);
    }
    await page.click(".planning-nav a[href='/admin/kiosks']");
    await page.waitForSelector(".kiosks-table tr[data-kiosk]");
    assert.equal(await sideways(page), false, `kiosks ${locale} ${width}`);
    if (width === 360) await viewShot(page, `admin-kiosks-${locale}-360`, ".kiosks-table");
    await axe(page, `kiosks ${locale} ${width}`);
    await page.click(".planning-nav a[href='/admin/audit']");
    await page.waitForSelector(".audit-table tr[data-audit]");
    assert.equal(await sideways(page), false, `audit ${locale} ${width}`);
    await axe(page, `audit ${locale} ${width}`);
    if (locale === "ar") {
      assert.match(await page.textContent(".audit-table"), /إعادة تعيين كلمة المرور/);
      await viewShot(page, `admin-audit-ar-${width}`);
      if (width === 360) await viewShot(page, "admin-audit-ar-360-entries", ".audit-table tr[data-audit-action=account_changed]");
    } else {
      await viewShot(page, `admin-audit-en-${width}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});
