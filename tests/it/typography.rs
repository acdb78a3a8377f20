//! Type sizes and colours, checked on the laid-out documents and the templates themselves.

use infosheet::build::sheet_model;
use infosheet::model::EditionId;
use infosheet::timings::Timings;
use typst::layout::{Abs, Frame, FrameItem, Point};

use crate::support::*;

/// Sizes (pt) of every text item outside the page footer, walking nested frames.
fn body_sizes(frame: &Frame, origin: Point, footer_from: Abs, out: &mut Vec<f64>) {
    for (pos, item) in frame.items() {
        let at = origin + *pos;
        match item {
            FrameItem::Group(group) => {
                let shift = Point::new(group.transform.tx, group.transform.ty);
                body_sizes(&group.frame, at + shift, footer_from, out);
            }
            FrameItem::Text(text) if at.y < footer_from => out.push(text.size.to_pt()),
            _ => {}
        }
    }
}

/// The smallest text on the pocket card (`card-floor` in templates/typst/card-faces.typ).
const CARD_FLOOR_PT: f64 = 6.0;

#[test]
fn no_text_is_smaller_than_the_tier_minimum() {
    let faces = std::fs::read_to_string(repo().join("templates/typst/card-faces.typ")).unwrap();
    assert!(faces.contains(&format!("#let card-floor = {CARD_FLOOR_PT}pt")));
    let (project, pdf) = default_renderer();
    let mut checked = 0;
    for locale in ["en", "th", "my", "fa"] {
        for tier in &project.config.file.tiers {
            for sheet in ["rights-and-help", "help-card"] {
                let id = EditionId {
                    sheet: sheet.into(),
                    region: "sample-destination".into(),
                    locale: locale.into(),
                    tier: tier.id.clone(),
                };
                let (model, _) = sheet_model(&project, &id).expect("model");
                let json = serde_json::to_vec(&model).expect("json");
                let doc = pdf
                    .typeset(&model, json, &Timings::default())
                    .expect("typesets");
                // The pocket card is 54 mm tall: it cannot carry the tier's body size in every
                // locale, so its faces are fitted from 1.25 times that size down to the card's
                // floor, a wallet card's small print (templates/typst/card-faces.typ). It has no
                // footer: the whole face counts.
                let card = sheet == "help-card";
                let floor = if card {
                    CARD_FLOOR_PT
                } else {
                    tier.min_body_pt
                };
                let mut sizes = Vec::new();
                for page in doc.pages() {
                    // The footer (title and page number) sits in the bottom margin.
                    let footer = if card { Abs::zero() } else { Abs::mm(18.0) };
                    let footer_from = page.frame.height() - footer;
                    body_sizes(&page.frame, Point::zero(), footer_from, &mut sizes);
                }
                let smallest = sizes.iter().copied().fold(f64::INFINITY, f64::min);
                assert!(!sizes.is_empty());
                assert!(
                    smallest + 0.01 >= floor,
                    "{id}: text at {smallest} pt, below {floor} pt"
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 4 * 4 * 2);
}

/// WCAG 2 relative luminance of an sRGB colour `#rrggbb`.
fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let v = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).expect("hex colour")) / 255.0;
        if v <= 0.039_28 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The value of `name` in a template: `#let name = rgb("#…")` or `--name: #…;`.
fn colour(text: &str, name: &str) -> String {
    for line in text.lines() {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix(&format!("#let {name} = rgb(\"")) {
            return rest[..7].to_string();
        }
        if let Some(i) = line.find(&format!("--{name}: ")) {
            let rest = &line[i + name.len() + 4..];
            return rest[..7].to_string();
        }
    }
    panic!("colour {name} not found");
}

#[test]
fn text_colours_reach_aaa_contrast_on_their_backgrounds() {
    let typst = std::fs::read_to_string(repo().join("templates/typst/lib.typ")).unwrap();
    let html = std::fs::read_to_string(repo().join("templates/html/base.html")).unwrap();
    for (source, text) in [("lib.typ", &typst), ("base.html", &html)] {
        let ink = colour(text, "ink");
        let accent = colour(text, "accent");
        let tint = colour(
            text,
            if source == "lib.typ" {
                "paper-tint"
            } else {
                "tint"
            },
        );
        for (fg, bg) in [
            (&ink, "#ffffff"),
            (&ink, tint.as_str()),
            (&accent, "#ffffff"),
            (&accent, tint.as_str()),
        ] {
            let ratio = contrast(fg, bg);
            assert!(
                ratio >= 7.0,
                "{source}: {fg} on {bg} has contrast {ratio:.2}:1, below 7:1"
            );
        }
    }
    assert!(
        (contrast("#000000", "#ffffff") - 21.0).abs() < 0.01,
        "the formula is WCAG's"
    );
}
