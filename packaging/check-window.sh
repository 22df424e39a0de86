#!/usr/bin/env bash
# Starts the packaged app in a real X window (Xvfb) and checks what a person would see: a window
# named RoPEScope of the expected size whose pixels show the chart (the three curve colours), within
# a time limit. Used by .ci/run after the app image is built.
#
#   packaging/check-window.sh [LAUNCHER] [SCREENSHOT.png]
#   (default: target/installer/RoPEScope/bin/RoPEScope, target/installer/window.png)
#
# Installs xvfb, libgtk-3-0, imagemagick and x11-utils with apt-get only when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=${1:-target/installer/RoPEScope/bin/RoPEScope}
shot=${2:-target/installer/window.png}
limit=${CHECK_WINDOW_TIMEOUT:-120}      # seconds to the first painted frame
want_w=1280 want_h=800                  # RoPEScopeApp's preferred size; the screen below is larger
fail() { echo "check-window: FAIL: $*" >&2; exit 1; }

[ -x "$launcher" ] || fail "$launcher is not an executable launcher; build it with mvn -Ppackage package"
missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v import >/dev/null || missing+=(imagemagick)
command -v xwininfo >/dev/null || missing+=(x11-utils)
ldconfig -p | grep -q libgtk-3.so.0 || missing+=(libgtk-3-0)
if [ ${#missing[@]} -gt 0 ]; then
  echo "check-window: installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

disp=""
for n in $(seq 200 250); do
  [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ] || { disp=$n; break; }
done
[ -n "$disp" ] || fail "no free X display number"
Xvfb :$disp -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=""
log=$(mktemp)
cleanup() {
  [ -n "$app" ] && kill -- -"$app" 2>/dev/null
  kill $xvfb 2>/dev/null
  wait 2>/dev/null
  rm -f "$log"
}
trap cleanup EXIT
for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$disp ] && break; sleep 0.1; done
export DISPLAY=:$disp

start=$(date +%s)
JAVA_TOOL_OPTIONS="-Dropescope.startup.probe=print" setsid "$launcher" >"$log" 2>&1 &
app=$!
# the app prints this line once the frame holding the chart is on screen (StartupProbe)
until grep -q '^ropescope.first-frame.epoch-us=' "$log"; do
  kill -0 "$app" 2>/dev/null || { cat "$log" >&2; fail "the app exited before its first frame"; }
  [ $(( $(date +%s) - start )) -lt "$limit" ] || { cat "$log" >&2; fail "no first frame within ${limit} s"; }
  sleep 0.2
done
echo "check-window: first frame after $(( $(date +%s) - start )) s"

# with no GPU device the app starts JavaFX on its software renderer and keeps GTK off OpenGL
# (ui/SoftwareRendering; GTK's half needs a JDK 22+ runtime): Mesa's llvmpipe must not be loaded
runtime_release=$(dirname "$launcher")/../lib/runtime/release
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$runtime_release" 2>/dev/null || true)
if ! ls /dev/dri/renderD* /dev/nvidia0 >/dev/null 2>&1 && [ "${feature:-0}" -ge 22 ]; then
  ! grep -qE 'libLLVM|swrast_dri|libGLX_mesa' /proc/"$app"/maps \
    || fail "no GPU here, yet the app loaded Mesa's OpenGL (see ui/SoftwareRendering)"
  echo "check-window: no GPU: the app loaded no OpenGL library"
fi

geometry=$(xwininfo -root -tree | grep '"RoPEScope"' | grep -oE '[0-9]+x[0-9]+\+' | head -1 | tr -d +)
[ -n "$geometry" ] || fail "no window titled RoPEScope on the screen"
[ "$geometry" = "${want_w}x${want_h}" ] || fail "the window is $geometry, not ${want_w}x${want_h}"
echo "check-window: window \"RoPEScope\" is $geometry"

mkdir -p "$(dirname "$shot")"
import -window root "$shot"
convert "$shot" -trim +repage "$shot"   # no window manager: black around the window
size=$(identify -format '%wx%h' "$shot")
[ "$size" = "${want_w}x${want_h}" ] || fail "the screenshot of the window is $size, not ${want_w}x${want_h}"
colours=$(convert "$shot" -format '%k' info:)
[ "$colours" -gt 200 ] || fail "the window shows only $colours colours: blank?"
# the chart's three curves (ChartStyle.paint): count pixels close to each colour
for c in 0072B2 E69F00 009E73; do
  n=$(convert "$shot" -fuzz 6% -fill white +opaque "#$c" -fill black -opaque "#$c" -negate \
        -format '%[fx:round(mean*w*h)]' info:)
  [ "$n" -gt 300 ] || fail "the chart's curve colour #$c covers only $n pixels"
  echo "check-window: curve colour #$c: $n pixels"
done
echo "check-window: OK ($size, $colours colours, screenshot $shot)"
