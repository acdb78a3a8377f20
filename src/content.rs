//! Structured content under `content/`: rights, support options, pictograms, regions and sheets.
//!
//! Every reference (to a message, a right, a contact, a tier) keeps its position in the file
//! so that a dangling one is reported at file:line:column.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;

use crate::config::Audience;
use crate::diag::Diagnostic;
use crate::error::{Error, Result};
use crate::source;

/// A string in a content file, with where it was written.
pub type Ref = Spanned<String>;

/// A content file's path and text, kept to locate problems found after parsing.
#[derive(Debug, Clone)]
pub struct Origin {
    pub path: PathBuf,
    pub text: Arc<str>,
}

impl Origin {
    /// An error pointing at `r` in this file.
    pub fn error_at(&self, r: &Ref, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(message).at(&self.path, &self.text, r.span())
    }
}

/// A message id, checked against the locales after loading.
pub type MessageId = Ref;

/// `content/rights.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RightsFile {
    #[serde(rename = "right")]
    rights: Vec<Right>,
}

/// A right a victim has, with its legal basis.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Right {
    pub id: Ref,
    pub title: MessageId,
    pub body: MessageId,
    pub audiences: Vec<Audience>,
    pub pictogram: Option<Ref>,
    #[serde(default)]
    pub legal_basis: Vec<LegalBasis>,
}

/// An instrument and article that grounds a right, e.g. UN Trafficking Protocol art. 6(3).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalBasis {
    /// Message id naming the instrument, e.g. `instrument-un-protocol`.
    pub instrument: MessageId,
    /// Article, guideline or paragraph, written as the instrument numbers it.
    pub article: String,
}

/// The kinds of protection and support the guide says every victim should be offered.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum SupportKind {
    ShelterHousing,
    CounsellingInformation,
    MedicalCare,
    PsychologicalSupport,
    MaterialFinancialAssistance,
    LegalSupport,
    Interpretation,
    ResidenceWork,
    VoluntaryReturn,
    ChildProtection,
}

impl SupportKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SupportKind::ShelterHousing => "shelter-housing",
            SupportKind::CounsellingInformation => "counselling-information",
            SupportKind::MedicalCare => "medical-care",
            SupportKind::PsychologicalSupport => "psychological-support",
            SupportKind::MaterialFinancialAssistance => "material-financial-assistance",
            SupportKind::LegalSupport => "legal-support",
            SupportKind::Interpretation => "interpretation",
            SupportKind::ResidenceWork => "residence-work",
            SupportKind::VoluntaryReturn => "voluntary-return",
            SupportKind::ChildProtection => "child-protection",
        }
    }
}

/// `content/support.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SupportFile {
    #[serde(rename = "support")]
    kinds: Vec<SupportType>,
}

/// What one kind of support is, in words a victim can read.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SupportType {
    pub kind: Spanned<SupportKind>,
    pub title: MessageId,
    pub body: MessageId,
    pub pictogram: Option<Ref>,
    /// Only foreign nationals, only children, or everyone.
    #[serde(default)]
    pub audiences: Option<Vec<Audience>>,
}

/// `content/pictograms.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PictogramsFile {
    #[serde(rename = "pictogram")]
    pictograms: Vec<Pictogram>,
}

/// An SVG pictogram and the message that describes it to someone who cannot see it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pictogram {
    pub id: Ref,
    /// Path relative to `content/pictograms/`.
    pub file: Ref,
    pub alt: MessageId,
}

/// Conditions a support option meets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Condition {
    Free,
    Voluntary,
    Confidential,
    /// Not conditional on cooperating with police, prosecutors or courts.
    Unconditional,
}

impl Condition {
    pub fn as_str(self) -> &'static str {
        match self {
            Condition::Free => "free",
            Condition::Voluntary => "voluntary",
            Condition::Confidential => "confidential",
            Condition::Unconditional => "unconditional",
        }
    }
}

/// `content/regions/<id>.toml`: one region's referral contacts and support options.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionFile {
    /// Message id of the region's name.
    pub name: MessageId,
    #[serde(rename = "contact", default)]
    pub contacts: Vec<Contact>,
    #[serde(rename = "option", default)]
    pub options: Vec<SupportOption>,
    /// The legal instruments (message ids, as in `rights.toml`) that bind or guide this region's
    /// countries; rights cite only these. Every instrument is cited when absent.
    #[serde(default)]
    pub instruments: Option<Vec<MessageId>>,
    /// The language the region's staff read (a project locale): the second language of its
    /// bilingual editions. The reference locale when absent.
    #[serde(default)]
    pub staff_language: Option<Ref>,
    /// Build this region's editions as discreet editions only (see `discreet.rs`), in every build.
    #[serde(default)]
    pub discreet: bool,
}

