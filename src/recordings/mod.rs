//! Recordings of messages: `recordings/<locale>/<message-id>.opus`, one Ogg Opus file per
//! Fluent message id (a tier variant is its own id: `right-safety-body--child-5-8.opus`), and
//! `recordings/<locale>/manifest.toml`, which says for each file the SHA-256 of the text it
//! speaks, who spoke it (a person's name, or `synthetic`) and when.
//!
//! The text hashed is the message as the edition shows it: Fluent's output for the tier, with
//! `$tier` and `$audience` passed, without bidi isolation marks, as UTF-8, not normalized
//! (`printf '%s' "$text" | sha256sum`). A recording is played on the tiers whose text still
//! hashes the same; elsewhere it is stale and left off the page.

pub mod ogg;

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use toml::Spanned;

use crate::diag::{Code, Diagnostic, Finding};

/// The folder of recordings in a project.
pub const DIR: &str = "recordings";
/// The manifest in each locale's folder of recordings.
pub const MANIFEST: &str = "manifest.toml";
/// The file extension of a recording.
pub const EXT: &str = "opus";
/// The `speaker` of a recording made by a speech synthesizer.
pub const SYNTHETIC: &str = "synthetic";
/// Largest recording accepted: about three minutes at 24 kbit/s, far more than one message.
pub const MAX_RECORDING_BYTES: u64 = 512 * 1024;
/// Largest HTML page with recordings a build writes (2 MB), so it still goes by messenger.
pub const PAGE_BUDGET_BYTES: usize = 2_000_000;

/// The SHA-256 of a text, as 64 lowercase hex digits.
pub fn text_sha256(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `recordings/<locale>/manifest.toml`.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestFile {
    #[serde(default)]
    pub recording: Vec<Entry>,
}

/// One recording as the manifest describes it.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The Fluent message id; the file is `<message>.opus` beside the manifest.
    pub message: Spanned<String>,
    /// SHA-256 of the text spoken (see the module documentation).
    pub text_sha256: Spanned<String>,
    /// A person's name, or `synthetic`.
    pub speaker: Spanned<String>,
    /// When it was recorded (a TOML date, `2026-12-01`).
    pub recorded: Spanned<toml::value::Datetime>,
    /// For a person: that they agreed to their voice being handed out with the sheets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent: Option<Spanned<bool>>,
    /// How a synthetic recording was made (voice, encoder).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool: Option<String>,
}

/// A recording that loaded: its manifest entry and its checked file.
#[derive(Debug, Clone)]
pub struct Recording {
    pub locale: String,
    pub message: String,
    pub text_sha256: String,
    pub speaker: String,
    pub recorded: String,
    /// Project-relative path with `/`, e.g. `recordings/th/right-safety-title.opus`.
    pub file: String,
    pub bytes: Arc<[u8]>,
    /// SHA-256 of the file, so that an edition is rebuilt when its recording changes.
    pub file_sha256: String,
    pub duration_s: f64,
    /// Where the entry's `text_sha256` is in the manifest.
    pub span: Range<usize>,
    /// Where the entry's `message` is in the manifest.
    pub message_span: Range<usize>,
}

impl Recording {
    pub fn synthetic(&self) -> bool {
        self.speaker == SYNTHETIC
    }
}

/// A block's recording as the sheet model carries it (the audio itself is handed to the HTML
/// templates apart, as `audio_src[file]`, so the PDF's model stays small).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Audio {
    /// The message id recorded (a tier variant's own id).
    pub message: String,
    /// Project-relative path of the recording.
    pub file: String,
    /// SHA-256 of the file.
    pub sha256: String,
    pub bytes: u64,
    pub duration_s: f64,
    /// Made by a speech synthesizer: the page says "computer voice, not a person".
    pub synthetic: bool,
}

impl Audio {
    pub fn of(rec: &Recording) -> Self {
        Self {
            message: rec.message.clone(),
            file: rec.file.clone(),
            sha256: rec.file_sha256.clone(),
            bytes: rec.bytes.len() as u64,
            duration_s: (rec.duration_s * 100.0).round() / 100.0,
            synthetic: rec.synthetic(),
        }
    }
}

/// The recordings of one locale.
#[derive(Debug, Clone)]
pub struct LocaleRecordings {
    pub tag: String,
    /// The manifest's path and text, for locating findings.
    pub manifest: Option<(PathBuf, Arc<str>)>,
    /// By message id.
    pub recordings: BTreeMap<String, Recording>,
}

/// Every locale's recordings.
#[derive(Debug, Clone, Default)]
pub struct Recordings {
    pub locales: BTreeMap<String, LocaleRecordings>,
    /// Recordings left off the pages (stale, of a removed message): warnings the build prints.
    pub warnings: Vec<Diagnostic>,
}

