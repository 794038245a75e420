# The command line on temporary stores: stdout, stderr, exit codes and the files on disk.

new_workspace
STORE="$XDG_DATA_HOME/migof/store.json"

run_migof list
expect_rc "first run lists countries" 0
expect_err "first run says it created the store" "created it from the bundled default"
check "first run copied the bundled store" test -s "$STORE"
run_migof list
if [ -z "$ERR" ]; then pass "second run prints no notice"; else fail "second run printed: $ERR"; fi

run_migof list --year 2021 --format csv
expect_rc "list csv" 0
if [ "$(head -1 <<<"$OUT")" = "iso3,name,region,overall,P1,P2,P3,O1,O2,O3,overall_basis,P1_basis,P2_basis,P3_basis,O1_basis,O2_basis,O3_basis" ]; then pass "list csv header"; else fail "list csv header" "$OUT"; fi
expect_out "Canada 2021 row" "CAN,Canada,Americas,3,3,4,4,4,4,4,reported,"
expect_out "Denmark 2021 row" "DNK,Denmark,Europe,2,3,3,4,2,2,2,reported,"
rows=$(($(wc -l <<<"$OUT") - 1))
if [ "$rows" -eq 90 ]; then pass "list --year 2021 has only countries assessed in 2021"; else fail "2021 rows: $rows"; fi

# Done when: 111 countries in 2019, every one with all six domains.
run_migof list --year 2019 --format csv
if python3 -c '
import csv,sys
rows=list(csv.DictReader(sys.stdin))
assert len(rows)==111, len(rows)
assert all(r[k] for r in rows for k in ("P1","P2","P3","O1","O2","O3")), [r["iso3"] for r in rows if not all(r[k] for k in ("P1","P2","P3","O1","O2","O3"))]
' <<<"$OUT"; then pass "list 2019: 111 rows, all six domains filled"; else fail "list 2019" "$OUT"; fi
# Done when: Türkiye 2021 shows its six published domain ratings with a citation.
run_migof show TUR --year 2021
expect_rc "show Türkiye 2021" 0
if python3 -c '
import sys
lines=[l for l in sys.stdin.read().splitlines() if l[:2] in ("P1","P2","P3","O1","O2","O3")][:6]
got=[l.split()[l.split().index("reported")+1] for l in lines]
assert got==["3","4","3","3","4","4"], got
assert all("UN SDG Global Database, series SG_CPA_MIGRS" in l for l in lines), lines
assert not any("open-numbers/" in l for l in lines)
' <<<"$OUT"; then pass "Türkiye 2021: six published domain ratings with a citation"; else fail "show TUR" "$OUT"; fi
expect_out "the overall rating cites its source" "Overall rating: UN SDG Global Database"
run_migof show TUR --year 2021 --format json
if python3 -c '
import json,sys
d=json.load(sys.stdin); a=d["areas"][0]
assert a["citation"].startswith("UN SDG Global Database") and a["sourcePath"].startswith("open-numbers/") and "@" in a["sourcePath"], a
' <<<"$OUT"; then pass "show json gives the citation and the path"; else fail "show json citation" "$OUT"; fi
run_migof show ARM --year 2021
expect_out "a caveat from the data is shown" "Caveat: From Armenia's national platform only"

# The bundled frameworks.
run_migof frameworks
expect_rc "frameworks lists" 0
expect_out "frameworks lists SDG 10.7.2" "sdg-10-7-2        1          30"
expect_out "frameworks lists the MGI topics" "mgi-topics        1          36"
run_migof list --framework ""
expect_rc "an empty --framework is an error" 64
expect_err "empty framework message" "--framework needs a name or a path"
run_migof list --framework mgi-topics
expect_rc "a store opened with another framework" 65
expect_err "the mismatch names both" "scored with the framework sdg-10-7-2 version 1, but the framework in use is mgi-topics version 1"
run_migof list --framework nonesuch
expect_err "an unknown framework lists the bundled ones" "the bundled frameworks are mgi-topics, sdg-10-7-2"

run_migof list --region "northern europe" --sort O1 --format json
expect_rc "list json by region" 0
if python3 -c 'import json,sys; d=json.load(sys.stdin); assert d[0]["iso3"] in ("NOR","SWE","ISL","FIN","DNK"); assert all("O1" in r for r in d)' <<<"$OUT"; then
  pass "list json parses and sorts by O1"; else fail "list json" "$OUT"; fi

