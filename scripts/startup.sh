#!/usr/bin/env bash
# startup.sh measures how Teilhabelotse starts with a large caseload: it
# builds the program, fills a fresh data folder with 10,000 demo cases,
# starts the program on a virtual display (Xvfb), and prints
#
#   startup: first window after N ms
#   startup: window WxH on a 1280x800 screen
#   startup: RSS after 3 s: N MB (VmRSS N kB)
#   startup: RSS split: anonymous N MB, files N MB, shared memory N MB
#
# then quits it with Ctrl+Q. Targets (docs/performance.md): first window
# <= 1500 ms, RSS <= 250 MB. The window must fit on the screen: a window
# whose content is taller than the screen (the "Fällig" overview before it
# scrolled: 7,198 px) gets framebuffers to match, which cost ~100 MB RSS,
# so a taller window fails the run.
#
# Environment: STARTUP_CASES (default 10000), STARTUP_DATA (a data folder to
# use as it is instead of generating one; it is not changed by the demo
# command, only opened by the program), STARTUP_DISPLAY (first display number
# to try, default 87), STARTUP_TIMEOUT (seconds to wait for the window,
# default 60).
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
	echo "startup: FAIL: $*" >&2
	exit 1
}

# shellcheck source=scripts/xvfb.sh
source "scripts/xvfb.sh"
need go Xvfb xdotool

work="$(mktemp -d "${TMPDIR:-/tmp}/teilhabelotse-startup.XXXXXX")"

cleanup() {
	stop_all
	rm -rf "$work"
}
trap cleanup EXIT

build_app startup

if [[ -n "${STARTUP_DATA:-}" ]]; then
	data="$STARTUP_DATA"
	echo "startup: using $data as it is"
else
	data="$work/data"
	n="${STARTUP_CASES:-10000}"
	echo "startup: generating $n demo cases"
	t0=$(date +%s%3N)
	"${app[@]}" --data "$data" demo --cases "$n" >"$work/demo.out" 2>"$work/demo.err" ||
		fail "demo command failed: $(cat "$work/demo.err")"
	echo "startup: demo --cases $n took $(($(date +%s%3N) - t0)) ms: $(cat "$work/demo.out")"
fi

start_xvfb "${STARTUP_DISPLAY:-87}" "$work/xvfb.log"

start=$(date +%s%3N)
"${app[@]}" --data "$data" >"$work/app.log" 2>&1 &
app_pid=$!

timeout_ms=$((${STARTUP_TIMEOUT:-60} * 1000))
wid=""
while (($(date +%s%3N) - start < timeout_ms)); do
	kill -0 "$app_pid" 2>/dev/null || fail "the program exited before its window appeared: $(tail -n 5 "$work/app.log")"
	wid="$(xdotool search --name Teilhabelotse 2>/dev/null | head -n 1 || true)"
	[[ -n "$wid" ]] && break
	sleep 0.02
done
[[ -n "$wid" ]] || fail "no window named Teilhabelotse within ${STARTUP_TIMEOUT:-60}s"
window_ms=$(($(date +%s%3N) - start))
echo "startup: first window after $window_ms ms"

sleep 3
rss_kb="$(awk '/^VmRSS:/ { print $2 }' "/proc/$app_pid/status")"
geometry="$(xdotool getwindowgeometry "$wid" 2>/dev/null | awk '/Geometry:/ { print $2 }')"
echo "startup: window ${geometry:-unknown} on a 1280x800 screen"
echo "startup: RSS after 3 s: $((rss_kb / 1024)) MB (VmRSS $rss_kb kB)"
awk '/^RssAnon:/ { a = $2 } /^RssFile:/ { f = $2 } /^RssShmem:/ { s = $2 }
	END { printf "startup: RSS split: anonymous %d MB, files %d MB, shared memory %d MB\n", a / 1024, f / 1024, s / 1024 }' "/proc/$app_pid/status"

if ! quit_app "$wid"; then
	echo "startup: the program did not quit on Ctrl+Q; killed" >&2
else
	wait "$app_pid" 2>/dev/null || true
	app_pid=""
fi
echo "startup: window_ms=$window_ms rss_kb=$rss_kb geometry=${geometry:-unknown}"
if [[ "$geometry" =~ ^[0-9]+x([0-9]+)$ ]] && ((BASH_REMATCH[1] > 800)); then
	fail "the window is $geometry, taller than the 1280x800 screen: something in it does not scroll"
fi
