//! `infosheet review init | mark | export | import`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::ftl_edit::{entry_range, set_message};
use super::pack::{self, Edit, Returned};
use super::state::{self, Record, hash, reference_entry, value_text};
use crate::date::Date;
use crate::diag::{Code, Diagnostic};
use crate::error::{Error, Result};
use crate::fonts::Fonts;
use crate::locales::ftl::FtlFile;
use crate::locales::load::LoadedLocale;
use crate::project::Loaded;

/// Format of a review pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PackFormat {
    /// A spreadsheet (Excel, LibreOffice, Google Sheets).
    Xlsx,
    /// Comma-separated values, UTF-8.
    Csv,
    /// XLIFF 2.0, for CAT tools.
    Xliff,
}

impl PackFormat {
    /// The format a file name's extension names.
    pub fn from_path(path: &Path) -> Option<Self> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "xlsx" => Some(Self::Xlsx),
            "csv" => Some(Self::Csv),
            "xlf" | "xliff" => Some(Self::Xliff),
            _ => None,
        }
    }
}

/// The project loaded, with the reference and one locale (never the reference) looked up.
struct Opened {
    loaded: Loaded,
    reference: String,
}

impl Opened {
    fn open(root: &Path) -> Result<Self> {
        let loaded = Loaded::load(root);
        let Some(config) = &loaded.config else {
            return Err(loaded
                .errors()
                .unwrap_or_else(|| Error::Usage("infosheet.toml cannot be read".into())));
        };
        let reference = config.reference_locale().to_string();
        if loaded.reference().is_none() {
            return Err(loaded.errors().unwrap_or_else(|| {
                Error::Usage(format!("the reference locale `{reference}` did not load"))
            }));
        }
        Ok(Self { loaded, reference })
    }

    fn locale(&self, tag: &str) -> Result<&LoadedLocale> {
        if tag == self.reference {
            return Err(Error::Usage(format!(
                "`{tag}` is the reference locale: its messages are the source text, not translations"
            )));
        }
        self.loaded
            .locales
            .iter()
            .find(|l| l.tag == tag && l.locale.is_some())
            .ok_or_else(|| {
                Error::Usage(format!(
                    "unknown locale `{tag}` (or it did not load; run `infosheet check`)"
                ))
            })
    }

    fn reference(&self) -> &LoadedLocale {
        self.loaded
            .locales
            .iter()
            .find(|l| l.tag == self.reference)
            .unwrap_or(&self.loaded.locales[0])
    }

    fn tiers(&self) -> &[crate::config::Tier] {
        self.loaded
            .config
            .as_ref()
            .map_or(&[], |c| c.file.tiers.as_slice())
    }

    fn translated(&self) -> Vec<&LoadedLocale> {
        self.loaded
            .locales
            .iter()
            .filter(|l| l.tag != self.reference && l.locale.is_some())
            .collect()
    }

    fn write_snapshots(&self) -> Result<()> {
        let reference = self.reference();
        state::write_snapshots(
            &self.loaded.root.join("locales"),
            &state::reference_texts(&reference.files),
        )
    }
}

/// A record of message `id` of `loaded` as it is now.
fn record_now(
    reference: &[FtlFile],
    loaded: &LoadedLocale,
    id: &str,
    tiers: &[crate::config::Tier],
) -> Option<Record> {
    let r = reference_entry(reference, id, tiers)?;
    let (_, e) = loaded.entry(id)?;
    Some(Record {
        reference: hash(&value_text(r)),
        translation: hash(&value_text(e)),
        reviewed_by: None,
        reviewed_on: None,
        comment: None,
    })
}

