#!/bin/sh
# Container start: the same steps as `make run`. Migrate, ingest the bundled corpus into an empty
# database, then serve (or run the command given instead, e.g. `stancewatch ingest /articles`).
set -eu
stancewatch db upgrade
stancewatch ingest --if-empty --quiet "${STANCEWATCH_CORPUS:-data/articles}" || echo "some bundled articles failed to ingest" >&2
if [ "$#" -gt 0 ]; then
  exec "$@"
fi
exec stancewatch serve --host "${HOST:-0.0.0.0}" --port "${PORT:-8000}" --workers "${WORKERS:-1}"
