"""Numbers as the reports print them.

Finnish style: space as the thousands separator, comma as the decimal separator, a sign that may
stand apart from its digits ("- 565 805"). In PDF text the column boundaries are lost, so a run of
digit groups ("1 031 446 161 145 710 600") can be read several ways: `partitions` lists every
reading; the table's own arithmetic (see data/verify.py) decides which one is true.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Iterator

MINUS = "-\u2212\u2013"  # hyphen, minus sign, en dash
_CELL_RE = re.compile(
    rf"^\s*(?P<sign>[{MINUS}])?\s*(?P<int>\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+|\d+)(?:[.](?P<thou>\d{{3}}))?"
    r"(?:,(?P<dec>\d+))?\s*$"
)


def parse_cell(text: str) -> float | None:
    """One printed number ('- 565 805', '124,18', '-1 488 893', '384.100') → float, else None."""
    if text is None:
        return None
    t = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    t = re.sub(r"(?<=\d)\s*[%€]$", "", t)   # '124,18 %', '12 242 €'
    if not t:
        return None
    m = _CELL_RE.match(t)
    if not m:
        return None
    digits = re.sub(r"\s", "", m.group("int"))
    if m.group("thou"):
        digits += m.group("thou")  # '384.100' = 384100 (dot as thousands separator)
    dec = m.group("dec")
    try:
        value = Decimal(digits + ("." + dec if dec else ""))
    except InvalidOperation:  # pragma: no cover - regex guarantees digits
        return None
    if m.group("sign"):
        value = -value
    return float(value)


def decimals(text: str) -> int:
    """How many decimals a printed number has ('124,18' → 2)."""
    m = re.search(r",(\d+)\s*$", text.strip())
    return len(m.group(1)) if m else 0


# --- tokens of a PDF number run -------------------------------------------------------------

_TOKEN_RE = re.compile(rf"[{MINUS}]?\s?\d+(?:,\d+)?|[{MINUS}]")


def tokens(text: str) -> list[str]:
    """Split a number run into tokens; a lone sign is glued to the next group ('- 737' → '-737')."""
    raw = text.replace("\u00a0", " ").replace("\u202f", " ").split()
    out: list[str] = []
    pending_sign = ""
    for tok in raw:
        if tok in ("-", "\u2212", "\u2013"):
            pending_sign = "-"
            continue
        tok = tok.replace("\u2212", "-").replace("\u2013", "-")
        if not re.fullmatch(r"-?\d+(?:,\d+)?", tok):
            raise ValueError(f"not a number token: {tok!r}")
        out.append(pending_sign + tok if pending_sign and not tok.startswith("-") else tok)
        pending_sign = ""
    return out


def _can_start(tok: str) -> bool:
    body = tok.lstrip("-")
    digits = body.split(",")[0]
    # a number's first group: never a zero-padded group like '014', except a plain '0' / '0,00'
    return not (len(digits) > 1 and digits.startswith("0"))


def _can_continue(tok: str) -> bool:
    if tok.startswith("-"):
        return False
    return bool(re.fullmatch(r"\d{3}(?:,\d+)?", tok))


def _value(group: list[str]) -> tuple[float, str]:
    text = " ".join(group)
    v = parse_cell(text)
    assert v is not None, text
    return v, text


def partitions(toks: list[str], count: int | None = None, limit: int = 20000) -> list[list[tuple[float, str]]]:
    """Every way to read the tokens as `count` numbers (or any count when None).

    A number is a first group (1–3 digits when followed by more groups, any digits alone) and
    then zero or more groups of exactly three digits; a decimal part ends the number; a sign
    starts a new one. Each result is a list of (value, printed text).
    """
    results: list[list[tuple[float, str]]] = []

    def rec(i: int, acc: list[tuple[float, str]]) -> None:
        if len(results) >= limit:
            return
        if i == len(toks):
            if count is None or len(acc) == count:
                results.append(list(acc))
            return
        if count is not None and len(acc) >= count:
            return
        first = toks[i]
        if not _can_start(first):
            return
        group = [first]
        first_digits = first.lstrip("-").split(",")[0]
        # a lone group of more than three digits ('20000') stands alone
        if "," in first or len(first_digits) > 3:
            acc.append(_value(group))
            rec(i + 1, acc)
            acc.pop()
            return
        j = i
        while True:
            acc.append(_value(group))
            rec(j + 1, acc)
            acc.pop()
            if "," in group[-1]:
                break
            if j + 1 < len(toks) and _can_continue(toks[j + 1]):
                j += 1
                group = group + [toks[j]]
            else:
                break

    rec(0, [])
    return results


def iter_numbers_in_text(text: str) -> Iterator[tuple[float, str, int, int]]:
    """Numbers inside running text ('oppilasmäärä 31.12.2025 oli 1253', 'lähes 30.000').

    Yields (value, printed, start, end). Dates (31.12.2025) and day ranges are skipped; a year
    is yielded like any number (the caller decides).
    """
    pattern = re.compile(
        r"(?<![\d.,])(\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\d])(\.\d)?"
    )
    for m in pattern.finditer(text):
        if m.group(3):  # '31.12' – part of a date
            continue
        start, end = m.start(), m.end()
        before = text[max(0, start - 1):start]
        if before == "." and start >= 2 and text[start - 2].isdigit():
            continue  # tail of a date
        after = text[end:end + 1]
        if after == "." and text[end + 1:end + 2].isdigit():
            continue
        printed = m.group(0)
        value = parse_cell(printed)
        if value is None:
            continue
        yield value, printed, start, end
