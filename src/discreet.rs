//! The discreet edition, for a reader whose phone or bag may be searched: a neutral title (in
//! the PDF's title and metadata and the HTML `<title>` too), a neutral file name, no
//! organisation name that says what the help is for, and a first page that ends after the
//! numbers to call and the marks. The inside still says what the help is for.
//!
//! What "says what the help is for" means is data, per locale: the message `discreet-words` in
//! `locales/<tag>/discreet.ftl`, one word (or word start: `traffick`) per line, matched without
//! regard to case anywhere in a text (Thai, Khmer, Chinese... have no spaces between words).
//! A discreet edition is checked against its own locale's list and the reference locale's (the
//! marks repeat their notice in the reference language).

use serde_json::Value;

use crate::content::{RegionFile, SheetFile};
use crate::localize::{Localizer, Text};

/// The messages of discreet editions, in each locale's `discreet.ftl`.
pub const MESSAGES: [&str; 4] = [
    "discreet-title",
    "discreet-note",
    "discreet-contact",
    "discreet-words",
];

/// The message listing the words a discreet edition must not show, one per line.
pub const WORDS: &str = "discreet-words";

/// The words of `discreet-words` as `l10n` resolves it (its locale, else the reference).
pub fn words(l10n: &Localizer<'_>) -> Vec<String> {
    l10n.text(WORDS, &[])
        .map(|t| parse_words(&t.text))
        .unwrap_or_default()
}

/// The words of a `discreet-words` value: one per line (commas also separate), lower-cased.
pub fn parse_words(text: &str) -> Vec<String> {
    text.split(['\n', ','])
        .map(|w| w.trim().to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The first of `words` that `text` contains, compared without regard to case.
pub fn named<'w>(text: &str, words: &'w [String]) -> Option<&'w str> {
    let text = text.to_lowercase();
    words
        .iter()
        .find(|w| text.contains(w.as_str()))
        .map(String::as_str)
}

/// The file name (without extension) of a sheet's discreet editions.
pub fn file_stem<'s>(sheet_id: &'s str, sheet: &'s SheetFile) -> &'s str {
    sheet
        .discreet_name
        .as_ref()
        .map_or(sheet_id, |n| n.get_ref().as_str())
}

/// Turns an edition's model (as JSON) into its discreet edition's: the neutral title, no
/// subtitle, `discreet.note` for the end of page 1, and every organisation name that names a
/// listed word (of the edition's or the reference locale) replaced by the contact's
/// `discreet_name` or the locale's `discreet-contact`. `None` when a message is missing (the
/// problem is in `l10n`).
pub fn apply(model: &mut Value, l10n: &Localizer<'_>, region: &RegionFile) -> Option<()> {
    let mut listed = words(l10n);
    listed.extend(words(&Localizer::new(
        l10n.reference,
        l10n.reference,
        l10n.tier,
    )));
    let title = l10n.text("discreet-title", &[])?;
    let note = l10n.text("discreet-note", &[])?;
    let contact = l10n.text("discreet-contact", &[])?;
    let mut renames = Vec::new();
    for c in &region.contacts {
        if named(&c.organisation, &listed).is_some() {
            let name = match &c.discreet_name {
                Some(n) => Text::plain(n.clone()),
                None => contact.clone(),
            };
            renames.push((c.organisation.clone(), name));
        }
    }
    let as_value = |t: &Text| serde_json::to_value(t).unwrap_or(Value::Null);
    if let Value::Object(map) = model {
        map.insert("title".into(), as_value(&title));
        map.insert("subtitle".into(), Value::Null);
        map.insert(
            "discreet".into(),
            serde_json::json!({ "note": as_value(&note) }),
        );
    }
    rename(model, &renames, &as_value);
    Some(())
}

/// Replaces every text of `v` that reads as one of `renames`' names.
fn rename(v: &mut Value, renames: &[(String, Text)], as_value: &dyn Fn(&Text) -> Value) {
    match v {
        Value::Object(map) => {
            let text = map.get("text").and_then(Value::as_str);
            if map.len() == 2 && map.contains_key("lang") {
                if let Some((_, to)) = renames.iter().find(|(from, _)| Some(from.as_str()) == text)
                {
                    *v = as_value(to);
                }
                return;
            }
            map.values_mut().for_each(|x| rename(x, renames, as_value));
        }
        Value::Array(items) => items.iter_mut().for_each(|x| rename(x, renames, as_value)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lines_or_commas_and_match_inside_words_without_case() {
        let words = parse_words("traffick\n Exploit , victim\n\n");
        assert_eq!(words, ["traffick", "exploit", "victim"]);
        assert_eq!(named("Anti-Trafficking Hotline", &words), Some("traffick"));
        assert_eq!(named("VICTIMS", &words), Some("victim"));
        assert_eq!(named("Help line", &words), None);
        let thai = parse_words("ค้ามนุษย์");
        assert!(named("สายด่วนต่อต้านการค้ามนุษย์", &thai).is_some());
    }

    #[test]
    fn organisation_names_are_replaced_wherever_the_model_has_them() {
        let mut model = serde_json::json!({
            "call": { "contacts": [ { "organisation": { "text": "Anti-Trafficking Line", "lang": "en" } } ] },
            "sections": [ { "contacts": [ { "organisation": { "text": "Anti-Trafficking Line", "lang": null } },
                                          { "organisation": { "text": "Shelter", "lang": null } } ] } ],
        });
        let renames = vec![(
            "Anti-Trafficking Line".to_string(),
            Text::plain("Help line"),
        )];
        rename(&mut model, &renames, &|t| serde_json::to_value(t).unwrap());
        assert_eq!(
            model["call"]["contacts"][0]["organisation"]["text"],
            "Help line"
        );
        assert_eq!(
            model["sections"][0]["contacts"][0]["organisation"]["text"],
            "Help line"
        );
        assert_eq!(
            model["sections"][0]["contacts"][1]["organisation"]["text"],
            "Shelter"
        );
    }
}
