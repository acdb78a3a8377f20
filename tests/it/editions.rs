//! The editions beside each edition: bilingual (`<sheet>.bilingual.pdf`, `.html`).
//!
//! The bilingual edition must carry each block's text in the edition's language and in the staff
//! language, in that order, each tagged with its language: in HTML by `lang`/`dir`, in the PDF by
//! the `/Lang` of the marked content the text is in (read along the content streams, honouring
//! `/ActualText`, see tagged_text.rs). The texts expected are taken from two sheet models built
//! separately (the edition's and the same edition in the staff locale), not from the joined one.

use std::path::Path;
use std::sync::OnceLock;

use infosheet::model::{EditionId, Sheet};
use infosheet::project::Project;

use crate::support::*;

/// Locales of the bilingual build: left-to-right Latin, Thai, Burmese and right-to-left Persian.
const LOCALES: &str = "en,th,my,fa";

/// The bilingual build: every tier and region of LOCALES, both sheets, PDF and HTML.
fn bilingual_build() -> &'static Path {
    static BUILT: OnceLock<tempfile::TempDir> = OnceLock::new();
    BUILT
        .get_or_init(|| {
            let out = tempfile::tempdir().expect("temp dir");
            let o = run(
                &repo(),
                &[
                    "build",
                    "--locale",
                    LOCALES,
                    "--out",
                    &out.path().to_string_lossy(),
                ],
            );
            assert!(o.status.success(), "build failed:\n{}", stderr(&o));
            out
        })
        .path()
}

/// The texts of a sheet set as blocks (title, headings, paragraphs, panels, rights and kinds of
/// support), in reading order.
fn block_texts(sheet: &Sheet) -> Vec<&infosheet::localize::Text> {
    let mut out = vec![&sheet.title];
    out.extend(sheet.subtitle.as_ref());
    for s in &sheet.sections {
        out.push(&s.heading);
        out.extend(&s.paragraphs);
        out.extend(s.panels.iter().map(|p| &p.text));
        for r in &s.rights {
            out.extend([&r.title, &r.body]);
        }
        for k in &s.support {
            out.extend([&k.title, &k.body]);
        }
        out.extend(s.contacts_intro.as_ref());
    }
    out
}

/// The pairs (edition text, staff text) of `id`'s blocks that read differently, and the staff
/// locale's tag and direction.
fn pairs(project: &Project, id: &EditionId) -> (Vec<(String, String)>, String, String) {
    let (region, _) = &project.content.regions[&id.region];
    let staff = infosheet::bilingual::staff_locale(project, region);
    let staff_id = EditionId {
        locale: staff.tag.clone(),
        ..id.clone()
    };
    let (edition, _) = infosheet::build::sheet_model(project, id).expect("edition model");
    let (in_staff, _) = infosheet::build::sheet_model(project, &staff_id).expect("staff model");
    let (a, b) = (block_texts(&edition), block_texts(&in_staff));
    assert_eq!(a.len(), b.len(), "{id}: both models have the same blocks");
    let pairs = a
        .iter()
        .zip(&b)
        .filter(|(x, y)| x.text.trim() != y.text.trim())
        .map(|(x, y)| (x.text.clone(), y.text.clone()))
        .collect();
    let dir = if staff.meta.direction == infosheet::locales::Direction::Rtl {
        "rtl"
    } else {
        "ltr"
    };
    (pairs, staff.tag.clone(), dir.to_string())
}

/// The editions of the build that have a bilingual edition, with its HTML and PDF paths.
fn bilingual_editions(out: &Path) -> Vec<(EditionId, std::path::PathBuf, std::path::PathBuf)> {
    edition_pdfs(out, &LOCALES.split(',').collect::<Vec<_>>())
        .into_iter()
        .filter_map(|(id, _)| {
            let pdf = out.join(infosheet::build::bilingual_path(
                &id,
                infosheet::config::Format::Pdf,
            ));
            let html = out.join(infosheet::build::bilingual_path(
                &id,
                infosheet::config::Format::Html,
            ));
            pdf.is_file().then_some((id, html, pdf))
        })
        .collect()
}