/// Opening hours of a contact.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    /// `every-day`, `mon-fri` or `mon-sat`.
    pub days: Spanned<String>,
    /// Opening time `HH:MM`, absent when open around the clock.
    pub from: Option<String>,
    pub to: Option<String>,
}

/// A referral contact: who to call, when, in which languages.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub id: Ref,
    /// Organisation name as the organisation writes it.
    pub organisation: String,
    /// Language of `organisation` and `address` (BCP 47).
    pub lang: Ref,
    pub services: Vec<Spanned<SupportKind>>,
    pub phone: Option<Ref>,
    /// True for a hotline (a number that answers people in need directly).
    #[serde(default)]
    pub hotline: bool,
    pub hours: Hours,
    /// Languages spoken (BCP 47 tags).
    pub languages: Vec<Ref>,
    pub address: Option<String>,
    pub email: Option<Ref>,
    pub website: Option<Ref>,
    pub last_verified: Spanned<toml::value::Datetime>,
    /// A sample contact, not a real service: the sheets say so visibly.
    pub sample: bool,
    /// An independent complaints contact: takes complaints about anyone who helps (staff,
    /// carers, interpreters), runs no accommodation, and is listed with the hotlines.
    #[serde(default)]
    pub complaints: bool,
    /// Set on the region's first number to call: page 1's call band and every page's footer
    /// show it to the audiences listed.
    pub primary: Option<Primary>,
    /// The name discreet editions show when `organisation` names what the help is for
    /// (`Sample Anti-Trafficking Hotline`); the locale's `discreet-contact` when absent.
    pub discreet_name: Option<String>,
}

/// What makes a contact the first number to call, and what the call band may promise about it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Primary {
    /// Audiences whose sheets show this contact first (`child`, `adult`).
    pub audiences: Vec<Audience>,
    /// The call costs the caller nothing.
    #[serde(default)]
    pub free: bool,
    /// The caller need not give a name.
    #[serde(default)]
    pub anonymous: bool,
}

/// Who an option is for.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// `any`, `female`, `male`, `non-binary` ([`GENDERS`]).
    pub gender: Vec<Ref>,
    pub audiences: Vec<Audience>,
    /// `any`, `labour`, `sexual`, `domestic-servitude`, `forced-marriage`, `forced-criminality`,
    /// `begging` ([`FORMS`]).
    pub forms: Vec<Ref>,
}

/// The genders a support option may be limited to; each has a `target-<gender>` message.
pub const GENDERS: &[&str] = &["female", "male", "non-binary"];

/// The forms of exploitation a support option may be limited to; each has a `target-<form>` message.
pub const FORMS: &[&str] = &[
    "labour",
    "sexual",
    "domestic-servitude",
    "forced-marriage",
    "forced-criminality",
    "begging",
];

impl Target {
    /// Message ids naming whom the option is limited to, for a sheet whose readers are
    /// `audience`: empty when it takes everyone. The audience is named only when the option
    /// leaves some audience out, and then only if it serves `audience` at all.
    pub fn limits(&self, all_audiences: &[Audience]) -> Vec<String> {
        let mut out = Vec::new();
        if all_audiences.iter().any(|a| !self.audiences.contains(a)) {
            for a in &self.audiences {
                out.push(format!("target-{}", a.as_str()));
            }
        }
        for list in [&self.gender, &self.forms] {
            if !list.iter().any(|g| g.get_ref() == "any") {
                out.extend(list.iter().map(|g| format!("target-{}", g.get_ref())));
            }
        }
        out
    }
}

/// A support option offered in a region (the guide's table: type, provider, target group, location).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SupportOption {
    pub kind: Spanned<SupportKind>,
    /// Contact id of the provider.
    pub provider: Ref,
    pub target: Target,
    pub location: String,
    pub conditions: Vec<Condition>,
}

