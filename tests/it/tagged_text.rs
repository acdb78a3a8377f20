//! The tagged text of the PDFs in complex scripts, read as a screen reader reads it: along the
//! structure tree, honouring `/ActualText`, skipping artifacts, glyphs mapped through the fonts'
//! ToUnicode CMaps. Every heading and paragraph of the sheet model must be in it, and no
//! cluster may be doubled ("คุคุณ" for "คุณ", see src/render/mend.rs).
//!
//! The PDF is read here along its structure tree (which no reader's plain-text output follows):
//! `qpdf --json` gives the objects with decoded streams, and a small parser reads content
//! streams and CMaps. What five real readers make of the same PDFs is in pdf_readers.rs.
//!
//! The same checks on a build with the mend switched off (`INFOSHEET_NO_MEND=1`) must find the
//! doubled clusters, and its pages must render pixel for pixel like the mended ones.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

use infosheet::model::{EditionId, Sheet};
use infosheet::project::Project;
use serde_json::Value;

use crate::support::*;

/// Locales whose scripts position marks vertically: Thai, Lao, Khmer, Burmese, Bengali.
const COMPLEX: &[&str] = &["th", "lo", "km", "my", "bn"];

#[test]
fn tagged_text_of_complex_scripts_holds_every_model_text_once() {
    let out = default_build();
    let project = Project::load(&repo()).expect("the default project loads");
    let mut checked = 0;
    let mut doubled = 0;
    let mut failures: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (id, pdf) in complex_editions(out) {
        let report = check_edition(&project, &id, &pdf);
        checked += 1;
        doubled += report.doubled.len();
        failures
            .entry(id.locale.clone())
            .or_default()
            .extend(report.failures());
    }
    eprintln!("tagged text: {checked} editions checked, {doubled} doubled clusters");
    let (_, _, _, sheets) = default_matrix();
    assert_eq!(
        checked,
        COMPLEX.len() * 4 * 3 * sheets.len(),
        "every tier, region and sheet of {COMPLEX:?}"
    );
    within_known_gaps(&failures, KNOWN_GAPS);
}

/// Model texts this reader does not find (or finds doubled), per locale, over every edition:
/// none. (Before Bengali and Khmer split vowels got their own `/ActualText` span, this reader,
/// which honours `/ActualText` on marked content only, missed 171 Bengali and 87 Khmer texts;
/// measured 0 in every locale since, December 2026.) A locale listed here with a count may
/// fail up to that many; every other locale must stay at zero.
const KNOWN_GAPS: &[(&str, usize)] = &[];

/// Asserts that each locale's failures are at most its known gap (zero when not listed).
fn within_known_gaps(failures: &BTreeMap<String, Vec<String>>, gaps: &[(&str, usize)]) {
    let mut over = Vec::new();
    for (locale, list) in failures {
        let allowed = gaps
            .iter()
            .find(|(l, _)| l == locale)
            .map_or(0, |(_, n)| *n);
        eprintln!(
            "tagged text: {locale}: {} failures ({allowed} known)",
            list.len()
        );
        if list.len() > allowed {
            over.push(format!(
                "{locale}: {} failures, {allowed} known:\n{}",
                list.len(),
                list.join("\n")
            ));
        }
    }
    assert!(over.is_empty(), "{}", over.join("\n"));
}

#[test]
fn without_the_mend_clusters_are_tagged_twice_and_pages_look_the_same() {
    let mended = default_build();
    let unmended = tempfile::tempdir().expect("temp dir");
    let o = Command::new(env!("CARGO_BIN_EXE_infosheet"))
        .arg("--project")
        .arg(repo())
        .args(["build", "--format", "pdf", "--region", "sample-destination"])
        .args(["--locale", &COMPLEX.join(","), "--out"])
        .arg(unmended.path())
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .env("CI", "1")
        .env(infosheet::render::mend::DISABLE_VAR, "1")
        .output()
        .expect("the infosheet binary runs");
    assert!(o.status.success(), "{}", stderr(&o));

    let project = Project::load(&repo()).expect("the default project loads");
    let editions = complex_editions(unmended.path());
    let (_, _, _, sheets) = default_matrix();
    assert_eq!(editions.len(), COMPLEX.len() * 4 * sheets.len());
    let (mut before, mut after, mut missed_before) = (0, 0, 0);
    let (mut chars_before, mut chars_after) = (0, 0);
    let mut by_locale: BTreeMap<String, usize> = BTreeMap::new();
    let mut pairs = Vec::new();
    let mut mended_failures: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (id, pdf) in &editions {
        let twin = mended.join(pdf.strip_prefix(unmended.path()).expect("under out"));
        let without = check_edition(&project, id, pdf);
        let with = check_edition(&project, id, &twin);
        mended_failures
            .entry(id.locale.clone())
            .or_default()
            .extend(with.failures());
        before += without.doubled.len();
        after += with.doubled.len();
        missed_before += without.missing.len();
        chars_before += without.chars;
        chars_after += with.chars;
        *by_locale.entry(id.locale.clone()).or_default() += without.doubled.len();
        pairs.push((pdf.clone(), twin));
    }
    eprintln!(
        "without the mend: {before} doubled clusters {by_locale:?}, {missed_before} model texts \
         not found, {chars_before} characters; with it: {after}, 0, {chars_after} ({} editions)",
        editions.len()
    );
    // The checks see the duplication the mend removes, in every script that positions marks
    // vertically (in the Bengali editions, so far only in names written in other scripts).
    assert!(
        missed_before > 0,
        "no model text was found damaged without the mend"
    );
    assert!(chars_before > chars_after);
    for locale in ["th", "lo", "km", "my"] {
        assert!(
            by_locale[locale] > 0,
            "{locale}: no doubled cluster found: {by_locale:?}"
        );
    }
    within_known_gaps(&mended_failures, KNOWN_GAPS);
    assert_eq!(after, 0);

    let (pages, identical_files) = compare_renders(&pairs);
    eprintln!(
        "renders: {pages} pages alike but for anti-aliasing ({identical_files} of {} PDFs byte-identical)",
        pairs.len()
    );
}

