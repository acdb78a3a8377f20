//! The read-aloud script (content/sheets/read-aloud.toml): it follows the rights-and-help
//! sheet's order for every tier, every locale speaks the guide's reminders in its own words, and
//! every edition (locale x tier x region) is a script: spoken lines, questions and pauses, each
//! with its cue, in the PDF and in the HTML. The marks and the number to call on every page are
//! checked with every other edition in leaflet.rs; the reminders per tier in content.rs.

use std::path::Path;

use infosheet::build::{edition_path, sheet_model};
use infosheet::config::Format;
use infosheet::model::{EditionId, Sheet};
use infosheet::project::Project;

use crate::support::*;

const SCRIPT: &str = "read-aloud";
const SHEET: &str = "rights-and-help";

/// Heading message ids of `sheet`'s sections that `tier` reads, in order (runs of one heading,
/// as the youngest tier's panels have, counted once).
fn headings(project: &Project, sheet: &str, tier: &str) -> Vec<String> {
    let (file, _) = &project.content.sheets[sheet];
    let mut out: Vec<String> = file
        .sections
        .iter()
        .filter(|s| {
            s.tiers
                .as_ref()
                .is_none_or(|t| t.iter().any(|x| x.get_ref() == tier))
        })
        .map(|s| s.heading.get_ref().clone())
        .collect();
    out.dedup();
    out
}

/// For each tier whose script does not walk through the sheet's parts in the sheet's order
/// (each part once, none left out), the two sequences.
fn order_failures(root: &Path) -> Vec<String> {
    let project = Project::load(root).expect("the project loads");
    let (_, tiers, _, _) = default_matrix();
    let mut failures = Vec::new();
    for tier in &tiers {
        let sheet = headings(&project, SHEET, tier);
        let script: Vec<String> = headings(&project, SCRIPT, tier)
            .into_iter()
            .filter(|h| sheet.contains(h))
            .collect();
        if script != sheet {
            failures.push(format!("{tier}: sheet {sheet:?}, script {script:?}"));
        }
    }
    failures
}

#[test]
fn every_tiers_script_follows_the_sheets_order() {
    let failures = order_failures(&repo());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_script_with_two_parts_swapped_fails_the_order_check() {
    let copy = copy_project();
    let path = copy.path().join("content/sheets/read-aloud.toml");
    let text = std::fs::read_to_string(&path).expect("script");
    let swapped = text
        .replacen("\"section-rights-heading\"", "\"@\"", 1)
        .replacen("\"section-help-heading\"", "\"section-rights-heading\"", 1)
        .replacen("\"@\"", "\"section-help-heading\"", 1);
    assert_ne!(swapped, text);
    std::fs::write(&path, swapped).expect("write");
    let failures = order_failures(copy.path());
    assert_eq!(failures.len(), 4, "{}", failures.join("\n"));
}

/// The script's sheet model for one edition.
fn script(project: &Project, region: &str, locale: &str, tier: &str) -> Sheet {
    let id = EditionId {
        sheet: SCRIPT.into(),
        region: region.into(),
        locale: locale.into(),
        tier: tier.into(),
    };
    sheet_model(project, &id)
        .unwrap_or_else(|e| panic!("{id}: {e:?}"))
        .0
}

/// The ids a guidance point of the script names for `tier` (tests/fixtures/guidance.toml).
fn reminders(tier: &str) -> Vec<String> {
    let text = std::fs::read_to_string(fixture("guidance.toml")).expect("guidance.toml");
    let value: toml::Value = toml::from_str(&text).expect("guidance.toml parses");
    let mut out = Vec::new();
    for p in value["point"].as_array().expect("points") {
        if p["sheet"].as_str() != Some(SCRIPT) {
            continue;
        }
        for m in p.get(tier).and_then(|v| v.as_array()).into_iter().flatten() {
            out.push(m.as_str().expect("id").to_string());
        }
    }
    out
}

#[test]
fn every_locale_speaks_the_reminders_and_questions_in_its_own_words_at_every_tier() {
    let project = Project::load(&repo()).expect("the project loads");
    let (locales, tiers, regions, _) = default_matrix();
    let reference = project.reference().tag.clone();
    let mut failures = Vec::new();
    let mut checked = 0;
    for tier in &tiers {
        let wanted = reminders(tier);
        assert!(wanted.len() >= 8, "{tier}: the script's guidance points");
        let t = project.config.tier(tier).expect("tier");
        for locale in &locales {
            let loc = project.locale(locale).expect("locale");
            let l10n = infosheet::localize::Localizer::new(loc, project.reference(), t);
            let model = script(&project, &regions[0], locale, tier);
            let steps: Vec<_> = model.sections.iter().flat_map(|s| &s.steps).collect();
            for id in &wanted {
                let text = l10n.text(id, &[]).expect("message");
                if locale != &reference && text.lang.is_some() {
                    failures.push(format!("{locale}/{tier}: `{id}` falls back to {reference}"));
                }
                if !steps.iter().any(|s| s.text == text) {
                    failures.push(format!("{locale}/{tier}: `{id}` is not in the script"));
                }
                checked += 1;
            }
            // Every spoken line is the locale's own (the draft mark covers it, not English).
            for s in &steps {
                if locale != &reference && (s.text.lang.is_some() || s.cue.lang.is_some()) {
                    failures.push(format!("{locale}/{tier}: {:?} is not translated", s.text));
                }
            }
        }
    }
    eprintln!("script reminders checked: {checked}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_edition_of_the_script_has_spoken_lines_questions_and_pauses_in_pdf_and_html() {
    let project = Project::load(&repo()).expect("the project loads");
    let out = default_build();
    let (locales, tiers, regions, _) = default_matrix();
    let mut editions = 0;
    for region in &regions {
        for locale in &locales {
            for tier in &tiers {
                let model = script(&project, region, locale, tier);
                let id = model.edition.clone();
                assert!(model.call.is_some(), "{id}: no number to give");
                assert!(!model.marks.is_empty(), "{id}: sample region, so marked");
                for s in &model.sections {
                    assert!(!s.steps.is_empty(), "{id}: part {} has no lines", s.id);
                }
                let steps: Vec<_> = model.sections.iter().flat_map(|s| &s.steps).collect();
                for kind in ["say", "ask", "pause", "do"] {
                    let n = steps.iter().filter(|s| s.kind == kind).count();
                    assert!(n > 0, "{id}: no `{kind}` line");
                }
                // Each spoken part ends in a question or an instruction, after a pause.
                let asks = steps.iter().filter(|s| s.kind == "ask").count();
                assert!(asks >= 6, "{id}: {asks} questions");
                let html = std::fs::read_to_string(out.join(edition_path(&id, Format::Html)))
                    .unwrap_or_else(|e| panic!("{id}: html: {e}"));
                for s in &steps {
                    let line = format!("<li class=\"step step-{}\"><span class=\"cue\">", s.kind);
                    assert!(html.contains(&line), "{id}: no {} line in the HTML", s.kind);
                }
                assert_eq!(
                    html.matches("<li class=\"step ").count(),
                    steps.len(),
                    "{id}: one HTML line per step"
                );
                let pdf = out.join(edition_path(&id, Format::Pdf));
                assert!(pdf.is_file(), "{id}: no PDF");
                // Spot-check the PDF's text once per locale and tier (the first region).
                if region == &regions[0] {
                    let text = squeezed(&tool("pdftotext", &[&pdf.to_string_lossy(), "-"]));
                    for s in &steps {
                        assert!(
                            text.contains(&squeezed(&s.cue.text)),
                            "{id}: cue {:?} not in the PDF",
                            s.cue.text
                        );
                    }
                }
                editions += 1;
            }
        }
    }
    assert_eq!(editions, locales.len() * tiers.len() * regions.len());
    eprintln!("script editions checked: {editions}");
}

/// Text without white space, bidi controls or ZWNJ (as poppler writes right-to-left lines).
fn squeezed(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(c, '\u{200c}' | '\u{200e}' | '\u{200f}')
                && !('\u{202a}'..='\u{202e}').contains(c)
                && !('\u{2066}'..='\u{2069}').contains(c)
        })
        .collect()
}

