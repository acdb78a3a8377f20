//! Loading a whole project folder: project file, content, locales and templates.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::Config;
use crate::content::{self, Content};
use crate::diag::{Code, Diagnostic, Finding};
use crate::error::{Error, Result};
use crate::fonts::Fonts;
use crate::locales::Locale;
use crate::locales::load::{LoadedLocale, load_locale};
use crate::source;

/// A template file's text and where it came from.
#[derive(Debug, Clone)]
pub struct TemplateFile {
    pub path: PathBuf,
    pub text: Arc<str>,
}

/// Every project file, loaded and parsed (but not yet cross-checked).
#[derive(Debug)]
pub struct Project {
    pub config: Config,
    pub content: Content,
    pub locales: Vec<Locale>,
    /// `templates/html/*.html`, by file name.
    pub html_templates: BTreeMap<String, TemplateFile>,
    /// `templates/typst/*.typ`, by file name.
    pub typst_templates: BTreeMap<String, TemplateFile>,
}

/// A project as far as it could be read, with every problem found on the way. `build`,
/// `check`, `status` and `pseudo` all start here.
pub struct Loaded {
    pub root: PathBuf,
    pub config: Option<Config>,
    pub content: Option<Content>,
    pub locales: Vec<LoadedLocale>,
    pub html_templates: Option<BTreeMap<String, TemplateFile>>,
    pub typst_templates: Option<BTreeMap<String, TemplateFile>>,
    pub findings: Vec<Finding>,
}

impl Loaded {
    /// Reads every file of the project in `root`, without stopping at a broken one.
    pub fn load(root: &Path) -> Self {
        // No project file is read through a symbolic link that leaves the project.
        let _confined = source::confine_to(root);
        let mut findings = Vec::new();
        let config = Config::load(root)
            .map_err(|e| {
                findings.extend(
                    e.diagnostics()
                        .into_iter()
                        .map(|d| Finding::new(d.with_code(Code::ProjectFile), None)),
                )
            })
            .ok();
        let Some(cfg) = &config else {
            return Self {
                root: root.to_path_buf(),
                config,
                content: None,
                locales: Vec::new(),
                html_templates: None,
                typst_templates: None,
                findings,
            };
        };
        let content = content::load(root, &cfg.file.regions, &cfg.file.sheets, &cfg.origin)
            .map_err(|e| {
                findings.extend(
                    e.diagnostics()
                        .into_iter()
                        .map(|d| Finding::new(classify_content_error(d), None)),
                )
            })
            .ok();
        let mut templates = |dir: &str, ext: &str| {
            load_templates(&root.join("templates").join(dir), ext)
                .map_err(|e| {
                    findings.extend(
                        e.diagnostics()
                            .into_iter()
                            .map(|d| Finding::new(d.with_code(Code::Template), None)),
                    )
                })
                .ok()
        };
        let html_templates = templates("html", "html");
        let typst_templates = templates("typst", "typ");
        let locales = cfg
            .file
            .locales
            .iter()
            .filter_map(|tag| load_locale(root, tag, &cfg.origin, &mut findings))
            .collect();
        unlisted_locale_folders(root, cfg, &mut findings);
        Self {
            root: root.to_path_buf(),
            config,
            content,
            locales,
            html_templates,
            typst_templates,
            findings,
        }
    }

    /// Whether any finding so far is an error.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.diag.is_error())
    }

    /// The loaded reference locale, if it loaded.
    pub fn reference(&self) -> Option<&LoadedLocale> {
        let tag = self.config.as_ref()?.reference_locale();
        self.locales
            .iter()
            .find(|l| l.tag == tag && l.locale.is_some())
    }

    /// Assembles the project when every part of it loaded (the findings may still hold
    /// errors); the locales move into it, their parsed files stay here.
    pub fn take_project(&mut self) -> Option<Project> {
        let whole = self.content.is_some()
            && self.html_templates.is_some()
            && self.typst_templates.is_some()
            && self.reference().is_some();
        if !whole {
            return None;
        }
        Some(Project {
            config: self.config.take()?,
            content: self.content.take()?,
            locales: self
                .locales
                .iter_mut()
                .filter_map(|l| l.locale.take())
                .collect(),
            html_templates: self.html_templates.take()?,
            typst_templates: self.typst_templates.take()?,
        })
    }

    /// Runs the rule book (the font rules with `fonts`) and assembles the project; fails with
    /// every error found.
    pub fn into_project(mut self, fonts: Option<&Fonts>) -> Result<Project> {
        let rules = crate::validate::rules(&self, fonts, None);
        self.findings.extend(rules);
        if let Some(e) = self.errors() {
            return Err(e);
        }
        let project = self
            .take_project()
            .ok_or_else(|| Error::Usage("the project could not be assembled".into()))?;
        let problems: Vec<Diagnostic> = crate::validate::project(&project)
            .into_iter()
            .map(|f| f.diag)
            .filter(Diagnostic::is_error)
            .collect();
        if problems.is_empty() {
            Ok(project)
        } else {
            Err(Error::Invalid(problems))
        }
    }

    /// The errors found, as one error value (`None` when there are none).
    pub fn errors(&self) -> Option<Error> {
        let errors: Vec<Diagnostic> = self
            .findings
            .iter()
            .filter(|f| f.diag.is_error())
            .map(|f| f.diag.clone())
            .collect();
        (!errors.is_empty()).then_some(Error::Invalid(errors))
    }
}