/// The share of the words of right-to-left `text` found in `tagged`. The PDF holds each line
/// of Persian in visual order (under `/ReversedChars`, which the reader here does not undo) and
/// every reader shifts a letter at a zero-width non-joiner and maps the lam-alef ligature
/// backwards (see stack facts), so each word is looked for without ZWNJ, lam and alef, as
/// written or reversed.
fn rtl_words_found(text: &str, tagged: &str) -> f64 {
    let strip = |s: &str| -> String {
        s.chars()
            .filter(|&c| !matches!(c, '\u{200C}' | 'ل' | 'ا'))
            .collect()
    };
    let tagged = strip(tagged);
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| strip(w.trim_matches(|c: char| c.is_ascii_punctuation() || "،؛؟.".contains(c))))
        .filter(|w| w.chars().count() > 1)
        .collect();
    let found = words
        .iter()
        .filter(|w| {
            tagged.contains(w.as_str()) || tagged.contains(&w.chars().rev().collect::<String>())
        })
        .count();
    found as f64 / words.len().max(1) as f64
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
        .replace('/', "&#x2f;")
}

#[test]
fn bilingual_editions_exist_for_every_tier_except_in_the_staff_language_and_on_the_card() {
    let out = bilingual_build();
    let project = Project::load(&repo()).expect("the default project loads");
    let mut expected = 0;
    for (id, pdf) in edition_pdfs(out, &LOCALES.split(',').collect::<Vec<_>>()) {
        let (region, _) = &project.content.regions[&id.region];
        let staff = infosheet::bilingual::staff_locale(&project, region);
        let wanted = id.sheet != "help-card" && staff.tag != id.locale;
        for format in [
            infosheet::config::Format::Pdf,
            infosheet::config::Format::Html,
        ] {
            let path = out.join(infosheet::build::bilingual_path(&id, format));
            assert_eq!(
                path.is_file(),
                wanted,
                "{id}: bilingual {format:?} (staff language {})",
                staff.tag
            );
        }
        assert!(pdf.is_file());
        expected += usize::from(wanted);
    }
    // Four locales, four tiers, three regions, and every sheet but the card (the rights sheet
    // and the read-aloud script); the sample destination's staff read Thai, the two other
    // regions' English.
    let (_, _, _, sheets) = default_matrix();
    assert_eq!(expected, (4 - 1) * 4 * 3 * (sheets.len() - 1));
    assert_eq!(bilingual_editions(out).len(), expected);
}

#[test]
fn bilingual_html_carries_each_block_in_both_languages_tagged_and_in_order() {
    let out = bilingual_build();
    let project = Project::load(&repo()).expect("the default project loads");
    let mut failures = Vec::new();
    let mut checked = 0;
    for (id, html, _) in bilingual_editions(out) {
        let page = std::fs::read_to_string(&html).expect("bilingual HTML");
        let (pairs, staff, dir) = pairs(&project, &id);
        assert!(pairs.len() > 5, "{id}: blocks to compare");
        assert!(
            page.contains(&format!("<html lang=\"{}\"", id.locale)),
            "{id}: the page's language is the edition's"
        );
        let mut from = 0;
        for (own, second) in &pairs {
            checked += 1;
            let tagged = format!("lang=\"{staff}\" dir=\"{dir}\">{}<", escape(second.trim()));
            let Some(at_own) = page[from..].find(&escape(own.trim())).map(|i| i + from) else {
                failures.push(format!("{id}: edition text missing or out of order: {own}"));
                continue;
            };
            match page[at_own..].find(&tagged) {
                Some(i) => from = at_own + i,
                None => failures.push(format!("{id}: no `{tagged}` after the edition's `{own}`")),
            }
        }
    }
    eprintln!("bilingual HTML: {checked} blocks checked");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The plain editions show nothing of it.
    for (id, _) in edition_pdfs(out, &["fa"]) {
        let plain = out.join(infosheet::build::edition_path(
            &id,
            infosheet::config::Format::Html,
        ));
        let page = std::fs::read_to_string(&plain).unwrap();
        assert!(!page.contains("class=\"second"), "{id}: plain edition");
    }
}

