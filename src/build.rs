//! The build command: every edition of the matrix, rendered in parallel, written atomically.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::config::{Format, Tier};
use crate::date::Date;
use crate::diag::Diagnostic;
use crate::error::{Error, Result};
use crate::fonts::Fonts;
use crate::locales::Locale;
use crate::localize::Localizer;
use crate::manifest::{self, Manifest};
use crate::model::{self, EditionId, Inputs, Sheet};
use crate::project::{Loaded, Project};
use crate::render::html::HtmlRenderer;
use crate::render::pdf::PdfRenderer;
use crate::timings::{Stage, Timings};

/// Stack size of the threads that typeset editions.
const TYPST_STACK_BYTES: usize = 64 * 1024 * 1024;

/// What to build and where.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub project: PathBuf,
    pub out: PathBuf,
    pub locales: Vec<String>,
    pub tiers: Vec<String>,
    pub regions: Vec<String>,
    pub sheets: Vec<String>,
    /// Formats to write; the project's formats when empty.
    pub formats: Vec<Format>,
    pub date: Date,
    pub progress: bool,
    /// Render every edition even when the manifest says its inputs did not change.
    pub force: bool,
    /// Build in this pseudo-locale instead of the project's locales (see `pseudo.rs`).
    pub pseudo: Option<crate::pseudo::Pseudo>,
}

/// What a build did.
#[derive(Debug, Default)]
pub struct BuildReport {
    pub editions: usize,
    pub files_written: usize,
    /// Output files whose inputs had not changed since they were written.
    pub files_up_to_date: usize,
    pub warnings: Vec<Diagnostic>,
    pub failures: Vec<(EditionId, Vec<Diagnostic>)>,
    pub elapsed: Duration,
    pub timings: Timings,
}

impl BuildReport {
    /// One line for the end of a build.
    pub fn summary(&self) -> String {
        format!(
            "{} edition(s), {} file(s) written, {} up to date, {} warning(s), {} failed, in {:.2} s",
            self.editions,
            self.files_written,
            self.files_up_to_date,
            self.warnings.len(),
            self.failures.len(),
            self.elapsed.as_secs_f64()
        )
    }
}

