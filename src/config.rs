//! The project file, `infosheet.toml`: locales, age tiers, regions, sheets, formats, paper.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::content::Origin;
use crate::diag::Diagnostic;
use crate::error::Result;
use crate::source;

/// Name of the project file at the root of a project folder.
pub const PROJECT_FILE: &str = "infosheet.toml";

/// `infosheet.toml` as written by the user.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectFile {
    /// Locale whose messages every other locale is compared with and falls back to.
    pub reference_locale: Spanned<String>,
    pub locales: Vec<Spanned<String>>,
    pub regions: Vec<Spanned<String>>,
    pub sheets: Vec<Spanned<String>>,
    #[serde(default = "default_formats")]
    pub formats: Vec<Format>,
    #[serde(default)]
    pub paper: Paper,
    #[serde(rename = "tier")]
    pub tiers: Vec<Tier>,
    /// Fonts tried after a locale's own, in order, for text in other scripts.
    #[serde(default)]
    pub fallback_fonts: Vec<String>,
    /// Names of languages (in their own script) that contacts speak but no locale provides.
    #[serde(default)]
    pub language_names: std::collections::BTreeMap<String, String>,
    /// Settings of `infosheet check`.
    #[serde(default)]
    pub check: CheckSettings,
    /// Whether `build` writes the bilingual editions (`<sheet>.bilingual.pdf`, `.html`).
    #[serde(default = "default_bilingual")]
    pub bilingual: bool,
}

fn default_bilingual() -> bool {
    true
}

/// `[check]` in infosheet.toml: settings of `infosheet check`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckSettings {
    /// A contact whose `last_verified` date is older than this many days is reported.
    #[serde(default = "default_contact_max_age_days")]
    pub contact_max_age_days: u32,
}

impl Default for CheckSettings {
    fn default() -> Self {
        Self {
            contact_max_age_days: default_contact_max_age_days(),
        }
    }
}

fn default_contact_max_age_days() -> u32 {
    365
}

fn default_formats() -> Vec<Format> {
    vec![Format::Pdf, Format::Html]
}

/// An output format.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize, clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Tagged PDF (PDF/UA-1), to print.
    Pdf,
    /// One self-contained HTML page, to share on a phone.
    Html,
    /// The sheet model itself, as templates receive it (for template authors and benchmarks).
    Json,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Html => "html",
            Format::Json => "json",
        }
    }
}

/// Paper size for the PDF.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    #[default]
    A4,
    A5,
    Letter,
}

impl Paper {
    /// The paper name Typst understands.
    pub fn typst_name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::A5 => "a5",
            Paper::Letter => "us-letter",
        }
    }
}

/// Who a tier is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    Child,
    Adult,
}

impl Audience {
    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Child => "child",
            Audience::Adult => "adult",
        }
    }
}

/// An age range, both ends inclusive; `max` absent means no upper bound.
#[derive(Debug, Clone, Copy, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct AgeRange {
    pub min: u8,
    pub max: Option<u8>,
}

/// An age tier: who it is for and how its sheets are laid out.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    pub id: String,
    pub ages: AgeRange,
    pub audience: Audience,
    /// Smallest type size for body text, in points.
    pub min_body_pt: f64,
    /// Longest sentence the readability lint accepts, in words.
    pub max_words_per_sentence: u32,
    /// Template used for this tier, in `templates/html/<name>.html` and `templates/typst/<name>.typ`.
    pub template: String,
}

/// Where the value at `key` (a path of keys) of the `nth` `[[tier]]` with this `id` is written.
fn tier_span(text: &str, id: &str, nth: usize, key: &[&str]) -> Option<std::ops::Range<usize>> {
    use toml::de::{DeTable, DeValue};
    fn field<'a, 'i>(table: &'a DeTable<'i>, name: &str) -> Option<&'a toml::Spanned<DeValue<'i>>> {
        table
            .iter()
            .find(|(k, _)| k.get_ref().as_ref() == name)
            .map(|(_, v)| v)
    }
    let root = DeTable::parse(text).ok()?;
    let DeValue::Array(tiers) = field(root.get_ref(), "tier")?.get_ref() else {
        return None;
    };
    let table = tiers
        .iter()
        .filter_map(|t| match t.get_ref() {
            DeValue::Table(table) => Some(table),
            _ => None,
        })
        .filter(|table| {
            field(table, "id")
                .is_some_and(|v| matches!(v.get_ref(), DeValue::String(s) if s.as_ref() == id))
        })
        .nth(nth)?;
    let (last, parents) = key.split_last()?;
    let mut here = table;
    for name in parents {
        let DeValue::Table(inner) = field(here, name)?.get_ref() else {
            return None;
        };
        here = inner;
    }
    Some(field(here, last)?.span())
}

