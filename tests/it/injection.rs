//! Injection: markup, script, URLs, Typst code and template syntax written into content and
//! translation strings come out as the literal text they are, in the real HTML and PDF, and
//! never as markup, links or code. Links are only https, tel and mailto; the HTML forbids
//! every network load and script by its Content-Security-Policy.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::support::*;

/// The edition every injection lands in.
const HTML_REL: &str = "sample-destination/en/adult/rights-and-help.html";
const PDF_REL: &str = "sample-destination/en/adult/rights-and-help.pdf";

/// Strings that would be markup, script, a link or code if anything evaluated them.
pub const PAYLOADS: &[&str] = &[
    r#"<script>alert("x")</script>"#,
    "<img src=x onerror=alert(1)>",
    r#"<a href="javascript:alert(1)">tap</a>"#,
    "javascript:alert(document.cookie)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    r#"</p></section><iframe src="https://evil.example/"></iframe>"#,
    r#"#read("/etc/passwd")"#,
    r#"#import "lib.typ": *"#,
    r#"#eval("6 * 7")"#,
    r#"]#panic("out")[ $x^2$ *bold* _em_ <label> @ref = Heading"#,
    "{{ 7*7 }}",
    r#"{% include "base.html" %}"#,
    "{# hidden #} {{ sheet.lang }} {% raw %}",
    r#"&amp; &lt;b&gt; " ' \ /"#,
];

/// `payload` as the value of a Fluent message: braces become string literals.
pub fn ftl_value(payload: &str) -> String {
    payload
        .replace('{', "\u{0}")
        .replace('}', "{\"}\"}")
        .replace('\u{0}', "{\"{\"}")
}

/// `payload` as a TOML basic string.
pub fn toml_string(payload: &str) -> String {
    let mut out = String::from("\"");
    for c in payload.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Replaces `old` by `new` (exactly once) in `rel` under `root`.
pub fn edit(root: &Path, rel: &str, old: &str, new: &str) {
    let path = root.join(rel);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{rel}: {e}"));
    assert!(text.contains(old), "{rel} no longer contains {old:?}");
    std::fs::write(&path, text.replacen(old, new, 1)).expect("write");
}

/// The strings injected into content files (not messages), with where they go.
const ORGANISATION: &str = r#"<b onmouseover="alert(1)">Org</b> {{ 7*7 }} #eval("1")"#;
const ADDRESS: &str = r#"1 Example Street"><script src="https://evil.example/x.js"></script>"#;
const LOCATION: &str = "By phone {% include \"base.html\" %} #read(\"/etc/hostname\")";
const ARTICLE: &str = "6(5)</bdi><script>alert(1)</script>";
const ENDONYM: &str = "English<script>alert(1)</script>";
const FONT: &str =
    r#"x"; } body { background: url(https://evil.example/) } </style><script>alert(1)</script>"#;

struct Injected {
    _project: tempfile::TempDir,
    out: PathBuf,
}

/// A copy of the project with every payload in a message and in content, built once.
fn injected() -> &'static Injected {
    static BUILT: OnceLock<Injected> = OnceLock::new();
    BUILT.get_or_init(|| {
        let project = copy_project();
        let root = project.path();
        let mut ftl = String::from("# Injection payloads, one message each.\n");
        ftl.push_str(&format!(
            "inj-title = INJ-TITLE {}\n",
            ftl_value(PAYLOADS[0])
        ));
        let mut ids = Vec::new();
        for (i, p) in PAYLOADS.iter().enumerate() {
            ftl.push_str(&format!("inj-{i} = INJ{i}: {}\n", ftl_value(p)));
            ids.push(format!("\"inj-{i}\""));
        }
        std::fs::write(root.join("locales/en/zz-inject.ftl"), ftl).expect("ftl");
        let sheet = "content/sheets/rights-and-help.toml";
        edit(
            root,
            sheet,
            "title = \"sheet-rights-title\"",
            "title = \"inj-title\"",
        );
        edit(
            root,
            sheet,
            "paragraphs = [\"welcome-not-your-fault\", \"welcome-this-sheet\"]",
            &format!("paragraphs = [{}]", ids.join(", ")),
        );
        let region = "content/regions/sample-destination.toml";
        edit(
            root,
            region,
            "organisation = \"Sample Anti-Trafficking Hotline\"",
            &format!("organisation = {}", toml_string(ORGANISATION)),
        );
        edit(
            root,
            region,
            "address = \"1 Example Street, Sample City\"",
            &format!("address = {}", toml_string(ADDRESS)),
        );
        edit(
            root,
            region,
            "location = \"By phone\"",
            &format!("location = {}", toml_string(LOCATION)),
        );
        edit(
            root,
            "content/rights.toml",
            "article = \"6(5)\"",
            &format!("article = {}", toml_string(ARTICLE)),
        );
        edit(
            root,
            "locales/en/locale.toml",
            "endonym = \"English\"",
            &format!("endonym = {}", toml_string(ENDONYM)),
        );
        let o = run(root, &one_edition("en", "adult", &[]));
        assert!(
            o.status.success(),
            "the injected project builds:\n{}",
            stderr(&o)
        );
        let out = root.join("output");
        Injected {
            _project: project,
            out,
        }
    })
}

