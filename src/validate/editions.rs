//! The rules for the editions beside each edition: a region's staff language (the second
//! language of its bilingual editions) must be one of the project's locales; the neutral names
//! of discreet editions (a sheet's file name, a contact's name) must name none of the reference
//! locale's discreet words.

use crate::config::Config;
use crate::content::{Origin, RegionFile, is_plain_id};
use crate::diag::{Code, Diagnostic};
use crate::localize::Localizer;
use crate::project::Project;

/// A region's `staff_language` names a locale of the project.
pub fn check(config: &Config, region: &RegionFile, origin: &Origin) -> Vec<Diagnostic> {
    let Some(tag) = &region.staff_language else {
        return Vec::new();
    };
    let locales: Vec<&str> = config
        .file
        .locales
        .iter()
        .map(|l| l.get_ref().as_str())
        .collect();
    if locales.contains(&tag.get_ref().as_str()) {
        return Vec::new();
    }
    let hint = match locales
        .iter()
        .find(|l| l.eq_ignore_ascii_case(tag.get_ref()))
    {
        Some(same) => format!("write `{same}`, as infosheet.toml lists it"),
        None => format!(
            "the bilingual editions pair each sheet with a locale the project builds; use one of: {}",
            locales.join(", ")
        ),
    };
    vec![
        origin
            .error_at(
                tag,
                format!(
                    "staff language `{}` is not a locale of this project",
                    tag.get_ref()
                ),
            )
            .with_code(Code::StaffLanguage)
            .with_hint(hint),
    ]
}

/// Sheets' `discreet_name` and contacts' `discreet_name` are neutral: no word of the reference
/// locale's `discreet-words` in them (and a sheet's is a plain file name).
pub fn discreet_names(project: &Project) -> Vec<Diagnostic> {
    let Some(tier) = project.config.file.tiers.first() else {
        return Vec::new();
    };
    let reference = project.reference();
    let words = crate::discreet::words(&Localizer::new(reference, reference, tier));
    let mut out = Vec::new();
    let flag = |out: &mut Vec<Diagnostic>,
                origin: &Origin,
                at: &crate::content::Ref,
                name: &str,
                what: &str| {
        if let Some(word) = crate::discreet::named(name, &words) {
            out.push(
                origin
                    .error_at(at, format!("{what} `{name}` names `{word}`"))
                    .with_code(Code::DiscreetName)
                    .with_hint(format!(
                        "discreet editions must not say what the help is for; `{word}` is in discreet-words of locales/{}/discreet.ftl",
                        reference.tag
                    )),
            );
        }
    };
    for (sheet, origin) in project.content.sheets.values() {
        if let Some(name) = &sheet.discreet_name {
            flag(&mut out, origin, name, name.get_ref(), "discreet name");
            if !is_plain_id(name.get_ref()) {
                out.push(
                    origin
                        .error_at(
                            name,
                            format!(
                                "discreet name `{}` is not a plain file name",
                                name.get_ref()
                            ),
                        )
                        .with_code(Code::DiscreetName)
                        .with_hint("use lowercase letters, digits and hyphens"),
                );
            }
        }
    }
    for (region, origin) in project.content.regions.values() {
        for c in &region.contacts {
            if let Some(name) = &c.discreet_name {
                flag(&mut out, origin, &c.id, name, "contact's discreet name");
            }
        }
    }
    out
}
