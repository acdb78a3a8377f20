//! Language tags and scripts: canonical tags, likely scripts, writing direction, fonts covering a script.

use unic_langid::LanguageIdentifier;

use super::Direction;
use crate::fonts::Fonts;

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
