//! The build command: every edition of the matrix, rendered in parallel, written atomically.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::config::Format;
use crate::date::Date;
use crate::diag::Diagnostic;
use crate::error::{Error, Result};
use crate::fonts::Fonts;
use crate::manifest::{self, Manifest};
use crate::model::EditionId;
use crate::project::{Loaded, Project};
use crate::render::html::HtmlRenderer;
use crate::render::pdf::PdfRenderer;
use crate::render::webfonts::WebFonts;
use crate::timings::{Stage, Timings};

mod edition;
pub use edition::thumbnail_path;
mod selection;

use edition::{EditionContext, EditionResult, SharedInputs, build_edition};
pub use edition::{
    bilingual_path, discreet_path, edition_path, is_discreet, print_path, sheet_model,
};
use selection::{Selection, region_groups};

/// Stack size of the threads that typeset editions.
pub(crate) const TYPST_STACK_BYTES: usize = 64 * 1024 * 1024;

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
    /// Write the bilingual editions too (when the project's `bilingual` allows them).
    pub bilingual: bool,
    /// Build the discreet editions only (see `discreet.rs`), whatever the regions say.
    pub discreet: bool,
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
    /// HTML pages rendered with recordings: (path, bytes, recordings).
    pub audio_pages: Vec<(String, usize, usize)>,
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

    /// What the pages with recordings weigh against the page budget (`None` without any).
    pub fn audio_summary(&self) -> Option<String> {
        let (path, bytes, n) = self.audio_pages.iter().max_by_key(|(_, b, _)| *b)?;
        let recordings: usize = self.audio_pages.iter().map(|(_, _, n)| n).sum();
        Some(format!(
            "audio: {} HTML page(s) play {recordings} recording(s); the largest is {} KB of the {} KB page budget ({path}, {n} recording(s))",
            self.audio_pages.len(),
            bytes.div_ceil(1000),
            crate::recordings::PAGE_BUDGET_BYTES / 1000,
        ))
    }
}

/// Loads, checks and renders the project. Failed editions are in the report; outputs are put in
/// place only when every edition succeeded, so a failed build leaves the output folder as it was.
pub fn build(options: &BuildOptions) -> Result<BuildReport> {
    let started = Instant::now();
    crate::output::check_out_folder(&options.project, &options.out)?;
    let timings = Timings::default();
    let (loaded, mut fonts, fonts_hash) = load(options, &timings);
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
    let webfonts = web_fonts(&mut fonts, &formats)?;
    // One build at a time writes to a folder; leftovers of a killed build are removed.
    let _lock = crate::lock::OutputLock::acquire(&options.out)?;
    let manifest = if options.force {
        Manifest::default()
    } else {
        Manifest::load(&options.out)?
    };
    let pdf = if formats.contains(&Format::Pdf) {
        let fonts = fonts.ok_or_else(|| Error::Usage("fonts were not loaded".into()))??;
        Some(timings.time(Stage::Load, || {
            pdf_renderer(&project, fonts, &selection, options)
        })?)
    } else {
        None
    };
    let pdf_renderer = || {
        pdf.as_ref()
            .ok_or_else(|| vec![Diagnostic::error("PDF renderer not prepared")])
    };
    let editions = selection.editions();
    let ctx = EditionContext {
        project: &project,
        formats: &formats,
        html: &html,
        webfonts: &webfonts,
        pdf: &pdf_renderer,
        options,
        inputs: &inputs,
        manifest: &manifest,
        timings: &timings,
    };
    let results = render_all(&ctx, &editions)?;
    let mut report = BuildReport {
        editions: editions.len(),
        ..BuildReport::default()
    };
    report.warnings.extend(
        project
            .recordings
            .warnings
            .iter()
            .filter(|d| {
                d.file.as_ref().is_some_and(|f| {
                    selection.locales.iter().any(|tag| {
                        f.starts_with(project.root().join(crate::recordings::DIR).join(tag))
                    })
                })
            })
            .cloned(),
    );
    let mut manifest = manifest;
    let staged = collect(results, &mut report, &mut manifest);
    commit(
        staged,
        &mut report,
        manifest,
        &project,
        (&html, &webfonts),
        options,
        &timings,
    );
    report.elapsed = started.elapsed();
    report.timings = timings;
    Ok(report)
}

/// The fonts, when the build may need them (an error if they could not be read).
type LoadedFonts = Option<Result<Fonts>>;

/// Reads the project and, on a second thread unless the command line rules PDF out, the fonts
/// (with the hash of their folder).
fn load(options: &BuildOptions, timings: &Timings) -> (Loaded, LoadedFonts, String) {
    let fonts_dir = options.project.join("fonts");
    // HTML pages embed subsets of the same fonts.
    let may_need_pdf = options.formats.is_empty()
        || options.formats.contains(&Format::Pdf)
        || options.formats.contains(&Format::Html);
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
    match preloaded {
        Some((fonts, hash)) => (loaded, Some(fonts), hash),
        None => (loaded, None, String::new()),
    }
}

/// The faces HTML pages embed (a copy of the font list: faces share their data). When only
/// HTML is built, fonts that could not be read are the build's error, as they are for PDF.
fn web_fonts(fonts: &mut LoadedFonts, formats: &[Format]) -> Result<WebFonts> {
    let html_only = formats.contains(&Format::Html) && !formats.contains(&Format::Pdf);
    match fonts {
        Some(Ok(f)) => Ok(WebFonts::new(f.fonts.clone())),
        Some(Err(_)) if html_only => match fonts.take() {
            Some(Err(e)) => Err(e),
            _ => Ok(WebFonts::new(Vec::new())),
        },
        _ => Ok(WebFonts::new(Vec::new())),
    }
}