impl Project {
    /// Loads the project in `root` and runs every rule that needs no fonts; fails with every
    /// error found.
    pub fn load(root: &Path) -> Result<Self> {
        Loaded::load(root).into_project(None)
    }

    pub fn root(&self) -> &Path {
        &self.config.root
    }

    pub fn locale(&self, tag: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.tag == tag)
    }

    /// The reference locale (present: checked when the project file was loaded).
    pub fn reference(&self) -> &Locale {
        let tag = self.config.reference_locale();
        self.locale(tag).unwrap_or(&self.locales[0])
    }
}

/// Folders under locales/ that infosheet.toml does not list.
fn unlisted_locale_folders(root: &Path, config: &Config, out: &mut Vec<Finding>) {
    let Ok(entries) = std::fs::read_dir(root.join("locales")) else {
        return;
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in names {
        if config.file.locales.iter().any(|t| *t.get_ref() == name) {
            continue;
        }
        let d = Diagnostic::warning(format!(
            "locales/{name}/ is not listed in `locales`, so it is neither checked nor built"
        ))
        .with_code(Code::LocaleUnlisted)
        .with_hint(format!("add \"{name}\" to `locales` in infosheet.toml"));
        let d = match config.file.locales.last() {
            Some(last) => d.at(&config.origin.path, &config.origin.text, last.span()),
            None => d.in_file(&config.origin.path),
        };
        out.push(Finding::new(d, Some(name.as_str())));
    }
}

/// A content-loading error, with the code of the rule it breaks.
fn classify_content_error(d: Diagnostic) -> Diagnostic {
    let in_region = d
        .file
        .as_ref()
        .is_some_and(|p| p.components().any(|c| c.as_os_str() == "regions"));
    if in_region && d.message.contains("missing field `hours`") {
        return d
            .with_code(Code::ContactMissingHours)
            .with_hint("add opening hours, e.g. `hours = { days = \"mon-fri\", from = \"09:00\", to = \"17:00\" }` or `hours = { days = \"every-day\" }` for 24 hours");
    }
    if in_region && d.message.contains("missing field `languages`") {
        return d.with_code(Code::ContactMissingLanguages).with_hint(
            "add `languages = [\"en\", …]`: readers need to know whether they will be understood",
        );
    }
    if d.code().is_some() {
        return d;
    }
    d.with_code(Code::Content)
}

/// Reads the templates of one folder, refusing files that resolve outside it.
pub fn load_templates(dir: &Path, ext: &str) -> Result<BTreeMap<String, TemplateFile>> {
    let canonical_dir = dir.canonicalize().map_err(|e| Error::io(dir, e))?;
    let mut out = BTreeMap::new();
    let mut problems = Vec::new();
    for entry in walkdir::WalkDir::new(dir)
        .min_depth(1)
        .max_depth(1)
        .sort_by_file_name()
    {
        let entry = entry.map_err(|e| Error::io(dir, e.into()))?;
        let path = entry.path();
        if path.extension().is_none_or(|e| e != ext) {
            continue;
        }
        let inside = path
            .canonicalize()
            .is_ok_and(|p| p.starts_with(&canonical_dir));
        if !inside {
            problems.push(
                Diagnostic::error("template resolves to a file outside its templates folder")
                    .in_file(path)
                    .with_hint("templates must be regular files inside templates/; a symlink may not point elsewhere"),
            );
            continue;
        }
        match source::read_text(path) {
            Ok(text) => {
                let name = entry.file_name().to_string_lossy().into_owned();
                out.insert(
                    name,
                    TemplateFile {
                        path: path.to_path_buf(),
                        text,
                    },
                );
            }
            Err(e) => problems.extend(e.diagnostics()),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(Error::Invalid(problems))
    }
}
