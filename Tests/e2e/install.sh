# make install to a temporary prefix, then the installed copy moved to another prefix and run
# with the source tree out of reach (a tmpfs mounted over it in a private mount namespace):
# list, a save and the dashboard. Then the man page, the completions and make uninstall.

new_workspace
PREFIX_A="$WORK/prefix-a"
if make -s -C "$ROOT" install PREFIX="$PREFIX_A" >"$WORK/install.log" 2>&1; then pass "make install PREFIX=…"; else
  fail "make install failed" "$(tail -20 "$WORK/install.log")"; fi
for file in bin/migof share/migof/frameworks/sdg-10-7-2.json share/migof/frameworks/mgi-topics.json share/migof/store.json share/migof/countries.csv \
            share/migof/themes/dark.json share/migof/themes/colorblind-light.json share/man/man1/migof.1 \
            share/bash-completion/completions/migof share/zsh/site-functions/_migof share/fish/vendor_completions.d/migof.fish; do
  [ -s "$PREFIX_A/$file" ] || fail "make install should write $file"
done
pass "binary, resources, man page and completions in their folders"

OUT=$(MANPAGER=cat MANWIDTH=100 man -l "$PREFIX_A/share/man/man1/migof.1" 2>&1)
expect_out "man -l shows the page" "migof"
expect_out "the man page lists subcommands from the parser" "config"
expect_out "the man page documents --store" "--store"
grep -q "_migof" "$PREFIX_A/share/zsh/site-functions/_migof" && grep -q "complete -c 'migof'" "$PREFIX_A/share/fish/vendor_completions.d/migof.fish" \
  && grep -q -- "-F _migof migof" "$PREFIX_A/share/bash-completion/completions/migof" && pass "bash, zsh and fish completions" || fail "completions"
OUT=$(bash -c "source '$PREFIX_A/share/bash-completion/completions/migof'; COMP_WORDS=(migof con); COMP_CWORD=1; _migof; printf '%s\n' \"\${COMPREPLY[@]}\"" 2>&1)
expect_out "bash completes subcommands" "config"

# Any prefix: move the installed tree, then hide the source tree it was built from.
PREFIX_B="$WORK/elsewhere"
mv "$PREFIX_A" "$PREFIX_B"
hidden() { unshare -rm sh -c 'mount -t tmpfs tmpfs "$0" && exec "$@"' "$ROOT" "$@"; }
if hidden true 2>/dev/null; then
  OUT=$(hidden sh -c 'ls -A "$0" | wc -l' "$ROOT"); [ "$OUT" = 0 ] && pass "the source tree is out of reach" || fail "source tree still visible" "$OUT"
  OUT=$(hidden "$PREFIX_B/bin/migof" list 2>"$WORK/stderr"); RC=$?; ERR=$(cat "$WORK/stderr")
  expect_rc "installed migof list, source tree hidden" 0
  expect_out "list reads the bundled store" "Canada"
  OUT=$(hidden "$PREFIX_B/bin/migof" paths 2>&1)
  expect_out "paths names the resource folder in use" "data       $PREFIX_B/share/migof"
  expect_out "paths shows the version" "version    "
  OUT=$(hidden "$PREFIX_B/bin/migof" set CAN 1a legal-only --note "moved install" 2>&1); RC=$?
  expect_rc "a save with the source tree hidden" 0
  OUT=$(hidden "$PREFIX_B/bin/migof" show CAN --format json 2>&1)
  expect_out "the save is on disk" '"note": "moved install"'
  tmux_start 100 30 "unshare -rm sh -c 'mount -t tmpfs tmpfs $ROOT && env HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME $PREFIX_B/bin/migof --theme colorblind-light; echo rc=\$?; sleep 60'"
  expect_screen "the dashboard runs from the moved install" "Press ? for help" 15
  keys t
  keys q
  expect_screen "and quits cleanly" "rc=0"
  tmux_stop
else
  fail "unshare -rm is not available: cannot hide the source tree on this machine"
fi

# A binary copied alone, away from share/migof and the source tree, carries its resources:
# list, a save and the dashboard with a fake HOME; MIGOF_DATA_DIR still points it anywhere.
mkdir -p "$WORK/alone/bin" "$WORK/alone/home"
cp "$PREFIX_B/bin/migof" "$WORK/alone/bin/migof"
lone() { env -i PATH="$PATH" TERM="${TERM:-xterm}" HOME="$WORK/alone/home" "$@"; }
if hidden true 2>/dev/null; then
  OUT=$(lone unshare -rm sh -c 'mount -t tmpfs tmpfs "$0" && exec "$@"' "$ROOT" "$WORK/alone/bin/migof" list 2>&1); RC=$?
else
  OUT=$(lone "$WORK/alone/bin/migof" list 2>&1); RC=$?
fi
expect_rc "a lone binary lists with the resources it carries" 0
expect_out "from its embedded bundled store" "Canada"
OUT=$(lone "$WORK/alone/bin/migof" paths 2>&1)
expect_out "paths says the resources are embedded" "[embedded in the binary, written out to the cache]"
expect_out "and where they were written" "data       $WORK/alone/home/.cache/migof/resources-"
OUT=$(lone "$WORK/alone/bin/migof" --version 2>&1)
expect_out "--version names the resource folder too" "data       $WORK/alone/home/.cache/migof/resources-"
OUT=$(lone "$WORK/alone/bin/migof" set CAN 1b yes --note "lone binary" 2>&1); RC=$?
expect_rc "a save from the lone binary" 0
OUT=$(lone "$WORK/alone/bin/migof" show CAN --format json 2>&1)
expect_out "the lone binary's save is on disk" '"note": "lone binary"'
[ ! -e "$WORK/alone/share" ] && pass "nothing is written beside the lone binary" || fail "the lone binary wrote share/ beside itself"
tmux_start 100 30 "env HOME=$WORK/alone/home $WORK/alone/bin/migof --theme colorblind; echo rc=\$?; sleep 60"
expect_screen "the lone binary's dashboard" "Press ? for help" 15
keys q
expect_screen "quits cleanly" "rc=0"
tmux_stop
OUT=$(MIGOF_DATA_DIR="$PREFIX_B/share/migof" "$WORK/alone/bin/migof" paths 2>&1); RC=$?
expect_out "MIGOF_DATA_DIR points a lone binary at other resources" "data       $PREFIX_B/share/migof  [MIGOF_DATA_DIR]"

mv "$PREFIX_B" "$PREFIX_A"
if make -s -C "$ROOT" uninstall PREFIX="$PREFIX_A" >"$WORK/uninstall.log" 2>&1; then pass "make uninstall"; else fail "make uninstall" "$(cat "$WORK/uninstall.log")"; fi
left=$(find "$PREFIX_A" -type f)
[ -z "$left" ] && pass "make uninstall removes every installed file" || fail "uninstall left files" "$left"
[ ! -e "$PREFIX_A/share/migof" ] && pass "and migof's own folder" || fail "share/migof remains"
touch "$PREFIX_A/bin/other-tool"
make -s -C "$ROOT" uninstall PREFIX="$PREFIX_A" >/dev/null 2>&1
[ -e "$PREFIX_A/bin/other-tool" ] && pass "uninstall leaves other files alone" || fail "uninstall removed a file it did not install"
