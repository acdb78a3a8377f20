//! Pseudo-locales: the reference messages, transformed, to show overflow and hard-coded text.
//!
//! `build --pseudo accented` builds every edition in `en-XA`: each letter that comes from a
//! Fluent message is accented (fluent-pseudo) and the text is about 40% longer, so text that
//! overflows its box, and text that does not come from a message, stands out.
//! `build --pseudo bidi` builds `ar-XB`: the same text shown right to left, each message's
//! text mirrored (wrapped in RIGHT-TO-LEFT OVERRIDE), on a right-to-left page, so layout that
//! assumes left-to-right stands out. Values that are data (phone numbers, addresses,
//! organisation names) are not transformed: they never pass through Fluent.

use std::borrow::Cow;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use unic_langid::LanguageIdentifier;

use crate::error::{Error, Result};
use crate::locales::load::ftl_paths;
use crate::locales::{Direction, Locale};
use crate::project::Project;
use crate::source;

/// A pseudo-locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Pseudo {
    /// `en-XA`: accented, ~40% longer.
    Accented,
    /// `ar-XB`: accented, ~40% longer, mirrored, on right-to-left pages.
    Bidi,
}

/// How much longer pseudo-localized text is made (fluent-pseudo doubles some vowels; the
/// rest is padding).
pub const LENGTHEN: f64 = 0.4;

/// Right-to-left override and pop directional formatting.
const RLO: char = '\u{202E}';
const PDF: char = '\u{202C}';

impl Pseudo {
    /// The locale tag the editions are built under (the conventional pseudo-locale tags).
    pub fn tag(self) -> &'static str {
        match self {
            Self::Accented => "en-XA",
            Self::Bidi => "ar-XB",
        }
    }

    /// The transform set on the Fluent bundle.
    pub fn transform(self) -> fn(&str) -> Cow<'_, str> {
        match self {
            Self::Accented => accented,
            Self::Bidi => bidi,
        }
    }

    fn direction(self) -> Direction {
        match self {
            Self::Accented => Direction::Ltr,
            Self::Bidi => Direction::Rtl,
        }
    }
}

/// Accents every ASCII letter and lengthens the text by about 40%.
pub fn accented(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c.is_ascii_alphabetic()) {
        return Cow::Borrowed(s);
    }
    let original = s.chars().count();
    let mut out = fluent_pseudo::transform(s, false, true).into_owned();
    let target = (original as f64 * (1.0 + LENGTHEN)).round() as usize;
    let now = out.chars().count();
    if now < target {
        // Padding inside the text, before trailing spaces, so joins with placeables stay.
        let trimmed = out.trim_end().len();
        let tail = out.split_off(trimmed);
        out.extend(std::iter::repeat_n('·', target - now));
        out.push_str(&tail);
    }
    Cow::Owned(out)
}

/// Like [`accented`], then mirrored: shown right to left whatever the page direction.
pub fn bidi(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c.is_ascii_alphabetic()) {
        return Cow::Borrowed(s);
    }
    let inner = accented(s);
    let lead = inner.len() - inner.trim_start().len();
    let trail = inner.trim_end().len();
    let (start, body, end) = (&inner[..lead], &inner[lead..trail], &inner[trail..]);
    Cow::Owned(format!("{start}{RLO}{body}{PDF}{end}"))
}

/// Adds the pseudo-locale to the project and makes it the only locale built, and the reference.
pub fn install(project: &mut Project, pseudo: Pseudo) -> Result<()> {
    let tag = pseudo.tag();
    let langid: LanguageIdentifier = tag
        .parse()
        .map_err(|e| Error::Usage(format!("pseudo-locale tag {tag}: {e}")))?;
    let reference = project.reference();
    let mut bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
    bundle.set_use_isolating(false);
    bundle.set_transform(Some(pseudo.transform()));
    for path in ftl_paths(&reference.dir) {
        let text = source::read_text(&path)?;
        let resource = FluentResource::try_new(text.to_string()).map_err(|_| {
            Error::Usage(format!(
                "{}: the reference locale has syntax errors; run `infosheet check`",
                path.display()
            ))
        })?;
        // The reference locale loaded without duplicates, so this cannot clash.
        let _ = bundle.add_resource(resource);
    }
    let mut meta = reference.meta.clone();
    let name = format!(
        "{} (pseudo-locale, {})",
        meta.english_name,
        match pseudo {
            Pseudo::Accented => "accented",
            Pseudo::Bidi => "bidi",
        }
    );
    // Both names transformed: the catalogue shows them, and they are not data.
    meta.endonym = pseudo.transform()(&name).into_owned();
    meta.english_name = meta.endonym.clone();
    meta.direction = pseudo.direction();
    meta.translator = "fluent-pseudo".into();
    // A pseudo-locale is not a translation: no draft mark (it would add untransformed text).
    meta.reviewed = true;
    let locale = Locale {
        tag: tag.to_string(),
        langid,
        meta,
        bundle,
        messages: reference.messages.clone(),
        dir: reference.dir.clone(),
    };
    project.locales.retain(|l| l.tag != tag);
    project.locales.push(locale);
    project.config.file.locales = vec![toml::Spanned::new(0..0, tag.to_string())];
    // The pseudo-locale is also the reference for this build: notices are not repeated in the
    // reference language, and the catalogue page is pseudo-localized too, so no text of the
    // build escapes the transform.
    project.config.file.reference_locale = toml::Spanned::new(0..0, tag.to_string());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_text_is_about_forty_percent_longer() {
        let s = "You can call these people. It is free.";
        let t = accented(s);
        let ratio = t.chars().count() as f64 / s.chars().count() as f64;
        assert!((1.35..=1.45).contains(&ratio), "{t} ({ratio})");
        assert!(
            !t.chars().any(|c| "bcdfghjklmnpqrstvwxyz".contains(c)),
            "{t}"
        );
        assert_eq!(accented(" – "), " – ", "text without letters is left alone");
        assert!(accented(" services ").starts_with(' ') && accented(" services ").ends_with(' '));
    }

    #[test]
    fn bidi_text_is_mirrored() {
        let t = bidi(" services can help.");
        assert!(t.starts_with(" \u{202E}"), "{t:?}");
        assert!(t.ends_with('\u{202C}'), "{t:?}");
    }
}
