//! The bilingual edition: every text of a sheet model in the edition's language carries, as
//! `second`, the same text in the staff language, so that a worker (or an interpreter) and the
//! reader can read one sheet together.
//!
//! The two models are built from the same content for the same tier and region, so they have
//! the same shape; the staff model's texts are joined to the edition's at the JSON level, which
//! gives every text of the model (heading, paragraph, right, support entry, contact label, and
//! any field added later) its second language without a list to keep up to date. A text whose
//! staff version reads the same (an organisation's name, a language's endonym) gets none.
//!
//! Templates show `second` under its block, smaller, tagged with its language and direction.

use serde_json::{Map, Value};

use crate::content::RegionFile;
use crate::locales::{Direction, Locale};
use crate::project::Project;

/// The file-name suffix of the bilingual editions (`rights-and-help.bilingual.pdf`).
pub const SUFFIX: &str = "bilingual";

/// The locale a region's staff read: its `staff_language`, else the reference locale.
pub fn staff_locale<'p>(project: &'p Project, region: &RegionFile) -> &'p Locale {
    region
        .staff_language
        .as_ref()
        .and_then(|tag| project.locale(tag.get_ref()))
        .unwrap_or_else(|| project.reference())
}

/// Whether an edition of `sheet` in `locale` for `region` has a bilingual edition: the project
/// and the sheet want one, and the staff language is not the edition's.
pub fn wanted(project: &Project, sheet: &str, region: &str, locale: &str) -> bool {
    let (Some((sheet, _)), Some((region, _))) = (
        project.content.sheets.get(sheet),
        project.content.regions.get(region),
    ) else {
        return false;
    };
    project.config.file.bilingual && sheet.bilingual && staff_locale(project, region).tag != locale
}

/// The edition's model with the staff model's texts joined in as `second`, and `staff` (the
/// staff language: tag, Typst language, direction, fonts, endonym) at the top level.
pub fn join(edition: Value, staff: &Value, project: &Project, staff_locale: &Locale) -> Value {
    let mut edition = edition;
    let direction = |tag: &str| {
        project
            .locale(tag)
            .map_or(Direction::Ltr, |l| l.meta.direction)
    };
    carry_draft_mark(&mut edition, staff);
    attach(&mut edition, staff, &staff_locale.tag, &direction);
    if let Value::Object(map) = &mut edition {
        let fonts = crate::model::font_list(
            &staff_locale.meta.fonts,
            &project.config.file.fallback_fonts,
        );
        map.insert(
            "staff".into(),
            serde_json::json!({
                "lang": staff_locale.tag,
                "typst_lang": staff_locale.langid.language.as_str(),
                "dir": staff_locale.meta.direction,
                "fonts": fonts,
                "endonym": staff_locale.meta.endonym,
            }),
        );
    }
    edition
}

/// The draft mark of the staff model, given to an edition that has none: a bilingual edition
/// prints the staff language's text too, so when that is a draft the edition must say so, even
/// if its own language is reviewed (an English sheet with Thai drafts under each block). The
/// mark is the staff model's in the reference language (which that model carries beside its
/// own); `attach` then gives it the staff language's words as its second text.
fn carry_draft_mark(edition: &mut Value, staff: &Value) {
    let is_draft = |m: &Value| m.get("kind").and_then(Value::as_str) == Some("draft");
    let Some(draft) = staff
        .get("marks")
        .and_then(Value::as_array)
        .and_then(|marks| marks.iter().find(|m| is_draft(m)))
    else {
        return;
    };
    let lang = edition
        .get("lang")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let Some(Value::Array(marks)) = edition.get_mut("marks") else {
        return;
    };
    if marks.iter().any(is_draft) {
        return;
    }
    // The reference-language text, unmarked when it is the edition's own language.
    let own = |key: &str, fallback: &str| {
        let mut text = draft
            .get(key)
            .filter(|v| !v.is_null())
            .or_else(|| draft.get(fallback))
            .cloned()
            .unwrap_or(Value::Null);
        if let Value::Object(m) = &mut text
            && m.get("lang").and_then(Value::as_str) == lang.as_deref()
        {
            m.insert("lang".into(), Value::Null);
        }
        text
    };
    let mark = serde_json::json!({
        "kind": "draft",
        "text": own("reference", "text"),
        "reference": null,
        "short": own("short_reference", "short"),
        "short_reference": null,
    });
    marks.insert(0, mark);
}

/// Walks both models side by side; each text of `a` gets `b`'s text as its `second`.
fn attach(a: &mut Value, b: &Value, staff_tag: &str, direction: &dyn Fn(&str) -> Direction) {
    match (a, b) {
        (Value::Object(ma), Value::Object(mb)) => {
            if is_text(ma) && is_text(mb) {
                if let Some(second) = second(ma, mb, staff_tag, direction) {
                    ma.insert("second".into(), second);
                }
                return;
            }
            for (key, va) in ma.iter_mut() {
                if let Some(vb) = mb.get(key) {
                    attach(va, vb, staff_tag, direction);
                }
            }
        }
        (Value::Array(xa), Value::Array(xb)) if xa.len() == xb.len() => {
            for (va, vb) in xa.iter_mut().zip(xb) {
                attach(va, vb, staff_tag, direction);
            }
        }
        _ => {}
    }
}

