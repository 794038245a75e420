# migof report: Markdown and HTML from the shell, the HTML opened in a real browser (headless
# Chromium prints it to PDF; pdftotext reads the PDF back), and the dashboard's report key.
# When a browser check fails, the page, its PDF and a screenshot are kept under
# $MIGOF_E2E_ARTEFACTS/report (default .build/e2e-artefacts/report).

new_workspace
ARTEFACTS="${MIGOF_E2E_ARTEFACTS:-$ROOT/.build/e2e-artefacts}/report"
STORE="$XDG_DATA_HOME/migof/store.json"
"$MIGOF" list >/dev/null 2>&1   # the default store, created on first use
NOTE='Law 6458 | art. 89 <script>alert(1)</script> *draft* & more'
run_migof set TUR 1c legal-only --note "$NOTE"
expect_rc "an answer with a hostile note" 0

run_migof report CAN
expect_rc "report CAN" 0
expect_out "Markdown header" "# Canada (CAN): migration governance profile, 2021"
expect_out "the round and the previous one" "2021 (previous round 2019; years 2019, 2021)"
expect_out "well-developed areas with their threshold" "_Areas rated 3 (Meets) or higher, an assessed figure of at least 80%._"
expect_out "areas with potential for further development" "## Areas with potential for further development"
expect_out "the region and the world with their n" "| **Overall** | 3 | 2.71 (n=14) | 2.72 (n=89) |"
expect_out "every indicator" "| 6e Formal strategies to address trafficking in persons and migrant smuggling | not answered |  |"
expect_out "the citation" "1. Statistics Canada, national SDG reporting platform"
run_migof report TUR --year 2021
expect_out "a note's pipes and tags are escaped in Markdown" 'Law 6458 \| art. 89 \<script\>alert(1)\</script\> \*draft\* \& more'

before=$(sha256sum < "$STORE")
run_migof report CAN --out "$STORE"
expect_rc "--out the store is refused" 64
expect_err "saying why" "refusing to write the report over the store $STORE"
ln -s "$STORE" "$WORK/link.html"
run_migof report CAN --out "$WORK/link.html"
expect_rc "--out a link to the store is refused too" 64
same_file "the store is untouched" "$STORE" "$before"
run_migof report CAN --year 2023
expect_rc "a year without an assessment" 3
expect_err "names the years there are" "Canada (CAN) has no assessment for 2023; its years: 2019, 2021"
run_migof report CAN --format pdf
expect_rc "an unknown format is a usage error" 64
run_migof report CAN --theme nosuch --out "$WORK/x.html"
expect_rc "an unknown theme is a usage error" 64
[ ! -e "$WORK/x.html" ] && pass "and writes nothing" || fail "a refused report wrote a file"
run_migof report DNK --theme colorblind --format html
grep -qF 'fill="#f5c710"' <<<"$OUT" && pass "--theme colours the bars from its roles (colorblind amber for 2)" || fail "no colorblind amber bar"
mkdir -p "$XDG_CONFIG_HOME/migof/themes"
echo 'not json' > "$XDG_CONFIG_HOME/migof/themes/broken.json"
run_migof report CAN --theme broken --format html
expect_rc "a theme file that cannot be read is a usage error" 64
expect_err "naming the file and line" "themes/broken.json:1: not valid JSON"
run_migof report atlantis
expect_rc "an unknown country" 64

run_migof report TUR --out "$WORK/tur.html"
expect_rc "report --out FILE.html writes HTML" 0
expect_err "and says where" "migof: wrote $WORK/tur.html"
grep -q '^<!DOCTYPE html>' "$WORK/tur.html" && pass "the format follows the extension" || fail "not HTML" "$(head -3 "$WORK/tur.html")"
if grep -qiE '<script|src=|href=|url\(|@import|https?:' "$WORK/tur.html"; then
  fail "the page must hold no script and no link" "$(grep -oiE '.{20}(<script|src=|href=|url\(|@import|https?:).{20}' "$WORK/tur.html" | head -5)"
else pass "no script, no link, nothing fetched"; fi

# The browser: print to PDF, read the text back, take a screenshot.
browser() {
  timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$WORK/chromium" "$@" \
    >>"$WORK/chromium.log" 2>&1
}
keep_artefacts() {
  mkdir -p "$ARTEFACTS"
  browser --hide-scrollbars --window-size=1000,1400 --screenshot="$ARTEFACTS/tur.png" "file://$WORK/tur.html"
  cp "$WORK/tur.html" "$WORK/tur.pdf" "$WORK/chromium.log" "$ARTEFACTS/" 2>/dev/null
  echo "        artefacts kept in $ARTEFACTS"
}
if ! command -v chromium >/dev/null || ! command -v pdftotext >/dev/null; then
  fail "chromium and pdftotext are needed (make test installs them)"
else
  browser --no-pdf-header-footer --print-to-pdf="$WORK/tur.pdf" "file://$WORK/tur.html"
  if [ -s "$WORK/tur.pdf" ]; then pass "headless Chromium prints the page to PDF"; else fail "no PDF" "$(tail -5 "$WORK/chromium.log")"; fi
  PDF=$(pdftotext -layout "$WORK/tur.pdf" - 2>&1 | tr -s ' ')
  failed_before=$FAILED
  for text in "Türkiye (TUR): migration governance profile, 2021" "Asia / Western Asia" "Well-developed areas" \
              "Areas with potential for further development" "Overall: 3 Meets" "Overall 3 Meets 3 2* · 50% 1/30" \
              "P1 Migrants' rights: 3 Meets (reported)" "P2 Whole of government and evidence: 4 Fully meets" \
              "O3 Safe, orderly and regular migration" "against its region (Asia) and the world" \
              "UN SDG Global Database, series SG_CPA_MIGRS" "<script>alert(1)</script>" "Caveats"; do
    if grep -qF -- "$text" <<<"$PDF"; then pass "the PDF reads: $text"; else fail "the PDF lacks: $text" "$PDF"; fi
  done
  browser --hide-scrollbars --window-size=1000,1400 --screenshot="$WORK/tur.png" "file://$WORK/tur.html"
  [ "$(head -c 4 "$WORK/tur.png" 2>/dev/null | od -An -c | tr -d ' ')" = "211PNG" ] && pass "a screenshot of the page" || fail "no screenshot"
  [ "$FAILED" -gt "$failed_before" ] && keep_artefacts
fi

# The dashboard: w on the profile writes both files into MIGOF_REPORT_DIR and says so.
REPORTS="$WORK/reports"
tmux_start 100 30 "env HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME MIGOF_REPORT_DIR=$REPORTS $MIGOF --country CAN; sleep 60"
expect_screen "the profile opens" "Canada (CAN)" 15
keys w
expect_screen "w says where the report went" "report written: $REPORTS/migof-CAN-2021.html and .md"
[ -s "$REPORTS/migof-CAN-2021.html" ] && [ -s "$REPORTS/migof-CAN-2021.md" ] && pass "both files are there" || fail "no report files" "$(ls -la "$REPORTS" 2>&1)"
keys q
tmux_stop
