#!/usr/bin/env bash
# duplicates.sh lists the pairs of places in the code that repeat each other,
# with Go's import lists passed over as the duplicates tool's README says.
#
# The tool skips single-line `import "x"` lines but reads a grouped block
# (`import (` … `)`) as code, so files of one package that import the same
# packages would pair up on nothing but their imports. This script copies the
# files git tracks into a temporary folder, writes every grouped block there as
# single-line imports (aliases, blank and dot imports kept) and runs
# `duplicates` on that copy. The working tree is not changed.
#
# Arguments are passed on to duplicates (default: --most 200 --seconds 120).
set -euo pipefail
cd "$(dirname "$0")/.."

command -v duplicates >/dev/null || {
	echo "duplicates.sh: the duplicates command is not installed" >&2
	exit 1
}

work="$(mktemp -d "${TMPDIR:-/tmp}/teilhabelotse-duplicates.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# The tracked files as they are in the working tree (one deleted there is skipped).
git ls-files -z | xargs -0 sh -c 'for f; do [ -f "$f" ] && [ ! -L "$f" ] && printf "%s\0" "$f"; done' sh |
	xargs -0 cp --parents -t "$work"

# Every grouped import block becomes one `import` line per package.
find "$work" -name '*.go' -type f -print0 | while IFS= read -r -d '' f; do
	grep -q '^import[[:space:]]*($' "$f" || continue
	awk '
		!inblock && /^import[ \t]*\([ \t]*$/ { inblock = 1; next }
		inblock && /^[ \t]*\)[ \t]*$/ { inblock = 0; next }
		inblock {
			line = $0
			sub(/^[ \t]+/, "", line)
			if (line == "" || line ~ /^\/\//) print line
			else print "import " line
			next
		}
		{ print }
	' "$f" >"$f.tmp" && mv "$f.tmp" "$f"
done

if [[ $# -eq 0 ]]; then
	set -- --most 200 --seconds 120
fi
cd "$work"
duplicates --repo "$work" "$@" | sed "s#$work/##g"