/// Loads, checks and renders the project. Failed editions are in the report; outputs are put in
/// place only when every edition succeeded, so a failed build leaves the output folder as it was.
pub fn build(options: &BuildOptions) -> Result<BuildReport> {
    let started = Instant::now();
    let timings = Timings::default();
    // Fonts are read and hashed on a second thread while the project loads, unless the command
    // line rules PDF out.
    let fonts_dir = options.project.join("fonts");
    let may_need_pdf = options.formats.is_empty() || options.formats.contains(&Format::Pdf);
    let (loaded, preloaded) = std::thread::scope(|scope| {
        let fonts = may_need_pdf.then(|| {
            scope.spawn(|| {
                timings.time(Stage::Load, || {
                    let fonts = Fonts::load(&fonts_dir);
                    let hash = match fonts {
                        Ok(_) => manifest::hash_tree(&fonts_dir),
                        Err(_) => String::new(),
                    };
                    (fonts, hash)
                })
            })
        });
        let loaded = timings.time(Stage::Load, || Loaded::load(&options.project));
        let preloaded = fonts.map(|thread| match thread.join() {
            Ok(fonts) => fonts,
            Err(panic) => std::panic::resume_unwind(panic),
        });
        (loaded, preloaded)
    });
    let (fonts, fonts_hash) = match preloaded {
        Some((fonts, hash)) => (Some(fonts), hash),
        None => (None, String::new()),
    };
    let (project, selection, html) = timings.time(Stage::Load, || {
        prepare(
            loaded,
            fonts.as_ref().and_then(|f| f.as_ref().ok()),
            options,
        )
    })?;
    let formats = if options.formats.is_empty() {
        project.config.file.formats.clone()
    } else {
        options.formats.clone()
    };
    let inputs = SharedInputs::new(&project, fonts_hash, options.date);
    // One build at a time writes to a folder; leftovers of a killed build are removed.
    let _lock = crate::lock::OutputLock::acquire(&options.out)?;
    let manifest = if options.force {
        Manifest::default()
    } else {
        Manifest::load(&options.out)
    };
    // Every character must have a glyph before anything is typeset (a blank box in a printed
    // leaflet is never acceptable).
    let pdf = if formats.contains(&Format::Pdf) {
        Some(timings.time(Stage::Load, || -> Result<PdfRenderer> {
            let fonts = fonts.ok_or_else(|| Error::Usage("fonts were not loaded".into()))??;
            let gaps = crate::validate::glyphs(&project, &fonts, &selection.locales);
            if !gaps.is_empty() {
                return Err(Error::Invalid(gaps.into_iter().map(|f| f.diag).collect()));
            }
            PdfRenderer::new(
                fonts,
                &project.typst_templates,
                &project.content.pictogram_svgs,
                options.date,
            )
            .map_err(Error::from)
        })?)
    } else {
        None
    };
    let pdf_renderer = || {
        pdf.as_ref()
            .ok_or_else(|| vec![Diagnostic::error("PDF renderer not prepared")])
    };

    let editions = selection.editions();
    let bar = progress_bar(options.progress, editions.len() as u64);
    // Typst's layout recurses deeply; rayon's default 2 MiB thread stacks are not enough.
    let pool = rayon::ThreadPoolBuilder::new()
        .stack_size(TYPST_STACK_BYTES)
        .build()
        .map_err(|e| Error::Usage(format!("cannot start worker threads: {e}")))?;
    let ctx = EditionContext {
        project: &project,
        formats: &formats,
        html: &html,
        pdf: &pdf_renderer,
        options,
        inputs: &inputs,
        manifest: &manifest,
        timings: &timings,
    };
    // Each worker takes the next group of editions from a shared counter and builds its regions
    // one after the other: they differ only in their contacts, so each region after the first
    // reuses Typst's memoized layout of the shared text instead of racing another thread to
    // compute it. Editions are not rayon tasks, so a worker that waits inside Typst's own parallel
    // work never steals a second edition: one edition in flight per thread keeps memory bounded
    // and stage timings exact.
    let groups = region_groups(&editions);
    let next = AtomicUsize::new(0);
    let per_thread: Vec<Vec<(usize, EditionResult)>> = pool.broadcast(|_| {
        let mut done = Vec::new();
        loop {
            let g = next.fetch_add(1, Ordering::Relaxed);
            let Some(group) = groups.get(g) else {
                break;
            };
            for i in group.clone() {
                done.push((i, build_edition(&ctx, &editions[i])));
                bar.inc(1);
            }
        }
        done
    });
    let mut results: Vec<(usize, EditionResult)> = per_thread.into_iter().flatten().collect();
    results.sort_by_key(|(i, _)| *i);
    let results = results.into_iter().map(|(_, r)| r);
    bar.finish_and_clear();

    let mut report = BuildReport {
        editions: editions.len(),
        ..BuildReport::default()
    };
    let mut manifest = manifest;
    let mut staged = Vec::new();
    for result in results {
        staged.extend(result.staged);
        report.files_written += result.written.len();
        report.files_up_to_date += result.up_to_date.len();
        report.warnings.extend(result.warnings);
        for (rel, hash) in result.written.into_iter().chain(result.up_to_date) {
            manifest.record(rel, hash);
        }
        for rel in &result.failed_outputs {
            manifest.forget(rel);
        }
        if !result.errors.is_empty() {
            report.failures.push((result.id, result.errors));
        }
    }
    // Nothing is put in place unless every edition succeeded: a failed build leaves the output
    // folder as the previous build left it (dropping the staged files removes them).
    let catalogue = if report.failures.is_empty() {
        timings.time(Stage::Write, || {
            // From the first rename on, the old manifest is wrong: it goes until the new one is
            // saved, so a commit cut short makes the next build render everything again.
            if !staged.is_empty() {
                let _ = std::fs::remove_file(options.out.join(manifest::FILE_NAME));
            }
            crate::output::commit_all(staged)?;
            crate::catalogue::write_catalogue(&project, &html, &options.out)?;
            manifest.save(&options.out)
        })
    } else {
        drop(staged);
        report.files_written = 0;
        Ok(())
    };
    match catalogue {
        Ok(()) if report.failures.is_empty() => report.files_written += 1,
        Ok(()) => {}
        Err(e) => report.failures.push((
            EditionId {
                sheet: "index".into(),
                region: String::new(),
                locale: String::new(),
                tier: String::new(),
            },
            e.diagnostics(),
        )),
    }
    report.elapsed = started.elapsed();
    report.timings = timings;
    Ok(report)
}

