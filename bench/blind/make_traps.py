#!/usr/bin/env python3
"""Build bench/blind/traps.jsonl: the hand-written traps of hand_traps.py plus traps generated
from plain.jsonl with the word lists of trapwords.toml.

A trap is a plain question (it has a verified answer) with one word or phrase added or substituted
so that the reports no longer answer it as asked.  The engine must not answer a trap with the base
figure; any figure is wrong unless the trap says which figure is right (computed "X ilman Y",
a column named in another language, a near-trap whose added words are neutral).

Generated kinds (deterministic, seed 13): other city (genitive in front, locative or Swedish name at
the end), a measure the store lacks, per resident where no such indicator exists (years without a
stated population), a month / quarter / half-year before the year, a year no report covers, a
forecast word where no forecast column exists, and near-traps with neutral words.

Usage: python3 bench/blind/make_traps.py   (then python3 bench/blind/verify.py)
"""
import json
import os
import random
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from hand_traps import HAND, R  # noqa: E402  (data module beside this script)

SEED = 13
QUESTION_WORDS = {"mikä", "mitkä", "oli", "olivat", "paljonko", "kuinka", "paljon", "montako", "prosenttia",
                  "mihin", "moni", "mitä", "miten", "mika"}
# units without any per-resident / per-child key indicator (the `what` of a plain item starts with them)
NO_PER_RESIDENT = ("Hyvinvointipalvelut", "Kasvatus- ja opetuslautakunta", "Palvelualuejohtajan",
                   "Hyvinvoinnin edistämisen lautakunta", "Hyvinvoinnin ja työllisyyden", "Hyvinvointilautakunnan toimiala")
TP_WORDS = re.compile(r"\b(tp|ta|tilinpäätö\w*|talousarvio\w*|budje\w*)\b", re.I)
INTERIM = re.compile(r"\d\s*kk|\d+[-–]\d+/|\d+\.\d+\.20\d\d|tammi|syys|maalis|neljännek|q1|vuosineljännek", re.I)
YEAR = re.compile(r"\b(20[12]\d)\b")
YEAR_PHRASE = re.compile(r"\b(vuonna |vuoden |vuodelle )?(20[12]\d)\b")  # "vuonna 2025" -> "kesäkuussa 2025"


