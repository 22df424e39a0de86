#!/usr/bin/env bash
# Start-up of the packaged app: the time from launch to its first painted frame, median of N runs.
#
#   packaging/measure-startup.sh [LAUNCHER] [RUNS]
#   (default: target/installer/RoPEScope/bin/RoPEScope, 5 runs)
#
# "Launch" is the moment just before this script execs the launcher (date +%s%6N); the "first
# painted frame" is the time the app itself prints when started with -Dropescope.startup.probe=exit
# (see src/main/java/org/ropescope/ui/StartupProbe.java for the exact definition), after which it
# quits. One start before the measured ones is thrown away, so every measured start finds the files
# in the page cache. Without a DISPLAY it runs one Xvfb for all starts. MEASURE_JAVA_OPTIONS adds JVM
# options to every start (e.g. -Xshare:off to see the app without class data sharing). It also prints
# where the time goes: the median end of each phase the app stamps (ui/StartupTrace: main, launch,
# toolkit, models, view, shown, firstPulse, chartLaidOut).
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=${1:-target/installer/RoPEScope/bin/RoPEScope}
runs=${2:-5}
[ -x "$launcher" ] || { echo "measure-startup: $launcher is not an executable launcher; build it with mvn -Ppackage package" >&2; exit 2; }

xvfb=""
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "measure-startup: no DISPLAY and no Xvfb (apt-get install xvfb)" >&2; exit 2; }
  for n in $(seq 150 199); do
    [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ] || { disp=$n; break; }
  done
  Xvfb :$disp -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null; wait $xvfb 2>/dev/null || true' EXIT
  for _ in $(seq 50); do [ -e /tmp/.X11-unix/X$disp ] && break; sleep 0.1; done
  export DISPLAY=:$disp
fi

one_start() {
  local log t0 t1
  log=$(mktemp)
  t0=$(date +%s%6N)
  # bash's time: the CPU the start costs (user + sys), which other programs on the machine change far
  # less than the wall-clock time
  if ! { TIMEFORMAT='cpu %3U %3S'; time JAVA_TOOL_OPTIONS="-Dropescope.startup.probe=exit ${MEASURE_JAVA_OPTIONS:-}" \
         timeout 120 "$launcher" >"$log" 2>&1; } 2>"$log.cpu"; then
    echo "measure-startup: the app failed or timed out; its output:" >&2; cat "$log" >&2; rm -f "$log" "$log.cpu"; exit 1
  fi
  cpu=$(awk '/^cpu/ { printf "%d", ($2 + $3) * 1000 }' "$log.cpu")
  rm -f "$log.cpu"
  t1=$(sed -n 's/^ropescope\.first-frame\.epoch-us=\([0-9]*\).*/\1/p' "$log" | head -1)
  # the phases the app stamps (ui/StartupTrace): ms from launch to the end of each, for the summary
  sed -n 's/^ropescope\.phase\.\([a-zA-Z]*\)\.epoch-us=\([0-9]*\).*/\1 \2/p' "$log" \
    | while read -r name at; do echo "$name $(( (at - t0) / 1000 ))"; done >>"$phases"
  rm -f "$log"
  [ -n "$t1" ] || { echo "measure-startup: the app printed no first-frame time" >&2; exit 1; }
  echo "$(( (t1 - t0) / 1000 )) $cpu"
}

phases=$(mktemp)
one_start >/dev/null   # warm the page cache; not counted
: >"$phases"
times=() cpus=()
for i in $(seq "$runs"); do
  read -r ms cpu < <(one_start)
  times+=("$ms") cpus+=("$cpu")
  echo "run $i: ${ms} ms to the first frame, ${cpu} ms CPU (whole run, user + sys)"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
cpu_sorted=($(printf '%s\n' "${cpus[@]}" | sort -n))
# where the time goes: each phase's median end, in the order the app reaches them
awk '{ if (!($1 in n)) order[++k] = $1; v[$1, ++n[$1]] = $2 }
     END { for (i = 1; i <= k; i++) { p = order[i]; m = n[p]; for (a = 1; a <= m; a++) s[a] = v[p, a];
           for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) if (s[b] < s[a]) { t = s[a]; s[a] = s[b]; s[b] = t }
           printf "%s%s %d ms", (i > 1 ? ", " : "phases (median end, ms from launch): "), p, s[int((m + 1) / 2)] }
           if (k) print "" }' "$phases"
rm -f "$phases"
echo "launch to first painted frame, $runs runs: median ${sorted[$(( runs / 2 ))]} ms, min ${sorted[0]} ms, max ${sorted[$(( runs - 1 ))]} ms; CPU median ${cpu_sorted[$(( runs / 2 ))]} ms"
