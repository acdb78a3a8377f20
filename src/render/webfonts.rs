//! HTML pages carry their fonts: each face the page's text needs, subset to the characters the
//! page holds, as a WOFF2 `data:` URL in an `@font-face` rule. A phone without Khmer, Burmese
//! or Bengali fonts (or one set up for Zawgyi) then shows the page as the PDF does.
//!
//! Faces with TrueType outlines are subset with skera, which keeps `cmap` and the OpenType
//! layout tables complex scripts need; CFF faces (the CJK one) with typst's subsetter, which
//! keeps the outlines only, and get their `cmap` and `OS/2` back here.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::sync::{Arc, Mutex};

use typst::text::{Font, FontStyle};
use unicode_script::{Script, UnicodeScript};
use write_fonts::read::collections::IntSet;
use write_fonts::read::types::{GlyphId, NameId, Tag};
use write_fonts::read::{FontRef, TableProvider as _};

use crate::diag::Diagnostic;

/// Brotli quality for the WOFF2 data. Measured on a 717-character CJK subset: q5 17 ms, 124 KB;
/// q9 91 ms, 121 KB; q11 314 ms, 112 KB (the Burmese and Latin subsets alike): q5.
const BROTLI_QUALITY: u8 = 5;

/// The faces HTML pages may embed, and the subsets made so far: most pages of a build need
/// the same few characters of the scripts they only quote (endonyms, contact languages), so
/// each (face, characters) pair is subset and compressed once.
pub struct WebFonts {
    faces: Vec<Font>,
    made: Mutex<HashMap<(usize, String), Arc<str>>>,
}

/// One `@font-face` rule's worth: a face and the characters it serves on a page.
struct FaceUse {
    index: usize,
    chars: BTreeSet<char>,
}

impl WebFonts {
    pub fn new(faces: Vec<Font>) -> Self {
        Self {
            faces,
            made: Mutex::default(),
        }
    }

    /// The base64 WOFF2 of face `index` cut to `chars`, made once per build.
    fn woff2_base64(&self, index: usize, chars: &BTreeSet<char>) -> Result<Arc<str>, Diagnostic> {
        let key = (index, chars.iter().collect::<String>());
        if let Some(made) = self.made.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return Ok(made);
        }
        let woff2 = woff2_subset(&self.faces[index], chars)?;
        let encoded: Arc<str> = Arc::from(crate::base64::encode(&woff2));
        if let Ok(mut made) = self.made.lock() {
            made.insert(key, encoded.clone());
        }
        Ok(encoded)
    }

    /// Adds the `@font-face` rules the page needs, in its own `<style>` before `</head>`;
    /// `families` is the page's `font-family` list, in order of preference.
    pub fn embed(&self, html: &str, families: &[String]) -> Result<String, Diagnostic> {
        let css = self.font_faces(&page_chars(html), families)?;
        if css.is_empty() {
            return Ok(html.to_string());
        }
        let Some(at) = html.find("</head>") else {
            return Err(Diagnostic::error(
                "an HTML template has no </head>: the page's fonts cannot be embedded",
            ));
        };
        let mut page = String::with_capacity(html.len() + css.len() + 20);
        page.push_str(&html[..at]);
        page.push_str("<style>\n");
        page.push_str(&css);
        page.push_str("</style>\n");
        page.push_str(&html[at..]);
        Ok(page)
    }

    /// The `@font-face` rules serving `chars` with the faces of `families`.
    pub fn font_faces(
        &self,
        chars: &BTreeSet<char>,
        families: &[String],
    ) -> Result<String, Diagnostic> {
        let mut css = String::new();
        for used in self.plan(chars, families) {
            let data = self.woff2_base64(used.index, &used.chars)?;
            let info = self.faces[used.index].info();
            let style = match info.variant.style {
                FontStyle::Normal => "normal",
                FontStyle::Italic => "italic",
                FontStyle::Oblique => "oblique",
            };
            let _ = writeln!(
                css,
                "@font-face {{ font-family: \"{}\"; font-weight: {}; font-style: {style}; \
                 font-display: block; unicode-range: {}; \
                 src: url(\"data:font/woff2;base64,{}\") format(\"woff2\"); }}",
                info.family,
                info.variant.weight.to_number(),
                unicode_range(&used.chars),
                data,
            );
        }
        Ok(css)
    }

    /// The faces of `family`, with their indices.
    fn faces_of<'a>(&'a self, family: &'a str) -> impl Iterator<Item = (usize, &'a Font)> + 'a {
        self.faces
            .iter()
            .enumerate()
            .filter(move |(_, f)| f.info().family.eq_ignore_ascii_case(family))
    }

    /// Which face serves which characters. A character belongs to the first family of the list
    /// that covers it, as the browser's fallback picks it; characters of no script of their own
    /// (spaces, digits, punctuation, combining marks, joiners) also go to every other used
    /// family that covers them, so that a run of one script is never split between fonts.
    fn plan(&self, chars: &BTreeSet<char>, families: &[String]) -> Vec<FaceUse> {
        let covers = |family: &str, c: char| self.faces_of(family).any(|(_, f)| covered(f, c));
        let mut own: Vec<BTreeSet<char>> = vec![BTreeSet::new(); families.len()];
        for &c in chars {
            if let Some(i) = families.iter().position(|f| covers(f, c)) {
                own[i].insert(c);
            }
        }
        let shared: Vec<char> = chars.iter().copied().filter(|&c| is_shared(c)).collect();
        let mut uses = Vec::new();
        for (family, own) in families.iter().zip(&own) {
            // A family no character falls to is not loaded; one that is first for only a
            // bullet the earlier ones lack still is.
            if own.is_empty() {
                continue;
            }
            for (index, font) in self.faces_of(family) {
                let mut served: BTreeSet<char> =
                    own.iter().copied().filter(|&c| covered(font, c)).collect();
                served.extend(shared.iter().copied().filter(|&c| covered(font, c)));
                if !served.is_empty() {
                    uses.push(FaceUse {
                        index,
                        chars: served,
                    });
                }
            }
        }
        uses
    }
}

