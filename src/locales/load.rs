//! Loading locales without stopping at the first broken file: every problem of every locale is
//! reported, located, for `build` and `check` alike.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use fluent_syntax::parser::{ErrorKind, ParserError};
use unic_langid::LanguageIdentifier;

use super::ftl::{Entry, FtlFile, syntax_code};
use super::script::suggest_tag;
use super::{Locale, LocaleMeta, MessageSite};
use crate::content::{Origin, Ref};
use crate::diag::{Code, Diagnostic, Finding, relative};
use crate::source;

/// A locale as far as it could be loaded.
pub struct LoadedLocale {
    pub tag: String,
    pub dir: PathBuf,
    /// Its `.ftl` files, parsed (also those with syntax errors).
    pub files: Vec<FtlFile>,
    /// The usable locale, when its metadata could be read.
    pub locale: Option<Locale>,
}

impl LoadedLocale {
    /// The entry `id` and the file defining it.
    pub fn entry(&self, id: &str) -> Option<(&FtlFile, &Entry)> {
        self.files.iter().find_map(|f| f.entry(id).map(|e| (f, e)))
    }

    /// The file named `name` (e.g. `ui.ftl`).
    pub fn file(&self, name: &str) -> Option<&FtlFile> {
        self.files.iter().find(|f| f.name == name)
    }
}

