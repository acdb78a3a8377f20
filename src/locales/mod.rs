//! Locales under `locales/<tag>/`: metadata (`locale.toml`) and Fluent messages (`*.ftl`).

pub mod digits;
pub mod ftl;
pub mod load;
pub mod script;

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

/// Writing direction of a script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

/// `locales/<tag>/locale.toml`: facts about a locale that are not messages.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleMeta {
    /// The language's name in its own script, e.g. `ไทย`.
    pub endonym: String,
    /// The language's name in English, for people who cannot read the endonym.
    pub english_name: String,
    /// ISO 15924 script code, e.g. `Thai`, `Arab`, `Latn`.
    pub script: String,
    pub direction: Direction,
    /// Font families for this locale, tried in order before the project's fallback fonts.
    pub fonts: Vec<String>,
    /// Who translated the messages, and how (a person, or machine-drafted).
    pub translator: String,
    /// The locale-wide review flag of earlier versions, no longer read: review state is kept
    /// per message in `review.toml` (`infosheet review init` migrates it; check reports it).
    #[serde(default, skip_serializing)]
    pub reviewed: Option<bool>,
    /// The digits counts and times are written in (`latin`, `arabic`, `arabic-extended`).
    #[serde(default)]
    pub digits: digits::Digits,
    /// What separates the items of a list the sheets join (languages spoken, services).
    #[serde(default = "digits::default_list_separator")]
    pub list_separator: String,
}

/// Where a message is defined.
#[derive(Debug, Clone)]
pub struct MessageSite {
    pub file: Arc<Path>,
    pub text: Arc<str>,
    pub span: Range<usize>,
}

/// A loaded locale: its tag, metadata and a Fluent bundle of all its messages.
pub struct Locale {
    pub tag: String,
    pub langid: LanguageIdentifier,
    pub meta: LocaleMeta,
    pub bundle: FluentBundle<FluentResource>,
    /// Every message id defined in this locale, with where it is defined.
    pub messages: BTreeMap<String, MessageSite>,
    pub dir: PathBuf,
    /// Which messages are reviewed and current (from `review.toml`).
    pub review: crate::review::state::Review,
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locale")
            .field("tag", &self.tag)
            .finish_non_exhaustive()
    }
}

/// Parses a BCP 47 tag, returning its canonical form.
pub fn parse_tag(tag: &str) -> std::result::Result<LanguageIdentifier, String> {
    tag.parse::<LanguageIdentifier>()
        .map_err(|e| format!("`{tag}` is not a valid BCP 47 language tag ({e})"))
}

/// Byte ranges of the ids of messages and terms defined at the start of a line.
pub fn message_offsets(text: &str) -> Vec<(String, Range<usize>)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let first = line.chars().next();
        if first.is_some_and(|c| c.is_ascii_alphabetic() || c == '-') {
            let id: String = line
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            if line[id.len()..].trim_start().starts_with('=') && !id.is_empty() {
                out.push((id.clone(), offset..offset + id.len()));
            }
        }
        offset += line.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_message_and_term_ids_with_offsets() {
        let text = "# c\nhello = Hi\n    .attr = x\n-brand = B\nbye=Bye\n";
        let found = message_offsets(text);
        let ids: Vec<_> = found.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["hello", "-brand", "bye"]);
        assert_eq!(&text[found[2].1.clone()], "bye");
    }

    #[test]
    fn tags_are_checked_and_canonical() {
        assert!(parse_tag("th").is_ok());
        assert_eq!(
            parse_tag("zh-hans").map(|l| l.to_string()),
            Ok("zh-Hans".to_string())
        );
        assert!(parse_tag("not a tag").is_err());
    }
}
