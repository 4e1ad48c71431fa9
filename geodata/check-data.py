#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Maintenance check of the curated record, run by hand before committing data.

The application's own `crossroads validate` is the authority; this script adds
the checks that are cheap to express over the raw JSON while editing: every
cited source id exists in timeline/sources.json and every registry entry is
cited; no text names a year later than its record's date unless the record is
marked forward_looking; no text speaks of "seed" or a source's file name.
Usage: python3 geodata/check-data.py [DATA_DIR]   (exit 1 on any problem)
"""
import glob
import json
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
tl = os.path.join(root, "timeline")
problems = []


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


registry = load(os.path.join(tl, "sources.json"))["sources"]
ids = [s["id"] for s in registry]
id_rx = re.compile(r"^[a-z0-9._-]+$")
for s in registry:
    if not id_rx.match(s["id"]):
        problems.append(f"sources.json: bad id {s['id']!r}")
    if not s.get("title"):
        problems.append(f"sources.json: {s['id']} has no title")
    # The early-2026 analysis names neither; the registry leaves them out rather than invent one.
    if not (s.get("publisher") or s.get("author")) and s.get("kind") != "analysis":
        problems.append(f"sources.json: {s['id']} names neither publisher nor author")
    if not re.match(r"^\d{4}(-\d\d(-\d\d)?)?$", s.get("date", "")):
        problems.append(f"sources.json: {s['id']} has no valid date")
if len(set(ids)) != len(ids):
    problems.append("sources.json: duplicate ids")

cited = set()
year_rx = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
banned_rx = re.compile(r"\bseeds?\b|\.txt\b|000_|001_", re.IGNORECASE)


def check(where, record, date, texts):
    for s in record.get("sources", []):
        cited.add(s)
        if s not in ids:
            problems.append(f"{where}: cites unknown source {s!r}")
    if "sources" in record and not record["sources"]:
        problems.append(f"{where}: empty sources")
    year = int(date[:4])
    for t in texts:
        if not t:
            continue
        if banned_rx.search(t):
            problems.append(f"{where}: text mentions a seed or file name: {t[:80]!r}")
        later = [y for y in year_rx.findall(t) if int(y) > year]
        if later and not record.get("forward_looking"):
            problems.append(f"{where}: names later year(s) {later} in text dated {date}")


for e in load(os.path.join(tl, "events.json"))["events"]:
    check(f"events.json:{e['id']}", e, e["date"], [e["title"], e["summary"]])
for r in load(os.path.join(tl, "memberships.json"))["standings"]:
    check(f"memberships.json:{r['id']}", r, r["from"], [r["summary"]])
for r in load(os.path.join(tl, "relations.json"))["relations"]:
    check(f"relations.json:{r['id']}", r, r["from"], [r["summary"]])
for c in load(os.path.join(tl, "corridors.json"))["corridors"]:
    first = min(p["from"] for p in c["phases"])
    check(f"corridors.json:{c['id']}", c, first, [c["name"], c["summary"]])
    for p in c["phases"]:
        check(f"corridors.json:{p['id']}", p, p["from"], [p["summary"]])
for path in sorted(glob.glob(os.path.join(root, "stories", "*.json"))):
    story = load(path)
    name = os.path.basename(path)
    for st in story["steps"]:
        check(f"{name}:{st['id']}", st, st["date"], [st["title"], st["text"], st.get("notes")])

for s in ids:
    if s not in cited:
        problems.append(f"sources.json: {s} is cited by no record")

for p in problems:
    print(p)
print(f"{len(problems)} problem(s); {len(ids)} sources, {len(cited)} cited")
sys.exit(1 if problems else 0)
