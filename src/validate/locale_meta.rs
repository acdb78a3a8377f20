//! Rules for a locale's metadata: script code, writing direction, placeholders and fonts.

use std::collections::BTreeSet;

use crate::config::Config;
use crate::diag::{Code, Diagnostic, Finding};
use crate::fonts::Fonts;
use crate::locales::load::LoadedLocale;
use crate::locales::script::{SCRIPT_SAMPLES, families_covering, likely_script, script_direction};
use crate::locales::{Direction, Locale, LocaleMeta};

/// `locale.toml` of one locale, to point at the line of a key.
struct MetaFile {
    path: std::path::PathBuf,
    text: Option<std::sync::Arc<str>>,
}

impl MetaFile {
    /// `d` located at the value of `key = …`, or at the file when the key is not found.
    fn at_key(&self, d: Diagnostic, key: &str) -> Diagnostic {
        let Some(text) = &self.text else {
            return d.in_file(&self.path);
        };
        let found = text
            .match_indices(key)
            .find(|(i, _)| *i == 0 || text.as_bytes()[i - 1] == b'\n');
        let Some((i, _)) = found else {
            return d.in_file(&self.path);
        };
        let value = text[i..]
            .find('=')
            .map(|eq| i + eq + 1)
            .map(|v| v + text[v..].len() - text[v..].trim_start().len())
            .unwrap_or(i);
        let end = text[value..].find('\n').map_or(text.len(), |n| value + n);
        d.at(&self.path, text, value..end)
    }
}

/// Checks the metadata and fonts (when loaded) of every loaded locale.
pub fn check(locales: &[LoadedLocale], fonts: Option<&Fonts>, out: &mut Vec<Finding>) {
    for loaded in locales {
        let Some(locale) = &loaded.locale else {
            continue;
        };
        let path = loaded.dir.join("locale.toml");
        let file = MetaFile {
            text: crate::source::read_text(&path).ok(),
            path,
        };
        let mut found = Vec::new();
        let well_formed = script(locale, &file, &mut found);
        if well_formed {
            direction(&locale.meta, &file, &mut found);
        }
        placeholders(&loaded.tag, &locale.meta, &file, &mut found);
        if let Some(fonts) = fonts {
            font_rules(locale, fonts, well_formed, &file, &mut found);
        }
        out.extend(
            found
                .into_iter()
                .map(|d| Finding::new(d, Some(loaded.tag.as_str()))),
        );
    }
}

/// Script code: four letters, title case, and the one the tag implies. True when well formed.
fn script(locale: &Locale, file: &MetaFile, out: &mut Vec<Diagnostic>) -> bool {
    let script = locale.meta.script.as_str();
    let tag = &locale.tag;
    let well_formed = script.len() == 4
        && script
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_uppercase())
        && script.chars().skip(1).all(|c| c.is_ascii_lowercase());
    if !well_formed {
        out.push(
            file.at_key(
                Diagnostic::error(format!("`{script}` is not an ISO 15924 script code"))
                    .with_code(Code::LocaleScript)
                    .with_hint(
                        "write four letters, the first upper case: Latn, Thai, Arab, Hans, Mymr…",
                    ),
                "script",
            ),
        );
    } else if let Some(explicit) = locale.langid.script {
        if explicit.as_str() != script {
            out.push(
                file.at_key(
                    Diagnostic::error(format!(
                        "the tag `{tag}` says script `{}` but locale.toml says `{script}`",
                        explicit.as_str()
                    ))
                    .with_code(Code::LocaleScript)
                    .with_hint(format!("write script = \"{}\"", explicit.as_str())),
                    "script",
                ),
            );
        }
    } else if let Some(likely) = likely_script(&locale.langid)
        && likely != script
    {
        out.push(
            file.at_key(
                Diagnostic::warning(format!(
                    "`{tag}` is usually written in `{likely}`, but locale.toml says `{script}`"
                ))
                .with_code(Code::LocaleScript)
                .with_hint(format!(
                    "if the script is right, say so in the tag: `{}-{script}`",
                    locale.langid.language.as_str()
                )),
                "script",
            ),
        );
    }
    well_formed
}