#[test]
fn a_reviewed_edition_with_draft_staff_text_carries_the_draft_mark_on_every_page() {
    let out = bilingual_build();
    let project = Project::load(&repo()).expect("the default project loads");
    let mut checked = 0;
    for (id, html, pdf) in bilingual_editions(out) {
        let region = &project.content.regions[&id.region].0;
        let staff = infosheet::bilingual::staff_locale(&project, region);
        // Every translation of the default project is a machine draft.
        if id.locale != project.reference().tag || staff.tag == project.reference().tag {
            continue;
        }
        checked += 1;
        let page = std::fs::read_to_string(&html).unwrap();
        assert!(page.contains("mark-draft"), "{id}: the HTML's draft mark");
        let plain = out.join(infosheet::build::edition_path(
            &id,
            infosheet::config::Format::Html,
        ));
        let plain = std::fs::read_to_string(plain).unwrap();
        assert!(
            !plain.contains("mark-draft"),
            "{id}: the English edition is reviewed"
        );
        let plain_pdf = out.join(infosheet::build::edition_path(
            &id,
            infosheet::config::Format::Pdf,
        ));
        let plain_text = tool("pdftotext", &[&plain_pdf.to_string_lossy(), "-"]);
        assert!(
            !plain_text.contains("Draft"),
            "{id}: no draft mark on the plain edition"
        );
        let text = tool("pdftotext", &[&pdf.to_string_lossy(), "-"]);
        let pages: Vec<&str> = text
            .split('\u{c}')
            .filter(|p| !p.trim().is_empty())
            .collect();
        for (n, p) in pages.iter().enumerate() {
            assert!(
                p.contains("Draft"),
                "{id}: page {} has no draft mark",
                n + 1
            );
        }
    }
    assert!(
        checked > 0,
        "an English edition whose staff language is a draft"
    );
}

