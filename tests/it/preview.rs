//! `infosheet preview` on the real binary: it serves the edition on 127.0.0.1, rebuilds it
//! when an FTL file of the project is saved, shows the diagnostics when a save breaks the
//! project, and serves nothing but its own pages.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::*;

/// The preview process, killed when the test ends (also when it fails).
struct Preview {
    child: Child,
    addr: SocketAddr,
}

impl Drop for Preview {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(project: &Path, args: &[&str]) -> Preview {
    let mut child = Command::new(env!("CARGO_BIN_EXE_infosheet"))
        .arg("--project")
        .arg(project)
        .arg("preview")
        .args(args)
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the infosheet binary runs");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    let line = match rx.recv_timeout(Duration::from_secs(120)) {
        Ok(line) => line,
        Err(_) => {
            let _ = child.kill();
            panic!("preview printed no URL within 120 s");
        }
    };
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no URL in {line:?}"));
    let authority = url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    let addr: SocketAddr = authority.parse().expect("an address");
    assert!(addr.ip().is_loopback(), "binds 127.0.0.1 only: {addr}");
    assert_ne!(addr.port(), 0);
    Preview { child, addr }
}

struct Reply {
    status: u16,
    head: String,
    body: Vec<u8>,
}

impl Reply {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("JSON")
    }
}

/// One HTTP/1.1 request over a fresh connection, `path` sent exactly as given.
fn request(addr: SocketAddr, method: &str, path: &str, host: &str) -> Reply {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .expect("timeout");
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read");
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a header");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("a status");
    let mut body = raw[split + 4..].to_vec();
    if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        body = unchunk(&body);
    }
    Reply { status, head, body }
}

fn unchunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(end) = data.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size =
            usize::from_str_radix(String::from_utf8_lossy(&data[..end]).trim(), 16).unwrap_or(0);
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&data[end + 2..end + 2 + size]);
        data = &data[end + 4 + size..];
    }
}

fn get(p: &Preview, path: &str) -> Reply {
    request(p.addr, "GET", path, &p.addr.to_string())
}

/// Long-polls until `done` holds for the status (60 s at most).
fn wait_for(p: &Preview, what: &str, done: impl Fn(&Value) -> bool) -> Value {
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut status = get(p, "/status").json();
    while !done(&status) {
        assert!(
            Instant::now() < deadline,
            "timed out waiting for {what}: {status}"
        );
        let version = status["version"].as_u64().unwrap_or(0);
        status = get(p, &format!("/wait?after={version}")).json();
    }
    status
}

/// Replaces message `id`'s line in `file` by `id = value`.
fn set_message(file: &Path, id: &str, value: &str) {
    let text = std::fs::read_to_string(file).expect("read FTL");
    let prefix = format!("{id} = ");
    assert!(
        text.lines().any(|l| l.starts_with(&prefix)),
        "{id} in {file:?}"
    );
    let edited: String = text
        .split_inclusive('\n')
        .map(|l| {
            if l.starts_with(&prefix) {
                format!("{prefix}{value}\n")
            } else {
                l.to_string()
            }
        })
        .collect();
    std::fs::write(file, edited).expect("write FTL");
}

fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("edition.pdf");
    std::fs::write(&path, bytes).expect("write PDF");
    tool("pdftotext", &[&path.to_string_lossy(), "-"])
}

#[test]
fn a_saved_ftl_change_is_served_and_a_broken_save_shows_its_diagnostics() {
    let project = copy_project();
    let p = start(
        project.path(),
        &["--locale", "th", "--tier", "child-9-12", "--port", "0"],
    );

    // The shell page: its own strict policy, its own script, the edition in a frame.
    let shell = get(&p, "/");
    assert_eq!(shell.status, 200);
    let head = shell.head.to_ascii_lowercase();
    assert!(head.contains("content-security-policy: default-src 'none'; script-src 'self'"));
    assert!(shell.text().contains(r#"<iframe id="edition""#));
    assert_eq!(get(&p, "/preview.js").status, 200);

    // The edition as built: the child heading, no script anywhere in it.
    let html = get(&p, "/edition.html");
    assert_eq!(html.status, 200);
    assert!(html.text().contains("สิทธิของเธอ"), "the --child heading");
    assert!(!html.text().contains("<script"), "no script in the edition");
    let status = wait_for(&p, "the first PDF", |s| s["pdf_build"] == s["html_build"]);
    let first = status["html_build"].as_u64().expect("a build number");
    let pdf = get(&p, "/edition.pdf");
    assert_eq!(pdf.status, 200);
    assert!(pdf.body.starts_with(b"%PDF-"));

    // Save a change to a Thai message: the new text is served as HTML, then as PDF.
    let ftl = project.path().join("locales/th/sheet.ftl");
    set_message(
        &ftl,
        "section-rights-heading--child",
        "สิทธิของเธอ PREVIEW-CHECK-1",
    );
    let status = wait_for(&p, "the rebuild", |s| {
        s["ok"] == true
            && s["html_build"].as_u64() > Some(first)
            && s["pdf_build"] == s["html_build"]
    });
    assert_eq!(status["pdf_ok"], true, "{status}");
    assert!(get(&p, "/edition.html").text().contains("PREVIEW-CHECK-1"));
    assert!(pdf_text(&get(&p, "/edition.pdf").body).contains("PREVIEW-CHECK-1"));

    // A save that breaks the project: diagnostics instead of the page, the server still up.
    let good = std::fs::read_to_string(&ftl).expect("read FTL");
    set_message(&ftl, "section-rights-heading--child", "{ $unclosed");
    let status = wait_for(&p, "the failed rebuild", |s| s["ok"] == false);
    let errors = status["errors"].as_str().unwrap_or_default();
    assert!(errors.contains("ftl-syntax"), "{errors}");
    assert!(errors.contains("locales/th/sheet.ftl"), "{errors}");
    let broken = get(&p, "/edition.html");
    assert_eq!(broken.status, 503);
    assert!(broken.text().contains("ftl-syntax"));
    let failed = status["build"].as_u64().expect("a build number");

    // Fixing it brings the page back.
    std::fs::write(&ftl, good.replace("PREVIEW-CHECK-1", "PREVIEW-CHECK-2")).expect("write");
    wait_for(&p, "the repaired rebuild", |s| {
        s["ok"] == true && s["html_build"].as_u64() > Some(failed)
    });
    assert!(get(&p, "/edition.html").text().contains("PREVIEW-CHECK-2"));

    // Nothing but its own pages: no project file, no path out, only GET and HEAD, only to
    // its own host name.
    for path in [
        "/locales/th/sheet.ftl",
        "/../infosheet.toml",
        "/%2e%2e/infosheet.toml",
        "/edition.html/../../infosheet.toml",
        "/index.html",
    ] {
        assert_eq!(get(&p, path).status, 404, "{path}");
    }
    assert_eq!(
        request(p.addr, "POST", "/", &p.addr.to_string()).status,
        405
    );
    assert_eq!(request(p.addr, "GET", "/", "attacker.example").status, 403);
}

#[test]
fn an_unknown_locale_is_a_usage_error() {
    let out = run(
        &repo(),
        &[
            "preview", "--locale", "xx", "--tier", "adult", "--port", "0",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("unknown locale `xx`"),
        "{}",
        stderr(&out)
    );
}
