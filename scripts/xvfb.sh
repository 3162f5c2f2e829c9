# xvfb.sh is sourced by smoke.sh and startup.sh: start_xvfb FIRST LOG
# starts Xvfb (1280x800) on the first free display from FIRST on, exports
# DISPLAY, sets xvfb_pid and waits until the display answers. The caller
# defines fail() and kills $xvfb_pid when it is done.
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
