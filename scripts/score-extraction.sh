#!/usr/bin/env bash
# Scores the article extractor against a folder of gold pages in one step.
#
# Usage: scripts/score-extraction.sh [--per-page] [GOLD_DIR]
#   GOLD_DIR  folder of <id>/page.html + <id>/expected.json (default: ../shared/corpus/extraction-dev)
#   --per-page  also print one row per page
#
# Builds the project when it has not been built, runs `./chanye extract --json` over GOLD_DIR/*/page.html and
# scores the news pages with ../shared/tools/score_extraction.py. Run from anywhere; paths are taken relative to
# the repository root.
set -euo pipefail

cd "$(dirname "$0")/.."

per_page=()
gold=""
for arg in "$@"; do
  case "$arg" in
    --per-page) per_page=(--per-page) ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    -*) echo "score-extraction: unknown option $arg" >&2; exit 2 ;;
    *) gold="$arg" ;;
  esac
done
gold="${gold:-../shared/corpus/extraction-dev}"
scorer="../shared/tools/score_extraction.py"

[ -d "$gold" ] || { echo "score-extraction: no gold folder $gold" >&2; exit 2; }
[ -f "$scorer" ] || { echo "score-extraction: no scorer at $scorer" >&2; exit 2; }
[ -x ./chanye ] || { echo "score-extraction: no ./chanye launcher in $(pwd)" >&2; exit 2; }

shopt -s nullglob
pages=("$gold"/*/page.html)
[ ${#pages[@]} -gt 0 ] || { echo "score-extraction: no */page.html under $gold" >&2; exit 2; }

if [ ! -d crawler/target/classes ] || [ ! -d cli/target ]; then
  echo "score-extraction: building..." >&2
  mvn -B -q -DskipTests package
fi

pred="$(mktemp "${TMPDIR:-/tmp}/chanye-extract.XXXXXX.jsonl")"
trap 'rm -f "$pred"' EXIT

./chanye extract --json "${pages[@]}" > "$pred"
python3 "$scorer" --gold "$gold" --pred "$pred" --page-type news "${per_page[@]}"
