//! The translator workflow: `new-locale`, then `check` and `build` of the new locale; `status`.

use serde_json::Value;

use crate::support::*;

#[test]
fn new_locale_is_scaffolded_and_builds_at_once_with_fallbacks_reported() {
    let project = copy_project();
    let root = project.path();
    let o = run(root, &["new-locale", "ar"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{out}\n{}", stderr(&o));
    assert!(out.contains("created locales/ar/"), "{out}");
    assert!(
        out.contains("added \"ar\" to `locales` in infosheet.toml"),
        "{out}"
    );
    assert!(out.contains("infosheet check --locale ar"), "{out}");

    // Same file names as the reference locale, every reference message present, commented.
    let names = |dir: &str| -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    };
    assert_eq!(names("locales/ar"), names("locales/en"));
    let ui = std::fs::read_to_string(root.join("locales/ar/ui.ftl")).unwrap();
    assert!(ui.contains("# en: Phone\n# ui-phone =\n"), "{ui}");
    let en = std::fs::read_to_string(root.join("locales/en/ui.ftl")).unwrap();
    for (id, _) in en
        .lines()
        .filter_map(|l| l.split_once(" = "))
        .filter(|(id, _)| !id.starts_with(' ') && !id.starts_with('#'))
    {
        assert!(
            ui.contains(&format!("# {id} =\n")),
            "{id} missing from the scaffold"
        );
    }
    let meta = std::fs::read_to_string(root.join("locales/ar/locale.toml")).unwrap();
    assert!(meta.contains("script = \"Arab\""), "{meta}");
    assert!(meta.contains("direction = \"rtl\""), "{meta}");
    assert!(
        meta.contains("fonts = [\"Noto Sans Arabic\", \"Noto Sans\"]"),
        "{meta}"
    );
    assert!(
        !meta.contains("reviewed ="),
        "review state is per message: {meta}"
    );
    let config = std::fs::read_to_string(root.join("infosheet.toml")).unwrap();
    assert!(config.contains("\"fa-AF\", \"ar\"]"), "{config}");

    // check: only warnings (untranslated messages, placeholders), located at the placeholder.
    let o = run(root, &["check", "--locale", "ar", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let report: Value = serde_json::from_slice(&o.stdout).unwrap();
    let missing: Vec<&Value> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "missing-message")
        .collect();
    assert!(missing.len() > 100, "{}", missing.len());
    let phone = missing
        .iter()
        .find(|d| {
            d["message"]
                .as_str()
                .unwrap()
                .starts_with("message `ui-phone` ")
        })
        .expect("ui-phone reported");
    assert_eq!(phone["file"], "locales/ar/ui.ftl");
    assert_eq!(phone["column"], 3, "points at the placeholder's id");
    assert_eq!(report["summary"]["by_code"]["locale-meta-incomplete"], 3);

    // build: a draft, every message from the reference locale, each fallback reported.
    let o = run(
        root,
        &[
            "build",
            "--locale",
            "ar",
            "--tier",
            "adult",
            "--sheet",
            "help-card",
            "--region",
            "sample-destination",
        ],
    );
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("message `ui-phone` is not translated into `ar`; the `en` text is shown"),
        "{err}"
    );
    let html =
        std::fs::read_to_string(root.join("output/sample-destination/ar/adult/help-card.html"))
            .unwrap();
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{html}");
    assert!(
        html.contains("lang=\"en\""),
        "English fallback text is tagged"
    );
    assert!(html.contains("mark-draft"), "a draft mark is shown");
    assert!(
        root.join("output/sample-destination/ar/adult/help-card.pdf")
            .is_file()
    );
}

#[test]
fn new_locale_refuses_bad_tags_and_existing_locales() {
    let project = copy_project();
    let o = run(project.path(), &["new-locale", "pt_br"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("did you mean `pt-BR`?"),
        "{}",
        stderr(&o)
    );
    let o = run(project.path(), &["new-locale", "iw"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("did you mean `he`?"), "{}", stderr(&o));
    let before = std::fs::read_to_string(project.path().join("locales/th/ui.ftl")).unwrap();
    let o = run(project.path(), &["new-locale", "th"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("never overwrites"), "{}", stderr(&o));
    let after = std::fs::read_to_string(project.path().join("locales/th/ui.ftl")).unwrap();
    assert_eq!(before, after);
}

#[test]
fn new_locale_without_registering_prints_the_next_step() {
    let project = copy_project();
    let o = run(project.path(), &["new-locale", "pt-BR", "--no-register"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        out.contains("add \"pt-BR\" to `locales` in infosheet.toml"),
        "{out}"
    );
    let config = std::fs::read_to_string(project.path().join("infosheet.toml")).unwrap();
    assert!(!config.contains("pt-BR"));
    let o = run(project.path(), &["check", "--format", "json"]);
    let report: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(report["summary"]["by_code"]["locale-unlisted"], 1);
}

#[test]
fn status_counts_translated_messages_per_tier() {
    let project = copy_project();
    std::fs::copy(
        fixture("check/missing-message-per-tier/files/locales/th/card.ftl"),
        project.path().join("locales/th/card.ftl"),
    )
    .unwrap();
    let o = run(project.path(), &["status", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let status: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(status["version"], 1);
    assert_eq!(status["reference"], "en");
    let locale = |tag: &str| {
        status["locales"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["tag"] == tag)
            .unwrap()
            .clone()
    };
    let en = locale("en");
    assert_eq!(en["reference"], true);
    for t in en["tiers"].as_array().unwrap() {
        assert_eq!(t["translated"], t["needed"], "{t}");
    }
    let th = locale("th");
    assert_eq!(th["reviewed"], false);
    assert_eq!(
        th["fallback_messages"],
        serde_json::json!(["section-card-call-heading"])
    );
    let adult = th["tiers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["tier"] == "adult")
        .unwrap();
    assert_eq!(adult["fallbacks"], 1);
    assert_eq!(
        adult["translated"].as_u64().unwrap() + 1,
        adult["needed"].as_u64().unwrap()
    );
    assert!(th["last_change"].as_str().is_some_and(|d| d.len() == 10));

    let o = run(project.path(), &["status", "--format", "markdown"]);
    let md = String::from_utf8_lossy(&o.stdout);
    assert!(md.starts_with("| locale "), "{md}");
    assert!(md.contains("| th "), "{md}");
}
