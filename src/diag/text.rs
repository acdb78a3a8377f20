//! Diagnostics for people: location, a source excerpt with a caret, and the hint.

use std::ops::Range;
use std::path::Path;

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term;

use super::{Diagnostic, Severity, line_col};

/// Renders diagnostics for people: location, a source excerpt with a caret, and the hint.
pub fn render(diagnostics: &[Diagnostic], project_root: &Path) -> String {
    let config = term::Config::default();
    let mut out = String::new();
    for diag in diagnostics {
        let name = diag
            .file
            .as_ref()
            .map(|p| {
                p.strip_prefix(project_root)
                    .unwrap_or(p)
                    .display()
                    .to_string()
            })
            .unwrap_or_default();
        let source = diag.source.as_deref().unwrap_or("");
        let window = diag
            .span
            .as_ref()
            .and_then(|span| LineWindow::around(&name, source, span));
        let mut cs = match diag.severity {
            Severity::Error => CsDiagnostic::error(),
            Severity::Warning => CsDiagnostic::warning(),
        }
        .with_message(&diag.message);
        if let Some(code) = diag.code() {
            cs = cs.with_code(code.as_str());
        }
        let mut notes = Vec::new();
        match (&diag.span, diag.source.is_some()) {
            (Some(span), true) => {
                let range = window.as_ref().map_or(span.clone(), |w| w.label.clone());
                cs = cs.with_labels(vec![Label::primary((), range)]);
            }
            _ if !name.is_empty() => notes.push(format!("in {name}")),
            _ => {}
        }
        if let Some(hint) = &diag.hint {
            notes.push(format!("hint: {hint}"));
        }
        cs = cs.with_notes(notes);
        let emitted = match &window {
            Some(window) => term::emit_into_string(&config, window, &cs),
            None => term::emit_into_string(&config, &SimpleFile::new(name.clone(), source), &cs),
        };
        match emitted {
            Ok(text) => out.push_str(&text),
            Err(_) => {
                out.push_str(&diag.to_string());
                out.push('\n');
            }
        }
    }
    out
}

/// Lines longer than this (in characters) are shown only around the problem.
const LONG_LINE_CHARS: usize = 160;

/// One long source line seen through a window around a problem: the excerpt stays short while
/// the header and gutter keep the real line and column.
struct LineWindow {
    name: String,
    /// The shown part of the line, with `…` where it was cut.
    text: String,
    line: usize,
    /// The real column of the first shown character after the leading `…`.
    column: usize,
    /// Bytes of the leading `…` (0 when the line is shown from its start).
    lead: usize,
    /// The problem's range within `text`.
    label: Range<usize>,
}

impl LineWindow {
    /// A window on the line where `span` starts, if that line is too long to show whole.
    fn around(name: &str, source: &str, span: &Range<usize>) -> Option<Self> {
        let mut start = span.start.min(source.len());
        while !source.is_char_boundary(start) {
            start -= 1;
        }
        let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[start..]
            .find('\n')
            .map_or(source.len(), |i| start + i);
        if source[line_start..line_end].chars().count() <= LONG_LINE_CHARS {
            return None;
        }
        let from = source[line_start..start]
            .char_indices()
            .rev()
            .nth(39)
            .map_or(line_start, |(i, _)| line_start + i);
        let to = source[start..line_end]
            .char_indices()
            .nth(80)
            .map_or(line_end, |(i, _)| start + i);
        let lead = if from > line_start { "…" } else { "" };
        let tail = if to < line_end { "…" } else { "" };
        let (line, column) = line_col(source, from);
        let mut end = span.end.clamp(start, to);
        while !source.is_char_boundary(end) {
            end -= 1;
        }
        Some(Self {
            name: name.to_string(),
            text: format!("{lead}{}{tail}", &source[from..to]),
            line,
            column,
            lead: lead.len(),
            label: lead.len() + start - from..lead.len() + end - from,
        })
    }
}

impl<'a> codespan_reporting::files::Files<'a> for LineWindow {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, codespan_reporting::files::Error> {
        Ok(&self.name)
    }

    fn source(&'a self, (): ()) -> Result<&'a str, codespan_reporting::files::Error> {
        Ok(&self.text)
    }

    fn line_index(&'a self, (): (), _: usize) -> Result<usize, codespan_reporting::files::Error> {
        Ok(0)
    }

    fn line_number(&'a self, (): (), _: usize) -> Result<usize, codespan_reporting::files::Error> {
        Ok(self.line)
    }

    fn column_number(
        &'a self,
        (): (),
        _: usize,
        byte: usize,
    ) -> Result<usize, codespan_reporting::files::Error> {
        let mut byte = byte.clamp(self.lead, self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        Ok(self.column + self.text[self.lead..byte].chars().count())
    }

    fn line_range(
        &'a self,
        (): (),
        _: usize,
    ) -> Result<Range<usize>, codespan_reporting::files::Error> {
        Ok(0..self.text.len())
    }
}