/// What the tagged text of one edition holds, against its sheet model.
struct EditionReport {
    pdf: PathBuf,
    /// Model texts (whitespace removed) not found in the tagged text.
    missing: Vec<String>,
    /// Clusters repeated in the tagged text where no model text repeats them.
    doubled: Vec<String>,
    /// Text tagged outside any marked-content sequence, or tagged but unreachable.
    stray: Vec<String>,
    /// Characters of tagged text, whitespace removed.
    chars: usize,
}

impl EditionReport {
    fn failures(&self) -> Vec<String> {
        let at = self.pdf.display();
        let mut out = Vec::new();
        out.extend(self.missing.iter().map(|m| format!("{at}: missing `{m}`")));
        out.extend(self.doubled.iter().map(|d| format!("{at}: doubled `{d}`")));
        out.extend(self.stray.iter().map(|s| format!("{at}: {s}")));
        out
    }
}

fn check_edition(project: &Project, id: &EditionId, pdf: &Path) -> EditionReport {
    let (sheet, _) = infosheet::build::sheet_model(project, id)
        .unwrap_or_else(|e| panic!("{id}: sheet model: {e:?}"));
    let tagged = TaggedText::read(pdf);
    let text = squeeze(&tagged.text);
    let missing = rendered_texts(&sheet)
        .into_iter()
        .map(squeeze)
        .filter(|t| !t.is_empty() && !text.contains(t.as_str()))
        .collect();
    let model = squeezed_model_strings(&sheet);
    let doubled = tagged
        .text
        .split('\n')
        .flat_map(|block| repeated_clusters(&squeeze(block)))
        .filter(|twice| !model.iter().any(|m| m.contains(twice.as_str())))
        .collect();
    let mut stray = Vec::new();
    if !squeeze(&tagged.untagged).is_empty() {
        stray.push(format!(
            "text outside marked content: `{}`",
            tagged.untagged
        ));
    }
    if !tagged.unreached.is_empty() {
        stray.push(format!(
            "tagged text no structure element reaches: {:?}",
            tagged.unreached
        ));
    }
    EditionReport {
        pdf: pdf.to_path_buf(),
        missing,
        doubled,
        stray,
        chars: text.chars().count(),
    }
}

/// The PDFs of the complex-script locales under `out`, with their edition ids.
fn complex_editions(out: &Path) -> Vec<(EditionId, PathBuf)> {
    edition_pdfs(out, COMPLEX)
}

/// Headings, paragraphs and notices every template prints, and the bodies all but the card print.
fn rendered_texts(sheet: &Sheet) -> Vec<&str> {
    let card = sheet.template == "card";
    let mut out = vec![sheet.title.text.as_str()];
    // Page 1 of the full layout prints each notice in full; the other layouts print its few
    // words (the footer of every page prints them too, as an untagged artifact).
    // The read-aloud script follows its tier's own layout in this.
    let full =
        sheet.template == "full" || (sheet.template == "script" && sheet.tier.template == "full");
    out.extend(sheet.marks.iter().map(|m| {
        if full {
            m.text.text.as_str()
        } else {
            m.short.text.as_str()
        }
    }));
    for s in &sheet.sections {
        out.push(&s.heading.text);
        out.extend(s.paragraphs.iter().map(|p| p.text.as_str()));
        for r in &s.rights {
            out.push(&r.title.text);
            if !card {
                out.push(&r.body.text);
            }
        }
        if !card {
            for k in &s.support {
                out.push(&k.title.text);
                out.push(&k.body.text);
            }
        }
        out.extend(s.contacts.iter().map(|c| c.organisation.text.as_str()));
        for step in &s.steps {
            out.push(&step.cue.text);
            out.push(&step.text.text);
        }
    }
    out
}

/// Every string of the model (whitespace removed): what may legitimately repeat a cluster.
fn squeezed_model_strings(sheet: &Sheet) -> Vec<String> {
    model_strings(sheet).iter().map(|s| squeeze(s)).collect()
}

