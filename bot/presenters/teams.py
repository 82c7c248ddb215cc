"""Teams: a reply as an Adaptive Card (schema 1.5), every kind in its own native form.

:func:`render_card` returns the card dict. Text from a reply or a report is always placed in
``RichTextBlock``/``TextRun`` elements, which Teams does not read as Markdown, so a quoted report
line such as ``- 7 738 516`` or ``*) arvio`` is shown as written (FactSet values would be Markdown;
the fact rows here are ``ColumnSet``/``Table`` cells of rich text instead). Lists (rankings,
over-budget lines, projects, a series' points) are ``Table`` elements; goals are one container
each with their status in colour; every answer ends in a source block. Options are
``Action.Submit`` buttons (:func:`submit`, the data shape ``{"question": …}`` that
``bot.teams_bot`` reads) with short titles (at most 30 characters, cut at a word). A chart is an
``Image`` when its PNG bytes are given and small enough to travel inside the card.
"""
from __future__ import annotations

import base64
from typing import Any

from bot import formatting as fmt
from bot.presenters import common as c
from bot.presenters.chart import alt_text
from bot.presenters.text import render_text
from bot.reply import Answer, Item, Reply, Source

SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.5"
#: Teams drops bot messages larger than about 28 KB (the whole activity); a chart image is embedded
#: as a data: URI only when it keeps the card well under that
MAX_INLINE_IMAGE_BYTES = 18_000
MAX_BUTTONS = 3                 # the rest go behind "Muut vaihtoehdot"
MAX_BUTTON_TITLE = 30
MAX_FALLBACK = 1500             # the card's text for clients that draw no cards: the card must stay small
MAX_ROWS = 24                   # rows of a list table (a card must stay small)
NOTE_COLORS = {"unverified": "Warning", "not_comparable": "Warning", "merged_comparison": "Warning"}


def run(text: Any, **style: Any) -> dict:
    return {"type": "TextRun", "text": str(text), **style}


def rich(text: Any, *, spacing: str | None = None, separator: bool = False, align: str | None = None,
         **style: Any) -> dict:
    """A RichTextBlock holding one TextRun: shown literally (no Markdown)."""
    block: dict[str, Any] = {"type": "RichTextBlock", "inlines": [run(text, **style)]}
    if spacing:
        block["spacing"] = spacing
    if separator:
        block["separator"] = True
    if align:
        block["horizontalAlignment"] = align
    return block


def submit(title: str, question: str) -> dict:  # the shape bot.teams_bot reads; kept from teams_cards
    """An Action.Submit button that asks ``question`` when pressed. Teams delivers it as a message
    activity with ``value == {"question": ...}`` and no text. The title is cut at a word to
    :data:`MAX_BUTTON_TITLE` characters; the full question travels in the data."""
    return {"type": "Action.Submit", "title": c.shorten(title, MAX_BUTTON_TITLE), "data": {"question": question}}


def card(body: list[dict], fallback: str, actions: list[dict] | None = None) -> dict:
    out: dict[str, Any] = {"type": "AdaptiveCard", "$schema": SCHEMA, "version": VERSION,
                           "fallbackText": fallback, "msteams": {"width": "Full"}, "body": body}
    if actions:
        out["actions"] = actions
    return out


def render_card(reply: Reply, chart_png: bytes | None = None) -> dict:
    """The reply as one Adaptive Card; ``chart_png`` (from :func:`bot.presenters.chart.card_png`)
    is embedded when it fits."""
    body = head_blocks(reply)
    image = chart_image(reply, chart_png)
    if image:
        body.append(image)
    body += body_blocks(reply)
    body += [rich(c.clean(n.text), size="Small", spacing="Small", color=NOTE_COLORS.get(n.kind, "Default"))
             for n in reply.notes]
    change = c.change_line(reply)
    if change:
        body.append(rich(change, size="Small", weight="Bolder", spacing="Small"))
    if reply.options and reply.kind == "help":
        body.append(rich(f"{c.WORDS['examples']}:", isSubtle=True, size="Small", spacing="Medium"))
    if reply.interpretation.line and reply.status == "answer":
        body.append(rich(c.interpretation(reply), isSubtle=True, size="Small", spacing="Small"))
    source = source_block(reply)
    if source:
        body.append(source)
    return card(body, fallback_text(render_text(reply)), actions(reply))


