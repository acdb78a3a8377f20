//! The sheet model: everything a template needs for one edition, as plain data.
//!
//! Both the HTML and the Typst templates receive this model (Typst as JSON); neither
//! receives code or markup built from user text.

use fluent_bundle::FluentValue;
use serde::Serialize;

use crate::config::{Audience, Paper, Tier};
use crate::content::{Contact, Content, RegionFile, SheetFile, SupportKind};
use crate::locales::{Direction, Locale};
use crate::localize::{Localizer, Text};

/// Interface messages every sheet uses, besides those its content names.
pub const UI_MESSAGES: &[&str] = &[
    "ui-phone",
    "ui-hotline",
    "ui-hours",
    "ui-languages",
    "ui-address",
    "ui-email",
    "ui-website",
    "ui-services",
    "ui-legal-basis",
    "ui-last-verified",
    "ui-provided-by",
    "ui-where",
    "ui-complaints",
    "ui-for-whom",
    "ui-sample-contact",
    "ui-sample-notice",
    "ui-draft-notice",
    "ui-contacts-count",
    "ui-made-with",
    "ui-page-label",
    "audio-listen",
    "audio-synthetic",
    "audio-synthetic-notice",
    "ra-audio-none",
    "ra-audio-some",
    "ra-audio-part",
    "hours-every-day",
    "hours-mon-fri",
    "hours-mon-sat",
    "hours-always",
    "condition-free",
    "condition-voluntary",
    "condition-confidential",
    "condition-unconditional",
    "target-adult",
    "target-child",
    "target-female",
    "target-male",
    "target-non-binary",
    "target-labour",
    "target-sexual",
    "target-domestic-servitude",
    "target-forced-marriage",
    "target-forced-criminality",
    "target-begging",
];

/// The pictogram drawn beside every number to call first.
pub const PHONE_PICTOGRAM: &str = "phone";

/// One edition's identity.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EditionId {
    pub sheet: String,
    pub region: String,
    pub locale: String,
    pub tier: String,
}

impl std::fmt::Display for EditionId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}/{}/{}/{}",
            self.region, self.locale, self.tier, self.sheet
        )
    }
}

/// The whole sheet, as data.
#[derive(Debug, Serialize)]
pub struct Sheet {
    pub edition: EditionId,
    /// BCP 47 tag of the sheet's language.
    pub lang: String,
    /// ISO 639 code and region for Typst's `text(lang:, region:)`.
    pub typst_lang: String,
    pub typst_region: Option<String>,
    pub dir: Direction,
    pub fonts: Vec<String>,
    /// What the templates put between the items of a list (languages spoken, services), from
    /// the locale's `list_separator`: "، " in Persian.
    pub list_separator: String,
    /// Typst's numbering pattern for page numbers, in the locale's digits ("1", "١", "۱").
    pub page_numbering: &'static str,
    pub paper: Paper,
    pub tier: TierInfo,
    /// Template name, without extension, in both template folders.
    pub template: String,
    pub title: Text,
    pub subtitle: Option<Text>,
    pub region_name: Text,
    pub endonym: String,
    pub marks: Vec<Mark>,
    /// Page 1's call band: the region's first numbers to call for this tier's audience.
    pub call: Option<CallBand>,
    /// The number every page's footer shows (the call band's first), with its label.
    pub main_number: Option<MainNumber>,
    /// A line of small print at every page's foot (for the youngest: an adult reads it with them).
    pub footer_note: Option<Text>,
    /// The telephone drawn beside the call band and the footer's number (pictogram `phone`).
    pub phone_pictogram: Option<Picture>,
    pub sections: Vec<Section>,
    pub labels: Labels,
    /// Words beside the recordings of the HTML page (blocks with a recording carry
    /// `audio` on their text: `section.heading`, `paragraphs`, `panels[].text`, and the
    /// `title` and `body` of rights and kinds of support).
    pub audio_labels: AudioLabels,
    /// "The recordings on this page are a computer voice": when a block plays a synthetic
    /// recording. The HTML page shows it with the other marks; the PDF plays nothing.
    pub audio_mark: Option<Mark>,
    /// In a read-aloud script: whether the web page of the sheet it reads plays any part.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio_intro: Option<Text>,
    pub generator: String,
    /// Scale of the space between blocks (1 as written); the PDF renderer changes it when a
    /// last page would be nearly empty (render/fit.rs).
    pub spacing: f64,
}

