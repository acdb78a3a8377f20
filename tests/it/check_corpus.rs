//! The `check` corpus: every folder of tests/fixtures/check/ is one case, a copy of the default
//! project with something changed, run through `infosheet check --format json`.
//!
//! A case folder holds `case.toml` and, under `files/`, files that replace or are added to the
//! copy (as in tests/fixtures/bad/). `case.toml`:
//!
//! ```toml
//! about = "what the case shows"
//! args = ["--locale", "th"]         # after `check --format json`
//! exit = 1                          # 0: clean or warnings only, 1: errors (or denied warnings)
//! setup_from = ["other-case"]       # optional: that case's changes are made first
//! mkdir = ["locales/xx"]            # optional: empty folders made in the copy
//! elsewhere = ["sentence-too-long"] # optional: codes the untouched project reports too
//! absent = ["missing-message"]      # optional: codes that must not be reported
//! only_locales = ["th"]             # optional: every finding is of these locales or of none
//! [[replace]]                       # optional: message `id` of `file` (with its continuation
//! file = "locales/th/ui.ftl"        # lines) replaced by `with`
//! id = "ui-page-label"
//! with = '''
//! ui-page-label = หน้า { $page }
//! '''
//! [[substitute]]                    # optional: text `from` (which must occur) replaced by `to`
//! file = "infosheet.toml"
//! from = '"zh-Hans"'
//! to = '"zh_hans"'
//! [[finding]]                       # the expected findings
//! code = "variable-unknown"
//! at = "locales/th/ui.ftl:22:24"    # `file:line:column` (`file` without a line, `-` without a file)
//! message = "..."                   # exact
//! hint = "..."                      # optional, exact
//! severity = "error"                # optional
//! [summary]                         # optional: these fields of the JSON summary, exactly
//! errors = 1
//! [text]                            # optional: `check ARGS` in text form too: same exit, and
//! contains = ["check: 1 error(s)"]  # its output holds each string
//! ```
//!
//! For every code among `finding`, the report's findings of that code must be exactly those
//! listed, in order (for a code in `elsewhere`: those in the files the listed ones name).

use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use serde::Deserialize;
use serde_json::Value;

use crate::support::*;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub about: String,
    pub args: Vec<String>,
    pub exit: i32,
    #[serde(default)]
    pub setup_from: Vec<String>,
    #[serde(default)]
    pub mkdir: Vec<String>,
    #[serde(default)]
    pub replace: Vec<Replace>,
    #[serde(default)]
    pub substitute: Vec<Substitute>,
    #[serde(default)]
    pub finding: Vec<Finding>,
    #[serde(default)]
    pub elsewhere: Vec<String>,
    #[serde(default)]
    pub absent: Vec<String>,
    #[serde(default)]
    pub only_locales: Vec<String>,
    pub summary: Option<toml::Table>,
    pub text: Option<Text>,
}

/// Message `id` of `file`, with its continuation lines, replaced by `with`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Replace {
    pub file: String,
    pub id: String,
    pub with: String,
}

/// The text `from` in `file` replaced by `to`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Substitute {
    pub file: String,
    pub from: String,
    pub to: String,
}

/// One expected diagnostic.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    pub code: String,
    pub at: String,
    pub message: String,
    pub hint: Option<String>,
    pub severity: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub contains: Vec<String>,
}

/// The corpus folder.
fn corpus() -> std::path::PathBuf {
    fixture("check")
}

/// Reads `tests/fixtures/check/<name>/case.toml`.
pub fn load(name: &str) -> Case {
    let path = corpus().join(name).join("case.toml");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}/case.toml: {e}"));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{name}/case.toml: {e}"))
}

/// A copy of the default project with the changes of case `name` made.
pub fn prepare(name: &str) -> tempfile::TempDir {
    let project = copy_project();
    apply(name, project.path());
    project
}

