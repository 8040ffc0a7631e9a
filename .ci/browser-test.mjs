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
  const storyLinks = await page.locator("ul.stories a.story-title").count();
  check(storyLinks >= 1, `home: stories listed (${storyLinks})`);
  const storyLine = await page.locator("ul.stories li").first().textContent();
  check(/\d+ articles?/.test(storyLine) && /\d{4}-\d{2}-\d{2}/.test(storyLine), `home: story with article count and dates (${storyLine.trim().slice(0, 80)})`);
  await shot("home");

  // Overview: every article as one scope. The troop chart has its three points (3,000 in 2020,
  // about 2,500 in December 2021, more than 2,500 in March 2024), each with the quoted figure.
  await open("/overview");
  await landmarks("overview");
  const troops = page.locator('figure.chart-box[data-series*="troop"] svg.chart').first();
  check(await troops.count() === 1, "overview: a troop chart");
  const pts = await troops.locator("circle.point").evaluateAll((cs) => cs.map((c) => ({
    value: Number(c.dataset.value), date: c.dataset.date, r: c.getBoundingClientRect(),
    tip: (c.querySelector("title") || {}).textContent || "" })));
  check(pts.length === 3, `overview: troop chart has three marks (${pts.length})`);
  const want = [[3000, "2020"], [2500, "2021"], [2500, "2024-03"]];
  check(want.every(([v, d], i) => pts[i] && pts[i].value === v && pts[i].date.startsWith(d)),
    `overview: marks are 3,000 in 2020, 2,500 in 2021, 2,500 in March 2024 (${pts.map((p) => `${p.value}@${p.date}`).join(", ")})`);
  check(pts.length === 3 && pts[0].r.x < pts[1].r.x && pts[1].r.x < pts[2].r.x && pts.every((p) => p.r.width > 4),
    "overview: marks drawn left to right in time");
  check(pts.length === 3 && pts[2].tip.includes("more than 2,500") && pts[0].tip.includes("“"),
    `overview: tooltips quote the figure (${pts.length === 3 && pts[2].tip.slice(0, 60)})`);
  // The Romanowski / al-Sudani disagreement, side by side.
  // The conflict whose two speakers are Romanowski and al-Sudani (not merely naming them).
  const pair = (p) => p.locator("article.conflict")
    .filter({ has: p.locator(".side:first-child p.who", { hasText: "Romanowski" }) })
    .filter({ has: p.locator(".side:last-child p.who", { hasText: "al-Sudani" }) }).first();
  const conflict = pair(page);
  check(await conflict.count() === 1, "overview: the Romanowski / al-Sudani disagreement");
  const sides = await conflict.locator(".side").evaluateAll((ss) => ss.map((s) => s.getBoundingClientRect()));
  check(sides.length === 2 && Math.abs(sides[0].top - sides[1].top) < 4 && sides[0].right <= sides[1].left,
    "overview: its two sides stand side by side");
  check(await page.locator("ol.timeline li.tl").count() > 5, "overview: a timeline");
  check(await page.locator("#said-h").count() === 1 && await page.locator("section.speaker").count() > 3, "overview: who said what, by speaker");
  check(await page.locator("#outlets ul.counts li").count() >= 2, "overview: outlets that covered it");
  await conflict.scrollIntoViewIfNeeded();
  await shot("overview");
  // Click from each side of the disagreement to its exact sentence in the article.
  for (const i of [0, 1]) {
    await open("/overview");
    const link = pair(page).locator(".side a.source").nth(i);
    const words = (await pair(page).locator(".side blockquote").nth(i).textContent()).replace(/[“”]/g, "").trim();
    await Promise.all([page.waitForURL(/\/articles\/a-[^#]+#/), link.click()]);
    await page.waitForTimeout(200);
    const t = await page.evaluate(() => {
      const el = document.querySelector(":target");
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { text: el.textContent, bg: getComputedStyle(el).backgroundColor,
        inView: r.bottom > 0 && r.top < window.innerHeight && r.width > 0 };
    });
    check(t && t.text.trim() === words, `disagreement side ${i + 1} lands on its words in the article (${t && t.text.slice(0, 50)})`);
    check(t && t.inView && t.bg === "rgb(255, 179, 71)", `disagreement side ${i + 1}: the span is highlighted in view`);
    await page.screenshot({ path: join(OUT, `conflict-side-${i + 1}.png`) });
  }
  // A timeline event (a sentence, not a quote) links to its span too.
  await open("/overview");
  const ev = page.locator("ol.timeline li.event a.source").first();
  const evHref = await ev.getAttribute("href");
  await Promise.all([page.waitForURL(/\?span=\d+-\d+#s\d+-\d+/), ev.click()]);
  await page.waitForTimeout(150);
  check(await page.evaluate(() => { const el = document.querySelector(":target"); return !!el && el.classList.contains("cited") && el.textContent.split(" ").length > 4; }),
    `timeline event -> its sentence is the highlighted :target (${evHref})`);
  await page.screenshot({ path: join(OUT, "timeline-target.png") });

  // Stories: the list, and each story's page with its own sections and the corpus-wide series.
  await open("/stories");
  await landmarks("stories");
  const storyHrefs = await page.locator("ul.stories a.story-title").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  check(storyHrefs.length >= 3, `stories: listed (${storyHrefs.length})`);
  await shot("stories");
  let storyCharts = 0;
  for (const [i, h] of storyHrefs.entries()) {
    await open(h);
    await landmarks(`story ${i + 1}`);
    check(await page.locator("ol.items li").count() >= 1, `story ${i + 1}: its articles`);
    storyCharts += await page.locator("svg.chart").count();
    if (i === 0) await shot("story");
  }
  check(storyCharts >= 3, `stories show the figure series they share with the corpus (${storyCharts} charts)`);
  // From a story page, click a quote of "who said what" through to its span.
  await open(storyHrefs[0]);
  const said = page.locator("section.speaker a.source").first();
  await Promise.all([page.waitForURL(/\/articles\/a-[^#]+#/), said.click()]);
  await page.waitForTimeout(150);
  check(await page.evaluate(() => !!document.querySelector(":target.fact")), "story quote -> its span is the :target");

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
  check(await page.locator("#sp-h").count() === 1, "entity: spellings section");
  await shot("entity");
  // A merged entity: its spellings, where each was seen, and mentions over time.
  await open("/entities/Islamic%20State");
  const spell = await page.locator("ul.spellings > li > strong").allTextContents();
  check(spell.length >= 2, `entity: several spellings merged (${spell.join(", ")})`);
  check(await page.locator("ul.seen a").count() >= 2, "entity: where each spelling was seen");
  check(await page.locator("svg.bars rect.bar").count() >= 1, "entity: mentions over time drawn");
  await shot("entity-merged");
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
  for (const p of [`/articles/${xid}`, "/", "/articles", "/entities", "/quotes", "/figures", "/overview", "/stories",
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
  await open("/overview");
  const ovOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(ovOverflow <= 1, `phone: overview has no horizontal scroll (${ovOverflow}px)`);
  await shot("overview-phone");

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
