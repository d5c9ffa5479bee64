// A password reset, as the person it was reset for lives it: an admin gives a
// temporary password; signing in with it asks for a new one before anything
// else, which must follow the rules; the new one then works and the old one no more.
// And a password changed from the settings, the current one asked first.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { startServer, launchBrowser, newDevice, screenshot } from "./harness.mjs";

let server, browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.proc.kill();
});

async function api(path, { method = "GET", body, token } = {}) {
  const headers = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const r = await fetch(`${server.url}/api/v1${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
  return { status: r.status, body: r.headers.get("content-type")?.includes("json") ? await r.json() : null };
}

test("a temporary password is changed at the next sign-in, under the password rules, before anything else", async () => {
  const admin = (await api("/sessions", { method: "POST", body: { username: "admin", password: "admin-demo" } })).body.token;
  const reset = await api("/users/shopper-3/reset-password", { method: "POST", token: admin });
  assert.equal(reset.status, 200);
  const temporary = reset.body.password;

  const { page, context, errors } = await newDevice(browser, { width: 360, height: 800 });
  await page.goto(server.url);
  await page.click("button[data-role=shopper]");
  await page.fill("input[name=username]", "shopper-3");
  await page.fill("input[name=password]", temporary);
  await page.click("button[type=submit]");
  await page.waitForSelector("form.new-password");
  await screenshot(page, "en-new-password-360");
  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.filter((v) => ["serious", "critical"].includes(v.impact)).map((v) => v.id), []);

  // Two passwords that differ, then one that is too common: said, nothing changed.
  await page.fill("input[name=new-password]", "a brand new passphrase");
  await page.fill("input[name=confirm-password]", "another passphrase!");
  await page.click("form.new-password button[type=submit]");
  await page.waitForSelector("form.new-password .error");
  await page.fill("input[name=new-password]", "qwerty123456");
  await page.fill("input[name=confirm-password]", "qwerty123456");
  await page.click("form.new-password button[type=submit]");
  await page.waitForFunction(() => /12/.test(document.querySelector("form.new-password .error")?.textContent ?? ""));

  await page.fill("input[name=new-password]", "a brand new passphrase");
  await page.fill("input[name=confirm-password]", "a brand new passphrase");
  await page.click("form.new-password button[type=submit]");
  await page.waitForSelector("[data-action=planned-visits]");
  assert.equal((await api("/sessions", { method: "POST", body: { username: "shopper-3", password: temporary } })).status, 401);
  const again = await api("/sessions", { method: "POST", body: { username: "shopper-3", password: "a brand new passphrase" } });
  assert.equal(again.status, 201);
  assert.equal(again.body.must_change_password, undefined);
  // The device's own session works now: its planned visits load.
  assert.equal((await api("/my/assignments", { token: again.body.token })).status, 200);
  assert.deepEqual(errors, []);
  await context.close();
});

test("anyone signed in changes their own password from the settings, the current one asked first, in Arabic", async () => {
  const { page, context, errors } = await newDevice(browser, { width: 360, height: 800 });
  await page.goto(server.url);
  await page.click("button[data-role=shopper]");
  await page.fill("input[name=username]", "shopper-4");
  await page.fill("input[name=password]", "shopper-4-demo");
  await page.click("button[type=submit]");
  await page.waitForSelector("[data-action=planned-visits]");
  await page.click(".settings-link");
  await page.click(".languages button[data-locale=ar]");
  await page.waitForFunction(() => document.documentElement.dir === "rtl");
  await page.waitForSelector("form.new-password input[name=current-password]");

  // A wrong current password is refused in words, and nothing changes.
  await page.fill("input[name=current-password]", "not my password at all");
  await page.fill("input[name=new-password]", "a fresh long passphrase");
  await page.fill("input[name=confirm-password]", "a fresh long passphrase");
  await page.click("form.new-password button[type=submit]");
  await page.waitForSelector("form.new-password .error");
  assert.equal((await api("/sessions", { method: "POST", body: { username: "shopper-4", password: "shopper-4-demo" } })).status, 201);

  await page.fill("input[name=current-password]", "shopper-4-demo");
  await page.click("form.new-password button[type=submit]");
  await page.waitForSelector("[data-password=changed]");
  assert.equal(await page.inputValue("input[name=current-password]"), "", "the typed passwords are cleared");
  await screenshot(page, "ar-settings-password-360");
  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.filter((v) => ["serious", "critical"].includes(v.impact)).map((v) => v.id), []);
  assert.equal((await api("/sessions", { method: "POST", body: { username: "shopper-4", password: "shopper-4-demo" } })).status, 401);
  assert.equal((await api("/sessions", { method: "POST", body: { username: "shopper-4", password: "a fresh long passphrase" } })).status, 201);
  assert.deepEqual(errors, []);
  await context.close();
});