/// Makes the changes of case `name` (and, first, of its `setup_from` cases) in `root`.
fn apply(name: &str, root: &Path) {
    let case = load(name);
    for other in &case.setup_from {
        apply(other, root);
    }
    for dir in &case.mkdir {
        std::fs::create_dir_all(root.join(dir)).expect("mkdir");
    }
    let files = corpus().join(name).join("files");
    for entry in walkdir::WalkDir::new(&files).into_iter().skip(1) {
        let entry = entry.expect("walk");
        let target = root.join(entry.path().strip_prefix(&files).expect("prefix"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
    for r in &case.replace {
        let path = root.join(&r.file);
        let text = std::fs::read_to_string(&path).expect("read");
        let out = replace_message(&text, &r.id, &r.with)
            .unwrap_or_else(|| panic!("{name}: no message `{}` in {}", r.id, r.file));
        std::fs::write(&path, out).expect("write");
    }
    for s in &case.substitute {
        let path = root.join(&s.file);
        let text = std::fs::read_to_string(&path).expect("read");
        assert!(
            text.contains(&s.from),
            "{name}: {:?} not in {}",
            s.from,
            s.file
        );
        std::fs::write(&path, text.replace(&s.from, &s.to)).expect("write");
    }
}

/// `text` with message `id` (its first line and continuation lines) replaced by `with`, or
/// None when `text` has no such message.
fn replace_message(text: &str, id: &str, with: &str) -> Option<String> {
    let mut out = String::new();
    let mut skipping = false;
    let mut replaced = false;
    for line in text.split_inclusive('\n') {
        let starts_entry = line
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '-' || c == '#');
        if skipping && !starts_entry && !line.trim().is_empty() {
            continue;
        }
        skipping = false;
        if line.starts_with(&format!("{id} =")) {
            out.push_str(with);
            skipping = true;
            replaced = true;
            continue;
        }
        out.push_str(line);
    }
    replaced.then_some(out)
}

/// `file:line:column` of a JSON diagnostic (`file` alone when it has no line).
pub fn location(d: &Value) -> String {
    let file = d["file"].as_str().unwrap_or("-");
    match (d["line"].as_u64(), d["column"].as_u64()) {
        (Some(line), Some(column)) => format!("{file}:{line}:{column}"),
        _ => file.to_string(),
    }
}

/// The file part of an expected `at`.
fn file_of(at: &str) -> &str {
    let mut parts = at.rsplitn(3, ':');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(c), Some(l), Some(file))
            if [c, l]
                .iter()
                .all(|x| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit())) =>
        {
            file
        }
        _ => at,
    }
}

/// A finding as the report has it, in the form of an expectation.
fn actual(d: &Value, like: &Finding) -> Finding {
    let s = |k: &str| d[k].as_str().unwrap_or("").to_string();
    Finding {
        code: s("code"),
        at: location(d),
        message: s("message"),
        hint: like.hint.as_ref().map(|_| s("hint")),
        severity: like.severity.as_ref().map(|_| s("severity")),
    }
}

fn same(a: &Finding, b: &Finding) -> bool {
    (&a.code, &a.at, &a.message, &a.hint, &a.severity)
        == (&b.code, &b.at, &b.message, &b.hint, &b.severity)
}

/// What differs between `case`'s expectations and a run that exited `code` with `report`
/// (empty when they agree).
pub fn compare(case: &Case, code: Option<i32>, report: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    if code != Some(case.exit) {
        problems.push(format!("exit code {code:?}, expected {}", case.exit));
    }
    let Some(all) = report["diagnostics"].as_array() else {
        problems.push("the report has no `diagnostics` list".into());
        return problems;
    };
    let mut codes: Vec<&str> = case.finding.iter().map(|f| f.code.as_str()).collect();
    codes.sort();
    codes.dedup();
    for c in &case.elsewhere {
        if !codes.contains(&c.as_str()) {
            problems.push(format!(
                "`elsewhere` names `{c}`, which no expected finding has"
            ));
        }
    }
    for c in codes {
        let expected: Vec<&Finding> = case.finding.iter().filter(|f| f.code == c).collect();
        let files: Vec<&str> = expected.iter().map(|f| file_of(&f.at)).collect();
        let found: Vec<Finding> = all
            .iter()
            .filter(|d| d["code"] == c)
            .filter(|d| {
                !case.elsewhere.iter().any(|e| e == c)
                    || files.contains(&d["file"].as_str().unwrap_or("-"))
            })
            .enumerate()
            .map(|(i, d)| actual(d, expected.get(i).copied().unwrap_or(expected[0])))
            .collect();
        let agree =
            found.len() == expected.len() && found.iter().zip(&expected).all(|(a, e)| same(a, e));
        if !agree {
            problems.push(format!("`{c}`: expected {expected:#?}\nfound {found:#?}"));
        }
    }
    for c in &case.absent {
        let n = all.iter().filter(|d| d["code"] == c.as_str()).count();
        if n > 0 {
            problems.push(format!("`{c}` reported {n} time(s), expected none"));
        }
    }
    if !case.only_locales.is_empty() {
        for d in all {
            let ok = d["locale"].is_null()
                || case.only_locales.iter().any(|l| d["locale"] == l.as_str());
            if !ok {
                problems.push(format!("a finding of another locale: {d}"));
            }
        }
    }
    if let Some(summary) = &case.summary {
        let expected = serde_json::to_value(summary).expect("summary as JSON");
        subset("summary", &expected, &report["summary"], &mut problems);
    }
    problems
}

