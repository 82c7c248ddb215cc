"""Readings: what a question can mean, and which of its words each meaning accounts for.

A reading is one kind of answer (a figure of a unit's income statement, a key indicator, a project,
goals, a ranking, units over budget, help) with the entities it takes and the roles of words it
allows. Its *unexplained* words are the question's words that neither an entity, an allowed role, a
period nor punctuation accounts for. A figure is released only from a reading with none
(:mod:`nlp.parse` picks the reading).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .entities import Match
from .index import Index
from .matching import Unit, splits, token_explained
from .roles import Role
from .tokens import Token

COMMON = {"neutral", "follow_up", "report_kind"}
FIGURE = COMMON | {"basis", "direction", "op:compare", "op:change", "op:series", "op:total", "level",
                   "indicator:euro", "op:list"}
KPI = COMMON | {"basis", "op:series", "op:change", "op:compare", "indicator:residents"}
PROJECT = COMMON | {"project", "project_column", "project_state", "op:total", "op:list", "op:which", "direction",
                    "op:count", "op:compare", "basis:actual", "level", "indicator:euro"}
GOALS = COMMON | {"goal", "goal_list", "goal_status", "op:list", "op:which", "op:count", "level", "basis:target", "op:total"}
RANKING = COMMON | {"op:rank_desc", "op:rank_asc", "op:rank_items", "op:rank_income", "direction", "op:which", "level", "op:list",
                    "basis:actual", "basis:deviation", "basis:realization_pct", "basis:budget", "op:overrun", "op:under",
                    "op:total", "indicator:euro", "number"}
OVERRUN = COMMON | {"op:overrun", "op:under", "op:which", "level", "basis", "op:list", "op:total", "op:count",
                    "op:rank_desc"}
HELP = COMMON | {"help", "help_topic", "op:which", "op:list", "level"}
UNIT_RANK = COMMON | {"op:rank_desc", "op:rank_asc", "op:which", "level", "basis", "indicator:euro", "direction"}


@dataclass
class Reading:
    intent: str
    orgs: list[Match] = field(default_factory=list)
    measures: list[Match] = field(default_factory=list)
    kpis: list[Match] = field(default_factory=list)
    areas: list[Match] = field(default_factory=list)
    projects: list[Match] = field(default_factory=list)
    excluded: list[Match] = field(default_factory=list)
    compare_orgs: list[Match] = field(default_factory=list)
    more_measures: list[Match] = field(default_factory=list)      # 'myyntituotot ja maksutuotot': rows beside the first
    funders: list[Match] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    unexplained: list[int] = field(default_factory=list)
    entity_tokens: int = 0

    @property
    def complete(self) -> bool:
        return not self.unexplained


@dataclass
class Context:
    tokens: list[Token]
    roles: list[Role]
    matches: list[Match]
    period_units: set[Unit]
    index: Index | None = None        # to tell a unit's name among an entry's words not named

    def of_kind(self, kind: str) -> list[Match]:
        return [m for m in self.matches if m.kind == kind]


def allowed_roles(roles: list[Role], allowed: set[str]) -> list[Role]:
    return [r for r in roles if r.role in allowed or f"{r.role}:{r.value}" in allowed]


def explain(ctx: Context, reading: Reading, allowed: set[str], extra: set[Unit] = frozenset()) -> Reading:
    """Fill the reading's roles and unexplained words."""
    roles = allowed_roles(ctx.roles, allowed)
    entities = [m for group in (reading.orgs[:1], reading.measures[:1], reading.kpis[:1], reading.areas,
                                reading.projects[:1], reading.excluded, reading.compare_orgs, reading.more_measures,
                                reading.funders)
                for m in group]
    # tied rivals explain the same words: the first of each list stands for them
    named = set().union(*(m.units for m in entities)) if entities else set()
    units = set(ctx.period_units) | set(extra) | named
    units |= {u for r in roles for u in r.units}
    numbers_ok = "number" in allowed
    unexplained = []
    for tok in ctx.tokens:
        if tok.kind == "punct" or token_explained(tok, units, named):
            continue
        if tok.kind == "number" and numbers_ok or _repeats_named(tok, ctx.tokens, named):
            continue
        unexplained.append(tok.i)
    reading.roles = roles
    reading.unexplained = unexplained
    reading.entity_tokens = len({u.token for m in entities for u in m.units})
    return reading


def _repeats_named(tok: Token, tokens: list[Token], named: set[Unit]) -> bool:
    """A word said again that an entity already took ('lasta kohden … (€/lapsi)'): it adds nothing."""
    if tok.kind != "word" or not tok.keys:
        return False
    return any(Unit(o.i) in named and o.i != tok.i and o.kind == "word" and set(o.keys) & set(tok.keys)
               for o in tokens)


def best_group(matches: list[Match], taken: set[Unit] = frozenset()) -> list[Match]:
    """The best match and its genuine rivals (same question words, same strength). Words another
    entity took are not this one's: a match keeps only its other words, if it still stands."""
    free = [t for t in (_without(m, taken) for m in matches) if t is not None]
    if not free:
        return []
    free.sort(key=lambda m: (-len(m.tokens), tuple(-x for x in m.strength), m.entry.name))
    top = free[0]
    group = [top]
    for m in free[1:]:
        if m.units == top.units and _rival(top, m):
            group.append(m)
    return group


def _without(m: Match, taken: set[Unit]) -> Match | None:
    if not taken or not conflict(m.units, taken):
        return m
    kept = {i: (u, q) for i, (u, q) in m.words.items() if not conflict({u}, taken)}
    trimmed = Match(m.entry, kept)
    return trimmed if kept and trimmed.valid else None


def _rival(a: Match, b: Match) -> bool:
    """b is as good an answer as a to the same words: equally many own words named, equally exactly,
    and a does not name its whole entry when b does not ('hyvinvoinnin edistäminen': both units)."""
    if a.matched_required != b.matched_required or abs(a.quality - b.quality) > 1e-6:
        return False
    return a.full == b.full


def conflict(units: set[Unit], taken: set[Unit]) -> bool:
    for u in units:
        for t in taken:
            if u.token == t.token and (u.whole or t.whole or u == t or abs(u.part) != abs(t.part)):
                return True
    return False


def split_units(tok: Token) -> list[tuple[Unit, Unit]]:
    return splits(tok)
