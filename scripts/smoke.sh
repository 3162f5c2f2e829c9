#!/usr/bin/env bash
# smoke.sh builds Teilhabelotse, fills a fresh data folder with the demo
# cases, starts the program on a virtual display (Xvfb), checks that its
# window appears and shows something, and quits it with Ctrl+Q.
#
# It needs no display of its own. Exit status 0 and "smoke: ok" when all went
# well; otherwise a line saying what failed, and status 1. The screenshot is
# kept in out/smoke.png (out/ is ignored by git).
#
# Environment: SMOKE_DISPLAY (first display number to try, default 97),
# SMOKE_TIMEOUT (seconds to wait for the window, default 60).
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
	echo "smoke: FAIL: $*" >&2
	exit 1
}

# shellcheck source=scripts/xvfb.sh
source "scripts/xvfb.sh"
need go Xvfb xdotool import identify convert

work="$(mktemp -d "${TMPDIR:-/tmp}/teilhabelotse-smoke.XXXXXX")"

cleanup() {
	local status=$?
	stop_all
	if [[ $status -ne 0 ]]; then
		for f in app.log xvfb.log; do
			if [[ -s "$work/$f" ]]; then
				echo "--- $f (last lines) ---" >&2
				tail -n 30 "$work/$f" >&2
			fi
		done
	fi
	rm -rf "$work"
}
trap cleanup EXIT

build_app smoke

"${app[@]}" --data "$work/data" demo >"$work/demo.out" 2>"$work/demo.err" ||
	fail "demo command failed: $(cat "$work/demo.err")"
echo "smoke: $(cat "$work/demo.out")"

start_xvfb "${SMOKE_DISPLAY:-97}" "$work/xvfb.log"
echo "smoke: Xvfb on $DISPLAY"

"${app[@]}" --data "$work/data" >"$work/app.log" 2>&1 &
app_pid=$!

timeout="${SMOKE_TIMEOUT:-60}"
wid=""
deadline=$((SECONDS + timeout))
while ((SECONDS < deadline)); do
	kill -0 "$app_pid" 2>/dev/null || fail "the program exited before its window appeared"
	wid="$(xdotool search --onlyvisible --name Teilhabelotse 2>/dev/null | head -n 1 || true)"
	[[ -n "$wid" ]] && break
	sleep 0.5
done
[[ -n "$wid" ]] || fail "no window named Teilhabelotse within ${timeout}s"
echo "smoke: window $wid \"$(xdotool getwindowname "$wid")\""

# The window is mapped before it is drawn: take screenshots until the
# window's area shows more than a background, up to 30 s.
eval "$(xdotool getwindowgeometry --shell "$wid")" # X Y WIDTH HEIGHT
((WIDTH > 100 && HEIGHT > 100)) || fail "window is only ${WIDTH}x${HEIGHT}"
mkdir -p out
ok=""
deadline=$((SECONDS + 30))
while ((SECONDS < deadline)); do
	import -window root "$work/root.png" 2>/dev/null || fail "screenshot failed"
	convert "$work/root.png" -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$work/window.png"
	colours="$(identify -format '%k' "$work/window.png")"
	sd="$(identify -format '%[fx:standard_deviation]' "$work/window.png")"
	if ((colours > 10)) && awk -v s="$sd" 'BEGIN { exit !(s > 0.02) }'; then
		ok=1
		break
	fi
	sleep 1
done
cp "$work/root.png" out/smoke.png
[[ -n "$ok" ]] || fail "the window stays blank (colours $colours, standard deviation $sd); see out/smoke.png"
echo "smoke: screenshot has $colours colours, standard deviation $sd (out/smoke.png)"

# Quit as a user would.
if ! quit_app "$wid"; then
	kill -TERM "$app_pid" 2>/dev/null || true
	sleep 2
	fail "the program did not quit on Ctrl+Q; stopped it with SIGTERM"
fi
set +e
wait "$app_pid"
status=$?
set -e
app_pid=""
((status == 0)) || fail "the program quit with status $status"
if grep -q -E '^(panic|fatal error):' "$work/app.log"; then
	fail "the program logged a panic"
fi
echo "smoke: ok"
