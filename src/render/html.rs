//! HTML rendering with minijinja: auto-escaped, strict about undefined values, no code from data.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use minijinja::value::{Serde, Value};
use minijinja::{AutoEscape, Environment, UndefinedBehavior};

use crate::diag::Diagnostic;
use crate::project::TemplateFile;

/// Renders sheet models (and the catalogue) with the project's HTML templates.
pub struct HtmlRenderer {
    env: Environment<'static>,
    files: BTreeMap<String, (PathBuf, Arc<str>)>,
}

impl HtmlRenderer {
    /// Parses every template up front, reporting all syntax errors with their positions.
    pub fn new(templates: &BTreeMap<String, TemplateFile>) -> Result<Self, Vec<Diagnostic>> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_auto_escape_callback(|_| AutoEscape::Html);
        let mut files = BTreeMap::new();
        let mut problems = Vec::new();
        for (name, file) in templates {
            files.insert(name.clone(), (file.path.clone(), file.text.clone()));
            if let Err(e) = env.add_template_owned(name.clone(), file.text.to_string()) {
                problems.push(locate(&e, &files));
            }
        }
        if problems.is_empty() {
            Ok(Self { env, files })
        } else {
            Err(problems)
        }
    }

    /// Renders `data` with template `name` (e.g. `index.html`); its fields are top-level names.
    pub fn render<T: serde::Serialize>(&self, name: &str, data: &T) -> Result<String, Diagnostic> {
        self.render_value(name, Value::from(Serde(data)))
    }

    /// Renders a sheet model with template `name`; templates see it as `sheet`.
    pub fn render_sheet(
        &self,
        name: &str,
        sheet: &crate::model::Sheet,
    ) -> Result<String, Diagnostic> {
        self.render_value(
            name,
            minijinja::context! { sheet => Value::from(Serde(sheet)) },
        )
    }

    /// Renders a sheet model given as JSON (a bilingual model) with template `name`.
    pub fn render_sheet_value(
        &self,
        name: &str,
        sheet: &serde_json::Value,
    ) -> Result<String, Diagnostic> {
        self.render_value(
            name,
            minijinja::context! { sheet => Value::from(Serde(sheet)) },
        )
    }

    fn render_value(&self, name: &str, context: Value) -> Result<String, Diagnostic> {
        let template = self
            .env
            .get_template(name)
            .map_err(|_| Diagnostic::error(format!("no HTML template templates/html/{name}")))?;
        template
            .render(context)
            .map_err(|e| locate(&e, &self.files))
    }
}

/// Turns a minijinja error into a diagnostic at the template's file:line:col.
fn locate(e: &minijinja::Error, files: &BTreeMap<String, (PathBuf, Arc<str>)>) -> Diagnostic {
    let message = match e.detail() {
        Some(detail) => format!("template: {} ({detail})", e.kind()),
        None => format!("template: {}", e.kind()),
    };
    let mut diag = Diagnostic::error(message);
    if let Some((path, text)) = e.name().and_then(|n| files.get(n)) {
        let range = e.range().or_else(|| {
            let line = e.line()?;
            let start: usize = text
                .split_inclusive('\n')
                .take(line.saturating_sub(1))
                .map(str::len)
                .sum();
            Some(start..start)
        });
        diag = match range {
            Some(range) => diag.at(path, text, range),
            None => diag.in_file(path),
        };
    }
    diag.with_hint(
        "templates receive the sheet model as data; see templates/README.md for its fields",
    )
}
