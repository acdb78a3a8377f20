//! Glyph coverage, checked before anything is typeset: every character a locale's sheets can
//! show must be in one of the fonts configured for that locale, or the build stops.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::collections::HashMap;
use std::sync::Arc;

use unicode_script::UnicodeScript;

use crate::diag::Diagnostic;
use crate::locales::{Locale, message_offsets};
use crate::project::Project;
use crate::render::fonts::Fonts;

/// The fonts a locale's text is set in, in order: its own, then the project's fallbacks.
pub fn font_list(project: &Project, locale: &Locale) -> Vec<String> {
    crate::model::font_list(&locale.meta.fonts, &project.config.file.fallback_fonts)
}

/// Characters that need no glyph of their own.
fn needs_glyph(c: char) -> bool {
    !c.is_whitespace()
        && !c.is_control()
        && !matches!(c, '\u{200B}'..='\u{200F}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Checks every message of each locale in `tags`, and every content string, against the fonts.
pub fn check(project: &Project, fonts: &Fonts, tags: &[String]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for locale in project.locales.iter().filter(|l| tags.contains(&l.tag)) {
        let families = font_list(project, locale);
        // A locale's text repeats a few dozen characters thousands of times: ask the fonts once
        // per character.
        let known: RefCell<HashMap<char, bool>> = RefCell::default();
        let covered = |c: char| {
            *known
                .borrow_mut()
                .entry(c)
                .or_insert_with(|| families.iter().any(|f| fonts.covers(f, c)))
        };
        let describe = |c: char| {
            format!(
                "U+{:04X} `{c}` ({} script)",
                c as u32,
                c.script().full_name()
            )
        };
        let installed = fonts.families();
        let tried = families
            .iter()
            .map(|f| {
                if installed.iter().any(|i| i.eq_ignore_ascii_case(f)) {
                    f.clone()
                } else {
                    format!("{f} (not in fonts/)")
                }
            })
            .collect::<Vec<_>>()
            .join(", ");
        let mut files: BTreeSet<Arc<std::path::Path>> = BTreeSet::new();
        for site in locale.messages.values() {
            files.insert(site.file.clone());
        }
        for file in files {
            let Some(site) = locale.messages.values().find(|s| s.file == file) else {
                continue;
            };
            let text = &site.text;
            let ids = message_offsets(text);
            for (n, (id, range)) in ids.iter().enumerate() {
                let end = ids.get(n + 1).map_or(text.len(), |(_, next)| next.start);
                let mut offset = range.start;
                for line in text[range.start..end].split_inclusive('\n') {
                    if !line.trim_start().starts_with('#')
                        && let Some((i, c)) = line
                            .char_indices()
                            .find(|&(_, c)| needs_glyph(c) && !covered(c))
                    {
                        problems.push(
                            Diagnostic::error(format!(
                                "locale `{}`, message `{id}`: no font has a glyph for {}",
                                locale.tag,
                                describe(c)
                            ))
                            .at(file.as_ref(), text, offset + i..offset + i + c.len_utf8())
                            .with_hint(format!(
                                "fonts tried: {tried}; add a font covering this script to fonts/ and to the locale's `fonts`"
                            )),
                        );
                        break;
                    }
                    offset += line.len();
                }
            }
        }
        let mut strings: Vec<(&str, String)> = Vec::new();
        for (region, origin) in project.content.regions.values() {
            for c in &region.contacts {
                strings.push((c.organisation.as_str(), origin.path.display().to_string()));
                if let Some(a) = &c.address {
                    strings.push((a.as_str(), origin.path.display().to_string()));
                }
            }
            for o in &region.options {
                strings.push((o.location.as_str(), origin.path.display().to_string()));
            }
        }
        for other in &project.locales {
            strings.push((
                other.meta.endonym.as_str(),
                format!("locales/{}/locale.toml (endonym)", other.tag),
            ));
        }
        for (s, source) in strings {
            if let Some(c) = s.chars().find(|&c| needs_glyph(c) && !covered(c)) {
                problems.push(Diagnostic::error(format!(
                    "locale `{}`: `{s}` from {source} has a character no font of the locale covers: {}",
                    locale.tag,
                    describe(c)
                ))
                .with_hint(format!("fonts tried: {tried}; add a covering font to `fallback_fonts` in infosheet.toml")));
            }
        }
    }
    problems
}
