"""The terminal goes away while no SIGHUP reaches migof (issue 11, item 9).

migof runs on a pty that is not its controlling terminal (a new session), so closing the pty's
other side sends no signal: reads see end of input and poll reports POLLHUP. migof must treat
that as a hangup: exit 129, keep the journal, release the lock. Before, it spun at 100% CPU
holding the lock. Usage: hangup.py MIGOF WORKDIR. Prints what went wrong and exits 1.
"""
import fcntl, os, select, struct, subprocess, sys, termios, time

migof, work = sys.argv[1], sys.argv[2]
env = dict(os.environ, TERM="xterm-256color", HOME=f"{work}/home", XDG_DATA_HOME=f"{work}/hangup-data",
           XDG_CONFIG_HOME=f"{work}/config")
env.pop("COLUMNS", None)
env.pop("LINES", None)
master, slave = os.openpty()
fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
err = open(f"{work}/hangup.stderr", "wb")
child = subprocess.Popen([migof, "--country", "CAN"], stdin=slave, stdout=slave, stderr=err, env=env,
                         start_new_session=True)
os.close(slave)
seen = b""


def wait_for(text, seconds=15):
    """Reads the screen until `text` shows up (the output must be drained anyway)."""
    global seen
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.05)
        if ready:
            try:
                seen += os.read(master, 65536)
            except OSError:
                break
            if text.encode() in seen:
                return True
    return False


def fail(message):
    print(message)
    if child.poll() is None:
        child.kill()
        child.wait()
    sys.exit(1)


if not wait_for("Canada (CAN)"):
    fail("the dashboard did not open")
os.write(master, b"\r")
if not wait_for("P1.1 Basic serv"):  # the name is cut at 100 columns beside the averages
    fail("P1 did not expand")
os.write(master, b"j3")
store = f"{work}/hangup-data/migof/store.json"
folder = os.path.dirname(store)


def journals():
    return [name for name in os.listdir(folder) if "journal" in name and os.path.getsize(f"{folder}/{name}") > 0]


# The screen arrives as ncurses' minimal updates, so the edit is seen in its journal instead.
deadline = time.monotonic() + 10
while not journals() and time.monotonic() < deadline:
    wait_for("\0", 0.02)
if not journals():
    fail("the score was not journalled")
os.close(master)
try:
    rc = child.wait(timeout=10)
except subprocess.TimeoutExpired:
    fail("migof is still running 10 s after its terminal went away (it spins on end of input)")
if rc != 129:
    fail(f"exit {rc}, want 129 (hangup)")
if not journals():
    fail(f"no journal kept beside {store}: {os.listdir(folder)}")
dry = subprocess.run([migof, "recover", "--dry-run"], env=env, capture_output=True, text=True)
if dry.returncode != 0 or "P1.1" not in dry.stdout:
    fail(f"recover --dry-run (lock released, journal kept) exit {dry.returncode}: {dry.stdout}{dry.stderr}")
print("ok")