impl Recordings {
    /// The recording stored at project-relative `file`.
    pub fn by_file(&self, file: &str) -> Option<&Recording> {
        self.locales
            .values()
            .flat_map(|l| l.recordings.values())
            .find(|r| r.file == file)
    }

    /// The recording of `message` in `locale`, if it loaded.
    pub fn get(&self, locale: &str, message: &str) -> Option<&Recording> {
        self.locales.get(locale)?.recordings.get(message)
    }

    /// Reads `recordings/<tag>/` of every tag that has one; every problem becomes a finding.
    pub fn load(root: &Path, tags: &[String], findings: &mut Vec<Finding>) -> Self {
        let mut out = Self::default();
        for tag in tags {
            let dir = root.join(DIR).join(tag);
            if dir.is_dir() {
                let loaded = load_locale(root, tag, &dir, findings);
                out.locales.insert(tag.clone(), loaded);
            }
        }
        out
    }
}

/// A finding about `tag`'s recordings.
fn finding(d: Diagnostic, code: Code, tag: &str) -> Finding {
    Finding::new(d.with_code(code), Some(tag))
}

fn load_locale(root: &Path, tag: &str, dir: &Path, out: &mut Vec<Finding>) -> LocaleRecordings {
    let mut result = LocaleRecordings {
        tag: tag.to_string(),
        manifest: None,
        recordings: BTreeMap::new(),
    };
    let manifest_path = dir.join(MANIFEST);
    let entries = if manifest_path.exists() {
        match read_manifest(&manifest_path) {
            Ok((text, file)) => {
                result.manifest = Some((manifest_path.clone(), text));
                file.recording
            }
            Err(diags) => {
                out.extend(
                    diags
                        .into_iter()
                        .map(|d| finding(d, Code::RecordingManifest, tag)),
                );
                return result;
            }
        }
    } else {
        Vec::new()
    };
    let files = opus_files(dir, tag, out);
    let Some((path, text)) = result.manifest.clone() else {
        for f in files.values() {
            out.push(unlisted(f, tag));
        }
        return result;
    };
    let at = |d: Diagnostic, span: Range<usize>| d.at(&path, &text, span);
    let listed: std::collections::BTreeSet<String> = entries
        .iter()
        .map(|e| e.message.get_ref().clone())
        .collect();
    for entry in entries {
        let message = entry.message.get_ref().clone();
        let Some(problem) = entry_problem(&entry, &result) else {
            let Some(file) = files.get(&message) else {
                out.push(finding(
                    at(
                        Diagnostic::warning(format!(
                            "the manifest lists a recording of `{message}`, but recordings/{tag}/{message}.{EXT} does not exist"
                        )),
                        entry.message.span(),
                    )
                    .with_hint("add the file, or remove the entry"),
                    Code::RecordingMissing,
                    tag,
                ));
                continue;
            };
            if let Some(rec) = read_recording(root, tag, &entry, file, out) {
                result.recordings.insert(message, rec);
            }
            continue;
        };
        let (d, span) = problem;
        out.push(finding(at(d, span), Code::RecordingManifest, tag));
    }
    for (message, f) in &files {
        if !listed.contains(message) {
            out.push(unlisted(f, tag));
        }
    }
    result
}

/// What is wrong with a manifest entry, and where (`None`: nothing).
fn entry_problem(entry: &Entry, so_far: &LocaleRecordings) -> Option<(Diagnostic, Range<usize>)> {
    let message = entry.message.get_ref();
    let valid_id = message
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && message
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !valid_id {
        return Some((
            Diagnostic::error(format!("`{message}` is not a Fluent message id")).with_hint(
                "a message id starts with a letter and has only letters, digits, `-` and `_`",
            ),
            entry.message.span(),
        ));
    }
    if so_far.recordings.contains_key(message) {
        return Some((
            Diagnostic::error(format!("`{message}` is listed twice")),
            entry.message.span(),
        ));
    }
    let hash = entry.text_sha256.get_ref();
    if hash.len() != 64
        || !hash
            .chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
    {
        return Some((
            Diagnostic::error("`text_sha256` is not a SHA-256 (64 lowercase hex digits)")
                .with_hint(
                    "the SHA-256 of the message's text, e.g. `printf '%s' \"$text\" | sha256sum`",
                ),
            entry.text_sha256.span(),
        ));
    }
    let speaker = entry.speaker.get_ref().trim();
    if speaker.is_empty() {
        return Some((
            Diagnostic::error("`speaker` is empty")
                .with_hint("the speaker's name (as they agreed to be named), or `synthetic`"),
            entry.speaker.span(),
        ));
    }
    let consented = entry.consent.as_ref().is_some_and(|c| *c.get_ref());
    if speaker != SYNTHETIC && !consented {
        let span = entry
            .consent
            .as_ref()
            .map_or_else(|| entry.speaker.span(), |c| c.span());
        return Some((
            Diagnostic::error(format!(
                "the recording of `{message}` by {speaker} does not say that they consented"
            ))
            .with_hint("set `consent = true` only once the speaker has agreed, in writing, that their voice is handed out with the sheets"),
            span,
        ));
    }
    None
}

