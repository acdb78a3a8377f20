//! The project's vendored fonts, loaded once per process and shared by every edition.

use std::path::Path;

use typst::foundations::Bytes;
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

use crate::diag::Diagnostic;
use crate::error::{Error, Result};

/// All fonts under the project's `fonts/` folder, and the book that indexes them.
#[derive(Clone)]
pub struct Fonts {
    pub book: LazyHash<FontBook>,
    pub fonts: Vec<Font>,
}

/// Whether the file starts like a TrueType, OpenType or font-collection file.
fn has_font_signature(path: &Path) -> std::io::Result<bool> {
    use std::io::Read;
    let mut head = [0u8; 4];
    let mut file = std::fs::File::open(path)?;
    match file.read_exact(&mut head) {
        Ok(()) => Ok(matches!(
            &head,
            [0, 1, 0, 0] | b"OTTO" | b"true" | b"typ1" | b"ttcf"
        )),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Ok(false),
        Err(e) => Err(e),
    }
}

impl Fonts {
    /// Loads every `.ttf`, `.otf` and `.ttc` file under `dir`; a file that is not a font is an error.
    pub fn load(dir: &Path) -> Result<Self> {
        let mut fonts = Vec::new();
        let mut problems = Vec::new();
        for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
            let entry = entry.map_err(|e| Error::io(dir, e.into()))?;
            let path = entry.path();
            let is_font = path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "ttf" | "otf" | "ttc"));
            if !entry.file_type().is_file() || !is_font {
                continue;
            }
            let before = fonts.len();
            // The first four bytes tell a font file; anything else is refused unread.
            if has_font_signature(path).map_err(|e| Error::io(path, e))? {
                let data = std::fs::read(path).map_err(|e| Error::io(path, e))?;
                fonts.extend(Font::iter(Bytes::new(data)));
            }
            if fonts.len() == before {
                problems.push(
                    Diagnostic::error("this file is not a font infosheet can read")
                        .in_file(path)
                        .with_hint("use TrueType or OpenType font files (.ttf, .otf, .ttc)"),
                );
            }
        }
        if !problems.is_empty() {
            return Err(Error::Invalid(problems));
        }
        if fonts.is_empty() {
            return Err(
                Diagnostic::error(format!("no fonts found in {}", dir.display()))
                    .with_hint("vendor the project's fonts in fonts/")
                    .into(),
            );
        }
        let book = LazyHash::new(FontBook::from_fonts(&fonts));
        Ok(Self { book, fonts })
    }

    /// Family names of all loaded fonts, without duplicates.
    pub fn families(&self) -> Vec<String> {
        let mut names: Vec<String> = self.fonts.iter().map(|f| f.info().family.clone()).collect();
        names.sort();
        names.dedup();
        names
    }

    /// Whether any face of `family` (case-insensitive) covers `c`.
    pub fn covers(&self, family: &str, c: char) -> bool {
        self.fonts
            .iter()
            .filter(|f| f.info().family.eq_ignore_ascii_case(family))
            .any(|f| f.info().coverage.contains(c as u32))
    }
}
