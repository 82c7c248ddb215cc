"""Goals (tavoitteet) as the reports print them: one goal per statement, its unit, its status, the kind of
goal table it stands in, and whether the report printed it already.

A goal table row may hold several goals of one unit ('OPKOU: Oppimisen tuen uudistus …  OPKOU: Matalan
kynnyksen …'), each a goal under the row's one status; a row cut by a page break goes on in the next row
(without a status, or with the tail of the goal before its own). A report may print the same goals twice
(the palvelualue's table, then a lautakunta's section): the later copy is stored as a repeat of the first
(`repeat_of`, the first copy's line), which an answer does not count again. The words are data/lang/fi.toml's
[report_goals].
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .language import load
from .report import Line, Report
from .text import fold

WORDS = load("fi")["report_goals"]
TAGS = "|".join(map(re.escape, sorted(WORDS["tags"], key=len, reverse=True)))
LEAD_TAG = re.compile(rf"^\s*({TAGS})(?=:(?!\w)|\s|$)")        # a goal's unit mark at the start of its text
INNER_TAG = re.compile(rf"(?<=[.!?] )({TAGS}):(?!\w)")           # … and after the goal before it in one cell
STATUSES: dict[str, list[str]] = WORDS["status"]
PARTLY = WORDS["partly"]
MARKS = "|".join(map(re.escape, WORDS["marks"]))
_WORDS = sorted({w for ws in STATUSES.values() for w in ws if not re.fullmatch(MARKS, w)}, key=len, reverse=True)
STATUS_LINE = re.compile(rf"(?i)^\s*({'|'.join(map(re.escape, _WORDS))})(\s+{re.escape(PARTLY)})?\s*({MARKS})?\s*$")
STATUS_CELL = re.compile(rf"(?i)^({'|'.join(re.escape(w) for ws in STATUSES.values() for w in ws if w != PARTLY)})")
MIN_KEY = 12        # letters of a goal's words (after its unit mark) that name it well enough to match a repeat
KEY_LETTERS = 60    # … of which a repeat is compared on this many
SAME = 90           # rapidfuzz ratio of two printings of one goal ('Kotoutumistyötä' / 'Kotouttamistyötä')


@dataclass
class Goal:
    name: str                   # the goal's own words ('' when a PDF's text does not tell them apart)
    status: str                 # '' when the row prints none
    line: Line
    org_tag: str | None = None
    rest: list[str] = field(default_factory=list)    # the row's other cells: measure, responsible, realisation
    aim: str = ""               # the strategic aim (päämäärä) the row is under
    level: str | None = None    # 'binding' (valtuuston sitovuustaso) | 'plan' (käyttösuunnitelma) | None
    repeat_of: int | None = None

    @property
    def text(self) -> str:
        return " ".join(x for x in (self.name, *self.rest, self.aim) if x)


def normalise_status(s: str) -> str:
    low = s.lower()
    for status, words in STATUSES.items():
        if any(w in low for w in words):
            return status
    return s.strip()


def find_goals(report: Report) -> list[Goal]:
    goals = sorted(_tab_goals(report.lines) + _text_goals(report.lines), key=lambda g: g.line.no)
    marks = level_marks(report.lines)
    for g in goals:
        g.level = next((level for no, level in reversed(marks) if no < g.line.no), None)
    mark_repeats(goals)
    return goals


# --- which goal table -----------------------------------------------------------------------------

def level_of_heading(text: str) -> str | None:
    """'STRATEGIASTA JOHDETUT TAVOITTEET (VALTUUSTON SITOVUUSTASO)' → 'binding'; 'Käyttösuunnitelma' →
    'plan'; a sentence ('… käyttösuunnitelman tavoitteita talousarviosuunnitelman mukaisesti.') → None."""
    t = fold(text.strip())
    if not t or len(t) > 100 or t.endswith(".") or "\t" in text:
        return None
    if all(fold(w) in t for w in WORDS["binding_heading"]):
        return "binding"
    if t.startswith(fold(WORDS["plan_heading"])):
        return "plan"
    return None


def level_marks(lines: list[Line]) -> list[tuple[int, str]]:
    return [(l.no, level) for l in lines if (level := level_of_heading(l.text))]


def goal_header(cells: list[str]) -> bool:
    """The heading row of a goal table: 'Strateginen päämäärä … Tila'."""
    return len(cells) >= 3 and fold(cells[0]).startswith(fold(WORDS["table_header"])) \
        and fold(cells[-1]) == fold(WORDS["status_heading"])


# --- tab-separated goal tables ----------------------------------------------------------------------

def statements(cell: str) -> tuple[str, list[tuple[str, str]]]:
    """A goal cell → (the words before its first unit mark, [(unit mark, goal)…]); a cell with no unit mark
    is ('its words', [])."""
    cell = " ".join(cell.split())
    starts = [m.start() for m in INNER_TAG.finditer(cell)]
    lead = LEAD_TAG.match(cell)
    if lead:
        starts = [0] + starts
    if not starts:
        return cell, []
    out = []
    for a, b in zip(starts, starts[1:] + [len(cell)]):
        part = cell[a:b].strip()
        out.append((LEAD_TAG.match(part).group(1), part))
    return cell[:starts[0]].strip(), out


def _tab_goals(lines: list[Line]) -> list[Goal]:
    goals: list[Goal] = []
    table: tuple[int, int] | None = None     # the goal table being read: (its first goal's index, its columns)
    width = 0                                # the columns of the last goal table heading
    for line in lines:
        if "\t" not in line.text:
            if line.text.strip():
                table = None
            continue
        cells = [c.strip() for c in line.text.split("\t")]
        if goal_header(cells):
            width = len(cells)
            table = table or (len(goals), width)
            continue
        status = cells[-1] if len(cells) >= 4 and STATUS_CELL.match(cells[-1]) else None
        if status is not None:
            table = table or (len(goals), width if len(cells) <= width else len(cells))
        elif table is None or len(cells) != table[1]:
            continue
        previous = goals[-1] if len(goals) > table[0] else None
        # the goal cell is the second; a PDF's row may come without its empty first cell
        goals += _row_goals(cells, max(0, 1 - (table[1] - len(cells))), status, line, previous)
    return goals


def _row_goals(cells: list[str], col: int, status: str | None, line: Line, previous: Goal | None) -> list[Goal]:
    """The goals of one row of a goal table (its goal cell `col`). Words before the row's first unit mark,
    and a row with no status or no strategic aim under goals with a unit mark, go on with the goal above
    (a row cut by a page break); a row whose goal cell is empty is no goal (an unchosen status option)."""
    lead, found = statements(cells[col] if len(cells) > col else "")
    rest = [c for c in (cells[col + 1:-1] if status else cells[col + 1:]) if c]
    aim = " ".join(c for c in cells[:col] if c)
    printed = normalise_status(status) if status else ""
    if found or not status or (not aim and previous is not None and previous.org_tag):
        if previous is not None and lead:
            previous.name = f"{previous.name} {lead}".strip()
        if previous is not None and not found:
            previous.rest += rest
            previous.aim = f"{previous.aim} {aim}".strip()
            previous.status = previous.status or printed
        return [Goal(text, printed, line, tag, list(rest), aim) for tag, text in found]
    return [Goal(lead, printed, line, None, rest, aim)] if lead else []


# --- goals in a PDF's running text ----------------------------------------------------------------------

def _text_goals(lines: list[Line]) -> list[Goal]:
    """Goals of a report whose tables came as running text: the lines since the previous status (or the
    table's heading) up to a status line. A paragraph that begins with a unit mark is one goal."""
    goals: list[Goal] = []
    block: list[Line | None] = []          # None: a blank line (paragraphs)
    for k, line in enumerate(lines):
        if "\t" in line.text:
            continue
        t = line.text.strip()
        if not t:
            if block and block[-1] is not None:
                block.append(None)
            continue
        if fold(t).startswith(fold(WORDS["table_header"])) or level_of_heading(t):
            block = []
            continue
        m = STATUS_LINE.match(t)
        if m:     # a status; 'osittain' alone goes with the status above it
            if m.group(1).lower() != PARTLY and any(block):
                partly = k + 1 < len(lines) and lines[k + 1].text.strip().lower() == PARTLY
                goals += _block_goals(block, t + (f" {PARTLY}" if partly else ""), line)
                block = []
            continue
        block = (block + [line])[-120:]
    return goals


def _paragraphs(block: list[Line | None]) -> list[list[str]]:
    out: list[list[str]] = [[]]
    for line in block:
        if line is None:
            out.append([])
        else:
            out[-1].append(line.text.strip())
    return [p for p in out if p]


def _block_goals(block: list[Line | None], status: str, line: Line) -> list[Goal]:
    paras = _paragraphs(block)
    tagged = [p for p in paras if LEAD_TAG.match(p[0])]
    status = normalise_status(status)
    if not tagged:
        text = " ".join(t for p in paras for t in p)[-1500:]
        return [Goal("", status, line, None, [text])]
    rest = [joined(p) for p in paras if p not in tagged]
    return [Goal(joined(p), status, line, LEAD_TAG.match(p[0]).group(1), rest) for p in tagged]


def joined(parts: list[str]) -> str:
    """Lines of one paragraph as one text ('käyttöönotto ja kehit-' + 'täminen' → 'kehittäminen')."""
    out = ""
    for p in parts:
        out = out + p if out.endswith("-") else f"{out} {p}".strip()
    return out


# --- a goal printed twice ---------------------------------------------------------------------------------

def letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text))


def same_goal(a: Goal, b: Goal) -> bool:
    """One goal printed twice: the same unit mark and the same words — one printing may be cut short by a
    page break, or spelt a little differently. Without its own words (a PDF's text), the whole text alike."""
    if fold(a.org_tag or "") != fold(b.org_tag or ""):
        return False
    if not (a.name and b.name):
        return not a.name and not b.name and letters(a.text) == letters(b.text)
    ka, kb = (letters(LEAD_TAG.sub("", g.name, count=1)) for g in (a, b))
    n = min(len(ka), len(kb), KEY_LETTERS)
    if n < MIN_KEY:
        return ka == kb
    return fuzz.ratio(ka[:n], kb[:n]) >= SAME


def mark_repeats(goals: list[Goal]) -> None:
    """A goal the report printed already is a repeat of its first printing."""
    firsts: list[Goal] = []
    for g in goals:
        first = next((f for f in firsts if same_goal(f, g)), None)
        if first is None:
            firsts.append(g)
        else:
            g.repeat_of = first.line.no
