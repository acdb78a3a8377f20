//! The preview's HTTP server (tiny_http) on 127.0.0.1: the shell page, the edition as HTML and
//! PDF, its status, and a long poll that answers when the edition changed. Nothing else is
//! served: no file is read from disk on a request.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::Duration;

use serde_json::json;
use tiny_http::{Header, Method, Request, Response, Server};

use super::shell;
use crate::diag::Diagnostic;
use crate::error::Error;

/// How long a long poll waits before it answers that nothing changed.
const POLL_TIMEOUT: Duration = Duration::from_secs(25);
/// Long polls waiting at once; more are refused (503) rather than given a thread each.
const MAX_WAITING: usize = 32;

/// What the server serves, replaced by each rebuild.
#[derive(Debug, Default)]
pub struct Served {
    /// Grows by one whenever anything below changes.
    pub version: u64,
    /// The rebuild (1 for the first build, then one per save) now in progress or last done.
    pub build: u64,
    /// The rebuild whose HTML page, or whose diagnostics, are served (0: none yet).
    pub html_build: u64,
    /// The rebuild whose PDF, or whose PDF diagnostics, are served.
    pub pdf_build: u64,
    pub html: Option<Arc<[u8]>>,
    pub pdf: Option<Arc<[u8]>>,
    /// The diagnostics of a rebuild that produced no page, as text.
    pub errors: Option<String>,
    /// The diagnostics of a PDF that could not be made (the HTML page may still be served).
    pub pdf_errors: Option<String>,
    /// Warnings of the last rebuild (messages shown in the reference language), as text.
    pub warnings: String,
    pub warning_count: usize,
    /// From the save to the HTML page, and to the PDF, ready (milliseconds).
    pub html_ms: f64,
    pub pdf_ms: f64,
}

/// The served state and the signal that it changed.
pub struct Shared {
    /// `region/locale/tier/sheet` of the edition.
    pub edition: String,
    /// File name of the PDF, for downloads.
    pub pdf_name: String,
    served: Mutex<Served>,
    changed: Condvar,
}

impl Shared {
    pub fn new(edition: String, pdf_name: String) -> Self {
        Self {
            edition,
            pdf_name,
            served: Mutex::new(Served::default()),
            changed: Condvar::new(),
        }
    }

    /// Changes what is served and wakes every waiting long poll.
    pub fn update(&self, f: impl FnOnce(&mut Served)) {
        let mut served = self.lock();
        f(&mut served);
        served.version += 1;
        drop(served);
        self.changed.notify_all();
    }

    fn lock(&self) -> MutexGuard<'_, Served> {
        self.served
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The status as JSON: what the shell page and the benchmark read.
    fn status(&self, served: &Served) -> String {
        json!({
            "edition": self.edition,
            "version": served.version,
            "build": served.build,
            "html_build": served.html_build,
            "pdf_build": served.pdf_build,
            "ok": served.errors.is_none(),
            "errors": served.errors,
            "pdf_ok": served.pdf_errors.is_none(),
            "pdf_errors": served.pdf_errors,
            "warnings": served.warnings,
            "warning_count": served.warning_count,
            "html_ms": served.html_ms,
            "pdf_ms": served.pdf_ms,
        })
        .to_string()
    }

    /// The status once the version is past `after`, or after the poll timeout.
    fn wait(&self, after: u64) -> String {
        let served = self.lock();
        let (served, _) = self
            .changed
            .wait_timeout_while(served, POLL_TIMEOUT, |s| s.version <= after)
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        self.status(&served)
    }
}

/// Binds 127.0.0.1 (`port` 0: the system picks one) and serves on a thread of its own.
pub fn start(port: u16, shared: Arc<Shared>) -> Result<SocketAddr, Error> {
    let server = Server::http(("127.0.0.1", port)).map_err(|e| {
        Error::Invalid(vec![
            Diagnostic::error(format!("cannot listen on 127.0.0.1:{port}: {e}"))
                .with_hint("choose another --port, or leave it out to let the system pick one"),
        ])
    })?;
    let addr = server
        .server_addr()
        .to_ip()
        .ok_or_else(|| Error::Usage("the server has no IP address".into()))?;
    let waiting = Arc::new(AtomicUsize::new(0));
    std::thread::Builder::new()
        .name("preview-http".into())
        .spawn(move || {
            for request in server.incoming_requests() {
                route(request, &shared, addr, &waiting);
            }
        })
        .map_err(|e| Error::Usage(format!("cannot start the server thread: {e}")))?;
    Ok(addr)
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes())
        .unwrap_or_else(|_| Header::from_bytes(&b"X-Invalid"[..], &b"1"[..]).expect("ASCII"))
}

