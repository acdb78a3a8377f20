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
            Format::Html => {
                manifest::hash_parts([version, b"html", model_json, self.html_templates.as_bytes()])
            }
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
    /// HTML pages that play recordings: (path, bytes, recordings).
    pub audio_pages: Vec<(String, usize, usize)>,
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

/// Output path of an edition's print sheet (copies to cut out, for a sheet whose layout has
/// one: the card's), beside its PDF: `<sheet>-print.pdf`.
pub fn print_path(id: &EditionId) -> PathBuf {
    Path::new(&id.region)
        .join(&id.locale)
        .join(&id.tier)
        .join(format!("{}-print.pdf", id.sheet))
}

/// Output path of an edition's bilingual edition in `format` (`<sheet>.bilingual.<ext>`).
pub fn bilingual_path(id: &EditionId, format: Format) -> PathBuf {
    edition_path(id, format).with_file_name(format!(
        "{}.{}.{}",
        id.sheet,
        crate::bilingual::SUFFIX,
        format.extension()
    ))
}

/// Output path of an edition's discreet edition in `format`: the sheet's neutral file name
/// (`discreet_name`, else its id) in the edition's folder.
pub fn discreet_path(project: &Project, id: &EditionId, format: Format) -> PathBuf {
    let stem = project
        .content
        .sheets
        .get(&id.sheet)
        .map_or(id.sheet.as_str(), |(sheet, _)| {
            crate::discreet::file_stem(&id.sheet, sheet)
        });
    edition_path(id, format).with_file_name(format!("{stem}.{}", format.extension()))
}

/// Whether edition `id` is built as a discreet edition only: the build asks for it, or its
/// region always does.
pub fn is_discreet(project: &Project, options: &BuildOptions, id: &EditionId) -> bool {
    options.discreet
        || project
            .content
            .regions
            .get(&id.region)
            .is_some_and(|(region, _)| region.discreet)
}

/// Builds the sheet model of one edition, with fallbacks as warnings.
pub fn sheet_model(
    project: &Project,
    id: &EditionId,
) -> Result<(Sheet, Vec<Diagnostic>), Vec<Diagnostic>> {
    sheet_model_in(project, id, &id.locale)
}

/// Builds the sheet model of edition `id` with its texts in locale `tag` instead.
fn sheet_model_in(
    project: &Project,
    id: &EditionId,
    tag: &str,
) -> Result<(Sheet, Vec<Diagnostic>), Vec<Diagnostic>> {
    let missing = |what: &str| vec![Diagnostic::error(format!("{id}: unknown {what}"))];
    let locale: &Locale = project.locale(tag).ok_or_else(|| missing("locale"))?;
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
        recordings: &project.recordings,
    };
    let l10n = Localizer::new(locale, project.reference(), tier);
    let model = model::build(&inputs, &l10n);
    let problems = l10n.take_problems();
    let warnings = fallback_warnings(id, locale, &l10n);
    match model {
        Some(model) if problems.is_empty() => Ok((model, warnings)),
        _ => Err(problems.into_iter().map(|d| prefix(id, d)).collect()),
    }
}

/// The messages of `locale` shown in another locale's text, as warnings.
fn fallback_warnings(id: &EditionId, locale: &Locale, l10n: &Localizer<'_>) -> Vec<Diagnostic> {
    l10n.take_fallbacks()
        .into_iter()
        .map(|f| {
            Diagnostic::warning(format!(
                "{id}: message `{}` is not translated into `{}`; the `{}` text is shown",
                f.message, f.locale, f.served_by
            ))
            .in_file(&locale.dir)
        })
        .collect()
}

/// The discreet model of edition `id`: its model (`json`) made discreet (see `discreet.rs`),
/// with the discreet messages the locale lacks as warnings.
fn discreet_model(
    project: &Project,
    id: &EditionId,
    json: &[u8],
) -> Result<(serde_json::Value, Vec<Diagnostic>), Vec<Diagnostic>> {
    let missing = |what: &str| vec![Diagnostic::error(format!("{id}: unknown {what}"))];
    let locale = project
        .locale(&id.locale)
        .ok_or_else(|| missing("locale"))?;
    let tier = project
        .config
        .tier(&id.tier)
        .ok_or_else(|| missing("tier"))?;
    let (region, _) = project
        .content
        .regions
        .get(&id.region)
        .ok_or_else(|| missing("region"))?;
    let mut value: serde_json::Value = serde_json::from_slice(json)
        .map_err(|e| vec![Diagnostic::error(format!("sheet model: {e}"))])?;
    let l10n = Localizer::new(locale, project.reference(), tier);
    let done = crate::discreet::apply(&mut value, &l10n, region);
    let problems = l10n.take_problems();
    if done.is_none() || !problems.is_empty() {
        return Err(problems.into_iter().map(|d| prefix(id, d)).collect());
    }
    let warnings = fallback_warnings(id, locale, &l10n);
    Ok((value, warnings))
}

