//! Reviewing translations message by message: the review state beside each locale's FTL files
//! ([`state`]), outdated translations, and review packs for reviewers who do not use git
//! ([`pack`]: XLSX, CSV and XLIFF 2.0 out, corrections and sign-offs back in).

pub mod commands;
pub mod csv_pack;
pub mod ftl_edit;
pub mod pack;
pub mod state;
pub mod xliff;
pub mod xlsx;

use crate::config::Config;
use crate::diag::{Code, Diagnostic, Finding};
use crate::locales::ftl::value_preview;
use crate::locales::load::LoadedLocale;

/// Reads each locale's review records into its [`state::Review`], reporting a malformed
/// review file (an error), translations without a record and outdated translations
/// (warnings, located at the translation) into `out`.
pub fn attach(config: &Config, locales: &mut [LoadedLocale], out: &mut Vec<Finding>) {
    let reference_tag = config.reference_locale().to_string();
    let Some(reference) = locales.iter().find(|l| l.tag == reference_tag) else {
        return;
    };
    let reference_files = reference.files.clone();
    let snapshots = state::read_snapshots(reference.dir.parent().unwrap_or(&reference.dir));
    let tiers = &config.file.tiers;
    for loaded in locales.iter_mut() {
        let tag = loaded.tag.clone();
        let Some(locale) = loaded.locale.as_mut() else {
            continue;
        };
        if tag == reference_tag {
            locale.review = state::Review::complete();
            continue;
        }
        let file = match state::read_review(&loaded.dir) {
            Ok(f) => f,
            Err(problems) => {
                out.extend(problems.into_iter().map(|d| Finding::new(d, Some(&tag))));
                state::ReviewFile::default()
            }
        };
        let review = state::evaluate(&file, &loaded.files, &reference_files, &snapshots, tiers);
        report(loaded, &review, out);
        if let Some(locale) = loaded.locale.as_mut() {
            locale.review = review;
        }
    }
}

fn report(loaded: &LoadedLocale, review: &state::Review, out: &mut Vec<Finding>) {
    let tag = loaded.tag.as_str();
    if !review.unrecorded.is_empty() {
        let first: Vec<&str> = review
            .unrecorded
            .iter()
            .take(3)
            .map(String::as_str)
            .collect();
        out.push(Finding::new(
            Diagnostic::warning(format!(
                "{} translation(s) of `{tag}` have no record in review.toml (e.g. {}): they count as unreviewed, and a change of their English would go unnoticed",
                review.unrecorded.len(),
                first.join(", ")
            ))
            .in_file(loaded.dir.join(state::REVIEW_FILE))
            .with_code(Code::ReviewState)
            .with_hint(format!(
                "run `infosheet review init --locale {tag}` to record them as made against the current English"
            )),
            Some(tag),
        ));
    }
    for (id, outdated) in &review.outdated {
        let Some((file, entry)) = loaded.entry(id) else {
            continue;
        };
        let old = outdated.old.as_deref().map_or(
            "(not kept in locales/review-snapshots.toml)".to_string(),
            |t| format!("\"{}\"", one_line(t)),
        );
        out.push(Finding::new(
            Diagnostic::warning(format!(
                "the English of `{id}` changed since this translation was made or reviewed: it is outdated, and sheets showing it carry the draft mark"
            ))
            .at(&file.path, &file.text, entry.id_span.clone())
            .with_code(Code::TranslationOutdated)
            .with_hint(format!(
                "old English: {old}; new English: \"{}\". Update the translation ({}), then record it: `infosheet review mark --locale {tag} {id}` (add `--reviewer NAME` once a reviewer agrees), or through a review pack",
                one_line(&outdated.new),
                value_preview(entry)
            )),
            Some(tag),
        ));
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