run_migof list --sort Z9
expect_rc "unknown sort key is a usage error" 64

run_migof show cote --format json
expect_rc "show by accent-free prefix" 0
if python3 -c '
import json,sys
d=json.load(sys.stdin)
assert d["iso3"]=="CIV" and d["name"]=="Côte d'"'"'Ivoire" and d["year"]==2021
assert d["overall"]["reported"]==3 and len(d["areas"])==6
a=d["areas"][0]
assert a["id"]=="P1" and a["domain"]==1 and "reported" in a and "assessed" in a and "rating" in a
assert a["indicators"][0]["id"]=="1a" and "score" in a["indicators"][0] and "note" in a["indicators"][0]
' <<<"$OUT"; then pass "show json follows the contract"; else fail "show json contract" "$OUT"; fi

run_migof show Canda
expect_rc "unknown country" 64
expect_err "unknown country suggests" "did you mean Canada (CAN)?"

run_migof show CA --year 2019 --format md
expect_out "show md by ISO2 and year" "## Canada (CAN), 2019"

run_migof compare CAN DNK --format json
expect_rc "compare json" 0
if python3 -c '
import json,sys
d=json.load(sys.stdin)
assert d["a"]["iso3"]=="CAN" and d["b"]["iso3"]=="DNK"
assert [x["delta"] for x in d["deltas"]]==[0,-1,0,-2,-2,-2,-1]
' <<<"$OUT"; then pass "compare deltas"; else fail "compare deltas" "$OUT"; fi
run_migof compare MEX MEX --year 2019 --year-b 2021
expect_out "trend view names the years" "A: Mexico (MEX, Americas, 2019)"
expect_out "trend shows overall change" "▲2"

before=$(sha256sum < "$STORE")
run_migof set CAN P9.9 3
expect_rc "unknown indicator refused" 64
expect_err "unknown indicator message" "unknown indicator 'P9.9'"
same_file "store untouched after unknown indicator" "$STORE" "$before"
for bad in 4 0.25 maybe x; do
  run_migof set CAN 1a "$bad"
  expect_rc "answer $bad refused" 64
done
expect_err "a bad answer lists the options" "1 yes (1), 2 legal-only (0.5), 3 no (0)"
run_migof set CAN 1x yes
expect_err "an unknown indicator gets suggestions" "did you mean 1a"
same_file "store untouched after bad scores" "$STORE" "$before"

cp "$STORE" "$WORK/before.json"
run_migof set can 1A legal-only --year 2021 --note "Loi n° 12 — vérifiée"
expect_rc "set an answer with an accented note" 0
expect_out "set says what changed" "CAN 2021 1a: – → legal-only"
if diff "$WORK/before.json" "$STORE" | grep -q '^> .*"1a": 0.5,'; then pass "the answer line changed, as the option's value"; else fail "score line" "$(diff "$WORK/before.json" "$STORE")"; fi
# Outside the audit block: the score line (2 diff lines), the note's three new lines, and the
# three closing lines where the audit block attaches.
changed=$(diff <(sed '/^  "audit": \[/,$d' "$WORK/before.json") <(sed '/^  "audit": \[/,$d' "$STORE") | grep -c '^[<>]')
if [ "$changed" -le 8 ]; then pass "set changed only a few lines besides the audit ($changed)"; else fail "set changed $changed lines"; fi
check "previous version kept as .bak" cmp -s "$WORK/before.json" "$STORE.bak"
run_migof show CAN --format json
if python3 -c '
import json,sys
d=json.load(sys.stdin); i=d["areas"][0]["indicators"][0]
assert i["score"]==0.5 and i["answer"]=="legal-only" and i["option"]==2 and i["note"]=="Loi n° 12 — vérifiée", i
' <<<"$OUT"; then pass "show reads the new score and note"; else fail "show after set" "$OUT"; fi
run_migof set CAN 1a none --note ""
if python3 - "$WORK/before.json" "$STORE" <<'PY'
import json, sys
old = json.load(open(sys.argv[1])); new = json.load(open(sys.argv[2]))
audit = new.pop("audit")
assert old == new, "countries differ after clearing"
changes = [(e["change"], e["indicator"], e["oldScore"], e["newScore"], e["newNote"]) for e in audit]
assert changes == [("score", "1a", None, 0.5, None), ("note", "1a", None, None, "Loi n° 12 — vérifiée"),
                   ("score", "1a", 0.5, None, None), ("note", "1a", None, None, None)], changes