/// The bilingual model of edition `id`: its model (`json`) with the staff language's texts
/// joined in. The staff locale's own fallbacks are reported by its own editions.
fn bilingual_model(
    project: &Project,
    id: &EditionId,
    json: &[u8],
) -> Result<serde_json::Value, Vec<Diagnostic>> {
    let (region, _) = project
        .content
        .regions
        .get(&id.region)
        .ok_or_else(|| vec![Diagnostic::error(format!("{id}: unknown region"))])?;
    let staff = crate::bilingual::staff_locale(project, region);
    let (staff_model, _) = sheet_model_in(project, id, &staff.tag)?;
    let as_value = |e: serde_json::Error| vec![Diagnostic::error(format!("sheet model: {e}"))];
    let edition: serde_json::Value = serde_json::from_slice(json).map_err(as_value)?;
    let staff_value = serde_json::to_value(&staff_model).map_err(as_value)?;
    Ok(crate::bilingual::join(
        edition,
        &staff_value,
        project,
        staff,
    ))
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
        audio_pages: Vec::new(),
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
    let staff_only = ctx
        .project
        .content
        .sheets
        .get(&id.sheet)
        .is_some_and(|(sheet, _)| sheet.staff_only);
    if is_discreet(ctx.project, ctx.options, id) && staff_only {
        return result;
    }
    if is_discreet(ctx.project, ctx.options, id) {
        // A discreet build writes the discreet editions alone: no file says what it is for.
        match ctx.timings.time(Stage::Localize, || {
            let (value, warnings) = discreet_model(ctx.project, id, &json)?;
            let bytes = serde_json::to_vec(&value)
                .map_err(|e| vec![Diagnostic::error(format!("sheet model: {e}"))])?;
            Ok::<_, Vec<Diagnostic>>((value, bytes, warnings))
        }) {
            Ok((value, bytes, warnings)) => {
                result.warnings.extend(warnings);
                let discreet = Variant {
                    json: &bytes,
                    value: Some(&value),
                    path: &|f| discreet_path(ctx.project, id, f),
                };
                render_formats(ctx, id, &model, &discreet, &mut result, &mut rendered);
            }
            Err(errors) => result.errors.extend(errors),
        }
        return stage_all(ctx, id, result, rendered);
    }
    let plain = Variant {
        json: &json,
        value: None,
        path: &|f| edition_path(id, f),
    };
    render_formats(ctx, id, &model, &plain, &mut result, &mut rendered);
    if ctx.formats.contains(&Format::Pdf) && result.errors.is_empty() {
        render_print_sheet(ctx, id, &model, &json, &mut rendered, &mut result);
    }
    // A pseudo-locale build checks that every visible text went through its transformation: a
    // staff language's text would not.
    if ctx.options.bilingual
        && ctx.options.pseudo.is_none()
        && crate::bilingual::wanted(ctx.project, &id.sheet, &id.region, &id.locale)
    {
        let joined = ctx.timings.time(Stage::Localize, || {
            let value = bilingual_model(ctx.project, id, &json)?;
            let bytes = serde_json::to_vec(&value)
                .map_err(|e| vec![Diagnostic::error(format!("sheet model: {e}"))])?;
            Ok::<_, Vec<Diagnostic>>((value, bytes))
        });
        match joined {
            Ok((value, bytes)) => {
                let bilingual = Variant {
                    json: &bytes,
                    value: Some(&value),
                    path: &|f| bilingual_path(id, f),
                };
                render_formats(ctx, id, &model, &bilingual, &mut result, &mut rendered);
            }
            Err(errors) => result.errors.extend(errors),
        }
    }
    stage_all(ctx, id, result, rendered)
}

/// Renders the edition's print sheet, when its layout has one, unless it is up to date.
fn render_print_sheet(
    ctx: &EditionContext<'_>,
    id: &EditionId,
    model: &Sheet,
    json: &[u8],
    rendered: &mut Vec<(String, String, Vec<u8>)>,
    result: &mut EditionResult,
) {
    let pdf = match (ctx.pdf)() {
        Ok(pdf) if pdf.has_print_sheet(model) => pdf,
        _ => return,
    };
    let rel = print_path(id).to_string_lossy().replace('\\', "/");
    let hash = manifest::hash_parts([
        ctx.inputs.output_hash(Format::Pdf, json).as_bytes(),
        b"print",
    ]);
    if ctx.manifest.is_current(&ctx.options.out, &rel, &hash) {
        result.up_to_date.push((rel, hash));
        return;
    }
    // The copies are of the edition's PDF: the one just rendered, else the one in place.
    let card_rel = edition_path(id, Format::Pdf)
        .to_string_lossy()
        .replace('\\', "/");
    let printed = match rendered.iter().find(|(r, _, _)| *r == card_rel) {
        Some((_, _, bytes)) => Ok(bytes.clone()),
        None => std::fs::read(ctx.options.out.join(&card_rel)).map_err(|e| {
            vec![Diagnostic::error(format!(
                "cannot read {card_rel} to lay out its print sheet: {e}"
            ))]
        }),
    };
    let printed = printed
        .and_then(|p| pdf.render_print(model, json.to_vec(), p, ctx.options.date, ctx.timings));
    match printed {
        Ok(bytes) => rendered.push((rel, hash, bytes)),
        Err(errors) => {
            result.failed_outputs.push(rel);
            result
                .errors
                .extend(errors.into_iter().map(|d| prefix(id, d)));
        }
    }
}

