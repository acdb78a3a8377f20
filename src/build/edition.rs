//! One edition: its sheet model, rendered to each format, staged unless up to date.

use std::path::{Path, PathBuf};

use super::BuildOptions;
use crate::config::{Format, Tier};
use crate::date::Date;
use crate::diag::Diagnostic;
use crate::error::Result;
use crate::locales::Locale;
use crate::localize::Localizer;
use crate::manifest::{self, Manifest};
use crate::model::{self, EditionId, Inputs, Sheet};
use crate::project::Project;
use crate::render::html::HtmlRenderer;
use crate::render::pdf::PdfRenderer;
use crate::render::webfonts::WebFonts;
use crate::timings::{Stage, Timings};

/// Hashes of the inputs every edition shares, computed once per build.
pub struct SharedInputs {
    html_templates: String,
    typst_templates: String,
    fonts: String,
    date: String,
}

impl SharedInputs {
    pub fn new(project: &Project, fonts: String, date: Date) -> Self {
        let templates = |map: &std::collections::BTreeMap<String, crate::project::TemplateFile>| {
            manifest::hash_parts(
                map.iter()
                    .flat_map(|(name, f)| [name.as_bytes(), f.text.as_bytes()]),
            )
        };
        Self {
            html_templates: templates(&project.html_templates),
            typst_templates: templates(&project.typst_templates),
            fonts,
            date: date.to_string(),
        }
    }

    /// The hash of everything an output file depends on: the tool, the format, the sheet model
    /// (which holds every message and content value the edition uses), templates, fonts, date.
    fn output_hash(&self, format: Format, model_json: &[u8]) -> String {
        let version = env!("CARGO_PKG_VERSION").as_bytes();
        match format {
            Format::Html => manifest::hash_parts([
                version,
                b"html",
                model_json,
                self.html_templates.as_bytes(),
                self.fonts.as_bytes(),
            ]),
            Format::Json => manifest::hash_parts([version, b"json", model_json]),
            Format::Pdf => manifest::hash_parts([
                version,
                b"pdf",
                model_json,
                self.typst_templates.as_bytes(),
                self.fonts.as_bytes(),
                self.date.as_bytes(),
            ]),
        }
    }
}

pub struct EditionResult {
    pub id: EditionId,
    /// Output files written, with the hash of their inputs.
    pub written: Vec<(String, String)>,
    pub up_to_date: Vec<(String, String)>,
    pub failed_outputs: Vec<String>,
    /// Output files written to temporary files, put in place only if the whole build succeeds.
    pub staged: Vec<crate::output::Staged>,
    pub warnings: Vec<Diagnostic>,
    pub errors: Vec<Diagnostic>,
}

/// Everything an edition needs from the build, shared by all worker threads.
pub struct EditionContext<'a> {
    pub project: &'a Project,
    pub formats: &'a [Format],
    pub html: &'a HtmlRenderer,
    pub webfonts: &'a WebFonts,
    pub pdf: &'a (dyn Fn() -> std::result::Result<&'a PdfRenderer, Vec<Diagnostic>> + Sync),
    pub options: &'a BuildOptions,
    pub inputs: &'a SharedInputs,
    pub manifest: &'a Manifest,
    pub timings: &'a Timings,
}

/// Output path of an edition in `format`, relative to the output folder.
pub fn edition_path(id: &EditionId, format: Format) -> PathBuf {
    Path::new(&id.region)
        .join(&id.locale)
        .join(&id.tier)
        .join(format!("{}.{}", id.sheet, format.extension()))
}

/// Where an edition's page-1 thumbnail goes: beside its PDF, `<sheet>.png`.
pub fn thumbnail_path(pdf_rel: &str) -> String {
    match pdf_rel.strip_suffix(".pdf") {
        Some(stem) => format!("{stem}.png"),
        None => format!("{pdf_rel}.png"),
    }
}

