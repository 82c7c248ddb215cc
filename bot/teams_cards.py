"""Adaptive Card (schema 1.5) builders for the Teams front end.

Everything here is pure: a reply dict from ``bot.engine.Engine.ask`` goes in,
a card dict comes out.  Text that comes from the engine or from the reports
is always placed in ``RichTextBlock``/``TextRun`` elements, which Teams does
not interpret as Markdown, so a quoted report line such as ``- 7 738 516``
or ``*) arvio`` is shown exactly as written.

The plain-text fallback of every card (``fallbackText``) is the engine's own
``reply["text"]``, so clients that cannot render cards still show the answer
and its source; the bot also gives each card activity a ``summary`` (the
figure and its line) for notifications (see ``bot.teams_bot``).

Which card a reply gets, its notes and the ask-back prompt come from
``bot.present``, shared with the Telegram front end.
"""

from __future__ import annotations

import base64
import logging
import math
import re
from typing import Any, Iterable

from bot import present

log = logging.getLogger(__name__)

SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.5"

#: Teams drops bot messages larger than roughly 28 KB (the whole activity,
#: attachments included).  A chart image is embedded as a data: URI only if
#: it keeps the card comfortably under that.
MAX_INLINE_IMAGE_BYTES = 18_000
#: Clarify options shown as buttons; the rest go behind "Muut vaihtoehdot".
MAX_BUTTONS = 3
#: Sources listed under a series/comparison table.
MAX_SOURCES = 6
#: Rows of a series table (a card must stay small).
MAX_TABLE_ROWS = 24

EXAMPLE_QUESTIONS = [
    "varhaiskasvatuksen toimintakate 2025",
    "varhaiskasvatuksen toimintakate 2021–2025",
    "toimintakate 2024",
]

_UNITS = {
    "EUR": "€",
    "TEUR": "t€",
    "KEUR": "t€",
    "MEUR": "M€",
    "PCT": "%",
    "PERCENT": "%",
    "%": "%",
}


# --------------------------------------------------------------------------
# formatting helpers
# --------------------------------------------------------------------------

def format_number(value: Any, unit: str | None = None) -> str:
    """Finnish number format: space as thousands separator, decimal comma,
    a real minus sign (U+2212) and the unit after a space: ``−7 507 509 €``."""
    if value is None:
        return "–"
    try:
        x = float(value)
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(x) or math.isinf(x):
        return "–"
    neg = x < 0
    x = abs(x)
    if abs(x - round(x)) < 1e-9:
        body = f"{int(round(x)):,}".replace(",", "\u00a0")
    else:
        body = f"{x:,.1f}".replace(",", "\u00a0").replace(".", ",")
    text = ("\u2212" if neg else "") + body
    sym = _UNITS.get((unit or "").upper(), unit or "")
    return f"{text}\u00a0{sym}" if sym else text


def basis_label(basis: str | None) -> str:
    """'actual' → 'Toteuma', 'realization_pct' → 'Toteuma-%' (capitalised for a card line)."""
    label = present.basis_fi(basis)
    return label[:1].upper() + label[1:]


def period_label(year: Any, months: Any, basis: str | None = None) -> str:
    """'1–9/2024' for a to-date figure, '2025' for a whole-year or budget figure."""
    return present.period_fi(basis, year, months)


def _run(text: Any, **style: Any) -> dict:
    run = {"type": "TextRun", "text": str(text)}
    run.update(style)
    return run


def rich(text: Any, *, spacing: str | None = None, separator: bool = False,
         align: str | None = None, **style: Any) -> dict:
    """A RichTextBlock holding one TextRun: shown literally (no Markdown)."""
    block: dict[str, Any] = {"type": "RichTextBlock", "inlines": [_run(text, **style)]}
    if spacing:
        block["spacing"] = spacing
    if separator:
        block["separator"] = True
    if align:
        block["horizontalAlignment"] = align
    return block


def _card(body: list[dict], fallback: str, actions: list[dict] | None = None) -> dict:
    card: dict[str, Any] = {
        "type": "AdaptiveCard",
        "$schema": SCHEMA,
        "version": VERSION,
        "fallbackText": fallback,
        "msteams": {"width": "Full"},
        "body": body,
    }
    if actions:
        card["actions"] = actions
    return card


def submit(title: str, question: str) -> dict:
    """An Action.Submit button that asks ``question`` when pressed.  Teams
    delivers it as a message activity with ``value == {"question": ...}``
    and no text."""
    return {"type": "Action.Submit", "title": title[:80], "data": {"question": question}}


