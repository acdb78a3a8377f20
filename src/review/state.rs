//! Review state per message: `locales/<tag>/review.toml` records, for each translated message,
//! the hash of the reference text it was made (or last reviewed) against, the hash of the
//! translation at that moment, and who reviewed it when. `locales/review-snapshots.toml`
//! keeps the reference text behind every hash a review file names, so that an outdated
//! translation can be shown with its old and new English.

use std::collections::{BTreeMap, BTreeSet};
use std::hash::Hasher;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::config::Tier;
use crate::diag::{Code, Diagnostic};
use crate::error::Result;
use crate::locales::ftl::{Entry, FtlFile};
use crate::localize::needed::split_id;

/// File name of a locale's review records.
pub const REVIEW_FILE: &str = "review.toml";
/// File name, in `locales/`, of the reference texts behind the hashes.
pub const SNAPSHOT_FILE: &str = "review-snapshots.toml";

/// One message's review record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// Hash of the reference text the translation was made or last reviewed against.
    pub reference: String,
    /// Hash of the translation at that moment.
    pub translation: String,
    /// Who reviewed it (absent: not reviewed yet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed_by: Option<String>,
    /// When, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewed_on: Option<String>,
    /// The reviewer's comment, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// `locales/<tag>/review.toml`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewFile {
    #[serde(default)]
    pub messages: BTreeMap<String, Record>,
}

/// `locales/review-snapshots.toml`: reference text by hash.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshots {
    #[serde(default)]
    pub texts: BTreeMap<String, String>,
}

const REVIEW_HEADER: &str = "# Review state of each translated message, written by `infosheet review` (see README,\n\
# \"Reviewing translations\"). `reference`: hash of the English text the translation was made or\n\
# reviewed against; `translation`: hash of the translation then; `reviewed_by`/`reviewed_on`:\n\
# who reviewed it, when (absent: not reviewed, the sheets showing it carry the draft mark).\n\n";

const SNAPSHOT_HEADER: &str = "# The reference text behind each hash that a locales/<tag>/review.toml names, so that\n\
# `infosheet check` can show the old English of an outdated translation. Written by\n\
# `infosheet review`; do not edit.\n\n";

/// The hash of a message text: 16 hex digits (SipHash-1-3, fixed keys: stable across builds).
pub fn hash(text: &str) -> String {
    let mut h = siphasher::sip::SipHasher13::new_with_keys(0, 0);
    h.write(text.as_bytes());
    format!("{:016x}", h.finish())
}

/// A message's value as a reviewer sees it: the text after `id =`, continuation lines
/// dedented, trailing spaces trimmed. Review hashes and review packs use this form.
pub fn value_text(entry: &Entry) -> String {
    let source = &entry.source;
    let after = source.split_once('=').map_or("", |(_, v)| v);
    let mut lines = after.lines();
    let first = lines.next().unwrap_or("").trim();
    let rest: Vec<&str> = lines.map(str::trim_end).collect();
    let indent = rest
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<String> = Vec::new();
    if !first.is_empty() {
        out.push(first.to_string());
    }
    out.extend(
        rest.iter()
            .map(|l| l.get(indent..).unwrap_or("").to_string()),
    );
    out.join("\n").trim().to_string()
}

/// The reference entry a translated entry `id` is made against: the same id, else its base id
/// (a locale may write `x--child` where the reference has only `x`).
pub fn reference_entry<'a>(
    reference: &'a [FtlFile],
    id: &str,
    tiers: &[Tier],
) -> Option<&'a Entry> {
    let find = |id: &str| reference.iter().find_map(|f| f.entry(id));
    find(id).or_else(|| find(split_id(id, tiers).0))
}

/// A translation whose reference text changed since it was made or reviewed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outdated {
    /// The reference text then, if the snapshot file kept it.
    pub old: Option<String>,
    pub new: String,
}

/// What the review records say about a loaded locale's messages now.
#[derive(Debug, Clone, Default)]
pub struct Review {
    /// Every message counts as reviewed (the reference locale, pseudo-locales).
    pub all: bool,
    /// Every message counts as unreviewed, even when none is shown (the probe locale).
    pub none: bool,
    /// Messages reviewed against the current reference text and unchanged since.
    pub reviewed: BTreeSet<String>,
    /// Messages whose reference text changed since their translation was made or reviewed.
    pub outdated: BTreeMap<String, Outdated>,
    /// Messages with no record.
    pub unrecorded: BTreeSet<String>,
}

impl Review {
    /// Every message reviewed.
    pub fn complete() -> Self {
        Self {
            all: true,
            ..Self::default()
        }
    }

    /// Nothing reviewed, whatever is shown.
    pub fn nothing() -> Self {
        Self {
            none: true,
            ..Self::default()
        }
    }

    /// Whether message `id` (as defined in the locale) is reviewed and current.
    pub fn is_reviewed(&self, id: &str) -> bool {
        !self.none && (self.all || self.reviewed.contains(id))
    }

    /// Whether an edition showing `ids` of this locale carries the draft mark.
    pub fn is_draft<'a>(&self, ids: impl IntoIterator<Item = &'a String>) -> bool {
        self.none || (!self.all && ids.into_iter().any(|id| !self.reviewed.contains(id)))
    }
}

/// Reads `path` as TOML of type `T`; a missing file is the default.
fn read_toml<T: Default + serde::de::DeserializeOwned>(path: &Path) -> Result<T> {
    if !path.is_file() {
        return Ok(T::default());
    }
    let text = crate::source::read_text(path)?;
    crate::source::parse_toml::<T>(path, &text)
}

