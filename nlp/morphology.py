"""Finnish morphology with Voikko — every reading, not just the first.

Voikko's first reading can be wrong (henkilöstökulut → 'henkilöstökulku'), so callers get all of them
and match against a vocabulary. Each reading carries its word class (Voikko CLASS: nimisana,
paikannimi, sukunimi, kieltosana …) and its compound parts ('henkilöstö', 'kulu'). Results are cached
per word (~20–30 µs a word uncached). Everything returned is folded (lowercase, no diacritics).
"""
from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass

from libvoikko import Voikko  # needs Debian libvoikko1 + voikko-fi

from data.text import fold

PROPER = frozenset({"paikannimi", "sukunimi", "etunimi", "nimi"})
# libvoikko's analyzer is not thread-safe: two analyze() calls at once abort the process (the front
# ends answer in a thread pool), so every call goes through this lock (~25 µs held a word)
VOIKKO_LOCK = threading.Lock()
WORD_RE = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]+(?:-[A-Za-zÅÄÖåäöÉéÜü]+)*")


@dataclass(frozen=True)
class Reading:
    base: str                   # folded base form: 'henkilostokulu'
    cls: str                    # Voikko CLASS: 'nimisana', 'paikannimi', …
    parts: tuple[str, ...]      # folded compound parts of the base form: ('henkilosto', 'kulu')
    proper_base: str = ""       # the base form as Voikko writes it ('Pori'), for messages
    roots: tuple[str, ...] = () # words it is derived from ('osallistunut' ← 'osallistua'), for the text search


@functools.cache
def _voikko() -> Voikko:
    return Voikko("fi")


def _parts(base: str, structure: str) -> tuple[str, ...]:
    """Split a base form where Voikko's STRUCTURE ('=pppppp=pppp') starts a new part."""
    starts, n = [], 0
    for ch in structure:
        if ch == "=":
            starts.append(n)
        else:
            n += 1
    starts = sorted(set(s for s in starts if 0 < s < len(base)))
    bounds = [0] + starts + [len(base)]
    parts = [base[a:b].strip("-") for a, b in zip(bounds, bounds[1:])]
    return tuple(p for p in parts if p)


def _roots(wordbases: str, base: str) -> tuple[str, ...]:
    """Voikko's WORDBASES '+osallistu(osallistua)+n+ut(+ut)': the words a derivation comes from."""
    found = re.findall(r"\(([^()+][^()]*)\)", wordbases)
    derived = "(+" in wordbases
    return tuple(dict.fromkeys(fold(f).replace("=", "") for f in found if derived and fold(f) != base))


@functools.lru_cache(maxsize=200_000)
def readings(word: str) -> tuple[Reading, ...]:
    """Every reading of one word; () when Voikko does not know it."""
    w = word.strip()
    if not w or not re.search(r"[A-Za-zÅÄÖåäö]", w) or len(w) > 80:
        return ()
    try:
        with VOIKKO_LOCK:
            analyses = _voikko().analyze(w)
    except Exception:  # libvoikko raises on odd input; an unknown word is the honest answer
        return ()
    out: list[Reading] = []
    for a in analyses:
        base = a.get("BASEFORM")
        if not base:
            continue
        folded = fold(base).rstrip("-")
        r = Reading(folded, a.get("CLASS", ""), _parts(folded, a.get("STRUCTURE", "")), base.rstrip("-"),
                    _roots(a.get("WORDBASES", ""), folded))
        if r not in out:
            out.append(r)
    return tuple(out)


@functools.lru_cache(maxsize=50_000)
def is_partitive(word: str) -> bool:
    """A reading of the word is in the partitive ('oppilasta', 'käyntiä'): what 'montako' counts."""
    w = word.strip()
    if not w or len(w) > 80 or not w.isalpha():
        return False
    try:
        with VOIKKO_LOCK:
            analyses = _voikko().analyze(w)
    except Exception:  # as in readings(): an odd word is no partitive
        return False
    return any(a.get("SIJAMUOTO") == "osanto" for a in analyses)


def cases(word: str) -> frozenset[str]:
    """The cases Voikko reads the word in ('lapsen' → omanto), empty for a word it does not know."""
    w = word.strip()
    if not w or len(w) > 80 or not w.isalpha():
        return frozenset()
    try:
        with VOIKKO_LOCK:
            analyses = _voikko().analyze(w)
    except Exception:  # as in readings(): an odd word has no case
        return frozenset()
    return frozenset(a["SIJAMUOTO"] for a in analyses if a.get("SIJAMUOTO"))


@functools.lru_cache(maxsize=20_000)
def passive_verb(word: str) -> str:
    """The base form of a finite passive verb ('tavoitettiin' → 'tavoittaa'), '' for any other word."""
    w = word.strip()
    if not w or len(w) > 80 or not w.isalpha():
        return ""
    try:
        with VOIKKO_LOCK:
            analyses = _voikko().analyze(w)
    except Exception:  # as in readings(): an odd word is no verb
        return ""
    verbs = [a for a in analyses if a.get("CLASS") == "teonsana" and a.get("PERSON") == "4" and a.get("MOOD")]
    return fold(verbs[0]["BASEFORM"]) if verbs and len(verbs) == len(analyses) else ""


