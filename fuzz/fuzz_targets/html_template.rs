//! Any text as an HTML template, rendered (strict undefined values, auto-escaping) with data
//! holding markup: a template error is a located diagnostic, never a panic.
#![no_main]

use std::collections::BTreeMap;
use std::path::PathBuf;

use infosheet::project::TemplateFile;
use infosheet::render::html::HtmlRenderer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut templates = BTreeMap::new();
    templates.insert(
        "index.html".to_string(),
        TemplateFile {
            path: PathBuf::from("templates/html/index.html"),
            text: text.into(),
        },
    );
    let Ok(html) = HtmlRenderer::new(&templates) else {
        return;
    };
    let value = serde_json::json!({
        "title": { "text": "<script>alert(1)</script>", "lang": null },
        "languages": [{ "tag": "en", "endonym": "{{ 7*7 }}", "editions": [] }],
        "n": 3,
    });
    let _ = html.render("index.html", &value);
});