/// Every field of `expected` (recursively, for objects) equals that of `actual`.
fn subset(path: &str, expected: &Value, actual: &Value, problems: &mut Vec<String>) {
    match expected.as_object() {
        Some(fields) => {
            for (k, v) in fields {
                subset(&format!("{path}.{k}"), v, &actual[k], problems);
            }
        }
        None if expected != actual => {
            problems.push(format!("{path} is {actual}, expected {expected}"))
        }
        None => {}
    }
}

/// Sets up, runs and checks case `name`; returns what went wrong (empty when it passed) and the
/// number of runs of the binary.
fn run_case(name: &str) -> (Vec<String>, usize) {
    let case = load(name);
    let mut problems = Vec::new();
    if case.finding.is_empty()
        && case.absent.is_empty()
        && case.summary.is_none()
        && case.text.is_none()
    {
        problems.push("case.toml expects nothing but an exit code".to_string());
    }
    let project = prepare(name);
    let mut args = vec!["check", "--format", "json"];
    args.extend(case.args.iter().map(String::as_str));
    let o = run(project.path(), &args);
    let mut runs = 1;
    match serde_json::from_slice::<Value>(&o.stdout) {
        Ok(report) => problems.extend(compare(&case, o.status.code(), &report)),
        Err(e) => problems.push(format!("no JSON report ({e}); stderr: {}", stderr(&o))),
    }
    if let Some(text) = &case.text {
        let mut args = vec!["check"];
        args.extend(case.args.iter().map(String::as_str));
        let o = run(project.path(), &args);
        runs += 1;
        let out = String::from_utf8_lossy(&o.stdout);
        if o.status.code() != Some(case.exit) {
            problems.push(format!(
                "text: exit code {:?}, expected {}",
                o.status.code(),
                case.exit
            ));
        }
        for s in &text.contains {
            if !out.contains(s.as_str()) {
                problems.push(format!("text output lacks {s:?}:\n{out}"));
            }
        }
    }
    if !problems.is_empty() {
        problems.insert(0, format!("({})", case.about));
    }
    (problems, runs)
}

#[test]
fn every_check_case_reports_exactly_what_it_expects() {
    let mut names = Vec::new();
    let mut failures = Vec::new();
    for entry in std::fs::read_dir(corpus()).expect("tests/fixtures/check") {
        let entry = entry.expect("entry");
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.path().join("case.toml").is_file() {
            names.push(name);
        } else {
            failures.push(format!("{name}: not a case folder (no case.toml)"));
        }
    }
    names.sort();
    assert!(names.len() >= 20, "the corpus has {} cases", names.len());
    let started = Instant::now();
    let next = AtomicUsize::new(0);
    let results = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(name) = names.get(i) else { break };
                    // A broken case.toml (or setup) is that case's failure, not the run's end.
                    let outcome = std::panic::catch_unwind(|| run_case(name)).unwrap_or_else(|e| {
                        let why = e
                            .downcast_ref::<String>()
                            .cloned()
                            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                            .unwrap_or_default();
                        (vec![format!("panicked: {why}")], 0)
                    });
                    results
                        .lock()
                        .expect("results")
                        .push((name.clone(), outcome));
                }
            });
        }
    });
    let mut results = results.into_inner().expect("results");
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let runs: usize = results.iter().map(|(_, (_, r))| r).sum();
    for (name, (problems, _)) in &results {
        if !problems.is_empty() {
            failures.push(format!("{name}: {}", problems.join("\n  ")));
        }
    }
    eprintln!(
        "check corpus: {} cases, {runs} runs of the binary in {:.1} s",
        names.len(),
        started.elapsed().as_secs_f64()
    );
    assert_no_failures(&failures, names.len());
}

