#!/usr/bin/env node
// Accessibility checks of every HTML file of an infosheet output folder, in one headless
// Chromium (Debian's, at /usr/bin/chromium or $CHROMIUM; Playwright downloads no browser):
//
//   node tests/a11y/check.mjs OUTPUT_DIR
//
// For each file: axe-core with the WCAG 2.0/2.1/2.2 A and AA rules; reflow at 320 CSS px
// (WCAG 1.4.10); 200% zoom, with and without WCAG 1.4.12 text spacing, clips or spills no
// text; lang and dir on <html>; one h1; no skipped heading level; th cells in every table;
// non-empty alt on every img; a non-empty accessible name (Chromium's own) on every link;
// nothing loaded from outside the file (the catalogue: its thumbnails, PNGs below it). Prints one line per problem (file, rule id,
// target), then "N passed, M failed" and the time taken; exits 1 on any problem.

import { readFileSync, readdirSync, mkdtempSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

const outDir = process.argv[2];
if (!outDir || process.argv.length > 3) {
  console.error('usage: node tests/a11y/check.mjs OUTPUT_DIR');
  process.exit(2);
}

let chromium;
let axeSource;
try {
  ({ chromium } = require('playwright-core'));
  axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
} catch (e) {
  console.error(`playwright-core and axe-core are missing: run \`npm ci\` at the repository root (${e.message})`);
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`no Chromium at ${executablePath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM`);
  process.exit(2);
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DESKTOP = { width: 1280, height: 800 };
const REFLOW = { width: 320, height: 640 };
// 200% zoom of a 1280 px wide window: the layout sees 640 CSS px.
const ZOOM_200 = { width: 640, height: 400 };
// WCAG 1.4.12 text spacing, as the W3C's text spacing bookmarklet applies it.
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p, li, dd, dt, caption, blockquote, figcaption { margin-bottom: 2em !important; }
`;

function htmlFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(p));
    else if (entry.isFile() && entry.name.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

// Put into every page with axe-core: a short CSS path naming an element in reports.
function a11yPath(el) {
  const parts = [];
  for (let e = el; e && e.nodeType === 1 && parts.length < 5; e = e.parentElement) {
    let s = e.localName;
    if (e.id) { parts.unshift(`${s}#${e.id}`); break; }
    if (e.classList.length) s += `.${[...e.classList].join('.')}`;
    const same = e.parentElement ? [...e.parentElement.children].filter((c) => c.localName === e.localName) : [];
    if (same.length > 1) s += `:nth-of-type(${same.indexOf(e) + 1})`;
    parts.unshift(s);
  }
  return parts.join(' > ');
}

