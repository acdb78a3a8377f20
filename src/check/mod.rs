//! `infosheet check`: every problem of a project at once, located, with a hint and a stable code.
//!
//! Unlike `build`, which stops at the first broken file, `check` loads what it can of every
//! file and keeps going, so a translator sees every problem of their locale in one run.
//! Each finding has a code (see [`CODES`]); the JSON output's schema is documented in README.

pub mod contacts;
pub mod ftl;
pub mod load;
pub mod messages;
pub mod meta;
pub mod readability;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::config::Config;
use crate::content;
use crate::diag::{Diagnostic, Severity, line_col, render};
use crate::error::{Error, Result};
use crate::project::{self, Project};
use crate::render::fonts::Fonts;
use crate::render::pdf::Date;
use load::{LoadedLocale, relative};

/// Every code `check` reports, with what it means. Codes are stable: scripts may rely on them.
pub const CODES: &[(&str, &str)] = &[
    (
        "project-file",
        "infosheet.toml cannot be read or is inconsistent",
    ),
    (
        "content",
        "a content file is malformed or refers to something that does not exist",
    ),
    ("template", "a template cannot be read"),
    ("ftl-syntax", "a .ftl file has a Fluent syntax error"),
    (
        "select-no-default",
        "a select expression has no default (*) variant",
    ),
    (
        "duplicate-message",
        "a message is defined twice in one locale",
    ),
    (
        "undefined-message",
        "the content names a message the reference locale lacks",
    ),
    (
        "missing-message",
        "a message a sheet needs is missing in a locale (the reference text is shown)",
    ),
    (
        "missing-variant",
        "the reference has wording for a tier that the locale lacks (it shows more general wording)",
    ),
    (
        "obsolete-message",
        "no sheet, content file or the catalogue uses the message",
    ),
    (
        "variable-unknown",
        "a message uses a variable infosheet never passes to it",
    ),
    (
        "variable-missing",
        "a translation leaves out a variable the reference text uses",
    ),
    (
        "plural-categories",
        "a select over a number lacks a CLDR plural category of the language",
    ),
    (
        "plural-category-unused",
        "a select over a number has a category the language never uses",
    ),
    (
        "unresolved-reference",
        "a message refers to a message or term its locale does not define",
    ),
    (
        "phone-invalid",
        "a contact's phone number is not a valid international (E.164) number",
    ),
    ("url-scheme", "a web address is not https://"),
    (
        "contact-stale",
        "a contact was last verified too long ago (or in the future)",
    ),
    ("contact-missing-hours", "a contact has no opening hours"),
    (
        "contact-missing-languages",
        "a contact lists no languages spoken",
    ),
    (
        "locale-tag",
        "a language tag is invalid, not canonical or deprecated",
    ),
    ("locale-folder", "a listed locale has no folder"),
    (
        "locale-unlisted",
        "a locale folder is not listed in infosheet.toml",
    ),
    ("locale-meta", "locale.toml cannot be read"),
    (
        "locale-meta-incomplete",
        "locale.toml still has a placeholder",
    ),
    (
        "locale-script",
        "the script code is malformed or does not fit the language tag",
    ),
    (
        "locale-direction",
        "the writing direction does not fit the script",
    ),
    ("font-file", "a file in fonts/ cannot be read"),
    (
        "font-unknown",
        "a font named in locale.toml or infosheet.toml is not in fonts/",
    ),
    (
        "font-coverage",
        "none of a locale's fonts covers its script",
    ),
    (
        "font-missing-glyph",
        "a character in a message has no glyph in any font",
    ),
    (
        "sentence-too-long",
        "a sentence has more words than its tier allows",
    ),
    // Codes of other commands, registered here so `Diagnostic::with_code` knows them.
    (
        "output-locked",
        "another build is writing to the same output folder",
    ),
];

/// A diagnostic, and the locale it concerns (if any).
#[derive(Debug, Clone)]
pub struct Finding {
    pub diag: Diagnostic,
    pub locale: Option<String>,
}

impl Finding {
    pub fn new(diag: Diagnostic, locale: Option<&str>) -> Self {
        Self {
            diag,
            locale: locale.map(str::to_string),
        }
    }
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

/// Output format of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Text,
    Json,
}

/// One diagnostic in the JSON output (schema version 1).
#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    severity: Severity,
    code: &'a str,
    message: &'a str,
    file: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    locale: Option<&'a str>,
    hint: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonSummary<'a> {
    errors: usize,
    warnings: usize,
    locales_checked: usize,
    by_code: BTreeMap<&'a str, usize>,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    diagnostics: Vec<JsonDiagnostic<'a>>,
    summary: JsonSummary<'a>,
}