/// Whom to call first: the region's primary contacts for the audience, and what the call is like.
#[derive(Debug, Serialize)]
pub struct CallBand {
    pub heading: Text,
    pub contacts: Vec<CallContact>,
}

/// One primary contact as the call band shows it.
#[derive(Debug, Serialize)]
pub struct CallContact {
    pub organisation: Text,
    pub phone: Phone,
    pub hours: Text,
    pub languages: Vec<Text>,
    /// "Free call", when the region says so.
    pub free: Option<Text>,
    /// "No name needed", when the region says so.
    pub anonymous: Option<Text>,
    pub sample: bool,
}

/// The footer's number: a short label and the phone.
#[derive(Debug, Serialize)]
pub struct MainNumber {
    pub label: Text,
    pub phone: Phone,
}

/// What the templates need to know about the tier.
#[derive(Debug, Serialize)]
pub struct TierInfo {
    pub id: String,
    pub audience: Audience,
    pub min_body_pt: f64,
    pub template: String,
    pub child: bool,
}

/// A visible notice: a draft translation or sample contacts.
#[derive(Debug, Serialize)]
pub struct Mark {
    pub kind: &'static str,
    pub text: Text,
    /// The same notice in the reference language, when the sheet is in another one.
    pub reference: Option<Text>,
    /// A few words of the notice, for every page's footer.
    pub short: Text,
    /// `short` in the reference language, when the sheet is in another one.
    pub short_reference: Option<Text>,
}

/// A pictogram: where Typst finds it, the SVG for HTML, and its text alternative.
#[derive(Debug, Serialize)]
pub struct Picture {
    pub id: String,
    pub path: String,
    pub svg_base64: String,
    pub alt: Text,
}

#[derive(Debug, Serialize)]
pub struct Section {
    pub id: String,
    pub heading: Text,
    pub pictogram: Option<Picture>,
    pub paragraphs: Vec<Text>,
    pub rights: Vec<Right>,
    pub support: Vec<Support>,
    pub contacts: Vec<ContactEntry>,
    pub contacts_intro: Option<Text>,
    /// One idea each, with a large pictogram.
    pub panels: Vec<PanelEntry>,
    /// A read-aloud script's lines (left out of sheets that have none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<StepEntry>,
    /// In a read-aloud script: how much of this part the web page of the sheet it reads
    /// plays (left out where nothing is recorded).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audio_note: Option<Text>,
}

/// One line of a read-aloud script: its kind (`say`, `ask`, `pause`, `do`), the cue printed
/// before it ("Say:", "Ask:", ...; message `script-<kind>`) and its text.
#[derive(Debug, Serialize)]
pub struct StepEntry {
    pub kind: &'static str,
    pub cue: Text,
    pub text: Text,
}

/// One idea with its pictogram.
#[derive(Debug, Serialize)]
pub struct PanelEntry {
    pub text: Text,
    pub pictogram: Option<Picture>,
}

#[derive(Debug, Serialize)]
pub struct Right {
    pub id: String,
    pub title: Text,
    pub body: Text,
    pub pictogram: Option<Picture>,
    pub legal_basis: Vec<Citation>,
}

/// Where a right is written: the instrument's name, and the article as the instrument numbers it.
#[derive(Debug, Serialize)]
pub struct Citation {
    pub instrument: Text,
    /// Kept apart from the localized name so templates can keep it left-to-right in any script.
    pub article: String,
}

#[derive(Debug, Serialize)]
pub struct Support {
    pub kind: SupportKind,
    pub title: Text,
    pub body: Text,
    pub pictogram: Option<Picture>,
    pub providers: Vec<Provider>,
}

#[derive(Debug, Serialize)]
pub struct Provider {
    pub organisation: Text,
    pub location: Text,
    pub conditions: Vec<Text>,
    /// Whom the option is limited to (women and girls, adults, ...); empty when it takes everyone.
    pub target: Vec<Text>,
    pub sample: bool,
}

/// A phone number as printed and as dialled.
#[derive(Debug, Serialize)]
pub struct Phone {
    pub display: String,
    pub tel: String,
}

#[derive(Debug, Serialize)]
pub struct ContactEntry {
    pub id: String,
    pub organisation: Text,
    pub services: Vec<Text>,
    pub phone: Option<Phone>,
    pub hotline: bool,
    pub hours: Text,
    pub languages: Vec<Text>,
    pub address: Option<Text>,
    pub email: Option<String>,
    pub website: Option<String>,
    /// `email` and `website` cut after each `@ . / -`: the only places a line may break.
    pub email_parts: Vec<String>,
    pub website_parts: Vec<String>,
    pub last_verified: String,
    pub sample: bool,
    /// The region's independent contact for complaints about helpers.
    pub complaints: bool,
}

