//! Findings as JSON (schema version 1, documented in README under "JSON output").

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use super::{Code, Finding, Severity, line_col};

/// One diagnostic in the JSON output.
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

/// `path` relative to the project root, with `/` separators.
pub fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Number of findings per code (`other` for findings without one).
pub fn by_code(findings: &[Finding]) -> BTreeMap<&'static str, usize> {
    let mut map = BTreeMap::new();
    for f in findings {
        *map.entry(f.diag.code().map_or("other", Code::as_str))
            .or_insert(0) += 1;
    }
    map
}

/// The JSON document of `findings`, files relative to `root`.
pub fn to_json(root: &Path, findings: &[Finding], locales_checked: usize) -> String {
    let diagnostics = findings
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
                code: d.code().map_or("other", Code::as_str),
                message: &d.message,
                file: d.file.as_ref().map(|p| relative(root, p)),
                line: start.map(|s| s.0),
                column: start.map(|s| s.1),
                end_line: end.map(|e| e.0),
                end_column: end.map(|e| e.1),
                locale: f.locale.as_deref(),
                hint: d.hint.as_deref(),
            }
        })
        .collect();
    let errors = findings.iter().filter(|f| f.diag.is_error()).count();
    let report = JsonReport {
        version: 1,
        diagnostics,
        summary: JsonSummary {
            errors,
            warnings: findings.len() - errors,
            locales_checked,
            by_code: by_code(findings),
        },
    };
    let mut text = serde_json::to_string_pretty(&report).unwrap_or_else(|_| "{}".into());
    text.push('\n');
    text
}
