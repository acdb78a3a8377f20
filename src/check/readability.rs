//! The readability lint over a project: every message as rendered for each tier.

use std::collections::BTreeSet;

use fluent_bundle::FluentValue;

use crate::config::Tier;
use crate::diag::Diagnostic;
use crate::diag::{Code, Finding};
use crate::locales::Locale;
use crate::locales::ftl::{Entry, FtlFile};
use crate::locales::load::LoadedLocale;
use crate::localize::Localizer;
use crate::localize::needed::{Needed, SAMPLE_ARGS, SampleValue, passed_to, resolve};
use crate::project::Project;
use crate::readability::{count_words, longest_sentence};

/// Messages that name things (legal instruments, regions) rather than say something: they are
/// cited as their owners write them, so their length is not the translator's to shorten. The
/// discreet editions' word list is data, never shown.
pub const EXEMPT_PREFIXES: &[&str] = &["instrument-", "region-", crate::discreet::WORDS];

/// Messages of the read-aloud script (content/sheets/read-aloud.toml), spoken by staff rather
/// than read: their sentences are held to the limit, but they do not count towards a locale's
/// words-per-reference-word ratio, so that adding a script does not move the limits the
/// readers' own sheets were translated to.
pub const UNCALIBRATED_PREFIXES: &[&str] = &["ra-", "script-"];

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
            tier_sentences(project, needed, locale, files, tier, &mut seen, out);
        }
    }
}

/// The long sentences of one locale's messages as one tier reads them; `seen` keeps a message
/// that several ids resolve to from being reported twice.
fn tier_sentences(
    project: &Project,
    needed: &Needed,
    locale: &Locale,
    files: Option<&LoadedLocale>,
    tier: &Tier,
    seen: &mut BTreeSet<(String, String)>,
    out: &mut Vec<Finding>,
) {
    let reference = project.reference();
    let l10n = Localizer::new(locale, locale, tier);
    let in_reference = Localizer::new(reference, reference, tier);
    let ids: Vec<&String> = needed
        .per_tier
        .get(&tier.id)
        .into_iter()
        .flatten()
        .filter(|id| !EXEMPT_PREFIXES.iter().any(|p| id.starts_with(p)))
        .collect();
    let limit = Limit::new(
        tier.max_words_per_sentence,
        ids.iter()
            .filter(|id| !UNCALIBRATED_PREFIXES.iter().any(|p| id.starts_with(p)))
            .filter_map(|id| {
                let text = l10n.text(id, &sample_args(id))?;
                let reference_text = in_reference.text(id, &sample_args(id))?;
                (text.lang.is_none())
                    .then(|| (count_words(&text.text), count_words(&reference_text.text)))
            }),
        locale.tag == reference.tag,
    );
    for id in ids {
        // Text the locale does not have is measured in the reference locale.
        let Some((_, found)) = resolve(locale, id, tier) else {
            continue;
        };
        if !seen.insert((found.clone(), tier.id.clone())) {
            continue;
        }
        let Some(text) = l10n.text(id, &sample_args(id)) else {
            continue;
        };
        let Some((words, sentence)) = longest_sentence(&text.text, &locale.meta.script) else {
            continue;
        };
        if words <= limit.words {
            continue;
        }
        let d = Diagnostic::warning(format!(
            "a sentence of {words} words in `{found}` (locale `{}`, tier {}) is longer than the {} words the tier allows{}",
            locale.tag, tier.id, limit.words, limit.explained(&reference.tag)
        ))
        .with_code(Code::SentenceTooLong);
        let d = located(d, sentence.text, files.and_then(|f| f.entry(&found)));
        out.push(Finding::new(d, Some(locale.tag.as_str())));
    }
    let _ = l10n.take_problems();
}

/// `d` with a hint quoting `sentence`, at the sentence in the entry's file when it is found
/// there, else at the entry's id.
fn located(d: Diagnostic, sentence: &str, entry: Option<(&FtlFile, &Entry)>) -> Diagnostic {
    let quote: String = sentence.chars().take(60).collect();
    let ellipsis = if quote.len() < sentence.len() {
        "…"
    } else {
        ""
    };
    let d = d.with_hint(format!(
        "split it, or say it more simply: “{quote}{ellipsis}”"
    ));
    let Some((file, entry)) = entry else {
        return d;
    };
    let prefix: String = sentence.chars().take(12).collect();
    let at = entry.texts.iter().find_map(|(t, span)| {
        t.find(&prefix).map(|i| {
            let start = span.start + i;
            let len = if t[i..].starts_with(sentence) {
                sentence.len()
            } else {
                prefix.len()
            };
            start..start + len
        })
    });
    d.at(
        &file.path,
        &file.text,
        at.unwrap_or_else(|| entry.id_span.clone()),
    )
}

/// The sample arguments `id` takes, as Fluent values.
fn sample_args(id: &str) -> Vec<(&'static str, FluentValue<'static>)> {
    let passed = passed_to(id);
    SAMPLE_ARGS
        .iter()
        .filter(|(name, _)| passed.contains(name))
        .map(|(name, v)| {
            let value = match v {
                SampleValue::Number(n) => FluentValue::from(*n),
                SampleValue::Text(t) => FluentValue::from(*t),
            };
            (*name, value)
        })
        .collect()
}

/// A tier's sentence limit for one locale. Word segmenters split some scripts much more finely
/// than English (ICU counts Burmese and Khmer syllable groups as words), so a locale that uses
/// more words than the reference for the same messages gets a proportionally higher limit;
/// a limit is never lowered.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Limit {
    words: usize,
    tier_words: usize,
    /// The locale's words per reference word, over the messages of the tier it translates.
    ratio: f64,
}

impl Limit {
    /// `pairs`: (words in the locale, words in the reference) for each message.
    fn new(
        tier_words: u32,
        pairs: impl Iterator<Item = (usize, usize)>,
        is_reference: bool,
    ) -> Self {
        let (own, reference) = pairs.fold((0, 0), |(a, b), (x, y)| (a + x, b + y));
        let ratio = if is_reference || reference == 0 {
            1.0
        } else {
            (own as f64 / reference as f64).max(1.0)
        };
        let tier_words = tier_words as usize;
        Self {
            words: (tier_words as f64 * ratio).round() as usize,
            tier_words,
            ratio,
        }
    }

    fn explained(&self, reference: &str) -> String {
        if self.words == self.tier_words {
            String::new()
        } else {
            format!(
                " in this language ({} in `{reference}`; this locale uses {:.2} words for each word of `{reference}`)",
                self.tier_words, self.ratio
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wordier_segmentation_raises_the_limit_in_proportion() {
        let limit = Limit::new(8, [(30, 20), (10, 5)].into_iter(), false);
        assert_eq!(limit.words, 13, "8 × 40/25 = 12.8");
        assert!(limit.explained("en").contains("8 in `en`"));
    }

    #[test]
    fn a_limit_is_never_lowered_and_the_reference_keeps_its_own() {
        assert_eq!(Limit::new(12, [(5, 10)].into_iter(), false).words, 12);
        assert_eq!(Limit::new(12, [(30, 10)].into_iter(), true).words, 12);
        assert_eq!(Limit::new(12, std::iter::empty(), false).words, 12);
        assert_eq!(
            Limit::new(12, [(5, 10)].into_iter(), false).explained("en"),
            ""
        );
    }
}