/// Whether `font` maps `c` to a glyph.
fn covered(font: &Font, c: char) -> bool {
    font.info().coverage.contains(c as u32)
}

/// Characters that belong to no script of their own and appear inside runs of any script.
fn is_shared(c: char) -> bool {
    matches!(c.script(), Script::Common | Script::Inherited)
}

/// What the browser draws that is not in the page's text: list markers (disc, circle,
/// square) and the ellipsis of cut text.
const GENERATED: [char; 4] = ['•', '◦', '▪', '…'];

/// Every character a page may show: its text and attribute values (alt text, titles),
/// with the character references minijinja writes, printable ASCII and what the browser
/// draws itself (`GENERATED`).
pub fn page_chars(html: &str) -> BTreeSet<char> {
    let mut chars: BTreeSet<char> = (' '..='~').chain(GENERATED).collect();
    chars.extend(html.chars().filter(|c| !c.is_control()));
    let mut rest = html;
    while let Some(at) = rest.find("&#") {
        rest = &rest[at + 2..];
        let end = rest.find(';').unwrap_or(0);
        let reference = &rest[..end];
        let code = match reference.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => reference.parse().ok(),
        };
        chars.extend(code.and_then(char::from_u32).filter(|c| !c.is_control()));
    }
    if html.contains("&nbsp;") {
        chars.insert('\u{a0}');
    }
    chars
}