/// `content/sheets/<id>.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SheetFile {
    pub title: MessageId,
    /// Short line under the title.
    pub subtitle: Option<MessageId>,
    /// Layout for every tier (e.g. `card`), instead of each tier's own template.
    pub template: Option<Ref>,
    /// The small print at every page's foot, instead of `footer-note` (a script is read by staff).
    pub footer_note: Option<MessageId>,
    /// Whether the sheet has a bilingual edition beside each edition (true when absent).
    #[serde(default = "yes")]
    pub bilingual: bool,
    /// The file name (without extension) of the sheet's discreet editions; the sheet id when
    /// absent. It must name nothing the discreet word lists name.
    pub discreet_name: Option<Ref>,
    /// Material for staff and interpreters, never handed to the reader (the read-aloud
    /// script): a discreet build leaves it out, since it says what the help is for.
    #[serde(default)]
    pub staff_only: bool,
    /// The sheet whose parts this one reads aloud (a read-aloud script): each part then says
    /// whether that sheet's web page plays its recording.
    pub reads_aloud: Option<Ref>,
    #[serde(rename = "section")]
    pub sections: Vec<Section>,
}

/// One section of a sheet: a heading, then paragraphs, rights, support or contacts.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: Ref,
    pub heading: MessageId,
    /// Tiers that show this section; every tier when absent.
    pub tiers: Option<Vec<Ref>>,
    #[serde(default)]
    pub paragraphs: Vec<MessageId>,
    #[serde(default)]
    pub rights: Vec<Ref>,
    #[serde(default)]
    pub support: Vec<Spanned<SupportKind>>,
    /// Lists the region's contacts.
    #[serde(default)]
    pub contacts: bool,
    /// Lists only contacts marked as hotlines, and the region's complaints contact.
    #[serde(default)]
    pub hotlines_only: bool,
    /// With `hotlines_only`, whether the complaints contact is listed too (default true).
    #[serde(default = "yes")]
    pub complaints_contact: bool,
    /// An optional pictogram shown beside the heading.
    pub pictogram: Option<Ref>,
    /// One idea each, with a large pictogram (the youngest tier's layout).
    #[serde(default)]
    pub panels: Vec<Panel>,
    /// Lines of a read-aloud script, in the order they are spoken.
    #[serde(default)]
    pub steps: Vec<Step>,
}

/// One line of a read-aloud script: what the person handing over a sheet says, asks, waits
/// for or does, written `{ say = "message-id" }` (or `ask`, `pause`, `do`).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    Say(MessageId),
    Ask(MessageId),
    Pause(MessageId),
    Do(MessageId),
}

impl Step {
    /// `say`, `ask`, `pause` or `do`.
    pub fn kind(&self) -> &'static str {
        match self {
            Step::Say(_) => "say",
            Step::Ask(_) => "ask",
            Step::Pause(_) => "pause",
            Step::Do(_) => "do",
        }
    }

    /// The message the step speaks or describes.
    pub fn message(&self) -> &MessageId {
        match self {
            Step::Say(m) | Step::Ask(m) | Step::Pause(m) | Step::Do(m) => m,
        }
    }
}

/// One idea: a message and the pictogram drawn large beside it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Panel {
    pub text: MessageId,
    pub pictogram: Ref,
}

fn yes() -> bool {
    true
}

/// Everything under `content/`, parsed, with each item's origin.
#[derive(Debug)]
pub struct Content {
    pub rights: Vec<Right>,
    pub rights_origin: Origin,
    pub support: Vec<SupportType>,
    pub support_origin: Origin,
    pub pictograms: Vec<Pictogram>,
    pub pictograms_origin: Origin,
    pub pictogram_svgs: BTreeMap<String, Arc<[u8]>>,
    pub regions: BTreeMap<String, (RegionFile, Origin)>,
    pub sheets: BTreeMap<String, (SheetFile, Origin)>,
}

fn load_file<T: serde::de::DeserializeOwned>(path: &Path) -> Result<(T, Origin)> {
    let text = source::read_text(path)?;
    let value = source::parse_toml(path, &text)?;
    Ok((
        value,
        Origin {
            path: path.to_path_buf(),
            text,
        },
    ))
}

