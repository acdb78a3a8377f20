//! The rules for every field of a referral contact: what it shows must be what it dials, opens
//! or writes to, and it must say when it answers, in which languages, and how recently that
//! was checked.

use crate::config::Config;
use crate::content::{Contact, Origin, Ref, RegionFile};
use crate::date::Date;
use crate::diag::{Code, Diagnostic};
use crate::locales::parse_tag;

/// Every rule over every contact of `region`. `today` enables the staleness rule.
pub fn check(
    config: &Config,
    region: &RegionFile,
    origin: &Origin,
    today: Option<Date>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for c in &region.contacts {
        if !ids.insert(c.id.get_ref().as_str()) {
            out.push(
                origin
                    .error_at(
                        &c.id,
                        format!("contact id `{}` is used twice", c.id.get_ref()),
                    )
                    .with_code(Code::Content),
            );
        }
        languages(config, c, origin, &mut out);
        if let Some(phone) = &c.phone {
            out.extend(phone_rule(&c.id, phone, origin));
        }
        if let Some(web) = &c.website {
            out.extend(website_rule(&c.id, web, origin));
        }
        if let Some(email) = &c.email {
            out.extend(email_rule(email, origin));
        }
        hours(c, origin, &mut out);
        if let Some(today) = today {
            out.extend(staleness(config, c, origin, today));
        }
    }
    for option in &region.options {
        if !region
            .contacts
            .iter()
            .any(|c| c.id.get_ref() == option.provider.get_ref())
        {
            out.push(
                origin
                    .error_at(
                        &option.provider,
                        format!("unknown contact `{}`", option.provider.get_ref()),
                    )
                    .with_code(Code::Content)
                    .with_hint("the provider must be the id of a [[contact]] in this region"),
            );
        }
    }
    out
}

/// Whether `phone` is a valid number in international (E.164) form, written only with digits,
/// spaces and hyphens after the `+`, so what is shown is what is dialled.
pub fn phone_ok(phone: &str) -> Result<(), String> {
    let Some(rest) = phone.strip_prefix('+') else {
        return Err("it does not start with + and a country code".into());
    };
    if let Some(bad) = rest
        .chars()
        .find(|c| !(c.is_ascii_digit() || *c == ' ' || *c == '-'))
    {
        return Err(match bad {
            '(' | ')' => "a trunk prefix in brackets, such as (0), is not dialled from abroad and misleads from home; leave it out".into(),
            _ => format!("`{bad}` is not a digit, space or hyphen"),
        });
    }
    match phonenumber::parse(None, phone) {
        Ok(number) if phonenumber::is_valid(&number) => Ok(()),
        Ok(_) => Err("no such number exists in its country's numbering plan".into()),
        Err(e) => Err(e.to_string()),
    }
}

fn phone_rule(id: &Ref, phone: &Ref, origin: &Origin) -> Option<Diagnostic> {
    let why = phone_ok(phone.get_ref()).err()?;
    Some(
        origin
            .error_at(
                phone,
                format!(
                    "contact `{}`: `{}` is not a valid phone number ({why})",
                    id.get_ref(),
                    phone.get_ref()
                ),
            )
            .with_code(Code::PhoneInvalid)
            .with_hint("write it in international (E.164) form: + country code, then the number, e.g. +44 20 7946 0100"),
    )
}

/// An https address with a host that has a dot, no user name before it, and no character a
/// URL may not contain as such.
pub fn website_ok(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    authority.contains('.')
        && !authority.contains('@')
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "\"'<>\\^`{|}".contains(c))
}

