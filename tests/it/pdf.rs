//! Every PDF of the default build: opens, is tagged, carries its title and language, embeds its fonts.

use crate::support::*;

#[test]
fn every_pdf_opens_is_tagged_and_has_title_and_language() {
    let out = default_build();
    let pdfs = files_with_ext(out, "pdf");
    assert!(!pdfs.is_empty());
    // Cards' print sheets (`help-card-print.pdf`) are copies of the card, untagged on purpose
    // (README, "The pocket card"); tests/it/card.rs checks them.
    for pdf in pdfs.into_iter().filter(|p| !is_print_sheet(p)) {
        let path = pdf.to_string_lossy().into_owned();
        let locale = pdf
            .parent()
            .and_then(|p| p.parent())
            .and_then(|p| p.file_name())
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let info = tool("pdfinfo", &[&path]);
        assert!(
            info.contains("Tagged:          yes"),
            "{path} is not tagged:\n{info}"
        );
        let title = info
            .lines()
            .find_map(|l| l.strip_prefix("Title:"))
            .map(str::trim)
            .unwrap_or("");
        assert!(!title.is_empty(), "{path} has no title");
        let qdf = tempfile::NamedTempFile::new().unwrap();
        let qdf_path = qdf.path().to_string_lossy().into_owned();
        tool(
            "qpdf",
            &["--qdf", "--object-streams=disable", &path, &qdf_path],
        );
        let raw = String::from_utf8_lossy(&std::fs::read(qdf.path()).unwrap()).into_owned();
        let lang = locale.split('-').next().unwrap();
        assert!(
            raw.contains(&format!("/Lang ({lang}")),
            "{path}: catalog /Lang is not {lang}"
        );
        assert!(
            raw.contains("/DisplayDocTitle true"),
            "{path}: DisplayDocTitle"
        );
        assert!(raw.contains("pdfuaid:part"), "{path}: no PDF/UA identifier");
        let fonts = tool("pdffonts", &[&path]);
        for line in fonts.lines().skip(2) {
            let cols: Vec<&str> = line.split_whitespace().collect();
            let emb = cols.iter().rev().nth(4).copied().unwrap_or("");
            assert_eq!(emb, "yes", "{path}: font not embedded: {line}");
        }
    }
}

#[test]
fn pdf_text_is_in_the_locale_script() {
    let out = default_build();
    let script_of = |locale: &str| -> Option<(char, char)> {
        Some(match locale {
            "th" => ('\u{0E00}', '\u{0E7F}'),
            "lo" => ('\u{0E80}', '\u{0EFF}'),
            "km" => ('\u{1780}', '\u{17FF}'),
            "my" => ('\u{1000}', '\u{109F}'),
            "bn" => ('\u{0980}', '\u{09FF}'),
            "fa" | "fa-AF" => ('\u{0600}', '\u{06FF}'),
            "zh-Hans" => ('\u{4E00}', '\u{9FFF}'),
            _ => return None,
        })
    };
    let mut checked = 0;
    // Editions only (bilingual editions hold the staff language's text too; print sheets are
    // copies of the card).
    for pdf in files_with_ext(out, "pdf")
        .into_iter()
        .filter(|p| !is_print_sheet(p) && !p.to_string_lossy().contains(".bilingual."))
    {
        let locale = pdf
            .parent()
            .and_then(|p| p.parent())
            .and_then(|p| p.file_name())
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let Some((first, last)) = script_of(&locale) else {
            continue;
        };
        let in_script = |c: char| (first..=last).contains(&c);
        let text = tool("pdftotext", &[&pdf.to_string_lossy(), "-"]);
        let count = text.chars().filter(|&c| in_script(c)).count();
        assert!(
            count > 40,
            "{}: only {count} characters of the {locale} script",
            pdf.display()
        );
        checked += 1;
    }
    let (locales, tiers, regions, sheets) = default_matrix();
    let non_latin = locales.iter().filter(|l| script_of(l).is_some()).count();
    assert_eq!(
        checked,
        non_latin * tiers.len() * regions.len() * sheets.len(),
        "every edition in a non-Latin script was checked"
    );
}

#[test]
fn unreviewed_locales_and_sample_contacts_are_marked_in_the_pdf() {
    let out = default_build();
    let th = tool(
        "pdftotext",
        &[
            &out.join("sample-destination/th/adult/rights-and-help.pdf")
                .to_string_lossy(),
            "-",
        ],
    );
    assert!(
        th.contains("Draft translation — not yet reviewed."),
        "English draft mark on a Thai sheet"
    );
    assert!(
        th.contains("SAMPLE CONTACTS"),
        "English sample mark on a Thai sheet"
    );
    let en = tool(
        "pdftotext",
        &[
            &out.join("sample-destination/en/adult/rights-and-help.pdf")
                .to_string_lossy(),
            "-",
        ],
    );
    assert!(
        !en.contains("Draft translation"),
        "the reviewed reference locale has no draft mark"
    );
    assert!(en.contains("SAMPLE — not a real service"));
}

/// A card's print sheet (copies of the card to cut out), not an edition.
fn is_print_sheet(pdf: &std::path::Path) -> bool {
    pdf.to_string_lossy().ends_with("-print.pdf")
}
