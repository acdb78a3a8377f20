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

/// The organisations the HTML shows as contacts: the call band's, the contact tables' and the
/// pocket card's back lines (`card-contact`, a number before the name).
fn html_contacts(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    // Where a contact starts, then the tag its organisation follows and the one that ends it.
    for (start, open, end) in [
        ("<p class=\"call-org\">", "<strong>", "</strong>"),
        ("<caption><h", ">", "</h"),
        ("<p class=\"card-contact\">", "<strong>", "</strong>"),
    ] {
        let mut rest = html;
        while let Some(i) = rest.find(start) {
            rest = &rest[i + start.len()..];
            let body = &rest[rest.find(open).expect("opened") + open.len()..];
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

/// The PDFs of `sheets` (and their bilingual editions) under `out`.
fn sheet_pdfs(out: &Path, sheets: &[&str]) -> Vec<PathBuf> {
    files_with_ext(&out.join(REGION), "pdf")
        .into_iter()
        .filter(|p| {
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            sheets
                .iter()
                .any(|s| name == format!("{s}.pdf") || name == format!("{s}.bilingual.pdf"))
        })
        .collect()
}

/// Builds `sheets` of [`REGION`] (PDF and HTML) into `out`.
fn build(out: &Path, sheets: &str) {
    let o = run(
        &repo(),
        &[
            "build",
            "--region",
            REGION,
            "--sheet",
            sheets,
            "--format",
            "pdf,html",
            "--out",
            &out.to_string_lossy(),
        ],
    );
    assert!(o.status.success(), "build failed:\n{}", stderr(&o));
}

/// What the checks looked at, to show that they saw something.
#[derive(Default)]
struct Checked {
    lists: usize,
    contacts: usize,
    runs: usize,
    not_in_pdf: usize,
    headings: usize,
}

/// Whether a structure tag is a numbered heading (H1 to H6).
fn is_heading(tag: &str) -> bool {
    tag.len() == 2 && tag.starts_with('H') && tag[1..].parse::<u8>().is_ok()
}

/// Headings in the order of the tree whose level is more than one below the heading before
/// them (PDF/UA-1 refuses a skipped level; the first may be H1 or H2).
fn skipped_levels(tree: &Tree) -> Vec<String> {
    let mut last = 1;
    let mut out = Vec::new();
    for e in &tree.elems {
        if !is_heading(&e.tag) {
            continue;
        }
        let level: usize = e.tag[1..].parse().unwrap_or(0);
        if level > last + 1 {
            out.push(format!("H{level} after H{last}: {:?}", e.text));
        }
        last = level;
    }
    out
}

/// Checks each PDF's tree against its HTML (beside it): lists, contacts' headings, language
/// runs and heading levels. Returns what was checked and the failures.
fn check_trees(out: &Path, pdfs: &[PathBuf], trees: &[Tree]) -> (Checked, Vec<String>) {
    let mut n = Checked::default();
    let mut failures = Vec::new();
    for (pdf, tree) in pdfs.iter().zip(trees) {
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
            n.lists += 1;
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
            n.contacts += 1;
            let want = html_contacts(&html).iter().filter(|o| *o == org).count();
            let got = tree
                .elems
                .iter()
                .filter(|e| is_heading(&e.tag))
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
                n.not_in_pdf += 1;
                continue;
            }
            n.runs += 1;
            let primary = lang.split('-').next().unwrap_or(&lang).to_string();
            // A paragraph that runs on over a page break is two elements of its language, one
            // per page: it is tagged when two neighbours of that language hold it together.
            let same: Vec<&str> = tree
                .elems
                .iter()
                .filter(|e| e.lang.split('-').next() == Some(primary.as_str()))
                .map(|e| e.text.as_str())
                .collect();
            let tagged = same.iter().any(|t| found_in(&text, t))
                || same
                    .windows(2)
                    .any(|w| found_in(&text, &format!("{}{}", w[0], w[1])));
            if !tagged {
                failures.push(format!(
                    "{name}: {text:?} ({lang} in the HTML) is in no structure element with /Lang {primary}"
                ));
            }
        }

        // Headings: no level skipped.
        n.headings += tree.elems.iter().filter(|e| is_heading(&e.tag)).count();
        for skip in skipped_levels(tree) {
            failures.push(format!("{name}: {skip}"));
        }
    }
    (n, failures)
}

#[test]
fn lists_contacts_and_language_runs_are_in_the_structure_tree() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path();
    build(out, &SHEETS.join(","));
    let pdfs = sheet_pdfs(out, &SHEETS);
    assert!(
        pdfs.len() >= 2 * 13 * 4,
        "one region's sheets: {} PDFs",
        pdfs.len()
    );
    let Some(trees) = read_trees(&pdfs) else {
        return;
    };
    let (n, mut failures) = check_trees(out, &pdfs, &trees);
    report(&n, pdfs.len());
    assert!(
        n.lists > 0 && n.contacts > 0 && n.runs > 0,
        "nothing checked"
    );
    failures.truncate(40);
    assert_no_failures(&failures, pdfs.len());
}

/// The pocket card's tree is checked as the sheets' are: its rights and its contacts (front
/// and back) are lists, each contact's line a heading in its item, no heading level skipped.
#[test]
fn the_cards_lists_contacts_and_language_runs_are_in_the_structure_tree() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path();
    build(out, "help-card");
    let pdfs = sheet_pdfs(out, &["help-card"]);
    assert_eq!(pdfs.len(), 13 * 4, "one region's cards");
    let Some(trees) = read_trees(&pdfs) else {
        return;
    };
    let (n, mut failures) = check_trees(out, &pdfs, &trees);
    report(&n, pdfs.len());
    // Every card lists its rights and its front's numbers; the older tiers' backs add the
    // complaints contact.
    assert!(
        n.lists >= pdfs.len() && n.headings >= 3 * pdfs.len(),
        "too little checked"
    );
    assert!(n.contacts >= pdfs.len() && n.runs > 0, "nothing checked");
    failures.truncate(40);
    assert_no_failures(&failures, pdfs.len());
}

fn report(n: &Checked, pdfs: usize) {
    eprintln!(
        "{pdfs} PDFs: {} HTML lists, {} contacts, {} runs in another language, {} headings \
         checked ({} runs of the HTML are not in the PDF)",
        n.lists, n.contacts, n.runs, n.headings, n.not_in_pdf
    );
}

#[test]
fn a_skipped_heading_level_is_found() {
    let elem = |tag: &str| Elem {
        tag: tag.into(),
        lang: "en".into(),
        text: tag.into(),
        ancestors: Vec::new(),
        kids: Vec::new(),
    };
    let tree = |tags: &[&str]| Tree {
        elems: tags.iter().map(|t| elem(t)).collect(),
        runs: Vec::new(),
    };
    assert!(skipped_levels(&tree(&["Document", "H1", "H2", "H3", "P", "H2", "H3"])).is_empty());
    assert_eq!(
        skipped_levels(&tree(&["H1", "L", "H3", "H2", "H4"])),
        ["H3 after H1: \"H3\"", "H4 after H2: \"H4\""]
    );
}