fn website_rule(id: &Ref, web: &Ref, origin: &Origin) -> Option<Diagnostic> {
    let url = web.get_ref();
    if website_ok(url) {
        return None;
    }
    let scheme = url.split(':').next().unwrap_or("");
    let authority = url
        .strip_prefix("https://")
        .map(|r| r.split(['/', '?', '#']).next().unwrap_or(""));
    let hint = match scheme {
        "tel" => "a phone number belongs in `phone`, not `website`",
        "mailto" => "an e-mail address belongs in `email`, not `website`",
        "http" => "use the https:// address; readers must not be sent to an unencrypted page",
        "https" if authority.is_some_and(|a| a.contains('@')) => {
            "a name before `@` in an address hides where it really goes; write only the host"
        }
        "https" => "write it as https://host/path, without spaces, quotes or brackets",
        _ => "write the full address, starting with https://",
    };
    Some(
        origin
            .error_at(
                web,
                format!(
                    "contact `{}`: `{url}` is not an https:// web address",
                    id.get_ref()
                ),
            )
            .with_code(Code::UrlScheme)
            .with_hint(hint),
    )
}

/// `name@host.tld`, with nothing a mail program would read as more than one address or as
/// extra fields (`?bcc=`).
pub fn email_ok(email: &str) -> bool {
    email
        .split_once('@')
        .is_some_and(|(local, host)| !local.is_empty() && host.contains('.') && !host.contains('@'))
        && !email
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>\"':;,?&=%/\\".contains(c))
}

fn email_rule(email: &Ref, origin: &Origin) -> Option<Diagnostic> {
    (!email_ok(email.get_ref())).then(|| {
        origin
            .error_at(
                email,
                format!("`{}` is not an email address", email.get_ref()),
            )
            .with_code(Code::Content)
            .with_hint("write one address, name@host.example, with nothing after it")
    })
}

/// The contact's own language and the languages it speaks: canonical tags with a known name.
fn languages(config: &Config, c: &Contact, origin: &Origin, out: &mut Vec<Diagnostic>) {
    for tag in std::iter::once(&c.lang).chain(&c.languages) {
        match parse_tag(tag.get_ref()) {
            Err(msg) => out.push(origin.error_at(tag, msg).with_code(Code::Content)),
            Ok(id) if id.to_string() != *tag.get_ref() => out.push(
                origin
                    .error_at(tag, format!("`{}` is not in canonical form", tag.get_ref()))
                    .with_code(Code::Content)
                    .with_hint(format!("write `{id}`")),
            ),
            Ok(_) => {}
        }
    }
    for tag in &c.languages {
        let known = config
            .file
            .locales
            .iter()
            .any(|l| l.get_ref() == tag.get_ref())
            || config.file.language_names.contains_key(tag.get_ref());
        if !known {
            out.push(
                origin
                    .error_at(
                        tag,
                        format!("no name is known for language `{}`", tag.get_ref()),
                    )
                    .with_code(Code::Content)
                    .with_hint(
                        "add it to [language_names] in infosheet.toml, written in its own script",
                    ),
            );
        }
    }
    if c.languages.is_empty() {
        // Point at `languages` of this contact if it can be found, else at its id.
        let from = c.id.span().start;
        let next = origin.text[from..]
            .find("[[")
            .map_or(origin.text.len(), |n| from + n);
        let span = origin.text[from..next]
            .find("languages")
            .map_or(c.id.span(), |i| from + i..from + i + "languages".len());
        out.push(
            Diagnostic::warning(format!("contact `{}` lists no languages spoken", c.id.get_ref()))
                .at(&origin.path, &origin.text, span)
                .with_code(Code::ContactMissingLanguages)
                .with_hint("add `languages = [\"en\", …]`: readers need to know whether they will be understood"),
        );
    }
}

