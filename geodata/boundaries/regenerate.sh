#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates countries.gpkg beside this script from the Natural Earth layers
# that Debian's qgis-common package ships (see ../README.md): admin-0
# countries, admin-1 states_provinces and disputed_borders. The package is
# only downloaded and unpacked here; Crossroads never depends on QGIS. Needs
# gdal-bin (ogr2ogr with the SQLite/SpatiaLite dialect).
#
# Two layers come out:
#   countries    one feature per state and validity period (valid_from,
#                valid_until: ISO dates, until exclusive, NULL open), so the
#                map draws the borders of any date since 1991;
#   territories  outlines of disputed, controlled or leased territory, named
#                by id from geodata/timeline/territories.json, each with how
#                it was made and whether it is approximate.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# QGIS_COMMON_DEB: an already downloaded qgis-common package to use instead.
if [ -n "${QGIS_COMMON_DEB:-}" ]; then
  cp "$QGIS_COMMON_DEB" "$work/"
else
  (cd "$work" && apt-get download qgis-common >/dev/null)
fi
dpkg -x "$work"/qgis-common_*.deb "$work/root"
src=$(find "$work/root" -name world_map.gpkg | head -n 1)
[ -n "$src" ] || { echo "world_map.gpkg not found in qgis-common" >&2; exit 1; }

# Countries kept at the source's full detail: the focus region and every
# country an overlay touches. Everything else is simplified, because it is
# drawn muted and small. Kosovo is '-99' in the source (name 'Kosovo').
focus="'AZE','ARM','GEO','KAZ','UZB','TKM','KGZ','TJK','AFG','PAK','IND','CHN',
'RUS','MNG','IRN','TUR','IRQ','SYR','LBN','ISR','PSE','JOR','EGY','SAU','KWT',
'BHR','QAT','ARE','OMN','YEM','CYP','GRC','ALB','MKD','SRB','MNE','BIH','HRV',
'ITA','BGR','ROU','MDA','UKR','BLR','SDN','SSD','MAR','ESH','LBY','ERI','DJI',
'ETH','SOM'"
focus=$(echo "$focus" | tr -d '\n')
# Countries whose outline below is rebuilt (territory moved, or merged into
# an earlier state): left out of the plain copy.
rebuilt="'UKR','RUS','CYP','KAZ','MAR','ISR','SYR','SRB','MNE','SDN','SSD','ETH','ERI'"

# Lambert/Albers conics centred on 55°E cut the world at 125°W; a 0.2° sliver
# is removed there so no polygon straddles the cut (it would smear across the
# map). Antarctica is dropped: the atlas never shows it.
clip='MULTIPOLYGON(((-180 -60,-125.1 -60,-125.1 90,-180 90,-180 -60)),((-124.9 -60,180 -60,180 90,-124.9 90,-124.9 -60)))'

out="$work/countries.gpkg"
fields="iso_a2, NAME AS name, CAST(NULL AS TEXT) AS valid_from, CAST(NULL AS TEXT) AS valid_until, CAST(NULL AS TEXT) AS sources"
ogr2ogr -f GPKG "$out" "$src" -nln countries -nlt MULTIPOLYGON -dialect sqlite \
  -sql "SELECT ISO_A3 AS iso_a3, $fields, geom FROM countries
        WHERE (ISO_A3 IN ($focus) OR NAME = 'Kosovo') AND ISO_A3 NOT IN ($rebuilt)" \
  -clipsrc "$clip"
ogr2ogr -f GPKG -update -append "$out" "$src" -nln countries -nlt MULTIPOLYGON -dialect sqlite \
  -sql "SELECT ISO_A3 AS iso_a3, $fields, geom FROM countries
        WHERE ISO_A3 NOT IN ($focus) AND NAME <> 'Kosovo'" \
  -simplify 0.03 -clipsrc "$clip" -makevalid

# country CODE NAME FROM UNTIL SQL: appends one feature whose geometry is the
# result of SQL (one row, column geom) over the source.
country() {
  local from=${4:+"'$4'"} until=${5:+"'$5'"}
  ogr2ogr -f GPKG -update -append "$out" "$src" -nln countries -nlt MULTIPOLYGON -dialect sqlite -makevalid \
    -sql "WITH g AS ($6) SELECT '$1' AS iso_a3, '$2' AS iso_a2, '$3' AS name,
          ${from:-NULL} AS valid_from, ${until:-NULL} AS valid_until, CAST(NULL AS TEXT) AS sources, g.geom AS geom FROM g"
}
iso() { echo "SELECT geom FROM countries WHERE ISO_A3 = '$1'"; }
union_of() { echo "SELECT ST_Union(geom) AS geom FROM countries WHERE ISO_A3 IN ($1) OR ($2)"; }

