"""Several rows of one unit named at once ('myyntituotot ja maksutuotot 2025'): each row's verified figure
of one report and period side by side, and with 'yhteensä' their sum with the formula — or ask back."""
from __future__ import annotations

from data.language import load
from nlp.entities import Match

from .. import formatting as fmt
from ..reply import Answer, Option, Reply
from .common import Ask, answer_of, best, clarify, interpretation, question

SUMS: dict[str, list[str]] = load("statement")["sums"]
ADDITIVE = ("actual", "budget")
ALONE_OPS = {"total"}          # the only operation a list of rows takes


def parts_of(key: str) -> set[str]:
    """The rows a row of the income statement is the sum of, at any depth (data/lang/statement.toml)."""
    out, todo = set(), list(SUMS.get(key, []))
    while todo:
        k = todo.pop()
        if k not in out:
            out.add(k)
            todo += SUMS.get(k, [])
    return out


def named_rows(ask: Ask) -> list[Match]:
    """The rows in the order the question names them."""
    rows = ask.parse.measures[:1] + ask.parse.reading.more_measures
    return sorted(rows, key=lambda m: min(m.tokens))


def one_at_a_time(ask: Ask, rows: list[Match], why: str) -> Reply:
    org = ask.parse.orgs[0].entry.name if ask.parse.orgs else ""
    return clarify(f"{why} Kysy yksi rivi kerrallaan:",
                   [Option(m.entry.name, question(org, m.entry.name.lower(), *ask.years)) for m in rows])


def answer(ask: Ask) -> Reply:
    p, rows = ask.parse, named_rows(ask)
    orgs = list(dict.fromkeys(m.entry.key for m in p.orgs))
    if len(orgs) != 1 or p.reading.compare_orgs:
        return one_at_a_time(ask, rows, "Minkä yksikön rivit?")
    if len(p.measures) > 1 or p.ops - ALONE_OPS or len(ask.years) > 1 or p.periods.year_range:
        return one_at_a_time(ask, rows, "Usean rivin luvut annan yhdeltä kaudelta ilman muita laskuja.")
    if not ask.years:
        have = sorted({f["year"] for f in ask.store.facts(measures=[rows[0].entry.key], orgs=orgs) if f["year"]})
        q = p.text.rstrip("?. ")
        return clarify("Minkä vuoden luvut?", [Option(str(y), f"{q} {y}") for y in reversed(have[-4:])])
    found = _same_table(ask, orgs[0], rows)
    if found is None:
        return one_at_a_time(ask, rows, "En löytänyt näille riveille lukuja samasta taulukosta ja kaudelta.")
    if "total" in p.ops:
        return _sum(ask, rows, found)
    answers = [answer_of(ask.store, f, "primary" if i == 0 else "beside") for i, f in enumerate(found)]
    f0 = found[0]
    period = fmt.period(f0["basis"], f0["year"], f0["months"])
    head = "; ".join(f"{m.entry.name} {a.display}" for m, a in zip(rows, answers))
    return Reply("answer", "figure", f"{f0['org']}, {period}: {head}", answers=answers,
                 interpretation=interpretation(ask, f0["org"], " + ".join(m.entry.name for m in rows), f0["basis"],
                                               f0["year"], f0["months"]))


def _same_table(ask: Ask, org: str, rows: list[Match]) -> list[dict] | None:
    """One verified figure a row, all of one report, year, basis and period (the months asked, else the
    full year, else the latest to date)."""
    basis, asked = ask.parse.basis or "actual", ask.parse.periods.months
    per_row = [[f for f in best(ask.store.facts(measures=[m.entry.key], orgs=[org], years=ask.years))
                if f["verified"] and f["basis"] == basis] for m in rows]
    if not all(per_row):
        return None
    for f0 in per_row[0]:
        if asked and (f0["months"] or 12) != asked:
            continue
        key = (f0["report"], f0["year"], f0["basis"], f0["months"])
        rest = [next((f for f in fs if (f["report"], f["year"], f["basis"], f["months"]) == key), None)
                for fs in per_row[1:]]
        if all(rest):
            return [f0] + rest
    return None


def _sum(ask: Ask, rows: list[Match], found: list[dict]) -> Reply:
    keys = [m.entry.key for m in rows]
    nested = any(k in parts_of(j) for k in keys for j in keys if k != j)
    f0 = found[0]
    if nested or f0["basis"] not in ADDITIVE or any(f["unit"] != "EUR" for f in found):
        return one_at_a_time(ask, rows, "Näitä rivejä ei lasketa yhteen (rivi sisältää toisen, tai luvut eivät ole euroja).")
    parts = [answer_of(ask.store, f, "part") for f in found]
    value = sum(f["value"] for f in found)
    value = int(value) if float(value).is_integer() else value
    names = " + ".join(m.entry.name for m in rows)
    period = fmt.period(f0["basis"], f0["year"], f0["months"])
    result = Answer(value=value, unit="EUR", display=fmt.figure(value, "EUR"), label=f"{f0['org']} · {names} · {period}",
                    source=parts[0].source, org=f0["org"], measure=names, year=f0["year"], basis=f0["basis"],
                    months=f0["months"], verified=True, check="laskettu tarkistetuista luvuista")
    reply = Reply("answer", "figure", f"{f0['org']}: {names} yhteensä, {period}: {result.display}",
                  answers=[result] + parts,
                  interpretation=interpretation(ask, f0["org"], names, f0["basis"], f0["year"], f0["months"], "total"))
    reply.note("computed", "Laskettu: " + " + ".join(f"{m.entry.name} {a.display}" for m, a in zip(rows, parts))
               + f" = {result.display} (samasta taulukosta, rivit " + ", ".join(str(f["line"]) for f in found) + ").")
    return reply
