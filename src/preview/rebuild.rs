//! Rebuilding the one previewed edition with the loader and rule book `build` uses, keeping the
//! fonts and the Typst world warm between rebuilds.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::date::Date;
use crate::diag::Diagnostic;
use crate::error::Error;
use crate::fonts::Fonts;
use crate::manifest;
use crate::model::{EditionId, Sheet};
use crate::project::{Loaded, Project};
use crate::render::html::HtmlRenderer;
use crate::render::pdf::PdfRenderer;
use crate::timings::{Stage, Timings};

/// Which edition to preview; region and sheet default to the project's first.
#[derive(Debug, Clone)]
pub struct Wanted {
    pub locale: String,
    pub tier: String,
    pub region: Option<String>,
    pub sheet: Option<String>,
}

/// Why a rebuild produced no page.
#[derive(Debug)]
pub struct Failure {
    pub diagnostics: Vec<Diagnostic>,
    /// The command line names a locale, tier, region or sheet the project does not have.
    pub usage: bool,
}

impl Failure {
    fn of(diagnostics: Vec<Diagnostic>) -> Self {
        Self {
            diagnostics,
            usage: false,
        }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        let usage = matches!(e, Error::Usage(_));
        Self {
            diagnostics: e.diagnostics(),
            usage,
        }
    }
}

/// The edition's model and HTML page, ready to serve; the PDF is rendered from it next.
pub struct Prepared {
    pub id: EditionId,
    pub html: Vec<u8>,
    /// Messages shown in the reference language instead, as warnings.
    pub warnings: Vec<Diagnostic>,
    /// Loading the project and running the rule book.
    pub load: Duration,
    /// The sheet model and the HTML page.
    pub render_html: Duration,
    project: Project,
    model: Sheet,
    json: Vec<u8>,
}

/// How long the PDF took, by stage.
#[derive(Debug, Clone, Copy, Default)]
pub struct PdfTimes {
    pub typeset: Duration,
    pub export: Duration,
}

/// Rebuilds one edition; what does not change between saves (fonts, the Typst world and its
/// memoized layout) is kept.
pub struct Rebuilder {
    root: PathBuf,
    wanted: Wanted,
    date: Date,
    fonts: Option<Fonts>,
    /// The PDF renderer and the hash of the templates and pictograms it was made with.
    pdf: Option<(String, PdfRenderer)>,
}

impl Rebuilder {
    pub fn new(root: PathBuf, wanted: Wanted, date: Date) -> Self {
        Self {
            root,
            wanted,
            date,
            fonts: None,
            pdf: None,
        }
    }

    /// The fonts changed on disk: read them again at the next rebuild.
    pub fn forget_fonts(&mut self) {
        self.fonts = None;
        self.pdf = None;
    }

    /// Loads and checks the project as `build` does, then builds the edition's model and HTML.
    pub fn prepare(&mut self) -> Result<Prepared, Failure> {
        let started = Instant::now();
        let fonts = match self.fonts.take() {
            Some(fonts) => fonts,
            None => Fonts::load(&self.root.join("fonts"))?,
        };
        let fonts = &*self.fonts.insert(fonts);
        let project = Loaded::load(&self.root).into_project(Some(fonts))?;
        let id = edition(&project, &self.wanted)?;
        let gaps = crate::validate::glyphs(&project, fonts, std::slice::from_ref(&id.locale));
        if !gaps.is_empty() {
            return Err(Failure::of(gaps.into_iter().map(|f| f.diag).collect()));
        }
        let load = started.elapsed();
        let started = Instant::now();
        let (model, warnings) = crate::build::sheet_model(&project, &id).map_err(Failure::of)?;
        let json = serde_json::to_vec(&model)
            .map_err(|e| Failure::of(vec![Diagnostic::error(format!("sheet model: {e}"))]))?;
        let html = HtmlRenderer::new(&project.html_templates)
            .map_err(Failure::of)?
            .render_sheet(&format!("{}.html", model.template), &model)
            .map_err(|d| Failure::of(vec![d]))?
            .into_bytes();
        Ok(Prepared {
            id,
            html,
            warnings,
            load,
            render_html: started.elapsed(),
            project,
            model,
            json,
        })
    }

    /// Typesets and exports the prepared edition as PDF/UA-1, with the renderer of the last
    /// rebuild when the templates and pictograms did not change.
    pub fn pdf(&mut self, prepared: &Prepared) -> Result<(Vec<u8>, PdfTimes), Vec<Diagnostic>> {
        let project = &prepared.project;
        let key = manifest::hash_parts(
            project
                .typst_templates
                .iter()
                .flat_map(|(name, f)| [name.as_bytes(), f.text.as_bytes()])
                .chain(
                    project
                        .content
                        .pictogram_svgs
                        .iter()
                        .flat_map(|(id, svg)| [id.as_bytes(), &svg[..]]),
                ),
        );
        if self.pdf.as_ref().is_none_or(|(k, _)| *k != key) {
            let fonts = self
                .fonts
                .clone()
                .ok_or_else(|| vec![Diagnostic::error("the fonts are not loaded")])?;
            let renderer = PdfRenderer::new(
                fonts,
                &project.typst_templates,
                &project.content.pictogram_svgs,
                self.date,
            )
            .map_err(|d| vec![d])?;
            self.pdf = Some((key, renderer));
        }
        let Some((_, renderer)) = &self.pdf else {
            return Err(vec![Diagnostic::error("the PDF renderer is not ready")]);
        };
        let timings = Timings::default();
        let bytes = renderer.render(&prepared.model, prepared.json.clone(), self.date, &timings)?;
        let times = PdfTimes {
            typeset: timings.get(Stage::Typeset),
            export: timings.get(Stage::ExportPdf),
        };
        Ok((bytes, times))
    }
}

/// The edition the command line asks for, in this project.
fn edition(project: &Project, wanted: &Wanted) -> Result<EditionId, Error> {
    let file = &project.config.file;
    let names = |v: &[toml::Spanned<String>]| -> Vec<String> {
        v.iter().map(|s| s.get_ref().clone()).collect()
    };
    let pick = |what: &str, asked: Option<&String>, all: Vec<String>| -> Result<String, Error> {
        match asked {
            Some(a) if all.contains(a) => Ok(a.clone()),
            Some(a) => Err(Error::Usage(format!(
                "unknown {what} `{a}`; the project has: {}",
                all.join(", ")
            ))),
            None => all
                .into_iter()
                .next()
                .ok_or_else(|| Error::Usage(format!("the project has no {what}"))),
        }
    };
    Ok(EditionId {
        locale: pick("locale", Some(&wanted.locale), names(&file.locales))?,
        tier: pick(
            "tier",
            Some(&wanted.tier),
            file.tiers.iter().map(|t| t.id.clone()).collect(),
        )?,
        region: pick("region", wanted.region.as_ref(), names(&file.regions))?,
        sheet: pick("sheet", wanted.sheet.as_ref(), names(&file.sheets))?,
    })
}
