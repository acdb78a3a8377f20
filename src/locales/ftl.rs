//! What `infosheet check` needs to know about one `.ftl` file, with byte positions.
//!
//! `fluent_syntax::parser::parse` returns an AST whose strings are slices of the input, so the
//! position of any identifier, variable or text is its pointer offset from the start of the file.

use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

use fluent_syntax::ast;
use fluent_syntax::parser::{self, ErrorKind, ParserError};

use crate::diag::Code;

/// A parsed `.ftl` file: its text, its entries and its syntax errors.
#[derive(Debug, Clone)]
pub struct FtlFile {
    pub path: PathBuf,
    /// File name, e.g. `ui.ftl`: the same name in every locale.
    pub name: String,
    pub text: Arc<str>,
    pub entries: Vec<Entry>,
    pub errors: Vec<ParserError>,
}

/// A message or term, summarised.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    /// The id; a term's id starts with `-`.
    pub id: String,
    pub is_term: bool,
    /// Where the id is written.
    pub id_span: Range<usize>,
    pub has_value: bool,
    /// `$name` uses, by name (without `$`), with the position of the name.
    pub variables: Vec<(String, Range<usize>)>,
    /// `{ other-message }` uses (id, position).
    pub message_refs: Vec<(String, Range<usize>)>,
    /// `{ -term }` uses (id with `-`, position).
    pub term_refs: Vec<(String, Range<usize>)>,
    pub selects: Vec<Select>,
    /// Literal text pieces of the value and attributes.
    pub texts: Vec<(String, Range<usize>)>,
    /// English (or source) text of the value as written, for comments and hints.
    pub source: String,
}

/// A select expression.
#[derive(Debug, Clone)]
pub struct Select {
    /// The variable selected on, if the selector is `$name`.
    pub variable: Option<String>,
    /// Where the selector is written.
    pub span: Range<usize>,
    /// Identifier keys (`[one]`, `[child]`); numeric keys are left out.
    pub keys: Vec<String>,
    /// The key of the default variant.
    pub default_key: Option<String>,
}

impl Entry {
    /// Whether a select in this entry chooses on `$tier` or `$audience`.
    pub fn selects_on_tier(&self) -> bool {
        self.selects.iter().any(|s| {
            s.variable
                .as_deref()
                .is_some_and(|v| v == "tier" || v == "audience")
        })
    }
}

impl FtlFile {
    /// Parses `text`; syntax errors are kept with the entries that did parse.
    pub fn parse(path: PathBuf, text: Arc<str>) -> Self {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let src: &str = &text;
        let (resource, errors) = match parser::parse(src) {
            Ok(r) => (r, Vec::new()),
            Err((r, e)) => (r, e),
        };
        let mut entries = Vec::new();
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    let mut e = Entry {
                        id: m.id.name.to_string(),
                        id_span: span_of(src, m.id.name),
                        has_value: m.value.is_some(),
                        ..Entry::default()
                    };
                    if let Some(v) = &m.value {
                        walk_pattern(src, v, &mut e);
                    }
                    for a in &m.attributes {
                        walk_pattern(src, &a.value, &mut e);
                    }
                    e.source = entry_source(src, &e.id_span);
                    entries.push(e);
                }
                ast::Entry::Term(t) => {
                    let mut e = Entry {
                        id: format!("-{}", t.id.name),
                        is_term: true,
                        has_value: true,
                        ..Entry::default()
                    };
                    let name = span_of(src, t.id.name);
                    e.id_span = name.start.saturating_sub(1)..name.end;
                    walk_pattern(src, &t.value, &mut e);
                    for a in &t.attributes {
                        walk_pattern(src, &a.value, &mut e);
                    }
                    e.source = entry_source(src, &e.id_span);
                    entries.push(e);
                }
                _ => {}
            }
        }
        Self {
            path,
            name,
            text,
            entries,
            errors,
        }
    }

    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }
}

/// The stable check code for a Fluent syntax error.
pub fn syntax_code(kind: &ErrorKind) -> Code {
    match kind {
        ErrorKind::MissingDefaultVariant => Code::SelectNoDefault,
        _ => Code::FtlSyntax,
    }
}

/// Byte range of `part` inside `whole` (both must come from the same string).
pub fn span_of(whole: &str, part: &str) -> Range<usize> {
    let base = whole.as_ptr() as usize;
    let at = part.as_ptr() as usize;
    if at >= base && at + part.len() <= base + whole.len() {
        let start = at - base;
        start..start + part.len()
    } else {
        0..0
    }
}

