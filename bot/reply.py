"""The one reply model: what every answer returns and every presenter reads.

An answer module builds a :class:`Reply`; the presenters (plain text for the command line, HTML for
Telegram, Adaptive Cards for Teams) read its fields — never its prose. Notes are set where they arise
(:class:`Note` with a kind), not written into a text and read back out of it.

``Reply.to_dict()`` is the JSON contract of ``kysy --json``: ``status``, ``text`` (added by the caller
from the plain-text presenter), ``interpretation``, ``answers[].value/unit/source{report,line,…}``,
``options[].label`` and ``notes``; fields are added over time, never removed.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

STATUSES = ("answer", "clarify", "not_found", "help")
KINDS = ("figure", "series", "comparison", "ranking", "overrun", "kpi", "project", "projects", "goals",
         "text", "clarify", "not_found", "help")


@dataclass(frozen=True)
class Cell:
    """One printed cell of the source row, with its column heading: ('Toteuma 2025', '−7 507 509 €')."""
    heading: str
    display: str
    answered: bool = False                # the cell the answer's figure is (shown bold)


@dataclass(frozen=True)
class Source:
    """Where a figure stands: report (file), its title and date, table, line (page for a PDF), the row."""
    report: str
    title: str = ""
    date: str | None = None               # ISO date of publication, formatted by the presenters
    table: str | None = None
    line: int | None = None
    page: int | None = None
    column: str | None = None             # the heading of the figure's column
    row: str | None = None                # the row's label ('Toimintakate')
    cells: tuple[Cell, ...] = ()          # the row with its headings, for a person to check
    quote: str = ""                       # the raw source line(s), kept for the JSON contract
    kind: str = "table"                   # table | text | kpi | project | goal


@dataclass(frozen=True)
class Answer:
    """One figure."""
    value: float | int
    unit: str                             # 'EUR', '%', 'EUR/asukas', 'kpl', …
    display: str                          # the figure in Finnish: '−7 507 509 €'
    label: str                            # 'Varhaiskasvatus · Toimintakate · toteuma 2025'
    source: Source
    org: str | None = None
    measure: str | None = None
    year: int | None = None
    basis: str | None = None              # actual | budget | deviation | remaining | realization_pct | forecast | target
    months: int | None = None
    scale: int = 1                        # 1000: the table is in thousands of euros
    verified: bool = False
    check: str | None = None              # how it was (or could not be) cross-checked
    role: str = "primary"                 # primary | beside | point | item | other_report | part
    section: str | None = None            # income-statement side: toimintatuotot | toimintakulut | None


@dataclass(frozen=True)
class Note:
    """A remark on the answer, set where it arises. ``kind`` lets a presenter style or drop it."""
    kind: str                             # to_date | thousands | unverified | amended_budget | merged_comparison
    text: str                             # | other_report | computed | change | missing_years | not_comparable
                                          # | deviation | partial_point | scope …


@dataclass(frozen=True)
class Option:
    """A choice offered back: a short ``label`` for a button, the full ``question`` it asks."""
    label: str
    question: str


@dataclass(frozen=True)
class Item:
    """One row of a list answer (a ranking, goals, projects, help): label, its figure, a detail."""
    label: str
    answer: Answer | None = None
    detail: str = ""
    source: Source | None = None
    full_text: str = ""                   # the whole text when ``label`` is shortened
    status: str = ""                      # a goal's status as printed ('Toteutuu osittain')


@dataclass(frozen=True)
class Point:
    x: str
    y: float
    partial: bool = False                 # a to-date figure inside a yearly series: drawn apart


@dataclass(frozen=True)
class Series:
    name: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Chart:
    type: str                             # line | bar
    title: str                            # carries the years
    unit: str
    series: tuple[Series, ...]
    caption: str = ""                     # the sources
    alt: str = ""                         # alt text stating the values


@dataclass(frozen=True)
class Change:
    """A change between two figures, said in words with the right direction for the row."""
    start: str                            # '2024'
    end: str                              # '2025'
    diff: float
    pct: float | None
    words: str                            # 'kasvoivat 2 887 432 € (7,9 %)'


@dataclass
class Interpretation:
    line: str = ""                        # 'Tulkitsin: Varhaiskasvatus · Toimintakate · toteuma 2025'
    org: str | None = None
    measure: str | None = None
    year: int | None = None
    years: list[int] = field(default_factory=list)
    basis: str | None = None
    months: int | None = None
    operation: str | None = None
    read_from: dict[str, str] = field(default_factory=dict)


@dataclass
class Reply:
    status: str                           # answer | clarify | not_found | help
    kind: str                             # see KINDS
    headline: str                         # the first line a person reads
    answers: list[Answer] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    options: list[Option] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    chart: Chart | None = None
    change: Change | None = None
    interpretation: Interpretation = field(default_factory=Interpretation)
    unexplained: list[str] = field(default_factory=list)
    lang: str = "fi"                      # the reply's language ('sv'/'en' only for the language notice)

    def note(self, kind: str, text: str) -> None:
        if text and all(n.text != text for n in self.notes):
            self.notes.append(Note(kind, text))

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract (without ``text``, which the caller adds from the text presenter)."""
        out = {"status": self.status, "kind": self.kind, "headline": self.headline,
               "interpretation": asdict(self.interpretation),
               "answers": [_answer_dict(a) for a in self.answers],
               "options": [asdict(o) for o in self.options],
               "notes": [n.text for n in self.notes],
               "note_kinds": [n.kind for n in self.notes],
               "items": [_item_dict(i) for i in self.items],
               "unexplained": list(self.unexplained)}
        if self.chart is not None:
            out["chart"] = asdict(self.chart)
        if self.change is not None:
            out["change"] = asdict(self.change)
        return out


def _answer_dict(a: Answer) -> dict[str, Any]:
    d = asdict(a)
    d["source"]["cells"] = [asdict(c) for c in a.source.cells]
    return d


def _item_dict(i: Item) -> dict[str, Any]:
    return {"label": i.label, "detail": i.detail, "full_text": i.full_text, "status": i.status,
            "answer": _answer_dict(i.answer) if i.answer else None,
            "source": asdict(i.source) if i.source else None}
