#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates countries.gpkg beside this script from the Natural Earth admin-0
# countries that Debian's qgis-common package ships (see ../README.md).
# The package is only downloaded and unpacked here; Crossroads never depends
# on QGIS. Needs gdal-bin (ogr2ogr).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && apt-get download qgis-common >/dev/null)
dpkg -x "$work"/qgis-common_*.deb "$work/root"
source_gpkg=$(find "$work/root" -name world_map.gpkg | head -n 1)
[ -n "$source_gpkg" ] || { echo "world_map.gpkg not found in qgis-common" >&2; exit 1; }

# Countries kept at the source's full detail: the focus region and every
# country an overlay touches. Everything else is simplified, because it is
# drawn muted and small. Kosovo is '-99' in the source (name 'Kosovo').
focus="'AZE','ARM','GEO','KAZ','UZB','TKM','KGZ','TJK','AFG','PAK','IND','CHN',
'RUS','MNG','IRN','TUR','IRQ','SYR','LBN','ISR','PSE','JOR','EGY','SAU','KWT',
'BHR','QAT','ARE','OMN','YEM','CYP','GRC','ALB','MKD','SRB','MNE','BIH','HRV',
'ITA','BGR','ROU','MDA','UKR','BLR','SDN','MAR','LBY','ERI','DJI','ETH','SOM'"
focus=$(echo "$focus" | tr -d '\n')

# Lambert/Albers conics centred on 55°E cut the world at 125°W; a 0.2° sliver
# is removed there so no polygon straddles the cut (it would smear across the
# map). Antarctica is dropped: the atlas never shows it.
clip='MULTIPOLYGON(((-180 -60,-125.1 -60,-125.1 90,-180 90,-180 -60)),((-124.9 -60,180 -60,180 90,-124.9 90,-124.9 -60)))'

out="$work/countries.gpkg"
ogr2ogr -f GPKG "$out" "$source_gpkg" -nln countries -nlt MULTIPOLYGON \
  -sql "SELECT ISO_A3 AS iso_a3, iso_a2, NAME AS name, geom FROM countries
        WHERE ISO_A3 IN ($focus) OR NAME = 'Kosovo'" -dialect sqlite \
  -clipsrc "$clip"
ogr2ogr -f GPKG -update -append "$out" "$source_gpkg" -nln countries -nlt MULTIPOLYGON \
  -sql "SELECT ISO_A3 AS iso_a3, iso_a2, NAME AS name, geom FROM countries
        WHERE ISO_A3 NOT IN ($focus) AND NAME <> 'Kosovo'" -dialect sqlite \
  -simplify 0.03 -clipsrc "$clip" -makevalid

mv "$out" "$here/countries.gpkg"
ogrinfo -ro -so "$here/countries.gpkg" countries | grep -E 'Feature Count|Extent'