/// Text without whitespace and without invisible format characters (bidi isolates and marks,
/// zero-width spaces and joiners, soft hyphens), which layout may keep or drop.
fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
                    | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
        })
        .collect()
}

/// Runs of one to four grapheme clusters, at least one of them with a mark, written twice in a
/// row: the doubled form (e.g. "คุคุ").
fn repeated_clusters(text: &str) -> Vec<String> {
    let bounds: Vec<usize> = icu_segmenter::GraphemeClusterSegmenter::new()
        .segment_str(text)
        .collect();
    let graphemes: Vec<&str> = bounds.windows(2).map(|w| &text[w[0]..w[1]]).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < graphemes.len() {
        let found = (1..=4).find(|&n| {
            i + 2 * n <= graphemes.len()
                && graphemes[i..i + n] == graphemes[i + n..i + 2 * n]
                && graphemes[i..i + n].iter().any(|g| g.chars().count() > 1)
        });
        match found {
            Some(n) => {
                out.push(graphemes[i..i + 2 * n].concat());
                i += 2 * n;
            }
            None => i += 1,
        }
    }
    out
}

/// Pixels of a 110 dpi page (about a million) that may differ between the mended and the
/// unmended PDF by more than anti-aliasing (`ANTI_ALIASING_LEVELS`): the mend turns an item's
/// vertical offset into per-glyph offsets, which can move a mark by a fraction of a pixel.
/// Measured December 2026: 53 pixels on one Burmese page, none elsewhere. A displaced or missing
/// glyph changes thousands, most of them by far more than anti-aliasing.
const MAX_DIFFERING_PIXELS: usize = 200;

/// How far (of 255 levels, in any channel) a pixel may differ and count as anti-aliasing: the
/// mend changes which clusters krilla draws as one composite glyph (vendor/krilla/PATCH.md), and
/// a renderer places a composite's outlines on its sub-pixel grid once, separate glyphs one by
/// one (measured December 2026, composites against none: 58-1,770 pixels of a page, at most 62
/// levels but on two Bengali titles, the largest type, where 96 and 49 pixels differ by more).
const ANTI_ALIASING_LEVELS: u8 = 96;

/// Pixels that differ by more than anti-aliasing between two binary PPM renders of the same
/// size (all of them when the headers differ).
fn differing_pixels(a: &[u8], b: &[u8]) -> usize {
    if a.len() != b.len() {
        return usize::MAX;
    }
    // The header of a P6 file is three whitespace-separated fields after `P6`, then one byte.
    let mut fields = 0;
    let mut start = 0;
    let mut in_field = false;
    for (i, &c) in a.iter().enumerate() {
        if c.is_ascii_whitespace() {
            if in_field {
                fields += 1;
                in_field = false;
                if fields == 4 {
                    start = i + 1;
                    break;
                }
            }
        } else {
            in_field = true;
        }
    }
    if a[..start] != b[..start] {
        return usize::MAX;
    }
    a[start..]
        .chunks(3)
        .zip(b[start..].chunks(3))
        .filter(|(x, y)| {
            x.iter()
                .zip(y.iter())
                .any(|(p, q)| p.abs_diff(*q) > ANTI_ALIASING_LEVELS)
        })
        .count()
}

/// Compares `pdftoppm` renders of each pair of PDFs, page by page; returns the pages compared
/// and how many pairs were byte-identical (not rendered).
fn compare_renders(pairs: &[(PathBuf, PathBuf)]) -> (usize, usize) {
    let dir = tempfile::tempdir().expect("temp dir");
    let work: Vec<(usize, &(PathBuf, PathBuf))> = pairs
        .iter()
        .enumerate()
        .filter(|(_, (a, b))| std::fs::read(a).ok() != std::fs::read(b).ok())
        .collect();
    let identical = pairs.len() - work.len();
    let pages: usize = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..2)
            .map(|w| {
                let work = &work;
                let dir = dir.path();
                scope.spawn(move || {
                    let mut pages = 0;
                    for (i, (a, b)) in work.iter().skip(w).step_by(2) {
                        let ra = render(a, &dir.join(format!("{i}-a")));
                        let rb = render(b, &dir.join(format!("{i}-b")));
                        assert_eq!(ra.len(), rb.len(), "{}: page count", a.display());
                        for (n, (pa, pb)) in ra.iter().zip(&rb).enumerate() {
                            let differing = differing_pixels(pa, pb);
                            assert!(
                                differing <= MAX_DIFFERING_PIXELS,
                                "{} and {}: page {} renders differently ({differing} pixels)",
                                a.display(),
                                b.display(),
                                n + 1
                            );
                        }
                        pages += ra.len();
                    }
                    pages
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().expect("render worker"))
            .sum()
    });
    (pages, identical)
}

