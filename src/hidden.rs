//! Characters that change how text is shown without being seen: bidirectional controls, which
//! can make a phone number or an address display as something other than what it is, and
//! invisible characters, which make two different strings look the same.

/// What a hidden character does, for the message that refuses it.
pub fn hidden_kind(c: char) -> Option<&'static str> {
    match c {
        '\u{202D}' | '\u{202E}' => Some("a bidirectional override, which shows text in reverse"),
        '\u{061C}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{202A}'..='\u{202C}'
        | '\u{2066}'..='\u{2069}' => {
            Some("a bidirectional control, which can change the order text is shown in")
        }
        '\u{00AD}'
        | '\u{034F}'
        | '\u{115F}'
        | '\u{1160}'
        | '\u{17B4}'
        | '\u{17B5}'
        | '\u{180B}'..='\u{180E}'
        | '\u{200B}'
        | '\u{2060}'..='\u{2064}'
        | '\u{3164}'
        | '\u{FFA0}'
        | '\u{FEFF}'
        | '\u{E0000}'..='\u{E007F}' => {
            Some("an invisible character, which makes different text look the same")
        }
        c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => Some("a control character"),
        _ => None,
    }
}

/// Which hidden characters a kind of file may carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allow {
    /// Content, project, locale and template files: none at all.
    Nothing,
    /// Fluent messages: a translator may need directional marks, embeddings and isolates to
    /// place punctuation in right-to-left text, and zero-width spaces, word joiners and soft
    /// hyphens to mark where Thai, Khmer, Lao or Burmese lines may (not) break; never an
    /// override, which reverses what it covers.
    MessageFormatting,
}

/// A hidden character found in a file: where it is written and which character it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Byte range that writes it (the character itself, or a `\uXXXX` escape).
    pub range: std::ops::Range<usize>,
    pub char: char,
    pub kind: &'static str,
}

/// The first hidden character in `text` that `allow` does not permit, written as itself or as
/// a `\uXXXX` / `\UXXXXXXXX` escape (TOML and Fluent strings both have these).
pub fn find_hidden(text: &str, allow: Allow) -> Option<Found> {
    let permitted = |c: char| {
        allow == Allow::MessageFormatting
            && matches!(
                c,
                '\u{061C}'
                    | '\u{200E}'
                    | '\u{200F}'
                    | '\u{202A}'..='\u{202C}'
                    | '\u{2066}'..='\u{2069}'
                    | '\u{200B}'
                    | '\u{2060}'
                    | '\u{00AD}'
            )
    };
    let mut backslashes = 0usize;
    for (i, c) in text.char_indices() {
        if c == '\\' {
            backslashes += 1;
            continue;
        }
        let escaped = backslashes % 2 == 1;
        backslashes = 0;
        let (range, c) = match c {
            'u' | 'U' if escaped => {
                let digits = if c == 'u' { 4 } else { 8 };
                let hex: String = text[i + 1..].chars().take(digits).collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(decoded) if hex.len() == digits => (i - 1..i + 1 + digits, decoded),
                    _ => continue,
                }
            }
            _ => (i..i + c.len_utf8(), c),
        };
        if permitted(c) || c == '\u{FEFF}' && i == 0 {
            continue;
        }
        if let Some(kind) = hidden_kind(c) {
            return Some(Found {
                range,
                char: c,
                kind,
            });
        }
    }
    None
}

/// `text` with every hidden character replaced by a visible stand-in of the same length in
/// bytes, so that a terminal shows it instead of obeying it and byte offsets stay valid.
pub fn defuse(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && hidden_kind(c).is_some()) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\n' || hidden_kind(c).is_none() {
            out.push(c);
            continue;
        }
        match c.len_utf8() {
            1 => out.push('?'),
            2 => out.push('¿'),
            3 => out.push('\u{FFFD}'),
            _ => out.push_str("\u{FFFD}?"),
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_marks_and_invisibles_are_found_raw_and_escaped() {
        let found = find_hidden("name = \"Help\u{202E}Line\"", Allow::Nothing).unwrap();
        assert_eq!((found.range, found.char), (12..15, '\u{202E}'));
        let found = find_hidden(r#"name = "Help\u200BLine""#, Allow::Nothing).unwrap();
        assert_eq!((found.range, found.char), (12..18, '\u{200B}'));
        assert_eq!(find_hidden(r#"path = "C:\\u200B""#, Allow::Nothing), None);
        assert!(find_hidden("a = b\u{200F}", Allow::MessageFormatting).is_none());
        assert!(find_hidden("a = b\u{202E}", Allow::MessageFormatting).is_some());
        assert!(find_hidden("a = b\u{200F}", Allow::Nothing).is_some());
        assert!(find_hidden("a = ก\u{200B}ข", Allow::MessageFormatting).is_none());
        assert!(find_hidden("a = ก\u{200B}ข", Allow::Nothing).is_some());
    }

    #[test]
    fn joiners_that_scripts_need_are_not_hidden() {
        // Persian needs the zero-width non-joiner, Indic scripts the joiner.
        assert_eq!(
            find_hidden("می\u{200C}توانید ক্\u{200D}ষ", Allow::Nothing),
            None
        );
    }

    #[test]
    fn defused_text_keeps_its_byte_offsets() {
        let text = "a\u{1b}[31m b\u{202E}c \u{85}d\n";
        let defused = defuse(text);
        assert_eq!(defused.len(), text.len());
        assert!(
            !defused
                .chars()
                .any(|c| c != '\n' && hidden_kind(c).is_some())
        );
        assert_eq!(defused, "a?[31m b\u{FFFD}c ¿d\n");
    }
}
