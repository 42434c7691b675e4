#!/usr/bin/env bash
# Packs each published package (the non-private ones under plugins/) as `yarn pack` would publish it,
# and checks each tarball with scripts/check-packed-package.js: no workspace: ranges, every import
# of dist/ declared, nothing imported from outside the package, dist/ and its types present.
# Build first: ./scripts/yarn.sh backstage-cli repo build
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
failed=0
for manifest in "$root"/plugins/*/package.json; do
  dir="$(dirname "$manifest")"
  name="$(basename "$dir")"
  if node -e 'process.exit(require(process.argv[1]).private ? 0 : 1)' "$manifest"; then
    continue
  fi
  if [ ! -d "$dir/dist" ]; then
    echo "$name: no dist/; build first (./scripts/yarn.sh backstage-cli repo build)"
    failed=1
    continue
  fi
  tarball="$tmp/$name.tgz"
  # yarn pack runs the package's prepack/postpack (backstage-cli points the manifest at dist/)
  # and replaces workspace: ranges with the versions they stand for.
  (cd "$dir" && "$root/scripts/yarn.sh" pack --out "$tarball" > "$tmp/$name.log") ||
    { cat "$tmp/$name.log"; failed=1; continue; }
  mkdir -p "$tmp/$name"
  tar -xzf "$tarball" -C "$tmp/$name"
  printf '%s (tarball %s kB) ' "$name" "$(( $(stat -c %s "$tarball") / 1024 ))"
  node "$root/scripts/check-packed-package.js" "$tmp/$name" || failed=1
done
exit "$failed"