/// A response that no cache keeps and no browser sniffs into another type.
fn respond(request: Request, status: u16, content_type: &str, body: Vec<u8>, extra: &[Header]) {
    let mut response = Response::from_data(body)
        .with_status_code(status)
        .with_header(header("Content-Type", content_type))
        .with_header(header("Cache-Control", "no-store"))
        .with_header(header("X-Content-Type-Options", "nosniff"))
        .with_header(header("Referrer-Policy", "no-referrer"));
    for h in extra {
        response = response.with_header(h.clone());
    }
    // A client that went away is not the server's problem.
    let _ = request.respond(response);
}

fn text(request: Request, status: u16, body: &str) {
    respond(
        request,
        status,
        "text/plain; charset=utf-8",
        body.as_bytes().to_vec(),
        &[],
    );
}

/// Whether the request names this server as its host: a page elsewhere that resolves its own
/// name to 127.0.0.1 (DNS rebinding) must not read the preview.
fn host_ok(request: &Request, addr: SocketAddr) -> bool {
    let port = addr.port();
    request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Host"))
        .is_some_and(|h| {
            let host = h.value.as_str();
            host == format!("127.0.0.1:{port}") || host == format!("localhost:{port}")
        })
}

fn route(request: Request, shared: &Arc<Shared>, addr: SocketAddr, waiting: &Arc<AtomicUsize>) {
    if !matches!(request.method(), Method::Get | Method::Head) {
        return text(request, 405, "only GET and HEAD\n");
    }
    if !host_ok(&request, addr) {
        return text(
            request,
            403,
            "this server answers only to 127.0.0.1 and localhost\n",
        );
    }
    let url = request.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((url.as_str(), ""));
    match path {
        "/" => {
            let csp = header("Content-Security-Policy", shell::CSP);
            let page = shell::page(&shared.edition);
            respond(
                request,
                200,
                "text/html; charset=utf-8",
                page.into_bytes(),
                &[csp],
            );
        }
        "/preview.js" => respond(
            request,
            200,
            "text/javascript; charset=utf-8",
            shell::SCRIPT.as_bytes().to_vec(),
            &[],
        ),
        "/preview.css" => respond(
            request,
            200,
            "text/css; charset=utf-8",
            shell::STYLE.as_bytes().to_vec(),
            &[],
        ),
        // Browsers ask for it; there is none.
        "/favicon.ico" => respond(request, 204, "image/x-icon", Vec::new(), &[]),
        "/edition.html" => edition_html(request, shared),
        "/edition.pdf" => edition_pdf(request, shared),
        "/status" => {
            let body = shared.status(&shared.lock());
            respond(request, 200, "application/json", body.into_bytes(), &[]);
        }
        "/wait" => long_poll(request, query, shared, waiting),
        _ => text(
            request,
            404,
            "not found: the preview serves only its own pages\n",
        ),
    }
}

fn edition_html(request: Request, shared: &Shared) {
    let (html, errors) = {
        let served = shared.lock();
        (served.html.clone(), served.errors.clone())
    };
    match html {
        // The edition as built, byte for byte: its own CSP (no script) applies; the header
        // only limits who may frame it.
        Some(html) => respond(
            request,
            200,
            "text/html; charset=utf-8",
            html.to_vec(),
            &[header("Content-Security-Policy", "frame-ancestors 'self'")],
        ),
        None => text(
            request,
            503,
            &errors.unwrap_or_else(|| "the edition is being built\n".into()),
        ),
    }
}

fn edition_pdf(request: Request, shared: &Shared) {
    let (pdf, errors) = {
        let served = shared.lock();
        let errors = served.pdf_errors.clone().or(served.errors.clone());
        (served.pdf.clone(), errors)
    };
    match pdf {
        Some(pdf) => respond(
            request,
            200,
            "application/pdf",
            pdf.to_vec(),
            &[header(
                "Content-Disposition",
                &format!("inline; filename=\"{}\"", shared.pdf_name),
            )],
        ),
        None => text(
            request,
            503,
            &errors.unwrap_or_else(|| "the PDF is being built\n".into()),
        ),
    }
}

fn long_poll(request: Request, query: &str, shared: &Arc<Shared>, waiting: &Arc<AtomicUsize>) {
    let after = query
        .split('&')
        .find_map(|kv| kv.strip_prefix("after="))
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(0);
    if waiting.fetch_add(1, Ordering::SeqCst) >= MAX_WAITING {
        waiting.fetch_sub(1, Ordering::SeqCst);
        return text(request, 503, "too many waiting requests\n");
    }
    let shared = Arc::clone(shared);
    let counter = Arc::clone(waiting);
    let spawned = std::thread::Builder::new()
        .name("preview-wait".into())
        .spawn(move || {
            let body = shared.wait(after);
            counter.fetch_sub(1, Ordering::SeqCst);
            respond(request, 200, "application/json", body.into_bytes(), &[]);
        });
    if spawned.is_err() {
        waiting.fetch_sub(1, Ordering::SeqCst);
    }
}
