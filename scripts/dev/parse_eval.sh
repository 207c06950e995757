#!/usr/bin/env bash
# Scores `trame tag` (raw text in: trame's own tokens, tags, lemmas and trees) on the parts
# of the UD French treebanks that the built-in parser model was not trained on, with
# shared/tools/score_parse.py. The held-out parts are those scripts/train-models keeps out:
#   Sequoia dev, GSD dev sentences 1101-1476, FQB sentences 2061-2289, Rhapsodie dev,
#   ParisStories dev.
#   scripts/dev/parse_eval.sh [BUILD_DIR] [UD_FOLDER]
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
ud=${2:-../shared/data/ud}
tools=../shared/tools
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# part NAME FILE FROM TO: sentences FROM..TO (1-based; TO empty for the last) of FILE.
part() {
  python3 - "$2" "$3" "$4" > "$work/$1.conllu" <<'EOF'
import sys
path, first, last = sys.argv[1], int(sys.argv[2]), sys.argv[3]
sentences = open(path, encoding="utf-8").read().strip("\n").split("\n\n")
end = int(last) if last else len(sentences)
print("\n\n".join(sentences[first - 1:end]) + "\n")
EOF
}
part sequoia-dev "$ud/fr_sequoia-ud-dev.conllu" 1 ""
part gsd-dev-1101- "$ud/fr_gsd-ud-dev.conllu" 1101 ""
part fqb-2061- "$ud/fr_fqb-ud-all.conllu" 2061 ""
part rhapsodie-dev "$ud/fr_rhapsodie-ud-dev.conllu" 1 ""
part parisstories-dev "$ud/fr_parisstories-ud-dev.conllu" 1 ""
printf '%-18s %s\n' "held-out part" "score_parse.py"
for name in sequoia-dev gsd-dev-1101- fqb-2061- rhapsodie-dev parisstories-dev; do
  python3 "$tools/score_ud.py" text "$work/$name.conllu" > "$work/$name.txt"
  "$build/cli/trame" tag --one-sentence-per-line "$work/$name.txt" > "$work/$name.sys.conllu"
  result=$(python3 "$tools/score_parse.py" "$work/$name.conllu" "$work/$name.sys.conllu" | tr '\n' ' ')
  printf '%-18s %s\n' "$name" "$result"
done
