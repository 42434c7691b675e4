#!/usr/bin/env bash
# Runs a command with Node 20 (the machine's), 22 or 24 first on PATH:
#   scripts/with-node.sh 22 npm test
# The install compiles the native modules in node_modules (better-sqlite3, and ssh2's and cpu-features'
# optional bindings) for the machine's Node 20 only. For 22 and 24 this builds each of them once against
# that Node's headers, in a copy of the module outside node_modules, keeps the result under
# ~/.cache/releasekit-node/native/<ABI>/, swaps it in for the run and puts Node 20's binaries back on exit.
# node_modules may be hard links shared with other checkouts, so a binary is only ever replaced by
# renaming a new file over it, never written into. One run at a time swaps (a lock per checkout).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
major="${1:-}"
if [[ ! "$major" =~ ^(20|22|24)$ ]] || [ $# -lt 2 ]; then
  echo "usage: scripts/with-node.sh <20|22|24> <command…>" >&2
  exit 2
fi
shift

cache="${RELEASES_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/releasekit-node}/native"
state="$root/node_modules/.with-node-swapped"
log() { printf 'with-node: %s\n' "$*" >&2; }

system_node="$(command -v node)"
if [ "$("$system_node" -p 'process.versions.node.split(".")[0]')" != 20 ]; then
  log "the machine's node is not Node 20 ($("$system_node" --version)); the install's native modules are built for it"
  exit 1
fi
abi20="$("$system_node" -p process.versions.modules)"

if [ "$major" = 20 ]; then
  node_dir=""
  target_node="$system_node"
else
  node_dir="$("$root/scripts/node-version.sh" "$major")"
  target_node="$node_dir/bin/node"
fi
abi="$("$target_node" -p process.versions.modules)"

# Node 20 runs may share the checkout with each other, but not with a run that swaps binaries.
exec {lock_fd}> "$root/node_modules/.with-node.lock"
if [ "$abi" = "$abi20" ]; then flock --shared "$lock_fd"; else flock "$lock_fd"; fi

# Native binaries the install built from source: <dir with binding.gyp>/build/Release/*.node.
mapfile -t binaries < <(
  cd "$root" &&
    find node_modules packages/*/node_modules plugins/*/node_modules \
      -path '*/build/Release/*.node' -not -path '*/obj.target/*' 2> /dev/null | sort
)

# The cache path of a binary for an ABI: the package's version is part of it, so an upgrade rebuilds.
cache_path() { # <abi> <binary path relative to root>
  local for_abi="$1" rel="$2" pkg version
  pkg="$root/${rel%/build/Release/*}"
  while [ ! -f "$pkg/package.json" ]; do pkg="$(dirname "$pkg")"; done
  version="$(sed -n 's/^  "version": *"\([^"]*\)".*/\1/p' "$pkg/package.json" | head -n 1)"
  echo "$cache/$for_abi/${rel%/build/Release/*}@$version/${rel##*/}"
}

# Replaces dest by a copy of src: a new file renamed over the old name, so other hard links keep theirs.
put() { # <src> <dest>
  local tmp
  tmp="$(dirname "$2")/.${2##*/}.with-node.$$"
  cp "$1" "$tmp"
  mv -f "$tmp" "$2"
}

# Yarn, with its scripts disabled, still rewrites .yarn/install-state.gz without the build records of
# the native packages, and a later install on Node 20 would then rebuild them all: keep the file as it was.
install_state="$root/.yarn/install-state.gz"
saved_install_state="$root/node_modules/.with-node-install-state.gz"

restore_node20() {
  local rel
  for rel in "${binaries[@]}"; do
    put "$(cache_path "$abi20" "$rel")" "$root/$rel"
  done
  if [ -f "$saved_install_state" ]; then
    if ! cmp -s "$saved_install_state" "$install_state"; then put "$saved_install_state" "$install_state"; fi
    rm -f "$saved_install_state"
  fi
  rm -f "$state"
}

# A run that was killed before its trap ran left another ABI's binaries in place: put Node 20's back.
if [ -f "$state" ]; then
  log "restoring Node 20's native modules left swapped by an interrupted run"
  restore_node20
fi

if [ "$abi" = "$abi20" ]; then
  # Not exec: this shell keeps holding the shared lock while the command runs.
  "$@" {lock_fd}>&-
  exit 0
fi

# From here the binaries in node_modules are Node 20's: keep a copy to restore.
for rel in "${binaries[@]}"; do
  saved="$(cache_path "$abi20" "$rel")"
  if ! cmp -s "$root/$rel" "$saved"; then
    mkdir -p "$(dirname "$saved")"
    put "$root/$rel" "$saved"
  fi
done

# Builds a module in a copy outside node_modules with the target node and its headers, as its install
# script would; node-gyp comes from the root devDependencies.
build_module() { # <dir with binding.gyp, relative to root>
  local gyp_dir="$1" work started
  work="$(mktemp -d)"
  started=$SECONDS
  log "building $gyp_dir for Node $("$target_node" --version) (ABI $abi)"
  cp -r "$root/$gyp_dir" "$work/module"
  rm -rf "$work/module/build"
  # binding.gyp files call node to find build dependencies (cpu-features: require('nan')): let the copy
  # resolve them from the node_modules folders around the original.
  local node_path="" dir="$root/$gyp_dir"
  while [ "$dir" != "$root" ]; do
    dir="$(dirname "$dir")"
    if [ "${dir##*/}" = node_modules ]; then node_path="${node_path:+$node_path:}$dir"; fi
  done
  local args=(rebuild --release --nodedir="$node_dir" --jobs=2)
  # ssh2's binding picks its ciphers by the OpenSSL major version (its install.js passes it too).
  if grep -q real_openssl_major "$work/module/binding.gyp"; then
    args+=(--real_openssl_major="$("$target_node" -p 'process.versions.openssl.split(".")[0]')")
  fi
  if ! (cd "$work/module" && PATH="$(dirname "$target_node"):$PATH" npm_config_nodedir="$node_dir" NODE_PATH="$node_path" \
    "$target_node" "$root/node_modules/node-gyp/bin/node-gyp.js" "${args[@]}" > "$work/build.log" 2>&1); then
    tail -n 30 "$work/build.log" >&2
    log "building $gyp_dir failed (log above)"
    rm -rf "$work"
    return 1
  fi
  local rel
  for rel in "${binaries[@]}"; do
    if [ "${rel%/build/Release/*}" = "$gyp_dir" ]; then
      local dest
      dest="$(cache_path "$abi" "$rel")"
      mkdir -p "$(dirname "$dest")"
      put "$work/module/build/Release/${rel##*/}" "$dest"
    fi
  done
  rm -rf "$work"
  log "built $gyp_dir in $((SECONDS - started)) s"
}

for rel in "${binaries[@]}"; do
  if [ ! -f "$(cache_path "$abi" "$rel")" ]; then
    build_module "${rel%/build/Release/*}"
  fi
done

echo "$abi" > "$state"
trap restore_node20 EXIT
if [ -f "$install_state" ]; then cp "$install_state" "$saved_install_state"; fi
trap 'exit 130' INT
trap 'exit 143' TERM
for rel in "${binaries[@]}"; do
  put "$(cache_path "$abi" "$rel")" "$root/$rel"
done

# Yarn rebuilds native packages when the Node version changes, in node_modules; the binaries swapped
# in above are the ones this run must use.
export YARN_ENABLE_SCRIPTS=false
export npm_config_nodedir="$node_dir"
export PATH="$node_dir/bin:$PATH"
"$@" {lock_fd}>&-