/// Page images (PPM bytes, 110 dpi) of `pdf`.
fn render(pdf: &Path, prefix: &Path) -> Vec<Vec<u8>> {
    tool(
        "pdftoppm",
        &[
            "-r",
            "110",
            &pdf.to_string_lossy(),
            &prefix.to_string_lossy(),
        ],
    );
    let dir = prefix.parent().expect("parent");
    let stem = prefix
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    let mut pages: Vec<(u32, PathBuf)> = std::fs::read_dir(dir)
        .expect("read renders")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter_map(|p| {
            let name = p.file_stem()?.to_string_lossy().into_owned();
            let n = name.strip_prefix(&format!("{stem}-"))?.parse().ok()?;
            Some((n, p))
        })
        .collect();
    pages.sort();
    pages
        .into_iter()
        .map(|(_, p)| std::fs::read(p).expect("page image"))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Reading tagged text.

/// The tagged text of a PDF in structure order.
struct TaggedText {
    /// Blocks (paragraphs, headings, list items...) are separated by line breaks.
    text: String,
    /// Text shown outside any marked-content sequence and outside artifacts.
    untagged: String,
    /// Marked-content sequences with text that no structure element refers to.
    unreached: Vec<(String, i64)>,
}

/// A PDF's tagged text (honouring `/ActualText`, artifacts left out) by language, read along
/// the structure tree: each marked-content sequence's own `/Lang`, else that of its nearest
/// structure element with one, else `""` (the document's language).
pub(crate) fn text_by_language(path: &Path) -> HashMap<String, String> {
    let pdf = Pdf::open(path);
    let mut reader = ContentReader {
        pdf: &pdf,
        marked: HashMap::new(),
        untagged: String::new(),
        cmaps: HashMap::new(),
        mc_lang: HashMap::new(),
    };
    reader.read_pages();
    let root = pdf.get(pdf.catalog().get("/StructTreeRoot").expect("tagged PDF"));
    let mut out = HashMap::new();
    lang_walk(
        &pdf,
        &reader,
        root.get("/K").unwrap_or(&Value::Null),
        None,
        "",
        &mut out,
        0,
    );
    out
}

/// `text_by_language`'s walk: `lang` is the structure's language inherited so far.
fn lang_walk(
    pdf: &Pdf,
    reader: &ContentReader<'_>,
    node: &Value,
    page: Option<&str>,
    lang: &str,
    out: &mut HashMap<String, String>,
    depth: usize,
) {
    assert!(depth < 256, "structure tree too deep");
    let mut mcid = |page: Option<&str>, mcid: i64| {
        let key = (page.expect("a page for marked content").to_string(), mcid);
        if let Some(text) = reader.marked.get(&key) {
            let lang = reader.mc_lang.get(&key).map_or(lang, String::as_str);
            out.entry(lang.to_string()).or_default().push_str(text);
        }
    };
    match node {
        Value::Number(n) => mcid(page, n.as_i64().expect("MCID")),
        Value::Array(kids) => {
            for k in kids {
                lang_walk(pdf, reader, k, page, lang, out, depth + 1);
            }
        }
        Value::String(_) => {
            let resolved = pdf.get(node);
            if !resolved.is_string() {
                lang_walk(pdf, reader, resolved, page, lang, out, depth + 1);
            }
        }
        Value::Object(dict) => {
            let page = dict.get("/Pg").and_then(Value::as_str).or(page);
            match dict.get("/Type").and_then(Value::as_str) {
                Some("/MCR") => {
                    return mcid(
                        page,
                        dict.get("/MCID").and_then(Value::as_i64).expect("MCID"),
                    );
                }
                Some("/OBJR") => return,
                _ => {}
            }
            let own = dict.get("/Lang").and_then(json_text);
            let lang = own.as_deref().unwrap_or(lang);
            if let Some(kids) = dict.get("/K") {
                lang_walk(pdf, reader, kids, page, lang, out, depth + 1);
            }
        }
        _ => {}
    }
}

impl ContentReader<'_> {
    fn read_pages(&mut self) {
        let pdf = self.pdf;
        for page in &pdf.pages {
            let page_ref = Value::String(page.clone());
            let dict = pdf.get(&page_ref);
            let resources = pdf.inherited(dict, "/Resources");
            let mut data = Vec::new();
            match dict.get("/Contents") {
                Some(Value::Array(parts)) => {
                    for part in parts {
                        data.extend(pdf.stream(part));
                        data.push(b'\n');
                    }
                }
                Some(one) => data.extend(pdf.stream(one)),
                None => {}
            }
            self.run(page, &data, resources, &mut Vec::new());
        }
    }
}

impl TaggedText {
    fn read(path: &Path) -> Self {
        let pdf = Pdf::open(path);
        let mut reader = ContentReader {
            pdf: &pdf,
            marked: HashMap::new(),
            untagged: String::new(),
            cmaps: HashMap::new(),
            mc_lang: HashMap::new(),
        };
        reader.read_pages();
        let root = pdf.get(pdf.catalog().get("/StructTreeRoot").expect("tagged PDF"));
        let mut walk = StructWalk {
            pdf: &pdf,
            roles: pdf.get(root.get("/RoleMap").unwrap_or(&Value::Null)),
            marked: &reader.marked,
            reached: BTreeSet::new(),
            text: String::new(),
        };
        walk.node(root.get("/K").unwrap_or(&Value::Null), None);
        let unreached = reader
            .marked
            .iter()
            .filter(|(k, v)| !walk.reached.contains(*k) && !squeeze(v).is_empty())
            .map(|(k, _)| k.clone())
            .collect();
        TaggedText {
            text: walk.text,
            untagged: reader.untagged,
            unreached,
        }
    }
}

