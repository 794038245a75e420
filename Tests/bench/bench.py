#!/usr/bin/env python3
"""make bench: migof's speed and memory on the bundled store and on synthetic stores.

One table: load and validate (whole process) against CPython's json.load and jq on the same
file, the dashboard's first paint (the loading frame) and first full frame, both against
`migof validate` and VisiData, key to frame at 200x60, save against load, and peak memory
with the dashboard open; then the key-to-frame detail of every scenario on the bundled store.
Every figure is the median of RUNS runs after a warm-up, with min and max, and every ratio is
taken between figures of this one run (runs of the compared programs are interleaved), because
the machines are shared and noisy.

Environment: MIGOF_BENCH_RUNS (default 7, at least 5; 3 for stores over 300 MB),
MIGOF_BENCH_ENTITIES (default "2000,20000"; `make bench BENCH_SIZES=2000,20000,100000` sets it),
MIGOF_BENCH_KEYS (timed keys per scenario, default 300).
"""
import fcntl, json, os, platform, pty, shutil, statistics, struct, subprocess, sys, tempfile, termios, time

COLS, ROWS = 200, 60
RUNS = max(5, int(os.environ.get("MIGOF_BENCH_RUNS", "7")))
ENTITIES = [int(n) for n in os.environ.get("MIGOF_BENCH_ENTITIES", "2000,20000").split(",") if n.strip()]
KEYS = int(os.environ.get("MIGOF_BENCH_KEYS", "300"))
SEED = 42
# Stores larger than this get fewer runs: a run of every program on 100,000 entities takes minutes.
LARGE_BYTES = 300 << 20
LARGE_RUNS = 3
VISIDATA = shutil.which("vd") or shutil.which("visidata")


def run_in_pty(argv, env):
    """Runs argv on a fresh pty of COLS x ROWS, draining its output; returns (wall seconds,
    the monotonic clock at the fork), the second for figures the program writes itself."""
    start = time.perf_counter()
    forked = time.monotonic()
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
    return elapsed, forked


def visidata_first_paint(path, env):
    """Milliseconds from starting VisiData on a pty to its first screen naming the file."""
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        os.execve(VISIDATA, [VISIDATA, path], env)
    seen, name, elapsed = b"", os.path.basename(path).split(".")[0].encode(), None
    while time.monotonic() - start < 30:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen = (seen + chunk)[-4096:]
        if name in seen:
            elapsed = (time.monotonic() - start) * 1000
            break
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    os.close(fd)
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
        self.paint, self.full, self.peak = [], [], []
        self.vd_paint, self.vd_loaded = [], []
        self.runs = RUNS if self.bytes < LARGE_BYTES else LARGE_RUNS
        self.keys = {}
        self.load, self.save = [], []
        self.list, self.show = [], []


