// Browser tests for the dossier web UI: playwright-core driving Debian's /usr/bin/chromium.
//
//   cargo run -p dossier-server --example serve_fixture -- 127.0.0.1:8080 &
//   (cd .ci/browser && npm ci) && node .ci/browser-test.mjs [BASE_URL]
//
// Opens every page type, follows a quote to its source span, checks the figure chart and that
// the XSS fixture article runs nothing. Screenshots go to .ci/out/. Exits 1 on any failure.
import { createRequire } from "node:module";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, "browser", "package.json"));
const { chromium } = require("playwright-core");

const BASE = (process.argv[2] || process.env.DOSSIER_URL || "http://127.0.0.1:8080").replace(/\/$/, "");
const OUT = join(here, "out");
mkdirSync(OUT, { recursive: true });

const failures = [];
let checks = 0;
function check(cond, what) {
  checks++;
  if (!cond) { failures.push(what); console.log(`FAIL ${what}`); } else console.log(`ok   ${what}`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const dialogs = [];
page.on("dialog", async (d) => { dialogs.push(d.message()); await d.dismiss(); });
const pageErrors = [];
page.on("pageerror", (e) => pageErrors.push(String(e)));
// Anything the page tries to load from outside the server is a failure (no CDN, no network).
const foreign = [];
page.on("request", (r) => { if (!r.url().startsWith(BASE) && !r.url().startsWith("data:")) foreign.push(r.url()); });

async function shot(name) { await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true }); }
async function open(path) {
  const res = await page.goto(BASE + path, { waitUntil: "load" });
  check(res && res.status() === 200, `GET ${path} -> 200 (got ${res && res.status()})`);
  return res;
}
async function landmarks(name) {
  const n = await page.evaluate(() => ({
    main: document.querySelectorAll("main").length,
    nav: document.querySelectorAll("nav[aria-label]").length,
    h1: document.querySelectorAll("h1").length,
    search: document.querySelectorAll("form[role=search] label").length,
    lang: document.documentElement.lang,
  }));
  check(n.main === 1 && n.nav >= 1 && n.h1 === 1 && n.search >= 1 && n.lang === "en", `${name}: landmarks, one h1, labelled search`);
}

