//! Replacing one message's value in an `.ftl` file's text, keeping every other byte (comments,
//! order, blank lines) as written.

use std::ops::Range;

use crate::locales::ftl::{Entry, FtlFile};

/// The bytes of the file that define `entry`: from its id to the end of its last line's text.
pub fn entry_range(entry: &Entry) -> Range<usize> {
    entry.id_span.start..entry.id_span.start + entry.source.len()
}

/// A message written out: `id = value`, continuation lines indented by four spaces. With
/// `value_on_next_line`, a multi-line value starts on the line after `id =`.
pub fn serialize(id: &str, value: &str, value_on_next_line: bool) -> String {
    let mut lines = value.lines();
    let first = lines.next().unwrap_or("");
    let rest: Vec<String> = lines
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!("    {l}")
            }
        })
        .collect();
    if rest.is_empty() {
        return format!("{id} = {first}");
    }
    let head = if value_on_next_line {
        format!("{id} =\n    {first}")
    } else {
        format!("{id} = {first}")
    };
    format!("{head}\n{}", rest.join("\n"))
}

/// Whether the entry's value starts on the line after `id =`.
pub fn value_on_next_line(entry: &Entry) -> bool {
    entry
        .source
        .lines()
        .next()
        .and_then(|l| l.split_once('='))
        .is_some_and(|(_, v)| v.trim().is_empty())
}

/// The file's new text with message `id` set to `value`: replaced where it is defined, else
/// appended at the end. Returns the text and the byte range of the new definition.
pub fn set_message(
    text: &str,
    file: Option<&FtlFile>,
    id: &str,
    value: &str,
) -> (String, Range<usize>) {
    if let Some(entry) = file.and_then(|f| f.entry(id)) {
        let range = entry_range(entry);
        let new = serialize(id, value, value_on_next_line(entry));
        let out = format!("{}{new}{}", &text[..range.start], &text[range.end..]);
        return (out, range.start..range.start + new.len());
    }
    let mut out = text.to_string();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    if !out.is_empty() {
        out.push('\n');
    }
    let start = out.len();
    let new = serialize(id, value, false);
    out.push_str(&new);
    out.push('\n');
    (out, start..start + new.len())
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::sync::Arc;

    use super::*;
    use crate::review::state::value_text;

    fn parse(text: &str) -> FtlFile {
        FtlFile::parse(PathBuf::from("x.ftl"), Arc::from(text))
    }

    #[test]
    fn replaces_one_message_keeping_comments_and_order() {
        let text = "# A comment\na = Old\n\n## Group\nb =\n    { $tier ->\n        [x] X\n       *[other] Y\n    }\nc = C\n";
        let f = parse(text);
        let (out, range) = set_message(text, Some(&f), "a", "New\nsecond line");
        assert_eq!(
            out,
            "# A comment\na = New\n    second line\n\n## Group\nb =\n    { $tier ->\n        [x] X\n       *[other] Y\n    }\nc = C\n"
        );
        assert_eq!(&out[range], "a = New\n    second line");
        // The value as a reviewer sees it, written back unchanged, gives the same bytes.
        let b = value_text(f.entry("b").unwrap());
        let (same, _) = set_message(text, Some(&f), "b", &b);
        assert_eq!(same, text);
        let (appended, _) = set_message(text, Some(&f), "d", "D");
        assert!(appended.ends_with("c = C\n\nd = D\n"));
    }
}