def fallback_text(text: str, limit: int = MAX_FALLBACK) -> str:
    """The card's text for clients that draw no cards, its lines kept, cut at a line past ``limit``."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit("\n", 1)[0] if "\n" in text[:limit] else text[:limit]
    return cut + "\n…"


def summary(reply: Reply) -> str:
    """The notification line of a card (``activity.summary``): the headline."""
    return c.shorten(reply.headline, 200)


def head_blocks(reply: Reply) -> list[dict]:
    """One figure: what it is (its label) and the figure big; any other reply: its headline."""
    first = c.primary(reply)
    if first is not None and not c.has_list(reply) and reply.status == "answer":
        return [rich(c.clean(first.label), weight="Bolder", size="Medium"),
                rich(first.display, size="ExtraLarge", weight="Bolder", color="Accent", spacing="Small")]
    return [rich(c.clean(reply.headline) or c.WORDS["no_answer"], weight="Bolder", size="Medium")]


def chart_image(reply: Reply, png: bytes | None) -> dict | None:
    if not png or reply.chart is None or len(png) * 4 // 3 > MAX_INLINE_IMAGE_BYTES:
        return None
    return {"type": "Image", "url": "data:image/png;base64," + base64.b64encode(png).decode("ascii"),
            "altText": reply.chart.alt or alt_text(reply.chart), "size": "Stretch", "spacing": "Medium"}


def body_blocks(reply: Reply) -> list[dict]:
    if reply.kind == "goals":
        return [goal_block(item) for item in reply.items]
    if reply.kind in ("project", "help"):
        return [fact_row(i.label, c.item_value(i) or c.clean(i.detail),
                         c.clean(i.detail) if c.item_value(i) else "") for i in reply.items]
    if reply.items:
        return [items_table(reply)]
    if reply.kind in ("series", "comparison"):
        return [points_table(reply)]
    first = c.primary(reply)
    return [fact_row(c.further_line(a, first).rsplit(": ", 1)[0], a.display) for a in c.further_answers(reply)]


def cell(text: str, **style: Any) -> dict:
    return {"type": "TableCell", "items": [rich(text, **style)]}


def table(columns: list[dict], header: list[str], rows: list[dict]) -> dict:
    head = {"type": "TableRow", "style": "accent", "cells": [cell(h, weight="Bolder", size="Small") for h in header]}
    return {"type": "Table", "columns": columns, "rows": [head] + rows, "firstRowAsHeader": True,
            "showGridLines": True, "gridStyle": "default", "spacing": "Medium"}


def items_table(reply: Reply) -> dict:
    """A ranking, over-budget lines or projects: 'Kohde' (with its detail under it) | 'Luku'."""
    rows = []
    for i, item in enumerate(reply.items[:MAX_ROWS], 1):
        label = f"{i}. {c.clean(item.label)}" if reply.kind == "ranking" else c.clean(item.label)
        first = {"type": "TableCell", "items": [rich(label, size="Small")]}
        if item.detail:
            first["items"].append(rich(c.clean(item.detail), size="Small", isSubtle=True, spacing="None"))
        rows.append({"type": "TableRow", "cells": [first, cell(c.item_value(item), size="Small", weight="Bolder")]})
    columns = [{"width": 3}, {"width": 2, "horizontalCellContentAlignment": "Right"}]
    return table(columns, [c.WORDS["item"], c.WORDS["figure"]], rows)


def points_table(reply: Reply) -> dict:
    """A series' or a comparison's figures: 'Kausi'/'Kohde' | 'Luku', a to-date point said so."""
    rows = []
    for a in c.points(reply)[:MAX_ROWS]:
        label = c.point_label(reply, a) + (f" ({c.WORDS['to_date']})" if c.is_partial(a) else "")
        rows.append({"type": "TableRow", "cells": [cell(label, size="Small"),
                                                   cell(a.display, size="Small", weight="Bolder")]})
    first = c.WORDS["item"] if reply.kind == "comparison" else c.WORDS["period"]
    columns = [{"width": 3}, {"width": 2, "horizontalCellContentAlignment": "Right"}]
    return table(columns, [first, c.WORDS["figure"]], rows)


def fact_row(label: str, value: str, detail: str = "", bold: bool = False) -> dict:
    """'label | value' as two columns of rich text (a FactSet would read the value as Markdown)."""
    items = [rich(value, size="Small", weight="Bolder" if bold else "Default")]
    if detail:
        items.append(rich(detail, size="Small", isSubtle=True, spacing="None"))
    return {"type": "ColumnSet", "spacing": "Small", "columns": [
        {"type": "Column", "width": 2, "items": [rich(c.clean(label), isSubtle=True, size="Small")]},
        {"type": "Column", "width": 3, "items": items}]}


def goal_block(item: Item) -> dict:
    """A goal: its status in colour ('Toteutuu' green; no emoji, which not every Teams client
    draws), the goal, its indicator under it."""
    color = fmt.LABELS["goal_status_color"].get(c.clean(item.status).lower(), "Default")
    items = []
    if item.status:
        items.append(rich(c.clean(item.status), size="Small", weight="Bolder", color=color))
    items.append(rich(c.clean(item.full_text or item.label), spacing="None"))
    if item.detail:
        items.append(rich(c.clean(item.detail), size="Small", isSubtle=True, spacing="None"))
    return {"type": "Container", "separator": True, "spacing": "Small", "items": items}


def source_block(reply: Reply) -> dict | None:
    """'Lähde': report and date, table and page, the row with its headings (the figure's column in
    bold), file and line; a list's sources one line per report and table."""
    if c.has_list(reply):
        groups = c.group_sources(c.list_sources(reply))
        if not groups:
            return None
        heading = c.WORDS["source"] if len(groups) == 1 else c.WORDS["sources"]
        items = [rich(heading, weight="Bolder", size="Small")]
        for g in groups:
            where = c.where_line(g.source)
            items.append(rich(c.report_line(g.source) + (f" · {where}" if where else ""), size="Small",
                              spacing="Small"))
            items.append(rich(g.detail(), size="Small", isSubtle=True, spacing="None"))
        return {"type": "Container", "separator": True, "spacing": "Medium", "items": items}
    first = c.primary(reply)
    return one_source_block(first) if first else None


