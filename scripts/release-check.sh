#!/usr/bin/env bash
# release-check.sh checks the packages make release left in dist/, as a
# user and an IT department would get them, independent of CI:
#
#   - SHA256SUMS matches every package
#   - Linux: the tar.xz unpacks; the program runs --version and names the
#     release's version; the desktop file files it under Office with a
#     German and an English comment and an icon (desktop-file-validate when
#     installed); LICENSE and THIRD_PARTY.md are there
#   - Windows: the zip unpacks; teilhabelotse.exe is a 64-bit PE window
#     program and teilhabelotse-cli.exe a console program, both with icon,
#     manifest and the version in their version information; LICENSE,
#     THIRD_PARTY.md and the preset example are there
#   - Windows command line under Wine, where Wine is installed: --version,
#     demo, list, check, backup (encrypted), export and import (encrypted,
#     passphrase from TEILHABELOTSE_PASSPHRASE and from standard input),
#     restore — all on one data folder, the database opened by every one.
#
# Wine's limits: Wine 8 lacks ProcessPrng, which Go programs call at start;
# a small stand-in (scripts/wine/processprng.c, built here with mingw-w64)
# is put into the Wine prefix only. The window itself is not started (no
# OpenGL here), and Wine's file permissions, drive types and console are
# not Windows': a pass here does not replace a try on Windows 10/11.
set -euo pipefail
cd "$(dirname "$0")/.."

version="$(sed -n 's/^Version = "\(.*\)"$/\1/p' FyneApp.toml)"
dist="$PWD/dist"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail=0
ok() { echo "  ok   $*"; }
bad() {
	echo "  FAIL $*"
	fail=1
}

echo "release-check: version $version in $dist"
(cd "$dist" && sha256sum --quiet -c SHA256SUMS) && ok "SHA256SUMS" || bad "SHA256SUMS does not match"

linux="$dist/teilhabelotse-$version-linux-amd64.tar.xz"
if [[ -f "$linux" ]]; then
	echo "Linux: $(basename "$linux")"
	tar -xJf "$linux" -C "$work"
	root="$work/teilhabelotse-$version-linux-amd64"
	bin="$(find "$root" -type f -path '*/bin/*' -name 'teilhabelotse*' | head -1)"
	if [[ -n "$bin" ]] && out="$(LANG=C.UTF-8 "$bin" --version 2>"$work/stderr")" && [[ "$out" == *"$version"* ]]; then
		ok "$(basename "$bin") --version: $out"
		[[ -s "$work/stderr" ]] && bad "--version wrote on stderr: $(head -3 "$work/stderr")"
	else
		bad "program missing or --version does not say $version"
	fi
	desktop="$(find "$root" -name '*.desktop' | head -1)"
	if [[ -n "$desktop" ]]; then
		grep -q '^Categories=Office;' "$desktop" && ok "desktop file: $(grep '^Categories=' "$desktop")" || bad "desktop file not under Office"
		grep -q '^Comment=.' "$desktop" && grep -q '^Comment\[de\]=.' "$desktop" && ok "desktop file: English and German comment" || bad "desktop file lacks a comment in English and German"
		icon="$(sed -n 's/^Icon=//p' "$desktop")"
		find "$root" -name "$(basename "$icon")*" -path '*icons*' -o -name "$(basename "$icon")*" -path '*pixmaps*' | grep -q . && ok "icon $icon" || bad "icon $icon not in the package"
		if command -v desktop-file-validate >/dev/null; then
			desktop-file-validate "$desktop" && ok "desktop-file-validate" || bad "desktop-file-validate"
		fi
	else
		bad "no desktop file"
	fi
	for f in LICENSE THIRD_PARTY.md; do [[ -s "$root/$f" ]] && ok "$f" || bad "$f missing"; done
	grep -q "EUROPEAN UNION PUBLIC LICENCE\|European Union Public Licence" "$root/LICENSE" || bad "LICENSE is not the EUPL"
else
	bad "$linux missing"
fi

