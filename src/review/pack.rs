//! A review pack's rows: one per message a locale translates, with where it appears, the
//! English, the current translation and the tier's sentence limit; and what a reviewer sends
//! back (a correction, an OK, a comment), with the place of each cell for error messages.

use std::collections::{BTreeMap, BTreeSet};

use crate::config::Tier;
use crate::locales::load::LoadedLocale;
use crate::localize::needed::{Needed, Suffix, split_id};
use crate::project::Project;
use crate::review::state::{Review, value_text};

/// Columns of the XLSX and CSV packs, in order; the two language columns are named by tag.
pub fn header(reference: &str, tag: &str) -> Vec<String> {
    [
        "id",
        "file",
        "sheet",
        "section",
        "tiers",
        "max words per sentence",
        "status",
        reference,
        tag,
        "corrected",
        "ok",
        "comment",
        "reviewer",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// Index of the `corrected` column (0-based); `ok`, `comment` and `reviewer` follow.
pub const CORRECTED: usize = 9;

/// One message of the pack.
#[derive(Debug, Clone)]
pub struct Row {
    pub id: String,
    /// The `.ftl` file (in both locales) that defines it, e.g. `rights.ftl`.
    pub file: String,
    pub sheets: String,
    pub sections: String,
    pub tiers: Vec<String>,
    /// The tightest sentence limit of those tiers.
    pub max_words: Option<u32>,
    /// `reviewed`, `unreviewed`, `outdated` or `missing`.
    pub status: &'static str,
    pub english: String,
    pub translation: String,
}

impl Row {
    /// The cells of the row before the reviewer's columns.
    pub fn cells(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.file.clone(),
            self.sheets.clone(),
            self.sections.clone(),
            self.tiers.join(", "),
            self.max_words.map(|n| n.to_string()).unwrap_or_default(),
            self.status.to_string(),
            self.english.clone(),
            self.translation.clone(),
        ]
    }
}

/// Where a cell of an imported pack is, for messages: `pack.xlsx:km:12:J`, `pack.csv:12:J`,
/// `pack.xlf:40:9`.
pub type Place = String;

/// A spreadsheet column letter for a 0-based index.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// What the reviewer wrote for one message.
#[derive(Debug, Clone, Default)]
pub struct Edit {
    pub id: String,
    /// A new translation (Fluent syntax, as the translation column shows it).
    pub corrected: Option<String>,
    pub ok: bool,
    pub comment: Option<String>,
    pub reviewer: Option<String>,
    /// Where the corrected text is (or would be written).
    pub place: Place,
    /// Where the row (or unit) is.
    pub row_place: Place,
}

/// A pack read back: the locale it is for and the reviewer's edits.
#[derive(Debug, Clone, Default)]
pub struct Returned {
    pub locale: String,
    pub edits: Vec<Edit>,
}

/// Whether an OK cell says yes.
pub fn is_yes(cell: &str) -> bool {
    matches!(
        cell.trim().to_lowercase().as_str(),
        "x" | "yes" | "y" | "ok" | "1" | "true" | "✓" | "✔"
    )
}

/// The pack rows of locale `loaded`, in the reference files' order.
pub fn rows(
    project: &Project,
    needed: &Needed,
    reference: &LoadedLocale,
    loaded: &LoadedLocale,
    review: &Review,
) -> Vec<Row> {
    let tiers = &project.config.file.tiers;
    let places = appearances(project);
    let mut rows = Vec::new();
    let mut done = BTreeSet::new();
    for file in &reference.files {
        for r in &file.entries {
            if needed.reference_only.contains(&r.id) {
                continue;
            }
            let mut ids = vec![r.id.clone()];
            // Wording a locale adds for a tier or audience where the reference has none.
            ids.extend(
                loaded
                    .files
                    .iter()
                    .flat_map(|f| &f.entries)
                    .filter(|e| split_id(&e.id, tiers).0 == r.id && e.id != r.id)
                    .filter(|e| reference.entry(&e.id).is_none())
                    .map(|e| e.id.clone()),
            );
            for id in ids {
                if !done.insert(id.clone()) {
                    continue;
                }
                let english = reference
                    .entry(&id)
                    .map_or_else(|| value_text(r), |(_, e)| value_text(e));
                let own = loaded.entry(&id);
                let status = match own {
                    None => "missing",
                    Some(_) if review.outdated.contains_key(&id) => "outdated",
                    Some(_) if review.is_reviewed(&id) => "reviewed",
                    Some(_) => "unreviewed",
                };
                let (base, suffix) = split_id(&id, tiers);
                let row_tiers = tiers_of(needed, tiers, base, &suffix);
                let max_words = tiers
                    .iter()
                    .filter(|t| row_tiers.contains(&t.id))
                    .map(|t| t.max_words_per_sentence)
                    .min();
                let (sheets, sections) = places
                    .get(base)
                    .cloned()
                    .unwrap_or_else(|| page_furniture(base, !row_tiers.is_empty()));
                rows.push(Row {
                    id: id.clone(),
                    file: own.map_or(file.name.clone(), |(f, _)| f.name.clone()),
                    sheets: join(&sheets),
                    sections: join(&sections),
                    tiers: row_tiers,
                    max_words,
                    status,
                    english,
                    translation: own.map(|(_, e)| value_text(e)).unwrap_or_default(),
                });
            }
        }
    }
    rows
}

/// Where messages that no content file names show: the parts of every page the templates add.
fn page_furniture(base: &str, needed: bool) -> (BTreeSet<String>, BTreeSet<String>) {
    if !needed {
        return Default::default();
    }
    let part = [
        ("call-", "call band, page 1"),
        ("footer-", "page footer"),
        ("mark-", "margin marks, every page"),
        ("picto-", "pictogram descriptions (alt text)"),
        ("card-", "help card"),
    ]
    .iter()
    .find(|(prefix, _)| base.starts_with(prefix))
    .map_or("every page", |(_, part)| part);
    (
        BTreeSet::from(["every sheet".to_string()]),
        BTreeSet::from([part.to_string()]),
    )
}

fn join(set: &BTreeSet<String>) -> String {
    set.iter().cloned().collect::<Vec<_>>().join(", ")
}

/// The tiers whose editions show message `base` in the wording `suffix` names.
fn tiers_of(needed: &Needed, tiers: &[Tier], base: &str, suffix: &Suffix) -> Vec<String> {
    tiers
        .iter()
        .filter(|t| needed.per_tier.get(&t.id).is_some_and(|s| s.contains(base)))
        .filter(|t| match suffix {
            Suffix::None => true,
            Suffix::Tier(id) => *id == t.id,
            Suffix::Audience(a) => *a == t.audience,
        })
        .map(|t| t.id.clone())
        .collect()
}

/// For each message id the content names: the sheets and sections that show it. Interface
/// messages show on every sheet.
fn appearances(project: &Project) -> BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> {
    let c = &project.content;
    let mut out: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
    let mut add = |id: &str, sheet: &str, section: &str| {
        let e = out.entry(id.to_string()).or_default();
        e.0.insert(sheet.to_string());
        e.1.insert(section.to_string());
    };
    for (sheet_id, (sheet, _)) in &c.sheets {
        add(sheet.title.get_ref(), sheet_id, "title");
        if let Some(s) = &sheet.subtitle {
            add(s.get_ref(), sheet_id, "title");
        }
        for section in &sheet.sections {
            let name = section.id.get_ref().as_str();
            add(section.heading.get_ref(), sheet_id, name);
            for p in &section.paragraphs {
                add(p.get_ref(), sheet_id, name);
            }
            for p in &section.panels {
                add(p.text.get_ref(), sheet_id, name);
            }
            for right in c.rights.iter().filter(|r| {
                section
                    .rights
                    .iter()
                    .any(|id| id.get_ref() == r.id.get_ref())
            }) {
                add(right.title.get_ref(), sheet_id, name);
                add(right.body.get_ref(), sheet_id, name);
                for b in &right.legal_basis {
                    add(b.instrument.get_ref(), sheet_id, name);
                }
            }
            for s in c.support.iter().filter(|s| {
                section
                    .support
                    .iter()
                    .any(|k| k.get_ref() == s.kind.get_ref())
            }) {
                add(s.title.get_ref(), sheet_id, name);
                add(s.body.get_ref(), sheet_id, name);
            }
        }
    }
    for (region, _) in c.regions.values() {
        add(region.name.get_ref(), "every sheet", "title");
    }
    for id in crate::model::UI_MESSAGES {
        add(id, "every sheet", "labels and marks");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(9), "J");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
    }

    #[test]
    fn ok_cells() {
        assert!(is_yes(" X "));
        assert!(is_yes("OK"));
        assert!(!is_yes(""));
        assert!(!is_yes("no"));
    }
}
