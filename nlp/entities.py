"""Entities: the units, rows, indicators, areas, projects and municipalities a question names.

Candidates come from the store's lemma index (:class:`nlp.index.Index`), never from a scan of the
vocabulary: every unit of every question word is looked up by its keys. A :class:`Match` says which
words of the entry were named, by which question units, and how well.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from .lazy import once

from .index import Entry, Index
from .matching import Unit, UnitKeys, fuzzy_keys, units_of
from .tokens import Token

HOW_QUALITY = {"exact": 1.0, "syn": 1.0, "head": 0.85, "tail": 0.85}
# which kinds of key an entry kind may be matched by: a row may be named by the first part of its
# compound ('vuokrat' → vuokratuotot / vuokrakulut: asked back), an indicator by the last
# ('lainaus' → kokonaislainaus); a unit only by its words
ALLOWED = {"org": {"exact", "syn"}, "area": {"exact", "syn"}, "municipality": {"exact"},
           "measure": {"exact", "syn", "head"}, "kpi": {"exact", "syn", "tail", "head"},
           "project": {"exact", "syn"}, "funder": {"exact"}}
PART_FACTOR = 0.9     # a word matched by one part of a compound question word
STEM_FACTOR = 0.9     # a word matched without its case ending ('vakan' → 'vaka')


@dataclass
class Match:
    entry: Entry
    words: dict[int, tuple[Unit, float]] = field(default_factory=dict)   # entry word → (unit, quality)

    @property
    def kind(self) -> str:
        return self.entry.kind

    def moved(self, entry: Entry) -> "Match":
        """The same match for another entry of the same shape (what it has worked out stays)."""
        twin = object.__new__(Match)
        twin.__dict__.update(self.__dict__)
        twin.entry = entry
        return twin

    @once
    def units(self) -> set[Unit]:
        return {u for u, _ in self.words.values()}

    @once
    def tokens(self) -> set[int]:
        return {u.token for u in self.units}

    @once
    def matched_required(self) -> int:
        return sum(1 for i in self.entry.required if i in self.words)

    @once
    def coverage(self) -> float:
        req = self.entry.required
        if not req:
            return 1.0 if self.words else 0.0
        return self.matched_required / len(req)

    @once
    def quality(self) -> float:
        return sum(q for _, q in self.words.values())

    @once
    def strength(self) -> tuple:
        """Ranking among rivals: named words of its own, coverage, how exactly."""
        return (self.matched_required, round(self.coverage, 3), round(self.quality, 3))

    @once
    def full(self) -> bool:
        """Every word of the name but those in parentheses was named."""
        return all(i in self.words for i, w in enumerate(self.entry.words) if not w.optional)

    @once
    def valid(self) -> bool:
        """At least one required word named (a level word or the municipality alone is not a match); a unit
        named only by a part of a compound needs all of its words named ('työllisyyspalvelujen' is not
        'Hyvinvoinnin ja työllisyyden edistäminen')."""
        if self.kind == "org" and self.words and not any(u.whole for u in self.units) \
                and self.matched_required < len(self.entry.required):
            return False
        return self.matched_required > 0 or (not self.entry.required and bool(self.words))


def _lookup_units(tokens: list[Token], index: Index, roled: set[int]) -> list[tuple[UnitKeys, dict[str, float]]]:
    out = []
    for tok in tokens:
        if tok.kind != "word":
            continue
        for uk in units_of(tok):
            keys = {k: 1.0 for k in uk.keys}
            for s in uk.stems:
                keys.setdefault(s, STEM_FACTOR)
            if uk.unit.whole and tok.i not in roled:
                for k, q in fuzzy_keys(tok, index.fuzzy_keys):
                    keys.setdefault(k, q)
            else:
                keys = {k: PART_FACTOR for k in keys}
            out.append((uk, keys))
    return out


def find(tokens: list[Token], index: Index, roled: set[int] = frozenset()) -> list[Match]:
    """Every entry named by some question word, with the best unit for each of its words. A word
    with a role of its own (`roled`: 'vuonna', 'mikä') names an entry only by its whole self — never
    by a part of the entry's compound ('vuonna' is not 'vuosikate') nor by a close spelling.

    Entries alike but for a weak word (forty municipalities' 'X varhaiskasvatus') are looked up as one
    family (:meth:`Index.families`): its words are matched once, for all of its members."""
    looked = _lookup_units(tokens, index, roled)
    by_key = index.families({k for _, keys in looked for k in keys})
    pairs: dict[int, list[tuple]] = {}     # family → (quality, word, unit's number, how, members named)
    for ui, (uk, keys) in enumerate(looked):
        for key, factor in keys.items():
            for family, word, how, members in by_key.get(key, ()):
                if how in ("head", "tail") and (uk.unit.token in roled or not uk.unit.whole):
                    continue      # a part of the entry's compound is named by a whole question word only
                pairs.setdefault(family, []).append((factor * HOW_QUALITY[how], word, ui, how, members))
    return _assign_all(index, pairs, [uk.unit for uk, _ in looked])


def _classes(pairs: dict[int, list[tuple]]):
    """(members, found) of entries named alike: a family whose words named all its members the same way
    is one class; one whose members were named apart (a municipality's own name) is split by entry."""
    for rows in pairs.values():
        groups = {r[4] for r in rows}
        if len(groups) == 1:
            yield rows[0][4], [r[:4] for r in rows]
            continue
        for eid in sorted(set().union(*groups)):
            yield (eid,), [r[:4] for r in rows if eid in r[4]]


def _assign_all(index: Index, pairs: dict[int, list[tuple]], units: list[Unit]) -> list[Match]:
    """`_assign` once for every class of entries named alike, the units pruned as classes (`_prune`), and
    only the classes kept copied to their entries — so a store of many municipalities costs little more."""
    made: list[tuple[Match, tuple]] = []
    alike: dict[tuple, Match | None] = {}     # entries of one shape named the same way match alike
    out = []
    for members, found in _classes(pairs):
        entry = index.entry(members[0])
        key = (entry.kind, entry.shape, tuple(found))
        if key not in alike:
            alike[key] = _assign(entry, found, units)
        m = alike[key]
        if m is None:
            continue
        m = m if m.entry is entry else m.moved(entry)
        if m.kind == "org":
            made.append((m, members))
        else:
            out += [m] + [m.moved(index.entry(e)) for e in members[1:]]
    of = {id(m): members for m, members in made}
    for m in _prune([m for m, _ in made]):
        out += [m] + [m.moved(index.entry(e)) for e in of[id(m)][1:]]
    return out


def _prune(matches: list[Match]) -> list[Match]:
    """Among the units named by the same question words, only the best and its equals can be chosen
    ('varhaiskasvatus' names Varhaiskasvatus whole and 'Kakakala varhaiskasvatus' in part, in a store of
    forty municipalities): the rest are dropped here, so the readings do not grow with the store. Rows
    and indicators are left alone (they have rivals of their own kind)."""
    groups: dict[frozenset, list[Match]] = {}
    out = [m for m in matches if m.kind != "org"]
    for m in matches:
        if m.kind == "org":
            groups.setdefault(frozenset(m.units), []).append(m)
    for members in groups.values():
        top = max(members, key=lambda m: m.strength)
        out += [m for m in members if m is top or (m.matched_required == top.matched_required
                and abs(m.quality - top.quality) < 1e-6 and m.full == top.full)]
    return out


def _assign(entry: Entry, found: list, units: list[Unit]) -> Match | None:
    """Each entry word gets its best question unit; a question unit serves one word of an entry."""
    allowed = ALLOWED.get(entry.kind, {"exact"})
    m = Match(entry)
    used_tokens: set[Unit] = set()
    syn_units: set[Unit] = set()
    for quality, word, ui, how in sorted(found, key=lambda x: (-x[0], x[1])):
        if how not in allowed or word in m.words:
            continue
        unit = units[ui]
        # one question word serves one word of the entry — except an abbreviation, which stands
        # for all the words it abbreviates ('opkou' = opetus + koulutus)
        if (unit in used_tokens or _overlaps(unit, used_tokens)) and not (how == "syn" and unit in syn_units):
            continue
        m.words[word] = (unit, quality)
        used_tokens.add(unit)
        if how == "syn":
            syn_units.add(unit)
    if not (m.words and m.valid):
        return None
    _ = (m.strength, m.full, m.tokens)    # worked out once: copies for entries of the same shape keep them
    return m


def _overlaps(unit: Unit, used: set[Unit]) -> bool:
    """A whole word and its parts are the same letters: one of them serves an entry, not both
    (the head and the tail of one split may serve two words of the entry)."""
    for u in used:
        if u.token != unit.token:
            continue
        if u.whole or unit.whole or abs(u.part) != abs(unit.part) or u.part == unit.part:
            return True
    return False
