#!/usr/bin/env python3
"""make bench: migof's speed and memory on the bundled store and on synthetic stores.

One table: load and validate (whole process) against CPython's json.load and jq on the same
file, start-up to the first frame, key to frame at 200x60, save against load, and peak memory
with the dashboard open; then the key-to-frame detail of every scenario on the bundled store.
Every figure is the median of RUNS runs after a warm-up, with min and max, and every ratio is
taken between figures of this one run (runs of the compared programs are interleaved), because
the machines are shared and noisy.

Environment: MIGOF_BENCH_RUNS (default 7, at least 5), MIGOF_BENCH_ENTITIES (default
"2000,20000"), MIGOF_BENCH_KEYS (timed keys per scenario, default 300).
"""
import fcntl, json, os, platform, pty, shutil, statistics, struct, subprocess, sys, tempfile, termios, time

COLS, ROWS = 200, 60
RUNS = max(5, int(os.environ.get("MIGOF_BENCH_RUNS", "7")))
ENTITIES = [int(n) for n in os.environ.get("MIGOF_BENCH_ENTITIES", "2000,20000").split(",") if n.strip()]
KEYS = int(os.environ.get("MIGOF_BENCH_KEYS", "300"))
SEED = 42
# Sizes up to this many entities get the start-up figure (the table stops at 2,000).
STARTUP_MAX = 2000