/// `review init`: a record for every translation that has none (made against the current
/// English; reviewed by the `translator` when locale.toml still says `reviewed = true`), and the
/// old `reviewed` flag removed from locale.toml. Returns what it did, one line per locale.
pub fn init(root: &Path, only: Option<&str>, date: Date) -> Result<String> {
    let opened = Opened::open(root)?;
    let reference = opened.reference();
    let mut out = String::new();
    let locales: Vec<&LoadedLocale> = match only {
        Some(tag) => vec![opened.locale(tag)?],
        None => opened.translated(),
    };
    for loaded in locales {
        let meta = loaded.locale.as_ref().map(|l| &l.meta);
        let flag = meta.and_then(|m| m.reviewed);
        let translator = meta.map(|m| m.translator.clone()).unwrap_or_default();
        let mut file = state::read_review(&loaded.dir).map_err(Error::Invalid)?;
        let mut added = 0;
        for e in loaded.files.iter().flat_map(|f| &f.entries) {
            if file.messages.contains_key(&e.id) {
                continue;
            }
            if let Some(mut rec) = record_now(&reference.files, loaded, &e.id, opened.tiers()) {
                if flag == Some(true) {
                    rec.reviewed_by = Some(translator.clone());
                    rec.reviewed_on = Some(date.to_string());
                }
                file.messages.insert(e.id.clone(), rec);
                added += 1;
            }
        }
        state::write_review(&loaded.dir, &file)?;
        let migrated = remove_flag(&loaded.dir.join("locale.toml"))?;
        out.push_str(&format!(
            "{}: {added} record(s) added, {} in all{}\n",
            loaded.tag,
            file.messages.len(),
            if migrated {
                match flag {
                    Some(true) => {
                        ", `reviewed = true` migrated (records marked reviewed by the translator)"
                    }
                    _ => ", `reviewed` flag removed from locale.toml",
                }
            } else {
                ""
            }
        ));
    }
    if only.is_none() {
        remove_flag(&reference.dir.join("locale.toml"))?;
    }
    opened.write_snapshots()?;
    Ok(out)
}

/// Removes the `reviewed = …` line of a locale.toml and the comment lines directly above it.
/// True when there was one.
fn remove_flag(path: &Path) -> Result<bool> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Ok(false);
    };
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let Some(at) = lines.iter().position(|l| {
        l.strip_prefix("reviewed")
            .is_some_and(|rest| rest.trim_start().starts_with('='))
    }) else {
        return Ok(false);
    };
    let mut start = at;
    while start > 0 && lines[start - 1].trim_start().starts_with('#') {
        start -= 1;
    }
    let kept: String = lines[..start]
        .iter()
        .chain(&lines[at + 1..])
        .copied()
        .collect();
    crate::output::write_atomic(path, kept.as_bytes())?;
    Ok(true)
}

/// `review mark`: records messages of a locale as made against the current English (after a
/// translator updated an outdated translation), and as reviewed by `reviewer` when given.
pub fn mark(
    root: &Path,
    tag: &str,
    ids: &[String],
    reviewer: Option<&str>,
    date: Date,
) -> Result<String> {
    let opened = Opened::open(root)?;
    let loaded = opened.locale(tag)?;
    let mut file = state::read_review(&loaded.dir).map_err(Error::Invalid)?;
    let mut out = String::new();
    for id in ids {
        let mut rec = record_now(&opened.reference().files, loaded, id, opened.tiers())
            .ok_or_else(|| {
                Error::Usage(format!(
                    "locale `{tag}` has no translation of `{id}` that the reference has"
                ))
            })?;
        if let Some(who) = reviewer {
            rec.reviewed_by = Some(who.to_string());
            rec.reviewed_on = Some(date.to_string());
        }
        out.push_str(&format!(
            "{tag}: {id}: {}\n",
            match reviewer {
                Some(who) => format!("reviewed by {who} on {date}"),
                None => "recorded as made against the current English (not reviewed)".into(),
            }
        ));
        file.messages.insert(id.clone(), rec);
    }
    state::write_review(&loaded.dir, &file)?;
    opened.write_snapshots()?;
    Ok(out)
}

