# Teams in git: the five merge scenarios in temporary repositories, through `git merge` with
# the driver `migof git-setup` configures (scenario 1 also without it), the textconv diff,
# and `migof diff`, `conflicts`, `resolve` and `validate` on the results; scenario 3 is also
# resolved in the dashboard in tmux (banner, `!`, `t`, `u`, `s`) and then validates.
new_workspace
export GIT_AUTHOR_NAME=e2e GIT_AUTHOR_EMAIL=e2e@example.org GIT_COMMITTER_NAME=e2e GIT_COMMITTER_EMAIL=e2e@example.org
export GIT_CONFIG_NOSYSTEM=1 GIT_MERGE_AUTOEDIT=no
BUNDLED="$ROOT/Sources/MigofCore/Resources/store.json"

# repo NAME [nodriver]: a repository holding the bundled store on main, set up unless told not to.
repo() {
  REPO="$WORK/$1"; mkdir -p "$REPO"; cd "$REPO" || return
  git init -q -b main && cp "$BUNDLED" store.json
  [ "${2:-}" = nodriver ] || "$MIGOF" git-setup >/dev/null
  git add -A && git commit -qm base
}
# as USER ARGS...: a migof edit by USER on the store of the current repository.
as() { local who=$1; shift; USER=$who "$MIGOF" "$@" --store store.json >/dev/null; }
# json PYTHON: edits store.json as a JSON document (d), for what the CLI has no command for.
json() { python3 -c "import json; d = json.load(open('store.json')); $1
json.dump(d, open('store.json', 'w'), indent=2, ensure_ascii=False); open('store.json', 'a').write('\n')"; }
# branches: ana's work on branch ana, ben's on main, then main merges ana.
commit_as() { git commit -qam "$1"; }
merge_ana() { MERGE_OUT=$(git merge ana -m merge 2>&1); MERGE_RC=$?; }
validate() { run_migof validate store.json; }
value() { "$MIGOF" diff --textconv store.json | grep -qxF -- "$1"; }
# The driver runs this build by its real path (symbolic links resolved), as git-setup writes it.
REAL_MIGOF=$(readlink -f "$MIGOF")

# --- set-up ------------------------------------------------------------------
mkdir -p "$WORK/setup" && cd "$WORK/setup" && git init -q -b main
run_migof git-setup --dry-run
expect_out "git-setup --dry-run lists the attribute" '.gitattributes: would add "store.json merge=migof diff=migof"'
check "git-setup --dry-run writes nothing" test ! -e .gitattributes -a ! -e .gitignore
check "git-setup --dry-run sets no config" test -z "$(git config --local --get merge.migof.driver)"
run_migof git-setup
expect_out "git-setup says what it added" '.gitignore: added "store.json.journal"'
expect_out "git-setup sets the driver" "set merge.migof.driver = $REAL_MIGOF merge %O %A %B"
check "git-setup writes the driver into .git/config" test "$(git config --get diff.migof.textconv)" = "$REAL_MIGOF diff --textconv"
check "git-setup ignores the side files" grep -qxF '.store.json.tmp-*' .gitignore
run_migof git-setup
expect_out "git-setup twice changes nothing" "nothing to change"
check "git-setup twice adds no line" test "$(grep -c 'merge=migof' .gitattributes)" -eq 1

# --- 1. different countries, with the driver and without ------------------------
for mode in driver nodriver; do
  repo "s1-$mode" "$mode"
  git checkout -qb ana && as ana set CAN 1c yes --year 2021 && commit_as ana
  git checkout -q main && as ben set DNK 2a yes --year 2021 && commit_as ben
  merge_ana
  if [ "$MERGE_RC" -eq 0 ]; then pass "1 ($mode): different countries merge"; else fail "1 ($mode): merge failed" "$MERGE_OUT"; fi
  validate; expect_rc "1 ($mode): the merged store validates" 0
  check "1 ($mode): both edits are in" value "CAN 2021 1c: yes"
  check "1 ($mode): ... and DNK's" value "DNK 2021 2a: yes"
  run_migof log --store store.json
  expect_out "1 ($mode): ana's audit entry is kept" "ana"
  expect_out "1 ($mode): ben's audit entry is kept" "ben"
done

# textconv: git diff and git log -p read as values (the repository set up with the driver).
cd "$WORK/s1-driver"
DIFF=$(git diff main~1 main -- store.json)
if grep -qF "+CAN 2021 1c: yes" <<<"$DIFF"; then pass "git diff shows CAN 2021 lines"; else fail "git diff lacks CAN 2021 1c" "$DIFF"; fi
if git log -p -1 ana -- store.json | grep -qF -- "-CAN 2021 1c: unscored"; then pass "git log -p shows values"; else fail "git log -p"; fi
run_migof diff --git main~1 main store.json
expect_out "migof diff --git lists the change" "CAN 2021 1c: unscored → yes"
expect_out "migof diff --git lists the audit apart" "audit entries added:"
run_migof diff --git main~1 main store.json --no-audit
if grep -qF "audit entries" <<<"$OUT"; then fail "--no-audit leaves the audit out" "$OUT"; else pass "--no-audit leaves the audit out"; fi
run_migof diff --git main~1 main store.json --format csv
expect_out "migof diff --format csv" "change,CAN,2021,1c,unscored,yes,,"

# --- 2. the same country, different indicators --------------------------------------
repo s2
git checkout -qb ana && as ana set CAN 1c yes --year 2021 && commit_as ana
git checkout -q main && as ben set CAN 1a no --year 2021 && commit_as ben
merge_ana
if [ "$MERGE_RC" -eq 0 ]; then pass "2: same country, different indicators merge"; else fail "2: merge failed" "$MERGE_OUT"; fi
validate; expect_rc "2: the merged store validates" 0
check "2: ana's answer is in" value "CAN 2021 1c: yes"
check "2: ben's answer is in" value "CAN 2021 1a: no"

# --- 3. the same indicator, different values: a conflict -----------------------------
repo s3
git checkout -qb ana && as ana set CAN 1c yes --year 2021 && commit_as ana
git checkout -q main && as ben set CAN 1c no --year 2021 && commit_as ben
merge_ana
if [ "$MERGE_RC" -ne 0 ]; then pass "3: git reports the conflict"; else fail "3: merge did not conflict" "$MERGE_OUT"; fi
validate; expect_rc "3: validate exits 4 on unresolved conflicts" 4
expect_err "3: validate says why" "1 unresolved merge conflict"
run_migof conflicts --store store.json
expect_out "3: conflicts lists it with both sides" "conflict 1 CAN 2021 1c: base unscored · ours no (ben"
expect_out "3: ... and theirs, by whom" "theirs yes (ana"
run_migof conflicts --store store.json --format json
expect_out "3: conflicts --format json" '"field": "score"'
check "3: the result keeps ours" value "CAN 2021 1c: no"
S3_STORE="$REPO/store.json"

# ... resolved in the dashboard with keys: the banner, ! lists it, t takes theirs (u undoes
# and t again), s saves, q; then the store validates and the merge commits.
cat > "$WORK/dash.sh" <<WRAP
#!/bin/sh
trap : INT TERM
"$MIGOF" "\$@"
echo "rc=\$?"
sleep 60
WRAP
chmod +x "$WORK/dash.sh"
tmux_start 100 30 "env HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME USER=carla $WORK/dash.sh --store $S3_STORE"
expect_screen "3: the dashboard opens the store with a banner" "1 unresolved merge conflict in this store · press ! to list and resolve them" 15
keys '!'
expect_screen "3: ! lists the conflict" "1 CAN 2021 1c"
expect_screen "3: ... with ours and who" "no · ben"
expect_screen "3: ... and theirs and who" "yes · ana"
keys t
expect_screen "3: t takes theirs" "CAN 2021 1c: took theirs (yes); no conflict left"
if wait_gone "unresolved merge conflict" 3; then pass "3: the banner goes with the last conflict"; else fail "3: banner still shown" "$(screen_text)"; fi
keys u
expect_screen "3: u brings the conflict back" "undone: CAN 2021 1c: conflict 1 resolved"
expect_screen "3: ... and the banner" "1 unresolved merge conflict"
keys t
expect_screen "3: t again" "took theirs (yes)"
keys s
expect_screen "3: s saves the resolution" "audited change"
keys q
expect_screen "3: q quits" "rc=0"
tmux_stop
validate; expect_rc "3: resolved in the dashboard, the store validates" 0
check "3: theirs is in the store" value "CAN 2021 1c: yes"
check "3: the conflicts section is gone" test -z "$(grep -F '"conflicts"' "$S3_STORE")"
run_migof log CAN --store store.json
expect_out "3: the resolution is audited" "conflict resolved"
expect_out "3: ... as carla" "carla"
git add store.json && git commit -qm "resolved in the dashboard" && pass "3: the resolved merge commits"

# --- 4. a country added on both sides ----------------------------------------------
repo s4
json 'del d["countries"]["ZWE"]' && as base set CAN 1b yes --year 2021 && commit_as "no ZWE"
git checkout -qb ana && git show HEAD~1:store.json > /tmp/zwe-$$.json
python3 -c "import json,sys; z=json.load(open('/tmp/zwe-$$.json'))['countries']['ZWE']; z['assessments']['2021']['scores']['1a']=1; json.dump(z, open('/tmp/zwe-a-$$.json','w'))"
json "import json as j; d['countries']['ZWE'] = j.load(open('/tmp/zwe-a-$$.json'))" && commit_as "ana adds ZWE"
git checkout -q main
python3 -c "import json,sys; z=json.load(open('/tmp/zwe-$$.json'))['countries']['ZWE']; z['assessments']['2021']['scores']['1b']=0; json.dump(z, open('/tmp/zwe-b-$$.json','w'))"
json "import json as j; d['countries']['ZWE'] = j.load(open('/tmp/zwe-b-$$.json'))" && commit_as "ben adds ZWE"
rm -f /tmp/zwe-$$.json /tmp/zwe-a-$$.json /tmp/zwe-b-$$.json
merge_ana
if [ "$MERGE_RC" -eq 0 ]; then pass "4: a country added on both sides merges"; else fail "4: merge failed" "$MERGE_OUT"; fi
validate; expect_rc "4: the merged store validates" 0
check "4: ana's answer for the new country" value "ZWE 2021 1a: yes"
check "4: ben's answer for the new country" value "ZWE 2021 1b: no"

# --- 5. a removal against an edit -----------------------------------------------------
repo s5
git checkout -qb ana && as ana set DNK 2a yes --year 2021 && commit_as "ana edits DNK"
git checkout -q main && json 'del d["countries"]["DNK"]' && commit_as "ben removes DNK"
merge_ana
if [ "$MERGE_RC" -ne 0 ]; then pass "5: removal against edit conflicts"; else fail "5: merge did not conflict" "$MERGE_OUT"; fi
validate; expect_rc "5: validate exits 4" 4
run_migof conflicts --store store.json
expect_out "5: the conflict is the whole country" "conflict 1 DNK: base Denmark, 2 years · ours removed · theirs Denmark, 2 years (ana"
run_migof resolve 1 theirs --store store.json
expect_rc "5: resolve takes theirs" 0
expect_out "5: resolve says what it took" "DNK: took theirs"
validate; expect_rc "5: resolved, the store validates" 0
check "5: ana's edit is back" value "DNK 2021 2a: yes"
run_migof log DNK --store store.json
expect_out "5: the resolution is audited" "conflict resolved"
git add store.json && git commit -qm resolved && pass "5: the resolution commits"

# textconv passes a file that is not a store through, so git diff still works on it.
printf '{"version": 3,\n<<<<<<< HEAD\n' > "$WORK/broken.json"
run_migof diff --textconv "$WORK/broken.json"
expect_rc "textconv of a broken file still succeeds" 0
expect_out "textconv passes its text through" "<<<<<<< HEAD"
expect_err "textconv names the problem" "broken.json:2:"

# --- the merge driver on bad input ------------------------------------------------------
cd "$WORK" && cp "$BUNDLED" ours.json && printf '{"version": 3,\n  "countries": [}\n' > bad.json
SUM=$(sha256sum < ours.json)
run_migof merge "$BUNDLED" ours.json bad.json
expect_rc "merge refuses a broken input" 65
expect_err "merge names the file and line" "bad.json:2:"
same_file "merge leaves ours untouched" ours.json "$SUM"
