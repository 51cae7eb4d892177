#!/usr/bin/env python3
"""Writes the golden vectors of the RecoEngine rule-set specification (docs/ruleset-spec.md).

Every expected list below was worked out by hand from the specification, not produced by the C++ applier; the
C++ test (tests/core_curation/GoldenVectorTest.cpp) and any production implementation must reproduce them.
This script only adds the bookkeeping (the exported document's canonical SHA-256). Run it from this folder:
    python3 make_vectors.py
"""
import hashlib
import json

CREATED = "2026-01-01T00:00:00Z"


def rule(id, kind, segment="all users", **fields):
    r = {"id": id, "kind": kind, "segment": segment, "enabled": True, "priority": 0, "note": "", "author": "golden",
         "created_at": CREATED}
    r.update(fields)
    return r


def document(name, segments, rules):
    doc = {"schema_version": 1, "ruleset_id": "golden-" + name, "version": 1, "created_at": CREATED,
           "author": "golden", "message": name, "segments": segments, "rules": rules}
    canonical = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    doc["sha256"] = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return doc


def ranking(*rows):
    return [{"item": i, "category": c, "score": s} for (i, c, s) in rows]


def pinned(item, rule_id):
    return {"item": item, "decided_by": "pin", "rule": rule_id}


def organic(item, *adjustments):
    return {"item": item, "decided_by": "organic", "adjustments": list(adjustments)}


def case(name, expected, ranking_rows, n, at="2026-01-15T12:00:00Z", user="u-1", attributes=None,
         item_categories=None):
    c = {"name": name, "user": {"id": user, "attributes": attributes or {}}, "at": at, "n": n,
         "ranking": ranking_rows, "expected": [dict(position=i + 1, **e) for i, e in enumerate(expected)]}
    if item_categories is not None:
        c["item_categories"] = item_categories
    return c


def write(filename, description, doc, cases):
    with open(filename, "w", encoding="utf-8") as f:
        json.dump({"description": description, "ruleset": doc, "cases": cases}, f, indent=2, ensure_ascii=False)
        f.write("\n")


# 1. Bans win over everything, pins included; category bans reach pinned items through item_categories.
write("01-bans.json", "Item and category bans; pins of banned items are void.",
      document("bans", [], [
          rule(1, "ban_item", item="i3"),
          rule(2, "ban_category", category="shoes"),
          rule(3, "pin_item", item="i3", position=1),
          rule(4, "pin_item", item="i5", position=2),
      ]), [
          case("bans remove items and void pins",
               [organic("i1"), organic("i4"), organic("i6")],
               ranking(("i1", "books", 0.9), ("i2", "shoes", 0.8), ("i3", "books", 0.7), ("i4", "toys", 0.6),
                       ("i5", "shoes", 0.5), ("i6", "toys", 0.4)), 4),
          case("a pinned new item of a banned category is not shown",
               [organic("i1"), organic("i4")],
               ranking(("i1", "books", 0.9), ("i4", "toys", 0.6)), 4, item_categories={"i5": "shoes"}),
          case("a pinned new item of unknown category is shown",
               [organic("i1"), pinned("i5", 4), organic("i4")],
               ranking(("i1", "books", 0.9), ("i4", "toys", 0.6)), 4),
      ])

# 2. Boosts and buries: s*F for s > 0, s/F otherwise; F multiplies the factors in ascending rule id order.
write("02-boost-bury.json", "Boost and bury arithmetic, combined factors, ties, negative and zero scores.",
      document("boost-bury", [], [
          rule(1, "boost_item", item="i4", factor=2.0),
          rule(2, "bury_category", category="toys", factor=0.5),
          rule(3, "boost_category", category="books", factor=1.25),
      ]), [
          case("factors combine; an exact tie is broken by item id",
               [organic("i1", 3), organic("i3"), organic("i2", 2), organic("i4", 1, 2), organic("i5")],
               ranking(("i1", "books", 1.0), ("i2", "toys", 0.9), ("i3", "music", 0.8), ("i4", "toys", 0.45),
                       ("i5", "music", 0.3)), 5),
          case("negative scores: a boost moves towards zero, a bury away from it",
               [organic("i2", 2), organic("i3"), organic("i1", 3)],
               ranking(("i1", "books", -1.0), ("i2", "toys", -0.2), ("i3", "music", -0.5), ("i4", "toys", -2.0)), 3),
          case("a zero score does not move",
               [organic("i1", 2), organic("i2")],
               ranking(("i1", "toys", 0.0), ("i2", "music", 0.0)), 2),
      ])

# 3. Category caps apply to the organic list after sorting; pinned items do not count.
write("03-caps.json", "Category caps (every category and one category) after boosts; pins do not count.",
      document("caps", [], [
          rule(1, "category_cap", max_items=2),
          rule(2, "category_cap", category="toys", max_items=1),
          rule(3, "boost_item", item="i6", factor=3.0),
          rule(4, "pin_item", item="i1", position=2),
      ]), [
          case("the smallest cap per category wins",
               [organic("i6", 3), pinned("i1", 4), organic("i3"), organic("i4"), organic("i7")],
               ranking(("i1", "toys", 0.9), ("i2", "toys", 0.8), ("i3", "books", 0.7), ("i4", "books", 0.6),
                       ("i5", "books", 0.5), ("i6", "toys", 0.4), ("i7", "music", 0.3)), 5),
          case("cut to n",
               [organic("i6", 3), pinned("i1", 4)],
               ranking(("i1", "toys", 0.9), ("i2", "toys", 0.8), ("i3", "books", 0.7), ("i4", "books", 0.6),
                       ("i5", "books", 0.5), ("i6", "toys", 0.4), ("i7", "music", 0.3)), 2),
      ])