@functools.lru_cache(maxsize=20_000)
def plural(word: str) -> bool:
    """Every reading Voikko gives is plural ('vastuualueiden', 'lautakunnat')."""
    w = word.strip()
    if not w or len(w) > 80 or not w.isalpha():
        return False
    try:
        with VOIKKO_LOCK:
            analyses = _voikko().analyze(w)
    except Exception:  # as in readings(): an odd word is not read as plural
        return False
    return bool(analyses) and all(a.get("NUMBER") == "plural" for a in analyses)


MAX_VARIANTS = 7      # letters that might have lost their dots: 2**7 words tried at most


@functools.lru_cache(maxsize=100_000)
def restored(word: str) -> tuple[Reading, ...]:
    """Readings of a word written without ä/ö ('henkilostokuluja', 'paivakotien'): the words that
    differ from it only by the dots, as Voikko knows them. () when there is none."""
    if readings(word) or not re.fullmatch(r"[A-Za-z]+", word or ""):
        return ()
    spots = [i for i, ch in enumerate(word) if ch in "aoAO"]
    if not spots or len(spots) > MAX_VARIANTS:
        return ()
    dots = {"a": "ä", "o": "ö", "A": "Ä", "O": "Ö"}
    for mask in range(1, 2 ** len(spots)):
        chars = list(word)
        for bit, i in enumerate(spots):
            if mask >> bit & 1:
                chars[i] = dots[chars[i]]
        found = readings("".join(chars))
        if found:
            return found
    return ()


IS_STEM = re.compile(r"^(.{3,}?i)s(?:ista|istä|iin|ille|illa|illä|issa|issä|ia|iä|ten|en|et|ta|tä|een|i)$")


def guess_bases(word: str) -> list[str]:
    """Base forms of a word Voikko does not know, by the -inen rule of Finnish inflection
    ('luokkalaisista' → 'luokkalainen'). Candidates only, for matching against other words."""
    m = IS_STEM.match(word)
    return [m.group(1) + "nen"] if m else []


def baseforms(word: str) -> tuple[str, ...]:
    """All folded base forms of one word; the folded word itself when Voikko does not know it."""
    found = tuple(dict.fromkeys(r.base for r in readings(word)))
    return found or (fold(word.strip()),)


def known(word: str) -> bool:
    return bool(readings(word))


def proper_classes(word: str) -> frozenset[str]:
    """The proper-noun classes among a word's readings ('paikannimi', 'sukunimi' …)."""
    return frozenset(r.cls for r in readings(word) if r.cls in PROPER)


def part_groups(parts: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(heads, tails) of a compound: ('opetus', 'opetuslauta') and ('lautakunta', 'kunta') for
    ('opetus', 'lauta', 'kunta'). Empty for a word of one part."""
    if len(parts) < 2:
        return (), ()
    heads = tuple("".join(parts[:k]) for k in range(1, len(parts)))
    tails = tuple("".join(parts[k:]) for k in range(1, len(parts)))
    return heads, tails


def lemma_sets(text: str, figure_tails: frozenset[str] = frozenset()) -> tuple[set[str], set[str]]:
    """(the folded base forms of every word — and the head of a compound whose tail only counts or
    measures it: 'oppilas|määrä' holds 'oppilas' —, the other parts of its compounds and the roots).
    A compound's tail is not the word itself: 'koulunuoriso|työntekijä' is a kind of 'työntekijä'."""
    whole: set[str] = set()
    parts: set[str] = set()
    for w in WORD_RE.findall(text):
        for piece in w.split("-"):
            if not piece:
                continue
            rs = readings(piece) or restored(piece)
            if not rs:
                whole.add(fold(piece))
            for r in rs:
                whole.add(r.base)
                (parts if len(r.parts) > 1 else whole).update(r.roots)   # 'osallistunut' ← 'osallistua'
                if len(r.parts) > 1:
                    parts.update(p for p in r.parts if len(p) > 2)
                    if r.parts[-1] in figure_tails:
                        whole.add("".join(r.parts[:-1]))
    return whole, parts


def lemma_text(text: str) -> str:
    """Text as space-separated folded base forms (all readings) and their compound parts, for the
    full-text index: 'kirjaston käynnit' and 'kirjastokäynnit' both hold 'kirjasto' and 'kaynti'."""
    out: list[str] = []
    for w in WORD_RE.findall(text):
        for piece in w.split("-"):
            if not piece:
                continue
            rs = readings(piece)
            if not rs:
                out.append(fold(piece))
            for r in rs:
                out.append(r.base)
                out.extend(r.roots)
                if len(r.parts) > 1:
                    out.extend(p for p in r.parts if len(p) > 2)
    return " ".join(dict.fromkeys(out))