// ---------------------------------------------------------------------------------------
// A small, strict HTML reader: enough to prove the outputs are well-formed and to read their
// text and attributes without a browser.

/// An element's start tag.
#[derive(Debug, Clone)]
pub struct Element {
    pub name: String,
    pub attrs: BTreeMap<String, String>,
}

/// A parsed page: its elements, its text (entities decoded) and its style sheets.
#[derive(Debug, Default)]
pub struct Page {
    pub elements: Vec<Element>,
    pub text: String,
    pub styles: Vec<String>,
}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Decodes the character references the templates' escaping produces; anything else is an error.
fn decode(s: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let end = after
            .find(';')
            .filter(|&e| e <= 10)
            .ok_or_else(|| format!("bare & in {:?}", &rest[i..rest.len().min(i + 20)]))?;
        let name = &after[..end];
        let c = match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => '\u{a0}',
            n if n.starts_with("#x") || n.starts_with("#X") => u32::from_str_radix(&n[2..], 16)
                .ok()
                .and_then(char::from_u32)
                .ok_or_else(|| format!("bad reference &{n};"))?,
            n if n.starts_with('#') => n[1..]
                .parse::<u32>()
                .ok()
                .and_then(char::from_u32)
                .ok_or_else(|| format!("bad reference &{n};"))?,
            n => return Err(format!("unknown entity &{n};")),
        };
        out.push(c);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Parses `html` strictly: every non-void element closed in order, attributes quoted or
