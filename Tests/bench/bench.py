#!/usr/bin/env python3
"""make bench: start-up and key-to-frame timings of the real binary in a 200x60 pseudo-terminal.

Figures are medians (with min and max) of repeated runs after a warm-up, measured in one
session: compare them, not absolute numbers across machines.
"""
import fcntl, json, os, pty, shutil, statistics, struct, sys, tempfile, termios, time

COLS, ROWS = 200, 60
STARTS = 21


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


def describe(values):
    return f"median {statistics.median(values):8.3f}   min {min(values):8.3f}   max {max(values):8.3f}"


def main():
    binary = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="migof-bench-")
    try:
        env = dict(os.environ, HOME=work, XDG_DATA_HOME=work + "/data", XDG_CONFIG_HOME=work + "/config",
                   TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
        env.pop("MIGOF_STORE", None)
        out = work + "/frames.jsonl"
        # Warm-up: creates the store from the bundled default and warms the page cache.
        run_in_pty([binary, "bench-frames", "--first-frame", "--out", out], env)
        starts = [run_in_pty([binary, "bench-frames", "--first-frame", "--out", out], env) * 1000 for _ in range(STARTS)]
        run_in_pty([binary, "bench-frames", "--count", "300", "--out", out], env)
        with open(out) as f:
            scenarios = [json.loads(line) for line in f if line.strip()]

        print(f"migof bench, {COLS}x{ROWS} pty, bundled store, {time.strftime('%Y-%m-%d')}, "
              f"{os.cpu_count()} cores")
        print()
        print(f"process start to first frame, whole process, {STARTS} runs (ms)")
        print(f"  {'start-up':34} {describe(starts)}   target < 100")
        print()
        for kind, title in [("terminal", "key to frame flushed: update + view + diff + ncurses flush"),
                            ("headless", "key to frame built, no terminal: update + view + diff")]:
            print(f"{title}, 300 keys each (ms)")
            all_keys = []
            for s in (s for s in scenarios if s["kind"] == kind):
                all_keys += s["ms"]
                print(f"  {s['name']:34} {describe(s['ms'])}" + ("   target < 2" if kind == "terminal" else ""))
            print(f"  {'all keys':34} {describe(all_keys)}" + ("   target < 2" if kind == "terminal" else ""))
            print()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