/// Runs the rule book over the loaded project and prepares what every edition shares; any
/// error refuses the build, with every error found.
fn prepare(
    mut loaded: Loaded,
    fonts: Option<&Fonts>,
    options: &BuildOptions,
) -> Result<(Project, Selection, HtmlRenderer)> {
    let rules = crate::validate::rules(&loaded, fonts, None);
    loaded.findings.extend(rules);
    if let Some(e) = loaded.errors() {
        return Err(e);
    }
    let mut project = loaded
        .take_project()
        .ok_or_else(|| Error::Usage("the project could not be assembled".into()))?;
    let problems: Vec<Diagnostic> = crate::validate::project(&project)
        .into_iter()
        .map(|f| f.diag)
        .filter(Diagnostic::is_error)
        .collect();
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    if let Some(pseudo) = options.pseudo {
        crate::pseudo::install(&mut project, pseudo)?;
    }
    let selection = Selection::new(&project, options)?;
    let html = HtmlRenderer::new(&project.html_templates).map_err(Error::Invalid)?;
    Ok((project, selection, html))
}
/// Ranges of consecutive editions that differ only in their region.
fn region_groups(editions: &[EditionId]) -> Vec<std::ops::Range<usize>> {
    let mut start = 0;
    editions
        .chunk_by(|a, b| (&a.locale, &a.tier, &a.sheet) == (&b.locale, &b.tier, &b.sheet))
        .map(|group| {
            let range = start..start + group.len();
            start = range.end;
            range
        })
        .collect()
}

/// Hashes of the inputs every edition shares, computed once per build.
struct SharedInputs {
    html_templates: String,
    typst_templates: String,
    fonts: String,
    date: String,
}

impl SharedInputs {
    fn new(project: &Project, fonts: String, date: Date) -> Self {
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

fn progress_bar(show: bool, len: u64) -> ProgressBar {
    let bar = ProgressBar::new(len);
    if show && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none() {
        bar.set_draw_target(ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} editions {msg}") {
            bar.set_style(style);
        }
    } else {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    }
    bar
}

/// The part of the matrix selected on the command line.
struct Selection {
    locales: Vec<String>,
    tiers: Vec<String>,
    regions: Vec<String>,
    sheets: Vec<String>,
}

impl Selection {
    fn new(project: &Project, options: &BuildOptions) -> Result<Self> {
        let file = &project.config.file;
        let pick = |what: &str, asked: &[String], all: Vec<String>| -> Result<Vec<String>> {
            if asked.is_empty() {
                return Ok(all);
            }
            for a in asked {
                if !all.contains(a) {
                    return Err(Error::Usage(format!(
                        "unknown {what} `{a}`; the project has: {}",
                        all.join(", ")
                    )));
                }
            }
            Ok(all.into_iter().filter(|x| asked.contains(x)).collect())
        };
        let strings =
            |v: &[toml::Spanned<String>]| v.iter().map(|s| s.get_ref().clone()).collect::<Vec<_>>();
        Ok(Self {
            locales: pick("locale", &options.locales, strings(&file.locales))?,
            tiers: pick(
                "tier",
                &options.tiers,
                file.tiers.iter().map(|t| t.id.clone()).collect(),
            )?,
            regions: pick("region", &options.regions, strings(&file.regions))?,
            sheets: pick("sheet", &options.sheets, strings(&file.sheets))?,
        })
    }

