//! Rules within each message: variables, references, plural categories, web addresses.

use std::collections::BTreeSet;

use crate::config::Tier;
use crate::diag::{Code, Diagnostic, Finding};
use crate::locales::load::LoadedLocale;
use crate::localize::needed::{ALWAYS_PASSED, NUMERIC_VARIABLES, passed_to, split_id};

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
                            .with_code(Code::VariableUnknown)
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
                                    .with_code(Code::VariableMissing)
                                    .with_hint(format!(
                                        "the reader would not see the value: write {{ ${var} }} where it belongs in the translation (`{}`)",
                                        crate::locales::ftl::value_preview(r)
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
                        .with_code(Code::UnresolvedReference)
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
                        .with_code(Code::UnresolvedReference)
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
                            .with_code(Code::PluralCategories)
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
                                .with_code(Code::PluralCategoryUnused)
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
                        .with_code(Code::UrlScheme)
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
}