/// Builds the sheet model of one edition, with fallbacks as warnings.
pub fn sheet_model(
    project: &Project,
    id: &EditionId,
) -> Result<(Sheet, Vec<Diagnostic>), Vec<Diagnostic>> {
    let missing = |what: &str| vec![Diagnostic::error(format!("{id}: unknown {what}"))];
    let locale: &Locale = project
        .locale(&id.locale)
        .ok_or_else(|| missing("locale"))?;
    let tier: &Tier = project
        .config
        .tier(&id.tier)
        .ok_or_else(|| missing("tier"))?;
    let (sheet, _) = project
        .content
        .sheets
        .get(&id.sheet)
        .ok_or_else(|| missing("sheet"))?;
    let (region, _) = project
        .content
        .regions
        .get(&id.region)
        .ok_or_else(|| missing("region"))?;
    let inputs = Inputs {
        content: &project.content,
        sheet_id: &id.sheet,
        sheet,
        region_id: &id.region,
        region,
        locales: &project.locales,
        fallback_fonts: &project.config.file.fallback_fonts,
        language_names: &project.config.file.language_names,
        paper: project.config.file.paper,
    };
    let l10n = Localizer::new(locale, project.reference(), tier);
    let model = model::build(&inputs, &l10n);
    let problems = l10n.take_problems();
    let warnings = l10n
        .take_fallbacks()
        .into_iter()
        .map(|f| {
            Diagnostic::warning(format!(
                "{id}: message `{}` is not translated into `{}`; the `{}` text is shown",
                f.message, f.locale, f.served_by
            ))
            .in_file(&locale.dir)
        })
        .collect();
    match model {
        Some(model) if problems.is_empty() => Ok((model, warnings)),
        _ => Err(problems.into_iter().map(|d| prefix(id, d)).collect()),
    }
}

fn prefix(id: &EditionId, mut d: Diagnostic) -> Diagnostic {
    d.message = format!("{id}: {}", d.message);
    d
}

pub fn build_edition(ctx: &EditionContext<'_>, id: &EditionId) -> EditionResult {
    let mut result = EditionResult {
        id: id.clone(),
        written: Vec::new(),
        up_to_date: Vec::new(),
        failed_outputs: Vec::new(),
        staged: Vec::new(),
        warnings: Vec::new(),
        errors: Vec::new(),
    };
    let model = ctx.timings.time(Stage::Localize, || {
        let (model, warnings) = sheet_model(ctx.project, id)?;
        let json = serde_json::to_vec(&model)
            .map_err(|e| vec![Diagnostic::error(format!("sheet model: {e}"))])?;
        Ok((model, json, warnings))
    });
    let (model, json, warnings) = match model {
        Ok(m) => m,
        Err(errors) => {
            result.errors = errors;
            return result;
        }
    };
    result.warnings = warnings;
    // Render every format first, then write: a failure leaves the previous files untouched.
    let mut rendered = Vec::new();
    for &format in ctx.formats {
        let rel = edition_path(id, format)
            .to_string_lossy()
            .replace('\\', "/");
        let hash = ctx.inputs.output_hash(format, &json);
        // Beside each PDF, its page 1 as a PNG for the catalogue, with the same inputs.
        let thumbnail = (format == Format::Pdf).then(|| thumbnail_path(&rel));
        let current = |rel: &str| ctx.manifest.is_current(&ctx.options.out, rel, &hash);
        if current(&rel) && thumbnail.as_deref().is_none_or(current) {
            result.up_to_date.push((rel, hash.clone()));
            if let Some(png) = thumbnail {
                result.up_to_date.push((png, hash));
            }
            continue;
        }
        let bytes = match format {
            Format::Html => ctx.timings.time(Stage::RenderHtml, || {
                ctx.html
                    .render_sheet(&format!("{}.html", model.template), &model)
                    .and_then(|page| ctx.webfonts.embed(&page, &model.fonts))
                    .map(String::into_bytes)
                    .map_err(|d| vec![d])
            }),
            Format::Pdf => (ctx.pdf)().and_then(|pdf| {
                let (bytes, png) = pdf.render_with_thumbnail(
                    &model,
                    json.clone(),
                    ctx.options.date,
                    ctx.timings,
                    true,
                )?;
                if let (Some(rel), Some(png)) = (thumbnail, png) {
                    rendered.push((rel, hash.clone(), png));
                }
                Ok(bytes)
            }),
            Format::Json => Ok(json.clone()),
        };
        match bytes {
            Ok(bytes) => rendered.push((rel, hash, bytes)),
            Err(errors) => {
                result.failed_outputs.push(rel);
                result
                    .errors
                    .extend(errors.into_iter().map(|d| prefix(id, d)));
            }
        }
    }
    if !result.errors.is_empty() {
        return result;
    }
    for (rel, hash, bytes) in rendered {
        match ctx.timings.time(Stage::Write, || {
            crate::output::stage(&ctx.options.out, &ctx.options.out.join(&rel), &bytes)
        }) {
            Ok(staged) => {
                result.staged.push(staged);
                result.written.push((rel, hash));
            }
            Err(e) => {
                result.failed_outputs.push(rel);
                result
                    .errors
                    .extend(e.diagnostics().into_iter().map(|d| prefix(id, d)));
            }
        }
    }
    result
}
