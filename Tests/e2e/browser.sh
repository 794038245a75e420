# The browser in a real terminal (tmux) at 80x24: the footer's short store name and hints,
# a rating filter typed at `f` whose count matches `migof list --format json`, reverse
# sort, the frequency view, and Space marking three countries.

new_workspace
run_migof list --year 2021 --format json
WANT=$(printf '%s' "$OUT" | python3 -c '
import json, sys
rows = json.load(sys.stdin)
print(sum(1 for r in rows if r.get("P3") is not None and r["P3"] <= 2))')
ONES=$(printf '%s' "$OUT" | python3 -c '
import json, sys
print(sum(1 for r in json.load(sys.stdin) if r.get("overall") == 1))')
ENV="env HOME=$HOME XDG_DATA_HOME=$XDG_DATA_HOME XDG_CONFIG_HOME=$XDG_CONFIG_HOME"

tmux_start 80 24 "$ENV $MIGOF --year 2021"
expect_screen "dashboard opens" "Press ? for help" 15
keys b
expect_screen "browser opens" "Countries, 2021"
expect_screen "footer names the store by its file name with the browser's first hints" \
  "store.json · 2021  f filter  Enter profile  o order"
keys f
expect_screen "f opens the filter prompt" ":filter"
keys -l "P3<=2"
keys Enter
expect_screen "P3<=2 keeps as many countries as migof list finds ($WANT)" "$WANT of 138 · region: all · filter: P3 ≤ 2"
keys Escape
expect_screen "Esc clears the filter" "138 of 138 · region: all · sort: name"
keys o
expect_screen "o orders by overall" "All▼"
keys "~"
expect_screen "~ reverses: lowest first" "All▲"
expect_screen "the bar says the order is reversed" "sort: overall ▲"
keys F
expect_screen "F shows the frequency of the overall rating" "Frequency of overall, 2021"
if wait_for "1 Requires further progress" && screen_text | grep -E "1 Requires further progress +$ONES " >/dev/null; then
  pass "the frequency of band 1 equals migof list's count ($ONES)"
else
  fail "band 1 count differs from migof list ($ONES)" "$(screen_text)"
fi
keys F
wait_gone "Frequency of overall" && pass "F closes the frequency view" || fail "F closes the frequency view" "$(screen_text)"
keys Space Space Space
expect_screen "Space marks a third country, numbered" "[3] "
expect_screen "the mark message says what c does with more" "c compares A and B"
keys q
wait_gone "Countries, 2021" && pass "q quits" || fail "q quits" "$(screen_text)"
tmux_stop
