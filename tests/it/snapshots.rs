//! Snapshots (insta) of what people read: `--help` of every command, and `check`'s text and
//! JSON output on a project with one broken file of each kind. Only errors are snapshotted:
//! warnings follow the wording of the shipped messages, which translators change.

use std::path::Path;

use crate::support::*;

/// A copy of the project with an FTL syntax error, a message defined twice and a region whose
/// contacts break one rule each (the check corpus's case `every-problem-at-once`).
fn broken_project() -> tempfile::TempDir {
    crate::check_corpus::prepare("every-problem-at-once")
}

/// `text` with the run's own temporary folder and timing taken out.
fn stable(text: &str, project: &Path) -> String {
    let text = text.replace(&project.display().to_string(), "[project]");
    match text.rfind(", in ") {
        Some(i) if text[i..].trim_end().ends_with(" s") => format!("{}, in [time]\n", &text[..i]),
        _ => text,
    }
}

#[test]
fn help_of_every_command() {
    for args in [
        &["--help"][..],
        &["build", "--help"],
        &["check", "--help"],
        &["status", "--help"],
        &["new-locale", "--help"],
        &["speak", "--help"],
        &["preview", "--help"],
    ] {
        let o = run(&repo(), args);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        let name = args
            .iter()
            .filter(|a| **a != "--help")
            .copied()
            .collect::<Vec<_>>();
        let name = if name.is_empty() {
            "infosheet".to_string()
        } else {
            name.join("-")
        };
        insta::assert_snapshot!(format!("help-{name}"), String::from_utf8_lossy(&o.stdout));
    }
}

#[test]
fn check_text_output_shows_each_error_with_excerpt_and_hint() {
    let project = broken_project();
    let o = run(project.path(), &["--quiet", "check"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    // The summary counts warnings too; only its error count and codes are stable.
    let (body, summary) = text.trim_end().rsplit_once('\n').unwrap_or(("", &text));
    assert!(summary.starts_with("check: 4 error(s)"), "{summary}");
    insta::assert_snapshot!(stable(body, project.path()));
}

#[test]
fn check_json_output_lists_each_error() {
    let project = broken_project();
    let o = run(project.path(), &["check", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let mut report: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    let errors: Vec<serde_json::Value> = report["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["severity"] == "error")
        .cloned()
        .collect();
    assert_eq!(report["summary"]["errors"], errors.len());
    report["diagnostics"] = serde_json::Value::Array(errors);
    let summary = &mut report["summary"];
    summary["warnings"] = "[not snapshotted]".into();
    summary["by_code"] = "[not snapshotted]".into();
    let pretty = serde_json::to_string_pretty(&report).expect("JSON");
    insta::assert_snapshot!(stable(&pretty, project.path()));
}
