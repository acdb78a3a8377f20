//! The PDFs' structure tree, as assistive technology gets it (issue 12, item 2): every list the
//! HTML has (`<ul>`, `<ol>`) is a PDF list (L) with as many items; every contact is a list item
//! (or a table) whose organisation is in a heading (Hn); every run in another language than the
//! document's has that language on its structure element (`/Lang`), not only on its marked
//! content. Read with pdfminer.six (tests/readers/structure.py) over every locale and tier of
//! one region, the rights-and-help sheet and the read-aloud script, bilingual editions included.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::support::{assert_no_failures, files_with_ext, repo, run, squeeze, stderr};

const REGION: &str = "sample-destination";
const SHEETS: [&str; 2] = ["rights-and-help", "read-aloud"];

/// One structure element of a PDF, with its effective language (its own or its ancestors').
struct Elem {
    tag: String,
    lang: String,
    /// The text of its marked content, its descendants' included, in order.
    text: String,
    /// The tags of its ancestors, nearest first.
    ancestors: Vec<String>,
    /// Direct children's tags.
    kids: Vec<String>,
}

/// A piece of marked content that carries its own `/Lang`, with the language the structure
/// tree gives the element it belongs to.
struct LangRun {
    mc_lang: String,
    struct_lang: String,
    text: String,
}

struct Tree {
    elems: Vec<Elem>,
    runs: Vec<LangRun>,
}

fn flatten(v: &Value, lang: &str, ancestors: &[String], tree: &mut Tree) -> String {
    let own = v["lang"].as_str().unwrap_or(lang).to_string();
    let tag = v["tag"].as_str().unwrap_or("?").to_string();
    let index = tree.elems.len();
    tree.elems.push(Elem {
        tag: tag.clone(),
        lang: own.clone(),
        text: String::new(),
        ancestors: ancestors.to_vec(),
        kids: Vec::new(),
    });
    let mut inner = vec![tag];
    inner.extend_from_slice(ancestors);
    let mut text = String::new();
    let mut kids = Vec::new();
    for kid in v["kids"].as_array().into_iter().flatten() {
        if kid.get("mcid").is_some() {
            let piece = kid["text"].as_str().unwrap_or("");
            text.push_str(piece);
            if let Some(mc) = kid["lang"].as_str() {
                tree.runs.push(LangRun {
                    mc_lang: mc.to_string(),
                    struct_lang: own.clone(),
                    text: piece.to_string(),
                });
            }
        } else {
            kids.push(kid["tag"].as_str().unwrap_or("?").to_string());
            text.push_str(&flatten(kid, &own, &inner, tree));
        }
    }
    tree.elems[index].text = text.clone();
    tree.elems[index].kids = kids;
    text
}

/// Reads the structure trees of `pdfs` (one python run), or None when python3 or pdfminer.six
/// is missing outside CI.
fn read_trees(pdfs: &[PathBuf]) -> Option<Vec<Tree>> {
    let script = repo().join("tests/readers/structure.py");
    let o = Command::new("python3").arg(&script).args(pdfs).output();
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    let o = match o {
        Ok(o) if o.status.success() => o,
        Ok(o) if !ci && String::from_utf8_lossy(&o.stderr).contains("No module named") => {
            eprintln!(
                "skipped: pdfminer.six is missing (pip install -r tests/readers/requirements.txt)"
            );
            return None;
        }
        Ok(o) => panic!(
            "structure.py failed: {}",
            String::from_utf8_lossy(&o.stderr)
        ),
        Err(e) if !ci => {
            eprintln!("skipped: python3 does not run: {e}");
            return None;
        }
        Err(e) => panic!("python3 does not run: {e}"),
    };
    let all: Value = serde_json::from_slice(&o.stdout).expect("structure.py prints JSON");
    Some(
        pdfs.iter()
            .map(|p| {
                let doc = &all[p.to_string_lossy().as_ref()];
                let lang = doc["lang"].as_str().unwrap_or("").to_string();
                let mut tree = Tree {
                    elems: Vec::new(),
                    runs: Vec::new(),
                };
                for top in doc["kids"].as_array().expect("kids") {
                    flatten(top, &lang, &[], &mut tree);
                }
                tree
            })
            .collect(),
    )
}

/// Text as a reader may give it: as written, or (right-to-left runs, in drawing order) reversed.
fn found_in(needle: &str, hay: &str) -> bool {
    let n = squeeze(needle);
    let r: String = n.chars().rev().collect();
    let h = squeeze(hay);
    h.contains(&n) || h.contains(&r)
}

/// The text of HTML with its tags dropped and the few entities the templates write decoded.
fn html_text(s: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
}

/// The HTML's lists in document order (of their opening tags), each as its number of items.
fn html_lists(html: &str) -> Vec<usize> {
    let mut counts = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '/')
            .collect();
        match name.as_str() {
            "ul" | "ol" => {
                open.push(counts.len());
                counts.push(0);
            }
            "/ul" | "/ol" => {
                open.pop();
            }
            "li" => {
                if let Some(&top) = open.last() {
                    counts[top] += 1;
                }
            }
            _ => {}
        }
    }
    counts
}

/// The organisations the HTML shows as contacts: the call band's and the contact tables'.
fn html_contacts(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (start, end) in [
        ("<p class=\"call-org\"><strong>", "</strong>"),
        ("<caption><h", "</h"),
    ] {
        let mut rest = html;
        while let Some(i) = rest.find(start) {
            rest = &rest[i + start.len()..];
            let body = if start.starts_with("<caption") {
                &rest[2..]
            } else {
                rest
            };
            let j = body.find(end).expect("closed");
            out.push(html_text(&body[..j]).trim().to_string());
        }
    }
    out
}