/// A CSS `unicode-range` value for `chars`, in ranges of consecutive code points.
fn unicode_range(chars: &BTreeSet<char>) -> String {
    let mut ranges: Vec<(u32, u32)> = Vec::new();
    for &c in chars {
        let c = c as u32;
        match ranges.last_mut() {
            Some((_, end)) if *end + 1 == c => *end = c,
            _ => ranges.push((c, c)),
        }
    }
    ranges
        .iter()
        .map(|&(a, b)| {
            if a == b {
                format!("U+{a:X}")
            } else {
                format!("U+{a:X}-{b:X}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `font` reduced to `chars`, as WOFF2.
fn woff2_subset(font: &Font, chars: &BTreeSet<char>) -> Result<Vec<u8>, Diagnostic> {
    let sfnt = subset_sfnt(font, chars)?;
    ttf2woff2::encode(&sfnt, ttf2woff2::BrotliQuality::from(BROTLI_QUALITY)).map_err(|e| {
        Diagnostic::error(format!(
            "could not embed the font {} in an HTML page: {e}",
            font.info().family
        ))
    })
}

/// `font` reduced to `chars`, as OpenType (what the page embeds, before WOFF2 compression).
pub fn subset_sfnt(font: &Font, chars: &BTreeSet<char>) -> Result<Vec<u8>, Diagnostic> {
    let family = &font.info().family;
    let fail = |what: String| {
        Diagnostic::error(format!(
            "could not embed the font {family} in an HTML page: {what}"
        ))
    };
    let data = font.data().as_slice();
    let face = FontRef::from_index(data, font.index()).map_err(|e| fail(e.to_string()))?;
    if face.table_data(Tag::new(b"CFF ")).is_some() {
        cff_subset(font, &face, chars).map_err(fail)
    } else {
        layout_subset(&face, chars).map_err(fail)
    }
}

/// A TrueType-outline face subset by skera with harfbuzz's defaults (every script, the
/// default layout features), without hinting (phones do not use it).
fn layout_subset(face: &FontRef, chars: &BTreeSet<char>) -> Result<Vec<u8>, String> {
    let mut unicodes = IntSet::<u32>::empty();
    unicodes.extend(chars.iter().map(|&c| c as u32));
    let mut scripts = IntSet::<Tag>::empty();
    scripts.invert();
    let features: IntSet<Tag> = skera::DEFAULT_LAYOUT_FEATURES.iter().copied().collect();
    let drop: IntSet<Tag> = skera::DEFAULT_DROP_TABLES.iter().copied().collect();
    let mut names = IntSet::<NameId>::empty();
    names.insert_range(NameId::new(0)..=NameId::new(6));
    let mut languages = IntSet::<u16>::empty();
    languages.insert(0x0409);
    let plan = skera::Plan::new(
        &IntSet::empty(),
        &unicodes,
        face,
        skera::SubsetFlags::SUBSET_FLAGS_NO_HINTING,
        &drop,
        &scripts,
        &features,
        &names,
        &languages,
    );
    skera::subset_font(face, &plan).map_err(|e| e.to_string())
}

/// A CFF face subset by typst's subsetter (outlines, metrics, names), with a `cmap` for
/// `chars` and the original `OS/2` added back, as a browser needs them.
fn cff_subset(font: &Font, face: &FontRef, chars: &BTreeSet<char>) -> Result<Vec<u8>, String> {
    let cmap = face.cmap().map_err(|e| e.to_string())?;
    let mut remapper = subsetter::GlyphRemapper::new();
    let mut mapped = Vec::new();
    for &c in chars {
        if let Some(g) = cmap.map_codepoint(c) {
            let g = u16::try_from(g.to_u32()).map_err(|e| e.to_string())?;
            mapped.push((c, remapper.remap(g)));
        }
    }
    let sub = subsetter::subset(font.data().as_slice(), font.index(), &remapper)
        .map_err(|e| e.to_string())?;
    let sub_face = FontRef::new(&sub).map_err(|e| e.to_string())?;
    let cmap = write_fonts::tables::cmap::Cmap::from_mappings(
        mapped.iter().map(|&(c, g)| (c, GlyphId::new(u32::from(g)))),
    )
    .map_err(|e| e.to_string())?;
    let mut builder = write_fonts::FontBuilder::new();
    builder.add_table(&cmap).map_err(|e| e.to_string())?;
    if let Some(os2) = face.table_data(Tag::new(b"OS/2")) {
        builder.add_raw(Tag::new(b"OS/2"), os2.as_bytes());
    }
    builder.copy_missing_tables(sub_face);
    Ok(builder.build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unicode_ranges_join_consecutive_code_points() {
        let chars: BTreeSet<char> = ['a', 'b', 'c', 'x', 'ก', 'ข'].into_iter().collect();
        assert_eq!(unicode_range(&chars), "U+61-63, U+78, U+E01-E02");
    }

    #[test]
    fn page_chars_read_character_references_and_skip_controls() {
        let chars = page_chars("<p>&#x17A0;&#6016;\u{7}&nbsp;ไ</p>");
        assert!(chars.contains(&'ហ') && chars.contains(&'ក') && chars.contains(&'ไ'));
        assert!(chars.contains(&'\u{a0}') && !chars.contains(&'\u{7}'));
    }

    /// Where the time of a subset goes (run with `--ignored --nocapture`).
    #[test]
    #[ignore]
    fn measure_subset_and_compression_times() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let fonts = crate::fonts::Fonts::load(&root.join("fonts")).unwrap();
        for (family, locale) in [
            ("Noto Sans CJK SC", "zh-Hans"),
            ("Noto Sans", "en"),
            ("Noto Sans Myanmar", "my"),
        ] {
            let mut text = String::new();
            for f in std::fs::read_dir(root.join("locales").join(locale)).unwrap() {
                text.push_str(&std::fs::read_to_string(f.unwrap().path()).unwrap());
            }
            let font = fonts
                .fonts
                .iter()
                .find(|f| f.info().family == family)
                .unwrap();
            let chars: BTreeSet<char> = text.chars().filter(|&c| covered(font, c)).collect();
            let t = std::time::Instant::now();
            let sfnt = subset_sfnt(font, &chars).unwrap();
            let subset = t.elapsed();
            for q in [5u8, 9, 11] {
                let t = std::time::Instant::now();
                let w = ttf2woff2::encode(&sfnt, ttf2woff2::BrotliQuality::from(q)).unwrap();
                eprintln!(
                    "{family}: {} chars, subset {:?} ({} B), brotli q{q} {:?} -> {} B",
                    chars.len(),
                    subset,
                    sfnt.len(),
                    t.elapsed(),
                    w.len()
                );
            }
        }
    }
}