# Crimea and Sevastopol: the source draws them inside Russia (its de facto
# view). The atlas draws Ukraine's internationally recognised border on every
# date and marks the annexation as a territory record from 2014 on. The
# peninsula is a separate part of Russia's multipolygon: the parts inside the
# two admin-1 outlines (slightly buffered for generalisation) are moved.
crimea="SELECT ST_Buffer(ST_Union(geom), 0.02) AS geom FROM states_provinces WHERE adm0_a3 = 'RUS' AND name IN ('Crimea', 'Sevastopol')"
country UKR UA Ukraine '' '' "SELECT ST_Union(u.geom, ST_Intersection(r.geom, c.geom)) AS geom
  FROM countries u, countries r, ($crimea) c WHERE u.ISO_A3 = 'UKR' AND r.ISO_A3 = 'RUS'"
country RUS RU Russia '' '' "SELECT ST_Difference(r.geom, c.geom) AS geom FROM countries r, ($crimea) c WHERE r.ISO_A3 = 'RUS'"
# Northern Cyprus and the Baikonur lease are holes in the source's admin-0
# layer; their admin-1 outlines fill them (Cyprus's and Kazakhstan's
# territory; the records say who controls them).
country CYP CY Cyprus '' '' "SELECT ST_Union(c.geom, p.geom) AS geom FROM countries c, states_provinces p
  WHERE c.ISO_A3 = 'CYP' AND p.adm0_a3 = 'CYN'"
country KAZ KZ Kazakhstan '' '' "SELECT ST_Union(c.geom, p.geom) AS geom FROM countries c, states_provinces p
  WHERE c.ISO_A3 = 'KAZ' AND p.adm0_a3 = 'KAB'"
# The source's Morocco also covers Western Sahara, which it draws again as
# its own feature: Morocco without it, and Western Sahara as a non-self-
# governing territory (its record says who controls it).
country MAR MA Morocco '' '' "SELECT ST_Difference(m.geom, w.geom) AS geom FROM countries m, countries w
  WHERE m.ISO_A3 = 'MAR' AND w.ISO_A3 = 'ESH'"

# States that came or went since 1991, dissolved from today's outlines.
# Codes: ISO 3166 where it has one (YUG and SCG are the withdrawn ISO codes of
# FR Yugoslavia and Serbia and Montenegro); a state whose extent changed
# keeps its code with another validity (Sudan, Ethiopia, Serbia).
yug="SELECT ST_Union(geom) AS geom FROM countries WHERE ISO_A3 IN ('SRB', 'MNE') OR NAME = 'Kosovo'"
country YUG YU 'SFR Yugoslavia' '' 1992-04-27 "$yug"
country YUG YU 'FR Yugoslavia' 1992-04-27 2003-02-04 "$yug"
country SCG CS 'Serbia and Montenegro' 2003-02-04 2006-06-03 "$yug"
country SRB RS Serbia 2006-06-03 2008-02-17 "SELECT ST_Union(geom) AS geom FROM countries WHERE ISO_A3 = 'SRB' OR NAME = 'Kosovo'"
country SRB RS Serbia 2008-02-17 '' "$(iso SRB)"
country MNE ME Montenegro 2006-06-03 '' "$(iso MNE)"
# Kosovo itself (valid from 2008-02-17) is the source's feature, given its
# validity below.
country ETH ET Ethiopia '' 1993-05-24 "SELECT ST_Union(geom) AS geom FROM countries WHERE ISO_A3 IN ('ETH', 'ERI')"
country ETH ET Ethiopia 1993-05-24 '' "$(iso ETH)"
country ERI ER Eritrea 1993-05-24 '' "$(iso ERI)"
country SDN SD Sudan '' 2011-07-09 "SELECT ST_Union(geom) AS geom FROM countries WHERE ISO_A3 IN ('SDN', 'SSD')"
country SDN SD Sudan 2011-07-09 '' "$(iso SDN)"
country SSD SS 'South Sudan' 2011-07-09 '' "$(iso SSD)"
ogrinfo -q "$out" -dialect sqlite -sql "UPDATE countries SET valid_from = '2008-02-17' WHERE name = 'Kosovo'" >/dev/null
# The record each epoch's start rests on (ids in ../timeline/sources.json,
# comma-separated), cited like any record's sources.
cite() {
  ogrinfo -q "$out" -dialect sqlite -sql "UPDATE countries SET sources = '$1' WHERE iso_a3 IN ($2) AND valid_from = '$3'" >/dev/null
}
cite fry-constitution-1992 "'YUG'" 1992-04-27
cite unga-res-47-230-1993 "'ERI', 'ETH'" 1993-05-24
cite unsc-res-1999-2011 "'SSD', 'SDN'" 2011-07-09

