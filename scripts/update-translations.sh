#!/usr/bin/env bash
# Refreshes translations/*.ts from every library's sources (new strings appear as "unfinished";
# translate them, e.g. with Qt Linguist, before committing). The build turns the .ts files into
# .qm files embedded in the console.
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=""
for candidate in lupdate6 /usr/lib/qt6/bin/lupdate lupdate; do
    if command -v "$candidate" >/dev/null 2>&1; then
        lupdate="$candidate"
        break
    fi
done
if [ -z "$lupdate" ]; then
    echo "update-translations: lupdate not found (Debian: qt6-l10n-tools)" >&2
    exit 1
fi

folders=()
for folder in core models widgets app maps video; do
    [ -d "$folder" ] && folders+=("$folder")
done
"$lupdate" -locations relative -no-obsolete -extensions cpp,h "${folders[@]}" \
    -ts translations/tidewatch_zh_CN.ts translations/tidewatch_en.ts "$@"
