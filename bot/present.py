"""What the chat front ends (Telegram, Teams) show of an engine reply, beyond the figure.

Pure functions over the reply dict of :meth:`bot.engine.Engine.ask`, shared by
``bot.telegram_bot`` and ``bot.teams_cards`` so both say the same thing:

* :func:`layout` – one figure, a series/comparison, or the engine's own text.
* :func:`notes` – the engine's remarks on an answer (the budget beside a to-date
  actual, "lukua ei voitu ristiintarkistaa", restated comparison figures, the
  same figure in another report …). The engine's structured ``reply["notes"]``
  list wins; without one they are read from the engine's plain ``text``.
  :func:`series_notes` adds what a series' text says beyond its figures (the
  change in a comparison, missing years).
* :func:`clarify_prompt` – the ask-back question without the list of options
  when the options are shown as buttons anyway.
* :func:`series_title` – a series' or comparison's title with its organisation.
* :func:`basis_fi`, :func:`period_fi`, :func:`fi_date` – Finnish labels.
"""

from __future__ import annotations

import re
from typing import Any

from bot.format import BASIS_FI as _ENGINE_BASIS_FI

MAX_NOTES = 6
MAX_NOTE_CHARS = 400

BASIS_FI = {
    **_ENGINE_BASIS_FI,
    "original_budget": "alkuperäinen talousarvio",
    "revised_budget": "muutettu talousarvio",
    "budget_revised": "muutettu talousarvio",
    "budget_changes": "talousarviomuutokset",
    "estimate": "arvio",
    "plan": "suunnitelma",
    "percent": "toteuma-%",
}
#: bases that are a whole-year figure: never "1–9/2024"
_YEARLY = {"budget", "original_budget", "revised_budget", "budget_revised", "budget_changes",
           "forecast", "estimate", "target", "plan"}

_NOT_NOTES = ("Lähde", "Lähteet", "Tulkitsin")
_LIST_ITEM = re.compile(r"(?:[-•*]|\d+\.)\s")


def basis_fi(basis: Any) -> str:
    """'realization_pct' → 'toteuma-%'; unknown codes are shown as they are."""
    if not basis:
        return ""
    return BASIS_FI.get(str(basis), str(basis))


def period_fi(basis: Any, year: Any, months: Any) -> str:
    """'1–9/2024' for a to-date figure, '2025' for a whole-year or budget figure."""
    if not year:
        return ""
    try:
        m = int(months) if months is not None else None
    except (TypeError, ValueError):
        m = None
    if str(basis or "actual") in _YEARLY or not m or not 0 < m <= 12:
        return str(year)
    return f"1–{m}/{year}"


def basis_period(answer: dict) -> str:
    """'toteuma 1–12/2025', 'talousarvio 2025', 'toteuma-% 1–3/2025' …"""
    basis = answer.get("basis")
    return " ".join(p for p in (basis_fi(basis), period_fi(basis, answer.get("year"), answer.get("months"))) if p)


def series_title(reply: dict) -> str:
    """A series' or comparison's title with its organisation: 'Varhaiskasvatus: Toimintakate'."""
    chart = reply.get("chart") if isinstance(reply.get("chart"), dict) else {}
    title = str(chart.get("title") or "").strip()
    names = [str(s.get("name")).strip() for s in (chart.get("series") or [])
             if isinstance(s, dict) and s.get("name")]
    if len(names) == 1 and names[0] and names[0].lower() not in title.lower():
        return f"{names[0]}: {title}" if title else names[0]
    return title


def fi_date(iso: Any) -> str:
    """'2026-03-09' → '9.3.2026' (anything else is returned as it is)."""
    s = "" if iso is None else str(iso).strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if not m:
        return s
    y, mo, d = m.groups()
    return f"{int(d)}.{int(mo)}.{y}"


def _answers(reply: dict) -> list[dict]:
    return [a for a in (reply.get("answers") or []) if isinstance(a, dict)]