/// Stages the rendered files, unless an output of the edition failed.
fn stage_all(
    ctx: &EditionContext<'_>,
    id: &EditionId,
    mut result: EditionResult,
    rendered: Vec<(String, String, Vec<u8>)>,
) -> EditionResult {
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

/// One kind of output of an edition (the edition itself, its bilingual edition): the model as
/// JSON (and as a value, when it is not `Sheet` serialized), and where each format goes.
struct Variant<'v> {
    json: &'v [u8],
    value: Option<&'v serde_json::Value>,
    path: &'v dyn Fn(Format) -> PathBuf,
}

/// Renders `variant` in every format of the build that is not up to date into `rendered`.
fn render_formats(
    ctx: &EditionContext<'_>,
    id: &EditionId,
    model: &Sheet,
    variant: &Variant<'_>,
    result: &mut EditionResult,
    rendered: &mut Vec<(String, String, Vec<u8>)>,
) {
    for &format in ctx.formats {
        let rel = (variant.path)(format).to_string_lossy().replace('\\', "/");
        let hash = ctx.inputs.output_hash(format, variant.json);
        // Beside the edition's own PDF, its page 1 as a PNG for the catalogue, same inputs.
        let thumbnail =
            (format == Format::Pdf && variant.value.is_none()).then(|| thumbnail_path(&rel));
        let current = |rel: &str| ctx.manifest.is_current(&ctx.options.out, rel, &hash);
        if current(&rel) && thumbnail.as_deref().is_none_or(current) {
            result.up_to_date.push((rel, hash.clone()));
            if let Some(png) = thumbnail {
                result.up_to_date.push((png, hash));
            }
            continue;
        }
        let _doing = crate::limits::doing(
            format!("building {rel}"),
            match format {
                Format::Html => format!("templates/html/{}.html", model.template),
                _ => format!("templates/typst/{}.typ", model.template),
            },
        );
        let bytes = match format {
            Format::Html => ctx.timings.time(Stage::RenderHtml, || {
                render_html(ctx, model, variant, &rel, result)
            }),
            Format::Pdf => (ctx.pdf)().and_then(|pdf| {
                let (bytes, png) = pdf.render_with_thumbnail(
                    model,
                    variant.json.to_vec(),
                    ctx.options.date,
                    ctx.timings,
                    thumbnail.is_some(),
                )?;
                if let (Some(rel), Some(png)) = (thumbnail, png) {
                    rendered.push((rel, hash.clone(), png));
                }
                Ok(bytes)
            }),
            Format::Json => Ok(variant.json.to_vec()),
        };
        match bytes {
            Ok(bytes) => rendered.push((rel, hash, bytes)),
            Err(errors) => {
                result.failed_outputs.push(rel);
                result.errors.extend(
                    errors
                        .into_iter()
                        .map(|d| prefix(id, crate::render::locate_clipped(ctx.project, id, d))),
                );
            }
        }
    }
}

/// Renders the HTML page of `variant`: the edition's own page plays its recordings (within
/// the page budget); a bilingual or discreet page plays none.
fn render_html(
    ctx: &EditionContext<'_>,
    model: &Sheet,
    variant: &Variant<'_>,
    rel: &str,
    result: &mut EditionResult,
) -> std::result::Result<Vec<u8>, Vec<Diagnostic>> {
    let name = format!("{}.html", model.template);
    if let Some(value) = variant.value {
        return ctx
            .html
            .render_sheet_value(&name, value)
            .and_then(|page| ctx.webfonts.embed(&page, &model.fonts))
            .map(String::into_bytes)
            .map_err(|d| vec![d]);
    }
    let audio = crate::render::html::audio_sources(ctx.project, model);
    let page = ctx
        .html
        .render_page(&name, model, &audio)
        .and_then(|page| ctx.webfonts.embed(&page, &model.fonts))
        .map_err(|d| vec![d])?;
    if let Some(d) = crate::validate::recordings::page_budget(page.len(), model) {
        return Err(vec![d]);
    }
    if !audio.is_empty() {
        result
            .audio_pages
            .push((rel.to_string(), page.len(), audio.len()));
    }
    Ok(page.into_bytes())
}
