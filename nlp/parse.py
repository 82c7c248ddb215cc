"""Question text → one complete parse: intent, entities with what each was read from, periods,
operations, and the words left unexplained.

The pipeline (snips-nlu style: small deterministic steps, one result):

1. tokens — spaCy's tokenizer with a Voikko component keeping every reading (:mod:`nlp.tokens`);
2. periods by rule (:mod:`nlp.periods`);
3. roles of known words: neutral, basis, operations, negation … (:mod:`nlp.roles`, data/lang/fi.toml);
4. entities from the store's lemma index (:mod:`nlp.entities`);
5. readings — each kind of answer with the words it accounts for (:mod:`nlp.readings`) — and the
   choice of one. A figure may be given only for a parse whose ``unexplained`` is empty.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from data.language import load
from data.text import fold

from . import entities as ent
from .entities import Match
from .index import Index
from .lexicon import lexicon
from .morphology import lemma_text
from .matching import Unit
from .periods import PeriodReader, Periods
from .readings import (FIGURE, GOALS, HELP, KPI, OVERRUN, PROJECT, RANKING, UNIT_RANK, Context, Reading, best_group,
                       conflict, explain)
from .roles import Role, by_role, find_roles, values
from .tokens import Token, tokenizer

PER_TAILS = frozenset(fold(w) for w in load("fi")["text"]["per_tails"])
PRICE_WORDS = frozenset(fold(w) for w in load("fi")["text"]["price_words"])
DIRECTION_WORDS = load("fi")["direction"]
SIDES = {"tuotot": "toimintatuotot", "kulut": "toimintakulut"}     # a direction word → its income-statement side
CHANGE = load("fi")["change_question"]
CHANGE_FROM = frozenset(fold(w) for w in CHANGE["from_words"])
CHANGE_PERCENT = frozenset(fold(w) for w in CHANGE["percent_words"])
NOT_CHANGE = frozenset(fold(w) for w in CHANGE["not_change"])
WITHOUT_SUFFIXES = tuple(fold(x) for x in CHANGE["without_suffixes"])

GLUED_YEAR = re.compile(r"\b([A-Za-zÅÄÖåäö]{1,4})((?:19|20)\d\d)\b")
SLASHED_YEAR = re.compile(r"\b([A-Za-z]{1,2}[1-4])/((?:19|20)\d\d)\b")     # 'Q1/2025', 'H1/2024'


@dataclass
class Parse:
    text: str
    tokens: list[Token] = field(default_factory=list)
    periods: Periods = field(default_factory=Periods)
    intent: str = "text"        # figure kpi project goals ranking overrun help text language other_place empty
    reading: Reading = field(default_factory=lambda: Reading("text"))
    roles: list[Role] = field(default_factory=list)
    basis: str | None = None
    basis_excluded: set[str] = field(default_factory=set)
    ops: set[str] = field(default_factory=set)
    direction: str | None = None
    statuses: list[str] = field(default_factory=list)
    project_columns: list[str] = field(default_factory=list)
    project_state: str | None = None
    report_kind: str | None = None
    levels: list[str] = field(default_factory=list)
    help_topics: list[str] = field(default_factory=list)
    follow_up: bool = False
    language: str = "fi"
    places: list[str] = field(default_factory=list)
    unsupported: list[tuple[str, str]] = field(default_factory=list)     # (measure, word as written)
    negations: list[str] = field(default_factory=list)                   # negated words we cannot honour
    inherited: frozenset[str] = frozenset()      # a follow-up's entities kept from the question before
    basis_conflict: bool = False                                         # 'jäljellä … ennuste': two columns
    change_pct: bool = False                                             # 'kasvu prosentteina': a change in %
    alternatives: list[Reading] = field(default_factory=list)
    municipal_tokens: set[int] = field(default_factory=set)      # the loaded reports' municipality named
    municipalities: set[str] = field(default_factory=set)        # which one (folded names)

    @property
    def unexplained(self) -> list[str]:
        return [self.tokens[i].text for i in self.reading.unexplained]

    @property
    def orgs(self) -> list[Match]:
        return self.reading.orgs

    @property
    def measures(self) -> list[Match]:
        return self.reading.measures

    @property
    def kpis(self) -> list[Match]:
        return self.reading.kpis

    @property
    def areas(self) -> list[Match]:
        return self.reading.areas

    @property
    def projects(self) -> list[Match]:
        return self.reading.projects

    @property
    def complete(self) -> bool:
        return self.reading.complete and self.intent not in ("text", "language", "other_place", "empty")

    def read_from(self) -> dict[str, str]:
        """What each part of the interpretation was read from, in the question's own words."""
        out = dict(self.periods.read_from)
        for label, group in (("org", self.orgs[:1]), ("measure", self.measures[:1]), ("kpi", self.kpis[:1]),
                             ("project", self.projects[:1])):
            for m in group if label not in self.inherited else ():     # words of another question
                out[label] = " ".join(dict.fromkeys(self.tokens[u.token].text for u in sorted(
                    m.units, key=lambda u: u.token)))
        for r in self.roles:
            if r.role == "basis" and r.value == self.basis:
                out.setdefault("basis", r.text)
        return out


