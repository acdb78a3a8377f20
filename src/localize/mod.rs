//! Turning message ids into text for one locale and tier, with a recorded fallback chain.
//!
//! For message `id` the lookup tries, in the edition's locale and then in the reference
//! locale: `id--<tier>` (e.g. `right-privacy-body--child-5-8`), `id--<audience>`
//! (`--child` or `--adult`), then `id`. Every message also receives `$tier` and `$audience`,
//! so a translator may instead select wording inside one message. Text taken from the
//! reference locale is recorded as a fallback and tagged with the reference language.

use std::sync::Mutex;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

use crate::config::Tier;
use crate::diag::Diagnostic;
use crate::locales::Locale;

pub mod needed;

/// A piece of localized text; `lang` is set when it is in another language than the sheet.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Text {
    pub text: String,
    pub lang: Option<String>,
    /// The recording of this text, on the blocks of a sheet that have one (see `recordings`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio: Option<crate::recordings::Audio>,
}

impl Text {
    /// Text in the sheet's own language.
    pub fn plain(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            lang: None,
            audio: None,
        }
    }

    /// Text in the language tagged `lang`, which may differ from the sheet's.
    pub fn in_lang(text: impl Into<String>, lang: &str, sheet_lang: &str) -> Self {
        let lang = (lang != sheet_lang).then(|| lang.to_string());
        Self {
            text: text.into(),
            lang,
            audio: None,
        }
    }
}

/// A message served by the reference locale because the edition's locale lacks it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Fallback {
    pub locale: String,
    pub tier: String,
    pub message: String,
    pub served_by: String,
}

/// Resolves messages for one edition (locale × tier).
pub struct Localizer<'a> {
    pub locale: &'a Locale,
    pub reference: &'a Locale,
    pub tier: &'a Tier,
    fallbacks: Mutex<Vec<Fallback>>,
    problems: Mutex<Vec<Diagnostic>>,
    /// Ids of the edition's own locale that served text so far.
    shown: Mutex<std::collections::BTreeSet<String>>,
}

impl<'a> Localizer<'a> {
    pub fn new(locale: &'a Locale, reference: &'a Locale, tier: &'a Tier) -> Self {
        Self {
            locale,
            reference,
            tier,
            fallbacks: Mutex::new(Vec::new()),
            problems: Mutex::new(Vec::new()),
            shown: Mutex::new(std::collections::BTreeSet::new()),
        }
    }

    /// The candidate ids for `id`, most specific first.
    pub fn candidates(&self, id: &str) -> [String; 3] {
        [
            format!("{id}--{}", self.tier.id),
            format!("{id}--{}", self.tier.audience.as_str()),
            id.to_string(),
        ]
    }

    /// Which locale and id would serve `id`, without formatting it.
    pub fn lookup(&self, id: &str) -> Option<(&'a Locale, String)> {
        let candidates = self.candidates(id);
        for locale in [self.locale, self.reference] {
            for candidate in &candidates {
                if locale
                    .bundle
                    .get_message(candidate)
                    .is_some_and(|m| m.value().is_some())
                {
                    return Some((locale, candidate.clone()));
                }
            }
        }
        None
    }

