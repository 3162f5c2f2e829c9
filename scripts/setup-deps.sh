#!/usr/bin/env bash
# setup-deps.sh installs the system packages Teilhabelotse needs.
#
#   scripts/setup-deps.sh          what building and running need (C compiler,
#                                  OpenGL and X11 headers for Fyne, cgo for SQLite)
#   scripts/setup-deps.sh --test   plus what the tests and the smoke test need
#                                  (virtual display, screenshots, PDF tools)
#                                  and the staticcheck linter (go install)
#   scripts/setup-deps.sh --release plus what make release needs: the
#                                  mingw-w64 cross compiler for Windows, xz,
#                                  zip, desktop-file-validate, Wine (to try
#                                  the Windows command line) and the fyne
#                                  packaging tool (go install)
#
# On Debian and Ubuntu it installs what is missing with apt-get (through sudo
# when not run as root) and leaves installed packages alone. On other systems
# it says what to install and does not touch anything.
set -euo pipefail

build_pkgs=(gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev
	libxinerama-dev libxi-dev libxxf86vm-dev)
# libgl1-mesa-dri: software OpenGL, so the window renders under Xvfb.
test_pkgs=(xvfb xauth imagemagick xdotool poppler-utils qpdf libgl1-mesa-dri)

# wine64 runs the Windows command line in scripts/release-check.sh.
release_pkgs=(gcc-mingw-w64-x86-64 xz-utils zip unzip desktop-file-utils wine64)

want=("${build_pkgs[@]}")
case "${1:-}" in
--test) want+=("${test_pkgs[@]}") ;;
--release) want+=("${release_pkgs[@]}") ;;
"") ;;
*)
	echo "usage: $0 [--test|--release]" >&2
	exit 2
	;;
esac

# FYNE_TOOLS is the version of fyne.io/tools whose "fyne package" builds
# the release packages.
FYNE_TOOLS=v1.7.4
# STATICCHECK is the version of honnef.co/go/tools whose staticcheck
# make test runs (staticcheck 2026.2.2).
STATICCHECK=v0.8.2

check_go() {
	if ! command -v go >/dev/null 2>&1; then
		echo "setup-deps: Go is not installed. Install Go 1.22 or newer from https://go.dev/dl/" >&2
		echo "            (the go command then fetches the exact version go.mod asks for)." >&2
		exit 1
	fi
	local bin
	bin="$(go env GOBIN)"
	bin="${bin:-$(go env GOPATH)/bin}"
	if [[ "${1:-}" == "--test" ]] && ! "$bin/staticcheck" -version 2>/dev/null | grep -q "(${STATICCHECK#v})"; then
		echo "setup-deps: installing honnef.co/go/tools/cmd/staticcheck@$STATICCHECK into $bin"
		go install "honnef.co/go/tools/cmd/staticcheck@$STATICCHECK"
	fi
	if [[ "${1:-}" == "--release" ]]; then
		if ! "$bin/fyne" version 2>/dev/null | grep -q "${FYNE_TOOLS#v}"; then
			echo "setup-deps: installing fyne.io/tools/cmd/fyne@$FYNE_TOOLS into $bin"
			go install "fyne.io/tools/cmd/fyne@$FYNE_TOOLS"
		fi
	fi
}

installed() {
	dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

case "$(uname -s)" in
Linux)
	if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
		missing=()
		for p in "${want[@]}"; do
			installed "$p" || missing+=("$p")
		done
		if ((${#missing[@]} > 0)); then
			sudo=()
			if [[ "$(id -u)" -ne 0 ]]; then
				if ! command -v sudo >/dev/null 2>&1; then
					echo "setup-deps: missing packages: ${missing[*]}" >&2
					echo "            please install them as root: apt-get install ${missing[*]}" >&2
					exit 1
				fi
				sudo=(sudo)
			fi
			echo "setup-deps: installing ${missing[*]}"
			"${sudo[@]}" apt-get update
			DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
		fi
	else
		echo "setup-deps: not a Debian/Ubuntu system; please make sure these are installed:"
		echo "  Fedora:  sudo dnf install gcc pkgconf-pkg-config mesa-libGL-devel libX11-devel libXcursor-devel libXrandr-devel libXinerama-devel libXi-devel libXxf86vm-devel"
		echo "  Arch:    sudo pacman -S gcc pkgconf mesa libx11 libxcursor libxrandr libxinerama libxi libxxf86vm"
		if [[ "${1:-}" == "--test" ]]; then
			echo "  tests:   Xvfb, xauth, ImageMagick, xdotool, poppler-utils, qpdf"
		fi
	fi
	check_go "${1:-}"
	;;
Darwin)
	if ! xcode-select -p >/dev/null 2>&1; then
		echo "setup-deps: the C compiler is missing. Run: xcode-select --install" >&2
		exit 1
	fi
	if [[ "${1:-}" == "--test" ]]; then
		echo "setup-deps: for the tests: brew install imagemagick poppler qpdf"
		echo "            (the smoke test needs X11 and runs on Linux only)"
	fi
	check_go "${1:-}"
	;;
MINGW* | MSYS* | CYGWIN* | Windows_NT)
	if ! command -v gcc >/dev/null 2>&1; then
		echo "setup-deps: a C compiler is needed for Fyne and SQLite (cgo)." >&2
		echo "            Install MSYS2 (https://www.msys2.org), then in its shell:" >&2
		echo "            pacman -S mingw-w64-x86_64-gcc   and add C:\\msys64\\mingw64\\bin to PATH." >&2
		exit 1
	fi
	check_go "${1:-}"
	;;
*)
	echo "setup-deps: unknown system $(uname -s); needed: Go, a C compiler, OpenGL and X11 development files"
	check_go "${1:-}"
	;;
esac
