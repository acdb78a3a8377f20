//! What each message receives and which messages each tier's editions need.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;

use super::Localizer;
use crate::config::{Audience, Tier};
use crate::locales::Locale;
use crate::model::{self, Inputs, UI_MESSAGES};
use crate::project::Project;

/// Variables every message receives.
pub const ALWAYS_PASSED: &[&str] = &["tier", "audience"];

/// Variables the code passes to particular messages (see `model.rs`), by message id.
pub const PASSED_VARIABLES: &[(&str, &[&str])] = &[
    ("ui-contacts-count", &["count"]),
    ("hours-every-day", &["from", "to"]),
    ("hours-mon-fri", &["from", "to"]),
    ("hours-mon-sat", &["from", "to"]),
    ("ra-audio-part", &["recorded", "total", "voice"]),
];

/// Variables that carry numbers, so selects on them choose by CLDR plural category.
pub const NUMERIC_VARIABLES: &[&str] = &["count", "recorded", "total"];

/// Sample values used to render messages for the readability lint.
pub const SAMPLE_ARGS: &[(&str, SampleValue)] = &[
    ("count", SampleValue::Number(3)),
    ("from", SampleValue::Text("09:00")),
    ("to", SampleValue::Text("17:00")),
    ("recorded", SampleValue::Number(2)),
    ("total", SampleValue::Number(5)),
    ("voice", SampleValue::Text("computer")),
];

/// A sample argument value.
#[derive(Debug, Clone, Copy)]
pub enum SampleValue {
    Number(i64),
    Text(&'static str),
}

/// Variables message `base` may use.
pub fn passed_to(base: &str) -> Vec<&'static str> {
    let mut vars: Vec<&'static str> = ALWAYS_PASSED.to_vec();
    if let Some((_, more)) = PASSED_VARIABLES.iter().find(|(id, _)| *id == base) {
        vars.extend_from_slice(more);
    }
    vars
}

/// What a message id's suffix names: `id--<tier>` or `id--<audience>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Suffix {
    None,
    Tier(String),
    Audience(Audience),
}

/// Splits `id--child-5-8` into (`id`, tier `child-5-8`); an unknown suffix is part of the id.
pub fn split_id<'a>(id: &'a str, tiers: &[Tier]) -> (&'a str, Suffix) {
    if let Some((base, suffix)) = id.rsplit_once("--") {
        if tiers.iter().any(|t| t.id == suffix) {
            return (base, Suffix::Tier(suffix.to_string()));
        }
        match suffix {
            "child" => return (base, Suffix::Audience(Audience::Child)),
            "adult" => return (base, Suffix::Audience(Audience::Adult)),
            _ => {}
        }
    }
    (id, Suffix::None)
}

/// The message ids the project's sheets need, per tier.
#[derive(Debug, Default)]
pub struct Needed {
    /// Base ids each tier's editions use (content, interface words, marks).
    pub per_tier: BTreeMap<String, BTreeSet<String>>,
    /// Ids only the reference locale needs (the catalogue page).
    pub reference_only: BTreeSet<String>,
    /// Every message id the content files name, used or not by a sheet.
    pub content_refs: BTreeSet<String>,
}

impl Needed {
    /// Whether some tier needs `base`.
    pub fn any_tier(&self, base: &str) -> bool {
        self.per_tier.values().any(|s| s.contains(base))
    }
}

/// A locale with no messages: resolving through it records every message an edition asks for.
fn probe(reference: &Locale) -> Locale {
    let meta = reference.meta.clone();
    let mut bundle = FluentBundle::new_concurrent(vec![reference.langid.clone()]);
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(FluentResource::try_new(String::new()).unwrap_or_else(|(r, _)| r));
    Locale {
        tag: "und-x-probe".into(),
        langid: reference.langid.clone(),
        meta,
        bundle,
        messages: BTreeMap::new(),
        dir: reference.dir.clone(),
        // Unreviewed: the draft mark's messages are needed too.
        review: crate::review::state::Review::nothing(),
    }
}

