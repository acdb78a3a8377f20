//! PDF rendering with Typst as a library: one shared world, PDF/UA-1 export.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

use typst::WorldExt;
use typst::diag::{Severity as TypstSeverity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Smart};
use typst::layout::{Frame, FrameItem};
use typst::syntax::{FileId, Source};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use super::world::{self, EditionWorld, Shared};
use crate::date::Date;
use crate::diag::Diagnostic;
use crate::fonts::Fonts;
use crate::model::Sheet;
use crate::project::TemplateFile;
use crate::timings::{Stage, Timings};

/// Editions (counted over all threads) after which an unused memoized result is evicted.
const CACHE_MAX_AGE: usize = 8;

/// Drops memoized results no edition has used lately; templates, fonts and pictograms, used by
/// every edition, stay cached. Call once per edition typeset, so memory stays bounded.
pub fn evict_unused() {
    typst::comemo::evict(CACHE_MAX_AGE);
}

/// Renders sheet models to tagged PDF/UA-1 files.
pub struct PdfRenderer {
    shared: Shared,
    /// Template paths by file id, to report Typst errors at the template's file:line:col.
    template_paths: HashMap<FileId, (PathBuf, Arc<str>)>,
}

impl PdfRenderer {
    /// Prepares the shared world: fonts, template sources and pictograms.
    pub fn new(
        fonts: Fonts,
        templates: &BTreeMap<String, TemplateFile>,
        pictograms: &BTreeMap<String, Arc<[u8]>>,
        date: Date,
    ) -> Result<Self, Diagnostic> {
        let mut sources = HashMap::new();
        let mut template_paths = HashMap::new();
        for (name, file) in templates {
            let id = world::file_id(&format!("/{name}")).ok_or_else(|| {
                Diagnostic::error("template name is not a valid path").in_file(&file.path)
            })?;
            sources.insert(id, Source::new(id, file.text.to_string()));
            template_paths.insert(id, (file.path.clone(), file.text.clone()));
        }
        let mut files = HashMap::new();
        for (id, svg) in pictograms {
            let fid = world::file_id(&format!("/pictograms/{id}.svg")).ok_or_else(|| {
                Diagnostic::error(format!("pictogram id `{id}` is not a valid path"))
            })?;
            files.insert(fid, Bytes::new(svg.to_vec()));
        }
        let model_id =
            world::file_id(world::MODEL_PATH).ok_or_else(|| Diagnostic::error("bad model path"))?;
        let printed_id = world::file_id(world::PRINTED_PATH)
            .ok_or_else(|| Diagnostic::error("bad print path"))?;
        let today = Datetime::from_ymd(date.year, date.month, date.day)
            .ok_or_else(|| Diagnostic::error("the build date is not a valid date"))?;
        let shared = Shared {
            library: world::library(),
            fonts,
            sources,
            files,
            model_id,
            printed_id,
            today,
        };
        Ok(Self {
            shared,
            template_paths,
        })
    }

    /// Fonts shared by all editions.
    pub fn fonts(&self) -> &Fonts {
        &self.shared.fonts
    }

    /// Lays out one sheet (whose model serializes to `model_json`), refusing missing glyphs and
    /// text that would be cut off; when its last page would be nearly empty, lays it out again
    /// with other spacing (fit.rs).
    pub fn typeset(
        &self,
        sheet: &Sheet,
        model_json: Vec<u8>,
        timings: &Timings,
    ) -> Result<PagedDocument, Vec<Diagnostic>> {
        let template = format!("/{}.typ", sheet.template);
        let document = self.typeset_once(sheet, &template, model_json.clone(), None, timings)?;
        let document = super::fit::refit(document, &model_json, |json| {
            self.typeset_once(sheet, &template, json, None, timings)
        })?;
        let clipped = super::clip::clipped_text(&document);
        if clipped.is_empty() {
            Ok(document)
        } else {
            Err(clipped)
        }
    }

    /// The print sheet's template (`templates/typst/<layout>-print.typ`), when the sheet's
    /// layout has one: copies of the sheet to cut out (the card's).
    fn print_template(&self, sheet: &Sheet) -> Option<String> {
        let template = format!("/{}-print.typ", sheet.template);
        world::file_id(&template)
            .is_some_and(|id| self.shared.sources.contains_key(&id))
            .then_some(template)
    }

