"""Plain text helpers for data/ (no morphology here: base forms come from the caller's `lemmatize`)."""
from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lowercase without diacritics: 'Hyvinvointipalvelut' / 'hyvinvointipalvelut', 'ä' → 'a'."""
    t = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in t if not unicodedata.combining(c))