# Territories. faces CODE POINTS: the faces that country CODE's outline and
# all disputed_borders lines on its side cut it into, those containing one of
# POINTS ("lon, lat; lon, lat"), as one geometry. The source's lines stop a
# few hundred metres short of each other and of the outline; they are
# snapped together (by TOLERANCE degrees, 0.02 unless given: about 2 km) so
# they close into faces.
faces() {
  local where="" point tol=${3:-0.02}
  IFS=';' read -ra points <<<"$2"
  for point in "${points[@]}"; do
    where="$where OR ST_Intersects(ST_GeometryN(f.g, n.k), MakePoint($point, 4326))"
  done
  echo "SELECT ST_Union(ST_GeometryN(f.g, n.k)) AS geom FROM
    (SELECT ST_Polygonize(ST_Union(b.g, ST_Snap(l.g, b.g, $tol))) AS g
     FROM (SELECT ST_Boundary(geom) AS g FROM countries WHERE ISO_A3 = '$1') b,
          (SELECT ST_Snap(ST_Union(geom), ST_Union(geom), $tol) AS g FROM disputed_borders WHERE adm0_a3_l = '$1') l) f,
    (WITH RECURSIVE s(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM s WHERE k < 500) SELECT k FROM s) n
    WHERE n.k <= ST_NumGeometries(f.g) AND (0 $where)"
}
province() { echo "SELECT ST_Union(geom) AS geom FROM states_provinces WHERE adm0_a3 = '$1' AND ($2)"; }

# territory ID APPROXIMATE METHOD SQL
territory() {
  ogr2ogr -f GPKG -update -append "$out" "$src" -nln territories -nlt MULTIPOLYGON -dialect sqlite -makevalid \
    -sql "WITH g AS ($4) SELECT '$1' AS id, $2 AS approximate, '$3' AS method, g.geom AS geom FROM g"
}

# Karabakh. The source's "Former USSR oblast in 1991" and "Ceasefire Line
# 1994" lines share their northern stretch, so the face holding Stepanakert is
# the part of the former oblast inside the 1994 line; the face holding Agdam
# the eastern districts' part, the face holding Lachin the western and
# southern districts (Kalbajar to Jabrayil) held from 1993/94 to 2020.
core=$(faces AZE '46.75, 39.82')
agdam=$(faces AZE '46.93, 39.99')
west=$(faces AZE '46.55, 39.64')
shusha=$(province AZE "name = 'Şuşa'")
territory nk_core_1994 1 'the face of Azerbaijan that Natural Earth disputed_borders "Former USSR oblast in 1991" and "Ceasefire Line 1994" close around Stepanakert: the former oblast inside the 1994 line (the oblast north of the line is not drawn)' "$core"
territory nk_districts_1994 0 'the faces of Azerbaijan that Natural Earth disputed_borders "Ceasefire Line 1994" closes around Agdam and Lachin: the districts outside the former oblast held from 1994' \
  "SELECT ST_Union(a.geom, w.geom) AS geom FROM ($agdam) a, ($west) w"
territory nk_core_2020 1 'the part of the former oblast inside the 1994 line, less the Shusha district (Natural Earth admin-1); the southern area around Hadrut, also lost in the 2020 war, has no source line and is not cut out' \
  "SELECT ST_Difference(c.geom, s.geom) AS geom FROM ($core) c, ($shusha) s"
territory nk_agdam_2020 0 'the part of the Agdam district inside the 1994 line (Natural Earth "Ceasefire Line 1994")' "$agdam"
for d in "kalbajar|Kəlbəcər|name = 'Kəlbəcər'" "lachin|Laçın|gn_name = 'Lacin Rayonu'"; do
  IFS='|' read -r id label where <<<"$d"
  territory "nk_${id}_2020" 0 "the $label district (Natural Earth admin-1) inside the 1994 line" \
    "SELECT ST_Intersection(w.geom, d.geom) AS geom FROM ($west) w, ($(province AZE "$where")) d"
