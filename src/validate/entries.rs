//! Rules within each message: variables, references, plural categories, web addresses.

use std::collections::BTreeSet;

use crate::config::Tier;
use crate::diag::{Code, Diagnostic, Finding};
use crate::locales::ftl::{Entry, FtlFile, value_preview};
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

/// What the rules over one locale's entries share.
struct Scope<'a> {
    tiers: &'a [Tier],
    reference: Option<&'a LoadedLocale>,
    loaded: &'a LoadedLocale,
    /// CLDR plural categories of the language for whole numbers, if known.
    categories: Option<Vec<&'static str>>,
    language_name: String,
}

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
    let scope = Scope {
        tiers,
        reference: reference.filter(|r| r.tag != loaded.tag),
        loaded,
        categories: langid.as_ref().and_then(integer_plural_categories),
        language_name: loaded
            .locale
            .as_ref()
            .map_or(loaded.tag.clone(), |l| l.meta.english_name.clone()),
    };
    let mut found = Vec::new();
    for file in &loaded.files {
        for e in &file.entries {
            if !e.is_term {
                variables(&scope, file, e, &mut found);
            }
            references(&scope, file, e, &mut found);
            plurals(&scope, file, e, &mut found);
            http_addresses(file, e, &mut found);
        }
    }
    out.extend(
        found
            .into_iter()
            .map(|d| Finding::new(d, Some(loaded.tag.as_str()))),
    );
}

/// Variables nobody passes (an error), and variables the reference uses that a translation
/// leaves out (a warning).
fn variables(scope: &Scope<'_>, file: &FtlFile, e: &Entry, out: &mut Vec<Diagnostic>) {
    let (base, _) = split_id(&e.id, scope.tiers);
    let allowed = passed_to(base);
    let mut seen = BTreeSet::new();
    for (var, span) in &e.variables {
        if !allowed.contains(&var.as_str()) && seen.insert(var.clone()) {
            out.push(
                Diagnostic::error(format!(
                    "message `{}` uses `${var}`, which infosheet never passes to it",
                    e.id
                ))
                .at(
                    &file.path,
                    &file.text,
                    span.start.saturating_sub(1)..span.end,
                )
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
    let Some(reference) = scope.reference else {
        return;
    };
    let Some((_, r)) = reference.entry(&e.id).or_else(|| reference.entry(base)) else {
        return;
    };
    let passed: BTreeSet<&str> = r
        .variables
        .iter()
        .map(|(v, _)| v.as_str())
        .filter(|v| !ALWAYS_PASSED.contains(v) && allowed.contains(v))
        .collect();
    for var in passed {
        if !e.variables.iter().any(|(v, _)| v == var) {
            out.push(
                Diagnostic::warning(format!(
                    "message `{}` does not use `${var}`, which the `{}` text uses",
                    e.id, reference.tag
                ))
                .at(&file.path, &file.text, e.id_span.clone())
                .with_code(Code::VariableMissing)
                .with_hint(format!(
                    "the reader would not see the value: write {{ ${var} }} where it belongs in the translation (`{}`)",
                    value_preview(r)
                )),
            );
        }
    }
}

/// `{ message }` and `{ -term }` references the locale does not define.
fn references(scope: &Scope<'_>, file: &FtlFile, e: &Entry, out: &mut Vec<Diagnostic>) {
    let loaded = scope.loaded;
    let defined = |id: &str, term: bool| {
        loaded
            .files
            .iter()
            .flat_map(|f| &f.entries)
            .any(|e| e.id == id && e.is_term == term && (term || e.has_value))
    };
    for (r, span) in &e.message_refs {
        if !defined(r, false) {
            out.push(
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
            out.push(
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
}

/// Selects on a number: every plural category of the language, and none it never uses.
fn plurals(scope: &Scope<'_>, file: &FtlFile, e: &Entry, out: &mut Vec<Diagnostic>) {
    let Some(categories) = &scope.categories else {
        return;
    };
    let language_name = &scope.language_name;
    for s in &e.selects {
        let Some(var) = s
            .variable
            .as_deref()
            .filter(|v| NUMERIC_VARIABLES.contains(v))
        else {
            continue;
        };
        let at = s.span.start.saturating_sub(1)..s.span.end;
        let missing: Vec<&str> = categories
            .iter()
            .copied()
            .filter(|c| !s.keys.iter().any(|k| k == c))
            .collect();
        if !missing.is_empty() {
            out.push(
                Diagnostic::warning(format!(
                    "the select on `${var}` in `{}` has no variant for {}: {language_name} uses {} for whole numbers",
                    e.id,
                    missing.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", "),
                    categories.join(", ")
                ))
                .at(&file.path, &file.text, at.clone())
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
                out.push(
                    Diagnostic::warning(format!(
                        "variant `[{key}]` of the select on `${var}` in `{}` is never chosen: {language_name} has no `{key}` category",
                        e.id
                    ))
                    .at(&file.path, &file.text, at.clone())
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

/// An unencrypted `http://` address written in a message.
fn http_addresses(file: &FtlFile, e: &Entry, out: &mut Vec<Diagnostic>) {
    for (text, span) in &e.texts {
        if let Some(i) = text.find("http://") {
            out.push(
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