class Parser:
    """One per store (its index); the spaCy pipeline and the language data are shared per process."""

    def __init__(self, index: Index, today: dt.date | None = None) -> None:
        self.lex = lexicon()
        self.tokenize = tokenizer()
        self.periods = PeriodReader(self.lex, today)
        self.index = index
        self.municipalities = {e.key for e in index.entries("municipality")}

    def parse(self, text: str) -> Parse:
        text = GLUED_YEAR.sub(r"\1 \2", text)          # 'tp2024', 'TA2025': a column and its year
        text = SLASHED_YEAR.sub(r"\1 \2", text)
        tokens = self.tokenize(text)
        p = Parse(text, tokens)
        if not any(t.kind == "word" for t in tokens):
            p.intent = "empty"
            return p
        p.periods = self.periods.read(text, tokens)
        p.roles = find_roles(tokens, self.lex)
        roled = {u.token for r in p.roles if r.role in ("neutral", "follow_up") for u in r.units}
        in_period = {u.token for u in _period_units(tokens, p.periods)}
        matches = [m for m in ent.find(tokens, self.index, roled) if not m.tokens & in_period]
        p.municipal_tokens = {u.token for m in matches if m.kind == "municipality" for u in m.units}
        p.municipalities = {m.entry.key for m in matches if m.kind == "municipality"}
        fixed = _period_units(tokens, p.periods) | {Unit(i) for i in p.municipal_tokens}
        ctx = Context(tokens, p.roles, matches, fixed, self.index)
        _fill_roles(p)
        self._places(p, matches)
        readings = _readings(ctx, p)
        p.reading = _choose(readings, p)
        p.alternatives = [r for r in readings if r is not p.reading]
        _change_span(p)
        p.intent = p.reading.intent if p.reading.complete else "text"
        if p.places:
            p.intent = "other_place"
        elif not p.reading.complete and self._foreign(p):
            p.intent = "language"
        return p

    def _places(self, p: Parse, matches: list[Match]) -> None:
        """Place names that are not the municipality of the loaded reports."""
        named = {u.token for m in matches if m.kind != "municipality" for u, q in m.words.values() if q >= 1.0}
        for tok in p.tokens:
            if tok.i in named or "paikannimi" not in tok.proper or "-" in tok.text:
                continue
            places = [r for r in tok.readings if r.cls == "paikannimi"]
            if any(r.base in self.municipalities for r in places):
                continue
            common = [r for r in tok.readings if r.cls not in ("paikannimi", "sukunimi", "etunimi", "nimi")]
            if tok.capitalized or not common:
                p.places.append(places[0].proper_base or tok.text)

    def _foreign(self, p: Parse) -> bool:
        """Written wholly in Swedish or English: most words are that language's and Voikko knows few."""
        words = [t for t in p.tokens if t.kind == "word"]
        for lang, markers in self.lex.language_markers.items():
            hits = sum(1 for t in words if t.surface in markers)
            unknown = sum(1 for t in words if not t.known or t.surface in markers)
            if hits >= 2 and hits * 2 >= len(words) and unknown * 4 >= len(words) * 3:
                p.language = lang
                return True
        return False


