//! The XLIFF 2.0 review pack, for CAT tools: one `<file>` per `.ftl` file, one `<unit>` (one
//! segment) per message; notes say where it shows, for which tiers, the sentence limit and the
//! review status. A reviewer corrects the `<target>`, marks it OK by setting the segment's
//! `state` to `reviewed` or `final`, and may add `<note category="comment">` and
//! `<note category="reviewer">` notes.

use std::path::Path;

use quick_xml::escape::escape;
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use super::pack::{Edit, Returned, Row};
use crate::error::{Error, Result};

const NS: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// The pack as XLIFF 2.0 bytes.
pub fn write(rows: &[Row], reference: &str, tag: &str) -> Vec<u8> {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<xliff xmlns=\"{NS}\" version=\"2.0\" srcLang=\"{}\" trgLang=\"{}\">\n",
        escape(reference),
        escape(tag)
    ));
    let mut files: Vec<&str> = Vec::new();
    for r in rows {
        if !files.contains(&r.file.as_str()) {
            files.push(&r.file);
        }
    }
    for file in files {
        out.push_str(&format!(
            "  <file id=\"{}\" original=\"locales/{}/{}\">\n",
            escape(file),
            escape(tag),
            escape(file)
        ));
        for r in rows.iter().filter(|r| r.file == file) {
            unit(&mut out, r);
        }
        out.push_str("  </file>\n");
    }
    out.push_str("</xliff>\n");
    out.into_bytes()
}

fn unit(out: &mut String, r: &Row) {
    out.push_str(&format!(
        "    <unit id=\"{}\">\n      <notes>\n",
        escape(&r.id)
    ));
    let mut note = |category: &str, text: &str| {
        if !text.is_empty() {
            out.push_str(&format!(
                "        <note category=\"{category}\">{}</note>\n",
                escape(text)
            ));
        }
    };
    note(
        "location",
        &format!("sheet: {}; section: {}", r.sheets, r.sections),
    );
    note("tiers", &r.tiers.join(", "));
    note(
        "max-words-per-sentence",
        &r.max_words.map(|n| n.to_string()).unwrap_or_default(),
    );
    note("status", r.status);
    out.push_str("      </notes>\n");
    let state = match r.status {
        "missing" => "initial",
        "reviewed" => "final",
        _ => "translated",
    };
    out.push_str(&format!("      <segment state=\"{state}\">\n"));
    out.push_str(&format!(
        "        <source xml:space=\"preserve\">{}</source>\n",
        escape(&r.english)
    ));
    if r.status != "missing" {
        out.push_str(&format!(
            "        <target xml:space=\"preserve\">{}</target>\n",
            escape(&r.translation)
        ));
    }
    out.push_str("      </segment>\n    </unit>\n");
}

/// What a reader collects inside one `<unit>`.
#[derive(Default)]
struct Unit {
    id: String,
    state: String,
    target: Option<String>,
    comment: Option<String>,
    reviewer: Option<String>,
    place: String,
    row_place: String,
}

/// Reads an XLIFF 2.0 pack; places are `name:line:column` of the `<target>` (or the unit).
pub fn read(path: &Path, name: &str, reference: &str) -> Result<Returned> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let mut reader = Reader::from_str(&text);
    let place = |pos: u64| {
        let (line, col) = crate::diag::line_col(&text, pos as usize);
        format!("{name}:{line}:{col}")
    };
    let fail = |pos: u64, what: String| Error::Usage(format!("{}: {what}", place(pos)));
    let mut returned = Returned::default();
    let mut unit: Option<Unit> = None;
    // What text goes to: a target, a comment note, a reviewer note.
    let mut sink: Option<String> = None;
    let mut buffer = String::new();
    loop {
        let at = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| fail(reader.error_position(), format!("not well-formed XML: {e}")))?;
        match event {
            Event::Start(e) | Event::Empty(e) if matches!(e.local_name().as_ref(), "xliff") => {
                let src = attr(&e, "srcLang").unwrap_or_default();
                returned.locale = attr(&e, "trgLang").unwrap_or_default();
                if src != reference || returned.locale.is_empty() {
                    return Err(fail(
                        at,
                        format!(
                            "expected an XLIFF 2.0 pack with srcLang=\"{reference}\" and a trgLang"
                        ),
                    ));
                }
            }
            Event::Start(e) => match e.local_name().as_ref() {
                "unit" => {
                    unit = Some(Unit {
                        id: attr(&e, "id").unwrap_or_default(),
                        row_place: place(at),
                        place: place(at),
                        ..Unit::default()
                    });
                }
                "segment" => {
                    if let Some(u) = unit.as_mut() {
                        u.state = attr(&e, "state").unwrap_or_default();
                    }
                }
                "target" => {
                    if let Some(u) = unit.as_mut() {
                        u.place = place(reader.buffer_position());
                    }
                    sink = Some("target".into());
                    buffer.clear();
                }
                "note" => {
                    let category = attr(&e, "category").unwrap_or_default();
                    if category == "comment" || category == "reviewer" {
                        sink = Some(category);
                        buffer.clear();
                    }
                }
                _ => {}
            },
            Event::Text(t) if sink.is_some() => buffer.push_str(&t.xml10_content()),
            Event::CData(t) if sink.is_some() => buffer.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if sink.is_some() => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => {
                        let name = r.xml_content(XmlVersion::Implicit1_0);
                        quick_xml::escape::resolve_predefined_entity(&name)
                            .ok_or_else(|| fail(at, format!("unknown entity `&{name};`")))?
                            .to_string()
                    }
                };
                buffer.push_str(&resolved);
            }
            Event::End(e) => match e.local_name().as_ref() {
                "target" | "note" => {
                    if let (Some(kind), Some(u)) = (sink.take(), unit.as_mut()) {
                        let value = std::mem::take(&mut buffer);
                        match kind.as_str() {
                            "target" => u.target = Some(value),
                            "comment" => u.comment = Some(value.trim().to_string()),
                            _ => u.reviewer = Some(value.trim().to_string()),
                        }
                    }
                }
                "unit" => {
                    if let Some(u) = unit.take() {
                        returned.edits.push(Edit {
                            id: u.id,
                            corrected: u.target.filter(|t| !t.trim().is_empty()),
                            ok: matches!(u.state.as_str(), "reviewed" | "final"),
                            comment: u.comment.filter(|c| !c.is_empty()),
                            reviewer: u.reviewer.filter(|c| !c.is_empty()),
                            place: u.place,
                            row_place: u.row_place,
                        });
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    if returned.locale.is_empty() {
        return Err(Error::Usage(format!("{name}: no <xliff> element")));
    }
    Ok(returned)
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    let a = e.try_get_attribute(name).ok().flatten()?;
    a.normalized_value(XmlVersion::Implicit1_0)
        .ok()
        .map(|v| v.into_owned())
}
