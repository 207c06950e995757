#!/usr/bin/env bash
# Scores trame's extraction on the news sets in tests/data/news (and any set folder given
# as an argument) with shared/tools/score_facts.py, through a store as a user would.
#   scripts/dev/news_eval.sh [BUILD_DIR] [SET_DIR...]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
shift || true
trame="$build/cli/trame"
scorer=../shared/tools/score_facts.py
sets=("$@")
[ ${#sets[@]} -eq 0 ] && sets=(tests/data/news/*/)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-28s %s\n' set score
for dir in "${sets[@]}"; do
  dir=${dir%/}
  db="$work/$(basename "$dir").db"
  "$trame" ingest --db "$db" "$dir" 2>/dev/null
  "$trame" export --db "$db" --format jsonl > "$work/s.jsonl"
  printf '%-28s %s\n' "$dir" "$(python3 "$scorer" "$dir/gold.json" "$work/s.jsonl" | tail -1)"
done
