//! Locales under `locales/<tag>/`: metadata (`locale.toml`) and Fluent messages (`*.ftl`).

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use crate::content::{Origin, Ref};
use crate::diag::Diagnostic;
use crate::error::{Error, Result};
use crate::source;

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
    /// False until a native speaker has reviewed the messages; sheets carry a draft mark until then.
    pub reviewed: bool,
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

/// Loads every locale the project lists, reporting all problems at once.
pub fn load_all(root: &Path, tags: &[Ref], config_origin: &Origin) -> Result<Vec<Locale>> {
    let mut locales = Vec::new();
    let mut problems = Vec::new();
    for tag in tags {
        match load_one(root, tag, config_origin) {
            Ok(locale) => locales.push(locale),
            Err(e) => problems.extend(e.diagnostics()),
        }
    }
    if problems.is_empty() {
        Ok(locales)
    } else {
        Err(Error::Invalid(problems))
    }
}

fn load_one(root: &Path, tag: &Ref, config_origin: &Origin) -> Result<Locale> {
    let langid = parse_tag(tag.get_ref()).map_err(|msg| {
        config_origin
            .error_at(tag, msg)
            .with_hint("use a tag such as `th`, `fa`, `zh-Hans` or `pt-BR`")
    })?;
    let canonical = langid.to_string();
    if &canonical != tag.get_ref() {
        return Err(config_origin
            .error_at(
                tag,
                format!("`{}` is not written in canonical form", tag.get_ref()),
            )
            .with_hint(format!("write `{canonical}`"))
            .into());
    }
    let dir = root.join("locales").join(tag.get_ref());
    if !dir.is_dir() {
        return Err(config_origin
            .error_at(
                tag,
                format!(
                    "locale `{}` has no folder locales/{}/",
                    tag.get_ref(),
                    tag.get_ref()
                ),
            )
            .with_hint(format!(
                "create locales/{}/ with a locale.toml and .ftl files",
                tag.get_ref()
            ))
            .into());
    }
    let meta_path = dir.join("locale.toml");
    let meta_text = source::read_text(&meta_path)?;
    let meta: LocaleMeta = source::parse_toml(&meta_path, &meta_text)?;

    let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
    // Placeables are not wrapped in bidi isolation marks: values that must stay left-to-right
    // in right-to-left text (phone numbers, addresses, dates) never go through Fluent; the
    // templates isolate them. Marks would otherwise end up in copied and searched text.
    bundle.set_use_isolating(false);
    let mut messages = BTreeMap::new();
    let mut problems = Vec::new();
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(&dir)
        .max_depth(1)
        .sort_by_file_name()
        .into_iter()
        .filter_map(|e| e.ok())
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    if files.is_empty() {
        problems.push(
            Diagnostic::error(format!("locale `{}` has no .ftl files", tag.get_ref()))
                .in_file(&dir),
        );
    }
    for path in files {
        let text = match source::read_text(&path) {
            Ok(t) => t,
            Err(e) => {
                problems.extend(e.diagnostics());
                continue;
            }
        };
        let file: Arc<Path> = Arc::from(path.as_path());
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for err in errors {
                    let span = err.slice.clone().unwrap_or(err.pos.clone());
                    let at = err.pos.start.max(span.start);
                    problems.push(
                        Diagnostic::error(format!("Fluent syntax error: {}", err.kind))
                            .at(&path, &text, at..err.pos.end.max(at))
                            .with_hint(
                                "see https://projectfluent.org/fluent/guide/ for the syntax",
                            ),
                    );
                }
                r
            }
        };
        let sites = message_offsets(&text);
        for (id, span) in &sites {
            if let Some(previous) = messages.get(id) {
                let previous: &MessageSite = previous;
                let (line, col) = crate::diag::line_col(&previous.text, previous.span.start);
                problems.push(
                    Diagnostic::error(format!("message `{id}` is defined twice"))
                        .at(&path, &text, span.clone())
                        .with_hint(format!(
                            "the first definition is at {}:{line}:{col}",
                            previous.file.display()
                        )),
                );
                continue;
            }
            messages.insert(
                id.clone(),
                MessageSite {
                    file: file.clone(),
                    text: text.clone(),
                    span: span.clone(),
                },
            );
        }
        // Duplicates were reported above with their positions.
        let _ = bundle.add_resource(resource);
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    Ok(Locale {
        tag: tag.get_ref().clone(),
        langid,
        meta,
        bundle,
        messages,
        dir,
    })
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
