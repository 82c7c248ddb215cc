"""What the presenters share: the parts of a reply a person reads, as plain strings.

Every front end shows the same things in its own markup: the headline, the notes, the change, the
interpretation line, the list items, the options and a source a person can check (report title and
date, table, page, the row with its column headings, and a short detail line with file and line).
These functions return those parts as clean text (no tabs, "⏎" or pipes); the presenters escape
and style them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot import formatting as fmt
from bot.reply import Answer, Item, Reply, Source

WORDS = fmt.LABELS["present"]
#: roles of answers that are the list or the series itself, not a further figure beside the answer
LISTED_ROLES = ("point", "item", "part")
_DEBRIS = re.compile(r"[\t|⏎\u23ce\r\n]+")
_SPACES = re.compile(r"[ \u00a0]{2,}")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_UNIT_AFTER_NUMBER = re.compile(r"(?<=\d) (?=(?:%|€|t€|kpl)(?:/\w+)?(?![\w-]))")


def clean(text: object) -> str:
    """Text for a person: tabs, pipes, '⏎' and line breaks become single spaces; ISO dates
    (2026-03-09) become Finnish (9.3.2026); a unit stays on the line of its number ('53,0 %')."""
    s = "" if text is None else str(text)
    s = _DEBRIS.sub(" ", s)
    s = _ISO_DATE.sub(lambda m: fmt.date(m.group(0)), s)
    s = _SPACES.sub(" ", s).strip()
    return _UNIT_AFTER_NUMBER.sub("\u00a0", s)


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word to at most ``limit`` characters, '…' added when cut."""
    text = clean(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut and not text[limit - 1].isspace():
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:–-") + "…"


# --- sources -------------------------------------------------------------------------------

def report_line(src: Source) -> str:
    """'Tilinpäätös 2025 – Hyvinvointipalvelut, 9.3.2026' (the title, or the file without one)."""
    title = clean(src.title) or clean(src.report)
    date = fmt.date(src.date)
    return f"{title}, {date}" if date else title


def where_line(src: Source) -> str:
    """'taulukko Varhaiskasvatus · sivu 12': where in the report, without the file."""
    parts = []
    if src.table:
        parts.append(f"{WORDS['table']} {clean(src.table)}")
    if src.page is not None:
        parts.append(f"{WORDS['page']} {src.page}")
    return " · ".join(parts)


def cells_line(src: Source) -> str:
    """'Toteuma 2025 −7 507 509 € · Talousarvio 2025 −7 850 400 € · Poikkeama −342 891 €'."""
    return " · ".join(f"{clean(c.heading)} {clean(c.display)}".strip() for c in src.cells)


def row_line(src: Source) -> str:
    """The row a person can look up: 'Toimintakate: Tilinpäätös 2024 −7 738 516 € · …'; a text
    source gives its sentence in quotes instead."""
    if src.cells:
        cells = cells_line(src)
        return f"{clean(src.row)}: {cells}" if src.row else cells
    if src.kind == "text" and src.quote:
        return f"«{clean(src.quote)}»"
    return clean(src.row)


def detail_line(src: Source) -> str:
    """'heinola-tp2025-hyvinvointipalvelut.txt, rivi 346' (file and line for the one who checks)."""
    bits = [src.report] if src.report else []
    if src.line is not None:
        bits.append(f"{WORDS['line']} {src.line}")
    return ", ".join(bits)


@dataclass(frozen=True)
class SourceGroup:
    """Sources of one report and table, shown together: 'rivit 32, 33, 36'."""
    source: Source
    lines: tuple[int, ...]

    def detail(self) -> str:
        if len(self.lines) <= 1:
            return detail_line(self.source)
        return f"{self.source.report}, {WORDS['lines']} {lines_text(self.lines)}"


def lines_text(lines: tuple[int, ...]) -> str:
    """'32–36' for a run of three or more lines, '41, 198, 201' otherwise: '289–292, 296–299'."""
    runs: list[list[int]] = []
    for n in sorted(set(lines)):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = []
    for run in runs:
        parts += [f"{run[0]}–{run[-1]}"] if len(run) > 2 else [str(n) for n in run]
    return ", ".join(parts)


def group_sources(sources: list[Source]) -> list[SourceGroup]:
    """Sources in first-seen order, one group per report and table."""
    groups: dict[tuple, list] = {}
    for src in sources:
        key = (src.report, src.table)
        entry = groups.setdefault(key, [src, []])
        if src.line is not None and src.line not in entry[1]:
            entry[1].append(src.line)
    return [SourceGroup(src, tuple(lines)) for src, lines in groups.values()]


def item_source(item: Item) -> Source | None:
    return item.source or (item.answer.source if item.answer else None)


# --- the reply's parts ---------------------------------------------------------------------

def primary(reply: Reply) -> Answer | None:
    """The answer the headline states: the first with role 'primary', else the first."""
    return next((a for a in reply.answers if a.role == "primary"),
                reply.answers[0] if reply.answers else None)


def further_answers(reply: Reply) -> list[Answer]:
    """Figures beside the primary one (a budget beside a to-date actual, another report's print of
    the same figure) that no note already states."""
    first = primary(reply)
    notes = plain_spaces(" ".join(n.text for n in reply.notes))
    return [a for a in reply.answers if a is not first and a.role not in LISTED_ROLES
            and plain_spaces(a.display) not in notes]


def plain_spaces(text: str) -> str:
    """No-break spaces (the formatter's digit groups) as plain ones, for comparing texts."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def further_line(a: Answer, first: Answer | None) -> str:
    """'Osavuosikatsaus 1–3/2025 – Hyvinvointipalvelut: −1 810 424 € (rivi 40)' for a figure of
    another report; 'talousarvio 2024: −7 913 900 €' for one of the same report."""
    same = first is not None and a.source.report == first.source.report
    where = f" ({WORDS['line']} {a.source.line})" if a.source.line is not None else ""
    label = clean(a.label) if same or a.role != "other_report" else report_line(a.source)
    return f"{label}: {a.display}{where}"


def interpretation(reply: Reply) -> str:
    return clean(reply.interpretation.line)


def change_line(reply: Reply) -> str:
    """'Muutos 2024 → 2025: toimintakulut kasvoivat 2 887 432 € (7,9 %)'."""
    ch = reply.change
    if ch is None or not ch.words:
        return ""
    first = primary(reply)
    subject = reply.interpretation.measure or (first.measure if first else None)
    words = f"{clean(subject).lower()} {ch.words}" if subject else ch.words
    return f"{WORDS['change']} {ch.start} → {ch.end}: {clean(words)}"


def point_label(reply: Reply, a: Answer) -> str:
    """A point of a series by its period ('toteuma 1–9/2022'), of a comparison by its unit."""
    if reply.kind == "comparison":
        return clean(a.org or a.label)
    return fmt.period(a.basis, a.year, a.months) or clean(a.label)


def is_partial(a: Answer) -> bool:
    """A to-date figure inside a yearly series (drawn and labelled apart)."""
    return bool(a.months and a.months < 12 and a.role == "point")


def points(reply: Reply) -> list[Answer]:
    """The figures of a series or a comparison, in order."""
    return [a for a in reply.answers if a.role in LISTED_ROLES or reply.kind == "comparison"]


def item_value(item: Item) -> str:
    return item.answer.display if item.answer else ""


def item_line(item: Item) -> str:
    """'Henkilöstökulut: −20 889 482 € (53,0 % toimintakuluista)'; a fact 'Rahoittaja: OKM'."""
    value = item_value(item)
    text = f"{clean(item.label)}: {value}" if value else clean(item.label)
    if item.detail:
        text += f" ({clean(item.detail)})" if value else f": {clean(item.detail)}"
    return text


def is_answered(cell, src) -> bool:
    """The cell the figure is: marked by the answer, or (a hand-made reply) named by the source's column."""
    return cell.answered or bool(src.column) and clean(cell.heading) == clean(src.column)


def status_marker(status: str) -> str:
    """'✅' for 'Toteutuu', '🟡' for 'Toteutuu osittain' …; '' for a status without a marker."""
    return fmt.LABELS["goal_status"].get(clean(status).lower(), "")


def shorten_left(text: str, limit: int) -> str:
    """``text`` cut from the left at a word: '…toimintakate 2022–2025'."""
    text = clean(text)
    if len(text) <= limit:
        return text
    tail = text[-(limit - 1):]
    if " " in tail and not text[-limit].isspace():
        tail = tail[tail.find(" ") + 1:]
    return "…" + tail.lstrip(" ,;:–-")


def button_titles(labels: list[str], limit: int) -> list[str]:
    """Short button titles that stay told apart: each cut at a word to ``limit``; titles that the
    cut made equal ('varhaiskasvatuksen…' twice) keep their ends instead ('…toimintakate 2025')."""
    first = [shorten(label, limit) for label in labels]
    return [shorten_left(label, limit) if first.count(title) > 1 and title != clean(label) else title
            for label, title in zip(labels, first)]


def numbered_options(reply: Reply) -> list[str]:
    """'1) Varhaiskasvatus', '2) …' for the command line."""
    return [f"{i}) {clean(o.label)}" for i, o in enumerate(reply.options, 1)]


def list_sources(reply: Reply) -> list[Source]:
    """The sources of a list or series answer: its items' or its answers' sources, in order."""
    found = [s for s in (item_source(i) for i in reply.items) if s is not None]
    if not found:
        found = [a.source for a in reply.answers]
    return found


def has_list(reply: Reply) -> bool:
    """A reply whose body is its items or its points (not one figure)."""
    return bool(reply.items) or reply.kind in ("series", "comparison")
