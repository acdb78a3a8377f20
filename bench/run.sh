#!/usr/bin/env bash
# infosheet benchmark: the whole matrix, one edition, rebuilds, and Typst's own CLI as the peer.
# Usage: bash bench/run.sh            (writes bench/results-latest.md and prints it)
# Needs: hyperfine (Debian package), GNU time, and typst-cli 0.15.1 (installed on first run with
# `cargo install typst-cli --version 0.15.1 --locked`, which takes a while).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/infosheet/target}"
RUNS="${RUNS:-5}"
PEER_RUNS="${PEER_RUNS:-3}"
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
TYPST="${TYPST:-$HOME/.cache/infosheet/typst-cli/bin/typst}"
if [ ! -x "$TYPST" ]; then
  cargo install typst-cli --version 0.15.1 --locked --root "$HOME/.cache/infosheet/typst-cli"
fi
cargo build --release --quiet
BIN="$CARGO_TARGET_DIR/release/infosheet"
export SOURCE_DATE_EPOCH=1795000000
W=$(mktemp -d)
# CPU time the hypervisor gave to other guests during the run (/proc/stat "steal"): on a shared
# machine it is why two runs differ, so the results say it.
cpu_stat() { awk '/^cpu /{t=0; for (i=2; i<=NF; i++) t+=$i; print t, $9}' /proc/stat; }
STAT_START=$(cpu_stat)
trap 'rm -rf "$W"' EXIT

# json NAME [hyperfine args] COMMAND: runs COMMAND $RUNS times (or $R times), keeps the JSON.
json() { hyperfine --style none --runs "${R:-$RUNS}" --export-json "$W/$1.json" "${@:2}" >/dev/null 2>&1; }
median_ms() { python3 -c "import json,sys;r=json.load(open(sys.argv[1]))['results'][0];print(f\"{r['median']*1000:.1f}\")" "$W/$1.json"; }

# 1. The whole default matrix from a cold process.
json full --warmup 1 --prepare "rm -rf $W/full" "$BIN build --quiet --out $W/full"
EDITIONS=$(find "$W/full" -name '*.pdf' | wc -l)
RSS_KB=$( { /usr/bin/time -f '%M' "$BIN" build --quiet --force --out "$W/rss" ; } 2>&1 | tail -1 )

# 2. One edition (Thai, 9-12, PDF) from a cold process.
ONE="--locale th --tier child-9-12 --region sample-destination --sheet rights-and-help --format pdf"
json one --warmup 2 "$BIN build --quiet --force $ONE --out $W/one"

# 3. Rebuilds: nothing changed; one Thai message changed (in a copy of the project).
json nochange --warmup 1 "$BIN build --quiet --out $W/full"
mkdir -p "$W/proj" && cp -r infosheet.toml content locales templates fonts "$W/proj/"
"$BIN" --project "$W/proj" build --quiet --out "$W/proj/out"
cat > "$W/toggle.sh" <<'T'
f="$1/locales/th/ui.ftl"
if grep -q '^ui-hours = .* ·$' "$f"; then sed -i 's/^\(ui-hours = .*\) ·$/\1/' "$f"; else sed -i 's/^\(ui-hours = .*\)$/\1 ·/' "$f"; fi
T
json onemsg --warmup 1 --prepare "bash $W/toggle.sh $W/proj" "$BIN --project $W/proj build --quiet --out $W/proj/out"
REBUILT=$( { bash "$W/toggle.sh" "$W/proj"; "$BIN" --project "$W/proj" build --out "$W/proj/out" 2>&1; } | tail -1 )

