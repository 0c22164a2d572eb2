#!/usr/bin/env bash
# The steps of the composite action (action.yml): install styrmodell, write the follow-up report into the job
# summary and as HTML, validate (annotations, its part of the summary, a SARIF file for code scanning), and on a
# pull request compare the models with the base branch. Runs locally too, given the variables GitHub sets
# (test/dist/github-action.test.ts).
#
# Inputs (environment): STYRMODELL_PACKAGE (npm spec or tarball), STYRMODELL_PATHS (one path per line, spaces
# kept; default .), STYRMODELL_STRICT, STYRMODELL_MODEL, STYRMODELL_YEAR, STYRMODELL_BASE (default:
# origin/$GITHUB_BASE_REF on a pull request), STYRMODELL_FAIL_ON_WEAKENED, STYRMODELL_REPORT (true/false),
# STYRMODELL_SITE (true: `styrmodell site` into $RUNNER_TEMP, for GitHub Pages), STYRMODELL_SITE_URL (--base-url).
# GitHub's: GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, GITHUB_EVENT_NAME, GITHUB_BASE_REF, RUNNER_TEMP.
# Outputs: sarif, report, site (paths), errors, warnings (validate's counts), weakened (targets lowered against base).
# Exit status: 0; 1 validate found errors (warnings too with strict) or, with fail-on-weakened, a target was
# weakened; 2 or 3 what styrmodell itself exited with (usage, internal error).
set -uo pipefail

workspace="${GITHUB_WORKSPACE:-$PWD}"
out="${RUNNER_TEMP:-$(mktemp -d)}/styrmodell"
summary="${GITHUB_STEP_SUMMARY:-/dev/null}"
output="${GITHUB_OUTPUT:-/dev/null}"
# GitHub drops a step summary over 1 MiB whole; validate keeps its own part under what is left.
summary_limit=$((1024 * 1024))