/// Localized interface words.
#[derive(Debug, Serialize)]
pub struct Labels {
    pub phone: Text,
    pub hotline: Text,
    pub hours: Text,
    pub languages: Text,
    pub address: Text,
    pub email: Text,
    pub website: Text,
    pub services: Text,
    pub legal_basis: Text,
    pub last_verified: Text,
    pub provided_by: Text,
    pub location: Text,
    pub complaints: Text,
    pub for_whom: Text,
    pub sample_contact: Text,
    pub made_with: Text,
    pub page: Text,
}

/// Words of the HTML page's players.
#[derive(Debug, Serialize)]
pub struct AudioLabels {
    /// "Listen", the player's accessible name.
    pub listen: Text,
    /// "computer voice, not a person", beside each synthetic recording.
    pub synthetic: Text,
    /// The same in the reference language, when the sheet is in another one.
    pub synthetic_reference: Option<Text>,
}

/// Inputs for building one sheet model.
pub struct Inputs<'a> {
    pub content: &'a Content,
    pub sheet_id: &'a str,
    pub sheet: &'a SheetFile,
    pub region_id: &'a str,
    pub region: &'a RegionFile,
    pub locales: &'a [Locale],
    pub fallback_fonts: &'a [String],
    pub language_names: &'a std::collections::BTreeMap<String, String>,
    pub paper: Paper,
    /// Recordings of messages, attached to the blocks whose text they still speak.
    pub recordings: &'a crate::recordings::Recordings,
}

/// Builds the sheet model for one locale and tier; problems are left in the localizer.
pub fn build(inputs: &Inputs<'_>, l10n: &Localizer<'_>) -> Option<Sheet> {
    let locale = l10n.locale;
    let tier = l10n.tier;
    let t = |id: &str| l10n.text(id, &[]);
    let call = call_band(inputs, l10n)?;
    let main_number = match call.as_ref().and_then(|c| c.contacts.first()) {
        Some(first) => Some(MainNumber {
            label: t("footer-call")?,
            phone: Phone {
                display: first.phone.display.clone(),
                tel: first.phone.tel.clone(),
            },
        }),
        None => None,
    };
    let mut sections = Vec::new();
    for section in &inputs.sheet.sections {
        if shown_to(section, tier) {
            sections.push(section_model(inputs, section, l10n)?);
        }
    }
    let audio_intro = audio_notes(inputs, l10n, &mut sections)?;
    let footer_note = Some(t(inputs
        .sheet
        .footer_note
        .as_ref()
        .map_or("footer-note", |n| n.get_ref()))?)
    .filter(|n| !n.text.trim().is_empty());
    let phone_pictogram = picture(inputs, Some(PHONE_PICTOGRAM), l10n)?;
    let labels = labels(l10n)?;
    let title = t(inputs.sheet.title.get_ref())?;
    let subtitle = match &inputs.sheet.subtitle {
        Some(id) => Some(t(id.get_ref())?),
        None => None,
    };
    let region_name = t(inputs.region.name.get_ref())?;
    // Last: the draft mark depends on every message the edition shows.
    let marks = marks(inputs, l10n)?;
    let audio_labels = audio_labels(l10n)?;
    let audio_mark = if sections_audio(&sections).any(|a| a.synthetic) {
        Some(mark(
            "synthetic-voice",
            "audio-synthetic-notice",
            "audio-synthetic",
            l10n,
        )?)
    } else {
        None
    };
    Some(Sheet {
        edition: EditionId {
            sheet: inputs.sheet_id.to_string(),
            region: inputs.region_id.to_string(),
            locale: locale.tag.clone(),
            tier: tier.id.clone(),
        },
        lang: locale.tag.clone(),
        typst_lang: locale.langid.language.as_str().to_string(),
        typst_region: locale.langid.region.map(|r| r.as_str().to_string()),
        dir: locale.meta.direction,
        fonts: font_list(&locale.meta.fonts, inputs.fallback_fonts),
        list_separator: locale.meta.list_separator.clone(),
        page_numbering: locale.meta.digits.typst_numbering(),
        paper: inputs.paper,
        tier: tier_info(tier),
        template: inputs
            .sheet
            .template
            .as_ref()
            .map_or_else(|| tier.template.clone(), |t| t.get_ref().clone()),
        title,
        subtitle,
        region_name,
        endonym: locale.meta.endonym.clone(),
        marks,
        call,
        main_number,
        footer_note,
        phone_pictogram,
        sections,
        labels,
        audio_labels,
        audio_mark,
        audio_intro,
        generator: format!("infosheet {}", env!("CARGO_PKG_VERSION")),
        spacing: 1.0,
    })
}

