//! No glyph touches a rule, a frame or another line, in any locale: glyph ink boxes (from the
//! font outlines, placed where each glyph is drawn) against frame strokes, filled boxes and the
//! ink of neighbouring lines, over every edition of one region (src/render/ink.rs).

use std::collections::BTreeMap;

use infosheet::build::sheet_model;
use infosheet::model::EditionId;
use infosheet::render::ink::{self, Collision, Hit};
use infosheet::timings::Timings;

use crate::support::*;

/// Every edition of the first region (all locales × tiers × sheets), with its layout's name
/// and its collisions.
fn editions_of_one_region() -> Vec<(EditionId, String, Vec<Collision>)> {
    let (project, pdf) = default_renderer();
    let (locales, tiers, regions, sheets) = default_matrix();
    let mut out = Vec::new();
    for locale in &locales {
        for tier in &tiers {
            for sheet in &sheets {
                let id = EditionId {
                    sheet: sheet.clone(),
                    region: regions[0].clone(),
                    locale: locale.clone(),
                    tier: tier.clone(),
                };
                let (model, _) = sheet_model(&project, &id).expect("model");
                let json = serde_json::to_vec(&model).expect("json");
                let doc = pdf
                    .typeset(&model, json, &Timings::default())
                    .unwrap_or_else(|e| panic!("{id} typesets: {e:?}"));
                // As exported: clusters split across text items joined again (mend.rs).
                let doc = infosheet::render::mend::before_export(doc);
                out.push((id, model.template.clone(), ink::collisions(&doc)));
            }
        }
    }
    out
}

fn kind(hit: &Hit) -> &'static str {
    match hit {
        Hit::Stroke => "stroke",
        Hit::OutOfFill => "fill",
        Hit::Line(_) => "line",
    }
}

/// Per locale: collisions by kind; then each edition's first few, to find them.
fn report(editions: &[&(EditionId, String, Vec<Collision>)]) -> Vec<String> {
    let mut per_locale: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    let mut failures = Vec::new();
    for (id, _, found) in editions {
        let counts = per_locale.entry(id.locale.as_str()).or_default();
        for c in found {
            *counts.entry(kind(&c.hit)).or_default() += 1;
        }
        if !found.is_empty() {
            let shown: Vec<String> = found.iter().take(4).map(|c| format!("    {c}")).collect();
            failures.push(format!(
                "{id}: {} collisions\n{}",
                found.len(),
                shown.join("\n")
            ));
        }
    }
    for (locale, counts) in &per_locale {
        eprintln!("collisions {locale}: {counts:?}");
    }
    failures
}

#[test]
fn no_glyph_touches_a_rule_a_frame_or_another_line() {
    let editions = editions_of_one_region();
    let (locales, tiers, _, sheets) = default_matrix();
    assert_eq!(editions.len(), locales.len() * tiers.len() * sheets.len());
    let (cards, sheets): (Vec<_>, Vec<_>) = editions.iter().partition(|(_, t, _)| t == "card");
    assert!(!cards.is_empty() && !sheets.is_empty());
    let listed = report(&sheets);
    eprintln!("pocket cards:");
    let card_listed = report(&cards);
    // None on either: every sheet template spaces its lines from their ink (lib.typ's
    // `ink-spaced`), the card fits each line's box to its ink (card-faces.typ). On 2026-12-01,
    // before that, the sheets had 6,508 (Burmese 2,905) and the cards 1,105.
    let any = |editions: &[&(EditionId, String, Vec<Collision>)], listed: Vec<String>| {
        let mut failures = Vec::new();
        for locale in &locales {
            let found: usize = editions
                .iter()
                .filter(|(id, _, _)| &id.locale == locale)
                .map(|(_, _, c)| c.len())
                .sum();
            eprintln!("{locale}: {found} collisions");
            if found > 0 {
                failures.push(format!("{locale}: {found} collisions"));
            }
        }
        if !failures.is_empty() {
            failures.extend(listed);
        }
        failures
    };
    let failures = any(&sheets, listed);
    let card_failures = any(&cards, card_listed);
    assert_no_failures(&failures, locales.len());
    assert_no_failures(&card_failures, locales.len());
}