/// The review records of the locale in `dir`; problems are located diagnostics.
pub fn read_review(dir: &Path) -> std::result::Result<ReviewFile, Vec<Diagnostic>> {
    read_toml(&dir.join(REVIEW_FILE)).map_err(|e| {
        e.diagnostics()
            .into_iter()
            .map(|d| {
                d.with_code(Code::ReviewState)
                    .with_hint("review.toml is written by `infosheet review`; restore it from git or run `infosheet review init`")
            })
            .collect()
    })
}

/// The reference snapshots in `locales_dir` (empty when the file is missing or unreadable).
pub fn read_snapshots(locales_dir: &Path) -> Snapshots {
    read_toml(&locales_dir.join(SNAPSHOT_FILE)).unwrap_or_default()
}

/// Computes what `file` says about the messages of `files`, against the reference files.
pub fn evaluate(
    file: &ReviewFile,
    files: &[FtlFile],
    reference: &[FtlFile],
    snapshots: &Snapshots,
    tiers: &[Tier],
) -> Review {
    let mut review = Review::default();
    for f in files {
        for e in &f.entries {
            let Some(r) = reference_entry(reference, &e.id, tiers) else {
                continue;
            };
            let Some(record) = file.messages.get(&e.id) else {
                review.unrecorded.insert(e.id.clone());
                continue;
            };
            let new = value_text(r);
            if record.reference != hash(&new) {
                let old = snapshots.texts.get(&record.reference).cloned();
                review.outdated.insert(e.id.clone(), Outdated { old, new });
            } else if record.reviewed_by.is_some() && record.translation == hash(&value_text(e)) {
                review.reviewed.insert(e.id.clone());
            }
        }
    }
    review
}

/// Writes a locale's review file (sorted, with its header).
pub fn write_review(dir: &Path, file: &ReviewFile) -> Result<()> {
    let body = toml::to_string(file).map_err(|e| crate::error::Error::Usage(e.to_string()))?;
    let text = format!("{REVIEW_HEADER}{body}");
    crate::output::write_atomic(&dir.join(REVIEW_FILE), text.as_bytes())
}

/// Rewrites the snapshot file so that it holds the text of every reference hash named by a
/// review file under `locales_dir` (plus `current`), and no other.
pub fn write_snapshots(locales_dir: &Path, current: &BTreeMap<String, String>) -> Result<()> {
    let old = read_snapshots(locales_dir);
    let mut wanted = BTreeSet::new();
    for dir in locale_dirs(locales_dir) {
        if let Ok(f) = read_review(&dir) {
            wanted.extend(f.messages.into_values().map(|r| r.reference));
        }
    }
    let mut texts = BTreeMap::new();
    for h in wanted {
        if let Some(t) = current.get(&h).or_else(|| old.texts.get(&h)) {
            texts.insert(h, t.clone());
        }
    }
    let body = toml::to_string(&Snapshots { texts })
        .map_err(|e| crate::error::Error::Usage(e.to_string()))?;
    let text = format!("{SNAPSHOT_HEADER}{body}");
    crate::output::write_atomic(&locales_dir.join(SNAPSHOT_FILE), text.as_bytes())
}

/// Every folder directly under `locales/`.
fn locale_dirs(locales_dir: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(locales_dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    dirs
}

/// The current reference texts by hash.
pub fn reference_texts(reference: &[FtlFile]) -> BTreeMap<String, String> {
    reference
        .iter()
        .flat_map(|f| &f.entries)
        .map(|e| {
            let t = value_text(e);
            (hash(&t), t)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn parse(text: &str) -> FtlFile {
        FtlFile::parse(PathBuf::from("x.ftl"), Arc::from(text))
    }

    #[test]
    fn values_are_dedented_and_hashes_stable() {
        let f = parse("a = One\nb =\n    { $tier ->\n        [x] X\n       *[other] Y\n    }\n");
        assert_eq!(value_text(f.entry("a").unwrap()), "One");
        assert_eq!(
            value_text(f.entry("b").unwrap()),
            "{ $tier ->\n    [x] X\n   *[other] Y\n}"
        );
        assert_eq!(hash("One"), hash("One"));
        assert_ne!(hash("One"), hash("One."));
        assert_eq!(hash("").len(), 16);
    }

    #[test]
    fn reviewed_outdated_and_changed_messages() {
        let en = vec![parse("a = A\nb = B new\nc = C\n")];
        let th = vec![parse("a = ก\nb = ข\nc = ค changed\n")];
        let rec = |reference: &str, translation: &str, by: Option<&str>| Record {
            reference: hash(reference),
            translation: hash(translation),
            reviewed_by: by.map(String::from),
            reviewed_on: by.map(|_| "2026-12-01".to_string()),
            comment: None,
        };
        let mut file = ReviewFile::default();
        file.messages
            .insert("a".into(), rec("A", "ก", Some("Niran")));
        file.messages
            .insert("b".into(), rec("B old", "ข", Some("Niran")));
        file.messages
            .insert("c".into(), rec("C", "ค", Some("Niran")));
        let mut snaps = Snapshots::default();
        snaps.texts.insert(hash("B old"), "B old".into());
        let r = evaluate(&file, &th, &en, &snaps, &[]);
        assert!(r.is_reviewed("a"));
        assert!(!r.is_reviewed("b"), "outdated");
        assert!(!r.is_reviewed("c"), "changed since review");
        assert_eq!(
            r.outdated.get("b"),
            Some(&Outdated {
                old: Some("B old".into()),
                new: "B new".into()
            })
        );
        assert!(r.is_draft(&["a".to_string(), "c".to_string()]));
        assert!(!r.is_draft(&["a".to_string()]));
    }
}
