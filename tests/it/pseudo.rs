//! Pseudo-locales: every visible text of a pseudo-localized page comes through Fluent.

use std::collections::BTreeSet;
use std::path::Path;

use crate::support::*;

/// Values that are data, not messages: they never pass through Fluent, so they stay as written.
fn data_values(root: &Path) -> BTreeSet<String> {
    let mut values = BTreeSet::new();
    let read =
        |p: &Path| -> toml::Value { toml::from_str(&std::fs::read_to_string(p).unwrap()).unwrap() };
    for file in files_with_ext(&root.join("content/regions"), "toml") {
        let region = read(&file);
        for c in region["contact"].as_array().unwrap() {
            for key in ["organisation", "address", "phone", "email", "website"] {
                if let Some(v) = c.get(key).and_then(|v| v.as_str()) {
                    values.insert(v.to_string());
                }
            }
        }
        for o in region
            .get("option")
            .and_then(|o| o.as_array())
            .into_iter()
            .flatten()
        {
            values.insert(o["location"].as_str().unwrap().to_string());
        }
    }
    let rights = read(&root.join("content/rights.toml"));
    for r in rights["right"].as_array().unwrap() {
        for b in r
            .get("legal_basis")
            .and_then(|b| b.as_array())
            .into_iter()
            .flatten()
        {
            values.insert(b["article"].as_str().unwrap().to_string());
        }
    }
    // Language names, in their own script (a contact's languages spoken).
    for meta in std::fs::read_dir(root.join("locales")).unwrap() {
        let path = meta.unwrap().path().join("locale.toml");
        if path.is_file() {
            values.insert(read(&path)["endonym"].as_str().unwrap().to_string());
        }
    }
    let config = read(&root.join("infosheet.toml"));
    if let Some(names) = config.get("language_names").and_then(|n| n.as_table()) {
        values.extend(
            names
                .values()
                .filter_map(|v| v.as_str())
                .map(str::to_string),
        );
    }
    values.insert(format!("infosheet {}", env!("CARGO_PKG_VERSION")));
    values
}

fn decode(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';') else { break };
        let entity = &rest[1..end];
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            e if e.starts_with("#x") => u32::from_str_radix(&e[2..], 16)
                .ok()
                .and_then(char::from_u32),
            e if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match c {
            Some(c) => out.push(c),
            None => out.push_str(&rest[..=end]),
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// Visible text of an HTML page: text nodes (outside style and script) and the attributes a
/// reader meets (alt, title, aria-label).
fn visible_texts(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    // A line-break opportunity (<wbr>, inside e-mail and web addresses) does not end a text.
    let joined = html.replace("<wbr>", "");
    let mut rest = joined.as_str();
    while !rest.is_empty() {
        match rest.find('<') {
            Some(i) => {
                out.push(decode(&rest[..i]));
                rest = &rest[i..];
                for skip in ["<style", "<script"] {
                    if rest.starts_with(skip) {
                        let close = format!("</{}>", &skip[1..]);
                        let end = rest.find(&close).expect("closed");
                        rest = &rest[end..];
                    }
                }
                if rest.starts_with("<!--") {
                    let end = rest.find("-->").expect("closed comment");
                    rest = &rest[end + 3..];
                    continue;
                }
                let end = rest.find('>').expect("closed tag");
                let tag = &rest[..end];
                for attr in ["alt=\"", "title=\"", "aria-label=\""] {
                    if let Some(a) = tag.find(&format!(" {attr}")) {
                        let value = &tag[a + 1 + attr.len()..];
                        out.push(decode(&value[..value.find('"').unwrap_or(value.len())]));
                    }
                }
                rest = &rest[end + 1..];
            }
            None => {
                out.push(decode(rest));
                break;
            }
        }
    }
    out.into_iter()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

/// Whether `text` was transformed: no plain ASCII consonant is left (fluent-pseudo maps
/// every consonant to an accented letter), and bidi text carries its right-to-left override.
fn transformed(text: &str, bidi: bool) -> bool {
    let consonant = |c: char| c.is_ascii_alphabetic() && !"aeiouAEIOU".contains(c);
    let has_letters = text.chars().any(char::is_alphabetic);
    !text.chars().any(consonant) && (!bidi || !has_letters || text.contains('\u{202E}'))
}

#[test]
fn no_visible_text_of_a_pseudo_locale_page_escapes_fluent() {
    let data = data_values(&repo());
    for (mode, tag) in [("accented", "en-XA"), ("bidi", "ar-XB")] {
        let out = tempfile::tempdir().unwrap();
        let o = run(
            &repo(),
            &[
                "build",
                "--pseudo",
                mode,
                "--format",
                "html",
                "--out",
                &out.path().to_string_lossy(),
            ],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        let pages = files_with_ext(out.path(), "html");
        let (_, tiers, regions, sheets) = default_matrix();
        assert_eq!(pages.len(), tiers.len() * regions.len() * sheets.len() + 1);
        let mut checked = 0;
        for page in pages {
            let html = std::fs::read_to_string(&page).unwrap();
            if !page.ends_with("index.html") {
                let dir = if mode == "bidi" { "rtl" } else { "ltr" };
                assert!(
                    html.contains(&format!("<html lang=\"{tag}\" dir=\"{dir}\">")),
                    "{}",
                    page.display()
                );
            }
            for text in visible_texts(&html) {
                let mut rest = text.clone();
                // Longest first, so "Sample City, open shelter" goes before "Sample City".
                let mut values: Vec<&String> = data.iter().collect();
                values.sort_by_key(|v| std::cmp::Reverse(v.len()));
                for v in values {
                    rest = rest.replace(v.as_str(), " ");
                }
                assert!(
                    transformed(&rest, mode == "bidi"),
                    "{}: text not from Fluent: {text:?}",
                    page.display()
                );
                checked += 1;
            }
        }
        assert!(checked > 1000, "{checked} texts checked");
    }
}

#[test]
fn pseudo_text_is_longer_and_pdf_builds() {
    let out = tempfile::tempdir().unwrap();
    let o = run(
        &repo(),
        &[
            "build",
            "--pseudo",
            "bidi",
            "--region",
            "sample-destination",
            "--tier",
            "adult",
            "--sheet",
            "help-card",
            "--out",
            &out.path().to_string_lossy(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let dir = out.path().join("sample-destination/ar-XB/adult");
    assert!(dir.join("help-card.pdf").is_file());
    let html = std::fs::read_to_string(dir.join("help-card.html")).unwrap();
    assert!(html.contains('\u{202E}'), "mirrored text");
    assert!(html.contains("ŀ"), "accented text");
    let o = run(
        &repo(),
        &["build", "--pseudo", "accented", "--locale", "th"],
    );
    assert_eq!(o.status.code(), Some(2), "--pseudo replaces the locales");
}
