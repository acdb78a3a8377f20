//! `infosheet check`: each check on a copy of the project with one fixture from
//! tests/fixtures/check/ put in place, asserting the exact diagnostic and its location.

use std::path::Path;

use serde_json::Value;

use crate::support::*;

/// Runs `check --format json` with `args`; returns the exit code and the parsed report.
fn check_json(project: &Path, args: &[&str]) -> (Option<i32>, Value) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let o = run(project, &all);
    let report: Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!(
            "check prints JSON ({e}):\n{}\n{}",
            String::from_utf8_lossy(&o.stdout),
            stderr(&o)
        )
    });
    (o.status.code(), report)
}

/// `file:line:column` of a JSON diagnostic.
fn location(d: &Value) -> String {
    format!(
        "{}:{}:{}",
        d["file"].as_str().unwrap_or("?"),
        d["line"],
        d["column"]
    )
}

/// The diagnostics with `code`.
fn with_code<'a>(report: &'a Value, code: &str) -> Vec<&'a Value> {
    report["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["code"] == code)
        .collect()
}

/// Asserts that exactly one diagnostic has `code`, at `at`, with `message`; returns it.
fn expect_one<'a>(report: &'a Value, code: &str, at: &str, message: &str) -> &'a Value {
    let found = with_code(report, code);
    assert_eq!(found.len(), 1, "one `{code}` expected: {found:#?}");
    let d = found[0];
    assert_eq!(location(d), at, "{d:#}");
    assert_eq!(d["message"], message, "{d:#}");
    d
}

/// Copies fixture `check/<name>` over `target` in `project`.
fn place(project: &Path, name: &str, target: &str) {
    std::fs::copy(fixture(&format!("check/{name}")), project.join(target)).expect("copy fixture");
}

/// Replaces message `id` (with its continuation lines) in `file` by fixture `check/<name>`.
fn replace_message(project: &Path, file: &str, id: &str, name: &str) {
    let path = project.join(file);
    let text = std::fs::read_to_string(&path).expect("read");
    let replacement = std::fs::read_to_string(fixture(&format!("check/{name}"))).expect("fixture");
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
            out.push_str(&replacement);
            skipping = true;
            replaced = true;
            continue;
        }
        out.push_str(line);
    }
    assert!(replaced, "{id} not found in {file}");
    std::fs::write(&path, out).expect("write");
}

