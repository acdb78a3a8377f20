//! Leaflets that work in the hand, measured over every edition of the default matrix: whom to
//! call is on page 1 and on every page, the marks are on every page, no heading is stranded at a
//! page foot and no last page is nearly empty.

use std::path::Path;

use infosheet::build::edition_path;
use infosheet::config::Format;

use crate::layout::{Laid, all_editions};
use crate::support::*;

/// The call band's ground in templates/typst/lib.typ.
const CALL_TINT: &str = "#fff1c2";

/// Pages of a PDF, as poppler reads them (it honours the tagged text of every cluster).
fn page_texts(pdf: &Path) -> Vec<String> {
    let info = tool("pdfinfo", &[&pdf.to_string_lossy()]);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives a page count");
    (1..=pages)
        .map(|p| {
            let p = p.to_string();
            tool(
                "pdftotext",
                &["-f", &p, "-l", &p, &pdf.to_string_lossy(), "-"],
            )
        })
        .collect()
}

/// Text as compared for the marks: without white space, bidi controls, ZWNJ and the separators
/// a right-to-left line moves about, and with Arabic lam-alef in the order poppler writes it
/// (it maps the ligature backwards; stack-facts.md).
fn normalized(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(c, '\u{200c}' | '\u{200e}' | '\u{200f}' | '/' | '·')
                && !('\u{202a}'..='\u{202e}').contains(c)
                && !('\u{2066}'..='\u{2069}').contains(c)
        })
        .collect::<String>()
        .replace("لا", "ال")
}

/// Editions of the default matrix: locales x tiers x regions x sheets (3 sheets: 432).
fn matrix_size() -> usize {
    let (locales, tiers, regions, sheets) = default_matrix();
    locales.len() * tiers.len() * regions.len() * sheets.len()
}

fn pdf_of(laid: &Laid) -> std::path::PathBuf {
    default_build().join(edition_path(&laid.id, Format::Pdf))
}

#[test]
fn every_edition_shows_the_number_to_call_on_page_one_and_on_every_page() {
    let editions = all_editions();
    let mut with_number = 0;
    let mut missing = Vec::new();
    for laid in editions {
        let main = laid
            .model
            .main_number
            .as_ref()
            .unwrap_or_else(|| panic!("{}: the region marks no primary contact", laid.id));
        let number = squeeze(&main.phone.display);
        let pages = page_texts(&pdf_of(laid));
        let lacking: Vec<usize> = pages
            .iter()
            .enumerate()
            .filter(|(_, text)| !squeeze(text).contains(&number))
            .map(|(i, _)| i + 1)
            .collect();
        if lacking.is_empty() {
            with_number += 1;
        } else {
            missing.push(format!("{}: pages {lacking:?}", laid.id));
        }
    }
    eprintln!(
        "editions with the number to call on page 1 and every page: {with_number} of {}",
        editions.len()
    );
    assert_eq!(editions.len(), matrix_size(), "the whole default matrix");
    assert_eq!(
        editions.len(),
        468,
        "13 locales x 4 tiers x 3 regions x 3 sheets"
    );
    assert!(
        missing.is_empty(),
        "without the number:\n{}",
        missing.join("\n")
    );
}