/// Every element of the HTML with a `lang` other than the page's, with its own text (up to its
/// first child tag).
fn html_lang_runs(html: &str, doc_lang: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let body = &html[html.find("<body").unwrap_or(0)..];
    let mut rest = body;
    while let Some(i) = rest.find(" lang=\"") {
        rest = &rest[i + 7..];
        let j = rest.find('"').expect("closed");
        let lang = rest[..j].to_string();
        let Some(k) = rest.find('>') else { break };
        let after = &rest[k + 1..];
        let text = html_text(&after[..after.find('<').unwrap_or(after.len())]);
        let primary = |l: &str| l.split('-').next().unwrap_or("").to_string();
        if primary(&lang) != primary(doc_lang) && squeeze(&text).chars().count() >= 2 {
            out.push((lang, text.trim().to_string()));
        }
    }
    out
}

fn sheet_pdfs(out: &Path) -> Vec<PathBuf> {
    files_with_ext(&out.join(REGION), "pdf")
        .into_iter()
        .filter(|p| {
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            SHEETS
                .iter()
                .any(|s| name == format!("{s}.pdf") || name == format!("{s}.bilingual.pdf"))
        })
        .collect()
}

#[test]
fn lists_contacts_and_language_runs_are_in_the_structure_tree() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path();
    let sheets = SHEETS.join(",");
    let o = run(
        &repo(),
        &[
            "build",
            "--region",
            REGION,
            "--sheet",
            &sheets,
            "--out",
            &out.to_string_lossy(),
        ],
    );
    assert!(o.status.success(), "build failed:\n{}", stderr(&o));
    let pdfs = sheet_pdfs(out);
    assert!(
        pdfs.len() >= 2 * 13 * 4,
        "one region's sheets: {} PDFs",
        pdfs.len()
    );
    let Some(trees) = read_trees(&pdfs) else {
        return;
    };
    let mut failures = Vec::new();
    let (mut lists, mut contacts, mut runs, mut not_in_pdf) = (0, 0, 0, 0);
    for (pdf, tree) in pdfs.iter().zip(&trees) {
        let name = pdf.strip_prefix(out).unwrap_or(pdf).display().to_string();
        let html = std::fs::read_to_string(pdf.with_extension("html")).expect("the edition's HTML");
        let doc_lang = tree
            .elems
            .first()
            .map(|e| e.lang.clone())
            .unwrap_or_default();

        // Lists: the HTML's, in order, each an L with as many LI.
        let pdf_lists: Vec<usize> = tree
            .elems
            .iter()
            .filter(|e| e.tag == "L")
            .map(|e| e.kids.iter().filter(|k| *k == "LI").count())
            .collect();
        let mut next = pdf_lists.iter();
        for (i, want) in html_lists(&html).iter().enumerate() {
            lists += 1;
            if !next.any(|got| got == want) {
                failures.push(format!(
                    "{name}: the HTML's list {} ({want} items) is no PDF list (L items, in order: {pdf_lists:?})",
                    i + 1
                ));
                break;
            }
        }

        // Contacts: each organisation in a heading inside a list item or a table, once per
        // place the HTML shows it.
        let mut orgs = html_contacts(&html);
        orgs.sort();
        orgs.dedup();
        for org in &orgs {
            contacts += 1;
            let want = html_contacts(&html).iter().filter(|o| *o == org).count();
            let got = tree
                .elems
                .iter()
                .filter(|e| e.tag.len() == 2 && e.tag.starts_with('H'))
                .filter(|e| e.ancestors.iter().any(|a| a == "LI" || a == "Table"))
                .filter(|e| found_in(org, &e.text))
                .count();
            if got < want {
                failures.push(format!(
                    "{name}: contact {org:?} is shown {want} time(s) but {got} time(s) as a heading in a list item or table"
                ));
            }
        }

        // Language runs: marked content in another language sits in a structure element of
        // that language; and every run the HTML tags with a language is one in the PDF's tree.
        for run in &tree.runs {
            if run.mc_lang != run.struct_lang {
                failures.push(format!(
                    "{name}: {:?} is {} on its marked content only: its structure element says {}",
                    run.text, run.mc_lang, run.struct_lang
                ));
            }
        }
        let all_text = tree
            .elems
            .first()
            .map(|e| e.text.clone())
            .unwrap_or_default();
        for (lang, text) in html_lang_runs(&html, &doc_lang) {
            // The HTML has a few things the PDF leaves out (the youngest tier's subtitle, the
            // older tiers' e-mail lines on a child's sheet, the generator's name).
            if !found_in(&text, &all_text) {
                not_in_pdf += 1;
                continue;
            }
            runs += 1;
            let primary = lang.split('-').next().unwrap_or(&lang).to_string();
            let tagged = tree.elems.iter().any(|e| {
                e.lang.split('-').next() == Some(primary.as_str()) && found_in(&text, &e.text)
            });
            if !tagged {
                failures.push(format!(
                    "{name}: {text:?} ({lang} in the HTML) is in no structure element with /Lang {primary}"
                ));
            }
        }
    }
    eprintln!(
        "{} PDFs: {lists} HTML lists, {contacts} contacts, {runs} runs in another language \
         checked ({not_in_pdf} runs of the HTML are not in the PDF)",
        pdfs.len()
    );
    assert!(lists > 0 && contacts > 0 && runs > 0, "nothing checked");
    failures.truncate(40);
    assert_no_failures(&failures, pdfs.len());
}