// Runs in the page: structure checks. Returns [{ rule, target, detail }].
function domChecks() {
  const path = globalThis.a11yPath;
  const problems = [];
  const root = document.documentElement;
  if (!root.getAttribute('lang')?.trim()) problems.push({ rule: 'html-lang', target: 'html', detail: 'no lang' });
  if (!['ltr', 'rtl'].includes(root.getAttribute('dir'))) problems.push({ rule: 'html-dir', target: 'html', detail: `dir=${root.getAttribute('dir')}` });
  const h1 = document.querySelectorAll('h1');
  if (h1.length !== 1) problems.push({ rule: 'one-h1', target: 'h1', detail: `${h1.length} h1 elements` });
  let previous = 0;
  for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')) {
    const level = h.getAttribute('role') === 'heading' ? Number(h.getAttribute('aria-level') || 2) : Number(h.localName[1]);
    if (level > previous + 1) problems.push({ rule: 'heading-skip', target: path(h), detail: `h${level} after h${previous}` });
    previous = level;
  }
  for (const table of document.querySelectorAll('table')) {
    if (!table.querySelector('th')) problems.push({ rule: 'table-th', target: path(table), detail: 'no th cell' });
    for (const row of table.querySelectorAll('tbody > tr')) {
      if (!row.querySelector('th')) problems.push({ rule: 'table-th', target: path(row), detail: 'row without th' });
    }
  }
  for (const img of document.querySelectorAll('img')) {
    if (!img.getAttribute('alt')?.trim()) problems.push({ rule: 'img-alt', target: path(img), detail: 'empty or missing alt' });
  }
  // Anything that would load a resource: only data: URLs may appear.
  const loads = [
    ['[src]', 'src'], ['[srcset]', 'srcset'], ['[poster]', 'poster'], ['object[data]', 'data'],
    ['link[href]', 'href'], ['image[href]', 'href'], ['use[href]', 'href'],
  ];
  for (const [sel, attr] of loads) {
    for (const el of document.querySelectorAll(sel)) {
      const v = el.getAttribute(attr).trim();
      // The catalogue's page-1 thumbnails: relative .png paths below it.
      const thumbnail = location.pathname.endsWith('/index.html') && el.localName === 'img'
        && attr === 'src' && /^[^:/?#][^:?#]*\.png$/.test(v) && !v.includes('..');
      if (!thumbnail && !v.startsWith('data:') && !v.startsWith('#')) problems.push({ rule: 'external-resource', target: path(el), detail: `${attr}=${v.slice(0, 120)}` });
    }
  }
  for (const el of document.querySelectorAll('script, iframe, frame, embed, base')) {
    problems.push({ rule: 'external-resource', target: path(el), detail: `<${el.localName}> element` });
  }
  const css = [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n')
    + [...document.querySelectorAll('[style]')].map((e) => e.getAttribute('style')).join('\n');
  for (const m of css.matchAll(/url\(\s*['"]?([^'")]*)|@import\s+['"]?([^'";\s]*)/g)) {
    const v = (m[1] ?? m[2]).trim();
    if (!v.startsWith('data:') && !v.startsWith('#')) problems.push({ rule: 'external-resource', target: 'style', detail: v.slice(0, 120) });
  }
  return problems;
}

// Runs in the page: horizontal scrolling of the page, and boxes whose text is clipped or
// spills out. Returns [{ target, detail }].
function overflowChecks() {
  const path = globalThis.a11yPath;
  const problems = [];
  const doc = document.scrollingElement || document.documentElement;
  const vw = document.documentElement.clientWidth;
  if (doc.scrollWidth > vw) {
    // Name the widest boxes that stick out of the viewport.
    const out = [...document.body.querySelectorAll('*')]
      .map((e) => [e, e.getBoundingClientRect()])
      .filter(([, r]) => r.width > 0 && (r.right > vw + 0.5 || r.left < -0.5))
      .slice(-3)
      .map(([e, r]) => `${path(e)} [${Math.round(r.left)}..${Math.round(r.right)}]`);
    problems.push({ target: 'html', detail: `scrollWidth ${doc.scrollWidth} > clientWidth ${vw}: ${out.join('; ')}` });
  }
  const hasText = (el) => /\S/.test(el.textContent);
  for (const el of document.body.querySelectorAll('*')) {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.display === 'inline' || cs.display === 'contents') continue;
    if (!hasText(el) || el.clientWidth === 0) continue;
    const clipX = !['visible'].includes(cs.overflowX);
    const clipY = !['visible'].includes(cs.overflowY);
    const overX = el.scrollWidth > el.clientWidth + 1;
    const overY = el.scrollHeight > el.clientHeight + 1;
    if ((clipX && overX) || (clipY && overY)) {
      problems.push({ target: path(el), detail: `overflow ${cs.overflowX}/${cs.overflowY} clips: scroll ${el.scrollWidth}x${el.scrollHeight} > client ${el.clientWidth}x${el.clientHeight}` });
    } else if (overX) {
      problems.push({ target: path(el), detail: `text spills out: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}` });
    }
    if (cs.textOverflow === 'ellipsis' || (cs.webkitLineClamp && cs.webkitLineClamp !== 'none')) {
      problems.push({ target: path(el), detail: 'text truncated (ellipsis or line clamp)' });
    }
  }
  // Words split across two lines although they would fit on one: a squeezed column or box
  // breaks them with overflow-wrap. Addresses, numbers and names in links and <bdi> may
  // break, and so may Chinese and Japanese, which break between any two characters.
  const segmenters = new Map();
  const segmenter = (lang) => {
    if (!segmenters.has(lang)) segmenters.set(lang, new Intl.Segmenter(lang || undefined, { granularity: 'word' }));
    return segmenters.get(lang);
  };
  // A word narrower than the page's text column can be kept whole.
  const bodyStyle = getComputedStyle(document.body);
  const room = document.body.clientWidth - parseFloat(bodyStyle.paddingLeft) - parseFloat(bodyStyle.paddingRight);
  const range = document.createRange();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('a, bdi, style') || !/\S/.test(node.data)) continue;
    const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
    const fontSize = parseFloat(getComputedStyle(parent).fontSize);
    let block = parent;
    while (block.parentElement && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    for (const w of segmenter(lang).segment(node.data)) {
      if (!w.isWordLike || w.segment.length < 2 || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(w.segment)) continue;
      range.setStart(node, w.index);
      range.setEnd(node, w.index + w.segment.length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0).sort((a, b) => a.top - b.top);
      // On another line: lower by more than half the font size (tall scripts' boxes overlap).
      if (rects.length < 2 || rects[rects.length - 1].top - rects[0].top < fontSize / 2) continue;
      const width = rects.reduce((sum, r) => sum + r.width, 0);
      if (width <= room) {
        problems.push({ target: path(block), detail: `word "${w.segment}" broken over two lines (${Math.round(width)} px wide, ${Math.round(room)} px of room)` });
      }
    }
  }
  return problems;
}

const files = htmlFiles(resolve(outDir));
if (files.length === 0) {
  console.error(`no .html file under ${outDir}`);
  process.exit(2);
}

const started = performance.now();
const scratch = mkdtempSync(join(tmpdir(), 'infosheet-a11y-'));
const userDataDir = join(scratch, 'profile'); // a fresh profile every run
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
// The sheets name Noto fonts, as the PDFs embed them: give Chromium the repository's fonts/
// on top of the system's, so layout is measured with the glyphs a reader's phone would use
// even on a machine without Debian's fonts-noto.
const fontsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../fonts');
const fontsConf = join(scratch, 'fonts.conf');
writeFileSync(fontsConf, `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${fontsDir.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</dir>
  <cachedir>${join(scratch, 'fontconfig')}</cachedir>
</fontconfig>
`);
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  env: { ...process.env, FONTCONFIG_FILE: fontsConf },
  headless: true,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
  viewport: DESKTOP,
  deviceScaleFactor: 2,
  serviceWorkers: 'block',
  acceptDownloads: false,
});

// axe-core is put into every document before it loads, as Playwright does it (over the
// DevTools protocol, so the pages' Content-Security-Policy, which allows no script, stays on).
await context.addInitScript({ content: `${axeSource}\n;globalThis.a11yPath = ${a11yPath.toString()};` });

let passed = 0;
let failed = 0;
let problemCount = 0;
let axeMs = 0;
const root = resolve(outDir);

// The catalogue (index.html) shows each sheet's page-1 thumbnail, a PNG in the output folder
// below it; sheets themselves load nothing but data: URLs.
function isThumbnail(pageUrl, url) {
  if (!pageUrl.endsWith('/index.html') || !url.endsWith('.png') || !url.startsWith('file://')) return false;
  const folder = pageUrl.slice(0, pageUrl.length - 'index.html'.length);
  return url.startsWith(folder) && !url.slice(folder.length).includes('..');
}

async function openWorker() {
  const page = await context.newPage();
  const worker = { page, cdp: await context.newCDPSession(page), current: null };
  // Every request goes through here: only the file itself and data: URLs are let through.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    const cur = worker.current;
    if (cur && (url === cur.url || url.startsWith('data:') || isThumbnail(cur.url, url))) return route.continue();
    if (cur) cur.requests.add(url);
    return route.abort('blockedbyclient');
  });
  page.on('request', (req) => {
    const url = req.url();
    const cur = worker.current;
    if (cur && url !== cur.url && !url.startsWith('data:') && !isThumbnail(cur.url, url)) cur.requests.add(url);
  });
  page.on('console', (msg) => {
    if (worker.current && /Content Security Policy|Refused to/i.test(msg.text())) worker.current.csp.push(msg.text());
  });
  page.on('pageerror', (err) => { if (worker.current) worker.current.csp.push(`page error: ${err.message}`); });
  return worker;
}

