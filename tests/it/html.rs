//! Every HTML file of the default build: language and direction, offline, escaped, marked.

use crate::support::*;

/// Values of `attr="…"` attributes in `html`.
fn attr_values(html: &str, attr: &str) -> Vec<String> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .filter_map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            rest.find('"')
                .map(|end| rest[..end].replace("&#x2f;", "/").replace("&amp;", "&"))
        })
        .collect()
}

#[test]
fn every_html_file_declares_language_and_direction() {
    let out = default_build();
    for file in files_with_ext(out, "html") {
        let html = std::fs::read_to_string(&file).unwrap();
        let root = html
            .lines()
            .find(|l| l.starts_with("<html"))
            .unwrap_or_else(|| panic!("{}: no <html>", file.display()));
        if file.ends_with("index.html") {
            assert!(root.contains("lang=\"en\""), "{root}");
            continue;
        }
        let locale = file
            .parent()
            .and_then(|p| p.parent())
            .and_then(|p| p.file_name())
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let dir = if locale == "fa" || locale == "fa-AF" {
            "rtl"
        } else {
            "ltr"
        };
        assert!(
            root.contains(&format!("lang=\"{locale}\" dir=\"{dir}\"")),
            "{}: {root}",
            file.display()
        );
        assert_eq!(html.matches("<h1").count(), 1, "{}: one h1", file.display());
    }
}

#[test]
fn html_loads_nothing_from_outside_the_file() {
    let out = default_build();
    let mut links = 0;
    for file in files_with_ext(out, "html") {
        let html = std::fs::read_to_string(&file).unwrap();
        let is_index = file.ends_with("index.html");
        for src in attr_values(&html, "src") {
            // The catalogue shows each sheet's page-1 thumbnail, a PNG beside the sheet.
            let thumbnail = is_index
                && src.ends_with(".png")
                && !src.contains(':')
                && !src.starts_with('/')
                && !src.contains("..");
            assert!(
                thumbnail || src.starts_with("data:image/svg+xml;base64,"),
                "{}: src {src}",
                file.display()
            );
        }
        for href in attr_values(&html, "href") {
            let ok = ["tel:", "mailto:", "https://"]
                .iter()
                .any(|p| href.starts_with(p))
                || (is_index
                    && !href.contains(':')
                    && !href.starts_with('/')
                    && !href.contains(".."));
            assert!(ok, "{}: href {href}", file.display());
            links += 1;
        }
        assert!(!html.contains("<script"), "{}: no script", file.display());
        assert!(
            html.contains("Content-Security-Policy"),
            "{}: CSP",
            file.display()
        );
        assert!(
            !html.contains("<link"),
            "{}: no external stylesheet",
            file.display()
        );
    }
    assert!(links > 0);
}

#[test]
fn phone_numbers_are_dialable_and_isolated_left_to_right() {
    let out = default_build();
    let html =
        std::fs::read_to_string(out.join("sample-destination/fa/adult/rights-and-help.html"))
            .unwrap();
    assert!(html.contains(
        "<a class=\"phone\" href=\"tel:+442079460100\"><bdi dir=\"ltr\">+44 20 7946 0100</bdi></a>"
    ));
    assert!(
        !html.contains('\u{2068}') && !html.contains('\u{2069}'),
        "no stray bidi isolation marks"
    );
}

#[test]
fn draft_and_sample_marks_are_visible_in_html() {
    let out = default_build();
    let th =
        std::fs::read_to_string(out.join("sample-destination/th/child-5-8/rights-and-help.html"))
            .unwrap();
    assert!(th.contains("class=\"mark mark-draft\""));
    assert!(
        th.contains("<span lang=\"en\" dir=\"auto\">Draft translation — not yet reviewed.</span>")
    );
    assert!(th.contains("class=\"mark mark-sample\""));
    let en = std::fs::read_to_string(out.join("sample-destination/en/adult/rights-and-help.html"))
        .unwrap();
    assert!(
        !en.contains("mark-draft"),
        "the reviewed reference locale carries no draft mark"
    );
}

#[test]
fn tiers_differ_in_wording_and_type_size() {
    let out = default_build();
    let young =
        std::fs::read_to_string(out.join("sample-destination/en/child-5-8/rights-and-help.html"))
            .unwrap();
    let adult =
        std::fs::read_to_string(out.join("sample-destination/en/adult/rights-and-help.html"))
            .unwrap();
    assert!(
        young.contains("html { font-size: 18.0pt; }")
            && adult.contains("html { font-size: 12.0pt; }")
    );
    assert!(young.contains("It is not your fault. You did nothing wrong."));
    assert!(adult.contains("What happened to you is not your fault. You have rights"));
    assert!(
        adult.contains("ASEAN Convention against Trafficking in Persons (ACTIP, 2015), art. <bdi dir=\"ltr\">14(7)</bdi>")
    );
    assert!(
        !young.contains("ACTIP"),
        "young children get no legal citations"
    );
}

#[test]
fn every_unreviewed_locale_carries_the_draft_mark_in_every_edition() {
    let out = default_build();
    let mut marked = 0;
    // Editions only: a bilingual edition carries its edition's marks, but not (yet) a mark for
    // a staff language that is itself a draft (see README).
    for file in files_with_ext(out, "html")
        .into_iter()
        .filter(|p| !p.ends_with("index.html") && !p.to_string_lossy().contains(".bilingual."))
    {
        let locale = file
            .parent()
            .and_then(|p| p.parent())
            .and_then(|p| p.file_name())
            .unwrap()
            .to_string_lossy()
            .into_owned();
        // Only the reference is reviewed: every translation is a machine draft that no one has
        // reviewed yet (locales/<tag>/review.toml records no reviewer).
        let review =
            std::fs::read_to_string(repo().join("locales").join(&locale).join("review.toml"))
                .unwrap_or_default();
        let reviewed = locale == "en";
        assert!(!review.contains("\nreviewed_by ="), "{locale}");
        let html = std::fs::read_to_string(&file).unwrap();
        assert_eq!(
            html.contains("class=\"mark mark-draft\""),
            !reviewed,
            "{}",
            file.display()
        );
        assert!(
            html.contains("class=\"mark mark-sample\""),
            "{}: sample contacts are marked",
            file.display()
        );
        marked += usize::from(!reviewed);
    }
    let (locales, tiers, regions, sheets) = default_matrix();
    let unreviewed = locales.iter().filter(|l| *l != "en").count();
    assert_eq!(
        marked,
        unreviewed * tiers.len() * regions.len() * sheets.len()
    );
}