# 4. The peer: Typst's CLI compiling the same templates, data and fonts, one process per PDF.
# Every edition's sheet model is written as JSON; each peer folder holds the templates, the
# pictograms and one model, exactly what infosheet's own Typst world serves.
"$BIN" build --quiet --force --format json --out "$W/models"
mkdir -p "$W/base/pictograms"
cp templates/typst/*.typ "$W/base/"
python3 - "$ROOT/content" "$W/base" <<'P'
import sys, tomllib, shutil
c, d = sys.argv[1], sys.argv[2]
for p in tomllib.load(open(f"{c}/pictograms.toml", "rb"))["pictogram"]:
    shutil.copy(f"{c}/pictograms/{p['file']}", f"{d}/pictograms/{p['id']}.svg")
P
N=0; mkdir -p "$W/peer"
for model in $(find "$W/models" -name '*.json' ! -name '.*' | sort); do
  N=$((N + 1)); d="$W/peer/$N"; cp -r "$W/base" "$d"; cp "$model" "$d/model.json"
  tpl=$(sed -n 's/.*"template": *"\([a-z]*\)".*/\1/p' "$model" | head -1)
  [ -n "$tpl" ] || tpl=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['template'])" "$model")
  cmd="$TYPST compile --root $d --font-path $ROOT/fonts --ignore-system-fonts --pdf-standard ua-1 --creation-timestamp $SOURCE_DATE_EPOCH $d/$tpl.typ $d/out.pdf"
  echo "$cmd" >> "$W/peer-all.sh"
  # The distinct-documents subset: Thai, Khmer and Persian, every tier, one region, one sheet.
  case "$model" in */sample-destination/th/*/rights-and-help.json|*/sample-destination/km/*/rights-and-help.json|*/sample-destination/fa/*/rights-and-help.json)
    echo "$cmd" >> "$W/peer-12.sh";;
  esac
done
N12=$(wc -l < "$W/peer-12.sh")
# 4a. The whole matrix, every PDF (the average cost per PDF of a real build).
R=$PEER_RUNS json peerall --warmup 1 "bash $W/peer-all.sh"
json oursall --warmup 1 "$BIN build --quiet --force --format pdf --out $W/oursall"
# 4b. Twelve documents that share no text (no region repeats one): nothing to reuse but fonts
# and templates.
json peer12 --warmup 1 "bash $W/peer-12.sh"
json ours12 --warmup 1 "$BIN build --quiet --force --locale th,km,fa --region sample-destination --sheet rights-and-help --format pdf --out $W/ours12"
# 4c. HTML alone, every edition and the catalogue.
json html --warmup 1 "$BIN build --quiet --force --format html --out $W/html"
HTML_FILES=$(find "$W/html" -name '*.html' | wc -l)
"$TYPST" --version > "$W/typst-version"

# 5. Scaling: the whole matrix on one worker thread; one, two and three regions on two.
R=3 json one_thread "RAYON_NUM_THREADS=1 $BIN build --quiet --force --out $W/t1"
json regions1 --warmup 1 "$BIN build --quiet --force --region sample-destination --out $W/r1"
json regions2 --warmup 1 "$BIN build --quiet --force --region sample-destination,sample-origin --out $W/r2"

ms() { median_ms "$1"; }
calc() { python3 -c "print(f'{$1:$2}')"; }
FULL=$(ms full)
STEAL=$(python3 -c "import sys; a=sys.argv[1].split(); b=sys.argv[2].split(); print(f'{100*(int(b[1])-int(a[1]))/max(1,int(b[0])-int(a[0])):.0f}')" "$STAT_START" "$(cpu_stat)")
{
  echo "# infosheet benchmark, $(date -u +%Y-%m-%d)"
  echo
  echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem:/{print $2}') GiB;"
  echo "$(cat "$W/typst-version"); infosheet $("$BIN" --version | cut -d' ' -f2); medians of $RUNS runs (hyperfine; the Typst CLI over the whole matrix $PEER_RUNS runs, one thread 3 runs);"
  echo "CPU time stolen by the hypervisor during the run: $STEAL %."
  echo
  echo "| case | median | target |"
  echo "|---|---|---|"
  echo "| 1. whole default matrix, cold process ($EDITIONS PDF + $EDITIONS HTML + index) | $FULL ms | ≤ 5000 ms |"
  echo "| 1. peak memory (max RSS) of case 1 | $((RSS_KB / 1024)) MiB | ≤ 500 MB |"
  echo "| 2. one edition (th, child-9-12, PDF), cold process | $(ms one) ms | |"
  echo "| 3. rebuild, nothing changed | $(ms nochange) ms | ≤ 300 ms |"
  echo "| 3. rebuild, one Thai message changed | $(ms onemsg) ms ($REBUILT) | only the editions using it |"
  echo "| 4a. typst compile, one process per PDF, whole matrix ($N PDFs) | $(ms peerall) ms ($(calc "$(ms peerall)/$N" .1f) ms per PDF) | |"
  echo "| 4a. infosheet, whole matrix, PDF only, one process | $(ms oursall) ms ($(calc "$(ms oursall)/$N" .1f) ms per PDF) | |"
  echo "| 4a. **ratio infosheet / typst per PDF, whole matrix** | **$(calc "$(ms oursall)/$(ms peerall)" .2f)** | ≤ 0.3 |"
  echo "| 4b. typst compile, $N12 documents sharing no text (th, km, fa × 4 tiers, rights-and-help, one region) | $(ms peer12) ms ($(calc "$(ms peer12)/$N12" .1f) ms per PDF) | |"
  echo "| 4b. infosheet, the same $N12, PDF only, one process | $(ms ours12) ms ($(calc "$(ms ours12)/$N12" .1f) ms per PDF) | |"
  echo "| 4b. ratio infosheet / typst per PDF, documents sharing no text | $(calc "$(ms ours12)/$(ms peer12)" .2f) | |"
  echo "| 4c. HTML only, whole matrix ($HTML_FILES files), one process | $(ms html) ms ($(calc "$(ms html)/$HTML_FILES" .2f) ms per file, start-up included) | ≤ 2 ms per HTML |"
  echo "| 5. whole matrix on one worker thread | $(ms one_thread) ms (two threads are $(calc "$(ms one_thread)/$FULL" .2f)× faster) | scales with cores |"
  echo "| 5. one / two / three regions ($((EDITIONS / 3)) / $((EDITIONS * 2 / 3)) / $EDITIONS editions) | $(ms regions1) / $(ms regions2) / $FULL ms | grows at most linearly |"
} | tee bench/results-latest.md
