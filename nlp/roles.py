"""Roles of words: what a known word does in a question (data/lang/fi.toml).

'paljonko' is neutral, 'budjetti' a basis, 'vertaa' an operation, 'ei' a negation, 'keskiarvo' a
measure the store cannot give. Phrases of several words ('lukuun ottamatta', 'kaupungin osuus',
'toteutuu osittain') match words in a row and win over their single words.
"""
from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .lexicon import Lexicon, Phrase
from .matching import Unit, units_of
from .tokens import Token


# what one part of a compound word may be: 'avustus|määräraha' (a basis), 'toiminta|kulu' (a side),
# 'hyvinvointi|palvelualue' (a level), 'nettokustannus' parts (euros)
PART_ROLES = {"basis", "direction", "level", "indicator", "project", "project_column"}   # 'Kirjokerho-hanke' 
PART_VALUES = {("neutral", "figure"), ("op", "per")}   # 'osallistuja|määrä': a count of participants; 'oppilas|kohtainen': per pupil


@dataclass(frozen=True)
class Role:
    role: str
    value: str
    units: frozenset[Unit]
    lang: str = "fi"
    text: str = ""

    @property
    def tokens(self) -> frozenset[int]:
        return frozenset(u.token for u in self.units)

    @property
    def first(self) -> int:
        return min(self.tokens)

    @property
    def last(self) -> int:
        return max(self.tokens)


def _phrase_at(tokens: list[Token], i: int, p: Phrase) -> bool:
    if i + len(p.words) > len(tokens):
        return False
    return all(w in tokens[i + k].keys or w == tokens[i + k].surface for k, w in enumerate(p.words))


def find_roles(tokens: list[Token], lex: Lexicon) -> list[Role]:
    """Every role a phrase or a word (or one part of a compound word) can play in the question."""
    out: list[Role] = []
    for i, tok in enumerate(tokens):
        for key in tok.keys:
            for p in lex.by_first.get(key, ()):
                if len(p.words) > 1 and _phrase_at(tokens, i, p):
                    span = range(i, i + len(p.words))
                    out.append(Role(p.role, p.value, frozenset(Unit(j) for j in span), p.lang,
                                    " ".join(tokens[j].text for j in span)))
    # a phrase inside a longer one is not a phrase of its own ('kuinka monta' in 'kuinka monta prosenttia')
    out = [r for r in out if not any(r.tokens < o.tokens for o in out)]
    taken_by_phrase = {i for r in out for i in r.tokens}
    for tok in tokens:
        if tok.i in taken_by_phrase:
            continue          # 'ei toteutunut' is a status, not a negation and an actual
        # a derivation plays its root's role ('rahoittamat' ← rahoittaa, 'maksamat' ← maksaa)
        roots = {root for r in tok.readings if len(r.parts) == 1 for root in r.roots}
        whole = [p for key in tok.keys for p in lex.roles(key)] or [p for key in roots for p in lex.roles(key)] \
            or _close_spelling(tok, lex)
        for p in whole:
            out.append(Role(p.role, p.value, frozenset({Unit(tok.i)}), p.lang, tok.text))
        if whole:
            continue          # 'talousarvio' is a budget, not its tail 'arvio' (an estimate)
        for uk in units_of(tok)[1:]:
            if len(uk.text) < 4:
                continue
            for key in uk.keys:
                for p in lex.roles(key):
                    if p.role in PART_ROLES or (p.role, p.value) in PART_VALUES:
                        out.append(Role(p.role, p.value, frozenset({uk.unit}), p.lang, uk.text))
    return _dedupe(out)


def _close_spelling(tok: Token, lex: Lexicon) -> list[Phrase]:
    """A misspelt role word Voikko does not know ('budjeti' → 'budjetti')."""
    if tok.known or tok.kind != "word" or len(tok.surface) < 5:
        return []
    found = process.extractOne(tok.surface, lex.single_words(), scorer=fuzz.ratio, score_cutoff=86)
    return lex.roles(found[0]) if found else []


def _dedupe(roles: list[Role]) -> list[Role]:
    seen, out = set(), []
    for r in roles:
        k = (r.role, r.value, r.units)
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


def by_role(roles: list[Role], *names: str) -> list[Role]:
    return [r for r in roles if r.role in names]


def values(roles: list[Role], name: str) -> list[str]:
    return list(dict.fromkeys(r.value for r in roles if r.role == name))