/// The draft mark (some message the edition shows is not reviewed against the current
/// reference text) and the sample mark (a region with sample contacts). Called once every other
/// message of the edition is resolved.
fn marks(inputs: &Inputs<'_>, l10n: &Localizer<'_>) -> Option<Vec<Mark>> {
    let sample = if inputs.region.contacts.iter().any(|c| c.sample) {
        Some(mark(
            "sample",
            "ui-sample-notice",
            "mark-sample-short",
            l10n,
        )?)
    } else {
        None
    };
    let mut marks = Vec::new();
    if l10n.shows_unreviewed() {
        marks.push(mark("draft", "ui-draft-notice", "mark-draft-short", l10n)?);
    }
    marks.extend(sample);
    Some(marks)
}

/// One section as its tier reads it.
fn section_model(
    inputs: &Inputs<'_>,
    section: &crate::content::Section,
    l10n: &Localizer<'_>,
) -> Option<Section> {
    let t = |id: &str| block(inputs, l10n, id);
    let mut paragraphs = Vec::new();
    for p in &section.paragraphs {
        paragraphs.push(t(p.get_ref())?);
    }
    let mut rights = Vec::new();
    for id in &section.rights {
        if let Some(right) = right_model(inputs, id.get_ref(), l10n)? {
            rights.push(right);
        }
    }
    let mut support = Vec::new();
    for kind in &section.support {
        if let Some(s) = support_model(inputs, *kind.get_ref(), l10n)? {
            support.push(s);
        }
    }
    let mut contacts = Vec::new();
    let mut contacts_intro = None;
    if section.contacts {
        for contact in &inputs.region.contacts {
            let complaints = contact.complaints && section.complaints_contact;
            if section.hotlines_only && !contact.hotline && !complaints {
                continue;
            }
            if let Some(entry) = contact_entry(contact, inputs, l10n)? {
                contacts.push(entry);
            }
        }
        let count = [("count", FluentValue::from(contacts.len()))];
        contacts_intro = Some(l10n.text("ui-contacts-count", &count)?);
    }
    let mut panels = Vec::new();
    for panel in &section.panels {
        panels.push(PanelEntry {
            text: t(panel.text.get_ref())?,
            pictogram: picture(inputs, Some(panel.pictogram.get_ref()), l10n)?,
        });
    }
    let mut steps = Vec::new();
    for step in &section.steps {
        steps.push(StepEntry {
            kind: step.kind(),
            cue: t(&format!("script-{}", step.kind()))?,
            text: t(step.message().get_ref())?,
        });
    }
    Some(Section {
        id: section.id.get_ref().clone(),
        heading: t(section.heading.get_ref())?,
        pictogram: picture(
            inputs,
            section.pictogram.as_ref().map(|p| p.get_ref().as_str()),
            l10n,
        )?,
        paragraphs,
        rights,
        support,
        contacts,
        contacts_intro,
        panels,
        steps,
        audio_note: None,
    })
}

/// A right, with the legal bases that bind the region; `Some(None)` when the tier's audience
/// does not get it (or it does not exist).
fn right_model(inputs: &Inputs<'_>, id: &str, l10n: &Localizer<'_>) -> Option<Option<Right>> {
    let t = |id: &str| l10n.text(id, &[]);
    let Some(right) = inputs.content.rights.iter().find(|r| r.id.get_ref() == id) else {
        return Some(None);
    };
    if !right.audiences.contains(&l10n.tier.audience) {
        return Some(None);
    }
    let mut legal_basis = Vec::new();
    for basis in right
        .legal_basis
        .iter()
        .filter(|b| applies(inputs.region, b))
    {
        legal_basis.push(Citation {
            instrument: t(basis.instrument.get_ref())?,
            article: basis.article.clone(),
        });
    }
    Some(Some(Right {
        id: right.id.get_ref().clone(),
        title: block(inputs, l10n, right.title.get_ref())?,
        body: block(inputs, l10n, right.body.get_ref())?,
        pictogram: picture(
            inputs,
            right.pictogram.as_ref().map(|p| p.get_ref().as_str()),
            l10n,
        )?,
        legal_basis,
    }))
}

