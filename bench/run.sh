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
trap 'rm -rf "$W"' EXIT

json() { hyperfine --style none --runs "$RUNS" --export-json "$W/$1.json" "${@:2}" >/dev/null 2>&1; }
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

# 4. The peer: Typst's CLI compiling the same templates, data and fonts, one process per edition.
PEER_SEL="--locale th,km,fa --region sample-destination --sheet rights-and-help"
"$BIN" build --quiet --force $PEER_SEL --format json --out "$W/models"
N=0
for model in "$W"/models/*/*/*/rights-and-help.json; do
  N=$((N + 1)); d="$W/peer/$N"; mkdir -p "$d/pictograms"
  cp templates/typst/*.typ "$d/"; cp "$model" "$d/model.json"
  python3 - "$ROOT/content" "$d" <<'P'
import sys, tomllib, shutil
c, d = sys.argv[1], sys.argv[2]
for p in tomllib.load(open(f"{c}/pictograms.toml", "rb"))["pictogram"]:
    shutil.copy(f"{c}/pictograms/{p['file']}", f"{d}/pictograms/{p['id']}.svg")
P
  tpl=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['template'])" "$d/model.json")
  echo "$TYPST compile --root $d --font-path $ROOT/fonts --ignore-system-fonts --pdf-standard ua-1 --creation-timestamp $SOURCE_DATE_EPOCH $d/$tpl.typ $d/out.pdf" >> "$W/peer.sh"
done
json peer --warmup 1 "bash $W/peer.sh"
json ours --warmup 1 "$BIN build --quiet --force $PEER_SEL --format pdf --out $W/ours"
"$TYPST" --version > "$W/typst-version"

FULL=$(median_ms full); ONE_MS=$(median_ms one); NOCH=$(median_ms nochange); MSG=$(median_ms onemsg)
PEER=$(median_ms peer); OURS=$(median_ms ours)
PEER_PER=$(python3 -c "print(f'{$PEER/$N:.1f}')"); OURS_PER=$(python3 -c "print(f'{$OURS/$N:.1f}')")
RATIO=$(python3 -c "print(f'{$OURS/$PEER:.2f}')")
FULL_PER=$(python3 -c "print(f'{$FULL/$EDITIONS:.1f}')")
{
  echo "# infosheet benchmark, $(date -u +%Y-%m-%d)"
  echo
  echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem:/{print $2}') GiB;"
  echo "$(cat "$W/typst-version"); infosheet $("$BIN" --version | cut -d' ' -f2); medians of $RUNS runs (hyperfine)."
  echo
  echo "| case | median |"
  echo "|---|---|"
  echo "| 1. whole default matrix, cold process ($EDITIONS PDF + $EDITIONS HTML + index) | $FULL ms |"
  echo "| 1. peak memory (max RSS) of case 1 | $((RSS_KB / 1024)) MiB |"
  echo "| 2. one edition (th, child-9-12, PDF), cold process | $ONE_MS ms |"
  echo "| 3. rebuild, nothing changed | $NOCH ms |"
  echo "| 3. rebuild, one Thai message changed | $MSG ms ($REBUILT) |"
  echo "| 4. typst compile, one process per edition, $N editions | $PEER ms ($PEER_PER ms per PDF) |"
  echo "| 4. infosheet, same $N editions, PDF only, one process | $OURS ms ($OURS_PER ms per PDF) |"
  echo "| 4. ratio infosheet / typst per PDF | $RATIO |"
  echo "| whole matrix per edition (PDF + HTML) | $FULL_PER ms |"
} | tee bench/results-latest.md