/// A recording file the manifest does not list.
fn unlisted(path: &Path, tag: &str) -> Finding {
    finding(
        Diagnostic::warning(
            "this recording is not in the manifest, so nobody knows what text it speaks; it is not played",
        )
        .in_file(path)
        .with_hint(format!(
            "add a [[recording]] entry to recordings/{tag}/{MANIFEST} (message, text_sha256, speaker, recorded)"
        )),
        Code::RecordingUnlisted,
        tag,
    )
}

fn read_manifest(path: &Path) -> Result<(Arc<str>, ManifestFile), Vec<Diagnostic>> {
    let text = crate::source::read_text(path).map_err(|e| e.diagnostics())?;
    let file =
        crate::source::parse_toml::<ManifestFile>(path, &text).map_err(|e| e.diagnostics())?;
    Ok((text, file))
}

/// The `<message>.opus` files of a locale's folder, by message id; anything else is reported.
fn opus_files(dir: &Path, tag: &str, out: &mut Vec<Finding>) -> BTreeMap<String, PathBuf> {
    let mut files = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return files;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name == MANIFEST {
            continue;
        }
        match name.strip_suffix(&format!(".{EXT}")) {
            Some(message) if path.is_file() => {
                files.insert(message.to_string(), path);
            }
            _ => out.push(finding(
                Diagnostic::warning(format!("`{name}` is not a recording; it is ignored"))
                    .in_file(&path)
                    .with_hint(format!(
                        "recordings/{tag}/ holds `<message-id>.{EXT}` files (Ogg Opus) and {MANIFEST}"
                    )),
                Code::RecordingUnlisted,
                tag,
            )),
        }
    }
    files
}

/// Reads and checks one listed file.
fn read_recording(
    root: &Path,
    tag: &str,
    entry: &Entry,
    path: &Path,
    out: &mut Vec<Finding>,
) -> Option<Recording> {
    let malformed = |why: String| {
        finding(
            Diagnostic::error(format!("not a usable recording: {why}"))
                .in_file(path)
                .with_hint(format!(
                    "recordings are Ogg Opus, mono, at most {} KB (e.g. `opusenc --bitrate 24 --downmix-mono in.wav {}.{EXT}`)",
                    MAX_RECORDING_BYTES / 1024,
                    entry.message.get_ref()
                )),
            Code::RecordingMalformed,
            tag,
        )
    };
    let bytes = match crate::source::read_bytes(path, MAX_RECORDING_BYTES) {
        Ok(b) => b,
        Err(why) => {
            out.push(malformed(why));
            return None;
        }
    };
    let info = match ogg::inspect(&bytes) {
        Ok(info) => info,
        Err(why) => {
            out.push(malformed(why));
            return None;
        }
    };
    let file = path
        .strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/");
    Some(Recording {
        locale: tag.to_string(),
        message: entry.message.get_ref().clone(),
        text_sha256: entry.text_sha256.get_ref().clone(),
        speaker: entry.speaker.get_ref().trim().to_string(),
        recorded: entry.recorded.get_ref().to_string(),
        file,
        file_sha256: hex(&Sha256::digest(&bytes)),
        bytes: Arc::from(bytes),
        duration_s: info.duration_s,
        span: entry.text_sha256.span(),
        message_span: entry.message.span(),
    })
}

/// The text of message `id` (exactly that id, no fallback) as `locale` shows it in `tier`:
/// what a recording of it must speak. `None` when the message is missing or needs values
/// other than `$tier` and `$audience`.
pub fn spoken_text(
    locale: &crate::locales::Locale,
    id: &str,
    tier: &crate::config::Tier,
) -> Option<String> {
    let pattern = locale.bundle.get_message(id)?.value()?;
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("tier", fluent_bundle::FluentValue::from(tier.id.as_str()));
    args.set(
        "audience",
        fluent_bundle::FluentValue::from(tier.audience.as_str()),
    );
    let mut errors = Vec::new();
    let text = locale
        .bundle
        .format_pattern(pattern, Some(&args), &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_hash_is_plain_sha256_of_utf8() {
        // printf '%s' 'abc' | sha256sum
        assert_eq!(
            text_sha256("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
