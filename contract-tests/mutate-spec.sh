#!/usr/bin/env bash
# Sensitivity check of the contract suite: rename one name in a COPY of the spec (never the
# committed file), run the contract tests against the copy, and expect them to FAIL naming it.
# The generated client still speaks the committed spec, so Prism must now reject or flag it.
#
#   contract-tests/mutate-spec.sh                          # reference_text -> reference_txt
#   contract-tests/mutate-spec.sh sample_rate sample_rt    # a response field
#   contract-tests/mutate-spec.sh reference_text reference_txt -o   # extra args go to Maven
#
# Exit status: 0 when the suite failed and its report names the old or new name (the suite is
# sensitive to the change), 1 when the suite passed or failed for another reason.
set -euo pipefail
cd "$(dirname "$0")/.."
from="${1:-reference_text}"
to="${2:-reference_txt}"
shift $(( $# < 2 ? $# : 2 ))

spec=openapi/fish-audio.yaml
grep -qw -- "$from" "$spec" || { echo "mutate-spec: '$from' does not occur in $spec" >&2; exit 2; }
out_dir="$PWD/target/contract-mutants"
mkdir -p "$out_dir"
mutant="$out_dir/rename-$from-to-$to.yaml"
log="$out_dir/rename-$from-to-$to.log"
sed "s/\\b$from\\b/$to/g" "$spec" > "$mutant"
echo "mutate-spec: $mutant ($(grep -cw -- "$to" "$mutant") occurrences of '$from' renamed to '$to')"

# shellcheck source=../scripts/lib/provision.sh
source scripts/lib/provision.sh
set +e
mvn -B -ntp -Dlint.skip=true -Dcodegen.skip=true -Dprism.image="$PRISM_IMAGE" -Dcontract.spec="$mutant" \
  -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false "$@" verify > "$log" 2>&1
status=$?
set -e

grep -E '^\[(ERROR|INFO)\] Tests run: [0-9]+, Failures' "$log" | tail -n 1 || true
if [[ $status -eq 0 ]]; then
  echo "mutate-spec: NOT SENSITIVE: the contract suite passed against the mutant (log: $log)" >&2
  exit 1
fi
# The failsafe summary: each failing test with its message (Prism's sl-violations where it had any).
results="$(sed -n '/^\[INFO\] Results:/,/^\[[A-Z]*\] Tests run: [0-9]*, Failures/p' "$log")"
if grep -qE "\\b($from|$to)\\b" <<<"$results"; then
  echo "mutate-spec: sensitive: the contract suite failed and names the field (log: $log)"
  echo "$results"
  exit 0
fi
echo "mutate-spec: the build failed, but no failure names '$from' or '$to' (log: $log)" >&2
tail -n 40 "$log" >&2
exit 1