def load_plain():
    with open(os.path.join(HERE, "plain.jsonl"), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def insert_front(q, word):
    toks = q.split(" ")
    i = 0
    while i < len(toks) - 1 and toks[i].lower().strip(",?:") in QUESTION_WORDS:
        i += 1
    if i == 0 and toks[0][:1].isupper() and not word[:1].isupper():
        toks[0] = toks[0][0].lower() + toks[0][1:]
        word = word[0].upper() + word[1:]
    return " ".join(toks[:i] + [word] + toks[i:])


def insert_end(q, word):
    return q[:-1].rstrip() + " " + word + "?" if q.endswith("?") else q + " " + word


def trap(base, q, added, kind, status, why, origin="generated", **expect):
    return {"q": q, "base": base["q"], "base_id": base["id"], "base_accept": base["expect"]["accept"],
            "added": added, "kind": kind, "origin": origin, "expect": {"status": status, "why": why, **expect}}


def candidates(plain):
    return [it for it in plain if it["expect"]["status"] == "answer" and it["tags"][0] in ("financial", "kpi")
            and len(it["expect"]["accept"]) == 1]


def gen_city(words, pool, rng):
    out = []
    for base in rng.sample(pool, 20):
        w = rng.choice(words["city"]["genitive"])
        out.append(trap(base, insert_front(base["q"], w), w, "city", "not_found", words["city"]["why"]))
    for base in rng.sample(pool, 15):
        w = rng.choice(words["city"]["locative"])
        out.append(trap(base, insert_end(base["q"], w), w, "city", "not_found", words["city"]["why"]))
    for base in rng.sample(pool, 3):
        w = rng.choice(words["city"]["swedish"])
        out.append(trap(base, insert_end(base["q"], w), w, "city", "not_found", words["city"]["why"]))
    return out


def gen_measure(words, pool, rng):
    out = []
    ws = words["measure"]["generate"]
    for n, base in enumerate(rng.sample(pool, 30)):
        w = ws[n % len(ws)]
        if w == "keskiarvo" and "kirjasto" in base["q"].lower():
            w = "mediaani"  # library indicators are printed as averages ('ka / asukas')
        if w == "kvartaaleittain" and "interim-3kk" in base["tags"]:
            w = "keskihajonta"  # a 1-3 figure is itself one quarter
        out.append(trap(base, insert_end(base["q"], w), w, "measure", "not_found", words["measure"]["why"]))
    return out


def gen_per_resident(words, pool, rng):
    out = []
    fit = [it for it in pool if it["tags"][0] == "financial" and it["expect"]["what"].startswith(NO_PER_RESIDENT)
           and "2025" not in it["tags"] and it["expect"]["unit"] == "EUR"]
    ws = words["per_resident"]["generate"]
    for n, base in enumerate(rng.sample(fit, min(10, len(fit)))):
        w = ws[n % len(ws)]
        out.append(trap(base, insert_end(base["q"], w), w, "per_resident", "not_found",
                        words["per_resident"]["why"] + " (No population is stated for this year either.)"))
    return out


def gen_period(words, pool, rng):
    out = []
    fit = [it for it in pool if not INTERIM.search(it["q"]) and not TP_WORDS.search(it["q"])
           and len(YEAR.findall(it["q"])) == 1 and "forecast" not in it["tags"]]
    ws = words["period"]["before_year"]
    for n, base in enumerate(rng.sample(fit, min(25, len(fit)))):
        w = ws[n % len(ws)]
        m = YEAR_PHRASE.search(base["q"])
        year = m.group(2)
        new = w + year if w.endswith("/") else w + " " + year
        q = base["q"][:m.start()] + new + base["q"][m.end():]
        added = new if w.endswith("/") else w
        out.append(trap(base, q, added, "period", "not_found", words["period"]["why"]))
    return out


def gen_absent_year(words, pool, rng):
    out = []
    fit = [it for it in pool if len(set(YEAR.findall(it["q"]))) == 1]
    for base in rng.sample(fit, 15):
        year = YEAR.search(base["q"]).group(1)
        new = str(rng.choice(words["period"]["absent_years"]))
        q = re.sub(r"\b" + year + r"\b", new, base["q"])
        out.append(trap(base, q, new, "period", "not_found",
                        words["period"]["why"] + f" ({new} is in no report.)"))
    return out


def gen_forecast(words, pool, rng):
    out = []
    # interim reports only: there a full-year forecast would make sense, and none is printed
    fit = [it for it in pool if it["tags"][0] == "financial" and it["expect"]["file"] in (R["Q"], R["S"])]
    ws = words["foreign"]["forecast"]
    for n, base in enumerate(rng.sample(fit, 15)):
        w = ws[n % len(ws)]
        out.append(trap(base, insert_end(base["q"], w), w, "foreign", "not_found",
                        "A forecast word: the 1-3/2025 and 1-9/2024 interim reports have no forecast (Ennuste) column."))
    return out


def answer_of(base):
    ex = base["expect"]
    keep = {k: ex[k] for k in ("accept", "unit", "file", "line", "also") if k in ex}
    return keep


def gen_near(words, pool, rng):
    out = []
    nw = words["neutral"]
    for n, base in enumerate(rng.sample(pool, 15)):
        q = base["q"]
        if n % 3 == 0:
            w = rng.choice(nw["prefix"])
            new = w + (q[0].lower() + q[1:] if not q[:2].isupper() else q)
            added = w.strip(" ,!:")
        elif n % 3 == 1:
            w = rng.choice(nw["suffix"])
            new = q.rstrip("?") + w
            added = w.strip(" ,!–?") or "?"
        else:
            w = rng.choice(nw["municipality"])
            new = insert_front(q, w)
            added = w
        out.append(trap(base, new, added, "near", "answer", nw["why"], **answer_of(base)))
    return out


def loc(rep, line):
    return {"file": R[rep], "line": line}


def hand_items(plain):
    by_q = {it["q"]: it for it in plain}
    out = []
    for h in HAND:
        base = by_q.get(h["base"])
        if base is None:
            raise SystemExit(f"hand trap base not in plain.jsonl: {h['base']!r}")
        ex = {}
        if h.get("near"):
            ex = answer_of(base)
        elif "computed" in h:
            op, terms = h["computed"]
            vals = [v for v, *_ in terms]
            value = vals[0] - sum(vals[1:]) if op == "sub" else sum(vals)
            ex = {"accept": [value] + h.get("accept_extra", []), "unit": h.get("unit", "EUR"),
                  **loc(terms[0][1], terms[0][2]), "computed": True,
                  "formula": {"op": op, "terms": [{"value": v, **loc(r, l), "col": c} for v, r, l, c in terms]}}
        elif "shifted" in h:
            v, r, l, c = h["shifted"]
            ex = {"accept": [v], "unit": h.get("unit", "EUR" if c not in (5, 6) or abs(v) > 1000 else "%"),
                  **loc(r, l), "shifted": True, **({"col": c} if c else {})}
        if "alt" in h:
            ex["alt_accept"] = [{"value": v, **loc(r, l)} for v, r, l in h["alt"]]
        out.append(trap(base, h["q"], h["added"], h["kind"], h["status"], h["why"], origin="hand", **ex))
    return out


def main():
    with open(os.path.join(HERE, "trapwords.toml"), "rb") as fh:
        words = tomllib.load(fh)
    plain = load_plain()
    pool = candidates(plain)
    rng = random.Random(SEED)
    items = hand_items(plain)
    for gen in (gen_city, gen_measure, gen_per_resident, gen_period, gen_absent_year, gen_forecast, gen_near):
        items += gen(words, pool, rng)
    seen, unique = set(), []
    for it in items:
        if it["q"] not in seen and it["q"] != it["base"]:
            seen.add(it["q"])
            unique.append(it)
    with open(os.path.join(HERE, "traps.jsonl"), "w", encoding="utf-8") as fh:
        for n, it in enumerate(unique, 1):
            fh.write(json.dumps({"id": f"t{n:03d}", **it}, ensure_ascii=False) + "\n")
    traps = [it for it in unique if it["kind"] != "near"]
    hand = sum(1 for it in traps if it["origin"] == "hand")
    near = len(unique) - len(traps)
    print(f"traps.jsonl: {len(unique)} items: {len(traps)} traps ({hand} hand-written = {hand / len(traps):.0%}), "
          f"{near} near-traps")


if __name__ == "__main__":
    main()
