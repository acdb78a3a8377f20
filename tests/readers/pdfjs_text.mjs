// The text pdf.js (Firefox's PDF viewer) extracts from PDFs, as JSON {path: [page text, ...]}.
// Usage: node tests/readers/pdfjs_text.mjs FILE.pdf...
// Items are joined as pdf.js's own text layer joins them: an item's string, then a line break
// where pdf.js marks the end of a line.
import { readFile } from "node:fs/promises";
import { getDocument, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";

const out = {};
for (const path of process.argv.slice(2)) {
  const data = new Uint8Array(await readFile(path));
  const doc = await getDocument({
    data,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: VerbosityLevel.ERRORS,
  }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((i) => (i.str ?? "") + (i.hasEOL ? "\n" : "")).join(""));
    page.cleanup();
  }
  await doc.destroy();
  out[path] = pages;
}
process.stdout.write(JSON.stringify(out));