/// A PDF's objects, as `qpdf --json` writes them (streams decoded, base64 inline).
struct Pdf {
    objects: HashMap<String, Value>,
    trailer: Value,
    /// Page object references ("N 0 R"), in order.
    pages: Vec<String>,
}

impl Pdf {
    fn open(path: &Path) -> Self {
        let json = tool(
            "qpdf",
            &[
                "--json=2",
                "--json-stream-data=inline",
                "--decode-level=generalized",
                &path.to_string_lossy(),
                "-",
            ],
        );
        let mut doc: Value = serde_json::from_str(&json).expect("qpdf JSON");
        let pages = doc["pages"]
            .as_array()
            .expect("pages")
            .iter()
            .map(|p| p["object"].as_str().expect("page object").to_string())
            .collect();
        let mut objects = HashMap::new();
        let mut trailer = Value::Null;
        let all = doc["qpdf"][1].as_object_mut().expect("objects");
        for (key, value) in std::mem::take(all) {
            match key.strip_prefix("obj:") {
                Some(id) => {
                    objects.insert(id.to_string(), value);
                }
                None if key == "trailer" => trailer = value["value"].clone(),
                None => {}
            }
        }
        Pdf {
            objects,
            trailer,
            pages,
        }
    }

    fn catalog(&self) -> &Value {
        self.get(&self.trailer["/Root"])
    }

    /// `v`, or the object it refers to (a stream's dictionary for a stream).
    fn get<'a>(&'a self, v: &'a Value) -> &'a Value {
        match v.as_str().and_then(|r| self.objects.get(r)) {
            Some(obj) => obj
                .get("value")
                .or_else(|| obj.get("stream").and_then(|s| s.get("dict")))
                .unwrap_or(&Value::Null),
            None => v,
        }
    }

    /// The decoded data of the stream `v` refers to.
    fn stream(&self, v: &Value) -> Vec<u8> {
        let data = v
            .as_str()
            .and_then(|r| self.objects.get(r))
            .and_then(|o| o["stream"]["data"].as_str())
            .unwrap_or_else(|| panic!("{v} is not a stream with inline data"));
        base64_decode(data)
    }

    /// A page attribute, looked up along the page tree.
    fn inherited<'a>(&'a self, mut dict: &'a Value, key: &str) -> &'a Value {
        for _ in 0..64 {
            if let Some(v) = dict.get(key) {
                return self.get(v);
            }
            match dict.get("/Parent") {
                Some(parent) => dict = self.get(parent),
                None => break,
            }
        }
        &Value::Null
    }
}

/// The text of a JSON string as qpdf writes PDF strings: `u:` text or `b:` hex bytes.
fn json_text(v: &Value) -> Option<String> {
    let s = v.as_str()?;
    if let Some(text) = s.strip_prefix("u:") {
        Some(text.to_string())
    } else {
        s.strip_prefix("b:")
            .map(|hex| text_string(&hex_bytes(hex.as_bytes())))
    }
}

/// A PDF text string: UTF-16BE after a byte-order mark, else (close enough) Latin-1.
fn text_string(bytes: &[u8]) -> String {
    match bytes.strip_prefix(&[0xFE, 0xFF]) {
        Some(utf16) => utf16be(utf16),
        None => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}

fn utf16be(bytes: &[u8]) -> String {
    let units: Vec<u16> = bytes
        .chunks(2)
        .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
        .collect();
    String::from_utf16_lossy(&units)
}

fn hex_bytes(hex: &[u8]) -> Vec<u8> {
    let digits: Vec<u8> = hex
        .iter()
        .filter_map(|&c| (c as char).to_digit(16).map(|d| d as u8))
        .collect();
    digits
        .chunks(2)
        .map(|p| (p[0] << 4) | p.get(1).copied().unwrap_or(0))
        .collect()
}

fn base64_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let sextets: Vec<u8> = text.bytes().filter_map(value).collect();
    let mut out = Vec::with_capacity(sextets.len() * 3 / 4);
    for chunk in sextets.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &s)| n | (u32::from(s) << (18 - 6 * i)));
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    out
}

/// A token of a content stream or CMap.
#[derive(Debug, Clone)]
enum Tok {
    Num(f64),
    Name(String),
    Str(Vec<u8>),
    Arr(Vec<Tok>),
    Dict(BTreeMap<String, Tok>),
    Op(String),
}

fn lex(data: &[u8]) -> Vec<Tok> {
    let mut lexer = Lexer { data, pos: 0 };
    let mut out = Vec::new();
    while let Some(tok) = lexer.next_tok() {
        out.push(tok);
    }
    out
}

