//! Locale metadata: language tags, scripts, writing direction and font coverage.

use std::collections::BTreeSet;

use unic_langid::LanguageIdentifier;

use super::Finding;
use super::load::LoadedLocale;
use crate::config::Config;
use crate::diag::Diagnostic;
use crate::locales::Direction;
use crate::render::fonts::Fonts;

/// Scripts written right to left (ISO 15924).
pub const RTL_SCRIPTS: &[&str] = &[
    "Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr", "Yezi",
];

/// Characters every font for a script must have; used to check that a locale's fonts cover it.
pub const SCRIPT_SAMPLES: &[(&str, &str)] = &[
    ("Latn", "Aaz"),
    ("Thai", "กขค"),
    ("Laoo", "ກຂຄ"),
    ("Khmr", "កខគ"),
    ("Mymr", "ကခဂ"),
    ("Arab", "ابت"),
    ("Hebr", "אבג"),
    ("Beng", "অআক"),
    ("Deva", "अआक"),
    ("Hans", "中文字"),
    ("Hant", "中文字"),
    ("Jpan", "あア字"),
    ("Kore", "한국"),
    ("Cyrl", "Жжя"),
    ("Grek", "Ωωα"),
    ("Ethi", "አበ"),
    ("Tibt", "ཀཁ"),
    ("Sinh", "අක"),
    ("Taml", "அக"),
    ("Telu", "అక"),
    ("Knda", "ಅಕ"),
    ("Mlym", "അക"),
    ("Gujr", "અક"),
    ("Guru", "ਅਕ"),
    ("Orya", "ଅକ"),
    ("Geor", "აბ"),
    ("Armn", "աբ"),
    ("Thaa", "ދހ"),
    ("Syrc", "ܐܒ"),
];

