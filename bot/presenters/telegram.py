"""Telegram: a reply as HTML messages (parse_mode HTML), its options as buttons, its chart.

:func:`render_telegram` returns a :class:`TelegramMessage`: the HTML chunks (each at most 4096 UTF-16
code units, tags closed at a cut and reopened after it), the buttons as data (label and the question
a press asks; the front end makes the inline keyboard and keeps the questions server-side), and the
chart with its caption (the front end renders the PNG with :func:`bot.presenters.chart.render_png`).
All text from a reply — engine, report or user — is escaped.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from bot.presenters import common as c
from bot.reply import Answer, Chart, Item, Reply, Source

MAX_MESSAGE = 4096              # Telegram's limit for one message (UTF-16 code units, after parsing)
MAX_CAPTION = 1024              # … and for a photo caption
MAX_BUTTONS = 8
MAX_BUTTON_LABEL = 60           # longer labels are cut at a word; the question stays whole
MAX_CELLS_AS_LINES = 8          # a source row with more cells is one line


@dataclass(frozen=True)
class Button:
    label: str                  # shown on the button
    question: str               # asked when pressed


@dataclass(frozen=True)
class TelegramMessage:
    chunks: list[str]                           # HTML messages, in order; the keyboard goes on the last
    buttons: list[Button] = field(default_factory=list)
    chart: Chart | None = None                  # render with bot.presenters.chart.render_png
    caption: str = ""                           # HTML caption for the chart photo


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=False)


def render_telegram(reply: Reply) -> TelegramMessage:
    """The reply as Telegram messages, buttons and chart."""
    chart = reply.chart if reply.chart is not None and reply.chart.series else None
    return TelegramMessage(split_html(render_html(reply)), buttons(reply), chart,
                           caption_html(chart) if chart else "")


def buttons(reply: Reply) -> list[Button]:
    options = [o for o in reply.options[:MAX_BUTTONS] if o.question]
    titles = c.button_titles([o.label or o.question for o in options], MAX_BUTTON_LABEL)
    return [Button(title, o.question) for title, o in zip(titles, options)]


def render_html(reply: Reply) -> str:
    """The whole answer as one HTML text (before splitting)."""
    lines = [f"<b>{esc(c.clean(reply.headline) or c.WORDS['no_answer'])}</b>"]
    lines += body_html(reply)
    lines += [esc(c.clean(n.text)) for n in reply.notes]
    change = c.change_line(reply)
    if change:
        lines.append(esc(change))
    if reply.options and reply.kind == "help":
        lines.append(f"<i>{esc(c.WORDS['examples'])}:</i>")
    if reply.interpretation.line and reply.status == "answer":
        lines.append(f"<i>{esc(c.interpretation(reply))}</i>")
    sources = sources_html(reply)
    if sources:
        lines += [""] + sources
    return "\n".join(line for line in lines if line is not None).strip()


def body_html(reply: Reply) -> list[str]:
    if reply.items:
        return [item_html(reply, i, item) for i, item in enumerate(reply.items, 1)]
    if reply.kind in ("series", "comparison"):
        return [point_html(reply, a) for a in c.points(reply)]
    first = c.primary(reply)
    return [f"• {esc(c.further_line(a, first))}" for a in c.further_answers(reply)]


def point_html(reply: Reply, a: Answer) -> str:
    partial = f" <i>({esc(c.WORDS['to_date'])})</i>" if c.is_partial(a) else ""
    return f"{esc(c.point_label(reply, a))}: <b>{esc(a.display)}</b>{partial}"


def item_html(reply: Reply, number: int, item: Item) -> str:
    """A row of a list: ranking '1. Henkilöstökulut: <b>−20 889 482 €</b> (53,0 % …)', a goal
    '✅ <b>Toteutuu</b> – …' with its indicator, a fact 'Rahoittaja: OKM'."""
    if reply.kind == "goals":
        return goal_html(item)
    value = c.item_value(item)
    lead = {"ranking": f"{number}. ", "project": "", "help": ""}.get(reply.kind, "• ")
    label = esc(c.clean(item.label))
    if reply.kind in ("project", "help"):
        label = f"<b>{label}</b>"
    text = f"{lead}{label}: <b>{esc(value)}</b>" if value else f"{lead}{label}"
    if item.detail:
        text += f" ({esc(c.clean(item.detail))})" if value else f": {esc(c.clean(item.detail))}"
    return text


def goal_html(item: Item) -> str:
    marker = c.status_marker(item.status)
    status = f"{marker} <b>{esc(c.clean(item.status))}</b> – " if item.status else "• "
    text = status + esc(c.clean(item.full_text or item.label))
    if item.detail:
        text += f"\n<i>{esc(c.clean(item.detail))}</i>"
    return text


def sources_html(reply: Reply) -> list[str]:
    """One figure: its report, table, row with headings (the figure's column bold) and detail line.
    A list: one line per report and table, with the lines."""
    if c.has_list(reply):
        groups = c.group_sources(c.list_sources(reply))
        if not groups:
            return []
        if len(groups) == 1:
            return source_html(groups[0].source, groups[0].detail(), with_row=False)
        out = [f"<b>{esc(c.WORDS['sources'])}:</b>"]
        for g in groups:
            where = c.where_line(g.source)
            out.append(f"• <i>{esc(c.report_line(g.source))}</i>" + (f", {esc(where)}" if where else "")
                       + f"\n<code>{esc(g.detail())}</code>")
        return out
    first = c.primary(reply)
    return source_html(first.source, c.detail_line(first.source), with_row=True) if first else []


def source_html(src: Source, detail: str, with_row: bool) -> list[str]:
    out = [f"<b>{esc(c.WORDS['source'])}:</b> <i>{esc(c.report_line(src))}</i>"]
    where = c.where_line(src)
    if where:
        out.append(esc(where))
    if with_row:
        row = row_html(src)
        if row:
            out.append(row)
    if detail:
        out.append(f"<code>{esc(detail)}</code>")
    return out


def row_html(src: Source) -> str:
    """The source row in a quote block: its name, then 'heading: value' a line, the figure's
    column in bold; a text source's sentence in quotes."""
    if not src.cells:
        line = c.row_line(src)
        return f"<blockquote>{esc(line)}</blockquote>" if line else ""
    if len(src.cells) > MAX_CELLS_AS_LINES:
        return f"<blockquote>{esc(c.row_line(src))}</blockquote>"
    lines = [f"<b>{esc(c.clean(src.row))}</b>"] if src.row else []
    for cell in src.cells:
        value = esc(c.clean(cell.display))
        if c.is_answered(cell, src):
            value = f"<b>{value}</b>"
        lines.append(f"{esc(c.clean(cell.heading))}: {value}")
    return "<blockquote>" + "\n".join(lines) + "</blockquote>"


def caption_html(chart: Chart, limit: int = MAX_CAPTION) -> str:
    """'<b>title</b>' and the sources under the chart photo, within Telegram's caption limit."""
    title = f"<b>{esc(c.clean(chart.title))}</b>" if chart.title else ""
    caption = c.clean(chart.caption)
    room = limit - tg_len(title) - 1
    if tg_len(esc(caption)) > room:
        caption = c.shorten(caption, max(room // 2, 1))
    return "\n".join(p for p in (title, esc(caption)) if p)


# --- splitting long HTML -------------------------------------------------------------------

_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>")
_TOKEN_RE = re.compile(r"<[^>]*>|&#?[0-9a-zA-Z]+;|[^<&]", re.S)


def tg_len(s: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(s.encode("utf-16-le")) // 2


def _apply_tags(stack: list[tuple[str, str]], text: str) -> list[tuple[str, str]]:
    stack = list(stack)
    for m in _TAG_RE.finditer(text):
        closing, name = m.group(1), m.group(2).lower()
        if closing:
            for i in range(len(stack) - 1, -1, -1):
                if stack[i][0] == name:
                    del stack[i:]
                    break
        else:
            stack.append((name, m.group(0)))
    return stack


class _Splitter:
    """Collects HTML into chunks of at most ``limit`` UTF-16 units; tags still open at a cut are
    closed at the end of the chunk and reopened at the start of the next."""

    def __init__(self, limit: int) -> None:
        self.limit, self.chunks, self.stack = limit, [], []
        self.cur, self.has_content = "", False

    def fits(self, piece: str, stack: list) -> bool:
        closers = "".join(f"</{n}>" for n, _ in reversed(stack))
        return tg_len(self.cur) + tg_len(piece) + tg_len(closers) <= self.limit

    def add(self, piece: str, stack: list) -> None:
        self.cur += piece
        self.stack = stack
        self.has_content = True

    def flush(self) -> None:
        chunk = self.cur + "".join(f"</{n}>" for n, _ in reversed(self.stack))
        if re.sub(r"<[^>]*>", "", chunk).strip():
            self.chunks.append(chunk)
        self.cur = "".join(tag for _, tag in self.stack)
        self.has_content = False

    def add_line(self, line: str) -> None:
        new_stack = _apply_tags(self.stack, line)
        sep = "\n" if self.has_content else ""
        if self.fits(sep + line, new_stack):
            return self.add(sep + line, new_stack)
        if self.has_content:
            self.flush()
            if self.fits(line, new_stack):
                return self.add(line, new_stack)
        for tok in _TOKEN_RE.findall(line):       # the line alone is too long: cut between tokens
            tok_stack = _apply_tags(self.stack, tok) if tok.startswith("<") else self.stack
            if self.has_content and not self.fits(tok, tok_stack):
                self.flush()
            self.add(tok, tok_stack)


def split_html(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Telegram HTML in chunks of at most ``limit`` UTF-16 code units, cut at line boundaries; a
    line longer than the limit is cut between tokens, never inside a tag or an entity (``&amp;``)."""
    if tg_len(text) <= limit:
        return [text]
    splitter = _Splitter(limit)
    for line in text.split("\n"):
        splitter.add_line(line)
    if splitter.has_content:
        splitter.flush()
    return splitter.chunks