/// The PDF renderer, once every character of the selected locales has a glyph (a blank box in
/// a printed leaflet is never acceptable).
fn pdf_renderer(
    project: &Project,
    fonts: Fonts,
    selection: &Selection,
    options: &BuildOptions,
) -> Result<PdfRenderer> {
    let gaps = crate::validate::glyphs(project, &fonts, &selection.locales);
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
}

/// Renders every edition on a pool of worker threads; results in the editions' order.
///
/// Each worker takes the next group of editions from a shared counter and builds its regions
/// one after the other: they differ only in their contacts, so each region after the first
/// reuses Typst's memoized layout of the shared text instead of racing another thread to
/// compute it. Editions are not rayon tasks, so a worker that waits inside Typst's own parallel
/// work never steals a second edition: one edition in flight per thread keeps memory bounded
/// and stage timings exact.
fn render_all(ctx: &EditionContext<'_>, editions: &[EditionId]) -> Result<Vec<EditionResult>> {
    let bar = progress_bar(ctx.options.progress, editions.len() as u64);
    // Typst's layout recurses deeply; rayon's default 2 MiB thread stacks are not enough.
    let pool = rayon::ThreadPoolBuilder::new()
        .stack_size(TYPST_STACK_BYTES)
        .build()
        .map_err(|e| Error::Usage(format!("cannot start worker threads: {e}")))?;
    let groups = region_groups(editions);
    let next = AtomicUsize::new(0);
    let per_thread: Vec<Vec<(usize, EditionResult)>> = pool.broadcast(|_| {
        let mut done = Vec::new();
        while let Some(group) = groups.get(next.fetch_add(1, Ordering::Relaxed)) {
            for i in group.clone() {
                done.push((i, build_edition(ctx, &editions[i])));
                bar.inc(1);
            }
        }
        done
    });
    bar.finish_and_clear();
    let mut results: Vec<(usize, EditionResult)> = per_thread.into_iter().flatten().collect();
    results.sort_by_key(|(i, _)| *i);
    Ok(results.into_iter().map(|(_, r)| r).collect())
}

/// Counts what each edition did into the report and the manifest; returns the staged files.
fn collect(
    results: Vec<EditionResult>,
    report: &mut BuildReport,
    manifest: &mut Manifest,
) -> Vec<crate::output::Staged> {
    let mut staged = Vec::new();
    for result in results {
        staged.extend(result.staged);
        report.files_written += result.written.len();
        report.files_up_to_date += result.up_to_date.len();
        report.warnings.extend(result.warnings);
        report.audio_pages.extend(result.audio_pages);
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
    staged
}

/// Puts the staged files, the catalogue and the manifest in place if every edition succeeded;
/// otherwise drops the staged files, so the output folder stays as the previous build left it.
fn commit(
    staged: Vec<crate::output::Staged>,
    report: &mut BuildReport,
    mut manifest: Manifest,
    project: &Project,
    (html, webfonts): (&HtmlRenderer, &WebFonts),
    options: &BuildOptions,
    timings: &Timings,
) {
    if !report.failures.is_empty() {
        drop(staged);
        crate::output::discard_staging(&options.out);
        report.files_written = 0;
        return;
    }
    let written = timings.time(Stage::Write, || {
        let mut tx = crate::output::Transaction::new(&options.out);
        // From the first rename on, the old manifest is wrong: it goes until the new one is
        // saved, so a commit cut short by a kill makes the next build render everything
        // again. Any other failure undoes the whole commit, the old manifest included.
        if !staged.is_empty() {
            tx.remove(&options.out.join(manifest::FILE_NAME))?;
        }
        crate::output::commit_all(&mut tx, staged)?;
        tx.protect(&options.out.join("index.html"))?;
        crate::catalogue::write_catalogue(project, html, webfonts, &options.out, options.discreet)?;
        tx.protect(&options.out.join(manifest::FILE_NAME))?;
        manifest.save(&options.out)?;
        tx.finish();
        Ok::<(), Error>(())
    });
    match written {
        Ok(()) => report.files_written += 1,
        Err(e) => {
            report.files_written = 0;
            report.failures.push((
                EditionId {
                    sheet: "index".into(),
                    region: String::new(),
                    locale: String::new(),
                    tier: String::new(),
                },
                e.diagnostics(),
            ))
        }
    }
}

/// Runs the rule book over the loaded project and prepares what every edition shares; any
/// error refuses the build, with every error found.
fn prepare(
    loaded: Loaded,
    fonts: Option<&Fonts>,
    options: &BuildOptions,
) -> Result<(Project, Selection, HtmlRenderer)> {
    let mut project = loaded.into_project(fonts)?;
    if let Some(pseudo) = options.pseudo {
        crate::pseudo::install(&mut project, pseudo)?;
    }
    let selection = Selection::new(&project, options)?;
    let html = HtmlRenderer::new(&project.html_templates).map_err(Error::Invalid)?;
    Ok((project, selection, html))
}

/// A progress bar on a terminal, hidden in CI and when quiet.
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