def _clean_quote(quote: str) -> str:
    # report lines are tab-separated table rows; make the columns visible
    parts = [p.strip() for p in str(quote).split("\t")]
    return "  |  ".join(p for p in parts if p != "") if len(parts) > 1 else str(quote).strip()


# --------------------------------------------------------------------------
# source block
# --------------------------------------------------------------------------

def source_facts(source: dict) -> list[dict]:
    facts = []
    title = source.get("title") or source.get("report")
    if title:
        facts.append({"title": "Raportti", "value": str(title)})
    if source.get("date"):
        facts.append({"title": "Päivätty", "value": present.fi_date(source["date"])})
    if source.get("table"):
        facts.append({"title": "Taulukko", "value": str(source["table"])})
    if source.get("column"):
        facts.append({"title": "Sarake", "value": str(source["column"])})
    if source.get("line") is not None:
        where = f"rivi {source['line']}"
        if source.get("report"):
            where += f" · {source['report']}"
        facts.append({"title": "Rivi", "value": where})
    return facts


def source_block(source: dict, heading: str = "Lähde") -> dict:
    items: list[dict] = [rich(heading, weight="Bolder", size="Small")]
    # FactSet values are Markdown in Teams; keep them plain by RichText rows
    for fact in source_facts(source):
        items.append({
            "type": "ColumnSet",
            "spacing": "None",
            "columns": [
                {"type": "Column", "width": "90px",
                 "items": [rich(fact["title"], isSubtle=True, size="Small")]},
                {"type": "Column", "width": "stretch",
                 "items": [rich(fact["value"], size="Small")]},
            ],
        })
    if source.get("quote"):
        items.append(rich(_clean_quote(source["quote"]), fontType="Monospace",
                          size="Small", spacing="Small"))
    return {"type": "Container", "separator": True, "spacing": "Medium", "items": items}


def _short_source(source: dict) -> str:
    bits = [str(source.get("title") or source.get("report") or "")]
    if source.get("date"):
        bits.append(present.fi_date(source["date"]))
    if source.get("table"):
        bits.append(str(source["table"]))
    if source.get("line") is not None:
        bits.append(f"rivi {source['line']}")
    return ", ".join(b for b in bits if b)


# --------------------------------------------------------------------------
# cards
# --------------------------------------------------------------------------

def answer_card(reply: dict, chart_png: bytes | None = None) -> dict:
    """Card for ``status == "answer"``: a single figure, a series / comparison table
    when the reply has a chart, or the engine's own text for lists and rankings
    (:func:`bot.present.layout`)."""
    kind = present.layout(reply)
    if kind == "series":
        return series_card(reply, chart_png)
    if kind == "text":
        return text_card(reply)
    answers = [a for a in reply.get("answers") or [] if isinstance(a, dict)]
    first = answers[0] if answers else {}
    body: list[dict] = []
    if first.get("label"):
        body.append(rich(first["label"], weight="Bolder", size="Medium"))
    headline = first.get("display") or reply.get("headline") or format_number(
        first.get("value"), first.get("unit"))
    body.append(rich(headline, size="ExtraLarge", weight="Bolder", color="Accent",
                     spacing="Small"))
    meta = " · ".join(x for x in (basis_label(first.get("basis")),
                                  period_label(first.get("year"), first.get("months"),
                                               first.get("basis"))) if x)
    if meta:
        body.append(rich(meta, isSubtle=True, spacing="None"))
    interp = (reply.get("interpretation") or {}).get("line")
    if interp:
        body.append(rich(interp, isSubtle=True, size="Small", spacing="Small"))
    notes = present.notes(reply)
    for note in notes:
        body.append(rich(note, size="Small", spacing="Small"))
    check = first.get("check")
    if check and not any(str(check) in n for n in notes):
        mark = "✓ " if first.get("verified") else ""
        body.append(rich(f"{mark}{check}", isSubtle=True, size="Small", spacing="None"))
    if first.get("source"):
        body.append(source_block(first["source"]))
    # further figures in the same answer (e.g. the key lines of a unit) that no note states
    others = [a for a in answers[1:] if not present.mentioned(a, notes)][:5]
    if others:
        body.append(rich("Muut luvut", weight="Bolder", size="Small", separator=True,
                         spacing="Medium"))
        for a in others:
            body.append(_label_value_row(a.get("label") or "", a.get("display")
                                         or format_number(a.get("value"), a.get("unit"))))
            if a.get("source"):
                body.append(rich(_short_source(a["source"]), isSubtle=True, size="Small",
                                 spacing="None"))
    return _card(body, reply.get("text") or str(headline))