#[test]
fn the_default_project_is_clean() {
    let o = run(&repo(), &["check"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{out}\n{}", stderr(&o));
    assert!(out.contains("check: 0 error(s), "), "{out}");
    let (code, report) = check_json(&repo(), &[]);
    assert_eq!(code, Some(0));
    assert_eq!(report["summary"]["errors"], 0);
    for code in [
        "missing-message",
        "missing-variant",
        "variable-missing",
        "plural-categories",
    ] {
        assert!(with_code(&report, code).is_empty(), "{code}: {report:#}");
    }
}

#[test]
fn json_output_follows_schema_version_1() {
    let project = copy_project();
    replace_message(
        project.path(),
        "locales/th/ui.ftl",
        "ui-page-label",
        "variable-unknown.ftl",
    );
    let (code, report) = check_json(project.path(), &["--locale", "th"]);
    assert_eq!(code, Some(1));
    assert_eq!(report["version"], 1);
    let d = expect_one(
        &report,
        "variable-unknown",
        "locales/th/ui.ftl:22:24",
        "message `ui-page-label` uses `$page`, which infosheet never passes to it",
    );
    assert_eq!(
        *d,
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
    let summary = &report["summary"];
    assert_eq!(summary["errors"], 1);
    assert_eq!(summary["by_code"]["variable-unknown"], 1);
    assert_eq!(summary["locales_checked"], 12);
    let all = report["diagnostics"].as_array().unwrap();
    assert!(
        all.iter()
            .all(|d| d["locale"] == "th" || d["locale"].is_null()),
        "--locale th keeps only Thai and project-wide findings"
    );
}

#[test]
fn text_output_has_location_excerpt_and_hint() {
    let project = copy_project();
    place(project.path(), "ftl-syntax.ftl", "locales/th/zz-check.ftl");
    let o = run(project.path(), &["check", "--locale", "th"]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains(
            "error[ftl-syntax]: Fluent syntax error: Expected a token starting with \"}\""
        ),
        "{out}"
    );
    assert!(out.contains("┌─ locales/th/zz-check.ftl:2:36"), "{out}");
    assert!(
        out.contains("check-broken = มีหน่วยงาน { $count แห่ง"),
        "excerpt: {out}"
    );
    assert!(out.contains("= hint: "), "{out}");
    assert!(out.contains("check: 1 error(s)"), "{out}");
}

#[test]
fn every_problem_is_reported_at_once() {
    let project = copy_project();
    place(project.path(), "ftl-syntax.ftl", "locales/th/zz-check.ftl");
    place(
        project.path(),
        "duplicate-message.ftl",
        "locales/th/zz-dup.ftl",
    );
    place(
        project.path(),
        "contacts-bad.toml",
        "content/regions/sample-border.toml",
    );
    let (code, report) = check_json(project.path(), &[]);
    assert_eq!(code, Some(1));
    for code in [
        "ftl-syntax",
        "duplicate-message",
        "phone-invalid",
        "url-scheme",
    ] {
        assert_eq!(with_code(&report, code).len(), 1, "{code}: {report:#}");
    }
}

#[test]
fn ftl_syntax_error() {
    let project = copy_project();
    place(project.path(), "ftl-syntax.ftl", "locales/th/zz-check.ftl");
    let (code, report) = check_json(project.path(), &["--locale", "th"]);
    assert_eq!(code, Some(1));
    expect_one(
        &report,
        "ftl-syntax",
        "locales/th/zz-check.ftl:2:36",
        "Fluent syntax error: Expected a token starting with \"}\"",
    );
}

#[test]
fn select_without_default_variant() {
    let project = copy_project();
    replace_message(
        project.path(),
        "locales/th/ui.ftl",
        "ui-contacts-count",
        "select-no-default.ftl",
    );
    let (code, report) = check_json(project.path(), &["--locale", "th"]);
    assert_eq!(code, Some(1));
    let d = expect_one(
        &report,
        "select-no-default",
        "locales/th/ui.ftl:18:30",
        "Fluent syntax error: The select expression must have a default variant",
    );
    assert!(d["hint"].as_str().unwrap().contains("*[other]"), "{d}");
}

#[test]
fn duplicate_message() {
    let project = copy_project();
    place(
        project.path(),
        "duplicate-message.ftl",
        "locales/th/zz-check.ftl",
    );
    let (code, report) = check_json(project.path(), &["--locale", "th"]);
    assert_eq!(code, Some(1));
    let d = expect_one(
        &report,
        "duplicate-message",
        "locales/th/zz-check.ftl:1:1",
        "message `ui-phone` is defined twice",
    );
    assert!(
        d["hint"]
            .as_str()
            .unwrap()
            .contains("locales/th/ui.ftl:3:1"),
        "{d}"
    );
}

#[test]
fn missing_message_per_tier() {
    let project = copy_project();
    place(
        project.path(),
        "missing-message-card.ftl",
        "locales/th/card.ftl",
    );
    let (code, report) = check_json(project.path(), &["--locale", "th"]);
    assert_eq!(
        code,
        Some(0),
        "a missing translation is a warning: the build falls back"
    );
    let found = with_code(&report, "missing-message");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(location(found[0]), "locales/th/card.ftl:7:1");
    assert_eq!(
        found[0]["message"],
        "message `section-card-call-heading` is missing in locale `th`: tiers child-9-12, teen-13-17, adult show the `en` text instead"
    );
    assert_eq!(
        found[0]["hint"],
        "translate `section-card-call-heading = Call for help, free of charge` (from locales/en/); add it after `sheet-card-subtitle--child` (line 7)"
    );
    assert_eq!(location(found[1]), "locales/th/card.ftl:7:1");
    assert_eq!(
        found[1]["message"],
        "message `section-card-call-heading--child-5-8` is missing in locale `th`: tier child-5-8 shows the `en` text instead"
    );
}

#[test]
fn missing_tier_variant() {
    let project = copy_project();
    place(
        project.path(),
        "missing-variant-card.ftl",
        "locales/th/card.ftl",
    );
    let (code, report) = check_json(project.path(), &["--locale", "th"]);
    assert_eq!(code, Some(0));
    expect_one(
        &report,
        "missing-variant",
        "locales/th/card.ftl:10:1",
        "locale `th` has no `card-call-intro--child-5-8`: tier child-5-8 gets the wording of `card-call-intro`, written for other readers",
    );
}

#[test]
fn obsolete_message() {
    let project = copy_project();
    place(
        project.path(),
        "obsolete-message.ftl",
        "locales/th/zz-check.ftl",
    );
    let (_, report) = check_json(project.path(), &["--locale", "th"]);
    let found: Vec<_> = with_code(&report, "obsolete-message")
        .into_iter()
        .filter(|d| d["file"] == "locales/th/zz-check.ftl")
        .collect();
    assert_eq!(found.len(), 1);
    assert_eq!(location(found[0]), "locales/th/zz-check.ftl:1:1");
    assert_eq!(
        found[0]["message"],
        "message `check-leftover` is not in the reference locale `en` and no sheet uses it"
    );
    // A tier variant that no sheet shows to that tier is obsolete too.
    let (_, report) = check_json(&repo(), &["--locale", "en"]);
    expect_one(
        &report,
        "obsolete-message",
        "locales/en/card.ftl:16:1",
        "message `section-card-remember-heading--child-5-8` is never shown: no sheet shows `section-card-remember-heading` to tier child-5-8",
    );
}

#[test]
fn content_naming_a_message_the_reference_lacks() {
    let project = copy_project();
    place(
        project.path(),
        "undefined-message.toml",
        "content/sheets/help-card.toml",
    );
    let (code, report) = check_json(project.path(), &[]);
    assert_eq!(code, Some(1));
    expect_one(
        &report,
        "undefined-message",
        "content/sheets/help-card.toml:7:11",
        "message `section-card-nowhere` is not defined in the reference locale `en`",
    );
}

#[test]
fn variable_left_out_of_a_translation() {
    let project = copy_project();
    replace_message(
        project.path(),
        "locales/th/ui.ftl",
        "hours-mon-fri",
        "variable-missing.ftl",
    );
    let (code, report) = check_json(project.path(), &["--locale", "th"]);
    assert_eq!(code, Some(0));
    expect_one(
        &report,
        "variable-missing",
        "locales/th/ui.ftl:26:1",
        "message `hours-mon-fri` does not use `$to`, which the `en` text uses",
    );
}

#[test]
fn plural_category_missing_for_the_language() {
    let project = copy_project();
    replace_message(
        project.path(),
        "locales/fa/ui.ftl",
        "ui-contacts-count",
        "plural-categories.ftl",
    );
    let (code, report) = check_json(project.path(), &["--locale", "fa"]);
    assert_eq!(code, Some(0));
    expect_one(
        &report,
        "plural-categories",
        "locales/fa/ui.ftl:18:23",
        "the select on `$count` in `ui-contacts-count` has no variant for `one`: Persian (Farsi/Dari) uses one, other for whole numbers",
    );
}

#[test]
fn plural_category_the_language_never_uses() {
    let project = copy_project();
    replace_message(
        project.path(),
        "locales/th/ui.ftl",
        "ui-contacts-count",
        "plural-category-unused.ftl",
    );
    let (_, report) = check_json(project.path(), &["--locale", "th"]);
    expect_one(
        &report,
        "plural-category-unused",
        "locales/th/ui.ftl:18:23",
        "variant `[one]` of the select on `$count` in `ui-contacts-count` is never chosen: Thai has no `one` category",
    );
}

#[test]
fn references_that_do_not_resolve() {
    let project = copy_project();
    replace_message(
        project.path(),
        "locales/th/ui.ftl",
        "ui-hotline",
        "unresolved-reference.ftl",
    );
    let (code, report) = check_json(project.path(), &["--locale", "th"]);
    assert_eq!(code, Some(1));
    let found = with_code(&report, "unresolved-reference");
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(location(found[0]), "locales/th/ui.ftl:4:16");
    assert_eq!(
        found[0]["message"],
        "`ui-hotline` refers to term `-hotline-word`, which locale `th` does not define"
    );
    assert_eq!(location(found[1]), "locales/th/ui.ftl:4:35");
    assert_eq!(
        found[1]["message"],
        "`ui-hotline` refers to message `ui-phone-nowhere`, which locale `th` does not define"
    );
}

#[test]
fn contacts_phone_url_age_and_languages() {
    let project = copy_project();
    place(
        project.path(),
        "contacts-bad.toml",
        "content/regions/sample-border.toml",
    );
    let (code, report) = check_json(project.path(), &[]);
    assert_eq!(code, Some(1));
    expect_one(
        &report,
        "phone-invalid",
        "content/regions/sample-border.toml:9:9",
        "contact `short-number`: `+44 20 7946 010` is not a valid phone number (no such number exists in its country's numbering plan)",
    );
    let url = expect_one(
        &report,
        "url-scheme",
        "content/regions/sample-border.toml:24:11",
        "contact `plain-http`: `http://web.example.org/` is not an https:// web address",
    );
    assert_eq!(url["severity"], "error");
    // SOURCE_DATE_EPOCH of the tests is 2026-11-18.
    expect_one(
        &report,
        "contact-stale",
        "content/regions/sample-border.toml:36:17",
        "contact `old-entry` was last verified 871 days ago (more than 365)",
    );
    expect_one(
        &report,
        "contact-missing-languages",
        "content/regions/sample-border.toml:35:1",
        "contact `old-entry` lists no languages spoken",
    );
    // The sample numbers (Ofcom's drama range) are valid: no other phone is reported.
    assert_eq!(with_code(&report, "phone-invalid").len(), 1);
}

#[test]
fn contact_without_hours() {
    let project = copy_project();
    place(
        project.path(),
        "contact-no-hours.toml",
        "content/regions/sample-border.toml",
    );
    let (code, report) = check_json(project.path(), &[]);
    assert_eq!(code, Some(1));
    let d = &with_code(&report, "contact-missing-hours")[0];
    assert_eq!(d["file"], "content/regions/sample-border.toml");
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains("missing field `hours`"),
        "{d}"
    );
    assert!(d["hint"].as_str().unwrap().contains("every-day"), "{d}");
}

#[test]
fn url_in_a_message() {
    let project = copy_project();
    replace_message(
        project.path(),
        "locales/th/ui.ftl",
        "ui-website",
        "url-in-message.ftl",
    );
    let (_, report) = check_json(project.path(), &["--locale", "th"]);
    expect_one(
        &report,
        "url-scheme",
        "locales/th/ui.ftl:9:29",
        "message `ui-website` contains an unencrypted http:// address",
    );
}

#[test]
fn invalid_language_tag_with_the_canonical_form() {
    let project = copy_project();
    let path = project.path().join("infosheet.toml");
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("\"zh-Hans\"", "\"zh_hans\"");
    std::fs::write(&path, text).unwrap();
    let (code, report) = check_json(project.path(), &[]);
    assert_eq!(code, Some(1));
    let found = with_code(&report, "locale-tag");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(location(found[0]), "infosheet.toml:4:67");
    assert_eq!(
        found[0]["hint"],
        "write `zh-Hans` (and name the folder locales/zh-Hans/)"
    );
}

#[test]
fn direction_that_does_not_fit_the_script() {
    let project = copy_project();
    place(
        project.path(),
        "fa-direction-ltr.toml",
        "locales/fa/locale.toml",
    );
    let (code, report) = check_json(project.path(), &["--locale", "fa"]);
    assert_eq!(code, Some(1));
    let d = expect_one(
        &report,
        "locale-direction",
        "locales/fa/locale.toml:4:13",
        "script `Arab` is written right to left, but direction is `ltr`",
    );
    assert_eq!(d["hint"], "write direction = \"rtl\"");
}

#[test]
fn fonts_that_do_not_cover_the_script() {
    let project = copy_project();
    place(
        project.path(),
        "th-latin-font.toml",
        "locales/th/locale.toml",
    );
    let (code, report) = check_json(project.path(), &["--locale", "th"]);
    assert_eq!(code, Some(1));
    let d = expect_one(
        &report,
        "font-coverage",
        "locales/th/locale.toml:5:9",
        "none of the fonts of `th` covers its script `Thai`",
    );
    assert_eq!(d["hint"], "fonts in fonts/ that cover it: Noto Sans Thai");
}

#[test]
fn a_character_no_font_has() {
    let project = copy_project();
    replace_message(
        project.path(),
        "locales/th/ui.ftl",
        "ui-phone",
        "missing-glyph.ftl",
    );
    let (code, report) = check_json(project.path(), &["--locale", "th"]);
    assert_eq!(code, Some(1));
    expect_one(
        &report,
        "font-missing-glyph",
        "locales/th/ui.ftl:3:21",
        "locale `th`, message `ui-phone`: no font has a glyph for U+1230 `ሰ` (Ethiopic script)",
    );
}

#[test]
fn sentence_too_long_for_the_tier() {
    let project = copy_project();
    replace_message(
        project.path(),
        "locales/th/card.ftl",
        "card-call-intro--child-5-8",
        "sentence-too-long.ftl",
    );
    let (code, report) = check_json(project.path(), &["--locale", "th"]);
    assert_eq!(code, Some(0), "readability is a warning");
    let found: Vec<_> = with_code(&report, "sentence-too-long")
        .into_iter()
        .filter(|d| d["file"] == "locales/th/card.ftl")
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(location(found[0]), "locales/th/card.ftl:11:30");
    assert_eq!(
        found[0]["message"],
        "a sentence of 24 words in `card-call-intro--child-5-8` (locale `th`, tier child-5-8) is longer than the 10 words the tier allows in this language (8 in `en`; this locale uses 1.27 words for each word of `en`)"
    );
}

#[test]
fn unlisted_locale_folder() {
    let project = copy_project();
    std::fs::create_dir(project.path().join("locales/xx")).unwrap();
    let (code, report) = check_json(project.path(), &[]);
    assert_eq!(code, Some(0));
    let d = &with_code(&report, "locale-unlisted")[0];
    assert_eq!(
        d["message"],
        "locales/xx/ is not listed in `locales`, so it is neither checked nor built"
    );
}

#[test]
fn warnings_fail_only_when_denied_and_unknown_locale_is_usage() {
    let project = copy_project();
    place(
        project.path(),
        "obsolete-message.ftl",
        "locales/th/zz-check.ftl",
    );
    let o = run(project.path(), &["check", "--locale", "th"]);
    assert_eq!(o.status.code(), Some(0));
    let o = run(
        project.path(),
        &["check", "--locale", "th", "--deny-warnings"],
    );
    assert_eq!(o.status.code(), Some(1));
    let o = run(project.path(), &["check", "--locale", "xx"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown locale `xx`"), "{}", stderr(&o));
    let o = run(project.path(), &["check", "--format", "yaml"]);
    assert_eq!(o.status.code(), Some(2));
}
