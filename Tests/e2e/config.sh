# The config file: its path, --init, every setting's origin, precedence, warnings and errors,
# and the settings reaching the commands and the dashboard.

new_workspace
CONFIG="$XDG_CONFIG_HOME/migof/config.toml"
run_migof config --path
expect_out "config --path prints the XDG path" "$CONFIG"
run_migof config
expect_out "without a file, defaults apply" "not found: defaults apply"
expect_out "theme from the default" "theme         dark"
run_migof config --init
expect_rc "config --init writes a starting file" 0
[ -s "$CONFIG" ] && grep -q '^# theme = "dark"' "$CONFIG" && pass "the starting file is commented" || fail "no commented starting file"
echo 'theme = "light"' >> "$CONFIG"
sha=$(sha256sum < "$CONFIG")
run_migof config --init
expect_rc "config --init never overwrites" 73
expect_err "and says so" "already exists; it is left as it is"
same_file "the existing file is untouched" "$CONFIG" "$sha"

cat > "$CONFIG" <<'TOML'
# a user's settings
theme = "colorblind"
store = "stores/mine.json"
user = "config-user"
start-screen = "browser"
mouse = false
colour = "x"
[keys]
quit = ["q", "Z Z"]
save = ["Ctrl+S"]
TOML
run_migof config
expect_out "theme from the file, with its line" "theme         colorblind"
expect_out "the file and line of the theme" "$CONFIG:2"
expect_out "a relative store is relative to the config folder" "$XDG_CONFIG_HOME/migof/stores/mine.json"
expect_out "a rebound key with its origin" "keys.quit"
expect_err "an unknown key warns once with line and column" "$CONFIG:7:1: unknown key 'colour' ignored"
expect_err "a key name migof cannot read is named" "$CONFIG:10:8: keys.save: 'Ctrl+S' is not a key"
[ "$(grep -c "unknown key 'colour'" <<<"$ERR")" = 1 ] && pass "one warning, not one per use" || fail "warning repeated" "$ERR"
MIGOF_THEME=light run_migof config
expect_out "environment beats the file" "theme         light"
expect_out "and says so" '$MIGOF_THEME'
MIGOF_STORE="$WORK/env.json" run_migof config --store "$WORK/flag.json"
expect_out "a flag beats the environment" "$WORK/flag.json"
expect_out "and names the flag" "--store"
NO_COLOR=1 run_migof config
expect_out "the file's theme beats NO_COLOR" "theme         colorblind"

# The settings reach the commands: the store and the audit user.
# A configured store is not the default location, so its first use needs --new (as --store does).
run_migof set CAN 1a yes --new
expect_rc "set uses the configured store" 0
[ -f "$XDG_CONFIG_HOME/migof/stores/mine.json" ] && pass "the store is where the config says" || fail "configured store not created"
run_migof log CAN
expect_out "the audit trail names the configured user" "config-user"
MIGOF_USER=env-user run_migof set CAN 1a no
run_migof log CAN
expect_out "MIGOF_USER beats the file" "env-user"

# The dashboard opens on the configured start screen.
tmux_start 100 30 "env HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME $MIGOF"
expect_screen "start-screen = browser opens the country browser" "sort: name" 15
expect_screen "the config warning shows on the status bar" "unknown key 'colour'"
keys q
tmux_stop

# Rebound keys reach the keymap: help shows them, and a collision is refused naming both.
printf 'store = "stores/mine.json"\n[keys]\nhelp = ["F2"]\nsearch = ["F3"]\nsave = ["q"]\n' > "$CONFIG"
# Tall enough for help's first page to hold every "everywhere" key.
tmux_start 120 50 "env HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME $MIGOF"
expect_screen "a collision is refused, naming both actions" "keys.save: 'q' is already the key of quit" 15
keys F2
expect_screen "the rebound help key opens help" "Keys" 10
expect_screen "help lists a rebound key" "F3           Search countries" 5
expect_screen "and the refused rebinding keeps its keys" "s C-s        Save the store" 5
keys Escape
keys q
tmux_stop

# Keys pressed in turn: Z waits with a hint, Esc cancels, help shows the sequence, Z Z quits.
printf 'store = "stores/mine.json"\n[keys]\nquit = ["q", "Z Z"]\n' > "$CONFIG"
tmux_start 120 50 "env HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME $MIGOF; echo rc=\$?; sleep 60"
expect_screen "the dashboard opens with a sequence bound" "Press ? for help" 15
keys Z
expect_screen "the first key of a sequence waits, with a hint" "Z … Z quit (Esc cancels)" 5
keys Escape
expect_screen "Esc cancels it" "Z cancelled" 5
keys '?'
expect_screen "help shows the sequence" "q / Z Z" 5
keys Escape
keys Z Z
expect_screen "Z Z quits" "rc=0" 5
tmux_stop

# An error: path:line:column, the defaults, no crash.
printf 'theme = "light"\nmouse = maybe\n' > "$CONFIG"
run_migof config
expect_rc "a broken config file does not stop migof" 0
expect_err "the error names file, line and column" "$CONFIG:2:9: expected a value, found 'maybe'"
expect_out "and the defaults apply" "theme         dark"
expect_out "the file is reported as ignored" "ignored because of an error"
run_migof list
expect_rc "commands still run with a broken config" 0
