#!/usr/bin/env bash
# Run by `mvn verify` when CI=true, right after generation: generated/ must be exactly what the
# committed spec and templates produce. A difference means a hand edit, or a spec or template
# change committed without its regenerated output.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "generated-drift: not a git checkout, so drift cannot be checked" >&2
  exit 1
fi
changes=$(git status --porcelain --untracked-files=all -- generated)
if [ -n "$changes" ]; then
  echo "generated-drift: generated/ differs from what openapi/ produces:" >&2
  echo "$changes" >&2
  git --no-pager diff --stat -- generated >&2
  echo "generated-drift: run 'scripts/regenerate' (or 'mvn process-sources') and commit generated/ with the spec or template change." >&2
  exit 1
fi
echo "generated-drift: generated/ matches the commit"
