//! The rules over recordings: a recording whose message changed since (stale) or no longer
//! exists (orphan), located at its manifest entry; and the size of each HTML page that plays
//! recordings, against the page budget. (Malformed files and manifests are found by the loader,
//! `recordings::Recordings::load`.)

use crate::build::sheet_model;
use crate::config::Tier;
use crate::diag::{Code, Diagnostic, Finding};
use crate::locales::Locale;
use crate::localize::needed::{Suffix, split_id};
use crate::model::{EditionId, Sheet};
use crate::project::{Loaded, Project};
use crate::recordings::{self, LocaleRecordings, PAGE_BUDGET_BYTES, Recording};
use crate::render::html::HtmlRenderer;

/// Stale and orphaned recordings of every locale that loaded.
pub fn check(loaded: &Loaded, out: &mut Vec<Finding>) {
    let Some(config) = &loaded.config else {
        return;
    };
    for (tag, recs) in &loaded.recordings.locales {
        let Some(locale) = loaded
            .locales
            .iter()
            .find(|l| &l.tag == tag)
            .and_then(|l| l.locale.as_ref())
        else {
            continue;
        };
        for rec in recs.recordings.values() {
            if let Some(d) = problem(rec, recs, locale, &config.file.tiers) {
                out.push(Finding::new(d, Some(tag)));
            }
        }
    }
}

/// The tiers that can show message `id` (a tier variant only its tier).
pub fn tiers_of<'t>(id: &str, tiers: &'t [Tier]) -> Vec<&'t Tier> {
    match split_id(id, tiers).1 {
        Suffix::None => tiers.iter().collect(),
        Suffix::Tier(t) => tiers.iter().filter(|x| x.id == t).collect(),
        Suffix::Audience(a) => tiers.iter().filter(|x| x.audience == a).collect(),
    }
}

/// Whether `rec` still speaks the text `locale` shows for its message in `tier`.
pub fn fresh(rec: &Recording, locale: &Locale, tier: &Tier) -> bool {
    recordings::spoken_text(locale, &rec.message, tier)
        .is_some_and(|t| recordings::text_sha256(&t) == rec.text_sha256)
}

fn problem(
    rec: &Recording,
    recs: &LocaleRecordings,
    locale: &Locale,
    tiers: &[Tier],
) -> Option<Diagnostic> {
    let (path, text) = recs.manifest.as_ref()?;
    let tag = &locale.tag;
    let exists = locale
        .bundle
        .get_message(&rec.message)
        .is_some_and(|m| m.value().is_some());
    if !exists {
        return Some(
            Diagnostic::warning(format!(
                "{} is a recording of `{}`, which locale `{tag}` no longer has; it is not played",
                rec.file, rec.message
            ))
            .at(path, text, rec.message_span.clone())
            .with_code(Code::RecordingOrphan)
            .with_hint("remove the file and its entry, or rename both to the message's new id"),
        );
    }
    let shown: Vec<&Tier> = tiers_of(&rec.message, tiers);
    let texts: Vec<String> = shown
        .iter()
        .filter_map(|t| recordings::spoken_text(locale, &rec.message, t))
        .collect();
    if texts.is_empty() {
        return Some(
            Diagnostic::warning(format!(
                "{}: `{}` takes values (a number, a time) that change what it says, so it cannot be recorded; it is not played",
                rec.file, rec.message
            ))
            .at(path, text, rec.message_span.clone())
            .with_code(Code::RecordingStale)
            .with_hint("record messages of the sheet's blocks: headings, paragraphs, rights and kinds of help"),
        );
    }
    let matches = texts
        .iter()
        .any(|t| recordings::text_sha256(t) == rec.text_sha256);
    if matches {
        return None;
    }
    Some(
        Diagnostic::warning(format!(
            "{} is stale: `{}` has changed since it was recorded ({}, {}); it is left off the pages",
            rec.file,
            rec.message,
            rec.recorded,
            if rec.synthetic() {
                "computer voice".to_string()
            } else {
                format!("spoken by {}", rec.speaker)
            }
        ))
        .at(path, text, rec.span.clone())
        .with_code(Code::RecordingStale)
        .with_hint(format!(
            "record the new text and update `text_sha256` (infosheet speak --locale {tag} remakes computer-voice drafts; a person's recording is never replaced by one)"
        )),
    )
}

/// The warnings among `findings` about recordings, which a build prints.
pub fn warnings(findings: &[Finding]) -> Vec<Diagnostic> {
    const CODES: &[Code] = &[
        Code::RecordingMissing,
        Code::RecordingUnlisted,
        Code::RecordingStale,
        Code::RecordingOrphan,
    ];
    findings
        .iter()
        .filter(|f| !f.diag.is_error() && f.diag.code().is_some_and(|c| CODES.contains(&c)))
        .map(|f| f.diag.clone())
        .collect()
}

/// An error when an HTML page of `html_len` bytes is over the page budget with its
/// recordings, naming the largest ones.
pub fn page_budget(html_len: usize, sheet: &Sheet) -> Option<Diagnostic> {
    if html_len <= PAGE_BUDGET_BYTES {
        return None;
    }
    let mut audio = sheet.audio_blocks();
    if audio.is_empty() {
        return None;
    }
    audio.sort_by_key(|a| std::cmp::Reverse(a.bytes));
    let largest: Vec<String> = audio
        .iter()
        .take(3)
        .map(|a| format!("{} ({} KB)", a.file, a.bytes.div_ceil(1024)))
        .collect();
    Some(
        Diagnostic::error(format!(
            "the HTML page with its {} recording(s) is {} KB, over the {} KB budget; the largest: {}",
            audio.len(),
            html_len.div_ceil(1000),
            PAGE_BUDGET_BYTES / 1000,
            largest.join(", ")
        ))
        .in_file(&audio[0].file)
        .with_code(Code::AudioBudget)
        .with_hint("a page must stay small enough to send by messenger: encode at 16-24 kbit/s mono, keep each recording to one message, or record fewer blocks"),
    )
}

/// The budget rule for every edition that plays recordings, as `build` applies it.
pub fn pages(project: &Project) -> Vec<Finding> {
    let Ok(html) = HtmlRenderer::new(&project.html_templates) else {
        return Vec::new();
    };
    let file = &project.config.file;
    let mut out = Vec::new();
    for locale in project.recordings.locales.keys() {
        for tier in &file.tiers {
            for sheet in &file.sheets {
                for region in &file.regions {
                    let id = EditionId {
                        sheet: sheet.get_ref().clone(),
                        region: region.get_ref().clone(),
                        locale: locale.clone(),
                        tier: tier.id.clone(),
                    };
                    let Ok((model, _)) = sheet_model(project, &id) else {
                        continue;
                    };
                    if model.audio_blocks().is_empty() {
                        continue;
                    }
                    let audio = crate::render::html::audio_sources(project, &model);
                    let Ok(page) =
                        html.render_page(&format!("{}.html", model.template), &model, &audio)
                    else {
                        continue;
                    };
                    if let Some(mut d) = page_budget(page.len(), &model) {
                        d.message = format!("{id}: {}", d.message);
                        out.push(Finding::new(d, Some(locale)));
                    }
                }
            }
        }
    }
    out
}
