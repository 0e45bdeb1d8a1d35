#!/usr/bin/env bash
# Extract the model's and the services' _() messages, merge them into the zh_CN catalog, and compile it.
# Translate the new entries in acctdesk.po (no empty msgstr, no fuzzy), then run this again.
set -euo pipefail
cd "$(dirname "$0")/.."
locale=src/acctdesk/locale
pot=$(mktemp --suffix=.pot)
trap 'rm -f "$pot"' EXIT
uv run pybabel extract -k _ -k N_ --project=acctdesk --no-wrap --no-location --sort-output -o "$pot" src/acctdesk/model src/acctdesk/services
po="$locale/zh_CN/LC_MESSAGES/acctdesk.po"
if [[ -f "$po" ]]; then
    uv run pybabel update --no-wrap -D acctdesk -i "$pot" -d "$locale" -l zh_CN --no-fuzzy-matching --ignore-obsolete
else
    uv run pybabel init -D acctdesk -i "$pot" -d "$locale" -l zh_CN
fi
uv run pybabel compile -D acctdesk -d "$locale" -l zh_CN --statistics
