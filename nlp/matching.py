"""Matching question words to words we know — whole words only, never letters inside a word.

A question word is a *unit* of meaning, or a compound made of units: 'kirjastokäynnit' is the whole
word, or its head 'kirjasto' and tail 'käynti'. Every unit has keys (base forms, the folded surface);
a unit is matched when a key is equal to a key of a known word — by reading, by synonym, by a
compound part, or (for words Voikko does not know) by a close spelling. 'hankala' never matches
'hanke': they share letters, not a word.
"""
from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .morphology import readings, restored
from .tokens import Token


@dataclass(frozen=True)
class Unit:
    """A whole question word (part == 0) or one side of a compound split at part k: head (part == -k)
    or tail (part == k)."""
    token: int
    part: int = 0

    @property
    def whole(self) -> bool:
        return self.part == 0


@dataclass(frozen=True)
class UnitKeys:
    unit: Unit
    keys: frozenset[str]
    stems: frozenset[str] = frozenset()
    text: str = ""


def units_of(tok: Token) -> list[UnitKeys]:
    """The whole word, and for a compound each split into head and tail ('hyvinvointipalvelu':
    hyvin|vointipalvelu, hyvinvointi|palvelu)."""
    out = [UnitKeys(Unit(tok.i), tok.keys, tok.stems, tok.surface)]
    parts = tok.parts
    for k in range(1, len(parts)):
        head, tail = "".join(parts[:k]), "".join(parts[k:])
        heads = {head} | {"".join(o[:k]) for o in tok.other_parts}
        tails = {tail} | {"".join(o[k:]) for o in tok.other_parts}
        out.append(UnitKeys(Unit(tok.i, -k), frozenset(_keys(heads)), text=head))
        out.append(UnitKeys(Unit(tok.i, k), frozenset(_keys(tails)), text=tail))
    return out


def _keys(words: set[str]) -> set[str]:
    return words | {r.base for w in words for r in readings(w) or restored(w)}


def splits(tok: Token) -> list[tuple[Unit, Unit]]:
    """Every (head, tail) pair of a compound word."""
    return [(Unit(tok.i, -k), Unit(tok.i, k)) for k in range(1, len(tok.parts))]


def token_explained(tok: Token, explained: set[Unit], named: set[Unit] = frozenset()) -> bool:
    """A word is accounted for as a whole, or when both sides of one of its splits are and one side
    names an entity ('avustus|määrärahasta': a row and a basis). Two roles alone do not explain a
    compound ('maksu|tuotot' is a row, not a payment and an income)."""
    if Unit(tok.i) in explained:
        return True
    return any(h in explained and t in explained and (h in named or t in named) for h, t in splits(tok))


def fuzzy_keys(tok: Token, vocabulary: list[str]) -> list[tuple[str, float]]:
    """Close spellings of a word Voikko does not know ('opilas' → 'oppilas'), as (key, quality)."""
    if tok.known or tok.kind != "word" or len(tok.surface) < 4 or not vocabulary:
        return []
    found = process.extract(tok.surface, vocabulary, scorer=fuzz.ratio, limit=4,
                            score_cutoff=84 if len(tok.surface) >= 10 else 86 if len(tok.surface) >= 5 else 88)
    return [(key, 0.8) for key, score, _ in found if abs(len(key) - len(tok.surface)) <= 3]