#[test]
fn the_youngest_tiers_script_keeps_to_their_words_and_leaves_out_the_contact_list() {
    let project = Project::load(&repo()).expect("the project loads");
    let model = script(&project, "sample-destination", "en", "child-5-8");
    assert!(
        !model.sections.iter().any(|s| s.id == "contacts"),
        "the 5-8 sheet has no contact list to go through"
    );
    // Every line the child hears is the 5-8 wording, not an older reader's.
    let tier = project.config.tier("child-5-8").expect("tier");
    let en = project.reference();
    let (file, _) = &project.content.sheets[SCRIPT];
    for section in &file.sections {
        let shown = section
            .tiers
            .as_ref()
            .is_none_or(|t| t.iter().any(|x| x.get_ref() == "child-5-8"));
        for step in section.steps.iter().filter(|_| shown) {
            if !matches!(step.kind(), "say" | "ask") {
                continue;
            }
            let id = step.message().get_ref();
            let (_, served) = infosheet::localize::Localizer::new(en, en, tier)
                .lookup(id)
                .expect("message");
            assert_eq!(served, format!("{id}--child-5-8"), "{id}");
        }
    }
}

#[test]
fn the_bilingual_script_gives_staff_every_line_in_their_language() {
    // The bilingual edition (src/bilingual.rs) is on by default: each line the interpreter reads
    // has the staff language's line under it, the region's staff language or the reference.
    let project = Project::load(&repo()).expect("the project loads");
    let out = default_build();
    let (locales, tiers, regions, _) = default_matrix();
    let mut lines = 0;
    for region in &regions {
        let staff =
            infosheet::bilingual::staff_locale(&project, &project.content.regions[region].0)
                .tag
                .clone();
        for locale in locales.iter().filter(|l| **l != staff) {
            for tier in &tiers {
                let own = script(&project, region, locale, tier);
                let theirs = script(&project, region, &staff, tier);
                let id = own.edition.clone();
                let path = out.join(edition_path(&id, Format::Html));
                let path = path.with_file_name(format!("{SCRIPT}.bilingual.html"));
                let html = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                let own_steps: Vec<_> = own.sections.iter().flat_map(|s| &s.steps).collect();
                let staff_steps: Vec<_> = theirs.sections.iter().flat_map(|s| &s.steps).collect();
                assert_eq!(own_steps.len(), staff_steps.len(), "{id}");
                let mut from = 0;
                for (a, b) in own_steps.iter().zip(&staff_steps) {
                    let second = format!(
                        "<span class=\"second\" lang=\"{staff}\" dir=\"{}\">{}</span>",
                        if staff == "fa" { "rtl" } else { "ltr" },
                        escape(&b.text.text)
                    );
                    let at = html[from..].find(&second).unwrap_or_else(|| {
                        panic!("{id}: staff line {:?} missing or out of order", b.text.text)
                    });
                    assert_ne!(a.text.text, b.text.text, "{id}: the same line twice");
                    from += at + second.len();
                    lines += 1;
                }
            }
        }
    }
    eprintln!("bilingual script lines checked: {lines}");
}

/// Text as minijinja's HTML auto-escape writes it.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
        .replace('/', "&#x2f;")
}
