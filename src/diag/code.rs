//! The stable codes naming each kind of problem: scripts and CI may rely on them.

macro_rules! codes {
    ($($variant:ident = $name:literal : $what:literal,)*) => {
        /// A kind of problem. Written in kebab case (`missing-message`) in text and JSON output.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $($variant,)*
        }

        impl Code {
            /// Every code, in the order README lists them.
            pub const ALL: &[Code] = &[$(Code::$variant,)*];

            /// The code as written in output, e.g. `missing-message`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }

            /// What the code means, in one line.
            pub fn description(self) -> &'static str {
                match self {
                    $(Code::$variant => $what,)*
                }
            }
        }
    };
}

codes! {
    ProjectFile = "project-file": "infosheet.toml cannot be read or is inconsistent",
    Content = "content": "a content file is malformed or refers to something that does not exist",
    Template = "template": "a template cannot be read or does not render",
    FtlSyntax = "ftl-syntax": "a .ftl file has a Fluent syntax error",
    SelectNoDefault = "select-no-default": "a select expression has no default (*) variant",
    DuplicateMessage = "duplicate-message": "a message is defined twice in one locale",
    UndefinedMessage = "undefined-message": "the content names a message the reference locale lacks",
    MissingMessage = "missing-message": "a message a sheet needs is missing in a locale (the reference text is shown)",
    MissingVariant = "missing-variant": "the reference has wording for a tier that the locale lacks (it shows more general wording)",
    ObsoleteMessage = "obsolete-message": "no sheet, content file or the catalogue uses the message",
    VariableUnknown = "variable-unknown": "a message uses a variable infosheet never passes to it",
    VariableMissing = "variable-missing": "a translation leaves out a variable the reference text uses",
    PluralCategories = "plural-categories": "a select over a number lacks a CLDR plural category of the language",
    PluralCategoryUnused = "plural-category-unused": "a select over a number has a category the language never uses",
    UnresolvedReference = "unresolved-reference": "a message refers to a message or term its locale does not define",
    MessageFormat = "message-format": "a message cannot be formatted (a cycle between messages, a runaway expansion)",
    PhoneInvalid = "phone-invalid": "a contact's phone number is not a valid international (E.164) number",
    UrlScheme = "url-scheme": "a web address is not https://",
    ContactStale = "contact-stale": "a contact was last verified too long ago (or in the future)",
    ContactMissingHours = "contact-missing-hours": "a contact has no opening hours",
    ContactMissingLanguages = "contact-missing-languages": "a contact lists no languages spoken",
    LocaleTag = "locale-tag": "a language tag is invalid, not canonical or deprecated",
    LocaleFolder = "locale-folder": "a listed locale has no folder",
    LocaleUnlisted = "locale-unlisted": "a locale folder is not listed in infosheet.toml",
    LocaleMeta = "locale-meta": "locale.toml cannot be read",
    LocaleMetaIncomplete = "locale-meta-incomplete": "locale.toml still has a placeholder",
    LocaleScript = "locale-script": "the script code is malformed or does not fit the language tag",
    LocaleDirection = "locale-direction": "the writing direction does not fit the script",
    FontFile = "font-file": "a file in fonts/ cannot be read",
    FontUnknown = "font-unknown": "a font named in locale.toml or infosheet.toml is not in fonts/",
    FontCoverage = "font-coverage": "none of a locale's fonts covers its script",
    FontMissingGlyph = "font-missing-glyph": "a character in a message has no glyph in any font",
    SentenceTooLong = "sentence-too-long": "a sentence has more words than its tier allows",
    OutputLocked = "output-locked": "another build is writing to the same output folder",
    StaffLanguage = "staff-language": "a region's staff language is not a locale of the project",
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_kebab_case() {
        let mut seen = std::collections::BTreeSet::new();
        for code in Code::ALL {
            let name = code.as_str();
            assert!(seen.insert(name), "{name} twice");
            assert!(
                name.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{name}"
            );
            assert!(!code.description().is_empty());
        }
        assert_eq!(seen.len(), Code::ALL.len());
    }
}