def run_in_pty(argv, env):
    """Runs argv on a fresh pty of COLS x ROWS, draining its output; returns wall seconds."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        os.execve(argv[0], argv, env)
    while True:
        try:
            if not os.read(fd, 65536):
                break
        except OSError:
            break
    _, status = os.waitpid(pid, 0)
    elapsed = time.perf_counter() - start
    os.close(fd)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: {' '.join(argv)} failed with status {status}")
    return elapsed


def timed(argv, env=None):
    """Wall milliseconds of a whole process, output discarded; exits on failure."""
    start = time.perf_counter()
    result = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = (time.perf_counter() - start) * 1000
    if result.returncode != 0:
        sys.exit(f"bench: {' '.join(argv)} failed: {result.stderr.decode(errors='replace')}")
    return elapsed


def med(values):
    return statistics.median(values)


def cell(values, digits=1):
    if not values:
        return "-"
    return f"{med(values):.{digits}f} [{min(values):.{digits}f}-{max(values):.{digits}f}]"


def size_label(n_bytes):
    return f"{n_bytes / 1024:.0f} KB" if n_bytes < 1 << 20 else f"{n_bytes / (1 << 20):.1f} MB"


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


class Store:
    def __init__(self, label, path):
        self.label = label
        self.path = path
        self.bytes = os.path.getsize(path)
        self.migof, self.python, self.jq = [], [], []
        self.start, self.peak = [], []
        self.keys = {}
        self.load, self.save = [], []


def measure(binary, store, env, work):
    out = os.path.join(work, "out.json")
    python = [sys.executable, "-c", "import json, sys; json.load(open(sys.argv[1]))", store.path]
    jq = shutil.which("jq")
    # Interleaved, so a noisy moment hits all three programs alike; run 0 is the warm-up.
    for run in range(RUNS + 1):
        times = (timed([binary, "validate", store.path], env), timed(python),
                 timed([jq, ".", store.path]) if jq else None)
        if run > 0:
            store.migof.append(times[0])
            store.python.append(times[1])
            if times[2] is not None:
                store.jq.append(times[2])
    frames = [binary, "bench-frames", "--store", store.path, "--out", out]
    runs = RUNS if store.bytes < 50 << 20 else 5
    for run in range(runs + 1):
        elapsed = run_in_pty(frames + ["--first-frame"], env) * 1000
        with open(out) as f:
            peak = json.load(f)["peakBytes"]
        if run > 0:
            store.start.append(elapsed)
            store.peak.append(peak / (1 << 20))
    run_in_pty(frames + ["--count", str(KEYS)], env)
    with open(out) as f:
        for line in f:
            if line.strip():
                s = json.loads(line)
                store.keys[(s["kind"], s["name"])] = s["ms"]
    copy = os.path.join(work, "save-" + os.path.basename(store.path))
    shutil.copyfile(store.path, copy)
    subprocess.run([binary, "bench-store", "--store", copy, "--runs", str(RUNS), "--out", out], check=True)
    with open(out) as f:
        figures = json.load(f)
    store.load, store.save = figures["loadMs"], figures["saveMs"]
    for name in os.listdir(work):
        if name.startswith("save-") or name.startswith(".save-"):
            os.remove(os.path.join(work, name))


def ratio(a, b):
    return med(a) / med(b) if a and b else None


def verdict(value, limit):
    if value is None:
        return ""
    return " ok" if value <= limit else " MISSED"


def main():
    binary = os.path.abspath(sys.argv[1])
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    work = tempfile.mkdtemp(prefix="migof-bench-")
    try:
        env = dict(os.environ, HOME=work, XDG_DATA_HOME=work + "/data", XDG_CONFIG_HOME=work + "/config",
                   TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
        env.pop("MIGOF_STORE", None)
        stores = []
        bundled = os.path.join(work, "bundled.json")
        shutil.copyfile(os.path.join(root, "Sources/MigofCore/Resources/store.json"), bundled)
        stores.append(Store("bundled", bundled))
        for n in ENTITIES:
            path = os.path.join(work, f"synthetic-{n}.json")
            subprocess.run([binary, "generate", "--entities", str(n), "--years", "2", "--seed", str(SEED),
                            "--out", path], check=True, stdout=subprocess.DEVNULL, env=env)
            stores.append(Store(f"{n:,}", path))
        for store in stores:
            print(f"bench: measuring {store.label} ({size_label(store.bytes)})", file=sys.stderr)
            measure(binary, store, env, work)

        print(f"migof bench, {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores ({cpu_model()}), "
              f"{COLS}x{ROWS} pty; median [min-max] of {RUNS} runs after a warm-up, ms unless noted")
        print(f"synthetic stores: migof generate --entities N --years 2 --seed {SEED}")
        print()
        width = 30
        columns = [f"{s.label} ({size_label(s.bytes)})" for s in stores]
        colw = max(24, max(len(c) for c in columns) + 2)
        header = f"{'figure':{width}}" + "".join(f"{c:>{colw}}" for c in columns) + "   target"
        print(header)
        print("-" * len(header))

        def row(name, values, target=""):
            print(f"{name:{width}}" + "".join(f"{v:>{colw}}" for v in values) + (f"   {target}" if target else ""))

        row("load+validate, migof", [cell(s.migof) for s in stores])
        row("json.load, python3", [cell(s.python) for s in stores])
        row("jq . > /dev/null", [cell(s.jq) if s.jq else "jq missing" for s in stores])
        ratios = [ratio(s.migof, s.python) for s in stores]
        row("ratio migof / python3", [f"{r:.2f}" + (verdict(r, 1.0) if s.label == "2,000" else "") for r, s in zip(ratios, stores)],
            "2,000: <= 1.0")
        row("ratio migof / jq", [f"{ratio(s.migof, s.jq):.2f}" if s.jq else "-" for s in stores])
        starts = [cell(s.start) if (s.label == "bundled" or int(s.label.replace(",", "")) <= STARTUP_MAX) else f"({cell(s.start, 0)})"
                  for s in stores]
        row("start to first frame", starts, "bundled <= 50" + verdict(med(stores[0].start), 50))
        for kind, label in [("terminal", "key to frame"), ("headless", "  same, headless")]:
            for scenario, short in [("scroll the country browser", "scroll"), ("search the store by name", "search keystroke")]:
                values = [s.keys.get((kind, scenario), []) for s in stores]
                medians = [med(v) for v in values if v]
                # Flat means the same screen costs the same in a bigger store: compare the synthetic
                # stores, whose rows look alike (the bundled store's rows are mostly unrated, so lighter).
                synthetic = [med(v) for v, s in zip(values, stores) if v and s.label != "bundled"]
                flat = max(synthetic) / min(synthetic) if len(synthetic) > 1 else None
                target = ""
                if kind == "terminal":
                    worst = max(medians) if medians else None
                    target = "<= 1 ms" + verdict(worst, 1.0) + (f"; largest/smallest synthetic {flat:.2f}" if flat else "")
                row(f"{label}, {short}", [cell(v, 3) for v in values], target)
        for kind, label in [("terminal", "key to frame, score edit"), ("headless", "  same, headless, no journal")]:
            values = [s.keys.get((kind, "score edit"), []) for s in stores]
            medians = [med(v) for v in values if v]
            target = ""
            if kind == "terminal" and medians:
                target = "<= 1 ms, flat" + verdict(max(medians), 1.0) + f" (max/min {max(medians) / min(medians):.2f})"
            row(label, [cell(v, 3) for v in values], target)
        row("load in-process", [cell(s.load) for s in stores])
        row("save, atomic + fsync", [cell(s.save) for s in stores])
        save_ratios = [ratio(s.save, s.load) for s in stores]
        row("ratio save / load", [f"{r:.2f}" + verdict(r, 2.0) for r in save_ratios], "<= 2.0")
        row("peak RSS, dashboard open (MB)", [cell(s.peak) for s in stores])
        limits = [2 * s.bytes / (1 << 20) + 30 for s in stores]
        row("limit 2 x file + 30 MB", [f"{l:.1f}" + verdict(max(s.peak), l) for l, s in zip(limits, stores)],
            "peak <= limit")
        print()
        print("(figures in parentheses: measured, no target)")
        print()
        bundled_store = stores[0]
        for kind, title in [("terminal", "key to frame flushed: update + view + diff + ncurses flush"),
                            ("headless", "key to frame built, no terminal: update + view + diff")]:
            print(f"bundled store, {title}, {KEYS} keys each (ms)")
            all_keys = []
            for (k, name), ms in bundled_store.keys.items():
                if k != kind:
                    continue
                all_keys += ms
                print(f"  {name:34} {cell(ms, 3):>26}")
            print(f"  {'all keys':34} {cell(all_keys, 3):>26}")
            print()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