def layout(reply: Any) -> str:
    """How a front end shows a reply: 'figure' (one figure first, its notes, other figures after),
    'series' (a series or comparison with a chart: one line per figure), or 'text' (the engine's
    own text: ask-backs, not found, lists and rankings)."""
    if not isinstance(reply, dict) or reply.get("status") != "answer":
        return "text"
    answers = _answers(reply)
    if not answers:
        return "text"
    interp = reply.get("interpretation") if isinstance(reply.get("interpretation"), dict) else {}
    if interp.get("operation") in ("ranking", "list"):
        return "text"
    if isinstance(reply.get("chart"), dict) and reply["chart"].get("series"):
        return "series"
    return "figure"


def text_notes(reply: Any) -> list[str]:
    """Remarks read from the engine's plain ``text``: every line except the first (the figure,
    or a series' title), the source and interpretation lines, the indented points of a series,
    and lines that only state one of the answers' figures ("… toteuma 2024: −7 738 516 €",
    "- Varhaiskasvatus: −7 507 509 € (rivi 346, …)")."""
    if not isinstance(reply, dict) or not isinstance(reply.get("text"), str):
        return []
    displays = [str(a["display"]).strip() for a in _answers(reply) if a.get("display")]
    out: list[str] = []
    for line in reply["text"].splitlines()[1:]:
        if not line.strip() or line[:1].isspace():
            continue
        line = line.strip()
        if line.startswith(_NOT_NOTES):
            continue
        if any(line.endswith(": " + d) or (_LIST_ITEM.match(line) and d in line) for d in displays):
            continue
        if line[:MAX_NOTE_CHARS] not in out:
            out.append(line[:MAX_NOTE_CHARS])
    return out[:MAX_NOTES]


def notes(reply: Any) -> list[str]:
    """The remarks the engine made about its answer (the budget beside a to-date actual, an
    unverified figure, restated comparison figures, the same figure in another report …).

    The engine's structured ``reply["notes"]`` list is used when the reply has one; otherwise
    they are read from the text (:func:`text_notes`)."""
    if not isinstance(reply, dict):
        return []
    given = reply.get("notes")
    if isinstance(given, (list, tuple)):
        out: list[str] = []
        for n in given:
            n = str(n).strip() if n is not None else ""
            if n and n[:MAX_NOTE_CHARS] not in out:
                out.append(n[:MAX_NOTE_CHARS])
        return out[:MAX_NOTES]
    return text_notes(reply)


def series_notes(reply: Any) -> list[str]:
    """What a series or comparison says beyond its figures: the lines of its text that are not
    figures or sources (the change 2024→2025, missing years, a total) and the engine's notes."""
    out = text_notes(reply)
    out += [n for n in notes(reply) if n not in out]
    return out[:MAX_NOTES]


def mentioned(answer: dict, note_lines: list[str]) -> bool:
    """True when a note already states this answer's figure (no need to list it again)."""
    display = str(answer.get("display") or "").strip()
    return bool(display) and any(display in n for n in note_lines)


_SEPARATORS = re.compile(r"[\s;,.:?!–-]*(?:(?:vai|tai|ja)[\s;,.:?!–-]*)*", re.IGNORECASE)


def clarify_prompt(reply: Any) -> str:
    """The ask-back question without the options it lists, for when the options are buttons.

    'Toimintakate 2024: minkä yksikön? Varhaiskasvatus; Opetus ja koulutus' → 'Toimintakate 2024:
    minkä yksikön?'; 'Tarkoititko: Avustukset vai Tuet ja avustukset?' → 'Tarkoititko:'. The text is
    cut only where everything after the cut is option labels and separators, so nothing else is
    ever lost; otherwise the whole text is returned.
    """
    if not isinstance(reply, dict):
        return ""
    text = str(reply.get("text") or "").strip()
    labels = sorted({str(o.get("label")).strip() for o in (reply.get("options") or [])
                     if isinstance(o, dict) and o.get("label") and str(o.get("label")).strip()},
                    key=len, reverse=True)
    if not text or not labels:
        return text
    for m in re.finditer(r"[:?](?=\s)", text):
        rest = text[m.end():]
        found = False
        for label in labels:
            if label in rest:
                found = True
                rest = rest.replace(label, " ")
        if found and _SEPARATORS.fullmatch(rest):
            return text[:m.end()].strip()
    return text