/// Known days, `HH:MM` times, and both ends or neither.
fn hours(c: &Contact, origin: &Origin, out: &mut Vec<Diagnostic>) {
    let days = c.hours.days.get_ref();
    if !matches!(days.as_str(), "every-day" | "mon-fri" | "mon-sat") {
        out.push(
            origin
                .error_at(&c.hours.days, format!("unknown days `{days}`"))
                .with_code(Code::Content)
                .with_hint("use every-day, mon-fri or mon-sat"),
        );
    }
    for t in [&c.hours.from, &c.hours.to].into_iter().flatten() {
        if !is_clock_time(t) {
            // `from` and `to` carry no position of their own: find the quoted value after
            // `days`, in the same `hours` table.
            let days = c.hours.days.span();
            let quoted = format!("\"{t}\"");
            let span = origin
                .text
                .get(days.start..)
                .and_then(|rest| rest.find(&quoted))
                .filter(|&i| i < 400)
                .map_or(days.clone(), |i| {
                    let start = days.start + i + 1;
                    start..start + t.len()
                });
            out.push(
                Diagnostic::error(format!("`{t}` is not a time of day (HH:MM)"))
                    .at(&origin.path, &origin.text, span)
                    .with_code(Code::Content),
            );
        }
    }
    if c.hours.from.is_some() != c.hours.to.is_some() {
        out.push(
            origin
                .error_at(
                    &c.hours.days,
                    "give both `from` and `to`, or neither (open 24 hours)",
                )
                .with_code(Code::Content),
        );
    }
}

/// `last_verified` older than the project allows, or in the future.
fn staleness(config: &Config, c: &Contact, origin: &Origin, today: Date) -> Option<Diagnostic> {
    let id = c.id.get_ref();
    let date = c.last_verified.get_ref().date?;
    let verified = crate::date::days_from_civil(
        i64::from(date.year),
        u32::from(date.month),
        u32::from(date.day),
    );
    let age = today.days_since_epoch() - verified;
    let max_age = i64::from(config.file.check.contact_max_age_days);
    let span = c.last_verified.span();
    let d = if age > max_age {
        Diagnostic::warning(format!(
            "contact `{id}` was last verified {age} days ago (more than {max_age})"
        ))
        .with_hint("call or write to the service to confirm the details, then update `last_verified`; the limit is [check] contact_max_age_days in infosheet.toml")
    } else if age < 0 {
        Diagnostic::warning(format!(
            "contact `{id}`: last_verified {} is in the future",
            c.last_verified.get_ref()
        ))
        .with_hint("write the date you checked the contact")
    } else {
        return None;
    };
    Some(
        d.at(&origin.path, &origin.text, span)
            .with_code(Code::ContactStale),
    )
}

fn is_clock_time(t: &str) -> bool {
    let Some((h, m)) = t.split_once(':') else {
        return false;
    };
    h.len() == 2
        && m.len() == 2
        && h.parse::<u8>().is_ok_and(|h| h < 24)
        && m.parse::<u8>().is_ok_and(|m| m < 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ofcom_drama_numbers_are_valid_and_junk_is_not() {
        for ok in ["+44 20 7946 0100", "+44 161 496 0550", "+44 117 496 0450"] {
            assert_eq!(phone_ok(ok), Ok(()), "{ok}");
        }
        assert!(phone_ok("020 7946 0100").is_err(), "national form");
        assert!(phone_ok("+44 12").is_err());
        assert!(phone_ok("+999 123 456").is_err());
        assert!(phone_ok("+44 (0)20 7946 0100").is_err(), "trunk prefix");
    }

    #[test]
    fn websites_are_https_without_userinfo() {
        assert!(website_ok("https://hotline.example.org/"));
        assert!(website_ok("https://example.org/a?b=c#d"));
        assert!(!website_ok("http://example.org/"));
        assert!(!website_ok("https://trusted.example@other.example/"));
        assert!(!website_ok("https://localhost/"));
        assert!(!website_ok("https://example.org/a b"));
    }

    #[test]
    fn email_addresses_carry_no_query() {
        assert!(email_ok("help@hotline.example.org"));
        assert!(!email_ok("help@hotline.example.org?bcc=x@y.example"));
        assert!(!email_ok("a@b@c.example"));
        assert!(!email_ok("nobody"));
    }
}
