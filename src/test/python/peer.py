#!/usr/bin/env python3
"""The matplotlib peer of RoPEScope's benchmark: what a lecturer would otherwise use.

The same figure as RoPEScope's period chart (three period series on a log axis, lines at m_l and m,
legend, title) with four Slider widgets for b, d, m_l and m, drawn by the Agg backend. Prints one
JSON object on standard output:

  first_drawn_epoch_us  wall-clock time (microseconds since the epoch) once imports, figure, sliders
                        and the first full draw are done: the caller subtracts its launch time
  step_ms               the time of each of STEPS slider steps of m (set_val, then a full redraw)
  png_ms                the time of each savefig of a 1600x1000 PNG (after one unmeasured)
  first_rss_mb          the process's peak resident set (VmHWM) once the first figure is drawn
  peak_rss_mb           the same at the end

Usage: peer.py [--dim D] [--steps N] [--png-runs N] [--out FOLDER]
"""
import argparse
import json
import os
import resource
import time

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.widgets import Slider  # noqa: E402
import numpy as np  # noqa: E402


def peak_rss_mb():
    """This process's peak resident set: VmHWM (ru_maxrss would also count what the parent that
    started it held before exec, a whole JVM when the benchmark launches it)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def periods(b, d, ml, m):
    i = np.arange(d // 2)
    original = 2 * np.pi * b ** (2 * i / d)
    s = m / ml
    lam = s ** (d / (d - 2))
    return i, original, original * s, 2 * np.pi * (lam * b) ** (2 * i / d)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dim", type=int, default=8192)
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--png-runs", type=int, default=5)
    ap.add_argument("--out", default=".")
    a = ap.parse_args()

    b, d, ml, m = 10000.0, a.dim, 4096.0, 16384.0
    fig = plt.figure(figsize=(12.8, 8.0), dpi=100)
    ax = fig.add_axes([0.08, 0.30, 0.88, 0.62])
    i, o, pi, bs = periods(b, d, ml, m)
    lines = [ax.plot(i, y, label=name)[0] for y, name in
             ((o, "Original RoPE"), (pi, "Position interpolation (PI)"), (bs, "Base scaling (λ·b)"))]
    ax.set_yscale("log")
    ax.set_xlabel("pair index i")
    ax.set_ylabel("period T_i = 2π/θ_i (tokens)")
    ax.set_title("RoPE period of every dimension pair")
    hl = ax.axhline(ml, ls="--", color="grey")
    hm = ax.axhline(m, ls="--", color="grey")
    ax.legend(loc="upper left")
    sliders = {}
    for k, (name, lo, hi, v) in enumerate((("log10 b", 2, 10, np.log10(b)), ("d", 4, 8192, d),
                                           ("log2 m_l", 4, 26, np.log2(ml)), ("log2 m", 4, 26, np.log2(m)))):
        sliders[name] = Slider(fig.add_axes([0.12, 0.05 + 0.05 * k, 0.76, 0.03]), name, lo, hi, valinit=v)

    def update(_):
        bb = 10 ** sliders["log10 b"].val
        dd = int(sliders["d"].val) // 2 * 2
        mml = 2 ** sliders["log2 m_l"].val
        mm = max(mml, 2 ** sliders["log2 m"].val)
        ii, oo, pp, ss = periods(bb, dd, mml, mm)
        for line, y in zip(lines, (oo, pp, ss)):
            line.set_data(ii, y)
        hl.set_ydata([mml, mml])
        hm.set_ydata([mm, mm])
        ax.relim()
        ax.autoscale_view()
        fig.canvas.draw()

    for s in sliders.values():
        s.on_changed(update)
    fig.canvas.draw()
    first = time.time_ns() // 1000
    first_rss = peak_rss_mb()

    steps = []
    for k in range(a.steps):
        t = time.perf_counter()
        sliders["log2 m"].set_val(np.log2(ml) + (26 - np.log2(ml)) * (k + 1) / a.steps)  # draws once
        steps.append((time.perf_counter() - t) * 1000)

    png = []
    path = os.path.join(a.out, "peer.png")
    for k in range(a.png_runs + 1):
        t = time.perf_counter()
        fig.set_size_inches(16, 10)
        fig.savefig(path, dpi=100)
        if k > 0:
            png.append((time.perf_counter() - t) * 1000)
    print(json.dumps({"first_drawn_epoch_us": first, "first_rss_mb": first_rss, "step_ms": steps, "png_ms": png,
                      "peak_rss_mb": peak_rss_mb()}))


if __name__ == "__main__":
    main()