assert all(e["time"].endswith("Z") and e["user"] for e in audit)
PY
then pass "clearing restores the data and the audit keeps both saves"; else fail "clear and audit" "$(tail -40 "$STORE")"; fi

# A second writer is refused with the holder's PID.
python3 - "$STORE.lock" >"$WORK/holder" <<'PY' &
import fcntl, os, sys, time
f = open(sys.argv[1], "a+")
fcntl.flock(f, fcntl.LOCK_EX)
f.truncate(0); f.write(str(os.getpid())); f.flush()
print(os.getpid(), flush=True)
time.sleep(20)
PY
holder_job=$!
for _ in $(seq 500); do [ -s "$WORK/holder" ] && break; sleep 0.01; done
holder=$(cat "$WORK/holder")
run_migof set CAN 1b yes
expect_rc "locked store refuses a writer" 75
expect_err "lock message names the holder" "locked by migof process $holder"
kill "$holder_job" 2>/dev/null; wait "$holder_job" 2>/dev/null

# Corrupt stores: every command fails with path:line:column and leaves the file alone.
BAD="$WORK/bad.json"
head -c 5000 "$STORE" > "$BAD"
badsum=$(sha256sum < "$BAD")
run_migof list --store "$BAD"
expect_rc "truncated store" 65
if grep -qE "^migof: $BAD:[0-9]+:[0-9]+: " <<<"$ERR"; then pass "truncated store error has line:column"; else fail "truncated message" "$ERR"; fi
same_file "truncated store untouched" "$BAD" "$badsum"
sed 's/"1a": null/"1a": 7/' "$STORE" > "$BAD"
badsum=$(sha256sum < "$BAD")
run_migof validate "$BAD"
expect_rc "validate refuses an answer of 7" 65
expect_err "validate names the value" "must be one of 1, 0.5, 0, got 7"
same_file "validate leaves the file alone" "$BAD" "$badsum"
: > "$BAD"
run_migof show CAN --store "$BAD"
expect_rc "empty store" 65
expect_err "empty store message" "$BAD:1:1: empty file"
run_migof validate "$STORE"
expect_rc "validate a good store" 0
run_migof validate "$WORK/nope.json"
expect_rc "validate a missing file" 66

# Import: all rows checked first, nothing written on error.
CSV="$WORK/in.csv"
printf 'iso3,country,year,domain,rating,source\nCAN,Canada,2023,overall,4,test\nXXX,Nowhere,2023,overall,2,test\nCAN,Canada,2023,D7,2,test\n' > "$CSV"
before=$(sha256sum < "$STORE")
run_migof import sdg "$CSV"
expect_rc "bad import refused" 65
expect_err "bad import names line 3" "$CSV:3: unknown country code 'XXX'"
expect_err "bad import names line 4" "$CSV:4: domain 'D7'"
same_file "bad import writes nothing" "$STORE" "$before"
printf 'iso3,country,year,domain,rating,source\nCAN,Canada,2023,overall,4,test\nNZL,New Zealand,2023,D2,3,test\n' > "$CSV"
run_migof import sdg "$CSV" --dry-run
expect_out "dry run reports" "would import 2 rows: 2 new"
same_file "dry run writes nothing" "$STORE" "$before"
run_migof import sdg "$CSV"
expect_rc "good import" 0
run_migof show NZL --year 2023 --format json
if python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["areas"][1]["reported"]==3' <<<"$OUT"; then pass "import is visible"; else fail "import visible" "$OUT"; fi