def _period_units(tokens: list[Token], periods: Periods) -> set[Unit]:
    """The words a period accounts for: every letter of the word read by a period rule ('30.9.alkukesästä'
    is a date and a word, not a date)."""
    out = set()
    for t in tokens:
        letters = [t.start + k for k, ch in enumerate(t.text) if ch.isalnum()]
        if letters and all(any(a <= c < b for a, b in periods.spans) for c in letters):
            out.add(Unit(t.i))
    return out


def _fill_roles(p: Parse) -> None:
    roles = p.roles
    p.ops = {r.value for r in roles if r.role == "op"}
    roles[:] = [r for r in roles if not (r.role == "direction" and p.tokens[r.first].surface.endswith(WITHOUT_SUFFIXES))]
    p.direction = next(iter(values(roles, "direction")), None)
    p.statuses = values(roles, "goal_status")
    if "Toteutuu osittain" in p.statuses:          # 'toteutuivat vain osittain': partly, not fully
        p.statuses = [x for x in p.statuses if x != "Toteutuu"]
    if any(r.role == "goal_status" and "taysin" in r.text.lower().replace("ä", "a") for r in roles):
        p.statuses = list(dict.fromkeys(p.statuses + ["Ei toteudu"]))
    p.project_columns = values(roles, "project_column")
    p.project_state = next(iter(values(roles, "project_state")), None)
    p.report_kind = next(iter(values(roles, "report_kind")), None)
    p.levels = [p.tokens[r.first].bases[0] for r in by_role(roles, "level") if r.units == {Unit(r.first)}]
    p.help_topics = values(roles, "help_topic")
    p.follow_up = bool(by_role(roles, "follow_up")) and p.tokens and by_role(roles, "follow_up")[0].first == 0
    p.unsupported = [(r.value, r.text) for r in by_role(roles, "unsupported")]
    _basis(p)


def _change_span(p: Parse) -> None:
    """'toimintakatteen kasvu 2025': a change said with one year is the change into it, from the year
    before ('2024 → 2025'); one said from a year ('vuodesta 2024') leaves its end unsaid and keeps one
    year, so no change is computed. 'Kasvu prosentteina' asks the change in percent, not the
    realization percentage."""
    named = {u for m in p.reading.orgs + p.reading.areas + p.measures + p.kpis for u in m.units}
    named |= {Unit(t.i) for t in p.tokens if t.surface in NOT_CHANGE}
    if not any(r.units - named for r in by_role(p.roles, "op") if r.value == "change"):
        p.ops.discard("change")      # 'kasvatus-' of 'Kasvatus- ja opetuslautakunta' is a unit's name
        return
    if p.basis == "realization_pct" and all(fold(r.text) in CHANGE_PERCENT for r in by_role(p.roles, "basis")
                                            if r.value == "realization_pct"):
        p.change_pct, p.basis = True, None
    per = p.periods
    if "series" in p.ops or per.year_range or len(per.years) != 1:
        return
    if "compare" in p.ops and by_role(p.roles, "basis"):
        return          # 'kasvoi 2025 verrattuna talousarvioon': against a column, not from the year before
    if not {k for t in p.tokens for k in t.keys} & CHANGE_FROM:
        y = per.years[0]
        per.years = [y - 1, y]
        per.read_from.setdefault("change", f"{y - 1} → {y}")


def _basis(p: Parse) -> None:
    """The basis asked (realization % > remaining > deviation > forecast > target > budget > actual),
    and the bases a negation excludes ('ei talousarvio')."""
    order = ["realization_pct", "remaining", "deviation", "forecast", "target", "budget", "actual"]
    negated = _negated_units(p)
    found, excluded = [], set()
    for r in by_role(p.roles, "basis"):
        if r.units & negated:
            excluded.add(r.value)
        else:
            found.append(r.value)
    p.basis_excluded = excluded
    p.basis = next((b for b in order if b in found and b not in excluded), None)
    p.basis_conflict = _conflicting(set(found))
    if p.report_kind == "tilinpäätös" and p.basis is None:
        p.basis = "actual"


