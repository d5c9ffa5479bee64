// The print panel in the browser: an entity's posters from the performance
// dashboard, a centre's posters with counters and its report from the
// centre's page, in English and Arabic; each PDF checked as a reader would
// get it (its codes decoded with zbarimg, its text with pdftotext).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import AxeBuilder from "@axe-core/playwright";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer, launchBrowser, newDevice, screenshot, waitFor } from "./harness.mjs";

let server, browser;
const work = mkdtempSync(join(tmpdir(), "print-"));

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
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

async function signIn(page) {
  await page.goto(server.url);
  await page.click("a[data-role=supervisor]");
  await page.fill("input[name=username]", "supervisor");
  await page.fill("input[name=password]", "supervisor-demo");
  await page.click("button[type=submit]");
  await page.waitForSelector(".inbox");
}

/** Clicks a print button and keeps the PDF it downloads. */
async function download(page, which) {
  const [d] = await Promise.all([page.waitForEvent("download"), page.click(`.print-panel button[data-print=${which}]`)]);
  assert.match(d.suggestedFilename(), /\.pdf$/);
  const file = join(work, `${Date.now()}-${d.suggestedFilename()}`);
  await d.saveAs(file);
  await page.waitForSelector(".print-panel [data-export-state=saved]");
  return file;
}

const pages = (file) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }))[1]);

function code(file, page) {
  const png = `${file}-${page}`;
  execFileSync("pdftoppm", ["-png", "-r", "150", "-singlefile", "-f", `${page}`, "-l", `${page}`, file, png], { stdio: "ignore" });
  return execFileSync("zbarimg", ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", `${png}.png`], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
}

/** The text without spaces, line breaks or pdftotext's direction marks. */
const text = (file) => execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).replace(/[\s\u202a-\u202e\u2066-\u2069]/g, "");
const squeeze = (s) => s.replace(/\s/g, "");

test("a supervisor prints the entity's posters, a centre's counter cards and its report, in English and Arabic", async () => {
  const catalogue = await (await fetch(`${server.url}/api/v1/catalogue`)).json();
  const centres = catalogue.centres.filter((c) => c.entity_id === "civil-documents");
  const barsha = centres.find((c) => c.id === "cd-al-barsha");
  const { page, errors } = await newDevice(browser, { width: 1440, height: 900 });
  await signIn(page);
  await page.click(".review-tabs a[href='/performance']");
  await page.waitForSelector(".league-table tr[data-centre]");

  // The dashboard: the only entity the supervisor reviews, a page per centre.
  await page.selectOption("#poster-format", "a5");
  const all = await download(page, "posters");
  assert.equal(pages(all), centres.length);
  centres.forEach((c, i) => assert.equal(code(all, i + 1), `${server.url}/rate/${c.qr_token}`));

  // A centre's page: two counters, A6 cards, a page each.
  await page.click(".league-table tr[data-centre=cd-al-barsha] a");
  await page.waitForSelector(".centre-performance .print-panel");
  await page.selectOption("#poster-format", "a6");
  await page.fill("#poster-counters", "Desk 1\n\nDesk 2\n");
  const cards = await download(page, "posters");
  assert.equal(pages(cards), 2);
  assert.equal(code(cards, 1), `${server.url}/rate/${barsha.qr_token}?counter=Desk%201`);
  assert.equal(code(cards, 2), `${server.url}/rate/${barsha.qr_token}?counter=Desk%202`);
  const report = await download(page, "report");
  assert.ok(text(report).includes(squeeze(barsha.name.en)), "the report names the centre");
  await screenshot(page, "en-centre-print-1440");
  await axe(page, "en centre print panel");

  // In Arabic on a phone: the panel right to left, the report in Arabic.
  await page.click(".settings-link");
  await page.click(".languages button[data-locale=ar]");
  await waitFor(async () => (await page.getAttribute("html", "dir")) === "rtl", "right to left");
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${server.url}/performance/cd-al-barsha`);
  await page.waitForSelector(".centre-performance .print-panel");
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  assert.equal(sideways, false, "no sideways scrolling at 360 px");
  const arabic = await download(page, "report");
  const words = text(arabic);
  assert.ok(words.includes(squeeze(barsha.name.ar)), "the centre's Arabic name in logical order");
  assert.ok(words.includes("تقريرالمركز"), "the report's title in Arabic");
  await page.locator(".print-panel").scrollIntoViewIfNeeded();
  await screenshot(page, "ar-centre-print-360");
  await axe(page, "ar centre print panel");
  assert.deepEqual(errors, []);
});
