//! Rules for a locale's metadata: script code, writing direction, placeholders and fonts.

use std::collections::BTreeSet;

use crate::config::Config;
use crate::diag::{Code, Diagnostic, Finding};
use crate::fonts::Fonts;
use crate::locales::Direction;
use crate::locales::load::LoadedLocale;
use crate::locales::script::{SCRIPT_SAMPLES, families_covering, likely_script, script_direction};

/// Checks the metadata and fonts (when loaded) of every loaded locale.
pub fn check(locales: &[LoadedLocale], fonts: Option<&Fonts>, out: &mut Vec<Finding>) {
    let families: BTreeSet<String> = fonts
        .map(|f| f.families().into_iter().map(|s| s.to_lowercase()).collect())
        .unwrap_or_default();
    for loaded in locales {
        let Some(locale) = &loaded.locale else {
            continue;
        };
        let meta = &locale.meta;
        let meta_path = loaded.dir.join("locale.toml");
        let meta_text = crate::source::read_text(&meta_path).ok();
        // Position of `key = ` in locale.toml, for a located diagnostic.
        let at_key = |d: Diagnostic, key: &str| -> Diagnostic {
            match &meta_text {
                Some(text) => {
                    let found = text
                        .match_indices(key)
                        .find(|(i, _)| *i == 0 || text.as_bytes()[i - 1] == b'\n');
                    match found {
                        Some((i, _)) => {
                            let value = text[i..]
                                .find('=')
                                .map(|eq| i + eq + 1)
                                .map(|v| v + text[v..].len() - text[v..].trim_start().len())
                                .unwrap_or(i);
                            let end = text[value..].find('\n').map_or(text.len(), |n| value + n);
                            d.at(&meta_path, text, value..end)
                        }
                        None => d.in_file(&meta_path),
                    }
                }
                None => d.in_file(&meta_path),
            }
        };
        let mut push = |d: Diagnostic| out.push(Finding::new(d, Some(loaded.tag.as_str())));

        // Script code: four letters, title case, and the one the tag implies.
        let script = meta.script.as_str();
        let well_formed = script.len() == 4
            && script
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_uppercase())
            && script.chars().skip(1).all(|c| c.is_ascii_lowercase());
        if !well_formed {
            push(at_key(
                Diagnostic::error(format!("`{script}` is not an ISO 15924 script code"))
                    .with_code(Code::LocaleScript)
                    .with_hint(
                        "write four letters, the first upper case: Latn, Thai, Arab, Hans, Mymr…",
                    ),
                "script",
            ));
        } else if let Some(explicit) = locale.langid.script {
            if explicit.as_str() != script {
                push(at_key(
                    Diagnostic::error(format!(
                        "the tag `{}` says script `{}` but locale.toml says `{script}`",
                        loaded.tag,
                        explicit.as_str()
                    ))
                    .with_code(Code::LocaleScript)
                    .with_hint(format!("write script = \"{}\"", explicit.as_str())),
                    "script",
                ));
            }
        } else if let Some(likely) = likely_script(&locale.langid)
            && likely != script
        {
            push(at_key(
                Diagnostic::warning(format!(
                    "`{}` is usually written in `{likely}`, but locale.toml says `{script}`",
                    loaded.tag
                ))
                .with_code(Code::LocaleScript)
                .with_hint(format!(
                    "if the script is right, say so in the tag: `{}-{script}`",
                    locale.langid.language.as_str()
                )),
                "script",
            ));
        }

        // Direction follows the script.
        if well_formed {
            let expected = script_direction(script);
            if expected != meta.direction {
                let word = |d: Direction| match d {
                    Direction::Ltr => "ltr",
                    Direction::Rtl => "rtl",
                };
                push(at_key(
                    Diagnostic::error(format!(
                        "script `{script}` is written {}, but direction is `{}`",
                        if expected == Direction::Rtl {
                            "right to left"
                        } else {
                            "left to right"
                        },
                        word(meta.direction)
                    ))
                    .with_code(Code::LocaleDirection)
                    .with_hint(format!("write direction = \"{}\"", word(expected))),
                    "direction",
                ));
            }
        }

        // Placeholders left by `infosheet new-locale`.
        for (key, value) in [
            ("endonym", &meta.endonym),
            ("english_name", &meta.english_name),
            ("translator", &meta.translator),
        ] {
            if value.trim().is_empty() || value.contains("TODO") || *value == loaded.tag {
                push(at_key(
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
                ));
            }
        }

        let Some(fonts) = fonts else { continue };
        for family in &meta.fonts {
            if !families.contains(&family.to_lowercase()) {
                push(at_key(
                    Diagnostic::error(format!("font `{family}` is not in fonts/"))
                        .with_code(Code::FontUnknown)
                        .with_hint(format!("fonts available: {}", fonts.families().join(", "))),
                    "fonts",
                ));
            }
        }
        if well_formed {
            let covering = families_covering(fonts, script);
            let has_sample = SCRIPT_SAMPLES.iter().any(|(s, _)| *s == script);
            if has_sample
                && !meta
                    .fonts
                    .iter()
                    .any(|f| covering.iter().any(|c| c.eq_ignore_ascii_case(f)))
            {
                let hint = if covering.is_empty() {
                    format!(
                        "no font in fonts/ covers `{script}`: add one (Noto has one for most scripts) and list it here"
                    )
                } else {
                    format!("fonts in fonts/ that cover it: {}", covering.join(", "))
                };
                push(at_key(
                    Diagnostic::error(format!(
                        "none of the fonts of `{}` covers its script `{script}`",
                        loaded.tag
                    ))
                    .with_code(Code::FontCoverage)
                    .with_hint(hint),
                    "fonts",
                ));
            }
        }
    }
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