impl CheckReport {
    pub fn errors(&self) -> usize {
        self.findings.iter().filter(|f| f.diag.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.findings.len() - self.errors()
    }

    /// Number of findings per code.
    pub fn by_code(&self) -> BTreeMap<&'static str, usize> {
        let mut map = BTreeMap::new();
        for f in &self.findings {
            *map.entry(f.diag.code().unwrap_or("other")).or_insert(0) += 1;
        }
        map
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
        let diagnostics = self
            .findings
            .iter()
            .map(|f| {
                let d = &f.diag;
                let (start, end) = match (&d.source, &d.span) {
                    (Some(src), Some(span)) => (
                        Some(line_col(src, span.start)),
                        Some(line_col(src, span.end)),
                    ),
                    _ => (None, None),
                };
                JsonDiagnostic {
                    severity: d.severity,
                    code: d.code().unwrap_or("other"),
                    message: &d.message,
                    file: d.file.as_ref().map(|p| relative(&self.root, p)),
                    line: start.map(|s| s.0),
                    column: start.map(|s| s.1),
                    end_line: end.map(|e| e.0),
                    end_column: end.map(|e| e.1),
                    locale: f.locale.as_deref(),
                    hint: d.hint.as_deref(),
                }
            })
            .collect();
        let report = JsonReport {
            version: 1,
            diagnostics,
            summary: JsonSummary {
                errors: self.errors(),
                warnings: self.warnings(),
                locales_checked: self.locales_checked,
                by_code: self.by_code(),
            },
        };
        let mut text = serde_json::to_string_pretty(&report).unwrap_or_else(|_| "{}".into());
        text.push('\n');
        text
    }
}

/// Checks the project, collecting every problem; fails only on a usage error.
pub fn check(options: &CheckOptions) -> Result<CheckReport> {
    let started = Instant::now();
    let root = options.project.as_path();
    let mut out: Vec<Finding> = Vec::new();
    let config = match Config::load(root) {
        Ok(c) => c,
        Err(e) => {
            out.extend(
                e.diagnostics()
                    .into_iter()
                    .map(|d| Finding::new(d.with_code("project-file"), None)),
            );
            return Ok(finish(root, out, 0, started));
        }
    };
    let tags: Vec<String> = config
        .file
        .locales
        .iter()
        .map(|t| t.get_ref().clone())
        .collect();
    if let Some(only) = &options.locale
        && !tags.contains(only)
    {
        return Err(Error::Usage(format!(
            "unknown locale `{only}`; the project has: {}",
            tags.join(", ")
        )));
    }
    let only = options.locale.as_deref();
    unlisted_locale_folders(root, &tags, &config, &mut out);

    let content = content::load(
        root,
        &config.file.regions,
        &config.file.sheets,
        &config.origin,
    )
    .map_err(|e| {
        out.extend(
            e.diagnostics()
                .into_iter()
                .map(|d| Finding::new(contacts::classify_content_error(d), None)),
        )
    })
    .ok();
    let mut templates = |dir: &str, ext: &str| {
        project::load_templates(&root.join("templates").join(dir), ext)
            .map_err(|e| {
                out.extend(
                    e.diagnostics()
                        .into_iter()
                        .map(|d| Finding::new(d.with_code("template"), None)),
                )
            })
            .ok()
    };
    let html = templates("html", "html");
    let typst = templates("typst", "typ");

    let mut loaded: Vec<LoadedLocale> = Vec::new();
    for tag in &config.file.locales {
        if let Some(l) = load::load_locale(root, tag, &config.origin, &mut out) {
            loaded.push(l);
        }
    }
    let fonts = match Fonts::load(&root.join("fonts")) {
        Ok(f) => Some(f),
        Err(e) => {
            out.extend(
                e.diagnostics()
                    .into_iter()
                    .map(|d| Finding::new(d.with_code("font-file"), None)),
            );
            None
        }
    };
    if let Some(fonts) = &fonts {
        fallback_fonts(&config, fonts, &mut out);
    }
    let reference_tag = config.reference_locale().to_string();
    let whole = content.is_some()
        && html.is_some()
        && typst.is_some()
        && loaded
            .iter()
            .any(|l| l.tag == reference_tag && l.locale.is_some());
    meta::check(&config, &loaded, fonts.as_ref(), !whole, &mut out);
    let reference_index = loaded.iter().position(|l| l.tag == reference_tag);
    for l in &loaded {
        messages::check_entries(
            &config.file.tiers,
            reference_index.map(|i| &loaded[i]),
            l,
            &mut out,
        );
    }
    if let Some(content) = &content {
        contacts::check(&config, content, options.today, &mut out);
    }

    let reference_loaded = reference_index.is_some_and(|i| loaded[i].locale.is_some());
    let locales_checked = loaded.len();
    if let (Some(content), Some(html_templates), Some(typst_templates), true) =
        (content, html, typst, reference_loaded)
    {
        let locales = loaded.iter_mut().filter_map(|l| l.locale.take()).collect();
        let project = Project {
            config,
            content,
            locales,
            html_templates,
            typst_templates,
        };
        if let Err(e) = crate::validate::check(&project) {
            for d in e.diagnostics() {
                let code = if d.message.contains("is not defined in the reference locale") {
                    "undefined-message"
                } else {
                    "content"
                };
                out.push(Finding::new(d.with_code(code), None));
            }
        }
        // Glyph coverage exactly as `build` checks it before typesetting.
        if let Some(fonts) = &fonts {
            for locale in &project.locales {
                let tags = [locale.tag.clone()];
                for d in crate::coverage::check(&project, fonts, &tags) {
                    out.push(Finding::new(
                        d.with_code("font-missing-glyph"),
                        Some(locale.tag.as_str()),
                    ));
                }
            }
        }
        let needed = messages::needed(&project);
        if let Some(reference) = reference_index.map(|i| &loaded[i]) {
            for l in &loaded {
                messages::check_coverage(&project, &needed, reference, l, &mut out);
                messages::check_obsolete(&project, &needed, reference, l, &mut out);
            }
        }
        readability::check(&project, &needed, &loaded, only, &mut out);
    }

    if let Some(only) = only {
        out.retain(|f| f.locale.as_deref().is_none_or(|l| l == only));
    }
    Ok(finish(root, out, locales_checked, started))
}

