//! The build command end to end: the whole matrix, narrowing flags, reproducibility, safety of old outputs.

use crate::support::*;

#[test]
fn default_project_builds_every_edition_and_the_catalogue() {
    let out = default_build();
    let (locales, tiers, regions, sheets) = default_matrix();
    for region in &regions {
        for locale in &locales {
            for tier in &tiers {
                for sheet in &sheets {
                    for ext in ["pdf", "html"] {
                        let path = out
                            .join(region)
                            .join(locale)
                            .join(tier)
                            .join(format!("{sheet}.{ext}"));
                        assert!(path.is_file(), "missing {}", path.display());
                    }
                }
            }
        }
    }
    let index = std::fs::read_to_string(out.join("index.html"))
        .expect("index.html")
        .replace("&#x2f;", "/");
    for locale in &locales {
        let link = format!("href=\"{}/{locale}/adult/{}.pdf\"", regions[0], sheets[0]);
        assert!(index.contains(&link), "catalogue lacks {link}");
    }
    assert!(
        index.contains("ไทย"),
        "catalogue names Thai in its own script"
    );
    assert!(
        index.contains("فارسی"),
        "catalogue names Persian in its own script"
    );
}

#[test]
fn flags_narrow_the_matrix() {
    let out = tempfile::tempdir().unwrap();
    let o = run(
        &repo(),
        &one_edition(
            "th",
            "child-9-12",
            &["--format", "html", "--out", &out.path().to_string_lossy()],
        ),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let html = files_with_ext(out.path(), "html");
    let names: Vec<String> = html
        .iter()
        .map(|p| {
            p.strip_prefix(out.path())
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(
        names,
        [
            "index.html",
            "sample-destination/th/child-9-12/rights-and-help.html"
        ]
    );
    assert!(files_with_ext(out.path(), "pdf").is_empty());
    assert!(
        stderr(&o)
            .contains("1 edition(s), 2 file(s) written, 0 up to date, 0 warning(s), 0 failed"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn age_picks_the_tier_and_unknown_age_is_presumed_a_child() {
    for (age, tier) in [
        ("7", "child-5-8"),
        ("16", "teen-13-17"),
        ("30", "adult"),
        ("unknown", "teen-13-17"),
    ] {
        let out = tempfile::tempdir().unwrap();
        let o = run(
            &repo(),
            &[
                "build",
                "--region",
                "sample-destination",
                "--sheet",
                "rights-and-help",
                "--locale",
                "en",
                "--age",
                age,
                "--format",
                "html",
                "--out",
                &out.path().to_string_lossy(),
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        let expected = out
            .path()
            .join("sample-destination/en")
            .join(tier)
            .join("rights-and-help.html");
        assert!(expected.is_file(), "age {age} should build {tier}");
        // The catalogue, the edition and its bilingual edition (staff language Thai).
        assert_eq!(
            files_with_ext(out.path(), "html").len(),
            3,
            "age {age} builds one tier only"
        );
    }
}

#[test]
fn unknown_tier_on_the_command_line_is_a_usage_error() {
    let out = tempfile::tempdir().unwrap();
    let o = run(
        &repo(),
        &[
            "build",
            "--tier",
            "toddler",
            "--out",
            &out.path().to_string_lossy(),
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains(
            "unknown tier `toddler`; the project has: child-5-8, child-9-12, teen-13-17, adult"
        ),
        "{err}"
    );
    assert!(
        std::fs::read_dir(out.path()).unwrap().next().is_none(),
        "nothing written"
    );
}

#[test]
fn same_inputs_give_byte_identical_outputs() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    for dir in [&a, &b] {
        let o = run(
            &repo(),
            &[
                "build",
                "--region",
                "sample-destination",
                "--sheet",
                "rights-and-help",
                "--locale",
                "th,fa",
                "--tier",
                "adult",
                "--out",
                &dir.path().to_string_lossy(),
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let files = files_with_ext(a.path(), "pdf")
        .into_iter()
        .chain(files_with_ext(a.path(), "html"));
    let mut compared = 0;
    for file in files {
        let rel = file.strip_prefix(a.path()).unwrap();
        assert_eq!(
            std::fs::read(&file).unwrap(),
            std::fs::read(b.path().join(rel)).unwrap(),
            "{} differs",
            rel.display()
        );
        compared += 1;
    }
    // th and fa: PDF and HTML each, fa's bilingual edition (staff language Thai), the catalogue.
    assert_eq!(compared, 7);
}

/// Regions built together reuse Typst's memoized layout of their shared text; the bytes of an
/// edition must not depend on it.
#[test]
fn an_edition_is_the_same_built_alone_or_after_other_regions() {
    let alone = tempfile::tempdir().unwrap();
    let together = tempfile::tempdir().unwrap();
    let selection = [
        "--sheet",
        "rights-and-help",
        "--locale",
        "th,km",
        "--tier",
        "teen-13-17",
    ];
    for (dir, regions) in [
        (&alone, "sample-border"),
        (&together, "sample-destination,sample-origin,sample-border"),
    ] {
        let out = dir.path().to_string_lossy();
        let mut args = vec!["build", "--region", regions, "--out", &out];
        args.extend(selection);
        let o = run(&repo(), &args);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    // Two editions and their bilingual editions.
    let files = files_with_ext(alone.path(), "pdf");
    assert_eq!(files.len(), 4);
    for file in files {
        let rel = file.strip_prefix(alone.path()).unwrap();
        assert!(
            std::fs::read(&file).unwrap() == std::fs::read(together.path().join(rel)).unwrap(),
            "{} differs when built after the other regions",
            rel.display()
        );
    }
}

#[test]
fn a_failed_edition_leaves_the_previous_outputs_intact() {
    let project = copy_project();
    let out = project.path().join("output");
    let o = run(project.path(), &one_edition("en", "adult", &[]));
    assert!(o.status.success(), "{}", stderr(&o));
    let pdf = out.join("sample-destination/en/adult/rights-and-help.pdf");
    let html = out.join("sample-destination/en/adult/rights-and-help.html");
    let (pdf_before, html_before) = (std::fs::read(&pdf).unwrap(), std::fs::read(&html).unwrap());

    std::fs::copy(
        fixture("broken/typst-error.typ"),
        project.path().join("templates/typst/full.typ"),
    )
    .unwrap();
    let o = run(project.path(), &one_edition("en", "adult", &[]));
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("failed: sample-destination/en/adult/rights-and-help"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read(&pdf).unwrap(), pdf_before, "old PDF kept");
    assert_eq!(
        std::fs::read(&html).unwrap(),
        html_before,
        "old HTML kept, not half-replaced"
    );
    let leftovers: Vec<_> = walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary files left: {leftovers:?}"
    );
}

#[test]
fn a_missing_translation_falls_back_visibly_and_is_reported() {
    let project = copy_project();
    let ftl = project.path().join("locales/th/ui.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let kept: String = text
        .split_inclusive('\n')
        .filter(|l| !l.starts_with("ui-hours ="))
        .collect();
    assert_ne!(kept, text, "the fixture edit removed the message");
    std::fs::write(&ftl, kept).unwrap();
    let o = run(
        project.path(),
        &one_edition("th", "adult", &["--format", "html"]),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("message `ui-hours` is not translated into `th`; the `en` text is shown"),
        "{err}"
    );
    assert!(err.contains("1 warning(s)"), "{err}");
    let html = std::fs::read_to_string(
        project
            .path()
            .join("output/sample-destination/th/adult/rights-and-help.html"),
    )
    .unwrap();
    assert!(
        html.contains("<span lang=\"en\" dir=\"auto\">Open</span>"),
        "the English fallback is tagged as English"
    );
}

#[test]
fn an_unchanged_edition_is_not_rendered_again_and_one_message_rebuilds_only_its_editions() {
    let project = copy_project();
    let args = [
        "build",
        "--locale",
        "th",
        "--region",
        "sample-destination",
        "--format",
        "html",
    ];
    let o = run(project.path(), &args);
    assert!(
        stderr(&o).contains("12 edition(s), 13 file(s) written, 0 up to date"),
        "{}",
        stderr(&o)
    );
    let o = run(project.path(), &args);
    assert!(
        stderr(&o).contains("12 edition(s), 1 file(s) written, 12 up to date"),
        "{}",
        stderr(&o)
    );

    // This message is shown only on the help card for children aged 5 to 8.
    let ftl = project.path().join("locales/th/card.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    let changed: String = text
        .lines()
        .map(|l| {
            if l.starts_with("card-call-intro--child-5-8 =") {
                format!("{l} !\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    assert_ne!(changed, text);
    std::fs::write(&ftl, changed).unwrap();
    let o = run(project.path(), &args);
    assert!(
        stderr(&o).contains("12 edition(s), 2 file(s) written, 11 up to date"),
        "{}",
        stderr(&o)
    );
    let card = std::fs::read_to_string(
        project
            .path()
            .join("output/sample-destination/th/child-5-8/help-card.html"),
    )
    .unwrap();
    assert!(
        card.contains(" !</p>"),
        "the changed message is in the rebuilt edition"
    );

    let o = run(project.path(), &[&args[..], &["--force"]].concat());
    assert!(
        stderr(&o).contains("12 edition(s), 13 file(s) written, 0 up to date"),
        "{}",
        stderr(&o)
    );
}
