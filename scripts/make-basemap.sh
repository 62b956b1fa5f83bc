#!/usr/bin/env bash
# Builds resources/basemap/world.mbtiles, the offline world basemap shipped with the console, from
# NASA Blue Marble (public domain) as packaged by Debian in marble-qt-data:
#   apt-get install -y marble-qt-data gdal-bin
# Equirectangular JPEG -> EPSG:4326 bounds -> warped to Web Mercator at zoom 5 (8192 px square)
# -> raster MBTiles (JPEG tiles) -> overviews down to zoom 0. Run again only to change the pack.
#
#   scripts/make-basemap.sh [MAX_ZOOM (default 5)] [JPEG_QUALITY (default 80)] [OUTPUT]
set -euo pipefail
cd "$(dirname "$0")/.."

max_zoom="${1:-5}"
quality="${2:-80}"
output="${3:-resources/basemap/world.mbtiles}"
source_image=/usr/share/marble/data/maps/earth/bluemarble/bluemarble.jpg

for tool in gdal_translate gdalwarp gdaladdo; do
    command -v "$tool" >/dev/null || { echo "make-basemap: $tool missing (apt-get install gdal-bin)" >&2; exit 1; }
done
[ -r "$source_image" ] || { echo "make-basemap: $source_image missing (apt-get install marble-qt-data)" >&2; exit 1; }
case "$max_zoom" in [0-8]) ;; *) echo "make-basemap: MAX_ZOOM must be 0-8" >&2; exit 1 ;; esac

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
size=$((256 << max_zoom))
half=20037508.342789244

gdal_translate -q -a_srs EPSG:4326 -a_ullr -180 90 180 -90 "$source_image" "$work/geographic.tif"
gdalwarp -q -t_srs EPSG:3857 -te -$half -$half $half $half -ts "$size" "$size" -r cubic \
    -co TILED=YES "$work/geographic.tif" "$work/mercator.tif"
rm -f "$output"
mkdir -p "$(dirname "$output")"
gdal_translate -q -of MBTILES -co TILE_FORMAT=JPEG -co QUALITY="$quality" \
    -co NAME="Blue Marble (NASA, public domain)" -co TYPE=baselayer -co VERSION=1.3 \
    -co DESCRIPTION="NASA Blue Marble world imagery, zoom 0-$max_zoom, built by scripts/make-basemap.sh" \
    "$work/mercator.tif" "$output"
factors=()
for ((level = 1; level <= max_zoom; level++)); do
    factors+=($((1 << level)))
done
if [ "${#factors[@]}" -gt 0 ]; then
    gdaladdo -q -r average "$output" "${factors[@]}"
fi
echo "make-basemap: wrote $output ($(du -k "$output" | cut -f1) KiB, zoom 0-$max_zoom)"