#[test]
fn page_one_shows_the_number_to_call_in_large_type() {
    let mut small = Vec::new();
    for laid in all_editions() {
        let main = laid.model.main_number.as_ref().expect("a main number");
        // The pocket card's text is fitted to the card (under the tier's body size where it
        // must be, tests/it/card.rs): its number must be large beside the card's own text, the
        // size most of page 1's characters are set in.
        let body = if is_card(laid) {
            card_text_size(&laid.pages[0])
        } else {
            laid.model.tier.min_body_pt
        };
        let largest = laid.pages[0]
            .joined_runs()
            .iter()
            .filter(|r| squeeze(&r.text).contains(&squeeze(&main.phone.display)))
            .map(|r| r.size)
            .fold(0.0, f64::max);
        if largest < 1.4 * body {
            small.push(format!("{}: {largest:.1} pt (body {body:.1} pt)", laid.id));
        }
        // The rights sheets and the read-aloud script open with the call band: on page 1,
        // above every section heading (the card's first section lists the numbers itself).
        if laid.id.sheet != "help-card" {
            // The call band is the frame filled with the call tint (lib.typ's `call-band`).
            let band = laid.pages[0]
                .shapes
                .iter()
                .find(|s| s.fill.as_deref() == Some(CALL_TINT))
                .unwrap_or_else(|| panic!("{}: no call band on page 1", laid.id));
            // The band's own heading is a level-2 heading too (lib.typ): sections are the
            // others.
            let first_section = laid.pages[0]
                .headings
                .iter()
                .filter(|h| h.level == 2 && !(h.top >= band.top && h.bottom <= band.bottom))
                .map(|h| h.top)
                .fold(f64::INFINITY, f64::min);
            assert!(
                band.bottom < first_section,
                "{}: the call band comes before the first section",
                laid.id
            );
        }
    }
    assert!(
        small.is_empty(),
        "page 1's number is not large:\n{}",
        small.join("\n")
    );
}

/// Whether an edition is the pocket card (ID-1 faces, tests/it/card.rs).
fn is_card(laid: &Laid) -> bool {
    laid.model.template == "card"
}

/// The size (pt) most characters of a page are set in.
fn card_text_size(page: &crate::layout::Page) -> f64 {
    let mut by_size: Vec<(f64, usize)> = Vec::new();
    for r in &page.runs {
        let n = r.text.chars().count();
        match by_size.iter_mut().find(|(s, _)| (s - r.size).abs() < 0.01) {
            Some((_, count)) => *count += n,
            None => by_size.push((r.size, n)),
        }
    }
    by_size
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .map_or(0.0, |(s, _)| s)
}

#[test]
fn marks_are_on_every_page_in_the_sheets_language_and_english() {
    let mut checked = 0;
    let mut missing = Vec::new();
    for laid in all_editions() {
        assert!(
            !laid.model.marks.is_empty(),
            "{}: every default region is a sample region, so every edition is marked",
            laid.id
        );
        let pages = page_texts(&pdf_of(laid));
        for (i, text) in pages.iter().enumerate() {
            let text = normalized(text);
            for m in &laid.model.marks {
                let mut wanted = vec![&m.short];
                wanted.extend(m.short_reference.as_ref());
                for w in wanted {
                    if !text.contains(&normalized(&w.text)) {
                        missing.push(format!("{} page {}: {:?}", laid.id, i + 1, w.text));
                    }
                }
            }
            checked += 1;
        }
    }
    eprintln!("pages checked for marks: {checked}");
    assert!(missing.is_empty(), "marks missing:\n{}", missing.join("\n"));
}

/// The share of the card's front the marks box may take.
const CARD_MARKS_MAX: f64 = 1.0 / 3.0;

#[test]
fn the_page_one_marks_box_takes_at_most_15_percent_of_the_page() {
    let (mut largest, mut largest_card): (f64, f64) = (0.0, 0.0);
    let mut over = Vec::new();
    for laid in all_editions() {
        let page = &laid.pages[0];
        // The marks box is the page's one frame filled white (lib.typ's `marks`).
        let share = page
            .shapes
            .iter()
            .filter(|s| s.fill.as_deref() == Some("#ffffff"))
            .map(|s| (s.bottom - s.top) / page.height)
            .fold(0.0, f64::max);
        assert!(share > 0.0, "{}: no marks box on page 1", laid.id);
        // On the pocket card's front (54 mm tall) the notices in two languages take a larger
        // share: at most a third of it, beside the numbers in the largest type.
        let limit = if is_card(laid) { CARD_MARKS_MAX } else { 0.15 };
        if is_card(laid) {
            largest_card = largest_card.max(share);
        } else {
            largest = largest.max(share);
        }
        if share > limit {
            over.push(format!("{}: {:.1} %", laid.id, share * 100.0));
        }
    }
    eprintln!(
        "largest page-1 marks box: {:.1} % of the page ({:.1} % of a card's front)",
        largest * 100.0,
        largest_card * 100.0
    );
    assert!(
        over.is_empty(),
        "marks boxes over 15 %:\n{}",
        over.join("\n")
    );
}

