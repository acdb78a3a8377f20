#!/usr/bin/env node
// Does every glyph of an HTML page come from the fonts the page embeds? Opens each file in
// headless Chromium (Debian's, or $CHROMIUM) with the system's fonts hidden (a fontconfig file
// that names no font directory), and asks the DevTools protocol (CSS.getPlatformFontsForNode)
// which fonts drew the text of every element. A text run drawn with anything but a web font
// of the page, or with no font at all, is a problem.
//
//   node tests/a11y/fonts.mjs FILE.html...
//
// Prints one line per problem (file, element, text, fonts used), then "N passed, M failed";
// exits 1 on any problem, 2 when it cannot run.

import { mkdtempSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node tests/a11y/fonts.mjs FILE.html...');
  process.exit(2);
}
let chromium;
try {
  ({ chromium } = require('playwright-core'));
} catch (e) {
  console.error(`playwright-core is missing: run \`npm ci\` at the repository root (${e.message})`);
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`no Chromium at ${executablePath}: install Debian's chromium or set CHROMIUM`);
  process.exit(2);
}

const scratch = mkdtempSync(join(tmpdir(), 'infosheet-fonts-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
// No include of the system's configuration: Chromium sees none of the machine's fonts. With
// no font at all it decodes no web font either (every @font-face ends in "error"), so the
// caller may name a folder ($PLACEHOLDER_FONT_DIR) holding one font that covers none of the
// pages' characters: whatever falls back lands on it, a system font, and is reported.
const placeholder = process.env.PLACEHOLDER_FONT_DIR;
const fontsConf = join(scratch, 'fonts.conf');
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
writeFileSync(fontsConf, `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  ${placeholder ? `<dir>${esc(resolve(placeholder))}</dir>` : ''}
  <cachedir>${esc(join(scratch, 'fontconfig'))}</cachedir>
</fontconfig>
`);
const browser = await chromium.launch({
  executablePath,
  env: { ...process.env, FONTCONFIG_FILE: fontsConf, FONTCONFIG_PATH: scratch },
  headless: true,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('DOM.enable');
await cdp.send('CSS.enable');

// Elements with text of their own (not only whitespace), as [nodeId, text].
function textElements(node, out) {
  const own = (node.children ?? [])
    .filter((c) => c.nodeType === 3)
    .map((c) => c.nodeValue)
    .join('')
    .trim();
  if (node.nodeType === 1 && own && !['STYLE', 'SCRIPT', 'TITLE', 'HEAD'].includes(node.nodeName)) {
    out.push([node.nodeId, own]);
  }
  for (const c of node.children ?? []) textElements(c, out);
  return out;
}

let passed = 0;
let failed = 0;
let runs = 0;
for (const file of files) {
  await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: 'load' });
  // Closed <details> (the catalogue's choices) lay out nothing: open them all first.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  await page.evaluate(() => document.fonts.ready);
  // Text the screen does not draw (print-only notices) needs no font here: leave it out.
  await page.evaluate(() => document.querySelectorAll('body *').forEach((e) => {
    if (getComputedStyle(e).display === 'none') e.remove();
  }));
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const problems = [];
  for (const [nodeId, text] of textElements(root, [])) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    runs += 1;
    const foreign = fonts.filter((f) => !f.isCustomFont);
    if (fonts.length === 0 || foreign.length > 0) {
      const used = fonts.map((f) => `${f.familyName}${f.isCustomFont ? '' : ' (system)'}:${f.glyphCount}`);
      problems.push(`${text.slice(0, 40).replace(/\s+/g, ' ')} | ${used.join(', ') || 'no font'}`);
    }
  }
  if (problems.length) {
    failed += 1;
    for (const p of problems.slice(0, 20)) console.log(`${file}: ${p}`);
    if (problems.length > 20) console.log(`${file}: … ${problems.length - 20} more`);
  } else {
    passed += 1;
  }
}
await browser.close();
console.log(`${runs} text runs checked`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