struct Lexer<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Lexer<'_> {
    fn peek(&self) -> Option<u8> {
        self.data.get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while let Some(c) = self.peek() {
            if c == b'%' {
                while self.peek().is_some_and(|c| c != b'\n' && c != b'\r') {
                    self.pos += 1;
                }
            } else if c.is_ascii_whitespace() || c == 0 {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    fn regular(c: u8) -> bool {
        !(c.is_ascii_whitespace() || c == 0 || b"()<>[]{}/%".contains(&c))
    }

    fn word(&mut self) -> &[u8] {
        let start = self.pos;
        while self.peek().is_some_and(Self::regular) {
            self.pos += 1;
        }
        &self.data[start..self.pos]
    }

    fn next_tok(&mut self) -> Option<Tok> {
        self.skip_space();
        let c = self.peek()?;
        Some(match c {
            b'(' => Tok::Str(self.literal()),
            b'<' if self.data.get(self.pos + 1) == Some(&b'<') => {
                self.pos += 2;
                let mut dict = BTreeMap::new();
                loop {
                    self.skip_space();
                    if self.data[self.pos..].starts_with(b">>") {
                        self.pos += 2;
                        break;
                    }
                    let Some(Tok::Name(key)) = self.next_tok() else {
                        panic!("dictionary key expected at byte {}", self.pos)
                    };
                    let value = self.next_tok().expect("dictionary value");
                    dict.insert(key, value);
                }
                Tok::Dict(dict)
            }
            b'<' => {
                let end = self.data[self.pos..]
                    .iter()
                    .position(|&c| c == b'>')
                    .expect("end of hex string");
                let hex = hex_bytes(&self.data[self.pos + 1..self.pos + end]);
                self.pos += end + 1;
                Tok::Str(hex)
            }
            b'[' => {
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_space();
                    if self.peek() == Some(b']') {
                        self.pos += 1;
                        break;
                    }
                    items.push(self.next_tok().expect("array item"));
                }
                Tok::Arr(items)
            }
            b'/' => {
                self.pos += 1;
                let raw = self.word().to_vec();
                let mut name = Vec::new();
                let mut i = 0;
                while i < raw.len() {
                    if raw[i] == b'#' && i + 2 < raw.len() {
                        name.extend(hex_bytes(&raw[i + 1..i + 3]));
                        i += 3;
                    } else {
                        name.push(raw[i]);
                        i += 1;
                    }
                }
                Tok::Name(String::from_utf8_lossy(&name).into_owned())
            }
            b'{' | b'}' | b')' | b'>' | b']' => {
                self.pos += 1;
                Tok::Op((c as char).to_string())
            }
            _ => {
                let word = String::from_utf8_lossy(self.word()).into_owned();
                match word.parse::<f64>() {
                    Ok(n) => Tok::Num(n),
                    Err(_) => Tok::Op(word),
                }
            }
        })
    }

    fn literal(&mut self) -> Vec<u8> {
        self.pos += 1;
        let mut out = Vec::new();
        let mut depth = 1;
        while let Some(c) = self.peek() {
            self.pos += 1;
            match c {
                b'(' => {
                    depth += 1;
                    out.push(c);
                }
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                    out.push(c);
                }
                b'\\' => {
                    let Some(e) = self.peek() else { break };
                    self.pos += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'0'..=b'7' => {
                            let mut n = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        n = n * 8 + u32::from(d - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push(n as u8);
                        }
                        b'\r' => {
                            if self.peek() == Some(b'\n') {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        other => out.push(other),
                    }
                }
                _ => out.push(c),
            }
        }
        out
    }
}

/// A font's ToUnicode CMap: code length in bytes and code → text.
struct CMap {
    width: usize,
    map: HashMap<u32, String>,
}

impl CMap {
    fn parse(data: &[u8]) -> Self {
        let toks = lex(data);
        let mut width = 0;
        let mut map = HashMap::new();
        let code = |b: &[u8]| b.iter().fold(0u32, |n, &b| (n << 8) | u32::from(b));
        let mut i = 0;
        while i < toks.len() {
            match &toks[i] {
                Tok::Op(op) if op == "begincodespacerange" => {
                    if let Some(Tok::Str(lo)) = toks.get(i + 1) {
                        width = lo.len();
                    }
                }
                Tok::Op(op) if op == "beginbfchar" => {
                    i += 1;
                    while let (Some(Tok::Str(src)), Some(Tok::Str(dst))) =
                        (toks.get(i), toks.get(i + 1))
                    {
                        map.insert(code(src), utf16be(dst));
                        i += 2;
                    }
                    continue;
                }
                Tok::Op(op) if op == "beginbfrange" => {
                    i += 1;
                    while let (Some(Tok::Str(lo)), Some(Tok::Str(hi))) =
                        (toks.get(i), toks.get(i + 1))
                    {
                        let (lo, hi) = (code(lo), code(hi));
                        match toks.get(i + 2) {
                            Some(Tok::Str(dst)) => {
                                for (k, c) in (lo..=hi).enumerate() {
                                    let mut dst = dst.clone();
                                    if let Some(last) = dst.last_mut() {
                                        *last = last.wrapping_add(k as u8);
                                    }
                                    map.insert(c, utf16be(&dst));
                                }
                            }
                            Some(Tok::Arr(dsts)) => {
                                for (c, dst) in (lo..=hi).zip(dsts) {
                                    if let Tok::Str(dst) = dst {
                                        map.insert(c, utf16be(dst));
                                    }
                                }
                            }
                            _ => panic!("bad bfrange"),
                        }
                        i += 3;
                    }
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        CMap {
            width: width.max(1),
            map,
        }
    }
}

/// An open marked-content sequence.
struct Marked {
    mcid: Option<i64>,
    artifact: bool,
    /// Its glyphs are replaced by `/ActualText`.
    replaced: bool,
}

/// Collects text per marked-content id, as a reader honouring `/ActualText` sees it.
struct ContentReader<'a> {
    pdf: &'a Pdf,
    /// (page, MCID) → text.
    marked: HashMap<(String, i64), String>,
    untagged: String,
    cmaps: HashMap<String, std::rc::Rc<CMap>>,
    /// The `/Lang` of marked-content sequences that give one, by (page, MCID).
    mc_lang: HashMap<(String, i64), String>,
}

impl ContentReader<'_> {
    fn emit(&mut self, page: &str, stack: &[Marked], text: &str) {
        if stack.iter().any(|m| m.artifact) {
            return;
        }
        match stack.iter().rev().find_map(|m| m.mcid) {
            Some(mcid) => self
                .marked
                .entry((page.to_string(), mcid))
                .or_default()
                .push_str(text),
            None => self.untagged.push_str(text),
        }
    }

    fn cmap(&mut self, resources: &Value, name: &str) -> std::rc::Rc<CMap> {
        let fonts = self.pdf.get(&resources["/Font"]);
        let font_ref = &fonts[format!("/{name}").as_str()];
        let key = font_ref.to_string();
        if let Some(cmap) = self.cmaps.get(&key) {
            return cmap.clone();
        }
        let font = self.pdf.get(font_ref);
        let cmap = match font.get("/ToUnicode") {
            Some(r) => CMap::parse(&self.pdf.stream(r)),
            None => panic!("font /{name} has no ToUnicode CMap"),
        };
        let cmap = std::rc::Rc::new(cmap);
        self.cmaps.insert(key, cmap.clone());
        cmap
    }

    fn run(&mut self, page: &str, data: &[u8], resources: &Value, stack: &mut Vec<Marked>) {
        let mut operands: Vec<Tok> = Vec::new();
        let mut font: Option<std::rc::Rc<CMap>> = None;
        for tok in lex(data) {
            let Tok::Op(op) = tok else {
                operands.push(tok);
                continue;
            };
            match op.as_str() {
                "BDC" => {
                    let tag = match operands.first() {
                        Some(Tok::Name(tag)) => tag.clone(),
                        _ => String::new(),
                    };
                    let (mcid, actual, lang) = match operands.get(1) {
                        Some(Tok::Dict(d)) => (
                            match d.get("MCID") {
                                Some(Tok::Num(n)) => Some(*n as i64),
                                _ => None,
                            },
                            match d.get("ActualText") {
                                Some(Tok::Str(s)) => Some(text_string(s)),
                                _ => None,
                            },
                            match d.get("Lang") {
                                Some(Tok::Str(s)) => Some(text_string(s)),
                                _ => None,
                            },
                        ),
                        Some(Tok::Name(name)) => {
                            let props = self.pdf.get(&resources["/Properties"]);
                            let d = self.pdf.get(&props[format!("/{name}").as_str()]);
                            (
                                d.get("/MCID").and_then(Value::as_i64),
                                d.get("/ActualText").and_then(json_text),
                                d.get("/Lang").and_then(json_text),
                            )
                        }
                        _ => (None, None, None),
                    };
                    if let (Some(mcid), Some(lang)) = (mcid, &lang) {
                        self.mc_lang.insert((page.to_string(), mcid), lang.clone());
                    }
                    let replaced_outside = stack.iter().any(|m| m.replaced);
                    stack.push(Marked {
                        mcid,
                        artifact: tag == "Artifact",
                        replaced: actual.is_some(),
                    });
                    if let Some(actual) = actual
                        && !replaced_outside
                    {
                        self.emit(page, stack, &actual);
                    }
                }
                "BMC" => {
                    let artifact =
                        matches!(operands.first(), Some(Tok::Name(t)) if t == "Artifact");
                    stack.push(Marked {
                        mcid: None,
                        artifact,
                        replaced: false,
                    });
                }
                "EMC" => {
                    stack.pop().expect("balanced marked content");
                }
                "Tf" => {
                    if let Some(Tok::Name(name)) = operands.first() {
                        font = Some(self.cmap(resources, name));
                    }
                }
                "Tj" | "'" | "\"" | "TJ" => {
                    if stack.iter().any(|m| m.replaced) {
                        operands.clear();
                        continue;
                    }
                    let cmap = font.clone().expect("a font is set before text");
                    let mut text = String::new();
                    let mut show = |bytes: &[u8]| {
                        for code in bytes.chunks(cmap.width) {
                            let code = code.iter().fold(0u32, |n, &b| (n << 8) | u32::from(b));
                            match cmap.map.get(&code) {
                                Some(t) => text.push_str(t),
                                None => text.push('\u{FFFD}'),
                            }
                        }
                    };
                    match operands.last() {
                        Some(Tok::Str(s)) => show(s),
                        Some(Tok::Arr(items)) => {
                            for item in items {
                                if let Tok::Str(s) = item {
                                    show(s);
                                }
                            }
                        }
                        _ => {}
                    }
                    self.emit(page, stack, &text);
                }
                "Do" => {
                    if let Some(Tok::Name(name)) = operands.first() {
                        let xobjects = self.pdf.get(&resources["/XObject"]);
                        let r = &xobjects[format!("/{name}").as_str()];
                        let dict = self.pdf.get(r);
                        if dict.get("/Subtype").and_then(Value::as_str) == Some("/Form") {
                            let data = self.pdf.stream(r);
                            let inner = match dict.get("/Resources") {
                                Some(res) => self.pdf.get(res),
                                None => resources,
                            };
                            self.run(page, &data, inner, stack);
                        }
                    }
                }
                "BI" => panic!("inline images are not read"),
                _ => {}
            }
            operands.clear();
        }
    }
}

/// Walks the structure tree in order, collecting the text of the marked content it refers to.
struct StructWalk<'a> {
    pdf: &'a Pdf,
    /// The structure tree's `/RoleMap`: custom structure types to standard ones.
    roles: &'a Value,
    marked: &'a HashMap<(String, i64), String>,
    reached: BTreeSet<(String, i64)>,
    text: String,
}

impl StructWalk<'_> {
    fn mcid(&mut self, page: Option<&str>, mcid: i64) {
        let key = (page.expect("a page for marked content").to_string(), mcid);
        if let Some(text) = self.marked.get(&key) {
            self.text.push_str(text);
        }
        self.reached.insert(key);
    }

    fn node(&mut self, node: &Value, page: Option<&str>) {
        match node {
            Value::Number(n) => self.mcid(page, n.as_i64().expect("MCID")),
            Value::Array(kids) => kids.iter().for_each(|k| self.node(k, page)),
            Value::String(_) => {
                let resolved = self.pdf.get(node);
                if !resolved.is_string() {
                    self.node(resolved, page);
                }
            }
            Value::Object(dict) => {
                let page = dict.get("/Pg").and_then(Value::as_str).or(page);
                match dict.get("/Type").and_then(Value::as_str) {
                    Some("/MCR") => {
                        let mcid = dict.get("/MCID").and_then(Value::as_i64).expect("MCID");
                        return self.mcid(page, mcid);
                    }
                    Some("/OBJR") => return,
                    _ => {}
                }
                if let Some(actual) = dict.get("/ActualText").and_then(json_text) {
                    self.text.push_str(&actual);
                    return self.skip(dict.get("/K"), page);
                }
                if dict.get("/S").and_then(Value::as_str) == Some("/Figure")
                    && let Some(alt) = dict.get("/Alt").and_then(json_text)
                {
                    // A screen reader reads a figure's alternative text instead of its content.
                    self.text.push(' ');
                    self.text.push_str(&alt);
                    self.text.push(' ');
                    return self.skip(dict.get("/K"), page);
                }
                let block = self.is_block(dict);
                if block {
                    self.text.push('\n');
                }
                if let Some(kids) = dict.get("/K") {
                    self.node(kids, page);
                }
                if block {
                    self.text.push('\n');
                }
            }
            _ => {}
        }
    }

    /// Whether a structure element is a block (a paragraph, heading, list item, cell...), not
    /// text within one: blocks are read apart, with a pause between them.
    fn is_block(&self, elem: &serde_json::Map<String, Value>) -> bool {
        const INLINE: &[&str] = &[
            "/Span",
            "/Link",
            "/Em",
            "/Strong",
            "/Quote",
            "/Code",
            "/Reference",
            "/Annot",
            "/BibEntry",
            "/Ruby",
            "/Warichu",
            "/Sub",
        ];
        let mut kind = elem.get("/S").and_then(Value::as_str).unwrap_or("");
        for _ in 0..8 {
            match self.roles.get(kind).and_then(Value::as_str) {
                Some(mapped) if mapped != kind => kind = mapped,
                _ => break,
            }
        }
        let placed_as_block = elem
            .get("/A")
            .map(|a| a.to_string().contains("\"/Placement\":\"/Block\""))
            .unwrap_or(false);
        placed_as_block || !INLINE.contains(&kind)
    }

    /// Marks the content under `node` as reached without reading it.
    fn skip(&mut self, node: Option<&Value>, page: Option<&str>) {
        let text = std::mem::take(&mut self.text);
        if let Some(node) = node {
            self.node(node, page);
        }
        self.text = text;
    }
}