done
# The Lachin corridor: the 10 Nov 2020 statement gives it as 5 km wide, with
# no map. Natural Earth has no roads at this detail, so the road is taken as
# straight segments between the towns it links (Goris in Armenia, Lachin,
# Stepanakert; the line passes about 5 km west of Shusha, which the corridor
# was not to touch), buffered by 2.5 km each side in UTM zone 38N, then cut
# to Azerbaijan outside the 2020 outline of Nagorno-Karabakh.
printf '{"type": "LineString", "coordinates": [[46.338, 39.508], [46.546, 39.638], [46.753, 39.815]]}\n' >"$work/lachin_road.geojson"
ogr2ogr -f GPKG "$work/lachin.gpkg" "$work/lachin_road.geojson" -nln road -t_srs EPSG:32638
ogr2ogr -f GPKG -update "$src" "$work/lachin.gpkg" -nln lachin_band -nlt POLYGON -t_srs EPSG:4326 -dialect sqlite \
  -sql "SELECT ST_Buffer(geom, 2500) AS geom FROM road"
territory lachin_corridor 1 'a band 5 km wide (2.5 km each side) along straight segments Goris–Lachin–Stepanakert, the width the 10 Nov 2020 statement gives; the road itself is not in Natural Earth and its course is not followed; cut to Azerbaijan outside the 2020 outline of Nagorno-Karabakh' \
  "SELECT ST_Difference(ST_Intersection(b.geom, a.geom), k.geom) AS geom FROM lachin_band b, countries a,
    (SELECT ST_Difference(c.geom, s.geom) AS geom FROM ($core) c, ($shusha) s) k WHERE a.ISO_A3 = 'AZE'"
territory transnistria 1 'the face of Moldova that Natural Earth disputed_borders "Moldovan claim" closes around Tiraspol, on the left bank of the Dniester; Bender and the villages the authorities in Tiraspol hold on the right bank are not in it' \
  "$(faces MDA '29.63, 46.84')"
territory abkhazia 0 'Natural Earth admin-1 "Abkhazia" (Georgia)' "$(province GEO "name = 'Abkhazia'")"
territory south_ossetia 1 'the faces of Georgia that Natural Earth disputed_borders "Georgian claim" (snapped by 0.05°) close around Tskhinvali and Akhalgori; the line of control before 2008 ran inside it and is not drawn' \
  "$(faces GEO '43.96, 42.22; 44.54, 42.18' 0.05)"
territory crimea 0 'Natural Earth admin-1 "Crimea" and "Sevastopol"' "$(province RUS "name IN ('Crimea', 'Sevastopol')")"
golan=$(faces ISR '35.69, 32.99')
territory golan 0 'the face of Israel that Natural Earth disputed_borders "Syrian claim" closes around Katzrin' "$golan"
# The Golan Heights: drawn within Syria's recognised border, like Crimea.
country SYR SY Syria '' '' "SELECT ST_Union(s.geom, g.geom) AS geom FROM countries s, ($golan) g WHERE s.ISO_A3 = 'SYR'"
country ISR IL Israel '' '' "SELECT ST_Difference(i.geom, g.geom) AS geom FROM countries i, ($golan) g WHERE i.ISO_A3 = 'ISR'"
territory kosovo 0 'Natural Earth admin-0 "Kosovo"' "SELECT geom FROM countries WHERE NAME = 'Kosovo'"
territory northern_cyprus 0 'Natural Earth admin-1 "Northern Cyprus"' "$(province CYN "1 = 1")"
territory baikonur 0 'Natural Earth admin-1 "Baykonur lease in Qyzylorda"' "$(province KAB "1 = 1")"
territory western_sahara 0 'Natural Earth admin-0 "W. Sahara"' "$(iso ESH)"
territory kashmir_india 0 'Natural Earth admin-1 "Jammu and Kashmir" (India)' "$(province IND "name = 'Jammu and Kashmir'")"
territory kashmir_pakistan 0 'Natural Earth admin-1 "Azad Kashmir" and "Northern Areas" (Pakistan)' \
  "$(province PAK "name IN ('Azad Kashmir', 'Northern Areas')")"

mv "$out" "$here/countries.gpkg"
ogrinfo -ro -so "$here/countries.gpkg" countries | grep -E 'Feature Count|Extent'
ogrinfo -ro -q "$here/countries.gpkg" -dialect sqlite \
  -sql "SELECT id, approximate, ST_NumGeometries(geom) AS parts, round(ST_Area(geom, 1) / 1e6) AS km2 FROM territories" | grep -E '= ' | paste - - - -