/// A kind of support with the region's providers that serve the tier's audience; `Some(None)`
/// when the kind is not for that audience (or is not described).
fn support_model(
    inputs: &Inputs<'_>,
    kind: SupportKind,
    l10n: &Localizer<'_>,
) -> Option<Option<Support>> {
    let audience = l10n.tier.audience;
    let Some(info) = inputs
        .content
        .support
        .iter()
        .find(|s| *s.kind.get_ref() == kind)
    else {
        return Some(None);
    };
    if info
        .audiences
        .as_ref()
        .is_some_and(|a| !a.contains(&audience))
    {
        return Some(None);
    }
    let mut providers = Vec::new();
    for option in inputs
        .region
        .options
        .iter()
        .filter(|o| *o.kind.get_ref() == kind && o.target.audiences.contains(&audience))
    {
        if let Some(p) = provider(inputs, option, l10n)? {
            providers.push(p);
        }
    }
    Some(Some(Support {
        kind,
        title: block(inputs, l10n, info.title.get_ref())?,
        body: block(inputs, l10n, info.body.get_ref())?,
        pictogram: picture(
            inputs,
            info.pictogram.as_ref().map(|p| p.get_ref().as_str()),
            l10n,
        )?,
        providers,
    }))
}

/// Who offers an option, where, on which conditions and for whom.
fn provider(
    inputs: &Inputs<'_>,
    option: &crate::content::SupportOption,
    l10n: &Localizer<'_>,
) -> Option<Option<Provider>> {
    let t = |id: &str| l10n.text(id, &[]);
    let Some(contact) = find_contact(inputs.region, option.provider.get_ref()) else {
        return Some(None);
    };
    let mut conditions = Vec::new();
    for c in &option.conditions {
        conditions.push(t(&format!("condition-{}", c.as_str()))?);
    }
    let mut target = Vec::new();
    for id in option.target.limits(&[Audience::Child, Audience::Adult]) {
        target.push(t(&id)?);
    }
    let sheet_lang = &l10n.locale.tag;
    Some(Some(Provider {
        organisation: Text::in_lang(&contact.organisation, contact.lang.get_ref(), sheet_lang),
        location: Text::in_lang(&option.location, contact.lang.get_ref(), sheet_lang),
        conditions,
        target,
        sample: contact.sample,
    }))
}

/// The text of a block (a heading, paragraph, panel, right or kind of help), with its
/// recording when the serving locale has one of the message that resolved and it still speaks
/// this text (a stale recording is left off).
fn block(inputs: &Inputs<'_>, l10n: &Localizer<'_>, id: &str) -> Option<Text> {
    let mut text = l10n.text(id, &[])?;
    if let Some((locale, found)) = l10n.lookup(id)
        && let Some(rec) = inputs.recordings.get(&locale.tag, &found)
        && crate::recordings::text_sha256(&text.text) == rec.text_sha256
    {
        text.audio = Some(crate::recordings::Audio::of(rec));
    }
    Some(text)
}

/// Whether `section` is shown to `tier`.
fn shown_to(section: &crate::content::Section, tier: &Tier) -> bool {
    section
        .tiers
        .as_ref()
        .is_none_or(|tiers| tiers.iter().any(|t| t.get_ref() == &tier.id))
}

/// The sections of `sheet` shown to `tier`, in order.
fn shown_sections<'s>(
    sheet: &'s SheetFile,
    tier: &'s Tier,
) -> impl Iterator<Item = &'s crate::content::Section> {
    sheet.sections.iter().filter(move |s| shown_to(s, tier))
}

/// The message ids (before tier resolution) of every block `sheet` shows to `tier`, in reading
/// order: the messages a recording can be made of (see `block`).
pub fn block_message_ids(content: &Content, sheet: &SheetFile, tier: &Tier) -> Vec<String> {
    shown_sections(sheet, tier)
        .flat_map(|s| section_block_ids(content, s, tier))
        .collect()
}