/// A localized text as the model serializes it: `{ "text": "…", "lang": null | "tag" }`.
fn is_text(m: &Map<String, Value>) -> bool {
    m.len() == 2 && m.get("text").is_some_and(Value::is_string) && m.contains_key("lang")
}

fn second(
    a: &Map<String, Value>,
    b: &Map<String, Value>,
    staff_tag: &str,
    direction: &dyn Fn(&str) -> Direction,
) -> Option<Value> {
    let text = b.get("text")?.as_str()?;
    let own = a.get("text")?.as_str()?;
    if text.trim().is_empty() || text.trim() == own.trim() {
        return None;
    }
    let lang = b.get("lang").and_then(Value::as_str).unwrap_or(staff_tag);
    Some(serde_json::json!({
        "text": text,
        "lang": lang,
        "dir": direction(lang),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn dir(tag: &str) -> Direction {
        if tag == "fa" {
            Direction::Rtl
        } else {
            Direction::Ltr
        }
    }

    #[test]
    fn every_text_gets_the_staff_text_unless_it_reads_the_same() {
        let mut fa = json!({
            "title": { "text": "حقوق شما", "lang": null },
            "sections": [
                { "heading": { "text": "کمک", "lang": null },
                  "contacts": [ { "organisation": { "text": "Hotline", "lang": "en" } } ] }
            ],
            "spacing": 1.0,
        });
        let en = json!({
            "title": { "text": "Your rights", "lang": null },
            "sections": [
                { "heading": { "text": "Help", "lang": null },
                  "contacts": [ { "organisation": { "text": "Hotline", "lang": null } } ] }
            ],
            "spacing": 1.0,
        });
        attach(&mut fa, &en, "en", &dir);
        assert_eq!(
            fa["title"]["second"],
            json!({ "text": "Your rights", "lang": "en", "dir": "ltr" })
        );
        assert_eq!(fa["sections"][0]["heading"]["second"]["text"], "Help");
        assert!(
            fa["sections"][0]["contacts"][0]["organisation"]
                .get("second")
                .is_none(),
            "a name that reads the same in both gets no second text"
        );
    }

    #[test]
    fn a_staff_text_served_by_another_locale_keeps_that_language() {
        let mut en = json!({ "t": { "text": "Hello", "lang": null } });
        let fa = json!({ "t": { "text": "Hi", "lang": "en" } });
        attach(&mut en, &fa, "fa", &dir);
        assert_eq!(en["t"]["second"]["lang"], "en");
        let mut en = json!({ "t": { "text": "Hello", "lang": null } });
        let fa = json!({ "t": { "text": "سلام", "lang": null } });
        attach(&mut en, &fa, "fa", &dir);
        assert_eq!(en["t"]["second"]["lang"], "fa");
        assert_eq!(en["t"]["second"]["dir"], "rtl");
    }

    #[test]
    fn models_of_different_shapes_are_joined_only_where_they_agree() {
        let mut a = json!({ "list": [ { "text": "a", "lang": null } ], "x": { "text": "x", "lang": null } });
        let b = json!({ "list": [], "x": { "text": "y", "lang": null } });
        attach(&mut a, &b, "en", &dir);
        assert!(a["list"][0].get("second").is_none());
        assert_eq!(a["x"]["second"]["text"], "y");
    }

    #[test]
    fn a_draft_staff_language_marks_a_reviewed_edition() {
        let text = |t: &str, lang: Option<&str>| json!({"text": t, "lang": lang});
        let draft = json!({
            "kind": "draft",
            "text": text("ฉบับร่าง", None),
            "reference": text("Draft translation", Some("en")),
            "short": text("ร่าง", None),
            "short_reference": text("Draft", Some("en")),
        });
        let sample = |t: &str| {
            json!({"kind": "sample", "text": text(t, None), "reference": null,
            "short": text(t, None), "short_reference": null})
        };
        let staff = json!({"lang": "th", "marks": [draft, sample("ตัวอย่าง")]});
        let mut edition = json!({"lang": "en", "marks": [sample("Sample")]});
        carry_draft_mark(&mut edition, &staff);
        let marks = edition["marks"].as_array().unwrap();
        assert_eq!(marks.len(), 2);
        assert_eq!(marks[0]["kind"], "draft");
        assert_eq!(marks[0]["text"], text("Draft translation", None));
        assert_eq!(marks[0]["short"], text("Draft", None));
        // An edition that is a draft itself keeps its own mark.
        let mut own =
            json!({"lang": "fil", "marks": [{"kind": "draft", "text": text("Borador", None)}]});
        carry_draft_mark(&mut own, &staff);
        assert_eq!(own["marks"].as_array().unwrap().len(), 1);
    }
}