def text_card(reply: dict) -> dict:
    """The engine's own text, line by line (lists, rankings), and the interpretation."""
    text = str(reply.get("text") or "").strip()
    lines = [ln for ln in text.splitlines() if ln.strip()][:40] or ["En löytänyt vastausta."]
    body = [rich(lines[0], weight="Bolder")]
    body += [rich(ln, size="Small", spacing="None") for ln in lines[1:]]
    interp = (reply.get("interpretation") or {}).get("line")
    if interp and interp not in text:
        body.append(rich(interp, isSubtle=True, size="Small", spacing="Small"))
    return _card(body, text or lines[0])


def _label_value_row(label: str, value: str) -> dict:
    return {
        "type": "ColumnSet",
        "spacing": "Small",
        "columns": [
            {"type": "Column", "width": "stretch", "items": [rich(label, size="Small")]},
            {"type": "Column", "width": "auto",
             "items": [rich(value, weight="Bolder", size="Small", align="Right")]},
        ],
    }


def _xs(series: Iterable[dict]) -> list[str]:
    seen: list[str] = []
    for s in series:
        for p in s.get("points") or []:
            x = str(p.get("x"))
            if x not in seen:
                seen.append(x)
    return seen


_PERIOD = re.compile(r"(1[–-]\d{1,2}/)?\d{4}([–-]\d{4})?")


def series_table(chart: dict) -> dict:
    """A 1.5 ``Table`` element: first column the x value (year/period), then
    one column per series."""
    series = [s for s in chart.get("series") or [] if isinstance(s, dict)]
    unit = chart.get("unit")
    xs = _xs(series)[:MAX_TABLE_ROWS]
    lookup = [{str(p.get("x")): p.get("y") for p in s.get("points") or []} for s in series]

    def cell(text: str, **style: Any) -> dict:
        return {"type": "TableCell", "items": [rich(text, **style)]}

    first = "Kausi" if xs and all(_PERIOD.fullmatch(x) for x in xs) else "Kohde"
    header = {"type": "TableRow", "style": "accent",
              "cells": [cell(first, weight="Bolder")]
              + [cell(s.get("name") or f"Sarja {i + 1}", weight="Bolder")
                 for i, s in enumerate(series)]}
    rows = [header]
    for x in xs:
        rows.append({"type": "TableRow",
                     "cells": [cell(x)] + [cell(format_number(values.get(x), unit))
                                           for values in lookup]})
    columns = [{"width": 1}] + [{"width": 2, "horizontalCellContentAlignment": "Right"}
                                for _ in series]
    return {"type": "Table", "columns": columns, "rows": rows, "firstRowAsHeader": True,
            "showGridLines": True, "gridStyle": "default", "spacing": "Medium"}


def series_card(reply: dict, chart_png: bytes | None = None) -> dict:
    chart = reply.get("chart") or {}
    body: list[dict] = []
    title = present.series_title(reply)
    if title:
        body.append(rich(title, weight="Bolder", size="Medium"))
    interp = (reply.get("interpretation") or {}).get("line")
    if interp:
        body.append(rich(interp, isSubtle=True, size="Small", spacing="Small"))
    if chart_png and len(chart_png) * 4 // 3 <= MAX_INLINE_IMAGE_BYTES:
        body.append({"type": "Image", "url": "data:image/png;base64,"
                     + base64.b64encode(chart_png).decode("ascii"),
                     "altText": chart.get("title") or "Kaavio", "size": "Stretch"})
    body.append(series_table(chart))
    for note in present.series_notes(reply):  # the change 2024→2025, missing years …
        body.append(rich(note, size="Small", spacing="Small"))
    if chart.get("caption"):
        body.append(rich(chart["caption"], isSubtle=True, size="Small", spacing="Small"))
    sources = []
    for a in reply.get("answers") or []:
        src = a.get("source") or {}
        if not src:
            continue
        line = f"{a.get('label') or ''}: {_short_source(src)}".strip(": ")
        if line not in sources:
            sources.append(line)
    if sources:
        items = [rich("Lähteet", weight="Bolder", size="Small")]
        items += [rich(s, size="Small", spacing="None") for s in sources[:MAX_SOURCES]]
        if len(sources) > MAX_SOURCES:
            items.append(rich(f"… ja {len(sources) - MAX_SOURCES} muuta", isSubtle=True,
                              size="Small", spacing="None"))
        body.append({"type": "Container", "separator": True, "spacing": "Medium",
                     "items": items})
    return _card(body, reply.get("text") or chart.get("title") or "Sarja")


