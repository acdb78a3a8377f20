//! `infosheet status`: how far each locale's translation is, per age tier.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use serde::Serialize;

use crate::date::Date;
use crate::error::Result;
use crate::locales::Locale;
use crate::localize::needed::{self, Needed};
use crate::project::Project;

/// Output format of `status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StatusFormat {
    /// A table for the terminal.
    Text,
    /// A table to paste into an issue.
    #[value(alias = "md")]
    Markdown,
    /// For dashboards (schema version 1).
    Json,
}

/// One tier of one locale.
#[derive(Debug, Clone, Serialize)]
pub struct TierStatus {
    pub tier: String,
    /// Messages this tier's editions use.
    pub needed: usize,
    /// Of those, the messages the locale has (any wording).
    pub translated: usize,
    /// Messages shown from the reference locale.
    pub fallbacks: usize,
    /// Messages shown in more general wording than the reference has for this tier.
    pub general_wording: usize,
    /// The blocks (headings, paragraphs, rights, kinds of help) this tier's sheets show.
    pub audio_blocks: usize,
    /// Of those, the blocks whose recording still speaks their text (played on the HTML page).
    pub audio_recorded: usize,
    /// Of the recorded, those made by a computer voice.
    pub audio_synthetic: usize,
    /// Blocks with a recording of an older text (not played).
    pub audio_stale: usize,
    /// Of the needed messages, those shown in a translation reviewed against the current
    /// reference text (every one, in the reference locale).
    pub reviewed: usize,
    /// Needed messages whose translation is outdated (the reference text changed since).
    pub outdated: usize,
}

/// One locale.
#[derive(Debug, Clone, Serialize)]
pub struct LocaleStatus {
    pub tag: String,
    pub endonym: String,
    pub english_name: String,
    /// Whether every message every tier needs is reviewed (no edition carries the draft mark
    /// for it).
    pub reviewed: bool,
    pub reference: bool,
    /// Date of the last change to the locale's folder (YYYY-MM-DD).
    pub last_change: Option<String>,
    /// Where the date comes from: `git` (last commit) or `mtime` (newest file).
    pub last_change_source: Option<&'static str>,
    pub tiers: Vec<TierStatus>,
    /// Distinct messages shown from the reference locale in some tier.
    pub fallback_messages: Vec<String>,
    /// The computer voice `infosheet speak` uses, or `none`.
    pub voice: String,
    /// Why there is no computer voice, when there is none.
    pub no_voice_reason: Option<String>,
}

/// The whole table.
#[derive(Debug, Clone, Serialize)]
pub struct Status {
    pub version: u32,
    pub reference: String,
    pub tiers: Vec<String>,
    pub locales: Vec<LocaleStatus>,
    /// Per region: the staff language its bilingual editions pair with, and whether its
    /// editions are always discreet.
    pub regions: Vec<RegionEditions>,
}

/// The editions beside a region's editions.
#[derive(Debug, Clone, Serialize)]
pub struct RegionEditions {
    pub region: String,
    /// The second language of its bilingual editions.
    pub staff_language: String,
    /// Whether that language is still a draft (its text in bilingual editions is too).
    pub staff_language_reviewed: bool,
    pub discreet: bool,
}

/// Computes the status of every locale of the project in `root`.
pub fn status(root: &Path) -> Result<Status> {
    let project = Project::load(root)?;
    let needed = needed::needed(&project);
    let reference = project.reference();
    let locales: Vec<LocaleStatus> = project
        .locales
        .iter()
        .map(|l| locale_status(&project, &needed, reference, l))
        .collect();
    let regions = region_editions(&project, &locales);
    Ok(Status {
        version: 1,
        reference: reference.tag.clone(),
        tiers: project
            .config
            .file
            .tiers
            .iter()
            .map(|t| t.id.clone())
            .collect(),
        locales,
        regions,
    })
}

fn region_editions(project: &Project, locales: &[LocaleStatus]) -> Vec<RegionEditions> {
    project
        .config
        .file
        .regions
        .iter()
        .filter_map(|id| {
            let (region, _) = project.content.regions.get(id.get_ref())?;
            let staff = crate::bilingual::staff_locale(project, region);
            Some(RegionEditions {
                region: id.get_ref().clone(),
                staff_language: staff.tag.clone(),
                staff_language_reviewed: locales.iter().any(|l| l.tag == staff.tag && l.reviewed),
                discreet: region.discreet,
            })
        })
        .collect()
}