/// Reads every content file the project lists, collecting all errors before failing.
pub fn load(
    root: &Path,
    regions: &[Ref],
    sheets: &[Ref],
    config_origin: &Origin,
) -> Result<Content> {
    let dir = root.join("content");
    let mut problems = Vec::new();
    let rights = load_file::<RightsFile>(&dir.join("rights.toml"));
    let support = load_file::<SupportFile>(&dir.join("support.toml"));
    let pictograms = load_file::<PictogramsFile>(&dir.join("pictograms.toml"));
    let mut region_map = BTreeMap::new();
    for id in regions {
        let path = dir.join("regions").join(format!("{}.toml", id.get_ref()));
        if !is_plain_id(id.get_ref()) || !path.is_file() {
            problems.push(config_origin.error_at(
                id,
                format!(
                    "region `{}` has no file content/regions/{}.toml",
                    id.get_ref(),
                    id.get_ref()
                ),
            ));
            continue;
        }
        match load_file::<RegionFile>(&path) {
            Ok(r) => {
                region_map.insert(id.get_ref().clone(), r);
            }
            Err(e) => problems.extend(e.diagnostics()),
        }
    }
    let mut sheet_map = BTreeMap::new();
    for id in sheets {
        let path = dir.join("sheets").join(format!("{}.toml", id.get_ref()));
        if !is_plain_id(id.get_ref()) || !path.is_file() {
            problems.push(config_origin.error_at(
                id,
                format!(
                    "sheet `{}` has no file content/sheets/{}.toml",
                    id.get_ref(),
                    id.get_ref()
                ),
            ));
            continue;
        }
        match load_file::<SheetFile>(&path) {
            Ok(s) => {
                sheet_map.insert(id.get_ref().clone(), s);
            }
            Err(e) => problems.extend(e.diagnostics()),
        }
    }
    let (rights, support, pictograms) = match (rights, support, pictograms) {
        (Ok(r), Ok(s), Ok(p)) => (r, s, p),
        (r, s, p) => {
            for e in [r.err(), s.err(), p.err()].into_iter().flatten() {
                problems.extend(e.diagnostics());
            }
            return Err(Error::Invalid(problems));
        }
    };
    let pictogram_svgs =
        load_pictograms(&dir, &pictograms.0.pictograms, &pictograms.1, &mut problems);
    for (region, origin) in region_map.values() {
        problems.extend(check_region(region, origin, &rights.0.rights));
    }
    if !problems.is_empty() {
        return Err(Error::Invalid(problems));
    }
    Ok(Content {
        rights: rights.0.rights,
        rights_origin: rights.1,
        support: support.0.kinds,
        support_origin: support.1,
        pictograms: pictograms.0.pictograms,
        pictograms_origin: pictograms.1,
        pictogram_svgs,
        regions: region_map,
        sheets: sheet_map,
    })
}

/// Rules a region must keep that the file's shape cannot express: known target groups, an
/// independent complaints contact that runs no accommodation, and instruments that exist.
pub fn check_region(region: &RegionFile, origin: &Origin, rights: &[Right]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for option in &region.options {
        for (list, known, what) in [
            (&option.target.gender, GENDERS, "gender"),
            (&option.target.forms, FORMS, "form of exploitation"),
        ] {
            for v in list {
                let any = v.get_ref() == "any";
                if any && list.len() > 1 {
                    problems.push(origin.error_at(
                        v,
                        format!("`any` {what} cannot be combined with other values"),
                    ));
                } else if !any && !known.contains(&v.get_ref().as_str()) {
                    problems.push(
                        origin
                            .error_at(v, format!("unknown {what} `{}`", v.get_ref()))
                            .with_hint(format!("use `any` or one of: {}", known.join(", "))),
                    );
                }
            }
        }
    }
    for c in region.contacts.iter().filter(|c| c.complaints) {
        let runs_shelter = c
            .services
            .iter()
            .any(|s| *s.get_ref() == SupportKind::ShelterHousing)
            || region.options.iter().any(|o| {
                o.provider.get_ref() == c.id.get_ref()
                    && *o.kind.get_ref() == SupportKind::ShelterHousing
            });
        if runs_shelter {
            problems.push(
                origin
                    .error_at(
                        &c.id,
                        format!(
                            "complaints contact `{}` also provides accommodation",
                            c.id.get_ref()
                        ),
                    )
                    .with_hint(
                        "a person harmed where they stay must be able to complain to someone \
                         independent of it: name an ombudsman, a human-rights body or a helpline \
                         that runs no shelter",
                    ),
            );
        }
    }
    let cited: Vec<&str> = rights
        .iter()
        .flat_map(|r| {
            r.legal_basis
                .iter()
                .map(|b| b.instrument.get_ref().as_str())
        })
        .collect();
    for i in region.instruments.iter().flatten() {
        if !cited.contains(&i.get_ref().as_str()) {
            problems.push(
                origin
                    .error_at(
                        i,
                        format!("instrument `{}` is not cited by any right", i.get_ref()),
                    )
                    .with_hint("list instrument message ids as content/rights.toml names them"),
            );
        }
    }
    problems
}