# bases that can stand together in one question: a realization % is actual / budget ('talousarviosta
# toteutui %'), remaining and a deviation are budget − actual; a forecast or a target stands alone
TOGETHER = {"realization_pct": {"budget", "actual"}, "remaining": {"budget", "actual"},
            "deviation": {"budget", "actual"}, "budget": set(), "actual": set(), "forecast": set(),
            "target": set()}


def _conflicting(found: set[str]) -> bool:
    """Two bases that cannot both be meant ('jäljellä … ennuste'): the question is not one figure."""
    if len(found) < 2:
        return False
    top = next(b for b in ("realization_pct", "remaining", "deviation", "forecast", "target", "budget", "actual")
               if b in found)
    return bool(found - {top} - TOGETHER[top])


def _negated_units(p: Parse) -> set[Unit]:
    """The units right after a negation word ('ei talousarvio', 'eikä ennuste')."""
    out: set[Unit] = set()
    for r in by_role(p.roles, "negation"):
        nxt = r.last + 1
        if nxt < len(p.tokens):
            out.add(Unit(nxt))
    return out


def _readings(ctx: Context, p: Parse) -> list[Reading]:
    out = [_figure(ctx, p), _kpi(ctx, p)]
    if p.basis_conflict:
        # two columns that cannot both be meant ('jäljellä … ennuste'): a figure's reading leaves the
        # last of them unexplained, so the reply names it instead of picking one
        last = max(min(r.tokens) for r in by_role(p.roles, "basis"))
        for r in out:
            if last not in r.unexplained:
                r.unexplained.append(last)
    if p.ops & {"rank_desc", "rank_asc"} and (p.ops & {"rank_items", "rank_income"} or ctx.of_kind("org")):
        out.append(_ranking(ctx, p))
    if p.ops & {"rank_desc", "rank_asc"} and p.levels and not ctx.of_kind("org"):
        # 'millä palvelualueella toimintakate oli suurin': the units of a level ranked by a row
        out.append(explain(ctx, Reading("unit_rank", measures=best_group(ctx.of_kind("measure"))), UNIT_RANK))
    if "overrun" in p.ops or "under" in p.ops:
        out.append(explain(ctx, Reading("overrun", orgs=best_group(ctx.of_kind("org"))), OVERRUN | _negation_ok(p)))
    # a status word alone ('onnistua') asks of goals only about a unit, a year or as a question ('mitkä')
    if by_role(p.roles, "goal", "goal_list") or p.statuses and (
            ctx.of_kind("org") or ctx.of_kind("area") or p.periods.years or p.ops & {"which", "list"}):
        out.append(_goals(ctx, p))
    # a project is asked as a project ('hanke'), or by a project column of a project named ('… rahoitus')
    if by_role(p.roles, "project") or by_role(p.roles, "project_column") and ctx.of_kind("project"):
        out.append(_project(ctx, p))
    # 'apua'; 'mitä raportteja on', 'lähteet' (a topic word alone, in a question naming no unit or year)
    if by_role(p.roles, "help") or by_role(p.roles, "help_topic") and not (p.periods.years or ctx.of_kind("org")):
        out.append(explain(ctx, Reading("help", orgs=best_group(ctx.of_kind("org"))), HELP))
    return out


def _negation_ok(p: Parse) -> set[str]:
    """A negation is accounted for only when it excludes a basis we can honour."""
    return {"negation"} if p.basis_excluded and len(by_role(p.roles, "negation")) == len(p.basis_excluded) else set()