/// The message ids of the blocks of one section that `tier` is shown, in reading order.
fn section_block_ids(
    content: &Content,
    section: &crate::content::Section,
    tier: &Tier,
) -> Vec<String> {
    let mut ids = vec![section.heading.get_ref().clone()];
    ids.extend(section.paragraphs.iter().map(|p| p.get_ref().clone()));
    ids.extend(section.panels.iter().map(|p| p.text.get_ref().clone()));
    for id in &section.rights {
        if let Some(r) = content
            .rights
            .iter()
            .find(|r| r.id.get_ref() == id.get_ref())
            && r.audiences.contains(&tier.audience)
        {
            ids.extend([r.title.get_ref().clone(), r.body.get_ref().clone()]);
        }
    }
    for kind in &section.support {
        if let Some(info) = content
            .support
            .iter()
            .find(|s| s.kind.get_ref() == kind.get_ref())
            && info
                .audiences
                .as_ref()
                .is_none_or(|a| a.contains(&tier.audience))
        {
            ids.extend([info.title.get_ref().clone(), info.body.get_ref().clone()]);
        }
    }
    ids
}

/// For a read-aloud script (`reads_aloud`): under each part whose section of the read sheet
/// has recordings, how many of its blocks the sheet's web page plays and by which voice; and
/// the line under the subtitle saying whether any part is recorded. `Some(None)` for other
/// sheets. The read sheet's messages are looked up apart, so they do not count as shown here.
fn audio_notes(
    inputs: &Inputs<'_>,
    l10n: &Localizer<'_>,
    sections: &mut [Section],
) -> Option<Option<Text>> {
    let Some((read, _)) = inputs
        .sheet
        .reads_aloud
        .as_ref()
        .and_then(|id| inputs.content.sheets.get(id.get_ref()))
    else {
        return Some(None);
    };
    let probe = Localizer::new(l10n.locale, l10n.reference, l10n.tier);
    let mut any = false;
    for (section, own) in sections
        .iter_mut()
        .zip(shown_sections(inputs.sheet, l10n.tier))
    {
        // A script's part reads the sheet's part of the same heading (tests/it/readaloud.rs).
        let Some(part) = shown_sections(read, l10n.tier).find(|s| s.heading == own.heading) else {
            continue;
        };
        let ids = section_block_ids(inputs.content, part, l10n.tier);
        let audio: Vec<_> = ids
            .iter()
            .filter_map(|id| block(inputs, &probe, id)?.audio)
            .collect();
        if audio.is_empty() {
            continue;
        }
        any = true;
        let voice = if audio.iter().any(|a| a.synthetic) {
            "computer"
        } else {
            "person"
        };
        let args = [
            ("recorded", FluentValue::from(audio.len())),
            ("total", FluentValue::from(ids.len())),
            ("voice", FluentValue::from(voice)),
        ];
        section.audio_note = Some(l10n.text("ra-audio-part", &args)?);
    }
    let intro = if any {
        "ra-audio-some"
    } else {
        "ra-audio-none"
    };
    Some(Some(l10n.text(intro, &[])?))
}

/// Every recording the blocks of `sections` play, in reading order.
fn sections_audio(sections: &[Section]) -> impl Iterator<Item = &crate::recordings::Audio> {
    sections.iter().flat_map(|s| {
        std::iter::once(&s.heading)
            .chain(&s.paragraphs)
            .chain(s.panels.iter().map(|p| &p.text))
            .chain(s.rights.iter().flat_map(|r| [&r.title, &r.body]))
            .chain(s.support.iter().flat_map(|k| [&k.title, &k.body]))
            .filter_map(|t| t.audio.as_ref())
    })
}

impl Sheet {
    /// Every recording the page plays, in reading order.
    pub fn audio_blocks(&self) -> Vec<&crate::recordings::Audio> {
        sections_audio(&self.sections).collect()
    }
}

fn audio_labels(l10n: &Localizer<'_>) -> Option<AudioLabels> {
    let (synthetic, synthetic_reference) = with_reference("audio-synthetic", l10n)?;
    Some(AudioLabels {
        listen: l10n.text("audio-listen", &[])?,
        synthetic,
        synthetic_reference,
    })
}

/// The labels of the interface, in the sheet's language.
fn labels(l10n: &Localizer<'_>) -> Option<Labels> {
    let t = |id: &str| l10n.text(id, &[]);
    Some(Labels {
        phone: t("ui-phone")?,
        hotline: t("ui-hotline")?,
        hours: t("ui-hours")?,
        languages: t("ui-languages")?,
        address: t("ui-address")?,
        email: t("ui-email")?,
        website: t("ui-website")?,
        services: t("ui-services")?,
        legal_basis: t("ui-legal-basis")?,
        last_verified: t("ui-last-verified")?,
        provided_by: t("ui-provided-by")?,
        location: t("ui-where")?,
        complaints: t("ui-complaints")?,
        for_whom: t("ui-for-whom")?,
        sample_contact: t("ui-sample-contact")?,
        made_with: t("ui-made-with")?,
        page: t("ui-page-label")?,
    })
}

