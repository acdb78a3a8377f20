//! `infosheet preview`: one edition (HTML and PDF) served on 127.0.0.1 and rebuilt on every
//! save of a project file, with the loader and rule book `build` uses. A save that breaks the
//! project shows its diagnostics instead of the page; the server keeps running.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::date::Date;
use crate::diag::render;
use crate::error::{Error, Result};

mod rebuild;
mod server;
mod shell;
mod watch;

pub use rebuild::Wanted;
use rebuild::{Failure, Rebuilder};
use server::Shared;
use watch::ProjectWatcher;

/// What `infosheet preview` serves and where.
#[derive(Debug, Clone)]
pub struct PreviewOptions {
    pub project: PathBuf,
    pub wanted: Wanted,
    /// 0: the system picks a free port.
    pub port: u16,
    pub date: Date,
    /// Print only the URL and errors.
    pub quiet: bool,
}

/// Builds the edition, serves it, prints its URL, then rebuilds on every save until killed.
pub fn run(options: &PreviewOptions) -> Result<()> {
    let root = options.project.clone();
    // Watch before the first build, so a save made during it is not missed.
    let watcher = ProjectWatcher::start(&root)?;
    let mut rebuilder = Rebuilder::new(root.clone(), options.wanted.clone(), options.date);
    let started = Instant::now();
    let first = rebuilder.prepare();
    if let Err(Failure {
        usage: true,
        diagnostics,
    }) = &first
    {
        let message = diagnostics
            .iter()
            .map(|d| d.message.clone())
            .collect::<Vec<_>>()
            .join("; ");
        return Err(Error::Usage(message));
    }
    let label = match &first {
        Ok(prepared) => prepared.id.to_string(),
        Err(_) => wanted_label(&options.wanted),
    };
    let pdf_name = match &first {
        Ok(prepared) => format!("{}.pdf", safe_name(&prepared.id.sheet)),
        Err(_) => "edition.pdf".into(),
    };
    let shared = Arc::new(Shared::new(label.clone(), pdf_name));
    let addr = server::start(options.port, Arc::clone(&shared))?;
    let mut log = Log {
        root: &root,
        quiet: options.quiet,
        last_warnings: String::new(),
    };
    publish(first, &mut rebuilder, &shared, started, &mut log);
    println!("infosheet preview: http://{addr}/ ({label}); Ctrl-C to stop");
    while let Some(batch) = watcher.next_batch() {
        let mut batch = batch;
        loop {
            if batch.touches_fonts() {
                rebuilder.forget_fonts();
            }
            if !options.quiet {
                eprintln!("changed: {}", list(&batch.paths));
            }
            let prepared = rebuilder.prepare();
            publish(prepared, &mut rebuilder, &shared, batch.first, &mut log);
            match watcher.drain_pending() {
                Some(next) => batch = next,
                None => break,
            }
        }
    }
    Ok(())
}

/// Where the preview's messages go, and the warnings last printed (printed again only when
/// they change).
struct Log<'a> {
    root: &'a Path,
    quiet: bool,
    last_warnings: String,
}

/// Serves the outcome of a rebuild: the HTML page as soon as it is ready, then the PDF; or
/// the diagnostics in place of both.
fn publish(
    prepared: std::result::Result<rebuild::Prepared, Failure>,
    rebuilder: &mut Rebuilder,
    shared: &Shared,
    saved: Instant,
    log: &mut Log<'_>,
) {
    let mut build = 0;
    shared.update(|s| {
        s.build += 1;
        build = s.build;
    });
    let prepared = match prepared {
        Ok(p) => p,
        Err(failure) => return publish_failure(&failure, build, shared, log),
    };
    let html_ms = ms(saved.elapsed());
    let warnings = render(&prepared.warnings, log.root);
    let warning_count = prepared.warnings.len();
    let html: Arc<[u8]> = Arc::from(prepared.html.as_slice());
    shared.update(|s| {
        s.html = Some(html);
        s.errors = None;
        s.warnings = warnings.clone();
        s.warning_count = warning_count;
        s.html_build = build;
        s.html_ms = html_ms;
    });
    if !log.quiet && warnings != log.last_warnings {
        eprint!("{warnings}");
    }
    log.last_warnings = warnings;
    let pdf = rebuilder.pdf(&prepared);
    let pdf_ms = ms(saved.elapsed());
    let pdf_line = match &pdf {
        Ok((_, t)) => format!(
            "PDF {pdf_ms:.0} ms (typeset {:.0}, export {:.0})",
            ms(t.typeset),
            ms(t.export)
        ),
        Err(d) => format!("PDF failed with {} problem(s)", d.len()),
    };
    match pdf {
        Ok((bytes, _)) => {
            let pdf: Arc<[u8]> = Arc::from(bytes);
            shared.update(|s| {
                s.pdf = Some(pdf);
                s.pdf_errors = None;
                s.pdf_build = build;
                s.pdf_ms = pdf_ms;
            });
        }
        Err(diagnostics) => {
            let text = render(&diagnostics, log.root);
            eprint!("{text}");
            shared.update(|s| {
                s.pdf = None;
                s.pdf_errors = Some(text);
                s.pdf_build = build;
                s.pdf_ms = pdf_ms;
            });
        }
    }
    if !log.quiet {
        eprintln!(
            "build {build} of {}: HTML {html_ms:.0} ms after the save (load and check {:.0}, model and HTML {:.0}), {pdf_line}; {warning_count} warning(s)",
            prepared.id,
            ms(prepared.load),
            ms(prepared.render_html),
        );
    }
}

/// Serves a rebuild's diagnostics in place of the page and the PDF.
fn publish_failure(failure: &Failure, build: u64, shared: &Shared, log: &mut Log<'_>) {
    let text = render(&failure.diagnostics, log.root);
    eprint!("{text}");
    eprintln!(
        "build {build} failed with {} problem(s); the preview shows them until a save fixes them",
        failure.diagnostics.len()
    );
    log.last_warnings.clear();
    shared.update(|s| {
        s.html = None;
        s.pdf = None;
        s.errors = Some(text);
        s.pdf_errors = None;
        s.warnings.clear();
        s.warning_count = 0;
        s.html_build = build;
        s.pdf_build = build;
    });
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn list(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The edition as the command line names it, before the project could be read.
fn wanted_label(w: &Wanted) -> String {
    format!(
        "{}/{}/{}/{}",
        w.region.as_deref().unwrap_or("(first region)"),
        w.locale,
        w.tier,
        w.sheet.as_deref().unwrap_or("(first sheet)")
    )
}

/// A file name made of the id's letters, digits, `-`, `_` and `.` only.
fn safe_name(id: &str) -> String {
    let name: String = id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    if name.is_empty() {
        "edition".into()
    } else {
        name
    }
}