/// plain, no raw `<` or bare `&` in text, nothing after `</html>`.
pub fn parse_html(html: &str) -> Result<Page, String> {
    let mut page = Page::default();
    let mut stack: Vec<String> = Vec::new();
    let mut rest = html;
    let at = |rest: &str| -> String { rest.chars().take(60).collect() };
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            page.text.push_str(&decode(rest)?);
            break;
        };
        page.text.push_str(&decode(&rest[..lt])?);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            let end = after.find("-->").ok_or("unclosed comment")?;
            rest = &after[end + 3..];
        } else if rest.starts_with("<!") {
            let end = rest.find('>').ok_or("unclosed declaration")?;
            rest = &rest[end + 1..];
        } else if let Some(after) = rest.strip_prefix("</") {
            let end = after.find('>').ok_or("unclosed end tag")?;
            let name = after[..end].trim().to_ascii_lowercase();
            match stack.pop() {
                Some(open) if open == name => {}
                other => return Err(format!("</{name}> closes {other:?} at {:?}", at(rest))),
            }
            rest = &after[end + 1..];
            page.text.push(' ');
        } else {
            let after = &rest[1..];
            let name_len = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .unwrap_or(after.len());
            if name_len == 0 || !after.starts_with(|c: char| c.is_ascii_alphabetic()) {
                return Err(format!("raw < in text at {:?}", at(rest)));
            }
            let name = after[..name_len].to_ascii_lowercase();
            let mut attrs = BTreeMap::new();
            let mut s = &after[name_len..];
            loop {
                s = s.trim_start();
                if let Some(r) = s.strip_prefix("/>") {
                    s = r;
                    break;
                }
                if let Some(r) = s.strip_prefix('>') {
                    s = r;
                    break;
                }
                let n = s
                    .find(|c: char| c.is_whitespace() || "=>/\"'<".contains(c))
                    .unwrap_or(s.len());
                if n == 0 {
                    return Err(format!("bad attribute in <{name}> at {:?}", at(s)));
                }
                let attr = s[..n].to_ascii_lowercase();
                s = s[n..].trim_start();
                let value = if let Some(r) = s.strip_prefix('=') {
                    let r = r.trim_start();
                    let (v, r) = match r.chars().next() {
                        Some(q @ ('"' | '\'')) => {
                            let end = r[1..].find(q).ok_or("unclosed attribute value")?;
                            (&r[1..1 + end], &r[end + 2..])
                        }
                        _ => {
                            let end = r
                                .find(|c: char| c.is_whitespace() || c == '>')
                                .unwrap_or(r.len());
                            (&r[..end], &r[end..])
                        }
                    };
                    s = r;
                    decode(v)?
                } else {
                    String::new()
                };
                if attrs.insert(attr.clone(), value).is_some() {
                    return Err(format!("duplicate attribute {attr} in <{name}>"));
                }
            }
            rest = s;
            page.elements.push(Element {
                name: name.clone(),
                attrs,
            });
            if name == "script" || name == "style" {
                let close = format!("</{name}");
                let end = rest
                    .to_ascii_lowercase()
                    .find(&close)
                    .ok_or(format!("unclosed <{name}>"))?;
                if name == "style" {
                    page.styles.push(rest[..end].to_string());
                }
                rest = &rest[end..];
                stack.push(name);
            } else if !VOID.contains(&name.as_str()) {
                stack.push(name);
            }
            page.text.push(' ');
        }
        if stack.is_empty() && page.elements.iter().any(|e| e.name == "html") {
            if !rest.trim().is_empty() {
                return Err(format!("content after </html>: {:?}", at(rest)));
            }
            break;
        }
    }
    if !stack.is_empty() {
        return Err(format!("unclosed elements: {stack:?}"));
    }
    Ok(page)
}

/// Collapses every run of whitespace to one space.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Problems of a page that could run code or load anything: scripts, frames, event handlers,
/// links that are not https, tel or mailto, images that are not embedded SVG.
pub fn unsafe_parts(page: &Page) -> Vec<String> {
    let mut found = Vec::new();
    for e in &page.elements {
        if matches!(
            e.name.as_str(),
            "script" | "iframe" | "object" | "embed" | "frame" | "base" | "form" | "link"
        ) {
            found.push(format!("<{}> element", e.name));
        }
        for (name, value) in &e.attrs {
            if name.starts_with("on") {
                found.push(format!("{name} handler on <{}>", e.name));
            }
            let v = value.trim().to_ascii_lowercase();
            match name.as_str() {
                "href" => {
                    let ok = v.starts_with("https://")
                        || v.starts_with("tel:")
                        || v.starts_with("mailto:")
                        || v.starts_with('#')
                        || (!v.contains(':') && !v.starts_with("//"));
                    if !ok {
                        found.push(format!("link to {value:?}"));
                    }
                }
                "src" | "srcset" | "poster" | "data" | "action" | "formaction"
                    if !v.starts_with("data:image/svg+xml;base64,") =>
                {
                    found.push(format!("{name}={value:?} on <{}>", e.name));
                }
                _ => {}
            }
        }
    }
    found
}

