//! The readability lint over a project: every message as rendered for each tier.

use std::collections::BTreeSet;

use fluent_bundle::FluentValue;

use super::Finding;
use super::load::LoadedLocale;
use super::messages::{Needed, SAMPLE_ARGS, SampleValue, passed_to, resolve};
use crate::diag::Diagnostic;
use crate::localize::Localizer;
use crate::project::Project;
use crate::readability::longest_sentence;

/// Messages that name things (legal instruments, regions) rather than say something: they are
/// cited as their owners write them, so their length is not the translator's to shorten.
pub const EXEMPT_PREFIXES: &[&str] = &["instrument-", "region-"];

/// Reports sentences longer than their tier's `max_words_per_sentence`.
pub fn check(
    project: &Project,
    needed: &Needed,
    loaded: &[LoadedLocale],
    only: Option<&str>,
    out: &mut Vec<Finding>,
) {
    for locale in &project.locales {
        if only.is_some_and(|o| o != locale.tag) {
            continue;
        }
        let files = loaded.iter().find(|l| l.tag == locale.tag);
        let mut seen = BTreeSet::new();
        for tier in &project.config.file.tiers {
            let l10n = Localizer::new(locale, locale, tier);
            for id in needed.per_tier.get(&tier.id).into_iter().flatten() {
                if EXEMPT_PREFIXES.iter().any(|p| id.starts_with(p)) {
                    continue;
                }
                // Text the locale does not have is measured in the reference locale.
                let Some((_, found)) = resolve(locale, id, tier) else {
                    continue;
                };
                if !seen.insert((found.clone(), tier.id.clone())) {
                    continue;
                }
                let passed = passed_to(id);
                let args: Vec<(&str, FluentValue<'_>)> = SAMPLE_ARGS
                    .iter()
                    .filter(|(name, _)| passed.contains(name))
                    .map(|(name, v)| {
                        let value = match v {
                            SampleValue::Number(n) => FluentValue::from(*n),
                            SampleValue::Text(t) => FluentValue::from(*t),
                        };
                        (*name, value)
                    })
                    .collect();
                let Some(text) = l10n.text(id, &args) else {
                    continue;
                };
                let Some((words, sentence)) = longest_sentence(&text.text, &locale.meta.script)
                else {
                    continue;
                };
                let limit = tier.max_words_per_sentence as usize;
                if words <= limit {
                    continue;
                }
                let quote: String = sentence.text.chars().take(60).collect();
                let ellipsis = if quote.len() < sentence.text.len() {
                    "…"
                } else {
                    ""
                };
                let mut d = Diagnostic::warning(format!(
                    "a sentence of {words} words in `{found}` (locale `{}`, tier {}) is longer than the {limit} words the tier allows",
                    locale.tag, tier.id
                ))
                .with_code("sentence-too-long")
                .with_hint(format!(
                    "split it, or say it more simply: “{quote}{ellipsis}”"
                ));
                if let Some((file, entry)) = files.and_then(|f| f.entry(&found)) {
                    let prefix: String = sentence.text.chars().take(12).collect();
                    let at = entry.texts.iter().find_map(|(t, span)| {
                        t.find(&prefix).map(|i| {
                            let start = span.start + i;
                            let len = if t[i..].starts_with(sentence.text) {
                                sentence.text.len()
                            } else {
                                prefix.len()
                            };
                            start..start + len
                        })
                    });
                    d = d.at(
                        &file.path,
                        &file.text,
                        at.unwrap_or_else(|| entry.id_span.clone()),
                    );
                }
                out.push(Finding::new(d, Some(locale.tag.as_str())));
            }
            let _ = l10n.take_problems();
        }
    }
}