    /// Whether the sheet's layout has a print sheet, written beside its PDF as `<sheet>-print.pdf`.
    pub fn has_print_sheet(&self, sheet: &Sheet) -> bool {
        self.print_template(sheet).is_some()
    }

    fn typeset_once(
        &self,
        sheet: &Sheet,
        template: &str,
        model_json: Vec<u8>,
        printed: Option<Bytes>,
        timings: &Timings,
    ) -> Result<PagedDocument, Vec<Diagnostic>> {
        let main = world::file_id(template)
            .filter(|id| self.shared.sources.contains_key(id))
            .ok_or_else(|| {
                vec![Diagnostic::error(format!(
                    "no Typst template templates/typst{template}"
                ))]
            })?;
        let world = EditionWorld {
            shared: &self.shared,
            main,
            model: Bytes::new(model_json),
            printed,
        };
        let document = timings.time(Stage::Typeset, || {
            typst::compile::<PagedDocument>(&world)
                .output
                .map_err(|errors| self.convert(&world, &errors))
        })?;
        let tofu = missing_glyphs(&document, &sheet.fonts);
        if !tofu.is_empty() {
            return Err(tofu);
        }
        Ok(document)
    }

    /// Typesets one sheet (whose model serializes to `model_json`) and exports it as PDF/UA-1.
    pub fn render(
        &self,
        sheet: &Sheet,
        model_json: Vec<u8>,
        date: Date,
        timings: &Timings,
    ) -> Result<Vec<u8>, Vec<Diagnostic>> {
        self.render_with_thumbnail(sheet, model_json, date, timings, false)
            .map(|(pdf, _)| pdf)
    }

    /// As `render`, with page 1 as a small PNG (the catalogue's thumbnail) when `thumbnail`.
    pub fn render_with_thumbnail(
        &self,
        sheet: &Sheet,
        model_json: Vec<u8>,
        date: Date,
        timings: &Timings,
        thumbnail: bool,
    ) -> Result<PdfAndThumbnail, Vec<Diagnostic>> {
        let document = self.typeset(sheet, model_json, timings)?;
        let png = if thumbnail {
            Some(timings.time(Stage::Thumbnail, || page_one_png(&document))?)
        } else {
            None
        };
        let standards = PdfStandards::new(&[PdfStandard::Ua_1])
            .map_err(|e| vec![Diagnostic::error(format!("PDF standard: {}", e.message()))])?;
        let ident = sheet.edition.to_string();
        let pdf = self.export(sheet, document, ident, standards, true, date, timings)?;
        Ok((pdf, png))
    }

