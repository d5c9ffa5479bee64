// A real server serving the web build on 127.0.0.1 with a fresh SQLite file,
// headless Chromium driven by Playwright, screenshots, and the server's view
// of what arrived (as a supervisor).
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";

const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, "../..");
export const shots = process.env.SCREENSHOT_DIR || join(here, "screenshots");

export async function startServer(extraArgs = []) {
  const target = resolve(root, process.env.CARGO_TARGET_DIR || "target");
  const bin = join(target, "debug/mystery-shopper-server");
  const web = process.env.WEB_DIR || join(target, "web");
  for (const [what, path] of [["server binary", bin], ["web build", join(web, "index.html")]]) {
    if (!existsSync(path)) throw new Error(`${what} missing at ${path}; run tests/run.sh`);
  }
  const dir = mkdtempSync(join(tmpdir(), "ms-e2e-"));
  // Port 0: the server takes a free port itself and prints its address first.
  const proc = spawn(bin, ["serve", "--demo", "--addr", "127.0.0.1:0",
    "--database", join(dir, "server.sqlite3"), "--photos", join(dir, "photos"), "--web-dir", web, ...extraArgs],
    { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const address = new Promise((ok) => {
    proc.stdout.on("data", (d) => {
      log += d;
      const m = log.match(/http:\/\/127\.0\.0\.1:\d+/);
      if (m) ok(m[0]);
    });
  });
  proc.stderr.on("data", (d) => { log += d; });
  const exited = new Promise((ok) => proc.on("exit", () => ok(null)));
  const timeout = new Promise((ok) => setTimeout(() => ok(null), 30000));
  const url = await Promise.race([address, exited, timeout]);
  if (url) {
    for (let i = 0; i < 100; i++) {
      try { if ((await fetch(`${url}/healthz`)).ok) return { url, proc, log: () => log }; } catch { /* not yet */ }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  proc.kill();
  throw new Error(`server did not start:\n${log}`);
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
}

/// A phone-sized page in a fresh profile (a new device).
export async function newDevice(browser, opts = {}) {
  const context = await browser.newContext({ viewport: { width: opts.width || 390, height: opts.height || 844 },
    locale: opts.locale || "en-US", geolocation: { latitude: 25.1131, longitude: 55.2001 }, permissions: ["geolocation"],
    serviceWorkers: opts.serviceWorkers || "allow" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  return { context, page, errors };
}

export async function screenshot(page, name) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

/// The server's own list and photos, seen by the demo supervisor.
export async function supervisor(url) {
  const res = await fetch(`${url}/api/v1/sessions`, { method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "supervisor", password: "supervisor-demo" }) });
  const { token } = await res.json();
  const get = async (path) => {
    const r = await fetch(`${url}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: r.status, body: r.headers.get("content-type")?.includes("json") ? await r.json() : Buffer.from(await r.arrayBuffer()) };
  };
  return {
    get,
    evaluations: async () => (await get("/evaluations?limit=500")).body,
    evaluation: async (id) => (await get(`/evaluations/${id}`)).body,
    photo: async (sha) => get(`/photos/${sha}`),
  };
}

export async function waitFor(check, what, timeoutMs = 30000) {
  const start = Date.now();
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/// No serious or critical accessibility violation on the page, as axe finds them.
export async function axe(page, screen) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(", ")})`), [], `axe on ${screen}`);
}

/// Whether the page scrolls sideways.
export async function sideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}