def _figure(ctx: Context, p: Parse) -> Reading:
    orgs = best_group(ctx.of_kind("org"))
    taken = set().union(*(m.units for m in orgs[:1])) if orgs else set()
    excl = _excluded(ctx, p, taken)
    extra = set()
    if excl:
        taken |= excl[0].units
        extra = {u for role in by_role(p.roles, "exclusion") for u in role.units}
    measures = best_group(ctx.of_kind("measure"), taken)
    if len(measures) == 1 and _half_named(measures[0]):
        measures = []     # 'rahoitustuotot' alone is not the net row 'Rahoitustuotot ja -kulut'
    r = Reading("figure", orgs=orgs, measures=_with_section_rivals(measures, ctx.of_kind("measure"), taken),
                excluded=excl)
    if measures:
        taken |= measures[0].units
        r.more_measures = [] if excl else _more_measures(ctx, taken)
        taken |= set().union(*(m.units for m in r.more_measures)) if r.more_measures else set()
    r.compare_orgs = _more_orgs(ctx, taken)
    allowed = FIGURE | _negation_ok(p)
    # a direction word must fit the row's side ('kertyi'), unless it is a part of the row's own name (the
    # 'maksu' of 'maksutuottoja' is Maksutuotot's; the 'tulo' of 'investointituloja' is not Investoinnit netto's)
    named = {u.token for m in r.measures for u in m.units}
    own = fold(r.measures[0].entry.name) if r.measures else ""
    ways = {role.value for role in by_role(p.roles, "direction")
            if {u.token for u in role.units} - named or fold(role.text) not in own}
    if ways and r.measures and not all(any(_goes(m, way) for m in r.measures) for way in ways):
        allowed = allowed - {"direction"}     # 'investointituloja' is no 'Investoinnit netto'
    return explain(ctx, r, allowed, extra)


def _goes(m: Match, direction: str) -> bool:
    """A word of income or costs ('tulo', 'maksoi') fits a row on that side of the income statement, or a
    row outside it whose own name says so ('Investointimenot')."""
    section = m.entry.info.get("section")
    if section:
        return section == SIDES[direction]
    name = fold(m.entry.name)
    return any(fold(w) in name for w in DIRECTION_WORDS[direction])


def _with_section_rivals(group: list[Match], all_measures: list[Match], taken: set[Unit]) -> list[Match]:
    """'avustukset' is both 'Tuet ja avustukset' (income) and 'Avustukset' (costs): the same words
    naming a row on the other side of the statement is a rival."""
    if not group:
        return group
    top = group[0]
    out = list(group)
    for m in all_measures:
        if m in out or m.units != top.units:
            continue
        if m.entry.info.get("section") and top.entry.info.get("section") and \
                m.entry.info["section"] != top.entry.info["section"] and m.quality >= 0.85:
            out.append(m)
    return out


def _half_named(m: Match) -> bool:
    """A row of income and costs together ('Rahoitustuotot ja -kulut') of which the question names one side:
    the row nets both, so it is not the one asked."""
    name = fold(m.entry.name)
    lemmas = set(lemma_text(m.entry.name).split())
    both = all(lemmas & {fold(w) for w in DIRECTION_WORDS[side]} for side in SIDES)
    return both and " ja " in name and not m.full


def _more_orgs(ctx: Context, taken: set[Unit]) -> list[Match]:
    """Further units named by the words left ('vertaa vakan ja opkoun …'): in full, or — as one unit alone
    may be ('opetuksen' is Opetus ja koulutus) — by exact words that name no other unit."""
    out: list[Match] = []
    used = set(taken)
    for _ in range(4):
        group = best_group(ctx.of_kind("org"), used)
        exact = len(group) == 1 and all(q >= 1.0 for _, q in group[0].words.values())
        if not group or not (group[0].coverage >= 0.99 or exact):
            break
        out.append(group[0])
        used |= group[0].units
    return out


def _more_measures(ctx: Context, taken: set[Unit]) -> list[Match]:
    """Further rows named in full by the words left ('myyntituotot ja maksutuotot'), one rival-free row each."""
    out: list[Match] = []
    used = set(taken)
    # words of their own: not a word (or a part of one) another entity named, nor a side word ('menot', 'kulut')
    sides = {u.token for r in by_role(ctx.roles, "direction") for u in r.units if u.whole}
    for _ in range(3):
        group = best_group(ctx.of_kind("measure"), used)
        if len(group) != 1 or not group[0].full or _half_named(group[0]) or \
                group[0].tokens & ({u.token for u in used} | sides):
            break
        out.append(group[0])
        used |= group[0].units
    return out