fn locale_status(
    project: &Project,
    needed: &Needed,
    reference: &Locale,
    l: &Locale,
) -> LocaleStatus {
    let mut tiers = Vec::new();
    let mut fallback_messages = BTreeSet::new();
    for tier in &project.config.file.tiers {
        let ids = needed.per_tier.get(&tier.id).cloned().unwrap_or_default();
        let mut translated = 0;
        let mut general = 0;
        let mut reviewed = 0;
        let mut outdated = 0;
        for id in &ids {
            match needed::resolve(l, id, tier) {
                Some((index, found)) => {
                    translated += 1;
                    reviewed += usize::from(l.review.is_reviewed(&found));
                    outdated += usize::from(l.review.outdated.contains_key(&found));
                    if needed::resolve(reference, id, tier).is_some_and(|(r, _)| r < index) {
                        general += 1;
                    }
                }
                None => {
                    fallback_messages.insert(id.clone());
                }
            }
        }
        let audio = audio_coverage(project, l, tier);
        tiers.push(TierStatus {
            tier: tier.id.clone(),
            needed: ids.len(),
            translated,
            fallbacks: ids.len() - translated,
            general_wording: general,
            audio_blocks: audio.blocks,
            audio_recorded: audio.recorded,
            audio_synthetic: audio.synthetic,
            audio_stale: audio.stale,
            reviewed: if l.tag == reference.tag {
                ids.len()
            } else {
                reviewed
            },
            outdated,
        });
    }
    let reviewed_all = l.tag == reference.tag || tiers.iter().all(|t| t.reviewed == t.needed);
    let (last_change, source) = match last_change(project.root(), &l.dir) {
        Some((d, s)) => (Some(d), Some(s)),
        None => (None, None),
    };
    let voice = crate::speak::voice(&l.tag);
    LocaleStatus {
        voice: voice.describe(),
        no_voice_reason: match voice {
            crate::speak::Voice::Espeak { .. } => None,
            crate::speak::Voice::EspeakFrom { why, .. } | crate::speak::Voice::None { why } => {
                Some(why.to_string())
            }
        },
        tag: l.tag.clone(),
        endonym: l.meta.endonym.clone(),
        english_name: l.meta.english_name.clone(),
        reviewed: reviewed_all,
        reference: l.tag == reference.tag,
        last_change,
        last_change_source: source,
        tiers,
        fallback_messages: fallback_messages.into_iter().collect(),
    }
}

#[derive(Default)]
struct AudioCoverage {
    blocks: usize,
    recorded: usize,
    synthetic: usize,
    stale: usize,
}

/// How many of the blocks `tier` shows in locale `l` have a recording that still speaks them.
fn audio_coverage(project: &Project, l: &Locale, tier: &crate::config::Tier) -> AudioCoverage {
    let l10n = crate::localize::Localizer::new(l, project.reference(), tier);
    let mut found_ids = BTreeSet::new();
    for (sheet, _) in project.content.sheets.values() {
        for id in crate::model::block_message_ids(&project.content, sheet, tier) {
            if let Some((served, found)) = l10n.lookup(&id) {
                found_ids.insert((served.tag.clone(), found));
            }
        }
    }
    let mut out = AudioCoverage {
        blocks: found_ids.len(),
        ..AudioCoverage::default()
    };
    for (tag, found) in &found_ids {
        let (Some(rec), Some(served)) = (project.recordings.get(tag, found), project.locale(tag))
        else {
            continue;
        };
        if crate::validate::recordings::fresh(rec, served, tier) {
            out.recorded += 1;
            out.synthetic += usize::from(rec.synthetic());
        } else {
            out.stale += 1;
        }
    }
    out
}

/// Date of the last commit touching `dir`, else of its newest file.
fn last_change(root: &Path, dir: &Path) -> Option<(String, &'static str)> {
    let git = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["log", "-1", "--format=%cs", "--"])
        .arg(dir)
        .output();
    if let Ok(o) = git
        && o.status.success()
    {
        let date = String::from_utf8_lossy(&o.stdout).trim().to_string();
        if !date.is_empty() {
            return Some((date, "git"));
        }
    }
    let newest = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.metadata().ok()?.modified().ok())
        .max()?;
    let secs = newest.duration_since(std::time::UNIX_EPOCH).ok()?.as_secs() as i64;
    let d = Date::from_unix(secs);
    Some((
        format!("{:04}-{:02}-{:02}", d.year, d.month, d.day),
        "mtime",
    ))
}

impl Status {
    /// Renders the table in `format`.
    pub fn render(&self, format: StatusFormat) -> String {
        match format {
            StatusFormat::Json => {
                let mut s = serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".into());
                s.push('\n');
                s
            }
            StatusFormat::Text | StatusFormat::Markdown => self.table(format),
        }
    }