/// Ids name files, so they are limited to lowercase letters, digits and hyphens.
pub fn is_plain_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Reads each pictogram's SVG, refusing paths that leave `content/pictograms/`.
fn load_pictograms(
    dir: &Path,
    pictograms: &[Pictogram],
    origin: &Origin,
    problems: &mut Vec<Diagnostic>,
) -> BTreeMap<String, Arc<[u8]>> {
    let base = dir.join("pictograms");
    let canonical_base = base.canonicalize().ok();
    let mut out = BTreeMap::new();
    for p in pictograms {
        let rel = Path::new(p.file.get_ref());
        let escapes = rel.is_absolute()
            || rel
                .components()
                .any(|c| !matches!(c, std::path::Component::Normal(_)));
        let resolved = base.join(rel).canonicalize().ok();
        let inside = match (&canonical_base, &resolved) {
            (Some(b), Some(r)) => r.starts_with(b),
            _ => false,
        };
        if escapes || (resolved.is_some() && !inside) {
            problems.push(
                origin
                    .error_at(
                        &p.file,
                        format!(
                            "pictogram path `{}` leaves content/pictograms/",
                            p.file.get_ref()
                        ),
                    )
                    .with_hint("pictograms must be files inside content/pictograms/"),
            );
            continue;
        }
        let Some(path) = resolved else {
            problems.push(origin.error_at(
                &p.file,
                format!("pictogram file `{}` does not exist", p.file.get_ref()),
            ));
            continue;
        };
        if rel.extension().and_then(|e| e.to_str()) != Some("svg") {
            problems.push(origin.error_at(&p.file, "pictograms must be SVG files"));
            continue;
        }
        // Measured before it is read: a huge file or a device is never loaded.
        match std::fs::metadata(&path) {
            Ok(m) if !m.is_file() => {
                problems.push(origin.error_at(&p.file, "pictogram is not a regular file"));
                continue;
            }
            Ok(m) if m.len() > source::MAX_FILE_BYTES => {
                problems.push(origin.error_at(
                    &p.file,
                    format!(
                        "pictogram file is {} bytes, more than the {} bytes infosheet accepts",
                        m.len(),
                        source::MAX_FILE_BYTES
                    ),
                ));
                continue;
            }
            _ => {}
        }
        match std::fs::read(&path) {
            Ok(bytes) => match check_svg(&bytes) {
                Ok(()) => {
                    out.insert(p.id.get_ref().clone(), Arc::from(bytes));
                }
                Err(why) => problems.push(
                    origin
                        .error_at(&p.file, format!("pictogram `{}` {why}", p.file.get_ref()))
                        .with_hint("pictograms must be self-contained SVG files"),
                ),
            },
            Err(e) => {
                problems.push(origin.error_at(&p.file, format!("cannot read pictogram: {e}")))
            }
        }
    }
    out
}

/// Checks that an SVG draws (with the same SVG reader the PDF uses) and that it neither links
/// to other files nor carries scripts.
fn check_svg(bytes: &[u8]) -> std::result::Result<(), String> {
    use typst::diag::LoadedWithin;
    use typst::foundations::Bytes;
    use typst::loading::{LoadSource, Loaded};

    let text = String::from_utf8_lossy(bytes).to_ascii_lowercase();
    if text.contains("<script") {
        return Err("contains a script".into());
    }
    if text.contains("<text") {
        // Words in a picture are not translated, not read out, and drawn in whatever font
        // the viewer has: they belong in the pictogram's message.
        return Err("contains text (`<text>`); a pictogram must be a picture only, its words go in its message".into());
    }
    for (at, _) in text.match_indices("href") {
        let value = text[at + 4..].trim_start();
        let Some(value) = value.strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start().trim_start_matches(['"', '\'']);
        if !(value.starts_with('#') || value.starts_with("data:")) {
            return Err(
                "links to another file; only `#id` and `data:` references are allowed".into(),
            );
        }
    }
    typst::visualize::SvgImage::new(Bytes::new(bytes.to_vec()))
        .map(|_| ())
        .map_err(|e| {
            let loaded = Loaded::new(
                typst::syntax::Spanned::detached(LoadSource::Bytes),
                Bytes::new(bytes.to_vec()),
            );
            let message = e.within(&loaded).message.to_string();
            // The XML reader's message may already end in the position Typst adds again.
            let message = message
                .strip_suffix(')')
                .and_then(|body| {
                    let (head, pos) = body.rsplit_once(" at ")?;
                    let head = head.strip_suffix(&format!(" at {pos}"))?;
                    Some(format!("{head} at {pos})"))
                })
                .unwrap_or(message);
            format!("cannot be drawn: {message}")
        })
}