#[test]
fn bilingual_pdf_carries_each_block_in_both_languages_under_its_own_lang() {
    let out = bilingual_build();
    let project = Project::load(&repo()).expect("the default project loads");
    let mut failures = Vec::new();
    let mut checked = 0;
    for (id, _, pdf) in bilingual_editions(out) {
        let by_lang = crate::tagged_text::text_by_language(&pdf);
        let (mut pairs, staff, _) = pairs(&project, &id);
        let (sheet, _) = infosheet::build::sheet_model(&project, &id).expect("model");
        if sheet.template == "young" {
            // The youngest tier's layout shows no subtitle, in any edition.
            pairs.retain(|(own, _)| sheet.subtitle.as_ref().is_none_or(|s| &s.text != own));
        }
        // Text in the edition's language is marked with it, or with none (the document's).
        let own_text = squeeze(&format!(
            "{}{}",
            by_lang.get("").map_or("", String::as_str),
            by_lang.get(&id.locale).map_or("", String::as_str)
        ));
        let staff_text = squeeze(by_lang.get(&staff).map_or("", String::as_str));
        let rtl = id.locale == "fa";
        for (own, second) in &pairs {
            checked += 1;
            let found = if rtl {
                rtl_words_found(own, &own_text) >= 0.9
            } else {
                own_text.contains(&squeeze(own))
            };
            if !found {
                failures.push(format!("{id}: `{own}` is not tagged as the edition's text"));
            }
            if !staff_text.contains(&squeeze(second)) {
                failures.push(format!(
                    "{id}: `{second}` is not in marked content with /Lang ({staff})"
                ));
            }
        }
    }
    eprintln!("bilingual PDF: {checked} blocks checked");
    assert!(checked > 500, "{checked} blocks");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn no_bilingual_writes_none() {
    let out = tempfile::tempdir().expect("temp dir");
    let o = run(
        &repo(),
        &one_edition(
            "en",
            "adult",
            &["--no-bilingual", "--out", &out.path().to_string_lossy()],
        ),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let files: Vec<_> = files_with_ext(out.path(), "pdf");
    assert_eq!(files.len(), 1, "{files:?}");
    let o = run(
        &repo(),
        &one_edition("en", "adult", &["--out", &out.path().to_string_lossy()]),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(files_with_ext(out.path(), "pdf").len(), 2);
}

/// The discreet build: every locale, tier, region and sheet, PDF and HTML.
fn discreet_build() -> &'static Path {
    static BUILT: OnceLock<tempfile::TempDir> = OnceLock::new();
    BUILT
        .get_or_init(|| {
            let out = tempfile::tempdir().expect("temp dir");
            let o = run(
                &repo(),
                &[
                    "build",
                    "--discreet",
                    "--out",
                    &out.path().to_string_lossy(),
                ],
            );
            assert!(o.status.success(), "build failed:\n{}", stderr(&o));
            out
        })
        .path()
}

/// Each locale's own list of words a discreet edition must not show (never the reference's in
/// its place), with the reference's added: page 1's marks repeat their notice in it.
fn discreet_words(project: &Project) -> std::collections::BTreeMap<String, Vec<String>> {
    let reference = project.reference();
    let tier = &project.config.file.tiers[0];
    let own = |locale| {
        let l10n = infosheet::localize::Localizer::new(locale, reference, tier);
        let words = infosheet::discreet::words(&l10n);
        assert!(
            l10n.take_fallbacks().is_empty(),
            "{}: has its own discreet-words",
            locale.tag
        );
        assert!(words.len() >= 4, "{}: {words:?}", locale.tag);
        words
    };
    let english = own(reference);
    project
        .locales
        .iter()
        .map(|l| {
            let mut words = own(l);
            words.extend(english.iter().cloned());
            (l.tag.clone(), words)
        })
        .collect()
}

/// The listed words `text` shows, compared without regard to case.
fn listed_in(text: &str, words: &[String]) -> Vec<String> {
    let text = text.to_lowercase();
    words
        .iter()
        .filter(|w| text.contains(w.as_str()))
        .cloned()
        .collect()
}

#[test]
fn discreet_editions_name_nothing_in_file_name_titles_metadata_or_first_page() {
    let out = discreet_build();
    let project = Project::load(&repo()).expect("the default project loads");
    let words = discreet_words(&project);
    let mut failures = Vec::new();
    let (locales, tiers, regions, sheets) = default_matrix();
    // Material for staff (the read-aloud script) is left out of a discreet build altogether.
    let staff_only = |s: &String| {
        project
            .content
            .sheets
            .get(s)
            .is_some_and(|(f, _)| f.staff_only)
    };
    let (left_out, sheets): (Vec<String>, Vec<String>) = sheets.into_iter().partition(staff_only);
    assert!(
        !left_out.is_empty(),
        "the read-aloud script is staff material"
    );
    for sheet in &left_out {
        let written = files_with_ext(out, "pdf")
            .into_iter()
            .chain(files_with_ext(out, "html"))
            .filter(|p| p.to_string_lossy().contains(sheet.as_str()))
            .count();
        assert_eq!(written, 0, "a discreet build writes no `{sheet}`");
    }
    let mut checked = 0;
    let (regions_ref, sheets_ref) = (&regions, &sheets);
    for locale in &locales {
        let listed = &words[locale];
        for (tier, region, sheet) in tiers.iter().flat_map(|t| {
            regions_ref
                .iter()
                .flat_map(move |r| sheets_ref.iter().map(move |s| (t, r, s)))
        }) {
            let id = EditionId {
                sheet: sheet.clone(),
                region: region.clone(),
                locale: locale.clone(),
                tier: tier.clone(),
            };
            let pdf_rel =
                infosheet::build::discreet_path(&project, &id, infosheet::config::Format::Pdf);
            let html_rel =
                infosheet::build::discreet_path(&project, &id, infosheet::config::Format::Html);
            let mut check = |what: &str, text: &str| {
                let found = listed_in(text, listed);
                if !found.is_empty() {
                    failures.push(format!("{id}: {what} shows {found:?}"));
                }
            };
            check("file name", &pdf_rel.to_string_lossy());
            check("file name", &html_rel.to_string_lossy());
            let (pdf, html) = (out.join(&pdf_rel), out.join(&html_rel));
            assert!(pdf.is_file() && html.is_file(), "{id}: {pdf_rel:?}");
            let normal = out.join(infosheet::build::edition_path(
                &id,
                infosheet::config::Format::Pdf,
            ));
            assert!(
                normal == pdf || !normal.exists(),
                "{id}: a discreet build writes no other edition"
            );
            let p = pdf.to_string_lossy();
            let info = tool("pdfinfo", &[&p]);
            let title = info
                .lines()
                .find_map(|l| l.strip_prefix("Title:"))
                .map(str::trim)
                .unwrap_or("");
            assert!(!title.is_empty(), "{id}: the PDF has a title (PDF/UA-1)");
            check("PDF title", title);
            check("PDF metadata", &info);
            check("XMP metadata", &tool("pdfinfo", &["-meta", &p]));
            check("page 1", &tool("pdftotext", &["-l", "1", &p, "-"]));
            let page = std::fs::read_to_string(&html).unwrap();
            let head = page.split("</header>").next().unwrap_or("");
            let html_title = head
                .split("<title>")
                .nth(1)
                .and_then(|t| t.split("</title>").next())
                .unwrap_or("");
            assert!(!html_title.trim().is_empty(), "{id}: HTML title");
            check("HTML title", html_title);
            check("HTML header", head.split("<body").nth(1).unwrap_or(""));
            checked += 1;
        }
    }
    let catalogue = std::fs::read_to_string(out.join("index.html")).unwrap();
    for (tag, listed) in &words {
        let found = listed_in(&catalogue, listed);
        if !found.is_empty() {
            failures.push(format!("index.html shows {found:?} ({tag}'s list)"));
        }
    }
    assert_eq!(
        checked,
        locales.len() * tiers.len() * regions.len() * sheets.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_words_are_found_on_the_editions_that_are_not_discreet() {
    // The same checks on ordinary editions find the words: the lists and checks can fail.
    let out = bilingual_build();
    let project = Project::load(&repo()).expect("the default project loads");
    let words = discreet_words(&project);
    for (id, pdf) in edition_pdfs(out, &LOCALES.split(',').collect::<Vec<_>>()) {
        if id.sheet != "rights-and-help" || id.tier != "adult" {
            continue;
        }
        let p = pdf.to_string_lossy();
        let page1 = tool("pdftotext", &["-l", "1", &p, "-"]);
        assert!(
            !listed_in(&page1, &words[&id.locale]).is_empty(),
            "{id}: page 1 of the ordinary edition names what the help is for"
        );
    }
}

#[test]
fn a_discreet_region_is_built_discreet_in_every_build() {
    let project = copy_project();
    let region = project.path().join("content/regions/sample-origin.toml");
    let text = std::fs::read_to_string(&region).unwrap();
    std::fs::write(
        &region,
        text.replacen("\nname = ", "\ndiscreet = true\nname = ", 1),
    )
    .unwrap();
    let o = run(
        project.path(),
        &["build", "--locale", "en,fa", "--tier", "adult"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = project.path().join("output");
    assert!(out.join("sample-origin/fa/adult/information.pdf").is_file());
    assert!(
        !out.join("sample-origin/fa/adult/rights-and-help.pdf")
            .exists()
    );
    assert!(
        !out.join("sample-origin/fa/adult/rights-and-help.bilingual.pdf")
            .exists()
    );
    assert!(
        out.join("sample-border/fa/adult/rights-and-help.pdf")
            .is_file()
    );
    assert!(
        out.join("sample-border/fa/adult/rights-and-help.bilingual.pdf")
            .is_file()
    );
    let catalogue = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(catalogue.contains("<title>Information sheets</title>"));
    assert!(catalogue.contains("href=\"sample-origin&#x2f;fa&#x2f;adult&#x2f;information.pdf\""));
    assert!(!catalogue.contains("sample-origin&#x2f;fa&#x2f;adult&#x2f;rights-and-help"));
}