def measure(binary, store, env, work):
    out = os.path.join(work, "out.json")
    python = [sys.executable, "-c", "import json, sys; json.load(open(sys.argv[1]))", store.path]
    jq = shutil.which("jq")
    # Interleaved, so a noisy moment hits all three programs alike; run 0 is the warm-up.
    if store.label == "bundled":
        # The everyday commands, whole process, on the store migof ships.
        for run in range(store.runs + 1):
            listed = timed([binary, "list", "--store", store.path], env)
            shown = timed([binary, "show", "CAN", "--store", store.path], env)
            if run > 0:
                store.list.append(listed)
                store.show.append(shown)
    for run in range(store.runs + 1):
        times = (timed([binary, "validate", store.path], env), timed(python),
                 timed([jq, ".", store.path]) if jq else None)
        if run > 0:
            store.migof.append(times[0])
            store.python.append(times[1])
            if times[2] is not None:
                store.jq.append(times[2])
    frames = [binary, "bench-frames", "--store", store.path, "--out", out]
    for run in range(store.runs + 1):
        _, forked = run_in_pty(frames + ["--first-frame"], env)
        with open(out) as f:
            figures = json.load(f)
        if run > 0:
            store.paint.append((figures["firstPaint"] - forked) * 1000)
            store.full.append((figures["fullFrame"] - forked) * 1000)
            store.peak.append(figures["peakBytes"] / (1 << 20))
        if VISIDATA:
            # First paint on a pty; loaded: the batch run that loads the file and exits.
            paint, loaded = visidata_first_paint(store.path, env), timed([VISIDATA, "-b", store.path], env)
            if run > 0 and paint is not None:
                store.vd_paint.append(paint)
                store.vd_loaded.append(loaded)
    run_in_pty(frames + ["--count", str(KEYS)], env)
    with open(out) as f:
        for line in f:
            if line.strip():
                s = json.loads(line)
                store.keys[(s["kind"], s["name"])] = s["ms"]
    copy = os.path.join(work, "save-" + os.path.basename(store.path))
    shutil.copyfile(store.path, copy)
    subprocess.run([binary, "bench-store", "--store", copy, "--runs", str(store.runs), "--out", out], check=True)
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
        width = 42
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
        row("ratio migof / python3", [f"{r:.2f}" + (verdict(r, 0.3) if s.label != "bundled" else "") for r, s in zip(ratios, stores)],
            "synthetic: <= 0.3")
        row("ratio migof / jq", [f"{ratio(s.migof, s.jq):.2f}" if s.jq else "-" for s in stores])
        bundled_store = stores[0]
        worst = max(med(bundled_store.list), med(bundled_store.show), med(bundled_store.migof))
        row("migof list, show CAN (bundled)", [f"{med(bundled_store.list):.1f} / {med(bundled_store.show):.1f}"] + [""] * (len(stores) - 1),
            "list, show, validate <= 15" + verdict(worst, 15))
        row("first paint (loading frame)", [cell(s.paint) for s in stores],
            "<= 50 at every size" + verdict(max(med(s.paint) for s in stores), 50))
        row("first full frame", [cell(s.full) for s in stores])
        full_ratios = [ratio(s.full, s.migof) for s in stores]
        row("ratio full frame / validate", [f"{r:.2f}" + (verdict(r, 1.1) if s.label == "20,000" else "") for r, s in zip(full_ratios, stores)],
            "20,000: <= 1.1")
        row("ratio first paint / validate", [f"{ratio(s.paint, s.migof):.2f}" for s in stores])
        missing = "vd not installed"
        row("VisiData first paint", [cell(s.vd_paint) if VISIDATA else missing for s in stores])
        row("VisiData loaded (vd -b)", [cell(s.vd_loaded) if VISIDATA else missing for s in stores])
        row("ratio first paint / VisiData", [f"{ratio(s.paint, s.vd_paint):.2f}" if s.vd_paint else "" for s in stores])
        row("ratio full frame / VisiData loaded", [f"{ratio(s.full, s.vd_loaded):.2f}" if s.vd_loaded else "" for s in stores])
        for kind, label in [("terminal", "key to frame"), ("headless", "  same, headless")]:
            # The search three ways (see docs/performance.md): keys back to back, timed to each
            # key's frame (on a large store the search may still be under way in it); keys at a
            # human pace (each search finished, untimed, before the next key); and timed to the
            # frame of the finished result, which has no target: it is what "searching…" covers.
            for scenario, short in [("scroll the country browser", "scroll"), ("search the store by name", "search keystroke"),
                                    ("search the store by name, human pace", "search, human pace"),
                                    ("search the store by name, to the finished result", "search, finished result")]:
                values = [s.keys.get((kind, scenario), []) for s in stores]
                medians = [med(v) for v in values if v]
                # Flat means the same screen costs the same in a bigger store: compare the synthetic
                # stores, whose rows look alike (the bundled store's rows are mostly unrated, so lighter).
                synthetic = [med(v) for v, s in zip(values, stores) if v and s.label != "bundled"]
                flat = max(synthetic) / min(synthetic) if len(synthetic) > 1 else None
                target = ""
                if kind == "terminal" and not short.endswith("finished result"):
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
            if kind == "terminal":
                # The fsync the key's frame no longer waits for, so its cost stays in sight.
                durable = [s.keys.get((kind, "score edit, key -> journal durable"), []) for s in stores]
                row("  score edit, key -> journal durable", [cell(v, 3) for v in durable])
        row("load in-process", [cell(s.load) for s in stores])
        row("save, atomic + fsync", [cell(s.save) for s in stores])
        save_ratios = [ratio(s.save, s.load) for s in stores]
        row("ratio save / load", [f"{r:.2f}" + verdict(r, 2.0) for r in save_ratios], "<= 2.0")
        row("peak RSS, dashboard open (MB)", [cell(s.peak) for s in stores])
        limits = [1.2 * s.bytes / (1 << 20) + 30 for s in stores]
        row("limit 1.2 x file + 30 MB", [f"{l:.1f}" + verdict(max(s.peak), l) for l, s in zip(limits, stores)],
            "peak <= limit")
        print()
        if not VISIDATA:
            print("VisiData (vd) is not installed: its rows are left empty")
        print(f"stores over {LARGE_BYTES >> 20} MB: {LARGE_RUNS} runs after a warm-up")
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
                print(f"  {name:50} {cell(ms, 3):>26}")
            print(f"  {'all keys':50} {cell(all_keys, 3):>26}")
            print()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
