#!/usr/bin/env bash
# scripts/bench helper: makes DEST a fresh clone of the repository at SRC, as it stands in the work
# tree (committed files, plus uncommitted edits and new files that are not ignored, minus deleted
# ones), committed inside the throwaway clone so that `git status` there is clean (the CI drift check
# needs that). SRC's repository is only read. Ignored files (target/, node_modules/) stay out.
# Others may be building in SRC (a regeneration empties generated/ for a moment): the file list is
# taken until two looks a second apart agree.
#
#   scripts/lib/bench-snapshot.sh SRC DEST
set -euo pipefail
src="$(cd "$1" && pwd)"
dest="$2"

_listing() {
  (cd "$src" && git ls-files -z --cached --others --exclude-standard \
    | while IFS= read -r -d '' f; do
        if [[ -f "$f" || -L "$f" ]]; then printf '%s\0' "$f"; fi
      done)
}
_stamp() { (cd "$src" && tr '\0' '\n' < "$1" | xargs -d '\n' -r stat -c '%n %s %Y' 2>&1 | md5sum); }

list="$(mktemp)"
trap 'rm -f "$list"' EXIT
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  _listing > "$list"
  before="$(_stamp "$list")"
  sleep 1
  _listing > "$list.2"
  after="$(_stamp "$list.2")"
  if cmp -s "$list" "$list.2" && [[ "$before" == "$after" ]]; then
    rm -f "$list.2"
    break
  fi
  rm -f "$list.2"
  echo "snapshot: the work tree is changing (a build in progress?), looking again" >&2
  [[ $attempt == 10 ]] && echo "snapshot: it never settled; taking it as it is" >&2
done

rm -rf "$dest"
mkdir -p "$(dirname "$dest")"
git clone -q --local --no-checkout "$src" "$dest"
git -C "$dest" checkout -q --detach "$(git -C "$src" rev-parse HEAD)"
# Tracked files the work tree no longer has are deleted; then everything it has is copied over.
(cd "$dest" && git ls-files -z) | sort -z > "$list.head"
sort -z "$list" > "$list.now"
comm -z -23 "$list.head" "$list.now" | (cd "$dest" && xargs -0 -r rm -f --)
rm -f "$list.head" "$list.now"
(cd "$src" && tar --null -T "$list" -cf -) | tar -C "$dest" -xf -
git -C "$dest" add -A
changes="no uncommitted changes"
if ! git -C "$dest" diff --cached --quiet; then
  changes="uncommitted:$(git -C "$dest" diff --cached --shortstat)"
  git -C "$dest" -c user.name=bench -c user.email=bench@localhost commit -q --no-verify \
    -m "bench snapshot of the work tree"
fi
echo "snapshot: commit $(git -C "$src" rev-parse --short HEAD) + $changes" >&2
