//! HTML pages carry their fonts (issue 11, item 8): in Chromium with every system font hidden,
//! each text run of the pages of seven scripts, and of the catalogue, is drawn with fonts the
//! page embeds, none missing (tests/a11y/fonts.mjs); and no page passes 600 KB with them.

use std::path::PathBuf;
use std::process::Command;

use crate::support::*;

/// The locales whose pages are opened in the browser: Latin, and one of each other script.
const LOCALES: [&str; 7] = ["en", "th", "km", "my", "fa", "zh-Hans", "bn"];
/// The largest an HTML page may be with its fonts.
const MAX_PAGE_BYTES: u64 = 600 * 1024;

#[test]
fn html_text_is_drawn_only_with_embedded_fonts_in_chromium_without_system_fonts() {
    let modules = repo().join("node_modules/playwright-core/package.json");
    let chromium = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    assert!(
        modules.exists() && chromium.exists(),
        "the font check needs `npm ci --ignore-scripts` and Debian's chromium, as .ci/run installs"
    );
    let out = default_build();
    let mut files: Vec<PathBuf> = files_with_ext(out, "html")
        .into_iter()
        .filter(|f| {
            // region/locale/tier/sheet.html
            f.strip_prefix(out).is_ok_and(|rel| {
                let parts: Vec<_> = rel.iter().map(|p| p.to_string_lossy()).collect();
                parts.len() == 4
                    && parts[0] == "sample-destination"
                    && LOCALES.contains(&&*parts[1])
            })
        })
        .collect();
    // Every edition of these locales, and each bilingual edition the project asks for (a page
    // in two scripts).
    let project = infosheet::project::Project::load(&repo()).expect("project");
    let (_, tiers, _, sheets) = default_matrix();
    let bilingual = sheets
        .iter()
        .flat_map(|s| LOCALES.iter().map(move |l| (s, l)))
        .filter(|(s, l)| infosheet::bilingual::wanted(&project, s, "sample-destination", l))
        .count();
    assert_eq!(
        files.len(),
        (LOCALES.len() * sheets.len() + bilingual) * tiers.len(),
        "every tier and sheet of {LOCALES:?}, and their bilingual editions"
    );
    files.push(out.join("index.html"));
    // The only font Chromium may find on the machine: Noto Sans cut down to "¤", which no page
    // shows (see fonts.mjs for why there must be one).
    let placeholder = tempfile::tempdir().expect("temp dir");
    let fonts = infosheet::fonts::Fonts::load(&repo().join("fonts")).expect("fonts/");
    let latin = fonts
        .fonts
        .iter()
        .find(|f| f.info().family == "Noto Sans" && f.info().variant.weight.to_number() == 400)
        .expect("Noto Sans Regular");
    let blank = infosheet::render::webfonts::subset_sfnt(latin, &['¤'].into_iter().collect())
        .expect("subset");
    std::fs::write(placeholder.path().join("placeholder.ttf"), blank).unwrap();
    let o = Command::new("node")
        .current_dir(repo())
        .env("PLACEHOLDER_FONT_DIR", placeholder.path())
        .arg("tests/a11y/fonts.mjs")
        .args(&files)
        .output()
        .expect("node runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        o.status.success() && text.contains(&format!("{} passed, 0 failed", files.len())),
        "text drawn with fonts the page does not carry (or none):\n{text}"
    );
}

#[test]
fn html_pages_with_their_fonts_stay_under_600_kb() {
    let out = default_build();
    let mut sizes: Vec<(u64, PathBuf)> = files_with_ext(out, "html")
        .into_iter()
        .map(|f| (std::fs::metadata(&f).unwrap().len(), f))
        .collect();
    sizes.sort();
    let (largest, file) = sizes.last().expect("HTML files");
    assert!(
        *largest <= MAX_PAGE_BYTES,
        "{} is {} KB",
        file.display(),
        largest / 1024
    );
    let fonts = std::fs::read_to_string(file).unwrap();
    assert!(
        fonts.contains("src: url(\"data:font/woff2;base64,"),
        "pages embed WOFF2 fonts"
    );
    eprintln!(
        "largest HTML page: {} ({} KB)",
        file.display(),
        largest / 1024
    );
}