/// `review export`: the pack of locale `tag` in `format`, written to `out`.
pub fn export(root: &Path, tag: &str, format: PackFormat, out: &Path) -> Result<String> {
    let mut opened = Opened::open(root)?;
    let review = opened
        .locale(tag)?
        .locale
        .as_ref()
        .map(|l| l.review.clone())
        .unwrap_or_default();
    let project = opened.loaded.take_project().ok_or_else(|| {
        opened
            .loaded
            .errors()
            .unwrap_or_else(|| Error::Usage("the project could not be assembled".into()))
    })?;
    let needed = crate::localize::needed::needed(&project);
    // The locales moved into the project; their parsed files stayed.
    let files = opened
        .loaded
        .locales
        .iter()
        .find(|l| l.tag == tag)
        .ok_or_else(|| Error::Usage(format!("unknown locale `{tag}`")))?;
    let rows = pack::rows(&project, &needed, opened.reference(), files, &review);
    let reference = opened.reference.as_str();
    let bytes = match format {
        PackFormat::Xlsx => super::xlsx::write(&rows, reference, tag)?,
        PackFormat::Csv => super::csv_pack::write(&rows, reference, tag)?,
        PackFormat::Xliff => super::xliff::write(&rows, reference, tag),
    };
    crate::output::write_atomic(out, &bytes)?;
    let counts = |s: &str| rows.iter().filter(|r| r.status == s).count();
    Ok(format!(
        "{}: {} messages of `{tag}` ({} unreviewed, {} outdated, {} missing, {} reviewed)\n",
        out.display(),
        rows.len(),
        counts("unreviewed"),
        counts("outdated"),
        counts("missing"),
        counts("reviewed")
    ))
}

/// A correction to apply: the edit, the file it goes to and the new value.
struct Change<'a> {
    edit: &'a Edit,
    file: String,
    value: String,
}

/// `review import`: validates every cell, then applies corrections and sign-offs; with any
/// problem nothing is written. Returns what changed.
pub fn import(root: &Path, pack_path: &Path, reviewer: Option<&str>, date: Date) -> Result<String> {
    let opened = Opened::open(root)?;
    let name = pack_path.file_name().map_or_else(
        || pack_path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let format = PackFormat::from_path(pack_path).ok_or_else(|| {
        Error::Usage(format!("{name}: a review pack ends in .xlsx, .csv or .xlf"))
    })?;
    let reference_tag = opened.reference.clone();
    let returned = match format {
        PackFormat::Xlsx => super::xlsx::read(pack_path, &name, &reference_tag)?,
        PackFormat::Csv => super::csv_pack::read(pack_path, &name, &reference_tag)?,
        PackFormat::Xliff => super::xliff::read(pack_path, &name, &reference_tag)?,
    };
    let loaded = opened.locale(&returned.locale)?;
    let reference = opened.reference();
    let review = loaded
        .locale
        .as_ref()
        .map(|l| l.review.clone())
        .unwrap_or_default();
    let mut problems = Vec::new();
    let changes = corrections(&returned, loaded, reference, &mut problems);
    let mut texts = new_texts(loaded, &changes);
    // The cells that are well-formed alone go through the rule book, so that every problem of
    // the pack is reported at once.
    if !changes.is_empty() {
        problems.extend(validate(&opened.loaded.root, loaded, &texts, &changes)?);
    }
    let signed: Vec<&Edit> = returned
        .edits
        .iter()
        .filter(|e| {
            changes.iter().any(|c| c.edit.id == e.id)
                || (e.ok && !review.is_reviewed(&e.id) && loaded.entry(&e.id).is_some())
        })
        .collect();
    for e in &signed {
        if e.reviewer.is_none() && reviewer.is_none() {
            problems.push(
                Diagnostic::error(format!(
                    "{}: `{}` is corrected or marked OK, but no reviewer is named",
                    e.row_place, e.id
                ))
                .with_hint("write your name in the reviewer column, or pass `--reviewer NAME`"),
            );
        }
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(
            problems
                .into_iter()
                .map(|d| d.with_code(Code::ReviewState))
                .collect(),
        ));
    }
    let mut out = String::new();
    for (file, text) in texts.iter_mut() {
        crate::output::write_atomic(&loaded.dir.join(file), text.as_bytes())?;
    }
    for c in &changes {
        out.push_str(&format!(
            "corrected {}/{}: {}\n  was: {}\n  now: {}\n",
            loaded.tag,
            c.file,
            c.edit.id,
            loaded
                .entry(&c.edit.id)
                .map_or("(missing)".to_string(), |(_, e)| one_line(&value_text(e))),
            one_line(&c.value)
        ));
    }
    let mut file = state::read_review(&loaded.dir).map_err(Error::Invalid)?;
    let tiers = opened.tiers();
    for e in &returned.edits {
        let change = changes.iter().find(|c| c.edit.id == e.id);
        let is_signed = signed.iter().any(|s| s.id == e.id);
        if is_signed {
            let translation = match change {
                Some(c) => c.value.clone(),
                None => loaded
                    .entry(&e.id)
                    .map(|(_, en)| value_text(en))
                    .unwrap_or_default(),
            };
            let Some(r) = reference_entry(&reference.files, &e.id, tiers) else {
                continue;
            };
            let who = e.reviewer.as_deref().or(reviewer).unwrap_or_default();
            file.messages.insert(
                e.id.clone(),
                Record {
                    reference: hash(&value_text(r)),
                    translation: hash(&translation),
                    reviewed_by: Some(who.to_string()),
                    reviewed_on: Some(date.to_string()),
                    comment: e.comment.clone(),
                },
            );
            out.push_str(&format!(
                "reviewed {}: {} by {who} on {date}\n",
                loaded.tag, e.id
            ));
        } else if let Some(comment) = &e.comment
            && let Some(rec) = file.messages.get_mut(&e.id)
            && rec.comment.as_ref() != Some(comment)
        {
            rec.comment = Some(comment.clone());
            out.push_str(&format!("comment on {}: {}: {comment}\n", loaded.tag, e.id));
        }
    }
    let before = state::read_review(&loaded.dir).map_err(Error::Invalid)?;
    if before.messages != file.messages {
        state::write_review(&loaded.dir, &file)?;
        opened.write_snapshots()?;
    }
    if out.is_empty() {
        out.push_str("nothing to change: no correction, OK or new comment in the pack\n");
    }
    Ok(out)
}

