#!/usr/bin/env bash
# release.sh builds the release packages into dist/ (make release):
#
#   teilhabelotse-VERSION-linux-amd64.tar.xz    fyne package: program, desktop
#                                               file, icon, LICENSE, notices
#   teilhabelotse-VERSION-windows-amd64.zip     teilhabelotse.exe (window, icon,
#                                               version information, manifest),
#                                               teilhabelotse-cli.exe (the same
#                                               program for cmd.exe/PowerShell),
#                                               LICENSE, notices, preset example
#   SHA256SUMS
#
# The version is FyneApp.toml's. Needs scripts/setup-deps.sh --release (the
# mingw-w64 cross compiler and the fyne tool). The Windows build compiles
# Fyne and SQLite with mingw: about 14 minutes on two cores the first time,
# a minute once Go's build cache has it. RELEASE_ONLY=linux or =windows
# builds one of the two.
set -euo pipefail
cd "$(dirname "$0")/.."

version="$(sed -n 's/^Version = "\(.*\)"$/\1/p' FyneApp.toml)"
[[ -n "$version" ]] || { echo "release: no Version in FyneApp.toml" >&2; exit 1; }
fyne="$(go env GOBIN)"
fyne="${fyne:-$(go env GOPATH)/bin}/fyne"
[[ -x "$fyne" ]] || { echo "release: $fyne missing; run scripts/setup-deps.sh --release" >&2; exit 1; }
only="${RELEASE_ONLY:-}"
dist="$PWD/dist"
mkdir -p "$dist"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The source is packaged from a clean copy of the committed tree, so the
# fyne tool's temporary files never touch the working tree and nothing
# uncommitted ends up in a release.
src="$work/src"
mkdir "$src"
git ls-files -z | xargs -0 tar -cf - | tar -xf - -C "$src"

# --release: the fyne tool links without symbol table and debug
# information (-s -w, -trimpath) and compiles the C parts (SQLite, GLFW)
# with -O3 instead of -O2 -g, so no C debug information ends up in the
# programs: the Windows program shrank from 63 MB to 35.5 MB, the zip from
# 52 MB to 33 MB (-s alone did not strip the C parts' debug information
# there).

# Files every package carries beside the program.
docs=(LICENSE THIRD_PARTY.md CHANGELOG.md README.md)

if [[ "$only" != windows ]]; then
	echo "release: Linux package $version"
	(cd "$src" && "$fyne" package -os linux --release --app-version "$version" >/dev/null)
	# fyne package makes Teilhabelotse.tar.xz (usr/local/{bin,share});
	# unpacked into a folder named like the package, with the documents.
	name="teilhabelotse-$version-linux-amd64"
	mkdir -p "$work/$name"
	tar -xJf "$src/Teilhabelotse.tar.xz" -C "$work/$name"
	cp "${docs[@]/#/$src/}" "$work/$name/"
	tar -C "$work" --owner=0 --group=0 --sort=name -cJf "$dist/$name.tar.xz" "$name"
fi

if [[ "$only" != linux ]]; then
	echo "release: Windows package $version (cross-compiled; the first build takes long)"
	command -v x86_64-w64-mingw32-gcc >/dev/null || { echo "release: x86_64-w64-mingw32-gcc missing; run scripts/setup-deps.sh --release" >&2; exit 1; }
	(cd "$src" && nice -n "${RELEASE_NICE:-10}" env CC=x86_64-w64-mingw32-gcc GOARCH=amd64 \
		"$fyne" package -os windows --release --app-version "$version" >/dev/null)
	name="teilhabelotse-$version-windows-amd64"
	mkdir -p "$work/$name"
	mv "$src/Teilhabelotse.exe" "$work/$name/teilhabelotse.exe"
	go run ./scripts/winexe console "$work/$name/teilhabelotse.exe" "$work/$name/teilhabelotse-cli.exe"
	for f in "${docs[@]}"; do
		# Notepad shows CRLF; the names stay as in the repository.
		sed 's/$/\r/' "$src/$f" >"$work/$name/$f"
	done
	sed 's/$/\r/' scripts/teilhabelotse.ini.example >"$work/$name/teilhabelotse.ini.example"
	rm -f "$dist/$name.zip"
	(cd "$work" && zip -qrX "$dist/$name.zip" "$name")
fi

(cd "$dist" && rm -f SHA256SUMS && sha256sum teilhabelotse-"$version"-* >SHA256SUMS && cat SHA256SUMS)