/// Direction follows the script.
fn direction(meta: &LocaleMeta, file: &MetaFile, out: &mut Vec<Diagnostic>) {
    let script = meta.script.as_str();
    let expected = script_direction(script);
    if expected == meta.direction {
        return;
    }
    let word = |d: Direction| match d {
        Direction::Ltr => "ltr",
        Direction::Rtl => "rtl",
    };
    let written = if expected == Direction::Rtl {
        "right to left"
    } else {
        "left to right"
    };
    out.push(
        file.at_key(
            Diagnostic::error(format!(
                "script `{script}` is written {written}, but direction is `{}`",
                word(meta.direction)
            ))
            .with_code(Code::LocaleDirection)
            .with_hint(format!("write direction = \"{}\"", word(expected))),
            "direction",
        ),
    );
}

/// Placeholders left by `infosheet new-locale`.
fn placeholders(tag: &str, meta: &LocaleMeta, file: &MetaFile, out: &mut Vec<Diagnostic>) {
    for (key, value) in [
        ("endonym", &meta.endonym),
        ("english_name", &meta.english_name),
        ("translator", &meta.translator),
    ] {
        if value.trim().is_empty() || value.contains("TODO") || *value == tag {
            out.push(
                file.at_key(
                    Diagnostic::warning(format!("`{key}` is not filled in"))
                        .with_code(Code::LocaleMetaIncomplete)
                        .with_hint(match key {
                            "endonym" => "write the language's name in its own script, e.g. ไทย",
                            "english_name" => "write the language's name in English, e.g. Thai",
                            _ => {
                                "say who translated the messages, or that they are machine-drafted"
                            }
                        }),
                    key,
                ),
            );
        }
    }
}

/// Every font the locale names is in fonts/, and one of them covers its script.
fn font_rules(
    locale: &Locale,
    fonts: &Fonts,
    well_formed: bool,
    file: &MetaFile,
    out: &mut Vec<Diagnostic>,
) {
    let meta = &locale.meta;
    let families: BTreeSet<String> = fonts
        .families()
        .into_iter()
        .map(|s| s.to_lowercase())
        .collect();
    for family in &meta.fonts {
        if !families.contains(&family.to_lowercase()) {
            out.push(
                file.at_key(
                    Diagnostic::error(format!("font `{family}` is not in fonts/"))
                        .with_code(Code::FontUnknown)
                        .with_hint(format!("fonts available: {}", fonts.families().join(", "))),
                    "fonts",
                ),
            );
        }
    }
    let script = meta.script.as_str();
    if !well_formed || !SCRIPT_SAMPLES.iter().any(|(s, _)| *s == script) {
        return;
    }
    let covering = families_covering(fonts, script);
    if meta
        .fonts
        .iter()
        .any(|f| covering.iter().any(|c| c.eq_ignore_ascii_case(f)))
    {
        return;
    }
    let hint = if covering.is_empty() {
        format!(
            "no font in fonts/ covers `{script}`: add one (Noto has one for most scripts) and list it here"
        )
    } else {
        format!("fonts in fonts/ that cover it: {}", covering.join(", "))
    };
    out.push(
        file.at_key(
            Diagnostic::error(format!(
                "none of the fonts of `{}` covers its script `{script}`",
                locale.tag
            ))
            .with_code(Code::FontCoverage)
            .with_hint(hint),
            "fonts",
        ),
    );
}

/// The project's fallback fonts must exist.
pub fn fallback_fonts(config: &Config, fonts: &Fonts, out: &mut Vec<Finding>) {
    let families: Vec<String> = fonts.families().iter().map(|f| f.to_lowercase()).collect();
    for family in &config.file.fallback_fonts {
        if !families.contains(&family.to_lowercase()) {
            let text = &config.origin.text;
            let needle = format!("\"{family}\"");
            let d = Diagnostic::error(format!("fallback font `{family}` is not in fonts/"))
                .with_code(Code::FontUnknown)
                .with_hint(format!("fonts available: {}", fonts.families().join(", ")));
            let d = match text.find(&needle) {
                Some(i) => d.at(&config.origin.path, text, i..i + needle.len()),
                None => d.in_file(&config.origin.path),
            };
            out.push(Finding::new(d, None));
        }
    }
}