def clarify_card(reply: dict) -> dict:
    """Card for ``status == "clarify"``: the engine's question and the first
    options as Action.Submit buttons (``data = {"question": ...}``); further
    options behind an Action.ShowCard."""
    text = (reply.get("text") or "").strip()
    prompt = present.clarify_prompt(reply) or "Tarkentaisitko kysymystä?"
    body = [rich(prompt, weight="Bolder")]
    body.append(rich("Valitse tarkennus:", isSubtle=True, size="Small", spacing="Small"))
    options = [o for o in reply.get("options") or []
               if isinstance(o, dict) and o.get("question")]
    actions = [submit(o.get("label") or o["question"], o["question"])
               for o in options[:MAX_BUTTONS]]
    rest = options[MAX_BUTTONS:]
    if rest:
        actions.append({
            "type": "Action.ShowCard",
            "title": "Muut vaihtoehdot",
            "card": {"type": "AdaptiveCard", "version": VERSION, "body": [],
                     "actions": [submit(o.get("label") or o["question"], o["question"])
                                 for o in rest]},
        })
    return _card(body, text or prompt, actions)


def welcome_card() -> dict:
    body = [
        rich("Hei! Olen Lukubotti.", weight="Bolder", size="Medium"),
        rich("Kysy suomeksi luku kaupungin talousraporteista – vastaan luvulla ja "
             "kerron, mistä raportista, taulukosta ja riviltä se löytyy. "
             "Voit jatkaa tarkentavilla kysymyksillä, esim. \"entä 2024?\".",
             spacing="Small"),
        rich("Kokeile esimerkiksi:", isSubtle=True, size="Small", spacing="Medium"),
    ]
    actions = [submit(q, q) for q in EXAMPLE_QUESTIONS]
    return _card(body, welcome_text(), actions)


def welcome_text() -> str:
    lines = ["Hei! Olen Lukubotti. Kysy suomeksi luku kaupungin talousraporteista, "
             "niin vastaan luvulla ja sen lähteellä.", "", "Esimerkkejä:"]
    lines += [f"• {q}" for q in EXAMPLE_QUESTIONS]
    lines += ["", "Komennot: apua, lähteet"]
    return "\n".join(lines)


def help_text() -> str:
    lines = [
        "Lukubotti vastaa kysymyksiin kaupungin talousraporttien luvuista (ei kielimallia).",
        "Kerro mitä, minkä yksikön ja minkä vuoden lukua haet, esimerkiksi:",
    ]
    lines += [f"• {q}" for q in EXAMPLE_QUESTIONS]
    lines += [
        "Jatkokysymys toimii edellisen vastauksen pohjalta: \"entä 2024?\"",
        "Komennot: apua (tämä ohje), lähteet (raportit, joista vastaan).",
    ]
    return "\n".join(lines)


def help_card() -> dict:
    text = help_text()
    body = [rich(ln, spacing="None") for ln in text.splitlines()]
    body[0]["inlines"][0]["weight"] = "Bolder"
    return _card(body, text, [submit(q, q) for q in EXAMPLE_QUESTIONS])


def reports_text(reports: list[dict]) -> str:
    if not reports:
        return "Tietokannassa ei ole vielä yhtään raporttia."
    lines = [f"Vastaan näistä raporteista ({len(reports)}):"]
    for r in reports:
        bits = [str(r.get("title") or r.get("report") or "")]
        if r.get("published"):
            bits.append(f"julkaistu {present.fi_date(r['published'])}")
        lines.append("• " + ", ".join(b for b in bits if b) + f" ({r.get('report', '')})")
    return "\n".join(lines)


def reports_card(reports: list[dict]) -> dict:
    text = reports_text(reports)
    body: list[dict] = [rich(f"Lähteet ({len(reports)} raporttia)", weight="Bolder",
                             size="Medium")]
    for r in reports[:30]:
        meta = " · ".join(str(x) for x in (r.get("kind"), r.get("period") or r.get("year"),
                                            r.get("published")
                                            and f"julkaistu {present.fi_date(r['published'])}")
                          if x)
        body.append({"type": "Container", "spacing": "Small", "items": [
            rich(r.get("title") or r.get("report") or "", weight="Bolder", size="Small"),
            rich(meta + (" · " if meta else "") + str(r.get("report") or ""),
                 isSubtle=True, size="Small", spacing="None"),
        ]})
    if not reports:
        body.append(rich(text))
    return _card(body, text)