try {
  // Home.
  await open("/");
  await landmarks("home");
  check(await page.locator("text=Latest articles").count() === 1, "home: latest articles");
  await shot("home");

  // Search through the header box, with the keyboard shortcut.
  await page.keyboard.press("/");
  check(await page.evaluate(() => document.activeElement && document.activeElement.id === "site-q"), "'/' focuses search");
  await page.keyboard.type("troops");
  await Promise.all([page.waitForURL(/\/search\?q=troops/), page.keyboard.press("Enter")]);
  const marks = await page.locator("ol.results mark").count();
  check(marks > 0, `search: highlighted matches (${marks})`);
  await landmarks("search");
  await shot("search");

  // Articles list and an article page.
  await open("/articles");
  await landmarks("articles");
  await shot("articles");
  const firstArticle = page.locator("table.list tbody a").first();
  await Promise.all([page.waitForURL(/\/articles\/a-/), firstArticle.click()]);
  await landmarks("article");
  check(await page.locator(".text .fact").count() > 0, "article: highlighted facts in the text");
  await shot("article");

  // Quotes page: click from a quote to its source span.
  await open("/quotes");
  await landmarks("quotes");
  await shot("quotes");
  const src = page.locator("li.quote-item a.source").first();
  const href = await src.getAttribute("href");
  await Promise.all([page.waitForURL(/\/articles\/a-[^#]+#q-/), src.click()]);
  const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
  check(anchor === href.split("#")[1], `quote link lands on its anchor ${anchor}`);
  const target = page.locator(`[id="${anchor}"]`);
  check(await target.count() === 1, "quote span exists");
  await page.waitForTimeout(200);
  const state = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    return { matches: el.matches(":target"), bg: cs.backgroundColor, outline: cs.outlineStyle,
      inView: r.bottom > 0 && r.top < window.innerHeight && r.width > 0, text: el.textContent };
  });
  check(state.matches, "quote span is the :target");
  check(state.inView, "quote span is scrolled into view");
  check(state.bg === "rgb(255, 179, 71)" && state.outline === "solid", `quote span is highlighted (${state.bg}, ${state.outline})`);
  check(state.text.length > 5, `quote span holds the words: “${state.text.slice(0, 60)}”`);
  await page.screenshot({ path: join(OUT, "quote-target.png") });

  // Entities list and one entity.
  await open("/entities");
  await landmarks("entities");
  await shot("entities");
  await Promise.all([page.waitForURL(/\/entities\/.+/), page.locator("table.list tbody a").first().click()]);
  await landmarks("entity");
  check(await page.locator("text=Spellings").count() === 1, "entity: spellings section");
  await shot("entity");
  await open("/entities/Mohammed%20Shia%20al-Sudani");
  const eq = page.locator("li.quote-item a.source").first();
  if (await eq.count()) {
    await Promise.all([page.waitForURL(/#q-/), eq.click()]);
    check(await page.evaluate(() => document.querySelector(":target") !== null), "entity quote -> span is :target");
  }

  // Figures: the chart is drawn, with tooltips and links to spans.
  await open("/figures");
  await landmarks("figures");
  const chart = page.locator("svg.chart").first();
  check(await chart.count() > 0, "figures: a chart");
  const box = await chart.boundingBox();
  check(box && box.width > 200 && box.height > 60, `figures: chart has a size (${box && Math.round(box.width)}x${box && Math.round(box.height)})`);
  const points = await page.locator("svg.chart").first().locator("circle.point").count();
  check(points >= 2, `figures: chart points (${points})`);
  const tip = await page.locator("svg.chart circle.point title").first().textContent();
  check(tip && tip.includes("“"), `figures: tooltip holds the source text (${tip})`);
  await shot("figures");

  // XSS: the fixture article with script markup in title, text, facts and removed lines.
  const api = await (await page.request.get(`${BASE}/api/articles?q=researchers`)).json();
  check(api.total >= 1, "xss article found through the API");
  const xid = api.items[0].id;
  for (const p of [`/articles/${xid}`, "/", "/articles", "/entities", "/quotes", "/figures",
    "/search?q=researchers", "/entities/%3Cscript%3Ealert(1)%3C%2Fscript%3E"]) {
    if (p.startsWith("/entities/")) {
      // A name made of markup: found or not (404), the page must stay inert.
      const res = await page.goto(BASE + p, { waitUntil: "load" });
      check(res && (res.status() === 200 || res.status() === 404), `GET ${p} -> 200 or 404 (got ${res && res.status()})`);
    } else {
      await open(p);
    }
    const dom = await page.evaluate(() => ({
      scripts: [...document.scripts].map((s) => s.getAttribute("src")),
      imgs: document.querySelectorAll("img").length,
      handlers: [...document.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => a.name.startsWith("on"))).length,
    }));
    check(dom.scripts.length === 1 && dom.scripts[0] === "/static/app.js", `${p}: only app.js runs`);
    check(dom.imgs === 0 && dom.handlers === 0, `${p}: no injected element or handler`);
  }
  await open(`/articles/${xid}`);
  check((await page.locator("h1").textContent()).includes("<script>alert(1)</script>"), "xss title shown as text");
  await shot("xss");
  check(dialogs.length === 0, `no dialog ever opened (${dialogs.join(", ")})`);

  // Phone width: nothing overflows sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await open(href.split("#")[0]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 1, `phone: no horizontal scroll (${overflow}px)`);
  await shot("article-phone");
  await open("/figures");
  await shot("figures-phone");

  check(pageErrors.length === 0, `no script errors (${pageErrors.join("; ")})`);
  check(foreign.length === 0, `no request leaves the server (${foreign.slice(0, 3).join(", ")})`);
} catch (e) {
  failures.push(String(e && e.stack || e));
  console.log(`FAIL ${e && e.stack || e}`);
} finally {
  await browser.close();
}
console.log(`\n${checks - failures.length}/${checks} checks passed; screenshots in ${OUT}`);
process.exit(failures.length ? 1 : 0);
