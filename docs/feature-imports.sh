#!/usr/bin/env bash
# Counts the imports of one portal-ui feature slice's classes by another's (issue 13's before/after figure).
# A feature slice is a top-level package of portal-ui (com.fasttrack.portal.<slice>); the neutral slices below,
# the layout and the root package are left out, and so are imports of domain or persistence classes (only a class
# portal-ui itself compiles counts). One import line is one import, nested classes included.
# Usage, from the repository root: docs/feature-imports.sh [-v]   (-v lists every import)
set -euo pipefail
cd "$(dirname "$0")/../portal-ui/src/main/java"
neutral=" shared ui security operations startup access layout "
list=$(find com/fasttrack/portal -mindepth 2 -name '*.java' | sort | while read -r file; do
  from=$(cut -d/ -f4 <<<"$file")
  [[ $neutral == *" $from "* ]] && continue
  grep -oE '^import (static )?com\.fasttrack\.portal\.[a-z]+\.[A-Za-z0-9_.]+;' "$file" \
      | sed -E 's/^import (static )?//; s/;$//' | while read -r imported; do
    to=$(cut -d. -f4 <<<"$imported")
    [[ $to == "$from" || $neutral == *" $to "* ]] && continue
    # the longest prefix of the import that is a source file here is the portal-ui class it names
    path=$(tr . / <<<"$imported")
    while [[ $path == */*/*/*/* && ! -f $path.java ]]; do path=${path%/*}; done
    [[ -f $path.java && $path == */*/*/*/* ]] && echo "$from -> $to $imported ($file)"
  done
done)
if [[ ${1:-} == -v ]]; then echo "$list"; fi
imports=$(grep -c . <<<"$list" || true)
pairs=$(awk '{print $1, $3}' <<<"$list" | sort -u | grep -c . || true)
echo "$imports imports between portal-ui feature slices, over $pairs ordered pairs"