    fn rows(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let mut header = vec!["locale".to_string(), "language".into(), "reviewed".into()];
        header.extend(self.tiers.iter().cloned());
        header.extend(["fallbacks".into(), "last change".into()]);
        let rows = self
            .locales
            .iter()
            .map(|l| {
                let mut row = vec![
                    l.tag.clone(),
                    l.english_name.clone(),
                    if l.reference {
                        "reference".into()
                    } else if l.reviewed {
                        "yes".into()
                    } else {
                        "no (draft)".into()
                    },
                ];
                for t in &l.tiers {
                    let mut cell = format!("{}/{}", t.translated, t.needed);
                    if t.general_wording > 0 {
                        cell.push_str(&format!(" ({} general)", t.general_wording));
                    }
                    if !l.reference {
                        cell.push_str(&format!(", {}/{} reviewed", t.reviewed, t.needed));
                        if t.outdated > 0 {
                            cell.push_str(&format!(", {} outdated", t.outdated));
                        }
                    }
                    row.push(cell);
                }
                row.push(l.fallback_messages.len().to_string());
                row.push(match (&l.last_change, l.last_change_source) {
                    (Some(d), Some(s)) => format!("{d} ({s})"),
                    _ => "unknown".into(),
                });
                row
            })
            .collect();
        (header, rows)
    }

    fn audio_rows(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let mut header = vec!["locale".to_string()];
        header.extend(self.tiers.iter().map(|t| format!("audio {t}")));
        header.push("computer voice".into());
        let rows = self
            .locales
            .iter()
            .map(|l| {
                let mut row = vec![l.tag.clone()];
                for t in &l.tiers {
                    let mut cell = format!("{}/{}", t.audio_recorded, t.audio_blocks);
                    if t.audio_synthetic > 0 {
                        cell.push_str(&format!(" ({} computer)", t.audio_synthetic));
                    }
                    if t.audio_stale > 0 {
                        cell.push_str(&format!(" ({} stale)", t.audio_stale));
                    }
                    row.push(cell);
                }
                row.push(l.voice.clone());
                row
            })
            .collect();
        (header, rows)
    }

    fn audio_table(&self, format: StatusFormat) -> String {
        let (header, rows) = self.audio_rows();
        let mut out = render_table(&header, &rows, format);
        let silent: Vec<String> = self
            .locales
            .iter()
            .filter_map(|l| Some(format!("{} ({})", l.tag, l.no_voice_reason.as_ref()?)))
            .collect();
        if !silent.is_empty() {
            out.push_str(&format!(
                "\nNo computer voice (a person must record these): {}\n",
                silent.join("; ")
            ));
        }
        let pairs: Vec<String> = self
            .regions
            .iter()
            .map(|r| {
                let mut s = format!("{} with {}", r.region, r.staff_language);
                if !r.staff_language_reviewed && r.staff_language != self.reference {
                    s.push_str(" (draft)");
                }
                if r.discreet {
                    s.push_str(", discreet editions only");
                }
                s
            })
            .collect();
        if !pairs.is_empty() {
            out.push_str(&format!("\nbilingual editions: {}\n", pairs.join("; ")));
        }
        if format == StatusFormat::Text {
            out.push_str("cells: blocks with a recording that still speaks their text / blocks the tier's sheets show; \"computer\": of those, made by `infosheet speak`; \"stale\": recordings of an older text, not played\n");
        }
        out
    }

    fn table(&self, format: StatusFormat) -> String {
        let (header, rows) = self.rows();
        let mut out = render_table(&header, &rows, format);
        if format == StatusFormat::Text {
            out.push_str(&format!(
                "\ncells: messages the locale has / messages the tier's sheets need (\"general\": shown in more general wording than `{}` has for that tier), then messages reviewed against the current `{}` text / needed (an edition carries the draft mark while it shows an unreviewed one); fallbacks: messages shown in `{}` instead\n",
                self.reference, self.reference, self.reference
            ));
        }
        out.push('\n');
        out.push_str(&self.audio_table(format));
        out
    }
}

/// A table of `rows` under `header`, aligned (text) or as Markdown.
fn render_table(header: &[String], rows: &[Vec<String>], format: StatusFormat) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| -> String {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        match format {
            StatusFormat::Markdown => format!("| {} |", padded.join(" | ")),
            _ => padded.join("  ").trim_end().to_string(),
        }
    };
    let mut out = String::new();
    out.push_str(&line(header));
    out.push('\n');
    if format == StatusFormat::Markdown {
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        out.push_str(&format!("|-{}-|\n", rule.join("-|-")));
    }
    for row in rows {
        out.push_str(&line(row));
        out.push('\n');
    }
    out
}
