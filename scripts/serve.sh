#!/usr/bin/env bash
# serve.sh — sets up if needed, builds the web app, and serves dist/ on http://localhost:8080
# (PORT overrides; HOST=0.0.0.0 to let other devices on your network in).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup.sh"
"$here/scripts/build-web.sh"
port="${PORT:-8080}"
echo "Serving the explainer at http://localhost:${port}/  (Ctrl-C to stop)"
exec node "$here/scripts/lib/server.mjs" "$here/dist" "$port"
