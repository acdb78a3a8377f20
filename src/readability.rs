//! Readability lint: sentence length in words, per age tier, in any script.
//!
//! Words are counted with ICU4X word segmentation (the same `icu_segmenter` typst uses to
//! break lines), so languages written without spaces between words — Thai, Lao, Khmer,
//! Burmese, Chinese — are measured in words, not in space-separated runs.

use icu_segmenter::WordSegmenter;
use icu_segmenter::options::WordBreakInvariantOptions;

/// Scripts that mark the end of a sentence with a space rather than a full stop.
pub const SPACE_ENDS_SENTENCE: &[&str] = &["Thai", "Laoo"];

/// Characters that end a sentence wherever they stand.
const ALWAYS_FINAL: &[char] = &[
    '。', '！', '？', '।', '॥', '។', '៕', '။', '؟', '۔', '\u{0F0D}', '፧', '።',
];

/// Characters that end a sentence when followed by a space or the end of the text
/// (so that `example.org` and `6.2` stay whole).
const FINAL_BEFORE_SPACE: &[char] = &['.', '!', '?'];

/// A sentence: its byte offset in the text and its text, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence<'a> {
    pub offset: usize,
    pub text: &'a str,
}

/// Splits `text` into sentences. In Thai and Lao (`space_ends_sentence`), a space ends one.
pub fn sentences(text: &str, space_ends_sentence: bool) -> Vec<Sentence<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|(_, n)| *n);
        let ends = ALWAYS_FINAL.contains(&c)
            || (FINAL_BEFORE_SPACE.contains(&c) && next.is_none_or(char::is_whitespace))
            || (space_ends_sentence && c.is_whitespace())
            || c == '\n';
        if ends {
            let end = i + c.len_utf8();
            push_sentence(text, start, end, &mut out);
            start = end;
        }
    }
    push_sentence(text, start, text.len(), &mut out);
    out
}

fn push_sentence<'a>(text: &'a str, start: usize, end: usize, out: &mut Vec<Sentence<'a>>) {
    let piece = &text[start..end];
    let trimmed = piece.trim_start();
    let offset = start + (piece.len() - trimmed.len());
    let trimmed = trimmed.trim_end();
    if trimmed.chars().any(char::is_alphanumeric) {
        out.push(Sentence {
            offset,
            text: trimmed,
        });
    }
}

/// Number of words in `text`, by ICU4X word segmentation (numbers count as words).
pub fn count_words(text: &str) -> usize {
    let segmenter = WordSegmenter::new_auto(WordBreakInvariantOptions::default());
    segmenter
        .segment_str(text)
        .iter_with_word_type()
        .filter(|(_, kind)| kind.is_word_like())
        .count()
}

/// The words of `text`, as ICU4X segments them (for tests and explanations).
pub fn words(text: &str) -> Vec<&str> {
    let segmenter = WordSegmenter::new_auto(WordBreakInvariantOptions::default());
    let mut out = Vec::new();
    let mut last = 0;
    for (end, kind) in segmenter.segment_str(text).iter_with_word_type() {
        if end > last && kind.is_word_like() {
            out.push(&text[last..end]);
        }
        last = end;
    }
    out
}

/// The longest sentence of `text` in words: (word count, sentence).
pub fn longest_sentence<'a>(text: &'a str, script: &str) -> Option<(usize, Sentence<'a>)> {
    let space = SPACE_ENDS_SENTENCE.contains(&script);
    sentences(text, space)
        .into_iter()
        .map(|s| (count_words(s.text), s))
        .max_by_key(|(n, s)| (*n, std::cmp::Reverse(s.offset)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thai_words_are_counted_without_spaces() {
        // "I eat rice": three words, no spaces between them.
        assert_eq!(words("ฉันกินข้าว"), ["ฉัน", "กิน", "ข้าว"]);
        assert_eq!(count_words("ฉันกินข้าว"), 3);
    }

    #[test]
    fn english_words_and_numbers() {
        assert_eq!(count_words("You can call 24 hours a day."), 7);
        assert_eq!(count_words("It's free — call now!"), 4);
    }

    #[test]
    fn sentence_ends_in_several_scripts() {
        let texts = |t: &str, space: bool| -> Vec<String> {
            sentences(t, space)
                .into_iter()
                .map(|s| s.text.to_string())
                .collect()
        };
        assert_eq!(
            texts("One. Two! Three? See example.org now.", false),
            ["One.", "Two!", "Three?", "See example.org now."]
        );
        assert_eq!(texts("ក។ខ។", false), ["ក។", "ខ។"]);
        assert_eq!(texts("က။ခ။", false), ["က။", "ခ။"]);
        assert_eq!(texts("আমি। তুমি।", false), ["আমি।", "তুমি।"]);
        assert_eq!(texts("你好。我好！", false), ["你好。", "我好！"]);
        assert_eq!(texts("ฉันกินข้าว เขาดื่มน้ำ", true), ["ฉันกินข้าว", "เขาดื่มน้ำ"]);
        assert_eq!(texts("ສະບາຍດີ ຂອບໃຈ", true), ["ສະບາຍດີ", "ຂອບໃຈ"]);
    }

    #[test]
    fn longest_sentence_is_found() {
        let (n, s) = longest_sentence("Short one. This one is a bit longer.", "Latn").unwrap();
        assert_eq!(n, 6);
        assert_eq!(s.text, "This one is a bit longer.");
        assert_eq!(s.offset, 11);
    }
}