def _excluded(ctx: Context, p: Parse, taken: set[Unit]) -> list[Match]:
    """'toimintakulut ilman henkilöstökuluja': the row named next to an exclusion word."""
    roles = by_role(p.roles, "exclusion")
    if not roles:
        return []
    measures = [m for m in ctx.of_kind("measure") if not (m.units & taken)]
    for r in roles:
        for i in (r.last + 1, r.first - 1):      # 'ilman Y' / 'Y lukuun ottamatta'
            near = [m for m in measures if min(m.tokens) == i]
            if near:
                return best_group(near, taken)[:1]
    return []


def _unit_left_out(m: Match, index: Index | None) -> bool:
    """An indicator of one unit ('Virikkeellinen elämä nettokustannukset €/asukas') is not named without its
    unit: 'kustannus per asukas' may be any unit's."""
    for i, w in enumerate(m.entry.words):
        if i in m.words or w.optional or w.weak or index is None:
            continue
        if any(index.names_unit(k) for k in w.keys):
            return True
    return False


def _named_as_count(m: Match, ctx: Context, p: Parse) -> Match | None:
    """An indicator per something ('Lukiokoulutus €/opiskelija') is named by that thing only with a word of
    'per' ('opiskelijaa kohden', '/opiskelija', 'opiskelijakohtainen'): 'lukion opiskelijamäärä', 'montako
    opiskelijaa lukiossa', 'lukiossa opiskelijoita' ask for students, not euros per student."""
    def counts(i: int) -> bool:
        t = m.words[i][0].token
        parts = ctx.tokens[t].parts
        if parts and len(parts) > 1 and parts[-1] in PER_TAILS:
            return False                                   # 'oppilaskohtainen' is per pupil
        nxt = ctx.tokens[t + 1] if t + 1 < len(ctx.tokens) else None
        # 'opetustunnin hinta': the price of one teaching hour is per hour
        return not (ctx.tokens[t].surface.endswith("n") and nxt is not None and nxt.keys & PRICE_WORDS)
    kept = {i: uq for i, uq in m.words.items() if not (m.entry.words[i].per and counts(i))}
    if len(kept) == len(m.words):
        return m
    trimmed = Match(m.entry, kept)
    return trimmed if kept and trimmed.valid else None


def _per_left_out(m: Match) -> bool:
    """An indicator per something ('Kirjaston fyysiset käynnit ka / asukas') asked without a word of what it
    is per ('kirjaston käynnit 2025' asks the visits, not the visits per resident). Only a count per a thing:
    a sum of money per resident is named by its own name ('HYTE-kerroin €/asukas')."""
    per = [i for i, w in enumerate(m.entry.words) if w.per]
    return (m.entry.info.get("unit") or "").startswith("kpl/") and bool(per) and not any(i in m.words for i in per)


def _kpi(ctx: Context, p: Parse) -> Reading:
    found = [m for m in ctx.of_kind("kpi") if not _unit_left_out(m, ctx.index)]
    if "per" not in p.ops:
        found = [t for t in (_named_as_count(m, ctx, p) for m in found) if t is not None and not _per_left_out(t)]
    kpis = best_group(found)
    taken = set().union(*(m.units for m in kpis[:1])) if kpis else set()
    areas = [m for m in ctx.of_kind("area") if not conflict(m.units, taken)]
    if areas:
        top = best_group(areas)
        areas = [m for m in areas if m.units == top[0].units] if top else []
    r = Reading("kpi", kpis=kpis, areas=areas)
    unit = (kpis[0].entry.info.get("unit") or "") if kpis else ""
    allowed = set(KPI) | _negation_ok(p)
    if unit.startswith("EUR"):
        allowed |= {"indicator:euro", "direction"}
    else:
        allowed |= {"op:count"}
    if "/" in unit:
        allowed |= {"op:per"}
    if "asukas" in unit:
        allowed |= {"indicator:residents"}
    return explain(ctx, r, allowed)


