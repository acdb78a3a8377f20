//! `infosheet check`: every problem of a project at once, located, with a hint and a stable code.
//!
//! Unlike `build`, which stops when anything is wrong, `check` reports every finding of the
//! shared loader and rule book ([`crate::validate`]), then the lints only translators need:
//! missing and obsolete messages, and sentence length per tier.

pub mod messages;
pub mod readability;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::date::Date;
use crate::diag::Code;
use crate::diag::{Diagnostic, Finding, by_code, render, to_json};
use crate::error::{Error, Result};
use crate::fonts::Fonts;
use crate::project::Loaded;

/// Output format of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// Each finding with a source excerpt and hint, then a summary.
    Text,
    /// The findings for other tools (schema version 1, in README).
    Json,
}

/// What to check.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub project: PathBuf,
    /// Only this locale's problems (and those of the whole project).
    pub locale: Option<String>,
    /// The date contacts' ages are measured against.
    pub today: Date,
}

/// Everything `check` found.
#[derive(Debug)]
pub struct CheckReport {
    pub root: PathBuf,
    pub findings: Vec<Finding>,
    pub locales_checked: usize,
    pub elapsed: Duration,
}

impl CheckReport {
    pub fn errors(&self) -> usize {
        self.findings.iter().filter(|f| f.diag.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.findings.len() - self.errors()
    }

    /// Number of findings per code.
    pub fn by_code(&self) -> std::collections::BTreeMap<&'static str, usize> {
        by_code(&self.findings)
    }

    /// 0 when clean, 1 with errors (or warnings, when they are denied).
    pub fn exit_code(&self, deny_warnings: bool) -> u8 {
        if self.errors() > 0 || (deny_warnings && self.warnings() > 0) {
            1
        } else {
            0
        }
    }

    /// One line: counts, per code, and time taken.
    pub fn summary(&self) -> String {
        let codes: Vec<String> = self
            .by_code()
            .into_iter()
            .map(|(c, n)| format!("{c}: {n}"))
            .collect();
        let detail = if codes.is_empty() {
            String::new()
        } else {
            format!(" ({})", codes.join(", "))
        };
        format!(
            "check: {} error(s), {} warning(s) in {} locale(s){detail}, in {:.2} s",
            self.errors(),
            self.warnings(),
            self.locales_checked,
            self.elapsed.as_secs_f64()
        )
    }

    /// Diagnostics with source excerpts, then the summary.
    pub fn to_text(&self) -> String {
        self.render_text(false)
    }

    /// Like [`CheckReport::to_text`]; with `errors_only`, warnings are counted but not shown.
    pub fn render_text(&self, errors_only: bool) -> String {
        let diags: Vec<Diagnostic> = self
            .findings
            .iter()
            .filter(|f| !errors_only || f.diag.is_error())
            .map(|f| f.diag.clone())
            .collect();
        let mut out = render(&diags, &self.root);
        out.push_str(&self.summary());
        out.push('\n');
        out
    }

    /// The JSON document described in README ("JSON output of check").
    pub fn to_json(&self) -> String {
        to_json(&self.root, &self.findings, self.locales_checked)
    }
}

/// Checks the project, collecting every problem; fails only on a usage error.
pub fn check(options: &CheckOptions) -> Result<CheckReport> {
    let started = Instant::now();
    let root = options.project.as_path();
    let mut loaded = Loaded::load(root);
    let Some(config) = &loaded.config else {
        return Ok(finish(root, loaded.findings, 0, started));
    };
    let tags: Vec<&str> = config
        .file
        .locales
        .iter()
        .map(|t| t.get_ref().as_str())
        .collect();
    if let Some(only) = &options.locale
        && !tags.contains(&only.as_str())
    {
        return Err(Error::Usage(format!(
            "unknown locale `{only}`; the project has: {}",
            tags.join(", ")
        )));
    }
    let fonts = match Fonts::load(&root.join("fonts")) {
        Ok(f) => Some(f),
        Err(e) => {
            loaded.findings.extend(
                e.diagnostics()
                    .into_iter()
                    .map(|d| Finding::new(d.with_code(Code::FontFile), None)),
            );
            None
        }
    };
    let mut out = crate::validate::rules(&loaded, fonts.as_ref(), Some(options.today));
    let locales_checked = loaded.locales.len();
    if let Some(project) = loaded.take_project() {
        out.extend(crate::validate::project(&project));
        if let Some(fonts) = &fonts {
            let tags: Vec<String> = project.locales.iter().map(|l| l.tag.clone()).collect();
            out.extend(crate::validate::glyphs(&project, fonts, &tags));
        }
        if !out
            .iter()
            .chain(&loaded.findings)
            .any(|f| f.diag.is_error())
        {
            // What only rendering finds, once nothing else stands in the way (as in build).
            out.extend(crate::validate::models(&project));
            out.extend(crate::validate::templates(&project, fonts, options.today));
        }
        lints(&project, &loaded, options.locale.as_deref(), &mut out);
    }
    out.append(&mut loaded.findings);
    if let Some(only) = &options.locale {
        out.retain(|f| f.locale.as_deref().is_none_or(|l| l == only));
    }
    Ok(finish(root, out, locales_checked, started))
}

/// What only translators need to know: messages missing or obsolete, and long sentences.
fn lints(
    project: &crate::project::Project,
    loaded: &Loaded,
    only: Option<&str>,
    out: &mut Vec<Finding>,
) {
    let needed = crate::localize::needed::needed(project);
    let reference_tag = project.config.reference_locale();
    if let Some(reference) = loaded.locales.iter().find(|l| l.tag == reference_tag) {
        for l in &loaded.locales {
            messages::check_coverage(project, &needed, reference, l, out);
            messages::check_obsolete(project, &needed, reference, l, out);
        }
    }
    readability::check(project, &needed, &loaded.locales, only, out);
}

/// Sorts by file and position, and drops what two rules found at the same place.
fn finish(
    root: &std::path::Path,
    mut out: Vec<Finding>,
    locales_checked: usize,
    started: Instant,
) -> CheckReport {
    // Stable: findings at the same place keep the order their rule gave them.
    out.sort_by(|a, b| {
        let key = |f: &Finding| {
            (
                f.diag.file.is_none(),
                f.diag.file.clone(),
                f.diag.span.as_ref().map(|s| s.start),
            )
        };
        key(a).cmp(&key(b))
    });
    let mut seen = std::collections::HashSet::new();
    out.retain(|f| {
        seen.insert((
            f.diag.code(),
            f.diag.file.clone(),
            f.diag.span.clone(),
            f.diag.message.clone(),
        ))
    });
    CheckReport {
        root: root.to_path_buf(),
        findings: out,
        locales_checked,
        elapsed: started.elapsed(),
    }
}
