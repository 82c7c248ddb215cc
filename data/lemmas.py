"""Finnish base forms with Voikko — every reading, not just the first.

Voikko's first reading can be wrong (henkilöstökulut → 'henkilöstökulku'), so callers get all of
them and match against a vocabulary. Results are cached per word (~20 µs a word uncached).
"""
from __future__ import annotations

import functools
import re
import threading
import unicodedata

_voikko = None
# One Voikko instance must not be used by two threads at once (libvoikko says so; concurrent
# analyze() calls corrupt its heap and abort the process). The chat front ends answer in worker
# threads, so every call goes through this lock.
_VOIKKO_LOCK = threading.Lock()


def voikko():
    global _voikko
    if _voikko is None:
        from libvoikko import Voikko  # needs Debian libvoikko1 + voikko-fi
        _voikko = Voikko("fi")
    return _voikko


def analyze(word: str) -> list[dict]:
    """Voikko's analyses of one word, one thread at a time."""
    with _VOIKKO_LOCK:
        return voikko().analyze(word)


@functools.lru_cache(maxsize=200_000)
def baseforms(word: str) -> tuple[str, ...]:
    """All base forms of one word, lowercased; the word itself when Voikko does not know it."""
    w = word.strip().lower()
    if not w or not re.search(r"[a-zåäö]", w):
        return (w,)
    try:
        analyses = analyze(w)
    except Exception:  # pragma: no cover - libvoikko errors on odd input
        analyses = []
    forms = []
    for a in analyses:
        b = a.get("BASEFORM")
        if b:
            b = b.lower()
            if b not in forms:
                forms.append(b)
    return tuple(forms) if forms else (w,)


@functools.lru_cache(maxsize=200_000)
def known(word: str) -> bool:
    try:
        return bool(analyze(word.lower()))
    except Exception:  # pragma: no cover
        return False


@functools.lru_cache(maxsize=50_000)
def part_starts(word: str) -> tuple[int, ...]:
    """Where the parts of a compound word begin ('opetuslautakunta' → (0, 6, 11)); (0,) when the
    word is not a compound or Voikko does not know it."""
    try:
        analyses = analyze(word.lower())
    except Exception:  # pragma: no cover
        return (0,)
    if not analyses:
        return (0,)
    structure = analyses[0].get("STRUCTURE", "")
    starts, n = [], 0
    for ch in structure:
        if ch == "=":
            starts.append(n)
        else:
            n += 1
    return tuple(dict.fromkeys(starts)) or (0,)


def last_part_start(word: str) -> int:
    """Where the last part of a compound word begins ('toimintakate' → 8, at 'kate')."""
    return part_starts(word)[-1]


def fold(text: str) -> str:
    """Lowercase without diacritics: 'Hyvinvointipalvelut' / 'hyvinvointipalvelut', 'ä' → 'a'."""
    t = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in t if not unicodedata.combining(c))


WORD_RE = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]+(?:-[A-Za-zÅÄÖåäö]+)*")


def lemma_text(text: str) -> str:
    """Text as space-separated base forms (all readings), for full-text search."""
    out: list[str] = []
    for w in WORD_RE.findall(text):
        for part in w.split("-"):
            if part:
                out.extend(baseforms(part))
    return " ".join(out)