zipfile="$dist/teilhabelotse-$version-windows-amd64.zip"
if [[ -f "$zipfile" ]]; then
	echo "Windows: $(basename "$zipfile")"
	unzip -q "$zipfile" -d "$work"
	root="$work/teilhabelotse-$version-windows-amd64"
	gui="$(go run ./scripts/winexe check "$root/teilhabelotse.exe" "$version" 2>&1)" && [[ "$gui" == *"window program"* ]] && ok "$gui" || bad "$gui"
	cli="$(go run ./scripts/winexe check "$root/teilhabelotse-cli.exe" "$version" 2>&1)" && [[ "$cli" == *"console program"* ]] && ok "$cli" || bad "$cli"
	for f in LICENSE THIRD_PARTY.md teilhabelotse.ini.example; do [[ -s "$root/$f" ]] && ok "$f" || bad "$f missing"; done

	wine="$(command -v wine64 || command -v wine || ls /usr/lib/wine/wine64 2>/dev/null || true)"
	if [[ -z "$wine" ]]; then
		echo "  skip Wine is not installed (scripts/setup-deps.sh --release): command line not run"
	elif ! command -v x86_64-w64-mingw32-gcc >/dev/null; then
		echo "  skip mingw-w64 missing: no ProcessPrng stand-in for Wine"
	else
		echo "Windows command line under Wine ($("$wine" --version))"
		export WINEPREFIX="$work/wineprefix" WINEDEBUG=-all WINEDLLOVERRIDES="bcryptprimitives=n,b;mscoree,mshtml="
		"$wine" wineboot -i >/dev/null 2>&1 || true
		x86_64-w64-mingw32-gcc -O2 -shared -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
			scripts/wine/processprng.c scripts/wine/processprng.def -ladvapi32
		exe="$root/teilhabelotse-cli.exe"
		data='Z:'"$(echo "$work/data" | tr / '\\')"
		out_dir='Z:'"$(echo "$work" | tr / '\\')"
		w() { LANG=de_DE.UTF-8 timeout 300 "$wine" "$exe" "$@" 2>&1 | tr -d '\r'; }
		expect() { # expect WHAT TEXT ARGS…: run, require TEXT in the output
			local what="$1" text="$2"
			shift 2
			local out
			out="$(w "$@")" || true
			if [[ "$out" == *"$text"* ]]; then ok "$what"; else bad "$what: $(echo "$out" | head -3)"; fi
		}
		expect "--version" "$version" --version
		expect "demo (creates the database)" "Beispielfälle" demo --data "$data"
		expect "list" "Mustermann" list --data "$data"
		expect "check" "in Ordnung" check --data "$data"
		export TEILHABELOTSE_PASSPHRASE="Korrekt Pferd Batterie Heftklammer"
		expect "backup --encrypt" "gespeichert" backup --data "$data" --out "$out_dir\\backup.age" --encrypt
		expect "export json --encrypt" "" export json --case 1 --data "$data" --out "$out_dir\\fall1.age" --encrypt
		[[ -s "$work/fall1.age" ]] && ok "encrypted case file written" || bad "no encrypted case file"
		out="$(w import --data "$data\\..\\data2" "$out_dir\\fall1.age")" || true
		[[ "$out" =~ ^[0-9]+$ ]] && ok "import of the encrypted case file into another data folder: case $out" || bad "import: $(echo "$out" | head -3)"
		unset TEILHABELOTSE_PASSPHRASE
		out="$(printf 'Korrekt Pferd Batterie Heftklammer\n' | LANG=de_DE.UTF-8 timeout 300 "$wine" "$exe" restore --data "$data" "$out_dir\\backup.age" 2>&1 | tr -d '\r')" || true
		[[ "$out" == *"zurückgespielt"* ]] && ok "restore of the encrypted backup, passphrase from standard input" || bad "restore: $(echo "$out" | head -3)"
		expect "check after restore" "in Ordnung" check --data "$data"
		grep -q "command=restore" "$work/data/teilhabelotse.log" && ok "log file in the data folder" || bad "no log of the commands in the data folder"
		# Data folder preset by IT: the environment, then teilhabelotse.ini
		# beside the program (a relative folder is the portable mode).
		TEILHABELOTSE_DATA="$out_dir\\envdata" w demo >/dev/null || true
		[[ -s "$work/envdata/teilhabelotse.db" ]] && ok "TEILHABELOTSE_DATA chooses the data folder" || bad "TEILHABELOTSE_DATA ignored"
		printf '; portable\r\ndata = Daten\r\n' >"$root/teilhabelotse.ini"
		w demo >/dev/null || true
		[[ -s "$root/Daten/teilhabelotse.db" ]] && ok "teilhabelotse.ini beside the program chooses the data folder" || bad "teilhabelotse.ini ignored"
		rm -f "$root/teilhabelotse.ini"
	fi
else
	bad "$zipfile missing"
fi

if ((fail)); then
	echo "release-check: FAILED"
	exit 1
fi
echo "release-check: all checks passed"