# 4. Pins: priority, then earlier creation, then id; losers are not shown; beyond n shows nothing; no holes.
write("04-pins.json", "Pin conflicts, a pinned new item, one item pinned twice, pins beyond n, closing gaps.",
      document("pins", [], [
          rule(1, "pin_item", item="i2", position=1),
          rule(2, "pin_item", item="i3", position=1, created_at="2025-12-01T00:00:00Z"),
          rule(3, "pin_item", item="new-item", position=3, priority=1),
          rule(4, "pin_item", item="i4", position=1, priority=-1),
          rule(5, "pin_item", item="i5", position=6),
          rule(6, "pin_item", item="i3", position=4, created_at="2026-01-02T00:00:00Z"),
      ]), [
          case("earlier created wins, losers hidden, pin beyond n hidden",
               [pinned("i3", 2), organic("i1"), pinned("new-item", 3), organic("i6"), organic("i7")],
               ranking(("i1", "a", 0.9), ("i2", "a", 0.8), ("i3", "a", 0.7), ("i4", "a", 0.6), ("i5", "a", 0.5),
                       ("i6", "a", 0.4), ("i7", "a", 0.3), ("i8", "a", 0.2)), 5),
          case("longer list: the pin at 6 shows",
               [pinned("i3", 2), organic("i1"), pinned("new-item", 3), organic("i6"), organic("i7"), pinned("i5", 5),
                organic("i8")],
               ranking(("i1", "a", 0.9), ("i2", "a", 0.8), ("i3", "a", 0.7), ("i4", "a", 0.6), ("i5", "a", 0.5),
                       ("i6", "a", 0.4), ("i7", "a", 0.3), ("i8", "a", 0.2)), 8),
          case("organic items run out: later pins close the gap",
               [pinned("i3", 2), organic("i1"), pinned("new-item", 3), pinned("i5", 5)],
               ranking(("i1", "a", 0.9)), 10),
      ])

# 5. Segments (expression and list), time windows and the enabled flag.
SEGMENTS = [
    {"name": "dach mobile", "expression": "country in (\"DE\", \"AT\", \"CH\") and device = \"mobile\"", "note": ""},
    {"name": "heavy buyers", "expression": "orders >= 3", "note": ""},
    {"name": "testers", "user_ids": ["u-7", "u-9"], "note": ""},
]
R5 = ranking(("i1", "a", 0.9), ("i2", "a", 0.8), ("i3", "a", 0.7), ("i4", "a", 0.6), ("i5", "a", 0.5))
write("05-segments-windows.json", "Expression and list segments, time windows [start, end), disabled rules.",
      document("segments-windows", SEGMENTS, [
          rule(1, "ban_item", segment="dach mobile", item="i1"),
          rule(2, "pin_item", segment="heavy buyers", item="i5", position=1, starts_at="2026-02-01T00:00:00Z",
               ends_at="2026-03-01T00:00:00Z"),
          rule(3, "boost_item", segment="testers", item="i4", factor=10.0),
          dict(rule(4, "ban_item", item="i2"), enabled=False),
          rule(5, "bury_item", item="i2", factor=0.1, starts_at="2026-02-15T00:00:00Z"),
      ]), [
          case("DACH mobile heavy buyer inside the pin window",
               [pinned("i5", 2), organic("i2"), organic("i3")], R5, 3, at="2026-02-10T00:00:00Z", user="u-1",
               attributes={"country": "DE", "device": "mobile", "orders": "5"}),
          case("tester at the window's exclusive end, numeric comparison of \"12\"",
               [organic("i4", 3), organic("i1"), organic("i3")], R5, 3, at="2026-03-01T00:00:00Z", user="u-7",
               attributes={"country": "FR", "device": "mobile", "orders": "12"}),
          case("user without attributes: comparisons on missing attributes are false",
               [organic("i1"), organic("i3"), organic("i4")], R5, 3, at="2026-02-20T00:00:00Z", user="u-2"),
          case("DACH mobile, 2 orders",
               [organic("i3"), organic("i4"), organic("i5")], R5, 3, at="2026-02-20T00:00:00Z", user="u-3",
               attributes={"country": "AT", "device": "mobile", "orders": "2"}),
      ])

# 6. Everything together.
R6 = ranking(("i1", "sale", 1.0), ("i2", "sale", 0.95), ("i3", "sale", 0.9), ("i4", "home", 0.85),
             ("i5", "home", 0.8), ("i6", "home", 0.7), ("i7", "adult", 0.6), ("i8", "garden", 0.5),
             ("i9", "garden", -0.1), ("i10", "sale", 0.3))
write("06-combined.json", "A winter-sale rule set: segment pin beats a global pin, ban voids a pin, boost + bury + cap.",
      document("combined", [{"name": "de", "expression": "country = \"DE\"", "note": "German shop"}], [
          rule(1, "pin_item", segment="de", item="hero", position=2, priority=10),
          rule(2, "pin_item", item="i2", position=2),
          rule(3, "ban_category", category="adult"),
          rule(4, "boost_category", category="sale", factor=1.5),
          rule(5, "category_cap", max_items=2),
          rule(6, "bury_item", item="i1", factor=0.5),
          rule(7, "pin_item", item="i7", position=1),
      ]), [
          case("German user: the segment pin wins position 2",
               [organic("i3", 4), pinned("hero", 1), organic("i4"), organic("i5"), organic("i1", 4, 6),
                organic("i8")], R6, 6, user="u-1", attributes={"country": "DE"}),
          case("French user: the global pin takes position 2",
               [organic("i3", 4), pinned("i2", 2), organic("i4"), organic("i5"), organic("i1", 4, 6),
                organic("i8")], R6, 6, user="u-2", attributes={"country": "FR"}),
      ])