def one_source_block(a: Answer) -> dict:
    src: Source = a.source
    items = [rich(c.WORDS["source"], weight="Bolder", size="Small"),
             rich(c.report_line(src), size="Small", spacing="Small")]
    where = c.where_line(src)
    if where:
        items.append(rich(where, size="Small", spacing="None"))
    if src.cells:
        if src.row:
            items.append(rich(c.clean(src.row), size="Small", weight="Bolder", spacing="Small"))
        items += [fact_row(cl.heading, c.clean(cl.display), bold=c.is_answered(cl, src))
                  for cl in src.cells]
    elif c.row_line(src):
        items.append(rich(c.row_line(src), size="Small", italic=True, spacing="Small"))
    items.append(rich(c.detail_line(src), size="Small", isSubtle=True, spacing="Small"))
    return {"type": "Container", "separator": True, "spacing": "Medium", "items": items}


def actions(reply: Reply) -> list[dict]:
    """Options as buttons: the first few on the card, the rest behind 'Muut vaihtoehdot'."""
    options = [o for o in reply.options if o.question]
    titles = c.button_titles([o.label or o.question for o in options], MAX_BUTTON_TITLE)
    buttons = [submit(title, o.question) for title, o in zip(titles, options)]
    out, rest = buttons[:MAX_BUTTONS], buttons[MAX_BUTTONS:]
    if rest:
        out.append({"type": "Action.ShowCard", "title": c.WORDS["more_options"],
                    "card": {"type": "AdaptiveCard", "version": VERSION, "body": [], "actions": rest}})
    return out
