//! The rules for the editions a region asks for: its staff language (the second language of
//! its bilingual editions) must be one of the project's locales.

use crate::config::Config;
use crate::content::{Origin, RegionFile};
use crate::diag::{Code, Diagnostic};

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