/// The Content-Security-Policy of a page: no network load, no script, nothing but inline
/// styles, embedded images and embedded fonts.
pub fn csp_problems(page: &Page) -> Vec<String> {
    let policies: Vec<&String> = page
        .elements
        .iter()
        .filter(|e| e.name == "meta")
        .filter(|e| {
            e.attrs
                .get("http-equiv")
                .is_some_and(|h| h.eq_ignore_ascii_case("content-security-policy"))
        })
        .filter_map(|e| e.attrs.get("content"))
        .collect();
    let [policy] = policies.as_slice() else {
        return vec![format!("{} CSP meta elements, expected 1", policies.len())];
    };
    let allowed: BTreeMap<&str, &str> = [
        ("default-src", "'none'"),
        ("img-src", "data:"),
        ("font-src", "data:"),
        ("style-src", "'unsafe-inline'"),
        ("base-uri", "'none'"),
        ("form-action", "'none'"),
    ]
    .into_iter()
    .collect();
    let mut problems = Vec::new();
    let mut seen = Vec::new();
    for directive in policy.split(';').map(str::trim).filter(|d| !d.is_empty()) {
        let (name, value) = directive.split_once(' ').unwrap_or((directive, ""));
        seen.push(name);
        match allowed.get(name) {
            Some(v) if *v == squash(value) => {}
            _ => problems.push(format!("directive {directive:?} allows more than it must")),
        }
    }
    for needed in ["default-src", "base-uri", "form-action"] {
        if !seen.contains(&needed) {
            problems.push(format!("no {needed} directive"));
        }
    }
    // The policy must come before anything it governs.
    let meta_at = page
        .elements
        .iter()
        .position(|e| e.name == "meta" && e.attrs.contains_key("http-equiv"));
    let first_load = page
        .elements
        .iter()
        .position(|e| matches!(e.name.as_str(), "style" | "img" | "link" | "script"));
    if let (Some(m), Some(l)) = (meta_at, first_load)
        && l < m
    {
        problems.push("the CSP comes after content it should govern".into());
    }
    problems
}

fn html() -> (String, Page) {
    let src = std::fs::read_to_string(injected().out.join(HTML_REL)).expect("html");
    let page = parse_html(&src).unwrap_or_else(|e| panic!("the injected HTML is well-formed: {e}"));
    (src, page)
}

#[test]
fn html_shows_every_injected_string_as_literal_text() {
    let (src, page) = html();
    let text = squash(&page.text);
    for (i, p) in PAYLOADS.iter().enumerate() {
        let expected = squash(&format!("INJ{i}: {p}"));
        assert!(
            text.contains(&expected),
            "INJ{i} shown as text: {expected:?}"
        );
    }
    for p in [ORGANISATION, ADDRESS, LOCATION, ARTICLE] {
        assert!(text.contains(&squash(p)), "{p:?} shown as text");
    }
    assert!(text.contains("INJ-TITLE <script>"), "the title too");
    assert!(
        !text.contains("INJ10: 49"),
        "{{{{ 7*7 }}}} was not evaluated"
    );
    // The source carries the markup escaped, never raw.
    for raw in [
        "<script",
        "<img src=x",
        "<iframe",
        "<b onmouseover",
        "</bdi><script>",
    ] {
        assert!(
            !src.to_ascii_lowercase().contains(raw),
            "raw {raw:?} in the HTML source"
        );
    }
    assert!(
        src.contains("&lt;script&gt;"),
        "escaped markup in the source"
    );
}

#[test]
fn html_has_no_script_handler_or_unsafe_link() {
    let (_, page) = html();
    assert_eq!(unsafe_parts(&page), Vec::<String>::new());
    let index = std::fs::read_to_string(injected().out.join("index.html")).expect("index");
    let index = parse_html(&index).unwrap_or_else(|e| panic!("index.html is well-formed: {e}"));
    assert_eq!(catalogue_unsafe_parts(&index), Vec::<String>::new());
    assert!(
        squash(&index.text).contains(ENDONYM),
        "the endonym is text in the catalogue"
    );
}

