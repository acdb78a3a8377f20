//! Persian (issue 11, item 9): counts and times in Persian digits (the locale's `digits`),
//! phone numbers in the ASCII digits that dial, isolated left to right (as are quotes in other
//! languages: an English address keeps its own digits), page numbers in Persian digits, and
//! lists joined with
//! «، » (the locale's `list_separator`), in the fa editions' HTML and in their PDFs' text.

use std::collections::BTreeSet;
use std::path::Path;

use crate::support::*;

const TIERS: [&str; 4] = ["child-5-8", "child-9-12", "teen-13-17", "adult"];

/// The contents of every `<bdi dir="ltr">` (phone numbers, references, the generator) and of
/// every run in another language than Persian (an English address, an English fallback), and
/// the page's body with them and every tag removed.
fn split_isolated(html: &str) -> (Vec<String>, String) {
    let body = &html[html.find("<body").expect("<body")..];
    let mut isolated = Vec::new();
    let mut rest = String::new();
    let mut s = body;
    loop {
        let bdi = s.find("<bdi dir=\"ltr\"").map(|at| (at, "</bdi>"));
        let foreign = s
            .match_indices("<span lang=\"")
            .find(|(at, _)| !s[at + 12..].starts_with("fa\""))
            .map(|(at, _)| (at, "</span>"));
        let Some((at, close)) = [bdi, foreign].into_iter().flatten().min() else {
            break;
        };
        rest.push_str(&s[..at]);
        let end = s[at..].find(close).expect("closing tag") + at;
        isolated.push(strip_tags(&s[at..end]));
        s = &s[end + close.len()..];
    }
    rest.push_str(s);
    (isolated, strip_tags(&rest))
}

fn strip_tags(s: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&#x2f;", "/").replace("&amp;", "&")
}

/// Maximal runs of ASCII digits in `s`.
fn ascii_digit_runs(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|r| !r.is_empty())
        .map(str::to_string)
        .collect()
}

fn fa_page(out: &Path, tier: &str, ext: &str) -> std::path::PathBuf {
    out.join(format!(
        "sample-destination/fa/{tier}/rights-and-help.{ext}"
    ))
}

#[test]
fn persian_html_writes_counts_and_times_in_persian_digits_and_phones_in_ascii() {
    let out = default_build();
    for tier in TIERS {
        let path = fa_page(out, tier, "html");
        let html = std::fs::read_to_string(&path).unwrap();
        let (isolated, text) = split_isolated(&html);
        let stray: Vec<char> = text
            .chars()
            .filter(|c| c.is_ascii_digit() || ('\u{660}'..='\u{669}').contains(c))
            .collect();
        assert!(
            stray.is_empty(),
            "{}: digits of another system in the Persian text: {stray:?}",
            path.display()
        );
        assert!(
            text.chars().any(|c| ('\u{6f0}'..='\u{6f9}').contains(&c)),
            "{}: Persian digits",
            path.display()
        );
        for href in html.split("href=\"tel:").skip(1) {
            let tel = &href[..href.find('"').unwrap()];
            assert!(
                tel.chars().all(|c| c == '+' || c.is_ascii_digit()),
                "{}: tel:{tel}",
                path.display()
            );
            let display = &href[href.find("<bdi dir=\"ltr\">").unwrap() + 15..];
            let display = &display[..display.find("</bdi>").unwrap()];
            assert!(
                display
                    .chars()
                    .all(|c| c.is_ascii_digit() || " +-()".contains(c)),
                "{}: phone shown as {display:?}",
                path.display()
            );
        }
        assert!(!isolated.is_empty());
        assert!(
            html.contains("</span>، <span") && !html.contains("</span>, <span"),
            "{}: languages joined with «، »",
            path.display()
        );
    }
    let adult = std::fs::read_to_string(fa_page(out, "adult", "html")).unwrap();
    assert!(
        adult.contains("۰۸:۰۰–۲۰:۰۰"),
        "opening hours in Persian digits"
    );
}

#[test]
fn persian_pdf_text_has_ascii_digits_only_in_phone_numbers_and_references() {
    let out = default_build();
    for tier in TIERS {
        let html = std::fs::read_to_string(fa_page(out, tier, "html")).unwrap();
        let (isolated, _) = split_isolated(&html);
        let allowed: BTreeSet<String> = isolated.iter().flat_map(|s| ascii_digit_runs(s)).collect();
        let pdf = fa_page(out, tier, "pdf");
        let text = tool("pdftotext", &["-enc", "UTF-8", &pdf.to_string_lossy(), "-"]);
        let stray: Vec<String> = ascii_digit_runs(&text)
            .into_iter()
            .filter(|r| !allowed.contains(r) && !allowed.iter().any(|a| a.contains(r.as_str())))
            .collect();
        assert!(
            stray.is_empty(),
            "{}: ASCII digits that are no phone number or reference: {stray:?}",
            pdf.display()
        );
        assert!(
            text.chars().any(|c| ('\u{6f0}'..='\u{6f9}').contains(&c)),
            "{}: Persian digits",
            pdf.display()
        );
    }
}