#[test]
fn no_heading_is_stranded_at_a_page_foot() {
    let mut stranded = Vec::new();
    let mut headings = 0;
    for laid in all_editions() {
        // A pocket card's two faces are fitted each on its own (card-faces.typ): nothing runs
        // on from the front to the back, so a contact's heading near the foot of the front
        // ends with its contact there; its headings are counted, not held to the page rule.
        let card = is_card(laid);
        for (p, page) in laid.pages.iter().enumerate() {
            let last_page = p + 1 == laid.pages.len();
            for h in &page.headings {
                headings += 1;
                if card {
                    continue;
                }
                if h.top < 0.7 * page.height || last_page {
                    continue;
                }
                let after = page.lines_below(h.bottom);
                // The section goes on over the page (the next page does not open a new one).
                let next = &laid.pages[p + 1];
                let next_top = next.runs.first().map_or(f64::INFINITY, |r| r.baseline);
                let next_opens_section = next
                    .headings
                    .iter()
                    .any(|n| n.level <= h.level && n.bottom <= next_top + 1.0);
                if after <= 2 && !next_opens_section {
                    stranded.push(format!(
                        "{} page {}: {:?} at {:.0} % with {after} line(s) after it",
                        laid.id,
                        p + 1,
                        h.text,
                        h.top / page.height * 100.0
                    ));
                }
            }
        }
    }
    eprintln!(
        "headings: {headings}, stranded at a page foot: {}",
        stranded.len()
    );
    assert!(
        headings > matrix_size() * 3,
        "headings are found in the frames"
    );
    assert!(stranded.is_empty(), "stranded:\n{}", stranded.join("\n"));
}

#[test]
fn no_last_page_is_under_30_percent_full() {
    let mut thin = Vec::new();
    for laid in all_editions() {
        if laid.pages.len() < 2 {
            continue;
        }
        let page = laid.pages.last().expect("a page");
        let top = laid.pages[0]
            .runs
            .iter()
            .map(|r| r.baseline - r.size)
            .fold(f64::INFINITY, f64::min);
        let fill = (page.content_bottom() - top) / page.body_height();
        if fill < 0.3 {
            thin.push(format!(
                "{}: last page (of {}) {:.0} % full",
                laid.id,
                laid.pages.len(),
                fill * 100.0
            ));
        }
    }
    eprintln!("last pages under 30 % full: {}", thin.len());
    assert!(thin.is_empty(), "{}", thin.join("\n"));
}

/// WCAG 2 relative luminance of `#rrggbb`.
fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).expect("hex")) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn the_call_band_keeps_aaa_contrast_and_the_test_knows_its_colour() {
    let typst = std::fs::read_to_string(repo().join("templates/typst/lib.typ")).unwrap();
    let html = std::fs::read_to_string(repo().join("templates/html/base.html")).unwrap();
    assert!(typst.contains(&format!("#let call-tint = rgb(\"{CALL_TINT}\")")));
    assert!(html.contains(&format!("--call-tint: {CALL_TINT};")));
    // Text on the band is ink; the numbers are links, in the accent colour.
    for fg in ["#111111", "#0b3d91"] {
        let ratio = contrast(fg, CALL_TINT);
        assert!(ratio >= 7.0, "{fg} on {CALL_TINT}: {ratio:.2}:1");
    }
}

#[test]
fn every_html_edition_opens_with_the_call_band_and_ends_with_the_number() {
    let out = default_build();
    let mut checked = 0;
    for laid in all_editions() {
        let main = laid.model.main_number.as_ref().expect("a main number");
        let path = out.join(edition_path(&laid.id, Format::Html));
        let html = std::fs::read_to_string(&path).expect("html");
        let link = format!("href=\"{}\"", main.phone.tel);
        let band = html.find("<section class=\"call\"");
        let main_start = html.find("<main>").expect("main");
        let footer = html.find("<footer>").expect("footer");
        if laid.id.sheet != "help-card" {
            let band = band.unwrap_or_else(|| panic!("{}: no call band", laid.id));
            assert!(
                band < main_start,
                "{}: the call band is in the header",
                laid.id
            );
            assert!(
                html[band..main_start].contains(&link),
                "{}: band number",
                laid.id
            );
        }
        assert!(
            html[footer..].contains(&link),
            "{}: the footer carries the number",
            laid.id
        );
        checked += 1;
    }
    assert_eq!(checked, matrix_size());
}

