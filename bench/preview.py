#!/usr/bin/env python3
"""Latency of `infosheet preview`: from a saved .ftl change to the new edition ready.

Copies the project to a temporary folder, starts the preview of one edition, then N times
rewrites one message of the locale's sheet.ftl and long-polls the server's /wait endpoint until
it reports the HTML page, then the PDF, of the new build. Prints the median and p90 of both.

    python3 bench/preview.py [--runs 25] [--locale th] [--tier child-9-12]
                             [--message section-rights-heading--child]

Run after `cargo build --release`; it uses target/release/infosheet.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def get(url, path):
    with urllib.request.urlopen(url + path, timeout=60) as r:
        return r.read()


def status(url, after=None):
    path = "/status" if after is None else f"/wait?after={after}"
    return json.loads(get(url, path))


def wait(url, done, start):
    s = status(url)
    while not done(s):
        s = status(url, s["version"])
    return s


def pct(values, p):
    values = sorted(values)
    k = (len(values) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=25)
    ap.add_argument("--locale", default="th")
    ap.add_argument("--tier", default="child-9-12")
    ap.add_argument("--message", default="section-rights-heading--child")
    ap.add_argument("--file", default="sheet.ftl")
    args = ap.parse_args()

    binary = os.path.join(ROOT, "target", "release", "infosheet")
    project = tempfile.mkdtemp(prefix="infosheet-preview-bench-")
    for item in ["infosheet.toml", "content", "locales", "templates", "fonts"]:
        src = os.path.join(ROOT, item)
        (shutil.copytree if os.path.isdir(src) else shutil.copy)(src, os.path.join(project, item))
    ftl = os.path.join(project, "locales", args.locale, args.file)
    with open(ftl, encoding="utf-8") as f:
        lines = f.read().split("\n")
    index = next(i for i, l in enumerate(lines) if l.startswith(args.message + " = "))
    original = lines[index]

    proc = subprocess.Popen(
        [binary, "--project", project, "--quiet", "preview", "--locale", args.locale,
         "--tier", args.tier, "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1795000000"})
    try:
        line = proc.stdout.readline()
        url = next(w for w in line.split() if w.startswith("http://")).rstrip("/")
        wait(url, lambda s: s["pdf_build"] == s["html_build"] and s["html_build"] > 0, 0)
        html_ms, pdf_ms, server_html, server_pdf = [], [], [], []
        for run in range(args.runs):
            before = status(url)["html_build"]
            marker = f"BENCH-{run}"
            lines[index] = f"{original} {marker}"
            text = "\n".join(lines)
            t0 = time.perf_counter()
            with open(ftl, "w", encoding="utf-8") as f:
                f.write(text)
            s = wait(url, lambda s: s["html_build"] > before, t0)
            t_html = time.perf_counter() - t0
            s = wait(url, lambda s: s["pdf_build"] == s["html_build"] and s["html_build"] > before, t0)
            t_pdf = time.perf_counter() - t0
            if not s["ok"] or not s["pdf_ok"]:
                sys.exit(f"run {run}: the build failed: {s['errors'] or s['pdf_errors']}")
            if marker.encode() not in get(url, "/edition.html"):
                sys.exit(f"run {run}: the served page lacks {marker}")
            html_ms.append(t_html * 1000)
            pdf_ms.append(t_pdf * 1000)
            server_html.append(s["html_ms"])
            server_pdf.append(s["pdf_ms"])
            time.sleep(0.3)
    finally:
        proc.kill()
        proc.wait()
        shutil.rmtree(project, ignore_errors=True)

    def row(name, values):
        return (f"{name:<34} median {statistics.median(values):6.1f} ms   p90 {pct(values, 0.9):6.1f} ms"
                f"   min {min(values):6.1f}   max {max(values):6.1f}")

    print(f"{args.runs} saves of `{args.message}` in locales/{args.locale}/{args.file}, "
          f"edition {args.locale}/{args.tier}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    print(row("save -> HTML page served", html_ms))
    print(row("save -> PDF served", pdf_ms))
    print(row("(server's own: first event -> HTML)", server_html))
    print(row("(server's own: first event -> PDF)", server_pdf))


if __name__ == "__main__":
    main()
