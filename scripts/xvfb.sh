# xvfb.sh is sourced by smoke.sh and startup.sh, which run the program
# ($app_pid) on a virtual display and define fail(). need TOOL … fails
# unless every tool is installed. start_xvfb FIRST LOG
# starts Xvfb (1280x800) on the first free display from FIRST on, exports
# DISPLAY, sets xvfb_pid and waits until the display answers. build_app
# builds the program; quit_app quits it as a user does; stop_all, for the
# caller's exit trap, ends whatever of the two still runs.
app_pid=""
xvfb_pid=""

need() {
	for tool in "$@"; do
		command -v "$tool" >/dev/null 2>&1 || fail "$tool is not installed (scripts/setup-deps.sh --test installs it)"
	done
}

start_xvfb() {
	local first="$1" log="$2" n="$1"
	# A free display: no socket and no lock file.
	while [[ -e "/tmp/.X11-unix/X$n" || -e "/tmp/.X$n-lock" ]]; do
		n=$((n + 1))
		((n < first + 50)) || fail "no free X display found"
	done
	export DISPLAY=":$n"
	unset WAYLAND_DISPLAY || true

	Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp -noreset >"$log" 2>&1 &
	xvfb_pid=$!
	for _ in $(seq 1 100); do
		xdotool getdisplaygeometry >/dev/null 2>&1 && break
		kill -0 "$xvfb_pid" 2>/dev/null || fail "Xvfb did not start on $DISPLAY"
		sleep 0.1
	done
	xdotool getdisplaygeometry >/dev/null 2>&1 || fail "Xvfb on $DISPLAY does not answer"
}

# build_app NAME builds the program into $work and sets app: the program
# with a definite language (Fyne complains on stderr about LANG=C) while
# the shell keeps its own. env execs the program, so $! after starting
# "${app[@]}" in the background is the program's own PID.
build_app() {
	app=(env -u LC_ALL -u LC_MESSAGES LANG=de_DE.UTF-8 "$work/teilhabelotse")
	echo "$1: building"
	go build -tags migrated_fynedo -o "$work/teilhabelotse" . || fail "build failed"
}

# quit_app WID presses Ctrl+Q in the program's window WID as a user would
# (focused first: without a window manager the key goes nowhere else), then
# once more sent to the window directly; status 1 when the program still
# runs after that.
quit_app() {
	local wid="$1"
	xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid" 2>/dev/null || true
	sleep 0.3
	xdotool key --clearmodifiers ctrl+q 2>/dev/null || true
	app_gone 100 && return 0
	xdotool key --window "$wid" ctrl+q 2>/dev/null || true
	app_gone 50
}

# app_gone N waits up to N tenths of a second for the program to end.
app_gone() {
	for _ in $(seq 1 "$1"); do
		kill -0 "$app_pid" 2>/dev/null || return 0
		sleep 0.1
	done
	return 1
}

# stop_all kills the program and Xvfb where they still run.
stop_all() {
	if [[ -n "${app_pid:-}" ]] && kill -0 "$app_pid" 2>/dev/null; then
		kill -KILL "$app_pid" 2>/dev/null || true
	fi
	if [[ -n "${xvfb_pid:-}" ]] && kill -0 "$xvfb_pid" 2>/dev/null; then
		kill -TERM "$xvfb_pid" 2>/dev/null || true
		wait "$xvfb_pid" 2>/dev/null || true
	fi
}
