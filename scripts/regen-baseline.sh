#!/usr/bin/env bash
# Until the first release, the schema lives in one baseline revision regenerated from the model.
# (After a release: one new revision per schema change, never an edit of a released one.)
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f scratch-book.sqlite migrations/versions/*_0001_*.py
uv run alembic revision --autogenerate --rev-id 0001 -m "baseline ledger schema" >/dev/null
rm -f scratch-book.sqlite
uv run ruff check --fix -q migrations/versions || true
uv run ruff format migrations/versions -q
ls migrations/versions
