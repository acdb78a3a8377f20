//! The digits a locale writes counts and times in (`digits` in `locale.toml`), and the separator
//! of the lists the sheets join (`list_separator`). Phone numbers never use these: they are shown
//! in the ASCII digits that dial, isolated left to right, by the templates.

use serde::{Deserialize, Serialize};

/// A decimal digit system.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Digits {
    /// 0123456789
    #[default]
    Latin,
    /// ٠١٢٣٤٥٦٧٨٩ (U+0660…), as Arabic writes them.
    Arabic,
    /// ۰۱۲۳۴۵۶۷۸۹ (U+06F0…), as Persian and Urdu write them.
    ArabicExtended,
}

impl Digits {
    /// The code point of this system's zero.
    fn zero(self) -> u32 {
        match self {
            Digits::Latin => '0' as u32,
            Digits::Arabic => 0x0660,
            Digits::ArabicExtended => 0x06F0,
        }
    }

    /// `s` with its ASCII digits written in this system; every other character unchanged.
    pub fn apply(self, s: &str) -> String {
        s.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if c.is_ascii_digit() => char::from_u32(self.zero() + d).unwrap_or(c),
                _ => c,
            })
            .collect()
    }

    /// Typst's numbering pattern that counts in this system (page numbers).
    pub fn typst_numbering(self) -> &'static str {
        match self {
            Digits::Latin => "1",
            Digits::Arabic => "\u{661}",
            Digits::ArabicExtended => "\u{6f1}",
        }
    }

    /// Whether `c` is a decimal digit of a system other than this one (of the three above).
    pub fn is_foreign_digit(self, c: char) -> bool {
        [Digits::Latin, Digits::Arabic, Digits::ArabicExtended]
            .into_iter()
            .filter(|&d| d != self)
            .any(|d| (d.zero()..d.zero() + 10).contains(&(c as u32)))
    }
}

/// Fluent formatters: numbers placed in a message (counts) come out in the locale's digits.
/// Fluent takes a plain function, so there is one per digit system.
pub fn formatter<M>(
    digits: Digits,
) -> Option<fn(&fluent_bundle::FluentValue, &M) -> Option<String>> {
    fn arabic<M>(v: &fluent_bundle::FluentValue, _: &M) -> Option<String> {
        number(v).map(|n| Digits::Arabic.apply(&n))
    }
    fn extended<M>(v: &fluent_bundle::FluentValue, _: &M) -> Option<String> {
        number(v).map(|n| Digits::ArabicExtended.apply(&n))
    }
    match digits {
        Digits::Latin => None,
        Digits::Arabic => Some(arabic::<M>),
        Digits::ArabicExtended => Some(extended::<M>),
    }
}

fn number(v: &fluent_bundle::FluentValue) -> Option<String> {
    match v {
        fluent_bundle::FluentValue::Number(n) => Some(n.as_string().into_owned()),
        _ => None,
    }
}

/// The list separator when a locale names none.
pub fn default_list_separator() -> String {
    ", ".to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_written_in_the_locale_system_and_nothing_else_changes() {
        assert_eq!(Digits::ArabicExtended.apply("08:00–20:00"), "۰۸:۰۰–۲۰:۰۰");
        assert_eq!(Digits::Arabic.apply("6"), "٦");
        assert_eq!(Digits::Latin.apply("24 h"), "24 h");
        assert_eq!(Digits::ArabicExtended.apply("سازمان ۲۴"), "سازمان ۲۴");
    }

    #[test]
    fn foreign_digits_are_those_of_the_other_systems() {
        assert!(Digits::ArabicExtended.is_foreign_digit('6'));
        assert!(Digits::ArabicExtended.is_foreign_digit('٦'));
        assert!(!Digits::ArabicExtended.is_foreign_digit('۶'));
        assert!(!Digits::Latin.is_foreign_digit('6'));
    }

    #[test]
    fn a_count_placed_in_a_persian_message_uses_persian_digits() {
        use fluent_bundle::concurrent::FluentBundle;
        use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
        let langid: unic_langid::LanguageIdentifier = "fa".parse().unwrap();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(formatter(Digits::ArabicExtended));
        let res = FluentResource::try_new(
            "n = { $count ->\n    [one] { $count } سازمان\n   *[other] { $count } سازمان\n}\n"
                .to_string(),
        )
        .unwrap();
        bundle.add_resource(res).unwrap();
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(6));
        let msg = bundle.get_message("n").unwrap();
        let mut errors = vec![];
        let text = bundle.format_pattern(msg.value().unwrap(), Some(&args), &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(text, "۶ سازمان");
    }
}