mod comparison {
    use super::*;

    fn report() -> Value {
        serde_json::json!({
            "version": 1,
            "diagnostics": [
                {"severity": "error", "code": "ftl-syntax", "message": "broken",
                 "file": "locales/th/a.ftl", "line": 2, "column": 36, "hint": "close it", "locale": "th"},
                {"severity": "warning", "code": "sentence-too-long", "message": "long",
                 "file": "locales/th/b.ftl", "line": 1, "column": 1, "locale": "th"},
                {"severity": "warning", "code": "sentence-too-long", "message": "longer",
                 "file": "locales/th/c.ftl", "line": 3, "column": 4, "locale": "th"},
                {"severity": "warning", "code": "locale-unlisted", "message": "unlisted",
                 "file": null, "line": null, "column": null, "locale": null}
            ],
            "summary": {"errors": 1, "by_code": {"ftl-syntax": 1, "sentence-too-long": 2}}
        })
    }

    fn good() -> Case {
        let text = r#"
            about = "a"
            args = []
            exit = 1
            elsewhere = ["sentence-too-long"]
            absent = ["missing-message"]
            only_locales = ["th"]
            summary = { errors = 1, by_code = { ftl-syntax = 1 } }
            [[finding]]
            code = "ftl-syntax"
            at = "locales/th/a.ftl:2:36"
            message = "broken"
            hint = "close it"
            severity = "error"
            [[finding]]
            code = "sentence-too-long"
            at = "locales/th/c.ftl:3:4"
            message = "longer"
            [[finding]]
            code = "locale-unlisted"
            at = "-"
            message = "unlisted"
        "#;
        toml::from_str(text).expect("case")
    }

    /// `good()` changed by `f` must be found wrong, with a problem mentioning `says`.
    fn fails(f: impl FnOnce(&mut Case), says: &str) {
        let mut case = good();
        f(&mut case);
        let problems = compare(&case, Some(1), &report());
        assert!(
            problems.iter().any(|p| p.contains(says)),
            "expected a problem about {says:?}: {problems:#?}"
        );
    }

    #[test]
    fn the_right_expectations_agree() {
        assert_eq!(compare(&good(), Some(1), &report()), Vec::<String>::new());
    }

    #[test]
    fn every_wrong_expectation_is_caught() {
        fails(|c| c.exit = 0, "exit code");
        fails(
            |c| c.finding[0].at = "locales/th/a.ftl:2:37".into(),
            "`ftl-syntax`",
        );
        fails(|c| c.finding[0].message = "broke".into(), "`ftl-syntax`");
        fails(|c| c.finding[0].hint = Some("close".into()), "`ftl-syntax`");
        fails(
            |c| c.finding[0].severity = Some("warning".into()),
            "`ftl-syntax`",
        );
        fails(|c| c.finding[2].code = "locale-tag".into(), "`locale-tag`");
        // Without `elsewhere`, the other long sentence is an unexpected finding.
        fails(|c| c.elsewhere.clear(), "`sentence-too-long`");
        // A finding expected twice, or in the wrong order, is wrong.
        fails(
            |c| {
                let again = c.finding[1].clone();
                c.finding.insert(1, again);
            },
            "`sentence-too-long`",
        );
        fails(
            |c| c.absent.push("sentence-too-long".into()),
            "expected none",
        );
        fails(|c| c.only_locales = vec!["en".into()], "another locale");
        fails(
            |c| c.summary = Some(toml::from_str("errors = 2").expect("table")),
            "summary.errors",
        );
        fails(
            |c| c.summary = Some(toml::from_str("by_code = { ftl-syntax = 2 }").expect("table")),
            "summary.by_code.ftl-syntax",
        );
    }

    #[test]
    fn a_message_is_replaced_with_its_continuation_lines() {
        let text = "a = 1\nb = { $n ->\n    *[other] x\n}\n\nc = 3\n";
        assert_eq!(
            replace_message(text, "b", "b = y\n").as_deref(),
            Some("a = 1\nb = y\n\nc = 3\n")
        );
        assert_eq!(replace_message(text, "d", "d = y\n"), None);
        assert_eq!(file_of("locales/th/a.ftl:2:36"), "locales/th/a.ftl");
        assert_eq!(file_of("infosheet.toml"), "infosheet.toml");
    }
}
