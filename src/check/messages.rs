//! Messages: which ones are missing, obsolete or inconsistent in a locale.

use std::collections::{BTreeMap, BTreeSet};

use crate::config::Tier;
use crate::diag::{Code, Diagnostic, Finding};
use crate::locales::Locale;
use crate::locales::ftl::{Entry, FtlFile};
use crate::locales::load::LoadedLocale;
use crate::localize::needed::{Needed, Suffix, resolve, split_id};
use crate::model::UI_MESSAGES;
use crate::project::Project;

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
    let gaps = coverage_gaps(project, needed, locale, loaded);
    let english = |id: &str| {
        reference
            .entry(id)
            .map(|(_, e)| crate::locales::ftl::value_preview(e))
            .unwrap_or_default()
    };
    for id in in_reference_order(reference, gaps.missing.keys().cloned().collect()) {
        let tiers = &gaps.missing[&id];
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
        let d =
            insertion_point(reference, loaded, &id, message, hint).with_code(Code::MissingMessage);
        out.push(Finding::new(d, Some(loaded.tag.as_str())));
    }
    let keys: Vec<(String, String)> = gaps.general.keys().cloned().collect();
    let order = in_reference_order(reference, keys.iter().map(|(r, _)| r.clone()).collect());
    let mut sorted = keys;
    sorted.sort_by_key(|(r, _)| order.iter().position(|o| o == r));
    for (ref_id, found) in sorted {
        let tiers = &gaps.general[&(ref_id.clone(), found.clone())];
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
        let d = insertion_point(reference, loaded, &ref_id, message, hint)
            .with_code(Code::MissingVariant);
        out.push(Finding::new(d, Some(loaded.tag.as_str())));
    }
}

/// What a locale lacks, per tier.
struct Gaps {
    /// Reference candidate → tiers that show the reference text.
    missing: BTreeMap<String, Vec<String>>,
    /// (reference candidate, locale candidate) → tiers that get more general wording.
    general: BTreeMap<(String, String), Vec<String>>,
}

fn coverage_gaps(
    project: &Project,
    needed: &Needed,
    locale: &Locale,
    loaded: &LoadedLocale,
) -> Gaps {
    let ref_locale = project.reference();
    let mut gaps = Gaps {
        missing: BTreeMap::new(),
        general: BTreeMap::new(),
    };
    for tier in &project.config.file.tiers {
        for id in needed.per_tier.get(&tier.id).into_iter().flatten() {
            let Some((ref_index, ref_id)) = resolve(ref_locale, id, tier) else {
                continue;
            };
            match resolve(locale, id, tier) {
                None => gaps
                    .missing
                    .entry(ref_id)
                    .or_default()
                    .push(tier.id.clone()),
                Some((index, found)) if index > ref_index => {
                    let selects = loaded
                        .entry(&found)
                        .is_some_and(|(_, e)| e.selects_on_tier());
                    if !selects {
                        gaps.general
                            .entry((ref_id, found))
                            .or_default()
                            .push(tier.id.clone());
                    }
                }
                Some(_) => {}
            }
        }
    }
    gaps
}

/// `ids` in the reference files' order, so a translator can work top to bottom.
fn in_reference_order(reference: &LoadedLocale, ids: Vec<String>) -> Vec<String> {
    let mut keyed: Vec<(String, usize, String)> = ids
        .into_iter()
        .map(|id| match reference.entry(&id) {
            Some((f, e)) => (f.name.clone(), e.id_span.start, id),
            None => (String::new(), 0, id),
        })
        .collect();
    keyed.sort();
    keyed.into_iter().map(|(_, _, id)| id).collect()
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
    let entries: Vec<(&FtlFile, &Entry)> = loaded
        .files
        .iter()
        .flat_map(|f| f.entries.iter().map(move |e| (f, e)))
        .collect();
    let used = used_entries(&entries, |id| is_used(needed, tiers, id));
    for (file, e) in entries {
        if used.contains(e.id.as_str()) {
            continue;
        }
        out.push(Finding::new(
            Diagnostic::warning(obsolete_message(needed, tiers, reference, loaded, e))
                .at(&file.path, &file.text, e.id_span.clone())
                .with_code(Code::ObsoleteMessage)
                .with_hint("delete it, or check its id for a typo against content/ and the reference locale"),
            Some(loaded.tag.as_str()),
        ));
    }
}

/// Whether some sheet, tier or the catalogue shows message `id`.
fn is_used(needed: &Needed, tiers: &[Tier], id: &str) -> bool {
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
}

/// The ids of used messages, and of the messages and terms they refer to, transitively.
fn used_entries<'a>(
    entries: &[(&'a FtlFile, &'a Entry)],
    is_used: impl Fn(&str) -> bool,
) -> BTreeSet<&'a str> {
    let mut used: BTreeSet<&str> = entries
        .iter()
        .filter(|(_, e)| !e.is_term && is_used(&e.id))
        .map(|(_, e)| e.id.as_str())
        .collect();
    loop {
        let before = used.len();
        for (_, e) in entries {
            if used.contains(e.id.as_str()) {
                for (r, _) in e.message_refs.iter().chain(&e.term_refs) {
                    if let Some((_, target)) = entries.iter().find(|(_, x)| x.id == *r) {
                        used.insert(target.id.as_str());
                    }
                }
            }
        }
        if used.len() == before {
            return used;
        }
    }
}

/// Why entry `e` is never shown, in words.
fn obsolete_message(
    needed: &Needed,
    tiers: &[Tier],
    reference: &LoadedLocale,
    loaded: &LoadedLocale,
    e: &Entry,
) -> String {
    let (base, suffix) = split_id(&e.id, tiers);
    let in_reference = reference.entry(&e.id).is_some();
    if e.is_term {
        return format!("term `{}` is not used by any message", e.id);
    }
    if !in_reference && loaded.tag != reference.tag && !needed.any_tier(base) {
        return format!(
            "message `{}` is not in the reference locale `{}` and no sheet uses it",
            e.id, reference.tag
        );
    }
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
}
