#!/usr/bin/env bash
# The steps of the composite action (action.yml): install styrmodell, validate (annotations, a step summary and a
# SARIF file for code scanning), write the report into the job summary and as HTML, and on a pull request compare
# the models with the base branch. Runs locally too, given the variables GitHub sets (test/dist/github-action.test.ts).
#
# Inputs (environment): STYRMODELL_PACKAGE (npm spec or tarball), STYRMODELL_PATHS (space-separated, default .),
# STYRMODELL_STRICT, STYRMODELL_MODEL, STYRMODELL_YEAR, STYRMODELL_BASE (default: origin/$GITHUB_BASE_REF on a
# pull request), STYRMODELL_FAIL_ON_WEAKENED, STYRMODELL_REPORT (true/false). GitHub's: GITHUB_WORKSPACE,
# GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, GITHUB_EVENT_NAME, GITHUB_BASE_REF, RUNNER_TEMP.
# Exit status: 0; 1 validate found errors (warnings too with strict) or, with fail-on-weakened, a target was
# weakened; 2 or 3 what styrmodell itself exited with (usage, internal error).
set -uo pipefail

workspace="${GITHUB_WORKSPACE:-$PWD}"
out="${RUNNER_TEMP:-$(mktemp -d)}/styrmodell"
summary="${GITHUB_STEP_SUMMARY:-/dev/null}"
read -r -a paths <<< "${STYRMODELL_PATHS:-.}"
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

year=()
[ -n "${STYRMODELL_YEAR:-}" ] && year=(--year "$STYRMODELL_YEAR")
strict=()
[ "${STYRMODELL_STRICT:-false}" = "true" ] && strict=(--strict)

# Annotations and the step summary come from --format github; the SARIF file from a second, quiet run.
"$styrmodell" validate "${paths[@]}" --format github "${strict[@]}" "${year[@]}"
note $?
GITHUB_STEP_SUMMARY= "$styrmodell" validate "${paths[@]}" --format sarif "${year[@]}" > "$out/results/styrmodell.sarif"
validate_sarif=$?
[ "$validate_sarif" -gt 1 ] && note "$validate_sarif"
echo "sarif=$out/results/styrmodell.sarif" >> "${GITHUB_OUTPUT:-/dev/null}"

if [ "${STYRMODELL_REPORT:-true}" = "true" ]; then
    model=()
    [ -n "${STYRMODELL_MODEL:-}" ] && model=(--model "$STYRMODELL_MODEL")
    if "$styrmodell" report "${paths[@]}" "${model[@]}" "${year[@]}" --format md > "$out/results/rapport.md"; then
        { echo; cat "$out/results/rapport.md"; echo; } >> "$summary"
        "$styrmodell" report "${paths[@]}" "${model[@]}" "${year[@]}" --format html --out "$out/results/uppfoljning.html"
        note $?
        echo "report=$out/results/uppfoljning.html" >> "${GITHUB_OUTPUT:-/dev/null}"
    else
        code=$?
        # 1: the model has errors, which validate has already reported and counted.
        [ "$code" -gt 1 ] && note "$code"
    fi
fi

base="${STYRMODELL_BASE:-}"
if [ -z "$base" ] && [ -n "${GITHUB_BASE_REF:-}" ] && [[ "${GITHUB_EVENT_NAME:-}" == pull_request* ]]; then
    # actions/checkout fetches only the pull request's merge commit; the base branch must be fetched for git archive.
    git fetch --no-tags --quiet origin "+refs/heads/$GITHUB_BASE_REF:refs/remotes/origin/$GITHUB_BASE_REF" || note 2
    base="origin/$GITHUB_BASE_REF"
fi
if [ -n "$base" ]; then
    weakened=()
    [ "${STYRMODELL_FAIL_ON_WEAKENED:-false}" = "true" ] && weakened=(--fail-on-weakened)
    "$styrmodell" diff "$base" --format md "${weakened[@]}" -- "${paths[@]}" > "$out/results/diff.md"
    note $?
    { echo; echo "### Ändringar i styrmodellen mot $base"; echo; cat "$out/results/diff.md"; echo; } >> "$summary"
fi

exit "$status"