/// The corrected cells that change a translation; unknown ids, repeated rows and cells that
/// cannot be a message value are problems.
fn corrections<'a>(
    returned: &'a Returned,
    loaded: &LoadedLocale,
    reference: &LoadedLocale,
    problems: &mut Vec<Diagnostic>,
) -> Vec<Change<'a>> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for e in &returned.edits {
        if !seen.insert(e.id.as_str()) {
            problems.push(Diagnostic::error(format!(
                "{}: `{}` appears twice in the pack",
                e.row_place, e.id
            )));
            continue;
        }
        let own = loaded.entry(&e.id);
        let theirs = reference.entry(&e.id);
        if own.is_none() && theirs.is_none() {
            problems.push(
                Diagnostic::error(format!(
                    "{}: no message `{}` in `{}` or `{}`",
                    e.row_place, e.id, loaded.tag, reference.tag
                ))
                .with_hint("do not change the id column"),
            );
            continue;
        }
        let Some(value) = &e.corrected else {
            continue;
        };
        let value = value.replace("\r\n", "\n");
        let value = value.trim().to_string();
        if own.is_some_and(|(_, en)| value_text(en) == value) {
            continue;
        }
        if value.lines().any(|l| l.trim().is_empty()) {
            problems.push(
                Diagnostic::error(format!(
                    "{}: the corrected text of `{}` has an empty line",
                    e.place, e.id
                ))
                .with_hint("remove the empty line; a message is one block of text"),
            );
            continue;
        }
        // The cell alone must be one well-formed message.
        let alone = FtlFile::parse(
            PathBuf::from("cell.ftl"),
            Arc::from(super::ftl_edit::serialize(&e.id, &value, false) + "\n"),
        );
        if let Some(err) = alone.errors.first() {
            problems.push(
                Diagnostic::error(format!(
                    "{}: the corrected text of `{}` is not valid Fluent: {}",
                    e.place, e.id, err.kind
                ))
                .with_hint(match err.kind {
                    fluent_syntax::parser::ErrorKind::MissingDefaultVariant => {
                        "mark one variant as the default with `*`, e.g. `*[other] …`"
                    }
                    _ => "keep every `{ … }` as the translation column shows it; write a literal brace as {\"{\"}",
                }),
            );
            continue;
        }
        if alone.entries.len() != 1 {
            problems.push(Diagnostic::error(format!(
                "{}: the corrected text of `{}` defines more than one message",
                e.place, e.id
            )));
            continue;
        }
        let file = own
            .map(|(f, _)| f.name.clone())
            .or_else(|| theirs.map(|(f, _)| f.name.clone()))
            .unwrap_or_default();
        out.push(Change {
            edit: e,
            file,
            value,
        });
    }
    out
}