/// The fonts a locale's text is set in, in order: its own, then the project's fallbacks.
pub fn font_list(own: &[String], fallback: &[String]) -> Vec<String> {
    let mut fonts = own.to_vec();
    for f in fallback {
        if !fonts.contains(f) {
            fonts.push(f.clone());
        }
    }
    fonts
}

fn tier_info(tier: &Tier) -> TierInfo {
    TierInfo {
        id: tier.id.clone(),
        audience: tier.audience,
        min_body_pt: tier.min_body_pt,
        template: tier.template.clone(),
        child: tier.audience == Audience::Child,
    }
}

fn mark(kind: &'static str, id: &str, short_id: &str, l10n: &Localizer<'_>) -> Option<Mark> {
    let (text, reference) = with_reference(id, l10n)?;
    let (short, short_reference) = with_reference(short_id, l10n)?;
    Some(Mark {
        kind,
        text,
        reference,
        short,
        short_reference,
    })
}

/// A message in the sheet's language, and in the reference language when that differs.
fn with_reference(id: &str, l10n: &Localizer<'_>) -> Option<(Text, Option<Text>)> {
    let text = l10n.text(id, &[])?;
    let reference = if l10n.locale.tag != l10n.reference.tag && text.lang.is_none() {
        let english = Localizer::new(l10n.reference, l10n.reference, l10n.tier);
        let t = english.text(id, &[])?;
        Some(Text {
            text: t.text,
            lang: Some(l10n.reference.tag.clone()),
            audio: None,
        })
    } else {
        None
    };
    Some((text, reference))
}

/// The call band: every contact the region marks primary for the tier's audience, with a phone.
fn call_band(inputs: &Inputs<'_>, l10n: &Localizer<'_>) -> Option<Option<CallBand>> {
    let audience = l10n.tier.audience;
    let mut contacts = Vec::new();
    for contact in &inputs.region.contacts {
        let Some(primary) = &contact.primary else {
            continue;
        };
        if !primary.audiences.contains(&audience) {
            continue;
        }
        let Some(entry) = contact_entry(contact, inputs, l10n)? else {
            continue;
        };
        let Some(phone) = entry.phone else { continue };
        contacts.push(CallContact {
            organisation: entry.organisation,
            phone,
            hours: entry.hours,
            languages: entry.languages,
            free: if primary.free {
                Some(l10n.text("call-free", &[])?)
            } else {
                None
            },
            anonymous: if primary.anonymous {
                Some(l10n.text("call-anonymous", &[])?)
            } else {
                None
            },
            sample: entry.sample,
        });
    }
    if contacts.is_empty() {
        return Some(None);
    }
    Some(Some(CallBand {
        heading: l10n.text("call-heading", &[])?,
        contacts,
    }))
}

/// Whether a right's legal basis is one the region lists as binding or guiding its countries.
fn applies(region: &RegionFile, basis: &crate::content::LegalBasis) -> bool {
    region.instruments.as_ref().is_none_or(|list| {
        list.iter()
            .any(|i| i.get_ref() == basis.instrument.get_ref())
    })
}

/// Whether `contact` offers `kind` to readers of `audience`: not when every option of that kind
/// it provides in the region leaves the audience out (an adults-only shelter on a child's sheet).
fn serves(region: &RegionFile, contact: &Contact, kind: SupportKind, audience: Audience) -> bool {
    let mut options = region
        .options
        .iter()
        .filter(|o| o.provider.get_ref() == contact.id.get_ref() && *o.kind.get_ref() == kind)
        .peekable();
    options.peek().is_none() || options.any(|o| o.target.audiences.contains(&audience))
}

fn find_contact<'r>(region: &'r RegionFile, id: &str) -> Option<&'r Contact> {
    region.contacts.iter().find(|c| c.id.get_ref() == id)
}

fn picture(inputs: &Inputs<'_>, id: Option<&str>, l10n: &Localizer<'_>) -> Option<Option<Picture>> {
    let Some(id) = id else { return Some(None) };
    let Some(p) = inputs
        .content
        .pictograms
        .iter()
        .find(|p| p.id.get_ref() == id)
    else {
        return Some(None);
    };
    let svg = inputs.content.pictogram_svgs.get(id)?;
    Some(Some(Picture {
        id: id.to_string(),
        path: format!("/pictograms/{id}.svg"),
        svg_base64: crate::base64::encode(svg),
        alt: l10n.text(p.alt.get_ref(), &[])?,
    }))
}

