//! Left-to-right values read as written on every page, whatever marks the messages around them
//! carry: a directional mark at the end of a label ("Help:‏") once showed every phone number of
//! a left-to-right PDF reversed ("0100 7946 20 44+") while its link dialled the real one.

use std::path::Path;

use crate::injection::edit;
use crate::support::*;

/// Directional marks a translator may leave in a message (overrides are refused at loading).
const MARKS: &[(&str, char)] = &[
    ("RIGHT-TO-LEFT MARK", '\u{200F}'),
    ("ARABIC LETTER MARK", '\u{061C}'),
    ("LEFT-TO-RIGHT MARK", '\u{200E}'),
];

/// Ends every one-line message of `locale` with `mark`.
fn mark_every_message(root: &Path, locale: &str, mark: char) {
    for path in files_with_ext(&root.join("locales").join(locale), "ftl") {
        let text = std::fs::read_to_string(&path).expect("ftl");
        let marked: String = text
            .lines()
            .map(|line| {
                let simple = line.contains(" = ") && !line.starts_with([' ', '#']);
                if simple && !line.ends_with('{') && !line.contains("->") {
                    format!("{line}{mark}\n")
                } else {
                    format!("{line}\n")
                }
            })
            .collect();
        std::fs::write(&path, marked).expect("write");
    }
}

/// The phone numbers the sample-destination region shows, as written.
fn phone_numbers() -> Vec<String> {
    let region = std::fs::read_to_string(repo().join("content/regions/sample-destination.toml"))
        .expect("region");
    region
        .lines()
        .filter_map(|l| l.strip_prefix("phone = \""))
        .map(|l| l.trim_end_matches('"').to_string())
        .collect()
}

#[test]
fn phone_numbers_and_addresses_read_as_written_next_to_any_directional_mark() {
    let numbers = phone_numbers();
    assert!(numbers.len() >= 3, "{numbers:?}");
    let mut failures = Vec::new();
    let mut cases = 0;
    for locale in ["en", "th", "fa"] {
        for (name, mark) in MARKS {
            cases += 1;
            let project = copy_project();
            let root = project.path();
            mark_every_message(root, locale, *mark);
            // The e-mail address sits right after its label, as in the case.
            edit(
                root,
                "content/regions/sample-destination.toml",
                "email = \"help@hotline",
                "email = \"123@hotline",
            );
            let out = root.join("out");
            let out_arg = out.to_string_lossy().into_owned();
            let o = run(
                root,
                &one_edition(locale, "adult", &["--format", "pdf", "--out", &out_arg]),
            );
            if !o.status.success() {
                failures.push(format!("{locale} {name}: build failed: {}", stderr(&o)));
                continue;
            }
            let pdf = out.join(format!(
                "sample-destination/{locale}/adult/rights-and-help.pdf"
            ));
            let text = tool("pdftotext", &[&pdf.to_string_lossy(), "-"]);
            for shown in numbers
                .iter()
                .map(String::as_str)
                .chain(["123@hotline.example.org"])
            {
                if !text.contains(shown) {
                    failures.push(format!(
                        "{locale} {name}: the PDF text lacks {shown:?} as written"
                    ));
                }
            }
        }
    }
    assert_no_failures(&failures, cases);
}