/// The text of the entry whose id is at `id_span`, up to the next entry, comment or blank line.
pub fn entry_source(src: &str, id_span: &Range<usize>) -> String {
    let rest = &src[id_span.start.min(src.len())..];
    let mut out = String::new();
    for (i, line) in rest.split_inclusive('\n').enumerate() {
        let starts_entry = line
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '-' || c == '#');
        if i > 0 && (starts_entry || line.trim().is_empty()) {
            break;
        }
        out.push_str(line);
    }
    out.trim_end().to_string()
}

fn walk_pattern(src: &str, pattern: &ast::Pattern<&str>, e: &mut Entry) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                e.texts.push((value.to_string(), span_of(src, value)));
            }
            ast::PatternElement::Placeable { expression } => walk_expression(src, expression, e),
        }
    }
}

fn walk_expression(src: &str, expression: &ast::Expression<&str>, e: &mut Entry) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            let (variable, span) = match selector {
                ast::InlineExpression::VariableReference { id } => {
                    (Some(id.name.to_string()), span_of(src, id.name))
                }
                _ => (None, 0..0),
            };
            let mut keys = Vec::new();
            let mut default_key = None;
            for v in variants {
                let key = match &v.key {
                    ast::VariantKey::Identifier { name } => Some(name.to_string()),
                    ast::VariantKey::NumberLiteral { .. } => None,
                };
                if v.default {
                    default_key = key.clone();
                }
                if let Some(k) = key {
                    keys.push(k);
                }
            }
            e.selects.push(Select {
                variable,
                span,
                keys,
                default_key,
            });
            walk_inline(src, selector, e);
            for v in variants {
                walk_pattern(src, &v.value, e);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(src, inline, e),
    }
}

fn walk_inline(src: &str, inline: &ast::InlineExpression<&str>, e: &mut Entry) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            e.variables
                .push((id.name.to_string(), span_of(src, id.name)));
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            e.message_refs
                .push((id.name.to_string(), span_of(src, id.name)));
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            let name = span_of(src, id.name);
            e.term_refs.push((
                format!("-{}", id.name),
                name.start.saturating_sub(1)..name.end,
            ));
            if let Some(args) = arguments {
                walk_arguments(src, args, e);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            walk_arguments(src, arguments, e)
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(src, expression, e),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

fn walk_arguments(src: &str, args: &ast::CallArguments<&str>, e: &mut Entry) {
    for a in &args.positional {
        walk_inline(src, a, e);
    }
    for a in &args.named {
        walk_inline(src, &a.value, e);
    }
}

/// First line of an entry's value, for hints quoting the reference text.
pub fn value_preview(entry: &Entry) -> String {
    let value = entry
        .source
        .split_once('=')
        .map_or(entry.source.as_str(), |(_, v)| v)
        .trim();
    let first = value.lines().next().unwrap_or("").trim();
    let mut short: String = first.chars().take(70).collect();
    if short.len() < first.len() || value.lines().count() > 1 {
        short.push('…');
    }
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> FtlFile {
        FtlFile::parse(PathBuf::from("x.ftl"), Arc::from(text))
    }

    #[test]
    fn positions_of_ids_variables_references_and_selects() {
        let text = "-brand = Infosheet\nhi = Hello { $name } from { -brand } and { other }\ncount = { $count ->\n    [one] One\n   *[other] Many\n}\n";
        let f = parse(text);
        assert!(f.errors.is_empty());
        let hi = f.entry("hi").unwrap();
        assert_eq!(&text[hi.id_span.clone()], "hi");
        assert_eq!(&text[hi.variables[0].1.clone()], "name");
        assert_eq!(&text[hi.term_refs[0].1.clone()], "-brand");
        assert_eq!(&text[hi.message_refs[0].1.clone()], "other");
        let brand = f.entry("-brand").unwrap();
        assert_eq!(&text[brand.id_span.clone()], "-brand");
        let count = f.entry("count").unwrap();
        assert_eq!(count.selects[0].variable.as_deref(), Some("count"));
        assert_eq!(count.selects[0].keys, ["one", "other"]);
        assert_eq!(count.selects[0].default_key.as_deref(), Some("other"));
        assert!(count.source.starts_with("count = { $count ->"));
        assert!(count.source.ends_with('}'));
    }

    #[test]
    fn a_select_without_default_is_its_own_code() {
        let f = parse("a = { $count ->\n    [one] One\n    [other] Many\n}\nb = B\n");
        assert_eq!(f.errors.len(), 1);
        assert_eq!(syntax_code(&f.errors[0].kind), Code::SelectNoDefault);
        assert!(
            f.entry("b").is_some(),
            "entries after the error still parse"
        );
    }
}
