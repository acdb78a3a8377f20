//! The rule book: every rule a project must pass, run by `build` (which refuses on errors)
//! and by `check` (which reports everything). Each rule attaches its diagnostic code where it
//! finds the problem.

mod contacts;
mod editions;
mod entries;
mod locale_meta;
mod refs;
mod rendering;

pub use rendering::{models, templates};

pub use contacts::{email_ok, phone_ok, website_ok};
pub use entries::integer_plural_categories;

use crate::date::Date;
use crate::diag::{Code, Finding};
use crate::fonts::Fonts;
use crate::project::{Loaded, Project};

/// The rules over the parts of a project as loaded, whole or not: contacts, locale metadata,
/// the messages of each locale and, with `fonts`, the fonts they name. `today` enables the
/// staleness rule for contacts (a warning).
pub fn rules(loaded: &Loaded, fonts: Option<&Fonts>, today: Option<Date>) -> Vec<Finding> {
    let mut out = Vec::new();
    if let (Some(config), Some(content)) = (&loaded.config, &loaded.content) {
        for (region, origin) in content.regions.values() {
            out.extend(
                contacts::check(config, region, origin, today)
                    .into_iter()
                    .map(|d| Finding::new(d, None)),
            );
            out.extend(
                editions::check(config, region, origin)
                    .into_iter()
                    .map(|d| Finding::new(d, None)),
            );
        }
    }
    locale_meta::check(&loaded.locales, fonts, &mut out);
    if let (Some(config), Some(fonts)) = (&loaded.config, fonts) {
        locale_meta::fallback_fonts(config, fonts, &mut out);
    }
    if let Some(config) = &loaded.config {
        let reference = loaded
            .locales
            .iter()
            .find(|l| l.tag == config.reference_locale());
        for l in &loaded.locales {
            entries::check_entries(&config.file.tiers, reference, l, &mut out);
        }
    }
    out
}

/// The rules over the assembled project: references between its parts.
pub fn project(project: &Project) -> Vec<Finding> {
    refs::check(project)
        .into_iter()
        .map(|d| Finding::new(d, None))
        .collect()
}

/// Every character the given locales can show has a glyph in one of their fonts.
pub fn glyphs(project: &Project, fonts: &Fonts, tags: &[String]) -> Vec<Finding> {
    let mut out = Vec::new();
    for tag in tags {
        out.extend(
            crate::coverage::check(project, fonts, std::slice::from_ref(tag))
                .into_iter()
                .map(|d| Finding::new(d.with_code(Code::FontMissingGlyph), Some(tag))),
        );
    }
    out
}
