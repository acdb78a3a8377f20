//! Messages: which ones the sheets need per tier, which are missing, obsolete or inconsistent.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;

use super::Finding;
use super::ftl::{Entry, FtlFile};
use super::load::LoadedLocale;
use crate::config::{Audience, Tier};
use crate::diag::Diagnostic;
use crate::locales::Locale;
use crate::localize::Localizer;
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
];

/// Variables that carry numbers, so selects on them choose by CLDR plural category.
pub const NUMERIC_VARIABLES: &[&str] = &["count"];

/// Sample values used to render messages for the readability lint.
pub const SAMPLE_ARGS: &[(&str, SampleValue)] = &[
    ("count", SampleValue::Number(3)),
    ("from", SampleValue::Text("09:00")),
    ("to", SampleValue::Text("17:00")),
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
    let mut meta = reference.meta.clone();
    meta.reviewed = false;
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
                };
                let l10n = Localizer::new(&probe, reference, tier);
                let _ = model::build(&inputs, &l10n);
                set.extend(l10n.take_fallbacks().into_iter().map(|f| f.message));
            }
        }
        // Labels are needed even when no sheet of this project happens to show them.
        set.extend(UI_MESSAGES.iter().map(|s| s.to_string()));
    }
    for s in ["title", "intro", "draft", "pdf", "html"] {
        out.reference_only.insert(format!("catalogue-{s}"));
    }
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
        for section in &sheet.sections {
            ids.insert(section.heading.get_ref().clone());
            ids.extend(section.paragraphs.iter().map(|p| p.get_ref().clone()));
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

/// First line of an entry's value, for hints quoting the reference text.
fn value_preview(entry: &Entry) -> String {
    let value = entry
        .source
        .split_once('=')
        .map_or(entry.source.as_str(), |(_, v)| v)
        .trim();
    let first = value.lines().next().unwrap_or("").trim();
    let mut short: String = first.chars().take(70).collect();
    if short.len() < first.len() || value.lines().count() > 1 {
        short.push('…');
    }
    short
}

/// Where to add `id` in `locale`: next to the message that precedes it in the reference file.
fn insertion_point(
    reference: &LoadedLocale,
    locale: &LoadedLocale,
    id: &str,
    message: String,
    hint: String,
) -> Diagnostic {
    let Some((ref_file, _)) = reference.entry(id) else {
        return Diagnostic::warning(message)
            .in_file(&locale.dir)
            .with_hint(hint);
    };
    let Some(file) = locale.file(&ref_file.name) else {
        return Diagnostic::warning(message)
            .in_file(locale.dir.join(&ref_file.name))
            .with_hint(format!(
                "{hint}; the file does not exist yet: create it (same name as in locales/{}/)",
                reference.tag
            ));
    };
    // A placeholder left by `new-locale` (`# id =`): point at it.
    let placeholder = [format!("# {id} ="), format!("#{id} =")];
    let mut offset = 0;
    for line in file.text.split_inclusive('\n') {
        if placeholder.iter().any(|p| line.trim_end() == p.as_str()) {
            let start = offset + line.find(id).unwrap_or(0);
            return Diagnostic::warning(message)
                .at(&file.path, &file.text, start..start + id.len())
                .with_hint(format!(
                    "{hint}; remove the `#` before the id and write the translation after `=`"
                ));
        }
        offset += line.len();
    }
    let order: Vec<&str> = ref_file.entries.iter().map(|e| e.id.as_str()).collect();
    let k = order.iter().position(|e| *e == id).unwrap_or(0);
    let before = order[..k].iter().rev().find_map(|prev| file.entry(prev));
    match before {
        Some(prev) => {
            let (line, _) = crate::diag::line_col(&file.text, prev.id_span.start);
            Diagnostic::warning(message)
                .at(&file.path, &file.text, prev.id_span.clone())
                .with_hint(format!("{hint}; add it after `{}` (line {line})", prev.id))
        }
        None => match file.entries.first() {
            Some(first) => Diagnostic::warning(message)
                .at(&file.path, &file.text, first.id_span.clone())
                .with_hint(format!("{hint}; add it before `{}`", first.id)),
            None => Diagnostic::warning(message)
                .in_file(&file.path)
                .with_hint(hint),
        },
    }
}

/// Messages a translation lacks, per tier, compared with the reference locale.
pub fn check_coverage(
    project: &Project,
    needed: &Needed,
    reference: &LoadedLocale,
    loaded: &LoadedLocale,
    out: &mut Vec<Finding>,
) {
    let ref_locale = project.reference();
    let Some(locale) = project.locale(&loaded.tag) else {
        return;
    };
    if locale.tag == ref_locale.tag {
        return;
    }
    // (reference candidate) -> tiers; (reference candidate, locale candidate) -> tiers.
    let mut missing: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut general: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for tier in &project.config.file.tiers {
        for id in needed.per_tier.get(&tier.id).into_iter().flatten() {
            let Some((ref_index, ref_id)) = resolve(ref_locale, id, tier) else {
                continue;
            };
            match resolve(locale, id, tier) {
                None => missing.entry(ref_id).or_default().push(tier.id.clone()),
                Some((index, found)) if index > ref_index => {
                    let selects = loaded
                        .entry(&found)
                        .is_some_and(|(_, e)| e.selects_on_tier());
                    if !selects {
                        general
                            .entry((ref_id, found))
                            .or_default()
                            .push(tier.id.clone());
                    }
                }
                Some(_) => {}
            }
        }
    }
    let english = |id: &str| {
        reference
            .entry(id)
            .map(|(_, e)| value_preview(e))
            .unwrap_or_default()
    };
    let ordered = |ids: Vec<String>| -> Vec<String> {
        // Report in the reference file's order, so a translator can work top to bottom.
        let mut keyed: Vec<(String, usize, String)> = ids
            .into_iter()
            .map(|id| match reference.entry(&id) {
                Some((f, e)) => (f.name.clone(), e.id_span.start, id),
                None => (String::new(), 0, id),
            })
            .collect();
        keyed.sort();
        keyed.into_iter().map(|(_, _, id)| id).collect()
    };
    for id in ordered(missing.keys().cloned().collect()) {
        let tiers = &missing[&id];
        let message = format!(
            "message `{id}` is missing in locale `{}`: {} {} the `{}` text instead",
            loaded.tag,
            tier_list(tiers),
            if tiers.len() == 1 { "shows" } else { "show" },
            ref_locale.tag
        );
        let hint = format!(
            "translate `{id} = {}` (from locales/{}/)",
            english(&id),
            ref_locale.tag
        );
        let d = insertion_point(reference, loaded, &id, message, hint).with_code("missing-message");
        out.push(Finding::new(d, Some(loaded.tag.as_str())));
    }
    let keys: Vec<(String, String)> = general.keys().cloned().collect();
    let order = ordered(keys.iter().map(|(r, _)| r.clone()).collect());
    let mut sorted = keys;
    sorted.sort_by_key(|(r, _)| order.iter().position(|o| o == r));
    for (ref_id, found) in sorted {
        let tiers = &general[&(ref_id.clone(), found.clone())];
        let message = format!(
            "locale `{}` has no `{ref_id}`: {} {} the wording of `{found}`, written for other readers",
            loaded.tag,
            tier_list(tiers),
            if tiers.len() == 1 { "gets" } else { "get" },
        );
        let hint = format!(
            "translate `{ref_id} = {}`, or select on $tier inside `{found}`",
            english(&ref_id)
        );
        let d =
            insertion_point(reference, loaded, &ref_id, message, hint).with_code("missing-variant");
        out.push(Finding::new(d, Some(loaded.tag.as_str())));
    }
}

fn tier_list(tiers: &[String]) -> String {
    if tiers.len() == 1 {
        format!("tier {}", tiers[0])
    } else {
        format!("tiers {}", tiers.join(", "))
    }
}

/// Messages no sheet, content file or the catalogue uses.
pub fn check_obsolete(
    project: &Project,
    needed: &Needed,
    reference: &LoadedLocale,
    loaded: &LoadedLocale,
    out: &mut Vec<Finding>,
) {
    let tiers = &project.config.file.tiers;
    let is_used = |id: &str| -> bool {
        let (base, suffix) = split_id(id, tiers);
        if needed.reference_only.contains(base) || UI_MESSAGES.contains(&base) {
            return true;
        }
        if needed.content_refs.contains(base) && !needed.any_tier(base) {
            return true;
        }
        match suffix {
            Suffix::None => needed.any_tier(base),
            Suffix::Tier(t) => needed.per_tier.get(&t).is_some_and(|s| s.contains(base)),
            Suffix::Audience(a) => tiers
                .iter()
                .filter(|t| t.audience == a)
                .any(|t| needed.per_tier.get(&t.id).is_some_and(|s| s.contains(base))),
        }
    };
    let entries: Vec<(&FtlFile, &Entry)> = loaded
        .files
        .iter()
        .flat_map(|f| f.entries.iter().map(move |e| (f, e)))
        .collect();
    let mut used: BTreeSet<&str> = entries
        .iter()
        .filter(|(_, e)| !e.is_term && is_used(&e.id))
        .map(|(_, e)| e.id.as_str())
        .collect();
    // Messages and terms that used messages refer to are used too.
    loop {
        let before = used.len();
        for (_, e) in &entries {
            if used.contains(e.id.as_str()) {
                for (r, _) in e.message_refs.iter().chain(&e.term_refs) {
                    if let Some((_, target)) = entries.iter().find(|(_, x)| x.id == *r) {
                        used.insert(target.id.as_str());
                    }
                }
            }
        }
        if used.len() == before {
            break;
        }
    }
    for (file, e) in entries {
        if used.contains(e.id.as_str()) {
            continue;
        }
        let (base, suffix) = split_id(&e.id, tiers);
        let in_reference = reference.entry(&e.id).is_some();
        let message = if e.is_term {
            format!("term `{}` is not used by any message", e.id)
        } else if !in_reference && loaded.tag != reference.tag && !needed.any_tier(base) {
            format!(
                "message `{}` is not in the reference locale `{}` and no sheet uses it",
                e.id, reference.tag
            )
        } else {
            match suffix {
                Suffix::Tier(t) if needed.any_tier(base) => format!(
                    "message `{}` is never shown: no sheet shows `{base}` to tier {t}",
                    e.id
                ),
                Suffix::Audience(a) if needed.any_tier(base) => format!(
                    "message `{}` is never shown: no sheet shows `{base}` to a {} tier",
                    e.id,
                    a.as_str()
                ),
                _ => format!("message `{}` is not used by any sheet", e.id),
            }
        };
        out.push(Finding::new(
            Diagnostic::warning(message)
                .at(&file.path, &file.text, e.id_span.clone())
                .with_code("obsolete-message")
                .with_hint("delete it, or check its id for a typo against content/ and the reference locale"),
            Some(loaded.tag.as_str()),
        ));
    }
}

/// CLDR cardinal plural categories a language uses for whole numbers.
pub fn integer_plural_categories(
    langid: &unic_langid::LanguageIdentifier,
) -> Option<Vec<&'static str>> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let rules = PluralRules::create(langid.clone(), PluralRuleType::CARDINAL).or_else(|_| {
        let language: unic_langid::LanguageIdentifier = langid
            .language
            .as_str()
            .parse()
            .map_err(|_| "bad language")?;
        PluralRules::create(language, PluralRuleType::CARDINAL)
    });
    let rules = rules.ok()?;
    let mut found = BTreeSet::new();
    let samples = (0u64..=220).chain([1_000, 10_000, 100_000, 1_000_000, 10_000_000]);
    for n in samples {
        if let Ok(c) = rules.select(n) {
            found.insert(match c {
                PluralCategory::ZERO => 0,
                PluralCategory::ONE => 1,
                PluralCategory::TWO => 2,
                PluralCategory::FEW => 3,
                PluralCategory::MANY => 4,
                PluralCategory::OTHER => 5,
            });
        }
    }
    let names = ["zero", "one", "two", "few", "many", "other"];
    Some(found.into_iter().map(|i| names[i]).collect())
}