// All problems of one file, as [rule, target, detail].
async function checkFile(worker, file) {
  const { page, cdp } = worker;
  const url = pathToFileURL(file).href;
  const cur = { url, requests: new Set(), csp: [] };
  worker.current = cur;
  const problems = [];
  try {
    await page.setViewportSize(DESKTOP);
    await page.goto(url, { waitUntil: 'load' });

    const t0 = performance.now();
    const axeResult = await page.evaluate(async (tags) => {
      if (typeof axe === 'undefined') return { error: 'axe-core was not injected' };
      const r = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        // The project's own bar: 7:1 for body text (WCAG 1.4.6, AAA), on top of AA.
        rules: { 'color-contrast-enhanced': { enabled: true } },
        resultTypes: ['violations'],
      });
      return {
        violations: r.violations.map((v) => ({
          id: v.id,
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })),
        })),
      };
    }, AXE_TAGS);
    axeMs += performance.now() - t0;
    if (axeResult.error) problems.push(['checker-error', '-', axeResult.error]);
    for (const v of axeResult.violations ?? []) {
      for (const n of v.nodes) problems.push([`axe:${v.id}`, n.target, `${v.help}. ${n.summary.replace(/\s+/g, ' ')}`]);
    }

    for (const p of await page.evaluate(domChecks)) problems.push([p.rule, p.target, p.detail]);

    // Disclosures a reader opens (the catalogue's language and age choices) are opened
    // first, so that every link behind them is checked too, and reflows with them open.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));

    // What Chromium gives assistive technology: every link named, every table and header
    // cell still a table and a header (narrow layouts restyle table cells).
    const counts = await page.evaluate(() => ({
      links: document.querySelectorAll('a[href]').length,
      tables: document.querySelectorAll('table').length,
      headers: document.querySelectorAll('th').length,
    }));
    const axAudit = async (rule) => {
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const shown = nodes.filter((n) => !n.ignored);
      const links = shown.filter((n) => n.role?.value === 'link');
      if (links.length !== counts.links) problems.push([rule, 'a[href]', `${counts.links} links in the DOM, ${links.length} in the accessibility tree`]);
      for (const l of links) {
        if (!String(l.name?.value ?? '').trim()) problems.push([rule, `backend node ${l.backendDOMNodeId}`, 'link without accessible name']);
      }
      const tables = shown.filter((n) => n.role?.value === 'table').length;
      const headers = shown.filter((n) => ['rowheader', 'columnheader'].includes(n.role?.value)).length;
      if (tables !== counts.tables || headers !== counts.headers) {
        problems.push([rule, 'table', `${counts.tables} tables and ${counts.headers} th in the DOM, ${tables} tables and ${headers} header cells in the accessibility tree`]);
      }
    };
    await axAudit('accessibility-tree');

    await page.setViewportSize(REFLOW);
    await axAudit('accessibility-tree-320');
    for (const p of await page.evaluate(overflowChecks)) problems.push(['reflow-320', p.target, p.detail]);

    await page.setViewportSize(ZOOM_200);
    for (const p of await page.evaluate(overflowChecks)) problems.push(['zoom-200', p.target, p.detail]);
    await page.addStyleTag({ content: TEXT_SPACING });
    for (const p of await page.evaluate(overflowChecks)) problems.push(['text-spacing', p.target, p.detail]);

    for (const r of cur.requests) problems.push(['external-request', r.slice(0, 160), 'request to outside the file']);
    for (const c of cur.csp) problems.push(['csp-or-error', 'console', c.slice(0, 200)]);
  } catch (e) {
    problems.push(['checker-error', '-', String(e.message || e).split('\n')[0]]);
  }
  worker.current = null;
  return problems;
}

// A few pages of the one browser take files from one queue (the default, two, suits a
// two-core machine; A11Y_PAGES=1 checks one file at a time).
const pageCount = Math.max(1, Math.min(Number(process.env.A11Y_PAGES) || 2, files.length));
const queue = [...files];
await Promise.all(Array.from({ length: pageCount }, async () => {
  const worker = await openWorker();
  for (let file = queue.shift(); file; file = queue.shift()) {
    const problems = await checkFile(worker, file);
    const name = relative(root, file);
    if (problems.length === 0) passed += 1;
    else {
      failed += 1;
      problemCount += problems.length;
      for (const [rule, target, detail] of problems) console.log(`${name}: ${rule}: ${target}: ${detail}`);
    }
  }
  await worker.page.close();
}));
await context.close();

const seconds = (performance.now() - started) / 1000;
console.log(`${files.length} HTML files checked with ${pageCount} page(s), ${problemCount} problem(s); axe-core ${(axeMs / 1000).toFixed(1)} s (summed over pages), whole run ${seconds.toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
