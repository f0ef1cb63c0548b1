#!/usr/bin/env bash
# The chat widget's unit tests (src/test/js, node's built-in test runner, no npm packages).
# `mvn verify` runs this before the Java tests; `npm test` or this script run them alone.
# Without Node.js 18 or newer it fails, saying so: the tests are never skipped silently.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null 2>&1; then
  echo "[widget-tests] Node.js is missing: the chat widget's unit tests need node (18 or newer)." >&2
  echo "[widget-tests] Install it (apt-get install nodejs), or let the build do it: drop -Dyordam.prepare.skip=true." >&2
  exit 1
fi
major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$major" -lt 18 ]; then
  echo "[widget-tests] Node.js $(node --version) is too old: the widget's unit tests need 18 or newer." >&2
  exit 1
fi
# Files, not a directory: node reads its arguments as globs from version 21 on.
exec node --test --test-reporter=spec src/test/js/*.test.js