def _ranking(ctx: Context, p: Parse) -> Reading:
    return explain(ctx, Reading("ranking", orgs=best_group(ctx.of_kind("org"))), RANKING)


def _goals(ctx: Context, p: Parse) -> Reading:
    orgs = best_group(ctx.of_kind("org"))
    taken = set().union(*(m.units for m in orgs[:1])) if orgs else set()
    areas = best_group(ctx.of_kind("area"), taken)
    return explain(ctx, Reading("goals", orgs=orgs, areas=areas), GOALS)


def _project(ctx: Context, p: Parse) -> Reading:
    found = ctx.of_kind("project")
    owners: dict[str, set[str]] = {}          # a matched word's key → the projects whose matched words have it
    for o in found:
        for j in o.words:
            for key in o.entry.words[j].keys:
                owners.setdefault(key, set()).add(o.entry.key)
    projects = [m for m in found if _distinctive(m, owners)]
    group = best_group(projects)
    if group:
        group = [m for m in projects if m.units == group[0].units and m.matched_required == group[0].matched_required]
    return explain(ctx, Reading("project", projects=group, funders=best_group(ctx.of_kind("funder"))), PROJECT)


def _distinctive(m: Match, owners: dict[str, set[str]]) -> bool:
    """A project is named by its distinctive words: most of them, or one that no other project has."""
    if m.coverage >= 0.6:
        return True
    for i in m.words:
        word = m.entry.words[i]
        if len(word.keys[0]) >= 6 and len(set().union(*(owners.get(k, set()) for k in word.keys))) == 1:
            return True
    return False


def _choose(readings: list[Reading], p: Parse) -> Reading:
    measures_named = any(r.measures or r.kpis for r in readings if r.intent in ("figure", "kpi"))

    def key(r: Reading) -> tuple:
        return (len(r.unexplained), -r.entity_tokens, _preference(r, p, measures_named))
    return min(readings, key=key)


def _preference(r: Reading, p: Parse, measures_named: bool) -> int:
    """Among readings that account for every word: the one the question's own words ask for."""
    if r.intent == "help":
        return 0
    if r.intent == "project":
        return 1 if r.projects or "project" in {x.role for x in p.roles} else 9
    if r.intent == "goals":
        return 2 if p.statuses or by_role(p.roles, "goal_list") or not measures_named else 8
    if r.intent == "overrun":     # the units over budget — unless the rows of one unit are asked ('kulurivi')
        return 3 if (not r.orgs or "which" in p.ops) and not p.ops & {"rank_items", "rank_income"} else 8
    if r.intent in ("ranking", "unit_rank"):
        return 4
    if r.intent == "kpi":
        return 6 if r.kpis else 10
    return 5 if (r.orgs or r.measures) else 11


def merge(new: Parse, prev: Parse) -> Parse:
    """A follow-up ('entä 2024?', 'entä vakan?') keeps what the previous question said and takes
    what this one says instead."""
    r = replace(prev.reading)
    nr = new.reading
    for name in ("orgs", "measures", "kpis", "areas", "projects"):
        if getattr(nr, name):
            setattr(r, name, getattr(nr, name))
    if nr.measures:           # rows named anew replace the rows beside the first, too
        r.more_measures = list(nr.more_measures)
    r.unexplained = list(nr.unexplained)
    labels = {"orgs": "org", "measures": "measure", "kpis": "kpi", "projects": "project"}
    kept = frozenset(labels.values()) - {labels[name] for name in labels if getattr(nr, name)}
    out = replace(prev, inherited=kept, text=new.text, tokens=new.tokens, reading=r, roles=new.roles or prev.roles,
                  intent=prev.intent if nr.complete else "text", follow_up=True, places=new.places,
                  unsupported=new.unsupported)
    out.periods = new.periods if new.periods.any else prev.periods
    if new.basis:
        out.basis, out.basis_excluded = new.basis, new.basis_excluded
    return out
