#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Merge a staging file (records prepared apart from the main files) into a
timeline folder.

Usage: merge-staging.py STAGING.json TIMELINE_DIR [--dry-run]

The staging file holds "sources", "events", "standings", "relations",
"corridor_phases" (each with a "corridor" id), "places" and "amendments"
({"file", "id", "set", "why"}). Records are appended to the matching main
file; amendments change fields of existing records (typically closing a
standing, relation or phase with "until"). Every id must be new and every
amendment target must exist, otherwise nothing is written.

Each output file is written to a temporary file in the same folder and then
renamed, so a failure leaves the old files intact.
"""
import json
import os
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def save(path, doc):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    os.replace(tmp, path)


def fail(message):
    sys.stderr.write(f"merge-staging: {message}\n")
    sys.exit(2)


def append_unique(records, new, where):
    ids = {r["id"] for r in records}
    for r in new:
        if r["id"] in ids:
            fail(f"{where}: id '{r['id']}' already exists")
        ids.add(r["id"])
        records.append(r)


def main(argv):
    if len(argv) < 3:
        fail("usage: merge-staging.py STAGING.json TIMELINE_DIR [--dry-run]")
    staging_path, folder = argv[1], argv[2]
    dry_run = "--dry-run" in argv[3:]
    staging = load(staging_path)

    paths = {name: os.path.join(folder, name) for name in
             ("sources.json", "events.json", "memberships.json",
              "relations.json", "corridors.json", "places.geojson")}
    docs = {}
    for name, path in paths.items():
        if os.path.exists(path):
            docs[name] = load(path)
    # The source registry may not exist yet in an older layout; start one.
    docs.setdefault("sources.json", {"sources": []})

    append_unique(docs["sources.json"]["sources"], staging.get("sources", []), "sources.json")
    append_unique(docs["events.json"]["events"], staging.get("events", []), "events.json")
    append_unique(docs["memberships.json"]["standings"], staging.get("standings", []), "memberships.json")
    append_unique(docs["relations.json"]["relations"], staging.get("relations", []), "relations.json")

    corridors = {c["id"]: c for c in docs["corridors.json"]["corridors"]}
    for phase in staging.get("corridor_phases", []):
        phase = dict(phase)
        corridor_id = phase.pop("corridor")
        if corridor_id not in corridors:
            fail(f"corridors.json: no corridor '{corridor_id}' for phase '{phase['id']}'")
        append_unique(corridors[corridor_id]["phases"], [phase], f"corridors.json ({corridor_id})")

    features = docs["places.geojson"]["features"]
    place_ids = {f["properties"]["id"] for f in features}
    for p in staging.get("places", []):
        if p["id"] in place_ids:
            fail(f"places.geojson: id '{p['id']}' already exists")
        place_ids.add(p["id"])
        features.append({"type": "Feature",
                         "properties": {k: p[k] for k in ("id", "name", "country", "kind")},
                         "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]}})

    record_lists = {"events.json": lambda d: d["events"],
                    "memberships.json": lambda d: d["standings"],
                    "relations.json": lambda d: d["relations"],
                    "sources.json": lambda d: d["sources"],
                    "corridors.json": lambda d: [p for c in d["corridors"] for p in c["phases"]] + d["corridors"]}
    for a in staging.get("amendments", []):
        if a["file"] not in record_lists:
            fail(f"amendment of '{a['id']}': unknown file '{a['file']}'")
        targets = [r for r in record_lists[a["file"]](docs[a["file"]]) if r["id"] == a["id"]]
        if len(targets) != 1:
            fail(f"amendment: {a['file']} has no single record '{a['id']}'")
        targets[0].update(a["set"])

    # Keep events in date order, as the main file is.
    docs["events.json"]["events"].sort(key=lambda e: e["date"])

    if dry_run:
        print("merge-staging: dry run, nothing written")
        return 0
    for name, doc in docs.items():
        save(paths[name], doc)
    print(f"merge-staging: merged {staging_path} into {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