/// A contact as a tier's sheet lists it: `Some(None)` when none of its services serves the
/// tier's readers, so the sheet leaves it off; `None` when a message is missing.
fn contact_entry(
    contact: &Contact,
    inputs: &Inputs<'_>,
    l10n: &Localizer<'_>,
) -> Option<Option<ContactEntry>> {
    let sheet_lang = &l10n.locale.tag;
    let audience = l10n.tier.audience;
    let mut services = Vec::new();
    let shown: Vec<SupportKind> = contact
        .services
        .iter()
        .map(|s| *s.get_ref())
        .filter(|k| serves(inputs.region, contact, *k, audience))
        .collect();
    if shown.is_empty() && !contact.services.is_empty() {
        return Some(None);
    }
    for kind in shown {
        if let Some(info) = inputs
            .content
            .support
            .iter()
            .find(|i| *i.kind.get_ref() == kind)
        {
            services.push(l10n.text(info.title.get_ref(), &[])?);
        }
    }
    // Times in the locale's digits, as its counts are (Fluent writes those).
    let digits = l10n.locale.meta.digits;
    let hours = match (&contact.hours.from, &contact.hours.to) {
        (Some(from), Some(to)) => l10n.text(
            &format!("hours-{}", contact.hours.days.get_ref()),
            &[
                ("from", FluentValue::from(digits.apply(from))),
                ("to", FluentValue::from(digits.apply(to))),
            ],
        )?,
        _ => l10n.text("hours-always", &[])?,
    };
    let languages = contact
        .languages
        .iter()
        .map(|tag| {
            let tag = tag.get_ref();
            let name = inputs
                .locales
                .iter()
                .find(|l| &l.tag == tag)
                .map(|l| l.meta.endonym.clone())
                .or_else(|| inputs.language_names.get(tag).cloned())
                .unwrap_or_else(|| tag.clone());
            Text::in_lang(name, tag, sheet_lang)
        })
        .collect();
    Some(Some(ContactEntry {
        id: contact.id.get_ref().clone(),
        organisation: Text::in_lang(&contact.organisation, contact.lang.get_ref(), sheet_lang),
        services,
        phone: contact.phone.as_ref().map(|p| Phone {
            display: p.get_ref().clone(),
            tel: tel_uri(p.get_ref()),
        }),
        hotline: contact.hotline,
        hours,
        languages,
        address: contact
            .address
            .as_ref()
            .map(|a| Text::in_lang(a, contact.lang.get_ref(), sheet_lang)),
        email: contact.email.as_ref().map(|e| e.get_ref().clone()),
        website: contact.website.as_ref().map(|w| w.get_ref().clone()),
        email_parts: contact
            .email
            .as_ref()
            .map_or_else(Vec::new, |e| break_after_separators(e.get_ref())),
        website_parts: contact
            .website
            .as_ref()
            .map_or_else(Vec::new, |w| break_after_separators(w.get_ref())),
        last_verified: contact.last_verified.get_ref().to_string(),
        sample: contact.sample,
        complaints: contact.complaints,
    }))
}

/// An address cut after each `@ . / -` (runs of them stay together: `https://`).
pub fn break_after_separators(s: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        current.push(c);
        let separator = |c: char| matches!(c, '@' | '.' | '/' | '-');
        if separator(c) && !chars.peek().is_some_and(|&n| separator(n)) {
            parts.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        parts.push(current);
    }
    parts
}

/// `tel:` URI for a printed phone number: the leading `+` and the digits.
pub fn tel_uri(display: &str) -> String {
    let digits: String = display.chars().filter(|c| c.is_ascii_digit()).collect();
    if display.trim_start().starts_with('+') {
        format!("tel:+{digits}")
    } else {
        format!("tel:{digits}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_break_only_after_separators() {
        assert_eq!(
            break_after_separators("help@hotline.example.org"),
            ["help@", "hotline.", "example.", "org"]
        );
        assert_eq!(
            break_after_separators("https://legal-aid.example.org/"),
            ["https://", "legal-", "aid.", "example.", "org/"]
        );
        assert_eq!(break_after_separators("plain"), ["plain"]);
    }

    #[test]
    fn tel_uri_keeps_plus_and_digits() {
        assert_eq!(tel_uri("+44 20 7946 0123"), "tel:+442079460123");
        assert_eq!(tel_uri("1300 975 707"), "tel:1300975707");
    }
}
