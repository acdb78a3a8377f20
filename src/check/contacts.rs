//! Referral contacts: phone numbers, web addresses, how recently they were checked, hours, languages.

use super::Finding;
use crate::config::Config;
use crate::content::Content;
use crate::diag::Diagnostic;
use crate::render::pdf::Date;

/// Days since 1970-01-01 of a civil date (Howard Hinnant's days-from-civil).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Whether `phone` is a valid number in international (E.164) form.
pub fn phone_ok(phone: &str) -> Result<(), String> {
    if !phone.trim_start().starts_with('+') {
        return Err("it does not start with + and a country code".into());
    }
    match phonenumber::parse(None, phone) {
        Ok(number) if phonenumber::is_valid(&number) => Ok(()),
        Ok(_) => Err("no such number exists in its country's numbering plan".into()),
        Err(e) => Err(e.to_string()),
    }
}

/// Checks every contact of every region.
pub fn check(config: &Config, content: &Content, today: Date, out: &mut Vec<Finding>) {
    let max_age = i64::from(config.file.check.contact_max_age_days);
    let today_days = days_from_civil(
        i64::from(today.year),
        u32::from(today.month),
        u32::from(today.day),
    );
    for (region, origin) in content.regions.values() {
        for c in &region.contacts {
            let id = c.id.get_ref();
            if let Some(phone) = &c.phone
                && let Err(why) = phone_ok(phone.get_ref())
            {
                out.push(Finding::new(
                    origin
                        .error_at(
                            phone,
                            format!(
                                "contact `{id}`: `{}` is not a valid phone number ({why})",
                                phone.get_ref()
                            ),
                        )
                        .with_code("phone-invalid")
                        .with_hint("write it in international (E.164) form: + country code, then the number, e.g. +44 20 7946 0100"),
                    None,
                ));
            }
            if let Some(web) = &c.website {
                let url = web.get_ref();
                let rest = url.strip_prefix("https://");
                let host_ok = rest.is_some_and(|r| {
                    let host = r.split(['/', '?', '#']).next().unwrap_or("");
                    host.contains('.') && !host.contains(char::is_whitespace)
                });
                if !host_ok {
                    let scheme = url.split(':').next().unwrap_or("");
                    let hint = match scheme {
                        "tel" => "a phone number belongs in `phone`, not `website`",
                        "mailto" => "an e-mail address belongs in `email`, not `website`",
                        "http" => {
                            "use the https:// address; readers must not be sent to an unencrypted page"
                        }
                        _ => "write the full address, starting with https://",
                    };
                    out.push(Finding::new(
                        origin
                            .error_at(
                                web,
                                format!("contact `{id}`: `{url}` is not an https:// web address"),
                            )
                            .with_code("url-scheme")
                            .with_hint(hint),
                        None,
                    ));
                }
            }
            if let Some(date) = c.last_verified.get_ref().date {
                let days = days_from_civil(
                    i64::from(date.year),
                    u32::from(date.month),
                    u32::from(date.day),
                );
                let age = today_days - days;
                let span = c.last_verified.span();
                if age > max_age {
                    out.push(Finding::new(
                        Diagnostic::warning(format!(
                            "contact `{id}` was last verified {age} days ago (more than {max_age})"
                        ))
                        .at(&origin.path, &origin.text, span)
                        .with_code("contact-stale")
                        .with_hint("call or write to the service to confirm the details, then update `last_verified`; the limit is [check] contact_max_age_days in infosheet.toml"),
                        None,
                    ));
                } else if age < 0 {
                    out.push(Finding::new(
                        Diagnostic::warning(format!(
                            "contact `{id}`: last_verified {} is in the future",
                            c.last_verified.get_ref()
                        ))
                        .at(&origin.path, &origin.text, span)
                        .with_code("contact-stale")
                        .with_hint("write the date you checked the contact"),
                        None,
                    ));
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
                out.push(Finding::new(
                    Diagnostic::warning(format!("contact `{id}` lists no languages spoken"))
                        .at(&origin.path, &origin.text, span)
                        .with_code("contact-missing-languages")
                        .with_hint("add `languages = [\"en\", …]`: readers need to know whether they will be understood"),
                    None,
                ));
            }
        }
    }
}

/// A content-loading error, with the code of the check it belongs to.
pub fn classify_content_error(d: Diagnostic) -> Diagnostic {
    let in_region = d
        .file
        .as_ref()
        .is_some_and(|p| p.components().any(|c| c.as_os_str() == "regions"));
    if in_region && d.message.contains("missing field `hours`") {
        return d
            .with_code("contact-missing-hours")
            .with_hint("add opening hours, e.g. `hours = { days = \"mon-fri\", from = \"09:00\", to = \"17:00\" }` or `hours = { days = \"every-day\" }` for 24 hours");
    }
    if in_region && d.message.contains("missing field `languages`") {
        return d.with_code("contact-missing-languages").with_hint(
            "add `languages = [\"en\", …]`: readers need to know whether they will be understood",
        );
    }
    d.with_code("content")
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
    }

    #[test]
    fn days_between_dates() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(
            days_from_civil(2026, 11, 1) - days_from_civil(2025, 11, 1),
            365
        );
        assert_eq!(
            days_from_civil(2024, 3, 1) - days_from_civil(2024, 2, 1),
            29
        );
    }
}
