"""The parser's language data, loaded once: data/lang/fi.toml (roles of words) and synonyms.toml.

Every word list becomes :class:`Phrase` objects — folded words in a row with the role they play
(neutral, basis, operation, negation, unsupported measure …). Nothing here knows a municipality or a
report: the store's own vocabulary comes from :mod:`nlp.index`.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from data.language import load
from data.text import fold


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]          # folded words in a row
    role: str                       # neutral | basis | direction | op | negation | exclusion | unsupported | …
    value: str = ""                 # the basis, operation, status … this phrase stands for
    lang: str = "fi"


@dataclass
class Lexicon:
    phrases: list[Phrase] = field(default_factory=list)
    by_first: dict[str, list[Phrase]] = field(default_factory=dict)
    months: dict[str, int] = field(default_factory=dict)
    month_stems: dict[str, int] = field(default_factory=dict)
    cardinals: dict[str, int] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    quarter_words: frozenset[str] = frozenset()
    quarter_ordinals: dict[str, int] = field(default_factory=dict)
    period_words: dict = field(default_factory=dict)
    relative_years: dict[str, int] = field(default_factory=dict)
    year_end: dict = field(default_factory=dict)
    org_synonyms: dict[str, str] = field(default_factory=dict)       # folded key → unit name
    measure_synonyms: dict[str, str] = field(default_factory=dict)   # folded key → row name
    language_markers: dict[str, frozenset[str]] = field(default_factory=dict)
    language_replies: dict[str, str] = field(default_factory=dict)
    _singles: list[str] = field(default_factory=list)

    def add(self, text: str, role: str, value: str = "", lang: str = "fi") -> None:
        words = tuple(w for w in fold(text).replace("/", " / ").split() if w)
        if not words:
            return
        p = Phrase(words, role, value, lang)
        if p not in self.by_first.get(words[0], ()):    # the same phrase twice is one (a short list to look in)
            self.phrases.append(p)
            self.by_first.setdefault(words[0], []).append(p)

    def single_words(self) -> list[str]:
        """The one-word phrases' words of five letters or more (for close spellings)."""
        if not self._singles:
            self._singles = sorted(w for w, ps in self.by_first.items() if len(w) >= 5 and
                                   any(len(p.words) == 1 for p in ps))
        return self._singles

    def roles(self, word: str) -> list[Phrase]:
        """The one-word phrases for a folded word."""
        return [p for p in self.by_first.get(word, ()) if len(p.words) == 1]


ROLE_SECTIONS = {  # section of fi.toml → role; each key under it is the role's value
    "neutral": "neutral", "direction": "direction", "operations": "op", "unsupported": "unsupported",
    "indicator": "indicator", "report_kind": "report_kind",
}
SINGLE_LISTS = {  # section → (role, key holding the list)
    "follow_up": ("follow_up", "words"), "negation": ("negation", "words"), "exclusion": ("exclusion", "words"),
    "levels": ("level", "words"), "half_year": ("half_year", "words"), "year_end": ("year_end", "words"),
    "goals": ("goal", "words"), "goal_list": ("goal_list", "words"),
}


def _add_lists(lex: Lexicon, data: dict) -> None:
    for section, role in ROLE_SECTIONS.items():
        for value, words in data.get(section, {}).items():
            for w in words:
                lex.add(w, role, value)
    for section, (role, key) in SINGLE_LISTS.items():
        for w in data.get(section, {}).get(key, []):
            lex.add(w, role)
    for lang, table in data.get("basis", {}).items():
        for value, words in table.items():
            for w in words:
                lex.add(w, "basis", value, lang)
    for status, words in data.get("goals", {}).get("status", {}).items():
        for w in words:
            lex.add(w, "goal_status", status)
    projects = data.get("projects", {})
    for key in ("words", "running", "ended"):
        for w in projects.get(key, []):
            lex.add(w, "project" if key == "words" else "project_state", key)
    for column, words in projects.get("columns", {}).items():
        for w in words:
            lex.add(w, "project_column", column)
    helps = data.get("help", {})
    for key, words in helps.items():
        for w in words:
            lex.add(w, "help" if key == "phrases" else "help_topic", key)


def _add_periods(lex: Lexicon, data: dict) -> None:
    lex.months = {fold(k): v for k, v in data.get("months", {}).items()}
    lex.month_stems = {fold(k): v for k, v in data.get("month_stems", {}).items()}
    lex.cardinals = {fold(k): v for k, v in {**data.get("cardinals", {}), **data.get("cardinal_genitives", {})}.items()}
    lex.period_words = {k: [fold(w) for w in v] if isinstance(v, list) else fold(v)
                        for k, v in data.get("period_words", {}).items()}
    lex.relative_years = {fold(k): v for k, v in data.get("relative_years", {}).items()}
    lex.year_end = {k: [fold(w) for w in v] for k, v in data.get("year_end", {}).items()}
    lex.ordinals = {fold(k): v for k, v in data.get("ordinals", {}).items()}
    quarters = data.get("quarters", {})
    lex.quarter_words = frozenset(fold(w) for w in quarters.get("words", []))
    lex.quarter_ordinals = {fold(k): v for k, v in quarters.get("ordinals", {}).items()}


@functools.cache
def lexicon() -> Lexicon:
    """The parser's language data (data/lang/fi.toml + synonyms.toml), loaded once per process."""
    data = load("fi")
    lex = Lexicon()
    _add_lists(lex, data)
    _add_periods(lex, data)
    for lang, table in data.get("language", {}).items():
        lex.language_markers[lang] = frozenset(fold(w) for w in table.get("markers", []))
        lex.language_replies[lang] = table.get("reply", "")
    syn = load("synonyms")
    lex.org_synonyms = {fold(k): v for k, v in syn.get("org", {}).items()}
    lex.measure_synonyms = {fold(k): v for k, v in syn.get("measure", {}).items()}
    lex.phrases.sort(key=lambda p: -len(p.words))
    for plist in lex.by_first.values():
        plist.sort(key=lambda p: -len(p.words))
    return lex