# Answers from a CSV: all or nothing, under the lock, audited.
ANS="$WORK/answers.csv"
printf 'iso3,year,indicator,answer,note\nCAN,2021,1c,yes,\nCAN,2021,2A,no,a note\nCAN,2021,9z,yes,\nCAN,2021,1d,perhaps,\n' > "$ANS"
before=$(sha256sum < "$STORE")
run_migof import answers "$ANS"
expect_rc "answers with bad rows are refused" 65
expect_err "a bad indicator is named with its line" "$ANS:4: unknown indicator '9z'"
expect_err "a bad answer is named with its line" "$ANS:5: answer 'perhaps' is not an option of 1d"
same_file "bad answers write nothing" "$STORE" "$before"
printf 'iso3,year,indicator,answer,note\nCAN,2021,1c,yes,\nCAN,2021,2A,no,a note\n' > "$ANS"
run_migof import answers "$ANS" --dry-run
expect_out "dry run lists each change" "CAN 2021 1c: – → yes"
expect_out "dry run lists the note" "CAN 2021 2a: – → no (note: a note)"
same_file "dry run writes nothing" "$STORE" "$before"
run_migof import answers "$ANS"
expect_rc "answers imported" 0
run_migof log CAN --format csv
expect_out "imported answers are audited" ",score,CAN,2021,2a,,0,"

# A version 1 store (before the two frameworks) validates and opens with the MGI topics.
python3 - "$STORE" "$WORK/v1.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
sources = d.pop("sources"); d.pop("framework"); d.pop("audit", None)
d["version"] = 1
for c in d["countries"].values():
    for a in c["assessments"].values():
        a["scores"] = {}
        for r in a["reported"].values():
            r["source"] = sources[r["source"]]["path"]; r.pop("caveat", None)
d["countries"]["CAN"]["assessments"]["2021"]["scores"] = {"P1.1": 3}
d["countries"]["CAN"]["assessments"]["2021"]["notes"] = {"P1.1": "kept"}
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False, indent=2)
PY
run_migof validate "$WORK/v1.json"
expect_rc "validate accepts a version 1 store" 0
run_migof set CAN P1.2 4 --store "$WORK/v1.json"
expect_rc "a version 1 store is edited under the MGI topics" 0
if head -3 "$WORK/v1.json" | grep -q '"version": 2' && grep -q '"version": 1' "$WORK/v1.json.bak" \
   && grep -q '"P1.1": 3,' "$WORK/v1.json" && grep -q '"P1.1": "kept"' "$WORK/v1.json"; then
  pass "the next save writes version 2, keeps the score and note, and the .bak holds version 1"
else fail "v1 upgrade" "$(head -20 "$WORK/v1.json")"; fi

# The bundled store is what the importer builds from the bundled CSV.
run_migof import sdg "$ROOT/Sources/MigofCore/Resources/sdg-10-7-2.csv" --store "$WORK/rebuilt.json" --new
expect_rc "rebuild the bundled store" 0
check "rebuilt store is byte-identical to the bundled one" cmp -s "$WORK/rebuilt.json" "$ROOT/Sources/MigofCore/Resources/store.json"

# Export and paths.
run_migof export --format csv --year 2021 --out "$WORK/out.csv"
expect_rc "export to a file" 0
if head -1 "$WORK/out.csv" | grep -q '^iso3,iso2,m49,name,region,sub_region,year,overall'; then pass "export csv header"; else fail "export header"; fi
run_migof export --format md --year 2019
expect_out "export md table" "| ISO3 | Country | Region | Overall |"
MIGOF_STORE="$WORK/env.json" run_migof paths
expect_out "paths honours MIGOF_STORE" "store      $WORK/env.json  [from MIGOF_STORE]"
run_migof paths --store "$WORK/opt.json"
expect_out "paths honours --store" "[from --store]"
run_migof frobnicate
expect_rc "unknown subcommand is a usage error" 64

# make install puts the binary, data and themes together; it runs from any folder.
PREFIX_DIR="$WORK/prefix"
if make -s -C "$ROOT" install PREFIX="$PREFIX_DIR" >/dev/null 2>"$WORK/install.err"; then
  (cd / && "$PREFIX_DIR/bin/migof" paths) > "$WORK/paths.txt"
  if grep -q "framework  $PREFIX_DIR/share/migof/frameworks/sdg-10-7-2.json" "$WORK/paths.txt" \
     && grep -q "$PREFIX_DIR/share/migof/themes" "$WORK/paths.txt"; then pass "installed binary finds its data and themes"; else fail "installed paths" "$(cat "$WORK/paths.txt")"; fi
  (cd / && XDG_DATA_HOME="$WORK/installed" "$PREFIX_DIR/bin/migof" show DNK >/dev/null 2>&1)
  check "installed binary creates a store from its bundled default" test -s "$WORK/installed/migof/store.json"
else
  fail "make install" "$(cat "$WORK/install.err")"
fi

rm -rf "$WORK"