# One path per line, so that "Kumla kommun" stays one path; surrounding blanks and CR (from a Windows editor) go.
paths=()
while IFS= read -r line || [ -n "$line" ]; do
    line="${line%$'\r'}"
    line="${line#"${line%%[![:space:]]*}"}"
    line="${line%"${line##*[![:space:]]}"}"
    [ -n "$line" ] && paths+=("$line")
done <<< "${STYRMODELL_PATHS:-.}"
[ "${#paths[@]}" -eq 0 ] && paths=(.)

cd "$workspace" || exit 2
mkdir -p "$out/install" "$out/results"

echo "::group::Installerar ${STYRMODELL_PACKAGE:-styrmodell}"
# A private prefix, so that the workspace's own package.json and node_modules are never touched.
echo '{"private": true}' > "$out/install/package.json"
if ! npm install --prefix "$out/install" --no-save --no-audit --no-fund --prefer-offline "${STYRMODELL_PACKAGE:-styrmodell}"; then
    echo "::error title=styrmodell::Kunde inte installera ${STYRMODELL_PACKAGE:-styrmodell} med npm."
    exit 2
fi
echo "::endgroup::"
styrmodell="$out/install/node_modules/.bin/styrmodell"

status=0
# The worst outcome wins: 3 (internal) over 2 (usage) over 1 (findings) over 0.
note() { if [ "$1" -gt "$status" ]; then status=$1; fi; }
summary_size() { if [ -f "$summary" ]; then wc -c < "$summary" | tr -d ' '; else echo 0; fi; }

year=()
[ -n "${STYRMODELL_YEAR:-}" ] && year=(--year "$STYRMODELL_YEAR")
strict=()
[ "${STYRMODELL_STRICT:-false}" = "true" ] && strict=(--strict)

# The report first: its heading is the summary's first-level one, and validate's and diff's sections sit below it.
report_written=false
if [ "${STYRMODELL_REPORT:-true}" = "true" ]; then
    model=()
    [ -n "${STYRMODELL_MODEL:-}" ] && model=(--model "$STYRMODELL_MODEL")
    if "$styrmodell" report "${paths[@]}" "${model[@]}" "${year[@]}" --format md > "$out/results/rapport.md" 2> "$out/results/rapport.err"; then
        if [ $(( $(summary_size) + $(wc -c < "$out/results/rapport.md") )) -lt $((summary_limit / 2)) ]; then
            { cat "$out/results/rapport.md"; echo; } >> "$summary"
        else
            { echo "# Uppföljning"; echo; echo "Rapporten är för stor för sammanfattningen (GitHub visar högst 1 MiB); den finns som HTML i artefakten styrmodell-uppfoljning."; echo; } >> "$summary"
        fi
        report_written=true
        "$styrmodell" report "${paths[@]}" "${model[@]}" "${year[@]}" --format html --out "$out/results/uppfoljning.html"
        note $?
        echo "report=$out/results/uppfoljning.html" >> "$output"
    else
        code=$?
        # 1: the model has errors, which validate reports and counts below; anything else is shown now.
        if [ "$code" -gt 1 ]; then cat "$out/results/rapport.err" >&2; note "$code"; fi
    fi
fi
[ "$report_written" = true ] || { echo "# Styrmodell"; echo; } >> "$summary"

# Annotations and validate's summary come from --format github; the SARIF file (with the counts) from a second,
# quiet run.
"$styrmodell" validate "${paths[@]}" --format github "${strict[@]}" "${year[@]}"
note $?
GITHUB_STEP_SUMMARY= "$styrmodell" validate "${paths[@]}" --format sarif "${year[@]}" > "$out/results/styrmodell.sarif"
validate_sarif=$?
[ "$validate_sarif" -gt 1 ] && note "$validate_sarif"
echo "sarif=$out/results/styrmodell.sarif" >> "$output"
# The counts of the whole run (the SARIF file keeps them even when it is capped at 25,000 results), and a line in
# the summary when the cap left results out.
node -e '
    const fs = require("fs");
    const [sarif, output, summary] = process.argv.slice(1);
    const run = JSON.parse(fs.readFileSync(sarif, "utf8")).runs[0];
    fs.appendFileSync(output, `errors=${run.properties.errors}\nwarnings=${run.properties.warnings}\n`);
    const notice = run.invocations?.[0]?.toolExecutionNotifications?.[0]?.message.text;
    if (run.properties.omitted > 0 && notice) fs.appendFileSync(summary, `${notice}\n\n`);
' "$out/results/styrmodell.sarif" "$output" "$summary" || note 3

# The citizens' site, for actions/upload-pages-artifact (action.yml); a model with errors is counted by validate.
if [ "${STYRMODELL_SITE:-false}" = "true" ]; then
    site_model=()
    [ -n "${STYRMODELL_MODEL:-}" ] && site_model=(--model "$STYRMODELL_MODEL")
    site_url=()
    [ -n "${STYRMODELL_SITE_URL:-}" ] && site_url=(--base-url "$STYRMODELL_SITE_URL")
    "$styrmodell" site "${paths[@]}" "${site_model[@]}" "${year[@]}" "${site_url[@]}" --out "$out/webbplats"
    code=$?
    [ "$code" -gt 1 ] && note "$code"
    [ "$code" -eq 0 ] && echo "site=$out/webbplats" >> "$output"
fi

base="${STYRMODELL_BASE:-}"
if [ -z "$base" ] && [ -n "${GITHUB_BASE_REF:-}" ] && [[ "${GITHUB_EVENT_NAME:-}" == pull_request* ]]; then
    # actions/checkout fetches only the pull request's merge commit; the base branch must be fetched for git archive.
    git fetch --no-tags --quiet origin "+refs/heads/$GITHUB_BASE_REF:refs/remotes/origin/$GITHUB_BASE_REF" || note 2
    base="origin/$GITHUB_BASE_REF"
fi
weakened_count=0
if [ -n "$base" ]; then
    "$styrmodell" diff "$base" --format json -- "${paths[@]}" > "$out/results/diff.json"
    diff_json=$?
    if [ "$diff_json" -gt 1 ]; then
        note "$diff_json"
    else
        weakened_count=$(node -e '
            const { changes } = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
            console.log(changes.filter(change => change.weakened).length);
        ' "$out/results/diff.json") || { weakened_count=0; note 3; }
    fi
    weakened=()
    [ "${STYRMODELL_FAIL_ON_WEAKENED:-false}" = "true" ] && weakened=(--fail-on-weakened)
    "$styrmodell" diff "$base" --format md "${weakened[@]}" -- "${paths[@]}" > "$out/results/diff.md"
    note $?
    if [ $(( $(summary_size) + $(wc -c < "$out/results/diff.md") + 200 )) -lt "$summary_limit" ]; then
        { echo "## Ändringar i styrmodellen mot $base"; echo; cat "$out/results/diff.md"; echo; } >> "$summary"
    else
        { echo "## Ändringar i styrmodellen mot $base"; echo; echo "Ändringarna ($(wc -c < "$out/results/diff.md") byte) får inte plats i sammanfattningen (GitHub visar högst 1 MiB). Kör styrmodell diff $base lokalt för hela listan; $weakened_count sänkta gränsvärden."; echo; } >> "$summary"
    fi
fi
echo "weakened=$weakened_count" >> "$output"

exit "$status"