#[test]
fn a_pictogram_means_one_thing_on_a_sheet_and_choice_is_not_a_stop_sign() {
    use std::collections::BTreeMap;
    let mut reused = Vec::new();
    for laid in all_editions() {
        // Pictogram id -> the items it is drawn beside (each item is one meaning).
        let mut uses: BTreeMap<&str, std::collections::BTreeSet<String>> = BTreeMap::new();
        for s in &laid.model.sections {
            for r in &s.rights {
                if let Some(p) = &r.pictogram {
                    uses.entry(&p.id)
                        .or_default()
                        .insert(format!("right {}", r.id));
                }
                if r.id == "free-choice" {
                    assert_ne!(
                        r.pictogram.as_ref().map(|p| p.id.as_str()),
                        Some("hand-stop"),
                        "{}: the choice is the reader's, not a stop sign",
                        laid.id
                    );
                }
            }
            for k in &s.support {
                if let Some(p) = &k.pictogram {
                    uses.entry(&p.id)
                        .or_default()
                        .insert(format!("support {:?}", k.kind));
                }
            }
        }
        // The telephone always means "call this number".
        let phone = laid
            .model
            .phone_pictogram
            .as_ref()
            .expect("a phone pictogram");
        if let Some(items) = uses.get(phone.id.as_str()) {
            reused.push(format!(
                "{}: the phone is also drawn for {items:?}",
                laid.id
            ));
        }
        for (id, items) in uses {
            if items.len() > 1 {
                reused.push(format!("{}: `{id}` drawn for {items:?}", laid.id));
            }
        }
    }
    assert!(reused.is_empty(), "{}", reused.join("\n"));
}