/// The new text of every file a change touches.
fn new_texts(loaded: &LoadedLocale, changes: &[Change<'_>]) -> BTreeMap<String, String> {
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    for c in changes {
        let text = texts.entry(c.file.clone()).or_insert_with(|| {
            loaded
                .file(&c.file)
                .map_or_else(String::new, |f| f.text.to_string())
        });
        let parsed = FtlFile::parse(PathBuf::from(&c.file), Arc::from(text.as_str()));
        let (new, _) = set_message(text, Some(&parsed), &c.edit.id, &c.value);
        *text = new;
    }
    texts
}

/// Runs the rule book (syntax, variables, references, plural categories, glyph coverage) over
/// a copy of the project with the new texts; problems in the corrected messages come back at
/// their cells.
fn validate(
    root: &Path,
    loaded: &LoadedLocale,
    texts: &BTreeMap<String, String>,
    changes: &[Change<'_>],
) -> Result<Vec<Diagnostic>> {
    let tmp = tempfile::Builder::new()
        .prefix("infosheet-review-")
        .tempdir()
        .map_err(|e| Error::io(std::env::temp_dir(), e))?;
    let copy = tmp.path();
    copy_project(root, copy)?;
    let dir = copy.join("locales").join(&loaded.tag);
    for (file, text) in texts {
        std::fs::write(dir.join(file), text).map_err(|e| Error::io(dir.join(file), e))?;
    }
    let mut copied = Loaded::load(copy);
    let fonts = Fonts::load(&root.join("fonts")).ok();
    let mut findings = crate::validate::rules(&copied, fonts.as_ref(), None);
    findings.append(&mut copied.findings);
    if let Some(project) = copied.take_project() {
        findings.extend(crate::validate::project(&project));
        if let Some(fonts) = &fonts {
            findings.extend(crate::validate::glyphs(
                &project,
                fonts,
                std::slice::from_ref(&loaded.tag),
            ));
        }
    }
    // Where each corrected message now is.
    let mut ranges = Vec::new();
    for c in changes {
        let path = dir.join(&c.file);
        let text = &texts[&c.file];
        let parsed = FtlFile::parse(path.clone(), Arc::from(text.as_str()));
        if let Some(entry) = parsed.entry(&c.edit.id) {
            ranges.push((path, entry_range(entry), c.edit));
        }
    }
    let mut out = Vec::new();
    for f in findings {
        let d = f.diag;
        let refuse = d.is_error() || d.code() == Some(Code::VariableMissing);
        let (Some(file), Some(span)) = (&d.file, &d.span) else {
            continue;
        };
        if !refuse {
            continue;
        }
        if let Some((_, _, edit)) = ranges
            .iter()
            .find(|(p, r, _)| p == file && span.start >= r.start && span.start <= r.end)
        {
            let mut problem =
                Diagnostic::error(format!("{}: `{}`: {}", edit.place, edit.id, d.message));
            if let Some(h) = d.hint {
                problem = problem.with_hint(h);
            }
            out.push(problem);
        }
    }
    Ok(out)
}

/// Copies what the loader reads: the project file, content, templates and locales.
fn copy_project(root: &Path, to: &Path) -> Result<()> {
    let file = "infosheet.toml";
    std::fs::copy(root.join(file), to.join(file)).map_err(|e| Error::io(root.join(file), e))?;
    for dir in ["content", "templates", "locales"] {
        for entry in walkdir::WalkDir::new(root.join(dir)) {
            let entry = entry.map_err(|e| Error::io(root.join(dir), e.into()))?;
            let rel = entry.path().strip_prefix(root).unwrap_or(entry.path());
            let target = to.join(rel);
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&target).map_err(|e| Error::io(&target, e))?;
            } else if entry.file_type().is_file() {
                std::fs::copy(entry.path(), &target).map_err(|e| Error::io(&target, e))?;
            }
        }
    }
    Ok(())
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
