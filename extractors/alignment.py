"""Kazakh and Russian rows of one act, side by side.

Every act is published in both languages, and the two texts must say the same
thing: the same cards with the same codes and levels, the same functions, tasks
and number of items. Rows of the two languages join on `(doc_id, card_no)` and the
function / task / item numbers (the contract's keys without `lang`).

- `labels(tables)` -> rows of `occupation_labels`: one row per card of any act, its
  code and level, its name and title in each language present, and whether the
  two languages agree on it;
- `check(tables)` -> the alignment report that goes into the manifest and the run
  report: what was compared, and every disagreement (act, card, what, kk, ru).
  Where only one language of an act is in the corpus there is nothing to compare,
  and the report says so.
"""
from __future__ import annotations

from collections import Counter, defaultdict

import pyarrow as pa

MAX_LISTED = 200  # disagreements listed in the report; the count is always exact


def _rows(tables: dict[str, pa.Table], name: str) -> list[dict]:
    t = tables.get(name)
    return t.to_pylist() if t is not None else []


def _norm(v):
    if isinstance(v, str):
        return " ".join(v.replace(" ,", ",").split()) or None
    return v


def _langs_by_doc(tables) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for d in _rows(tables, "documents"):
        out[d["doc_id"]].add(d["lang"])
    return out


def _shape(tables) -> dict[tuple, dict]:
    """Per (doc_id, lang, card_no): what must agree between the languages."""
    shape: dict[tuple, dict] = defaultdict(lambda: {"functions": Counter(), "tasks": Counter(), "skills": Counter(),
                                                     "knowledge": Counter(), "alt_names": 0, "related_levels": []})
    for r in _rows(tables, "labor_functions"):
        shape[(r["doc_id"], r["lang"], r["card_no"])]["functions"][r["function_kind"]] += 1
    for r in _rows(tables, "tasks"):
        shape[(r["doc_id"], r["lang"], r["card_no"])]["tasks"][(r["function_kind"], r["function_no"])] += 1
    for name in ("skills", "knowledge"):
        for r in _rows(tables, name):
            if r.get("card_no") is None:
                continue
            key = (r["function_kind"], r["function_no"], r["task_no"])
            shape[(r["doc_id"], r["lang"], r["card_no"])][name][key] += 1
    for r in _rows(tables, "occupation_alt_names"):
        shape[(r["doc_id"], r["lang"], r["card_no"])]["alt_names"] += 1
    for r in _rows(tables, "related_occupations"):
        shape[(r["doc_id"], r["lang"], r["card_no"])]["related_levels"].append(_norm(r["level"]))
    return shape


def _card_disagreements(kk: dict | None, ru: dict | None, skk: dict, sru: dict) -> list[tuple[str, object, object]]:
    if kk is None or ru is None:
        return [("card present", kk is not None, ru is not None)]
    out = []
    for col in ("code", "group_code", "qualification_level"):
        if _norm(kk[col]) != _norm(ru[col]):
            out.append((col, kk[col], ru[col]))
    for what in ("functions", "tasks", "skills", "knowledge"):
        a, b = skk[what], sru[what]
        for key in sorted(set(a) | set(b), key=str):
            if a.get(key, 0) != b.get(key, 0):
                label = what if what == "functions" else f"{what} of " + " ".join(map(str, key))
                out.append((f"number of {label}", a.get(key, 0), b.get(key, 0)))
    if skk["alt_names"] != sru["alt_names"]:
        out.append(("number of alternative names", skk["alt_names"], sru["alt_names"]))
    if skk["related_levels"] != sru["related_levels"]:
        out.append(("levels of related occupations", skk["related_levels"], sru["related_levels"]))
    return out


def _compare(tables):
    langs = _langs_by_doc(tables)
    both = sorted(d for d, ls in langs.items() if {"kk", "ru"} <= ls)
    cards = {(r["doc_id"], r["lang"], r["card_no"]): r for r in _rows(tables, "occupations")}
    shape = _shape(tables)
    docs = {(d["doc_id"], d["lang"]): d for d in _rows(tables, "documents")}
    per_card: dict[tuple, list] = {}
    act_level: list[dict] = []
    for doc_id in both:
        for col in ("act_number", "act_date", "registration_number", "registration_date", "status", "cards_total"):
            a, b = docs[(doc_id, "kk")][col], docs[(doc_id, "ru")][col]
            if _norm(a) != _norm(b):
                act_level.append({"doc_id": doc_id, "card_no": None, "what": col, "kk": str(a), "ru": str(b)})
        numbers = sorted({no for (d, _lang, no) in cards if d == doc_id})
        for no in numbers:
            kk, ru = cards.get((doc_id, "kk", no)), cards.get((doc_id, "ru", no))
            per_card[(doc_id, no)] = _card_disagreements(kk, ru, shape[(doc_id, "kk", no)], shape[(doc_id, "ru", no)])
    return langs, both, cards, per_card, act_level


def labels(tables: dict[str, pa.Table]) -> list[dict]:
    """Rows of `occupation_labels`."""
    langs, both, cards, per_card, _ = _compare(tables)
    out = []
    for doc_id, no in sorted({(d, n) for (d, _lang, n) in cards}):
        kk, ru = cards.get((doc_id, "kk", no)), cards.get((doc_id, "ru", no))
        first = kk or ru
        out.append({
            "doc_id": doc_id, "card_no": no, "code": first["code"], "group_code": first["group_code"],
            "qualification_level": first["qualification_level"],
            "name_kk": kk["name"] if kk else None, "name_ru": ru["name"] if ru else None,
            "card_title_kk": kk["card_title"] if kk else None, "card_title_ru": ru["card_title"] if ru else None,
            "in_kk": kk is not None, "in_ru": ru is not None,
            # null where the other language of the act is not in the corpus: nothing to compare
            "agrees": (not per_card[(doc_id, no)]) if doc_id in both else None,
        })
    return out


def check(tables: dict[str, pa.Table]) -> dict:
    """The alignment report: what was compared and every disagreement."""
    langs, both, cards, per_card, act_level = _compare(tables)
    disagreements = list(act_level)
    for (doc_id, no), items in sorted(per_card.items()):
        for what, a, b in items:
            disagreements.append({"doc_id": doc_id, "card_no": no, "what": what, "kk": str(a), "ru": str(b)})
    one_language = sorted(d for d, ls in langs.items() if len(ls) == 1)
    return {
        "acts_in_both_languages": len(both),
        "acts_in_one_language": len(one_language),
        "cards_compared": len(per_card),
        "cards_agreeing": sum(1 for v in per_card.values() if not v),
        "disagreement_count": len(disagreements),
        "agree": not disagreements,
        "disagreements": disagreements[:MAX_LISTED],
        "note": "" if both else "no act is in the corpus in both languages: nothing to compare",
    }
