"""The spaCy pipeline: spaCy's Finnish tokenizer (blank 'fi', with '/' split off) and a Voikko
component that keeps every reading of every word. Loaded once per process (spaCy's import is most
of a cold start).

Each word becomes a :class:`Token` with its folded surface, all its readings, the keys it can be
looked up by (surface, base forms, and for words Voikko does not know the word without a case ending:
'vakan' → 'vaka', 'vire:n' → 'vire'), and its compound parts — the parser accounts for every word, or
for every part of a compound word.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.lang.fi import Finnish
from spacy.language import Language
from spacy.tokens import Doc, Token as SpacyToken
from spacy.util import compile_prefix_regex

from data.text import fold

from .morphology import PROPER, Reading, readings, restored

ENDINGS = ("n", "a", "ä", "lla", "llä", "lle", "lta", "ltä", "ssa", "ssä", "sta", "stä", "ksi", "na", "nä",
           "han", "hen", "hin", "iin", "t", "ja", "jä", "ista", "istä", "ille", "illa", "issa")
MAX_CHARS = 1000

for _name in ("readings", "piece_readings"):
    if not SpacyToken.has_extension(_name):
        SpacyToken.set_extension(_name, default=())


@Language.component("voikko_readings")
def voikko_readings(doc: Doc) -> Doc:
    """Every Voikko reading of every word, and of each piece of a hyphenated word."""
    for tok in doc:
        text = tok.text.split(":")[0].strip("-")
        tok._.readings = readings(text) or restored(text)
        if "-" in text:
            tok._.piece_readings = tuple(r for piece in text.split("-") for r in readings(piece) or restored(piece))
    return doc


@dataclass(frozen=True)
class Token:
    i: int
    text: str                       # as written
    start: int                      # character offsets in the question
    end: int
    surface: str                    # folded
    readings: tuple[Reading, ...]   # of the whole word
    pieces: tuple[Reading, ...]     # of the pieces of a hyphenated word ('Kivijärvi', 'hanke')
    keys: frozenset[str]            # what the word can be looked up by: surface and base forms
    stems: frozenset[str]           # the surface without a case ending ('vakan' → 'vaka'), for abbreviations
    kind: str                       # word | number | symbol | punct
    capitalized: bool
    parts: tuple[str, ...] = ()     # compound parts (of its base form), or the pieces of a hyphenated word
    other_parts: tuple[tuple[str, ...], ...] = ()   # the same split by other readings ('avustus|kulu')

    @property
    def known(self) -> bool:
        return bool(self.readings)

    @property
    def bases(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.base for r in self.readings)) or (self.surface,)

    @property
    def proper(self) -> frozenset[str]:
        return frozenset(r.cls for r in self.readings + self.pieces if r.cls in PROPER)


def suffix_stems(surface: str) -> list[str]:
    """The word without a case ending, for abbreviations Voikko does not know ('vakan' → 'vaka',
    'opkoun' → 'opkou', 'vire:n' → 'vire'). Candidates only: callers look them up in a vocabulary."""
    w = surface.split(":")[0]
    out = [w] if w != surface else []
    for e in ENDINGS:
        if w.endswith(e) and len(w) - len(e) >= 2:
            out.append(w[: -len(e)])
    return out


def _kind(text: str) -> str:
    if re.fullmatch(r"[+-]?\d[\d\s.,:/–-]*", text):
        return "number"
    if re.search(r"[A-Za-zÅÄÖåäöÉéÜü]", text):
        return "word"
    if text in ("%", "€", "/", "&", "+"):
        return "symbol"
    return "punct"


def _parts(text: str, rs: tuple[Reading, ...]) -> tuple[str, ...]:
    pieces = [fold(p) for p in text.split(":")[0].split("-") if p]
    if len(pieces) > 1:
        return tuple(pieces)
    for r in rs:
        if len(r.parts) > 1 and "-" not in r.base:
            return r.parts
    return ()


def make_token(tok: SpacyToken) -> Token:
    text = tok.text
    surface = fold(text).strip("-")
    rs: tuple[Reading, ...] = tok._.readings
    keys = {surface, surface.replace("-", ""), *(r.base for r in rs)}
    stems = frozenset(s for s in suffix_stems(surface) if s not in keys)
    if ":" in text:
        keys.update(stems)
    kind = _kind(text)
    parts = _parts(text, rs) if kind == "word" else ()
    others = tuple(dict.fromkeys(r.parts for r in rs if len(r.parts) == len(parts) and r.parts != parts)) if parts else ()
    return Token(tok.i, text, tok.idx, tok.idx + len(text), surface, rs, tok._.piece_readings,
                 frozenset(k for k in keys if k), stems, kind, text[:1].isupper(), parts, others)


class Tokenizer:
    """spaCy blank('fi') with the Voikko component; one per process (see :func:`tokenizer`)."""

    def __init__(self) -> None:
        self.nlp = Finnish()          # = spacy.blank('fi') without the config registry's work (~35 ms a start)
        prefixes = list(self.nlp.Defaults.prefixes) + [r"/"]
        self.nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
        self.nlp.add_pipe("voikko_readings")

    def __call__(self, text: str) -> list[Token]:
        doc = self.nlp(text[:MAX_CHARS])
        return [make_token(t) for t in doc if not t.is_space]


@functools.cache
def tokenizer() -> Tokenizer:
    return Tokenizer()