#[test]
fn font_names_cannot_break_out_of_the_style_sheet() {
    let (src, page) = html();
    let style = page.styles.join("\n");
    assert!(!src.contains("</style><script>"));
    assert_eq!(
        css_outside_strings_problems(&style),
        Vec::<String>::new(),
        "{style}"
    );
    // A font name that is not a font in fonts/ never reaches the style sheet: it is refused
    // where it is written.
    let project = copy_project();
    edit(
        project.path(),
        "locales/en/locale.toml",
        "fonts = [\"Noto Sans\"]",
        &format!("fonts = [\"Noto Sans\", {}]", toml_string(FONT)),
    );
    let o = run(project.path(), &one_edition("en", "adult", &[]));
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("locales/en/locale.toml:5:"), "{err}");
    assert!(
        err.contains("error[font-unknown]: font `x\"; } body"),
        "{err}"
    );
    assert!(!project.path().join("output").join("index.html").exists());
}

/// `unsafe_parts` of the catalogue, which may also show each sheet's page-1 thumbnail: an
/// `<img>` whose `src` is a relative `.png` path below the catalogue.
pub fn catalogue_unsafe_parts(page: &Page) -> Vec<String> {
    let mut problems = unsafe_parts(page);
    problems.retain(|p| {
        let thumbnail = p
            .strip_prefix("src=\"")
            .and_then(|p| p.strip_suffix(".png\" on <img>"))
            .is_some_and(|path| {
                !path.contains(':')
                    && !path.contains("..")
                    && !path.starts_with('/')
                    && !path.contains('"')
            });
        !thumbnail
    });
    problems
}

/// An embedded font's source, `url("data:font/woff2;base64,…")` with nothing but base64 in it:
/// the one `url(` a style sheet may hold (HTML pages carry their fonts).
fn without_embedded_fonts(css: &str) -> String {
    const OPEN: &str = "url(\"data:font/woff2;base64,";
    let mut out = String::new();
    let mut rest = css;
    while let Some(at) = rest.find(OPEN) {
        let data = &rest[at + OPEN.len()..];
        let len = data
            .find(|c: char| !(c.is_ascii_alphanumeric() || "+/=".contains(c)))
            .unwrap_or(data.len());
        if !data[len..].starts_with("\")") {
            break;
        }
        out.push_str(&rest[..at]);
        rest = &data[len + 2..];
    }
    out.push_str(rest);
    out
}

/// What the style sheet does outside its strings that it must not: load anything, close the
/// style element, or leave a string or a block unclosed.
pub fn css_outside_strings_problems(css: &str) -> Vec<String> {
    let css = &without_embedded_fonts(css);
    let mut outside = String::new();
    let mut quote = None;
    let mut chars = css.chars();
    let mut problems = Vec::new();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(_), '\\') => {
                chars.next();
            }
            (Some(_), '\n') => problems.push("a string runs past the end of its line".into()),
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '/') if chars.as_str().starts_with('*') => {
                // A comment: skipped to its end.
                let rest = chars.as_str();
                let end = rest.find("*/").map_or(rest.len(), |e| e + 2);
                chars = rest[end..].chars();
                outside.push(' ');
            }
            (None, '"' | '\'') => {
                quote = Some(c);
                outside.push(' ');
            }
            (None, c) => outside.push(c),
        }
    }
    if quote.is_some() {
        problems.push("an unclosed string".into());
    }
    let lower = outside.to_ascii_lowercase();
    for bad in ["url(", "@import", "expression(", "</", "<!--", "image-set("] {
        if lower.contains(bad) {
            problems.push(format!("{bad} outside a string"));
        }
    }
    if outside.matches('{').count() != outside.matches('}').count() {
        problems.push("unbalanced braces".into());
    }
    problems
}

