// infosheet preview: long-polls /wait and reloads the edition's frame when it changed.
"use strict";
(function () {
  const frame = document.getElementById("edition");
  const statusLine = document.getElementById("status");
  const problems = document.getElementById("problems");
  const errors = document.getElementById("errors");
  const fallbacks = document.getElementById("fallbacks");
  const fallbacksSummary = document.getElementById("fallbacks-summary");
  const warnings = document.getElementById("warnings");
  const showHtml = document.getElementById("show-html");
  const showPdf = document.getElementById("show-pdf");
  let format = "html";
  let version = 0;
  let shown = "";
  let scroll = 0;

  function wanted(s) {
    if (!s.ok) return "";
    if (format === "pdf") return s.pdf_ok ? "/edition.pdf?b=" + s.pdf_build : "";
    return "/edition.html?b=" + s.html_build;
  }

  function rememberScroll() {
    try { scroll = frame.contentWindow.scrollY || 0; } catch (e) { scroll = 0; }
  }

  frame.addEventListener("load", function () {
    try { if (format === "html") frame.contentWindow.scrollTo(0, scroll); } catch (e) { /* not ours */ }
  });

  function apply(s) {
    version = s.version;
    const errorText = !s.ok ? s.errors : (format === "pdf" && !s.pdf_ok ? s.pdf_errors : null);
    problems.hidden = errorText === null;
    errors.textContent = errorText || "";
    fallbacks.hidden = s.warning_count === 0;
    fallbacksSummary.textContent = s.warning_count + " message(s) shown in the reference language";
    warnings.textContent = s.warnings;
    const src = wanted(s);
    frame.hidden = src === "";
    if (src !== "" && src !== shown) {
      rememberScroll();
      shown = src;
      frame.src = src;
    }
    if (!s.ok) {
      statusLine.textContent = "Build " + s.build + " failed: see the problems below.";
    } else if (s.pdf_build < s.html_build) {
      statusLine.textContent = "Build " + s.html_build + ": HTML ready in " + Math.round(s.html_ms) + " ms; PDF being made…";
    } else {
      statusLine.textContent = "Build " + s.html_build + ": HTML " + Math.round(s.html_ms) + " ms, PDF " + Math.round(s.pdf_ms) + " ms after the save.";
    }
  }

  function choose(f) {
    format = f;
    // Browsers refuse to show a PDF in a sandboxed frame; the HTML edition stays sandboxed.
    if (f === "pdf") frame.removeAttribute("sandbox");
    else frame.setAttribute("sandbox", "allow-same-origin allow-popups");
    showHtml.setAttribute("aria-pressed", String(f === "html"));
    showPdf.setAttribute("aria-pressed", String(f === "pdf"));
    shown = "";
    scroll = 0;
    fetch("/status", { cache: "no-store" }).then(function (r) { return r.json(); }).then(apply);
  }
  showHtml.addEventListener("click", function () { choose("html"); });
  showPdf.addEventListener("click", function () { choose("pdf"); });

  async function poll() {
    for (;;) {
      try {
        const r = await fetch("/wait?after=" + version, { cache: "no-store" });
        if (!r.ok) throw new Error("HTTP " + r.status);
        apply(await r.json());
      } catch (e) {
        statusLine.textContent = "The preview server does not answer (stopped?); trying again…";
        await new Promise(function (done) { setTimeout(done, 1000); });
      }
    }
  }
  poll();
})();
