//! The preview's own page: the edition in a frame, reloaded when it changes, and the
//! diagnostics in place of it when a save breaks the project. The edition itself is served
//! as built, with no script added.

/// The shell's policy: its own script and style, requests and frames to this server only.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; frame-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// The script that long-polls `/wait` and reloads the frame.
pub const SCRIPT: &str = include_str!("shell/preview.js");
/// The shell's style sheet.
pub const STYLE: &str = include_str!("shell/preview.css");
const PAGE: &str = include_str!("shell/preview.html");

/// The shell page for `edition` (`region/locale/tier/sheet`).
pub fn page(edition: &str) -> String {
    PAGE.replace("{edition}", &escape(edition))
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_edition_name_is_escaped_and_no_script_is_inline() {
        let page = page("a/<b>/c\"");
        assert!(page.contains("a/&lt;b&gt;/c&quot;"));
        assert!(!page.contains("<b>"));
        assert!(page.contains(r#"<script src="/preview.js" defer></script>"#));
        assert_eq!(page.matches("<script").count(), 1);
        assert!(!page.contains(" style="));
    }
}
