//! `infosheet check`: what the corpus of tests/fixtures/check/ (check_corpus.rs) cannot say as
//! data: the exact shape of a JSON diagnostic, and command-line mistakes.

use serde_json::Value;

use crate::check_corpus::prepare;
use crate::support::*;

#[test]
fn json_output_follows_schema_version_1() {
    let project = prepare("variable-unknown");
    let o = run(
        project.path(),
        &["check", "--format", "json", "--locale", "th"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let report: Value = serde_json::from_slice(&o.stdout).expect("check prints JSON");
    assert_eq!(report["version"], 1);
    let found: Vec<&Value> = report["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["code"] == "variable-unknown")
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        *found[0],
        serde_json::json!({
            "severity": "error",
            "code": "variable-unknown",
            "message": "message `ui-page-label` uses `$page`, which infosheet never passes to it",
            "file": "locales/th/ui.ftl",
            "line": 22,
            "column": 24,
            "end_line": 22,
            "end_column": 29,
            "locale": "th",
            "hint": "`ui-page-label` receives $tier, $audience; a variable that is not passed stops the build"
        })
    );
}

#[test]
fn an_unknown_locale_or_format_is_a_usage_error() {
    let o = run(&repo(), &["check", "--locale", "xx"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown locale `xx`"), "{}", stderr(&o));
    let o = run(&repo(), &["check", "--format", "yaml"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}