/// A loaded and checked project file.
#[derive(Debug)]
pub struct Config {
    pub root: PathBuf,
    pub file: ProjectFile,
    pub origin: Origin,
}

impl Config {
    /// Reads and checks `infosheet.toml` in `root`.
    pub fn load(root: &Path) -> Result<Self> {
        let path = root.join(PROJECT_FILE);
        if !path.is_file() {
            return Err(
                Diagnostic::error(format!("no {PROJECT_FILE} in {}", root.display()))
                    .with_hint("run infosheet in a project folder, or pass --project DIR")
                    .into(),
            );
        }
        let text = source::read_text(&path)?;
        let file: ProjectFile = source::parse_toml(&path, &text)?;
        let mut problems = Vec::new();
        let mut seen = std::collections::HashMap::new();
        for tier in &file.tiers {
            let nth = seen.entry(tier.id.as_str()).or_insert(0usize);
            let at = |d: Diagnostic, key: &[&str]| match tier_span(&text, &tier.id, *nth, key) {
                Some(span) => d.at(&path, &text, span),
                None => d,
            };
            if *nth > 0 {
                problems.push(
                    at(
                        Diagnostic::error(format!("tier `{}` is defined twice", tier.id)),
                        &["id"],
                    )
                    .with_hint("give each [[tier]] its own id"),
                );
            }
            if tier.ages.max.is_some_and(|max| max < tier.ages.min) {
                problems.push(at(
                    Diagnostic::error(format!("tier `{}`: ages.max is below ages.min", tier.id)),
                    &["ages", "max"],
                ));
            }
            if !(6.0..=72.0).contains(&tier.min_body_pt) {
                problems.push(
                    at(
                        Diagnostic::error(format!(
                            "tier `{}`: min_body_pt {} is not a readable body size",
                            tier.id, tier.min_body_pt
                        )),
                        &["min_body_pt"],
                    )
                    .with_hint("give a size in points between 6 and 72 (12 for adults, 18 for young children)"),
                );
            }
            *nth += 1;
        }
        if file.tiers.is_empty() {
            problems.push(Diagnostic::error("no [[tier]] is defined"));
        }
        for list in [&file.locales, &file.regions, &file.sheets] {
            let mut seen = std::collections::HashSet::new();
            for item in list {
                if !seen.insert(item.get_ref().as_str()) {
                    problems.push(
                        Diagnostic::error(format!("`{}` is listed twice", item.get_ref())).at(
                            &path,
                            &text,
                            item.span(),
                        ),
                    );
                }
            }
        }
        if !file
            .locales
            .iter()
            .any(|l| l.get_ref() == file.reference_locale.get_ref())
        {
            problems.push(
                Diagnostic::error(format!(
                    "reference locale `{}` is not in `locales`",
                    file.reference_locale.get_ref()
                ))
                .at(&path, &text, file.reference_locale.span()),
            );
        }
        let problems: Vec<_> = problems
            .into_iter()
            .map(|d| {
                if d.file.is_none() {
                    d.in_file(&path)
                } else {
                    d
                }
            })
            .collect();
        if !problems.is_empty() {
            return Err(crate::Error::Invalid(problems));
        }
        Ok(Self {
            root: root.to_path_buf(),
            file,
            origin: Origin { path, text },
        })
    }

    pub fn reference_locale(&self) -> &str {
        self.file.reference_locale.get_ref()
    }

    pub fn tier(&self, id: &str) -> Option<&Tier> {
        self.file.tiers.iter().find(|t| t.id == id)
    }

    /// The tier for a person of `age`; an unknown age is presumed a child (the oldest child tier).
    pub fn tier_for_age(&self, age: Option<u8>) -> Option<&Tier> {
        match age {
            Some(age) => self
                .file
                .tiers
                .iter()
                .find(|t| age >= t.ages.min && t.ages.max.is_none_or(|max| age <= max)),
            None => self
                .file
                .tiers
                .iter()
                .filter(|t| t.audience == Audience::Child)
                .max_by_key(|t| t.ages.min),
        }
    }
}