/// Sorts by file and position, and drops what two checks found at the same place.
fn finish(
    root: &Path,
    mut out: Vec<Finding>,
    locales_checked: usize,
    started: Instant,
) -> CheckReport {
    // `validate` also refuses malformed phone numbers and non-https websites; keep the more
    // specific finding of this module at the same position.
    let specific: Vec<(Option<PathBuf>, Option<usize>)> = out
        .iter()
        .filter(|f| matches!(f.diag.code(), Some("phone-invalid" | "url-scheme")))
        .map(|f| (f.diag.file.clone(), f.diag.span.as_ref().map(|s| s.start)))
        .collect();
    out.retain(|f| {
        f.diag.code() != Some("content")
            || !specific.contains(&(f.diag.file.clone(), f.diag.span.as_ref().map(|s| s.start)))
    });
    // Stable: findings at the same place keep the order their check gave them.
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

/// Folders under locales/ that infosheet.toml does not list.
fn unlisted_locale_folders(root: &Path, tags: &[String], config: &Config, out: &mut Vec<Finding>) {
    let Ok(entries) = std::fs::read_dir(root.join("locales")) else {
        return;
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in names {
        if !tags.contains(&name) {
            let span = config.file.locales.last().map(|l| l.span());
            let mut d = Diagnostic::warning(format!(
                "locales/{name}/ is not listed in `locales`, so it is neither checked nor built"
            ))
            .with_code("locale-unlisted")
            .with_hint(format!("add \"{name}\" to `locales` in infosheet.toml"));
            d = match span {
                Some(span) => d.at(&config.origin.path, &config.origin.text, span),
                None => d.in_file(&config.origin.path),
            };
            out.push(Finding::new(d, Some(name.as_str())));
        }
    }
}

/// The project's fallback fonts must exist.
fn fallback_fonts(config: &Config, fonts: &Fonts, out: &mut Vec<Finding>) {
    let families: Vec<String> = fonts.families().iter().map(|f| f.to_lowercase()).collect();
    for family in &config.file.fallback_fonts {
        if !families.contains(&family.to_lowercase()) {
            let text = &config.origin.text;
            let needle = format!("\"{family}\"");
            let d = Diagnostic::error(format!("fallback font `{family}` is not in fonts/"))
                .with_code("font-unknown")
                .with_hint(format!("fonts available: {}", fonts.families().join(", ")));
            let d = match text.find(&needle) {
                Some(i) => d.at(&config.origin.path, text, i..i + needle.len()),
                None => d.in_file(&config.origin.path),
            };
            out.push(Finding::new(d, None));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_round_trip_through_diagnostics() {
        let mut seen = std::collections::BTreeSet::new();
        for (code, _) in CODES {
            assert!(seen.insert(*code), "{code} twice");
            assert_eq!(Diagnostic::error("x").with_code(code).code(), Some(*code));
        }
        assert_eq!(Diagnostic::error("x").code(), None);
        let d = Diagnostic::warning("long").with_code("sentence-too-long");
        assert_eq!(d.to_string(), "warning[sentence-too-long]: long");
        // A code costs one byte: `Result<_, Diagnostic>` stays below clippy's large-error limit.
        assert!(std::mem::size_of::<Diagnostic>() <= 120);
    }
}