/// Phone numbers as the sheets print them (+44 and groups of digits).
fn phone_numbers(text: &str) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '+' {
            let mut j = i + 1;
            let mut digits = String::new();
            while j < chars.len() && (chars[j].is_ascii_digit() || chars[j] == ' ') {
                if chars[j].is_ascii_digit() {
                    digits.push(chars[j]);
                }
                j += 1;
            }
            if digits.len() >= 8 {
                out.insert(digits);
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// Pages of the youngest tier's sheet at most (issue 11): its panels, one idea each, flow in two
/// columns (templates/typst/young.typ) and still carry every guidance point of the content review
/// (tests/fixtures/guidance.toml: 25 panels).
const YOUNGEST_MAX_PAGES: usize = 3;

#[test]
fn the_youngest_get_few_pages_two_numbers_no_legal_words_and_an_adult_reads_along() {
    let legal = [
        "prison", "jail", "court", "law", "laws", "lawyer", "legal", "judge",
    ];
    let mut checked = 0;
    for laid in all_editions() {
        if laid.id.tier != "child-5-8" || laid.id.sheet != "rights-and-help" {
            continue;
        }
        assert!(
            laid.pages.len() <= YOUNGEST_MAX_PAGES,
            "{}: {} A4 pages, more than {YOUNGEST_MAX_PAGES}",
            laid.id,
            laid.pages.len()
        );
        let pages = page_texts(&pdf_of(laid));
        let all = pages.join("\n");
        let numbers = phone_numbers(&all);
        assert!(
            !numbers.is_empty() && numbers.len() <= 2,
            "{}: phone numbers {numbers:?}",
            laid.id
        );
        if laid.id.locale == "en" {
            let lower = all.to_lowercase();
            for word in lower.split(|c: char| !c.is_alphanumeric()) {
                assert!(!legal.contains(&word), "{}: legal word `{word}`", laid.id);
            }
        }
        let note = laid
            .model
            .footer_note
            .as_ref()
            .unwrap_or_else(|| panic!("{}: no 'an adult reads this with you' line", laid.id));
        for (i, text) in pages.iter().enumerate() {
            assert!(
                normalized(text).contains(&normalized(&note.text)),
                "{} page {}: the note {:?}",
                laid.id,
                i + 1,
                note.text
            );
        }
        checked += 1;
    }
    assert_eq!(checked, 39);
}

#[test]
fn the_legal_word_test_sees_the_older_sheets_legal_words() {
    // The same reading of an adult sheet finds "law": the test above can fail.
    let laid = all_editions()
        .iter()
        .find(|l| l.id.locale == "en" && l.id.tier == "adult" && l.id.sheet == "rights-and-help")
        .expect("the English adult sheet");
    let text = page_texts(&pdf_of(laid)).join("\n").to_lowercase();
    assert!(
        text.split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "law")
    );
    assert!(
        phone_numbers(&text).len() > 2,
        "the adult sheet lists every contact"
    );
}

/// The `font-size` of `selector { font-size: N em; }` in a page's style, in em of the body text.
fn em_size(html: &str, selector: &str) -> f64 {
    let at = html
        .find(&format!("{selector} {{ font-size: "))
        .unwrap_or_else(|| panic!("no font-size for {selector}"));
    let rest = &html[at + selector.len() + 14..];
    let end = rest.find("em").expect("an em size");
    rest[..end].parse().expect("a number")
}

#[test]
fn html_headings_descend_numbers_never_wrap_addresses_break_at_separators_and_print_on_the_paper() {
    let out = default_build();
    let project = std::fs::read_to_string(repo().join("infosheet.toml")).unwrap();
    let paper = project
        .lines()
        .find_map(|l| l.strip_prefix("paper = "))
        .expect("paper")
        .trim_matches('"')
        .to_string();
    let mut breaks = 0;
    for laid in all_editions() {
        let html =
            std::fs::read_to_string(out.join(edition_path(&laid.id, Format::Html))).expect("html");
        let (h1, h2, h3) = (
            em_size(&html, "h1"),
            em_size(&html, "h2"),
            em_size(&html, "h3"),
        );
        assert!(
            h1 > h2 && h2 > h3 && h3 >= 1.0,
            "{}: {h1} {h2} {h3}",
            laid.id
        );
        assert!(html.contains("a.phone, a.phone bdi { white-space: nowrap; }"));
        assert!(
            html.contains(&format!("@page {{ size: {paper};")),
            "{}",
            laid.id
        );
        assert!(html.contains("h1, h2, h3, caption { break-after: avoid; }"));
        for (i, _) in html.match_indices("<wbr>") {
            let before = &html[..i];
            assert!(
                ["@", ".", "/", "-", "&#x2f;"]
                    .iter()
                    .any(|s| before.ends_with(s)),
                "{}: a break after {:?}",
                laid.id,
                &before[before.len().saturating_sub(12)..]
            );
            breaks += 1;
        }
    }
    assert!(breaks > 312, "addresses carry their break opportunities");
}

/// The text of the element that opens at `start` (`<details …>`), up to its matching close.
fn details_block(html: &str, start: usize) -> &str {
    let mut depth = 0;
    let mut i = start;
    while i < html.len() {
        if html[i..].starts_with("<details") {
            depth += 1;
        } else if html[i..].starts_with("</details>") {
            depth -= 1;
            if depth == 0 {
                return &html[start..i + "</details>".len()];
            }
        }
        i += html[i..].chars().next().map_or(1, char::len_utf8);
    }
    panic!("unclosed <details>");
}

#[test]
fn the_catalogue_reaches_any_sheet_in_two_taps_and_shows_few_links_on_arrival() {
    let out = default_build();
    let index = std::fs::read_to_string(out.join("index.html")).expect("index.html");
    assert!(!index.contains("<script"), "static, no script");
    // On arrival every <details> is closed: only links outside them are visible.
    let mut outside = index.clone();
    while let Some(start) = outside.find("<details") {
        let block = details_block(&outside, start).to_string();
        outside = outside.replacen(&block, "", 1);
    }
    let visible = outside.matches("<a ").count();
    assert!(visible <= 40, "{visible} links visible on arrival");
    assert!(!index.contains("<details open"), "everything starts closed");
    // Language (tap 1), then age (tap 2): the tier's sheets of every region are there.
    let (locales, tiers, regions, sheets) = default_matrix();
    for locale in &locales {
        let lang_at = index
            .find(&format!("<details class=\"lang\" id=\"lang-{locale}\">"))
            .unwrap_or_else(|| panic!("no tile for {locale}"));
        let lang = details_block(&index, lang_at);
        for tier in &tiers {
            let tier_at = lang
                .find(&format!(
                    "<details class=\"tier\" id=\"lang-{locale}-{tier}\">"
                ))
                .unwrap_or_else(|| panic!("no age {tier} under {locale}"));
            let block = details_block(lang, tier_at).replace("&#x2f;", "/");
            for region in &regions {
                for sheet in &sheets {
                    let link = format!("href=\"{region}/{locale}/{tier}/{sheet}.pdf\"");
                    assert!(block.contains(&link), "{link}: not two taps away");
                }
            }
        }
    }
    eprintln!(
        "catalogue: {visible} links visible on arrival; any sheet 2 taps away (language, age)"
    );
}

#[test]
fn the_catalogue_offers_not_sure_of_the_age_and_a_page_one_thumbnail_of_every_sheet() {
    let out = default_build();
    let index = std::fs::read_to_string(out.join("index.html"))
        .expect("index.html")
        .replace("&#x2f;", "/");
    let (locales, _, regions, sheets) = default_matrix();
    for locale in &locales {
        let lang_at = index
            .find(&format!("<details class=\"lang\" id=\"lang-{locale}\">"))
            .unwrap_or_else(|| panic!("no tile for {locale}"));
        let lang = details_block(&index, lang_at);
        // "Not sure of the age" leads to the oldest child tier, as `--age unknown` does.
        let unsure_at = lang
            .find(&format!(
                "<details class=\"tier\" id=\"lang-{locale}-age-unknown\">"
            ))
            .unwrap_or_else(|| panic!("no 'not sure of the age' under {locale}"));
        let unsure = details_block(lang, unsure_at);
        assert!(unsure.contains("may be a child"), "{unsure}");
        assert!(
            !unsure.contains("/adult/"),
            "an unknown age never leads to the adult sheet"
        );
        for region in &regions {
            for sheet in &sheets {
                let pdf = format!("{region}/{locale}/teen-13-17/{sheet}.pdf");
                assert!(unsure.contains(&format!("href=\"{pdf}\"")), "{pdf}");
                let png = format!("{region}/{locale}/teen-13-17/{sheet}.png");
                assert!(unsure.contains(&format!("src=\"{png}\"")), "{png}");
            }
        }
    }
    // Every edition's PDF has its thumbnail beside it: a PNG of page 1, small. A card's print
    // sheet (copies of the card) and a bilingual edition have none: the catalogue shows the
    // edition's own page 1 beside all of its links.
    let pdfs: Vec<_> = files_with_ext(out, "pdf")
        .into_iter()
        .filter(|p| {
            let name = p.to_string_lossy();
            !name.ends_with("-print.pdf") && !name.contains(".bilingual.")
        })
        .collect();
    let (_, tiers, _, _) = default_matrix();
    assert_eq!(
        pdfs.len(),
        locales.len() * tiers.len() * regions.len() * sheets.len(),
        "one PDF for every edition"
    );
    let mut largest = 0;
    for pdf in &pdfs {
        let png = pdf.with_extension("png");
        let bytes = std::fs::read(&png).unwrap_or_else(|_| panic!("{}", png.display()));
        assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "{}", png.display());
        let rel = png
            .strip_prefix(out)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        assert!(index.contains(&format!("src=\"{rel}\"")), "{rel} listed");
        largest = largest.max(bytes.len());
    }
    assert!(
        largest < 64 * 1024,
        "thumbnails stay small: {largest} bytes"
    );
    eprintln!("{} thumbnails, largest {} KB", pdfs.len(), largest / 1024);
}