/// Finds the messages every tier needs by building each edition's model through an empty locale.
pub fn needed(project: &Project) -> Needed {
    let reference = project.reference();
    let probe = probe(reference);
    let mut out = Needed::default();
    for tier in &project.config.file.tiers {
        let set = out.per_tier.entry(tier.id.clone()).or_default();
        for (sheet_id, (sheet, _)) in &project.content.sheets {
            for (region_id, (region, _)) in &project.content.regions {
                let inputs = Inputs {
                    content: &project.content,
                    sheet_id,
                    sheet,
                    region_id,
                    region,
                    locales: &project.locales,
                    fallback_fonts: &project.config.file.fallback_fonts,
                    language_names: &project.config.file.language_names,
                    paper: project.config.file.paper,
                    recordings: &project.recordings,
                };
                let l10n = Localizer::new(&probe, reference, tier);
                // The discreet edition of the same model needs its own messages too.
                if let Some(mut value) =
                    model::build(&inputs, &l10n).and_then(|sheet| serde_json::to_value(&sheet).ok())
                {
                    let _ = crate::discreet::apply(&mut value, &l10n, region);
                }
                set.extend(l10n.take_fallbacks().into_iter().map(|f| f.message));
            }
        }
        // Labels are needed even when no sheet of this project happens to show them.
        set.extend(UI_MESSAGES.iter().map(|s| s.to_string()));
    }
    out.reference_only
        .extend(crate::catalogue::MESSAGES.iter().map(|s| s.to_string()));
    for t in &project.config.file.tiers {
        out.reference_only.insert(format!("tier-{}", t.id));
    }
    out.content_refs = content_message_ids(project);
    out
}

/// Every message id named in the content files.
fn content_message_ids(project: &Project) -> BTreeSet<String> {
    let c = &project.content;
    let mut ids = BTreeSet::new();
    for r in &c.rights {
        ids.insert(r.title.get_ref().clone());
        ids.insert(r.body.get_ref().clone());
        for b in &r.legal_basis {
            ids.insert(b.instrument.get_ref().clone());
        }
    }
    for s in &c.support {
        ids.insert(s.title.get_ref().clone());
        ids.insert(s.body.get_ref().clone());
    }
    for p in &c.pictograms {
        ids.insert(p.alt.get_ref().clone());
    }
    for (region, _) in c.regions.values() {
        ids.insert(region.name.get_ref().clone());
    }
    for (sheet, _) in c.sheets.values() {
        ids.insert(sheet.title.get_ref().clone());
        if let Some(s) = &sheet.subtitle {
            ids.insert(s.get_ref().clone());
        }
        if let Some(n) = &sheet.footer_note {
            ids.insert(n.get_ref().clone());
        }
        for section in &sheet.sections {
            ids.insert(section.heading.get_ref().clone());
            ids.extend(section.paragraphs.iter().map(|p| p.get_ref().clone()));
            ids.extend(section.steps.iter().map(|s| s.message().get_ref().clone()));
        }
    }
    ids
}

/// The most specific candidate of `id` for `tier` that `locale` defines: (index, id).
/// Index 0 is `id--<tier>`, 1 is `id--<audience>`, 2 is `id`.
pub fn resolve(locale: &Locale, id: &str, tier: &Tier) -> Option<(usize, String)> {
    let l10n = Localizer::new(locale, locale, tier);
    let candidates = l10n.candidates(id);
    let (_, found) = l10n.lookup(id)?;
    let index = candidates.iter().position(|c| *c == found)?;
    Some((index, found))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_split_into_base_and_tier_or_audience() {
        let tier = |id: &str| Tier {
            id: id.into(),
            ages: crate::config::AgeRange { min: 0, max: None },
            audience: Audience::Child,
            min_body_pt: 12.0,
            max_words_per_sentence: 10,
            template: "full".into(),
        };
        let tiers = [tier("child-5-8"), tier("adult")];
        assert_eq!(
            split_id("a-b--child-5-8", &tiers),
            ("a-b", Suffix::Tier("child-5-8".into()))
        );
        assert_eq!(
            split_id("a--child", &tiers),
            ("a", Suffix::Audience(Audience::Child))
        );
        assert_eq!(split_id("a--other", &tiers), ("a--other", Suffix::None));
        assert_eq!(split_id("plain", &tiers), ("plain", Suffix::None));
    }
}
