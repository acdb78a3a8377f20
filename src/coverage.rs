//! Glyph coverage, checked before anything is typeset: every character a locale's sheets can
//! show must be in one of the fonts configured for that locale, or the build stops.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::collections::HashMap;
use std::sync::Arc;

use unicode_script::UnicodeScript;

use crate::diag::Diagnostic;
use crate::fonts::Fonts;
use crate::locales::{Locale, message_offsets};
use crate::project::Project;

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

/// A control character other than a tab or a line break: nothing can print it, and a tagged
/// PDF refuses U+0000.
fn unprintable(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// The characters one line of Fluent source shows, with the byte range that writes each:
/// inside a string literal (`{"…"}`), `\uXXXX` and `\UXXXXXX` are the characters they escape.
fn written_chars(line: &str) -> impl Iterator<Item = (std::ops::Range<usize>, char)> + '_ {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut chars = line.char_indices().peekable();
    std::iter::from_fn(move || {
        let (i, c) = chars.next()?;
        let plain = (i..i + c.len_utf8(), c);
        if in_string {
            match c {
                '"' => in_string = false,
                '\\' => {
                    let width = match chars.peek() {
                        Some((_, 'u')) => 4,
                        Some((_, 'U')) => 6,
                        _ => {
                            let (j, escaped) = chars.next()?;
                            return Some((i..j + escaped.len_utf8(), escaped));
                        }
                    };
                    let start = i + 2;
                    let escaped = line
                        .get(start..start + width)
                        .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                        .and_then(char::from_u32);
                    if let Some(escaped) = escaped {
                        for _ in 0..=width {
                            chars.next();
                        }
                        return Some((i..start + width, escaped));
                    }
                }
                _ => {}
            }
        } else if depth > 0 {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                '"' => in_string = true,
                _ => {}
            }
        } else if c == '{' {
            depth = 1;
        }
        Some(plain)
    })
}

/// A locale's fonts, asked once per character: a locale's text repeats a few dozen characters
/// thousands of times.
struct LocaleFonts<'a> {
    fonts: &'a Fonts,
    families: Vec<String>,
    known: RefCell<HashMap<char, bool>>,
}

impl LocaleFonts<'_> {
    fn covers(&self, c: char) -> bool {
        *self
            .known
            .borrow_mut()
            .entry(c)
            .or_insert_with(|| self.families.iter().any(|f| self.fonts.covers(f, c)))
    }

    /// The fonts tried, those missing from fonts/ marked so.
    fn tried(&self) -> String {
        let installed = self.fonts.families();
        self.families
            .iter()
            .map(|f| {
                if installed.iter().any(|i| i.eq_ignore_ascii_case(f)) {
                    f.clone()
                } else {
                    format!("{f} (not in fonts/)")
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn describe(c: char) -> String {
    format!(
        "U+{:04X} `{c}` ({} script)",
        c as u32,
        c.script().full_name()
    )
}

/// Checks every message of each locale in `tags`, and every content string, against the fonts.
pub fn check(project: &Project, fonts: &Fonts, tags: &[String]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for locale in project.locales.iter().filter(|l| tags.contains(&l.tag)) {
        let covering = LocaleFonts {
            fonts,
            families: font_list(project, locale),
            known: RefCell::default(),
        };
        message_chars(locale, &covering, &mut problems);
        content_chars(project, locale, &covering, &mut problems);
    }
    problems
}

/// The first character of each message line that is a control character or has no glyph.
fn message_chars(locale: &Locale, covering: &LocaleFonts<'_>, problems: &mut Vec<Diagnostic>) {
    let files: BTreeSet<Arc<std::path::Path>> = locale
        .messages
        .values()
        .map(|site| site.file.clone())
        .collect();
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
                    && let Some((at, c)) = written_chars(line)
                        .find(|&(_, c)| unprintable(c) || (needs_glyph(c) && !covering.covers(c)))
                {
                    let at = offset + at.start..offset + at.end;
                    problems.push(if unprintable(c) {
                        Diagnostic::error(format!(
                            "locale `{}`, message `{id}`: U+{:04X} is a control character, which a sheet cannot show",
                            locale.tag, c as u32
                        ))
                        .at(file.as_ref(), text, at)
                        .with_hint("remove it; write a line break as a new line, not as an escape")
                    } else {
                        Diagnostic::error(format!(
                            "locale `{}`, message `{id}`: no font has a glyph for {}",
                            locale.tag,
                            describe(c)
                        ))
                        .at(file.as_ref(), text, at)
                        .with_hint(format!(
                            "fonts tried: {}; add a font covering this script to fonts/ and to the locale's `fonts`",
                            covering.tried()
                        ))
                    });
                    break;
                }
                offset += line.len();
            }
        }
    }
}

/// Names and addresses from the content, and every locale's endonym (the catalogue and the
/// language lines show them in this locale's fonts).
fn content_chars(
    project: &Project,
    locale: &Locale,
    covering: &LocaleFonts<'_>,
    problems: &mut Vec<Diagnostic>,
) {
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
        if let Some(c) = s.chars().find(|&c| needs_glyph(c) && !covering.covers(c)) {
            problems.push(
                Diagnostic::error(format!(
                    "locale `{}`: `{s}` from {source} has a character no font of the locale covers: {}",
                    locale.tag,
                    describe(c)
                ))
                .with_hint(format!(
                    "fonts tried: {}; add a covering font to `fallback_fonts` in infosheet.toml",
                    covering.tried()
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(line: &str) -> Vec<(std::ops::Range<usize>, char)> {
        written_chars(line).collect()
    }

    #[test]
    fn escapes_inside_string_literals_are_the_characters_they_write() {
        let line = r#"a = x{"\u0000"}\u0041"#;
        let chars = written(line);
        let nul = chars.iter().find(|(_, c)| *c == '\0').expect("decoded");
        assert_eq!(&line[nul.0.clone()], r"\u0000");
        assert!(
            chars.iter().all(|(_, c)| *c != 'A'),
            "outside a literal, \\u0041 is plain text"
        );
        assert!(chars.iter().any(|(r, c)| *c == '\\' && r.start == 15));
    }

    #[test]
    fn six_digit_and_quote_escapes_and_nested_placeables() {
        let line = r#"b = { "\U01F600 \" {" } {{ "\u0009" }}"#;
        let chars: String = written(line).into_iter().map(|(_, c)| c).collect();
        assert!(chars.contains('\u{1F600}'));
        assert!(
            chars.contains("\" {"),
            "an escaped quote does not end the literal"
        );
        assert!(chars.contains('\t'));
    }

    #[test]
    fn controls_other_than_tabs_and_line_breaks_are_unprintable() {
        assert!(unprintable('\0'));
        assert!(unprintable('\u{1}'));
        assert!(!unprintable('\t') && !unprintable('\n') && !unprintable('a'));
    }
}
