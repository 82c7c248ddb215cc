"""Replies for questions with words we do not understand — never a figure.

Another place than the reports' municipality, a measure the store cannot give (keskiarvo, mediaani),
a negation we cannot honour, a name that matches nothing, a question in Swedish or English, or any
other unknown word: the reply names the word and offers what does exist (the question without it,
when that question is complete)."""
from __future__ import annotations

from data.language import load
from nlp.parse import Parse, Parser

from ..reply import Option, Reply
from . import text
from .common import Ask, clarify, not_found

LANG = load("fi")["language"]
UNSUPPORTED_FI = load("labels")["unsupported"]


def without(parse: Parse, drop: set[int]) -> str:
    """The question without some words — and without the conjunction that joined one of them ('opetuksen
    ja kivijärven toimintakate' → 'opetuksen toimintakate'), nor one left hanging at either end."""
    toks = [t for t in parse.tokens if t.kind != "punct"]
    joins = lambda t: bool(t.readings) and all(r.cls == "sidesana" for r in t.readings)  # noqa: E731
    gone = set(drop)
    for a, b in zip(toks, toks[1:]):
        if joins(a) and b.i in drop:
            gone.add(a.i)
    kept = [t for t in toks if t.i not in gone]
    while kept and joins(kept[0]):
        kept.pop(0)
    while kept and joins(kept[-1]):
        kept.pop()
    return " ".join(t.text for t in kept).strip()


def base_option(ask: Ask, parser: Parser, drop: set[int]) -> list[Option]:
    """The question without the words we did not understand — offered only when it is complete."""
    q = without(ask.parse, drop)
    if not q or q == ask.parse.text:
        return []
    p = parser.parse(q)
    named = p.orgs or p.measures or p.kpis or p.projects or p.intent in ("goals", "ranking", "overrun")
    return [Option(q[:60], q)] if p.complete and named else []


def reply(ask: Ask, parser: Parser, municipality: str) -> Reply:
    p = ask.parse
    if p.intent == "language":
        return Reply("not_found", "not_found", LANG[p.language]["reply"], lang=p.language, unexplained=p.unexplained)
    if p.intent == "other_place":
        drop = {t.i for t in p.tokens if t.text in p.unexplained and "paikannimi" in t.proper}
        town = f"yhtä kuntaa ({municipality})" if municipality else "yhtä kuntaa"
        return _with_words(not_found(f"Raportit koskevat vain {town}; paikasta «{', '.join(p.places)}» niissä ei "
                                     "ole lukuja.", base_option(ask, parser, drop)), p)
    asking = {u.token for r in p.roles if r.role in ("op", "neutral") for u in r.units}
    drop = set(p.reading.unexplained)
    # a question without only its question word ('montako') is no nearer question
    options = base_option(ask, parser, drop) if drop - asking else []
    words = [p.tokens[i] for i in p.reading.unexplained]
    unsupported = [v for v, w in p.unsupported if any(w == t.text or w in t.keys for t in words)] or \
        [v for v, _ in p.unsupported]
    if unsupported and any(r.role == "unsupported" and r.tokens & drop for r in p.roles):
        what = UNSUPPORTED_FI.get(unsupported[0], unsupported[0])
        return _with_words(not_found(f"Raporteissa ei ole {what}: ne kertovat talousarvion, toteuman ja "
                                     f"tunnusluvut sellaisinaan.", options), p)
    if any(r.role in ("negation", "exclusion") and r.tokens & drop for r in p.roles):
        return _with_words(clarify(f"En osaa vastata kieltoon «{' '.join(t.text for t in words)}». "
                                   "Kysy luku, jonka haluat, esimerkiksi: " + (options[0].question if options else
                                                                               "varhaiskasvatuksen toimintakate 2025"),
                                   options), p)
    names = [t.text for t in words if t.capitalized and t.i > 0]
    if names:
        return _with_words(not_found(f"En löydä raporteista nimeä «{' '.join(names)}».", options), p)
    quoted = ", ".join(f"«{t.text}»" for t in _not_found_words(p, words))
    if p.reading.intent == "figure" and p.measures and not p.orgs and words and all(t.known for t in words):
        return _with_words(_unit_missing(ask, quoted, options), p)
    if words and all(t.known for t in words):
        # Finnish words we know, about a topic the reports do not hold figures for
        text = f"Raporteista ei löytynyt lukua, jossa olisi {quoted}."
        return _with_words(not_found(text + (" Lähin, mitä raporteissa on:" if options else ""), options), p)
    text = f"En tunnista sanaa {quoted}" if len(words) == 1 else f"En tunnista sanoja {quoted}"
    text += " – tarkoititko tätä?" if options else "."
    return _with_words(clarify(text, options) if options else not_found(text), p)


def _not_found_words(p: Parse, words: list) -> list:
    """The words no figure was found for: a question word such as 'montako' has its role — when only
    such words are left over, the topic words the text search looked for are the ones to name."""
    asking = {u.token for r in p.roles if r.role in ("op", "neutral") for u in r.units}
    left = [t for t in words if t.i not in asking]
    if left:
        return left
    ts = [t for t in text.terms(p) if t.i >= 0]
    topic = [p.tokens[t.i] for t in ([t for t in ts if t.counted] or ts)]   # 'montako oppilasta': pupils
    return topic or words


def _unit_missing(ask: Ask, quoted: str, options: list[Option]) -> Reply:
    """'lukion toimintakate': a unit the reports have no table for — say so and which units have the row."""
    m = ask.parse.measures[0].entry
    have = ask.store.orgs_with(m.key)
    years = " ".join(map(str, ask.years))
    opts = [Option(name, f"{name} {m.name.lower()} {years}".strip()) for _, name in have]
    return not_found(f"En tunnistanut yksikköä {quoted}: raporteissa ei ole sille omaa riviä {m.name}. "
                     f"Rivi on näille: {', '.join(n for _, n in have[:8])}.", opts or options)


def _with_words(r: Reply, p: Parse) -> Reply:
    r.unexplained = p.unexplained
    return r