/// The `.ftl` files directly in `dir`, sorted by name.
pub fn ftl_paths(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                // Not only plain files: a pipe or device named like one is read, and refused
                // with its name, rather than skipped without a word.
                .filter(|p| !p.is_dir() && p.extension().is_some_and(|e| e == "ftl"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Loads the locale `tag` listed in the project file, reporting every problem into `out`.
/// `None` when the locale has no folder.
pub fn load_locale(
    root: &Path,
    tag: &Ref,
    config_origin: &Origin,
    out: &mut Vec<Finding>,
) -> Option<LoadedLocale> {
    let name = tag.get_ref().clone();
    let mut problems = Vec::new();
    let langid = check_tag(tag, config_origin, &mut problems);
    let dir = root.join("locales").join(&name);
    let loaded = if dir.is_dir() {
        let meta = read_meta(&dir, &name, &mut problems);
        let files = read_files(&dir, &name, &mut problems);
        report_syntax_errors(&files, &mut problems);
        report_duplicates(root, &files, &mut problems);
        let locale =
            meta.map(|meta| assemble(&name, langid.unwrap_or_default(), meta, &files, &dir));
        Some(LoadedLocale {
            tag: name.clone(),
            dir,
            files,
            locale,
        })
    } else {
        problems.push(
            config_origin
                .error_at(tag, format!("locale `{name}` has no folder locales/{name}/"))
                .with_code(Code::LocaleFolder)
                .with_hint(format!(
                    "run `infosheet new-locale {name}` to create it, or remove the tag from `locales`"
                )),
        );
        None
    };
    out.extend(problems.into_iter().map(|d| Finding::new(d, Some(&name))));
    loaded
}

/// The tag as a language identifier; invalid, non-canonical and deprecated tags are errors.
fn check_tag(
    tag: &Ref,
    origin: &Origin,
    problems: &mut Vec<Diagnostic>,
) -> Option<LanguageIdentifier> {
    let written = tag.get_ref();
    match written.parse::<LanguageIdentifier>() {
        Ok(id) => {
            let canonical = id.to_string();
            if canonical != *written {
                problems.push(
                    origin
                        .error_at(tag, format!("`{written}` is not written in canonical form"))
                        .with_code(Code::LocaleTag)
                        .with_hint(format!(
                            "write `{canonical}` (and name the folder locales/{canonical}/)"
                        )),
                );
            } else if let Some(better) = suggest_tag(written).filter(|s| s != written) {
                problems.push(
                    origin
                        .error_at(tag, format!("`{written}` is a deprecated language code"))
                        .with_code(Code::LocaleTag)
                        .with_hint(format!("write `{better}`")),
                );
            }
            Some(id)
        }
        Err(e) => {
            let hint = match suggest_tag(written) {
                Some(s) => format!("did you mean `{s}`?"),
                None => "use a tag such as `th`, `fa`, `zh-Hans` or `pt-BR`".to_string(),
            };
            problems.push(
                origin
                    .error_at(
                        tag,
                        format!("`{written}` is not a valid BCP 47 language tag ({e})"),
                    )
                    .with_code(Code::LocaleTag)
                    .with_hint(hint),
            );
            None
        }
    }
}

/// `locale.toml`, parsed.
fn read_meta(dir: &Path, name: &str, problems: &mut Vec<Diagnostic>) -> Option<LocaleMeta> {
    let path = dir.join("locale.toml");
    if !path.is_file() {
        problems.push(
            Diagnostic::error(format!("locale `{name}` has no locale.toml"))
                .in_file(&path)
                .with_code(Code::LocaleMeta)
                .with_hint("copy locales/en/locale.toml and describe the language"),
        );
        return None;
    }
    match source::read_text(&path).and_then(|text| source::parse_toml::<LocaleMeta>(&path, &text)) {
        Ok(meta) => Some(meta),
        Err(e) => {
            problems.extend(
                e.diagnostics()
                    .into_iter()
                    .map(|d| d.or_code(Code::LocaleMeta)),
            );
            None
        }
    }
}

/// Every `.ftl` file of the locale, parsed; a locale needs at least one.
fn read_files(dir: &Path, name: &str, problems: &mut Vec<Diagnostic>) -> Vec<FtlFile> {
    let paths = ftl_paths(dir);
    if paths.is_empty() {
        problems.push(
            Diagnostic::error(format!("locale `{name}` has no .ftl files"))
                .in_file(dir)
                .with_code(Code::FtlSyntax),
        );
    }
    let mut files = Vec::new();
    for path in paths {
        match source::read_text(&path) {
            Ok(text) => files.push(FtlFile::parse(path, text)),
            Err(e) => problems.extend(
                e.diagnostics()
                    .into_iter()
                    .map(|d| d.or_code(Code::FtlSyntax)),
            ),
        }
    }
    files
}

/// Fluent syntax errors, at the parser's position (a missing default at the select's `->`).
fn report_syntax_errors(files: &[FtlFile], problems: &mut Vec<Diagnostic>) {
    for file in files {
        for err in &file.errors {
            let (start, end) = syntax_error_span(file, err);
            problems.push(
                Diagnostic::error(format!("Fluent syntax error: {}", err.kind))
                    .at(&file.path, &file.text, start..end)
                    .with_code(syntax_code(&err.kind))
                    .with_hint(syntax_hint(&err.kind)),
            );
        }
    }
}

fn syntax_error_span(file: &FtlFile, err: &ParserError) -> (usize, usize) {
    let start = err
        .slice
        .as_ref()
        .map_or(err.pos.start, |s| err.pos.start.max(s.start));
    if matches!(err.kind, ErrorKind::MissingDefaultVariant)
        && let Some(slice) = &err.slice
        && let Some(arrow) = file
            .text
            .get(slice.start..err.pos.start)
            .and_then(|t| t.rfind("->"))
    {
        let at = slice.start + arrow;
        return (at, at + 2);
    }
    (start, err.pos.end.max(start))
}

/// A message defined twice in one locale (in one file or across its files).
fn report_duplicates(root: &Path, files: &[FtlFile], problems: &mut Vec<Diagnostic>) {
    let mut seen: BTreeMap<&str, (&Path, &Arc<str>, usize)> = BTreeMap::new();
    for file in files {
        for entry in &file.entries {
            if let Some((path, text, at)) = seen.get(entry.id.as_str()) {
                let (line, col) = crate::diag::line_col(text, *at);
                problems.push(
                    Diagnostic::error(format!("message `{}` is defined twice", entry.id))
                        .at(&file.path, &file.text, entry.id_span.clone())
                        .with_code(Code::DuplicateMessage)
                        .with_hint(format!(
                            "the first definition is at {}:{line}:{col}; keep one",
                            relative(root, path)
                        )),
                );
            } else {
                seen.insert(&entry.id, (&file.path, &file.text, entry.id_span.start));
            }
        }
    }
}

/// The usable locale: one Fluent bundle of every file, and where each message is defined.
fn assemble(
    name: &str,
    langid: LanguageIdentifier,
    meta: LocaleMeta,
    files: &[FtlFile],
    dir: &Path,
) -> Locale {
    let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
    // Placeables are not wrapped in bidi isolation marks: values that must stay left-to-right
    // in right-to-left text (phone numbers, addresses, dates) never go through Fluent; the
    // templates isolate them. Marks would otherwise end up in copied and searched text.
    bundle.set_use_isolating(false);
    bundle.set_formatter(super::digits::formatter(meta.digits));
    let mut messages = BTreeMap::new();
    for file in files {
        let resource = match FluentResource::try_new(file.text.to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        // Duplicates were reported with their positions.
        let _ = bundle.add_resource(resource);
        let path: Arc<Path> = Arc::from(file.path.as_path());
        for entry in &file.entries {
            messages
                .entry(entry.id.clone())
                .or_insert_with(|| MessageSite {
                    file: path.clone(),
                    text: file.text.clone(),
                    span: entry.id_span.clone(),
                });
        }
    }
    Locale {
        tag: name.to_string(),
        langid,
        meta,
        bundle,
        messages,
        dir: dir.to_path_buf(),
        review: crate::review::state::Review::default(),
    }
}

fn syntax_hint(kind: &ErrorKind) -> &'static str {
    match kind {
        ErrorKind::MissingDefaultVariant => {
            "mark one variant as the default with `*`, e.g. `*[other] …`; it is used when no other variant matches"
        }
        ErrorKind::ExpectedToken('=') => {
            "a message is written `id = text`; continuation lines must be indented"
        }
        ErrorKind::UnterminatedStringLiteral => "close the string with `\"`",
        _ => "see https://projectfluent.org/fluent/guide/ for the syntax",
    }
}