    fn editions(&self) -> Vec<EditionId> {
        let mut out = Vec::new();
        for locale in &self.locales {
            for tier in &self.tiers {
                for sheet in &self.sheets {
                    for region in &self.regions {
                        out.push(EditionId {
                            sheet: sheet.clone(),
                            region: region.clone(),
                            locale: locale.clone(),
                            tier: tier.clone(),
                        });
                    }
                }
            }
        }
        out
    }
}

struct EditionResult {
    id: EditionId,
    /// Output files written, with the hash of their inputs.
    written: Vec<(String, String)>,
    up_to_date: Vec<(String, String)>,
    failed_outputs: Vec<String>,
    /// Output files written to temporary files, put in place only if the whole build succeeds.
    staged: Vec<crate::output::Staged>,
    warnings: Vec<Diagnostic>,
    errors: Vec<Diagnostic>,
}

/// Everything an edition needs from the build, shared by all worker threads.
struct EditionContext<'a> {
    project: &'a Project,
    formats: &'a [Format],
    html: &'a HtmlRenderer,
    pdf: &'a (dyn Fn() -> std::result::Result<&'a PdfRenderer, Vec<Diagnostic>> + Sync),
    options: &'a BuildOptions,
    inputs: &'a SharedInputs,
    manifest: &'a Manifest,
    timings: &'a Timings,
}

/// Output path of an edition in `format`, relative to the output folder.
pub fn edition_path(id: &EditionId, format: Format) -> PathBuf {
    Path::new(&id.region)
        .join(&id.locale)
        .join(&id.tier)
        .join(format!("{}.{}", id.sheet, format.extension()))
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

fn build_edition(ctx: &EditionContext<'_>, id: &EditionId) -> EditionResult {
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
        if ctx.manifest.is_current(&ctx.options.out, &rel, &hash) {
            result.up_to_date.push((rel, hash));
            continue;
        }
        let bytes = match format {
            Format::Html => ctx.timings.time(Stage::RenderHtml, || {
                ctx.html
                    .render_sheet(&format!("{}.html", model.template), &model)
                    .map(String::into_bytes)
                    .map_err(|d| vec![d])
            }),
            Format::Pdf => (ctx.pdf)()
                .and_then(|pdf| pdf.render(&model, json.clone(), ctx.options.date, ctx.timings)),
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
            crate::output::stage(&ctx.options.out.join(&rel), &bytes)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn id(locale: &str, tier: &str, sheet: &str, region: &str) -> EditionId {
        EditionId {
            sheet: sheet.into(),
            region: region.into(),
            locale: locale.into(),
            tier: tier.into(),
        }
    }

    #[test]
    fn regions_of_one_sheet_locale_and_tier_form_one_group() {
        let editions = [
            id("th", "adult", "card", "a"),
            id("th", "adult", "card", "b"),
            id("th", "adult", "full", "a"),
            id("km", "adult", "full", "a"),
            id("km", "adult", "full", "b"),
            id("km", "adult", "full", "c"),
        ];
        assert_eq!(region_groups(&editions), vec![0..2, 2..3, 3..6]);
        assert!(region_groups(&[]).is_empty());
    }

    #[test]
    fn the_region_varies_fastest_in_the_build_order() {
        let selection = Selection {
            locales: vec!["en".into(), "th".into()],
            tiers: vec!["adult".into()],
            regions: vec!["a".into(), "b".into()],
            sheets: vec!["full".into()],
        };
        let order: Vec<String> = selection.editions().iter().map(|e| e.to_string()).collect();
        assert_eq!(
            order,
            [
                "a/en/adult/full",
                "b/en/adult/full",
                "a/th/adult/full",
                "b/th/adult/full"
            ]
        );
    }
}