#[test]
fn html_content_security_policy_forbids_network_and_script() {
    let (_, page) = html();
    assert_eq!(csp_problems(&page), Vec::<String>::new());
    let base = std::fs::read_to_string(repo().join("templates/html/base.html")).expect("base");
    assert!(
        base.contains("default-src 'none'"),
        "the policy is in base.html"
    );
}

#[test]
fn every_shipped_html_page_carries_the_policy_and_no_script() {
    let out = default_build();
    let pages = files_with_ext(out, "html");
    assert!(!pages.is_empty());
    for path in &pages {
        let src = std::fs::read_to_string(path).expect("html");
        let page = parse_html(&src).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let rel = path.strip_prefix(out).unwrap_or(path).display().to_string();
        if rel == "index.html" {
            assert_eq!(catalogue_unsafe_parts(&page), Vec::<String>::new(), "{rel}");
        } else {
            assert_eq!(csp_problems(&page), Vec::<String>::new(), "{rel}");
            assert_eq!(unsafe_parts(&page), Vec::<String>::new(), "{rel}");
        }
    }
}

/// The PDF's text as pdftotext reads it, with all whitespace removed (lines wrap anywhere).
fn pdf_text(path: &Path) -> String {
    // -raw: in the default mode pdftotext drops a hyphen at which a line was broken.
    let text = tool(
        "pdftotext",
        &["-raw", "-enc", "UTF-8", &path.to_string_lossy(), "-"],
    );
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn pdf_shows_every_injected_string_as_literal_text() {
    let pdf = injected().out.join(PDF_REL);
    tool("pdfinfo", &[&pdf.to_string_lossy()]);
    let text = pdf_text(&pdf);
    let bare = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    for (i, p) in PAYLOADS.iter().enumerate() {
        let expected = bare(&format!("INJ{i}: {p}"));
        assert!(text.contains(&expected), "INJ{i} in the PDF: {expected:?}");
    }
    for p in [ORGANISATION, LOCATION, ARTICLE] {
        assert!(text.contains(&bare(p)), "{p:?} in the PDF");
    }
    // Nothing was read, imported or evaluated: no file contents, no results.
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    if let Some(first) = passwd.lines().next() {
        assert!(!text.contains(&bare(first)), "/etc/passwd leaked");
    }
    let host = std::fs::read_to_string("/etc/hostname").unwrap_or_default();
    if host.trim().len() > 6 {
        assert!(!text.contains(&bare(host.trim())), "/etc/hostname leaked");
    }
    assert!(!text.contains("INJ8:42"), "#eval ran");
    assert!(!text.contains("INJ10:49"), "{{{{ 7*7 }}}} ran");
}

/// Every URI in the PDF (objects decompressed by qpdf), and whether any action runs code.
fn pdf_links(pdf: &Path) -> (Vec<String>, Vec<&'static str>) {
    let dir = tempfile::tempdir().expect("temp");
    let plain = dir.path().join("plain.pdf");
    tool(
        "qpdf",
        &[
            "--qdf",
            "--object-streams=disable",
            &pdf.to_string_lossy(),
            &plain.to_string_lossy(),
        ],
    );
    let bytes = std::fs::read(&plain).expect("qpdf output");
    let text = String::from_utf8_lossy(&bytes);
    let mut uris = Vec::new();
    let mut rest = text.as_ref();
    while let Some(i) = rest.find("/URI") {
        rest = &rest[i + 4..];
        let value = rest.trim_start();
        if let Some(v) = value.strip_prefix('(') {
            let end = v.find(')').unwrap_or(v.len());
            uris.push(v[..end].to_string());
        } else if value.starts_with('<') && !value.starts_with("<<") {
            let end = value.find('>').unwrap_or(value.len());
            let hex: String = value[1..end]
                .chars()
                .filter(char::is_ascii_hexdigit)
                .collect();
            let bytes: Vec<u8> = (0..hex.len() / 2)
                .filter_map(|k| u8::from_str_radix(&hex[2 * k..2 * k + 2], 16).ok())
                .collect();
            uris.push(String::from_utf8_lossy(&bytes).into_owned());
        }
    }
    let actions = [
        "/JavaScript",
        "/JS ",
        "/JS(",
        "/Launch",
        "/SubmitForm",
        "/ImportData",
    ]
    .into_iter()
    .filter(|a| text.contains(a))
    .collect();
    (uris, actions)
}

#[test]
fn pdf_links_are_only_https_tel_and_mailto_and_run_nothing() {
    let pdf = injected().out.join(PDF_REL);
    let (uris, actions) = pdf_links(&pdf);
    assert!(actions.is_empty(), "code-running actions: {actions:?}");
    assert!(!uris.is_empty(), "the sheet has links");
    for u in &uris {
        assert!(
            u.starts_with("https://") || u.starts_with("tel:") || u.starts_with("mailto:"),
            "PDF link {u:?}"
        );
    }
}

#[test]
fn websites_that_are_not_https_are_refused_at_their_location() {
    for (bad, message) in [
        ("javascript:alert(1)", "is not an https:// web address"),
        ("http://hotline.example.org/", "use the https:// address"),
        ("data:text/html,x", "is not an https:// web address"),
        (
            "https://a.example/\\\"><script>",
            "without spaces, quotes or brackets",
        ),
        ("https:///nohost", "is not an https:// web address"),
        (
            "https://trusted.example@other.example/",
            "a name before `@`",
        ),
    ] {
        let project = copy_project();
        let region = "content/regions/sample-destination.toml";
        let good = "website = \"https://hotline.example.org/\"";
        let text = std::fs::read_to_string(project.path().join(region)).expect("region");
        let line = text[..text.find(good).expect("the hotline's website")]
            .matches('\n')
            .count()
            + 1;
        let location = format!("{region}:{line}:11");
        edit(
            project.path(),
            region,
            good,
            &format!("website = \"{bad}\""),
        );
        let o = run(project.path(), &["build", "--format", "html"]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{bad}: {err}");
        assert!(err.contains(message), "{bad}: {err}");
        assert!(err.contains(&location), "{bad}: at {location}: {err}");
        assert!(!project.path().join("output").join("index.html").exists());
    }
}

#[test]
fn the_html_reader_is_strict() {
    assert!(parse_html("<!DOCTYPE html><html><body><p>a &amp; b</p></body></html>").is_ok());
    assert!(parse_html("<html><p>a < b</p></html>").is_err(), "raw <");
    assert!(parse_html("<html><p>a & b</p></html>").is_err(), "bare &");
    assert!(
        parse_html("<html><p><b>x</p></b></html>").is_err(),
        "misnested"
    );
    assert!(parse_html("<html><p>x</html>").is_err(), "unclosed");
    let page =
        parse_html("<html><img src=\"x.png\" onerror=\"y\"><a href='javascript:z'>t</a></html>")
            .expect("parses");
    assert_eq!(unsafe_parts(&page).len(), 3);
    assert_eq!(ftl_value("{{ x }}"), "{\"{\"}{\"{\"} x {\"}\"}{\"}\"}");
    assert!(css_outside_strings_problems("a { font-family: \"x; } b { url(y) }\" }").is_empty());
    assert_eq!(css_outside_strings_problems("a { b: url(y) }").len(), 1);
    assert!(
        css_outside_strings_problems(
            "@font-face { src: url(\"data:font/woff2;base64,d09G+/=\"); }"
        )
        .is_empty()
    );
    assert_eq!(
        css_outside_strings_problems("a { b: url(\"data:font/woff2;base64,x\" y) }").len(),
        1
    );
    assert!(css_outside_strings_problems("/* don't */ a { }").is_empty());
    assert_eq!(css_outside_strings_problems("a { b: \"x }").len(), 2);
}