    /// Formats message `id` with `args`; a missing message or a formatting error is recorded
    /// as a problem and yields `None` (a message id is never shown in place of text).
    pub fn text(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> Option<Text> {
        let Some((locale, found)) = self.lookup(id) else {
            self.problem(
                Diagnostic::error(format!(
                    "message `{id}` is missing in locale `{}` and in the reference locale `{}`",
                    self.locale.tag, self.reference.tag
                ))
                .with_hint(format!(
                    "add `{id} = …` to a .ftl file in locales/{}/",
                    self.reference.tag
                )),
            );
            return None;
        };
        if locale.tag == self.locale.tag {
            lock(&self.shown).insert(found.clone());
        } else {
            lock(&self.fallbacks).push(Fallback {
                locale: self.locale.tag.clone(),
                tier: self.tier.id.clone(),
                message: id.to_string(),
                served_by: locale.tag.clone(),
            });
        }
        let mut fluent_args = FluentArgs::new();
        fluent_args.set("tier", FluentValue::from(self.tier.id.as_str()));
        fluent_args.set("audience", FluentValue::from(self.tier.audience.as_str()));
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let message = locale.bundle.get_message(&found)?;
        let pattern = message.value()?;
        let mut errors = Vec::new();
        let value = locale
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        if !errors.is_empty() {
            let details: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            let mut diag = Diagnostic::error(format!(
                "message `{found}` in locale `{}` cannot be formatted: {}",
                locale.tag,
                details.join("; ")
            ))
            .with_hint("check the variables and references the message uses");
            if let Some(site) = locale.messages.get(&found) {
                diag = diag.at(site.file.as_ref(), &site.text, site.span.clone());
            }
            self.problem(diag);
            return None;
        }
        Some(Text::in_lang(
            value.into_owned(),
            &locale.tag,
            &self.locale.tag,
        ))
    }

    fn problem(&self, diag: Diagnostic) {
        lock(&self.problems).push(diag);
    }

    /// Messages served by the reference locale so far.
    pub fn take_fallbacks(&self) -> Vec<Fallback> {
        let mut list = std::mem::take(&mut *lock(&self.fallbacks));
        list.sort();
        list.dedup();
        list
    }

    /// Whether some message of the edition's locale shown so far is not reviewed against the
    /// current reference text, or reference text stands in for a missing translation: the
    /// edition then carries the draft mark.
    pub fn shows_unreviewed(&self) -> bool {
        self.locale.review.is_draft(lock(&self.shown).iter()) || !lock(&self.fallbacks).is_empty()
    }

    /// Problems met so far.
    pub fn take_problems(&self) -> Vec<Diagnostic> {
        std::mem::take(&mut *lock(&self.problems))
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use fluent_bundle::FluentResource;
    use fluent_bundle::concurrent::FluentBundle;

    use super::*;
    use crate::config::{AgeRange, Audience};
    use crate::locales::{Direction, LocaleMeta};

    fn locale(tag: &str, ftl: &str) -> Locale {
        let langid: unic_langid::LanguageIdentifier = tag.parse().unwrap();
        let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(FluentResource::try_new(ftl.to_string()).unwrap())
            .unwrap();
        let meta = LocaleMeta {
            endonym: tag.into(),
            english_name: tag.into(),
            script: "Latn".into(),
            direction: Direction::Ltr,
            fonts: vec![],
            translator: String::new(),
            reviewed: None,
            digits: Default::default(),
            list_separator: ", ".into(),
        };
        Locale {
            tag: tag.into(),
            langid,
            meta,
            bundle,
            messages: BTreeMap::new(),
            dir: tag.into(),
            review: crate::review::state::Review::complete(),
        }
    }

    fn tier(id: &str, audience: Audience) -> Tier {
        Tier {
            id: id.into(),
            ages: AgeRange { min: 0, max: None },
            audience,
            min_body_pt: 12.0,
            max_words_per_sentence: 10,
            template: "full".into(),
        }
    }

    #[test]
    fn tier_variant_then_audience_then_general_then_reference() {
        let en = locale(
            "en",
            "a = A\na--child = A child\na--child-5-8 = A young\nb = B\nc = C\n",
        );
        let de = locale("de", "a = A-de\na--child = A-de child\nb = B-de\n");
        let young = tier("child-5-8", Audience::Child);
        let l = Localizer::new(&de, &en, &young);
        // The edition's own locale wins over a more specific reference message.
        assert_eq!(l.text("a", &[]).unwrap(), Text::plain("A-de child"));
        assert_eq!(l.text("b", &[]).unwrap(), Text::plain("B-de"));
        let c = l.text("c", &[]).unwrap();
        assert_eq!(
            c,
            Text {
                text: "C".into(),
                lang: Some("en".into()),
                audio: None,
            }
        );
        let fallbacks = l.take_fallbacks();
        assert_eq!(fallbacks.len(), 1);
        assert_eq!(fallbacks[0].message, "c");
        let en_young = Localizer::new(&en, &en, &young);
        assert_eq!(en_young.text("a", &[]).unwrap().text, "A young");
    }

    #[test]
    fn a_translation_may_have_a_variant_the_reference_lacks() {
        let en = locale("en", "h = Your rights\n");
        let th = locale("th", "h = th-adult\nh--child = th-child\n");
        let child = tier("child-9-12", Audience::Child);
        let adult = tier("adult", Audience::Adult);
        assert_eq!(
            Localizer::new(&th, &en, &child).text("h", &[]).unwrap(),
            Text::plain("th-child")
        );
        assert_eq!(
            Localizer::new(&th, &en, &adult).text("h", &[]).unwrap(),
            Text::plain("th-adult")
        );
        assert_eq!(
            Localizer::new(&en, &en, &child)
                .text("h", &[])
                .unwrap()
                .text,
            "Your rights"
        );
    }

    #[test]
    fn missing_messages_and_variables_are_problems_never_ids() {
        let en = locale("en", "greet = Hello { $name }\n");
        let adult = tier("adult", Audience::Adult);
        let l = Localizer::new(&en, &en, &adult);
        assert!(l.text("nowhere", &[]).is_none());
        assert!(
            l.text("greet", &[]).is_none(),
            "an unpassed variable is an error"
        );
        let problems = l.take_problems();
        assert_eq!(problems.len(), 2);
        assert!(problems[0].message.contains("`nowhere` is missing"));
        assert_eq!(
            l.text("greet", &[("name", "Ana".into())]).unwrap().text,
            "Hello Ana"
        );
    }

    #[test]
    fn tier_and_audience_reach_selectors() {
        let en = locale(
            "en",
            "hi = { $audience ->\n    [child] Hi!\n   *[other] Good day.\n}\n",
        );
        let child = tier("child-9-12", Audience::Child);
        let adult = tier("adult", Audience::Adult);
        assert_eq!(
            Localizer::new(&en, &en, &child)
                .text("hi", &[])
                .unwrap()
                .text,
            "Hi!"
        );
        assert_eq!(
            Localizer::new(&en, &en, &adult)
                .text("hi", &[])
                .unwrap()
                .text,
            "Good day."
        );
    }
}