const CATEGORY_NAMES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// Checks within each message: variables, references, plural categories, web addresses.
pub fn check_entries(
    tiers: &[Tier],
    reference: Option<&LoadedLocale>,
    loaded: &LoadedLocale,
    out: &mut Vec<Finding>,
) {
    let langid = loaded
        .locale
        .as_ref()
        .map(|l| l.langid.clone())
        .or_else(|| loaded.tag.parse().ok());
    let categories = langid.as_ref().and_then(integer_plural_categories);
    let language_name = loaded
        .locale
        .as_ref()
        .map_or(loaded.tag.clone(), |l| l.meta.english_name.clone());
    let defined = |id: &str, term: bool| {
        loaded
            .files
            .iter()
            .flat_map(|f| &f.entries)
            .any(|e| e.id == id && e.is_term == term && (term || e.has_value))
    };
    let is_reference = reference.is_some_and(|r| r.tag == loaded.tag);
    for file in &loaded.files {
        for e in &file.entries {
            let mut push = |d: Diagnostic| out.push(Finding::new(d, Some(loaded.tag.as_str())));
            let (base, _) = split_id(&e.id, tiers);
            if !e.is_term {
                let allowed = passed_to(base);
                let mut seen = BTreeSet::new();
                for (var, span) in &e.variables {
                    if !allowed.contains(&var.as_str()) && seen.insert(var.clone()) {
                        push(
                            Diagnostic::error(format!(
                                "message `{}` uses `${var}`, which infosheet never passes to it",
                                e.id
                            ))
                            .at(&file.path, &file.text, span.start.saturating_sub(1)..span.end)
                            .with_code("variable-unknown")
                            .with_hint(format!(
                                "`{base}` receives {}; a variable that is not passed stops the build",
                                allowed
                                    .iter()
                                    .map(|v| format!("${v}"))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            )),
                        );
                    }
                }
                if let Some(reference) = reference.filter(|_| !is_reference) {
                    let ref_entry = reference.entry(&e.id).or_else(|| reference.entry(base));
                    if let Some((_, r)) = ref_entry {
                        let passed: BTreeSet<&str> = r
                            .variables
                            .iter()
                            .map(|(v, _)| v.as_str())
                            .filter(|v| !ALWAYS_PASSED.contains(v) && allowed.contains(v))
                            .collect();
                        for var in passed {
                            if !e.variables.iter().any(|(v, _)| v == var) {
                                push(
                                    Diagnostic::warning(format!(
                                        "message `{}` does not use `${var}`, which the `{}` text uses",
                                        e.id, reference.tag
                                    ))
                                    .at(&file.path, &file.text, e.id_span.clone())
                                    .with_code("variable-missing")
                                    .with_hint(format!(
                                        "the reader would not see the value: write {{ ${var} }} where it belongs in the translation (`{}`)",
                                        value_preview(r)
                                    )),
                                );
                            }
                        }
                    }
                }
            }
            for (r, span) in &e.message_refs {
                if !defined(r, false) {
                    push(
                        Diagnostic::error(format!(
                            "`{}` refers to message `{r}`, which locale `{}` does not define",
                            e.id, loaded.tag
                        ))
                        .at(&file.path, &file.text, span.clone())
                        .with_code("unresolved-reference")
                        .with_hint("a reference is only looked up in the same locale: define the message here, or write the text out"),
                    );
                }
            }
            for (r, span) in &e.term_refs {
                if !defined(r, true) {
                    push(
                        Diagnostic::error(format!(
                            "`{}` refers to term `{r}`, which locale `{}` does not define",
                            e.id, loaded.tag
                        ))
                        .at(&file.path, &file.text, span.clone())
                        .with_code("unresolved-reference")
                        .with_hint(format!("define `{r} = …` in a .ftl file of this locale")),
                    );
                }
            }
            if let Some(categories) = &categories {
                for s in &e.selects {
                    let numeric = s
                        .variable
                        .as_deref()
                        .is_some_and(|v| NUMERIC_VARIABLES.contains(&v));
                    if !numeric {
                        continue;
                    }
                    let var = s.variable.as_deref().unwrap_or("");
                    let missing: Vec<&str> = categories
                        .iter()
                        .copied()
                        .filter(|c| !s.keys.iter().any(|k| k == c))
                        .collect();
                    if !missing.is_empty() {
                        push(
                            Diagnostic::warning(format!(
                                "the select on `${var}` in `{}` has no variant for {}: {language_name} uses {} for whole numbers",
                                e.id,
                                missing.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", "),
                                categories.join(", ")
                            ))
                            .at(&file.path, &file.text, s.span.start.saturating_sub(1)..s.span.end)
                            .with_code("plural-categories")
                            .with_hint(format!(
                                "add {}; until then the default variant `*[{}]` is used for those numbers",
                                missing.iter().map(|c| format!("[{c}] …")).collect::<Vec<_>>().join(", "),
                                s.default_key.as_deref().unwrap_or("…")
                            )),
                        );
                    }
                    for key in &s.keys {
                        if key != "other"
                            && CATEGORY_NAMES.contains(&key.as_str())
                            && !categories.contains(&key.as_str())
                        {
                            push(
                                Diagnostic::warning(format!(
                                    "variant `[{key}]` of the select on `${var}` in `{}` is never chosen: {language_name} has no `{key}` category",
                                    e.id
                                ))
                                .at(&file.path, &file.text, s.span.start.saturating_sub(1)..s.span.end)
                                .with_code("plural-category-unused")
                                .with_hint(format!(
                                    "{language_name} uses {}; remove the variant, or use an exact number such as [1]",
                                    categories.join(", ")
                                )),
                            );
                        }
                    }
                }
            }
            for (text, span) in &e.texts {
                if let Some(i) = text.find("http://") {
                    push(
                        Diagnostic::warning(format!(
                            "message `{}` contains an unencrypted http:// address",
                            e.id
                        ))
                        .at(&file.path, &file.text, span.start + i..span.start + i + 7)
                        .with_code("url-scheme")
                        .with_hint("use https://; readers must not be sent to an unencrypted page"),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_categories_for_whole_numbers() {
        let cats = |t: &str| integer_plural_categories(&t.parse().unwrap()).unwrap();
        assert_eq!(cats("en"), ["one", "other"]);
        assert_eq!(cats("th"), ["other"]);
        assert_eq!(cats("ar"), ["zero", "one", "two", "few", "many", "other"]);
        assert_eq!(cats("zh-Hans"), ["other"]);
        assert_eq!(cats("fa"), ["one", "other"]);
    }

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