    /// Typesets the print sheet of one sheet (see `has_print_sheet`), laying out copies of the
    /// pages of `printed`, the sheet's own PDF, and exports it untagged: the copies repeat the
    /// sheet's PDF, which is the accessible edition.
    pub fn render_print(
        &self,
        sheet: &Sheet,
        model_json: Vec<u8>,
        printed: Vec<u8>,
        date: Date,
        timings: &Timings,
    ) -> Result<Vec<u8>, Vec<Diagnostic>> {
        let template = self.print_template(sheet).ok_or_else(|| {
            vec![Diagnostic::error(format!(
                "no print sheet template templates/typst/{}-print.typ",
                sheet.template
            ))]
        })?;
        let printed = Some(Bytes::new(printed));
        let document = self.typeset_once(sheet, &template, model_json, printed, timings)?;
        let ident = format!("{}-print", sheet.edition);
        self.export(
            sheet,
            document,
            ident,
            PdfStandards::default(),
            false,
            date,
            timings,
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn export(
        &self,
        sheet: &Sheet,
        document: PagedDocument,
        ident: String,
        standards: PdfStandards,
        tagged: bool,
        date: Date,
        timings: &Timings,
    ) -> Result<Vec<u8>, Vec<Diagnostic>> {
        // Clusters split across text items would be tagged twice (see mend.rs).
        let document = super::mend::before_export(document);
        let timestamp = Datetime::from_ymd_hms(date.year, date.month, date.day, 0, 0, 0)
            .map(Timestamp::new_utc);
        let options = PdfOptions {
            ident: Smart::Custom(ident),
            creator: Smart::Custom(Some(sheet.generator.clone())),
            timestamp,
            standards,
            tagged,
            ..PdfOptions::default()
        };
        let pdf = timings.time(Stage::ExportPdf, || {
            typst_pdf::pdf(&document, &options).map_err(|errors| {
                // Only template sources are needed to locate export errors.
                let world = EditionWorld {
                    shared: &self.shared,
                    main: self.shared.model_id,
                    model: Bytes::new(Vec::new()),
                    printed: None,
                };
                self.convert(&world, &errors)
            })
        });
        evict_unused();
        pdf
    }

    fn convert(&self, world: &EditionWorld<'_>, errors: &[SourceDiagnostic]) -> Vec<Diagnostic> {
        errors
            .iter()
            .filter(|e| e.severity == TypstSeverity::Error)
            .map(|e| {
                let mut diag = Diagnostic::error(format!("Typst: {}", e.message));
                if let Some(id) = e.span.id()
                    && let Some((path, text)) = self.template_paths.get(&id)
                {
                    match world.range(e.span) {
                        Some(range) => diag = diag.at(path, text, range),
                        None => diag = diag.in_file(path),
                    }
                }
                if let Some(hint) = e.hints.first() {
                    diag = diag.with_hint(hint.v.to_string());
                }
                diag
            })
            .collect()
    }
}

/// Characters laid out with glyph 0 (a blank box, "tofu"), as errors naming the fonts tried.
/// A PDF, and its page 1 as PNG when asked for.
pub type PdfAndThumbnail = (Vec<u8>, Option<Vec<u8>>);

/// Width of a thumbnail in pixels: legible as a page's shape and call band at a glance, a few
/// kilobytes as PNG.
const THUMBNAIL_WIDTH_PX: f64 = 180.0;

/// Page 1 of `document` drawn as a PNG `THUMBNAIL_WIDTH_PX` wide.
fn page_one_png(document: &PagedDocument) -> Result<Vec<u8>, Vec<Diagnostic>> {
    let Some(page) = document.pages().first() else {
        return Err(vec![Diagnostic::error(
            "the document has no page 1 to draw",
        )]);
    };
    let width_pt = page.frame.width().to_pt().max(1.0);
    let options = typst_render::RenderOptions {
        pixel_per_pt: (THUMBNAIL_WIDTH_PX / width_pt).into(),
        render_bleed: false,
    };
    let pixmap = typst_render::render(page, &options);
    pixmap
        .encode_png()
        .map_err(|e| vec![Diagnostic::error(format!("thumbnail PNG: {e}"))])
}

/// One error per character drawn with no glyph (glyph id 0, tofu), quoting the text run it is
/// in, so that `render::locate_clipped` can find where that text is written.
fn missing_glyphs(document: &PagedDocument, fonts: &[String]) -> Vec<Diagnostic> {
    let mut missing = std::collections::BTreeMap::new();
    for page in document.pages() {
        collect_missing(&page.frame, &mut missing);
    }
    missing
        .into_iter()
        .map(|(c, run)| {
            let quoted: String = run.trim().chars().take(40).collect();
            Diagnostic::error(format!(
                "no font has a glyph for U+{:04X} `{c}`: it would print as a blank box, in \u{201c}{quoted}…\u{201d}",
                c as u32
            ))
            .with_code(crate::diag::Code::FontMissingGlyph)
            .with_hint(format!(
                "fonts tried: {}; add a font covering this script to fonts/ and to the locale, or write the character on a letter the same font has",
                fonts.join(", ")
            ))
        })
        .collect()
}

/// Each character drawn with no glyph, with the text of the first run it is in.
fn collect_missing(frame: &Frame, missing: &mut std::collections::BTreeMap<char, String>) {
    for (_, item) in frame.items() {
        match item {
            FrameItem::Group(group) => collect_missing(&group.frame, missing),
            FrameItem::Text(text) => {
                for glyph in text.glyphs.iter().filter(|g| g.id == 0) {
                    if let Some(s) = text.text.get(glyph.range()) {
                        for c in s.chars().filter(|c| !c.is_whitespace()) {
                            missing.entry(c).or_insert_with(|| text.text.to_string());
                        }
                    }
                }
            }
            _ => {}
        }
    }
}