/// Direction a script is written in.
pub fn script_direction(script: &str) -> Direction {
    if RTL_SCRIPTS.contains(&script) {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

/// Deprecated or long language codes, with the code BCP 47 prefers.
const PREFERRED_LANGUAGE: &[(&str, &str)] = &[
    ("iw", "he"),
    ("in", "id"),
    ("ji", "yi"),
    ("jw", "jv"),
    ("mo", "ro"),
    ("tl", "fil"),
    ("eng", "en"),
    ("tha", "th"),
    ("vie", "vi"),
    ("khm", "km"),
    ("mya", "my"),
    ("bur", "my"),
    ("lao", "lo"),
    ("ind", "id"),
    ("msa", "ms"),
    ("may", "ms"),
    ("zho", "zh"),
    ("chi", "zh"),
    ("ben", "bn"),
    ("fas", "fa"),
    ("per", "fa"),
    ("ara", "ar"),
    ("fra", "fr"),
    ("fre", "fr"),
    ("deu", "de"),
    ("ger", "de"),
    ("spa", "es"),
    ("por", "pt"),
    ("rus", "ru"),
    ("ukr", "uk"),
    ("urd", "ur"),
    ("hin", "hi"),
    ("nep", "ne"),
    ("tam", "ta"),
    ("tgl", "fil"),
];

/// Script subtags people write for Chinese, with the script they mean.
const REGION_TO_SCRIPT: &[(&str, &str)] = &[("zh-CN", "zh-Hans"), ("zh-TW", "zh-Hant")];

/// The canonical BCP 47 form of a tag a person wrote (`zh_hans` → `zh-Hans`, `iw` → `he`),
/// or `None` when no valid tag can be made of it.
pub fn suggest_tag(written: &str) -> Option<String> {
    let cleaned = written.trim().replace('_', "-");
    let id: LanguageIdentifier = cleaned.parse().ok()?;
    let mut s = id.to_string();
    let language = id.language.as_str().to_string();
    if let Some((_, better)) = PREFERRED_LANGUAGE.iter().find(|(old, _)| *old == language) {
        s = format!("{better}{}", &s[language.len()..]);
    }
    if let Some((_, better)) = REGION_TO_SCRIPT.iter().find(|(from, _)| *from == s) {
        s = (*better).to_string();
    }
    let id: LanguageIdentifier = s.parse().ok()?;
    Some(id.to_string())
}

/// The script a language is most likely written in (`th` → `Thai`), from CLDR likely subtags.
pub fn likely_script(id: &LanguageIdentifier) -> Option<String> {
    if let Some(script) = id.script {
        return Some(script.as_str().to_string());
    }
    let mut max = id.clone();
    max.maximize();
    max.script.map(|s| s.as_str().to_string())
}

/// Font families in `fonts` that have every sample character of `script`.
pub fn families_covering(fonts: &Fonts, script: &str) -> Vec<String> {
    let Some((_, sample)) = SCRIPT_SAMPLES.iter().find(|(s, _)| *s == script) else {
        return Vec::new();
    };
    fonts
        .families()
        .into_iter()
        .filter(|family| sample.chars().all(|c| fonts.covers(family, c)))
        .collect()
}

/// Characters that are never drawn, so need no glyph.
fn needs_glyph(c: char) -> bool {
    !(c.is_whitespace()
        || c.is_control()
        || matches!(c as u32, 0xAD | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x2069 | 0xFE00..=0xFE0F | 0xFEFF))
}

/// Checks the metadata and fonts of every loaded locale.
/// With `glyphs`, also checks that every character of the messages has a glyph (used when the
/// project cannot be loaded whole; otherwise `coverage::check`, the build's own gate, does it).
pub fn check(
    config: &Config,
    locales: &[LoadedLocale],
    fonts: Option<&Fonts>,
    glyphs: bool,
    out: &mut Vec<Finding>,
) {
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
                    .with_code("locale-script")
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
                    .with_code("locale-script")
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
                .with_code("locale-script")
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
                    .with_code("locale-direction")
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
                        .with_code("locale-meta-incomplete")
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
                        .with_code("font-unknown")
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
                    .with_code("font-coverage")
                    .with_hint(hint),
                    "fonts",
                ));
            }
        }

        if !glyphs {
            continue;
        }
        // Every character the locale's messages use must have a glyph in one of its fonts.
        let mut chosen: Vec<String> = meta.fonts.clone();
        for f in &config.file.fallback_fonts {
            if !chosen.contains(f) {
                chosen.push(f.clone());
            }
        }
        let mut reported = BTreeSet::new();
        for file in &loaded.files {
            for entry in &file.entries {
                for (text, span) in &entry.texts {
                    for (i, c) in text.char_indices() {
                        if !needs_glyph(c) || reported.contains(&c) {
                            continue;
                        }
                        let covered = chosen.iter().any(|f| fonts.covers(f, c));
                        if !covered {
                            reported.insert(c);
                            let at = span.start + i;
                            push(
                                Diagnostic::error(format!(
                                    "no font has a glyph for U+{:04X} `{c}`: it would print as a blank box",
                                    c as u32
                                ))
                                .at(&file.path, &file.text, at..at + c.len_utf8())
                                .with_code("font-missing-glyph")
                                .with_hint(format!(
                                    "fonts tried: {}; use another character, or add a font that has it to fonts/ and to the locale",
                                    chosen.join(", ")
                                )),
                            );
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_canonical_tags() {
        assert_eq!(suggest_tag("zh_hans").as_deref(), Some("zh-Hans"));
        assert_eq!(suggest_tag("pt_br").as_deref(), Some("pt-BR"));
        assert_eq!(suggest_tag("iw").as_deref(), Some("he"));
        assert_eq!(suggest_tag("tha").as_deref(), Some("th"));
        assert_eq!(suggest_tag("zh-CN").as_deref(), Some("zh-Hans"));
        assert_eq!(suggest_tag("th").as_deref(), Some("th"));
        assert_eq!(suggest_tag("not a tag"), None);
    }

    #[test]
    fn likely_scripts_and_directions() {
        let script = |t: &str| likely_script(&t.parse().unwrap());
        assert_eq!(script("th").as_deref(), Some("Thai"));
        assert_eq!(script("fa").as_deref(), Some("Arab"));
        assert_eq!(script("zh-Hans").as_deref(), Some("Hans"));
        assert_eq!(script("my").as_deref(), Some("Mymr"));
        assert_eq!(script_direction("Arab"), Direction::Rtl);
        assert_eq!(script_direction("Hebr"), Direction::Rtl);
        assert_eq!(script_direction("Thai"), Direction::Ltr);
    }
}
