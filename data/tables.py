"""Financial tables: find them, read their columns, and read their rows' number cells.

A table starts at a header line naming at least three column kinds (TP 2024, TOT 2025 3 kk,
TA 2025 +muutos, Poikkeama, Jäljellä, Toteuma %, Ennuste …). Its rows are a label and numbers;
in PDF text a row's numbers may run together or continue on the following lines. The numbers are
kept as tokens here; data/verify.py decides how they split into cells.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from . import numbers
from .report import Line, Report

FORECAST_WORDS = tomllib.loads((Path(__file__).parent / "lang" / "forecast.toml").read_text(encoding="utf-8"))

HEAD_RE = re.compile(
    r"""(?ix)
    (?:
      (?:ta|talousarvio)(?:\s*\d{4})?\s*(?:-\s*)?muutokset(?:\s*\d{4})?
    | talousarviomuutokset(?:\s*\d{4})?
    | (?:ta|talousarvio)(?:\s*\d{4})?\s+muutosten\s+jälkeen
    | muutettu\s+(?:ta|talousarvio)(?:\s*\d{4})?
    | tilinpäätös(?:\s*\d{4})?
    | talousarvio(?:\s*\d{4})?(?:\s*\+\s*muutos)?
    | (?:toteuma|toteutuma|käyttö)\s*-?\s*%
    | toteutunut(?:\s*\d{4})?
    | toteutuma(?:\s*\d{4})?
    | toteuma(?:\s*\d{4}|\s*1\s*-\s*\d{1,2}(?!\.))?
    | tot\s*-\s*\d{2}(?:\s*%)?
    | tot\s*\d{4}(?:\s*\d{1,2}\s*kk)?
    | tp\s*\d{4}
    | tp(?:\s+ennuste)?
    | ta\s*\d{4}(?:\s*\+\s*muutos)?
    | (?:poikkeama|muutos)\s*-?\s*%
    | poikkeama
    | jäljellä
    | ennuste(?:\s*\d{4})?
    )(?![\wåäö.])"""
)
STRONG = re.compile(r"(?i)^(tilinpäätös|talousarvio|toteuma|toteutuma|tot|tp|ta)(?![a-zåäö])")
QUAL_RE = re.compile(r"(?i)\d{1,2}\s*kk(?:\s*/\s*1000\s*e)?|1000\s*e|\+\s*muutos|jäljellä|ennuste|%|-|\d{4}")

SECTION_WORDS = {"toimintatuotot", "toimintakulut", "tulot", "menot", "rahoitustuotot ja -kulut"}


@dataclass
class Column:
    label: str              # heading as printed, e.g. "TOT 2025 3 kk"
    basis: str              # actual|budget|deviation|remaining|realization_pct|forecast
    year: int | None
    months: int | None
    scale: int = 1
    amended: bool = False


@dataclass
class Row:
    label: str
    lines: list[Line]
    tokens: list[str] = field(default_factory=list)      # PDF number tokens
    token_lines: list[int] = field(default_factory=list)
    cells: list[str | None] | None = None                 # TSV: one printed cell per column
    section: str | None = None                            # "toimintatuotot" / "toimintakulut" / …

    @property
    def line_no(self) -> int:
        return self.lines[0].no

    @property
    def quote(self) -> str:
        return " ⏎ ".join(l.raw.strip() for l in self.lines if l.raw.strip())


@dataclass
class Table:
    title: str
    header_lines: list[Line]
    columns: list[Column]
    rows: list[Row] = field(default_factory=list)
    headerless: bool = False
    kind: str = "tuloslaskelma"   # tuloslaskelma | yhteenveto | investoinnit
    org: str | None = None
    org_note: str = ""
    problems: list[str] = field(default_factory=list)
    forecast_text: str = ""       # the report's sentence saying the forecast equals the budget

    @property
    def line_start(self) -> int:
        return (self.header_lines or [r.lines[0] for r in self.rows])[0].no

    @property
    def line_end(self) -> int:
        return self.rows[-1].lines[-1].no if self.rows else self.line_start


def norm_label(label: str) -> str:
    t = re.sub(r"\s+", " ", label).strip(" -:\t")
    t = re.sub(r"\s+-\s*$", "", t)
    return t[:1].upper() + t[1:].lower() if t.isupper() else t


def label_key(label: str) -> str:
    return re.sub(r"[^a-zåäö ]", "", label.lower()).replace("  ", " ").strip()


# --- header ---------------------------------------------------------------------------------

def head_cell(cell: str) -> bool:
    """A tab-separated header cell: a column heading, with its qualifiers when a wrapped heading
    was stacked into one cell ('TP 2021 1000e', 'TOT 2021 9 kk/1000e', '- Jäljellä')."""
    if HEAD_RE.fullmatch(cell):
        return True
    m = HEAD_RE.match(cell) or re.match(r"-\s", cell)
    return bool(m) and is_qualifier_line(cell[m.end():])


def split_heads(text: str) -> tuple[str, list[str]] | None:
    """'Hyvinvointipalvelut TP 2024 TOT 2024 …' → ('Hyvinvointipalvelut', ['TP 2024', …])."""
    if "\t" in text:
        cells = [c.strip() for c in text.split("\t")]
        heads = [c for c in cells[1:] if c]
        ok = [h for h in heads if head_cell(h)]
        if len(ok) >= 3 and len(ok) == len(heads) and any(STRONG.match(h) for h in heads):
            return cells[0], heads
        return None
    first = None
    for m in HEAD_RE.finditer(text):
        if STRONG.match(m.group(0)):
            first = m
            break
    if not first:
        return None
    title = text[: first.start()].strip()
    rest = text[first.start():]
    heads: list[str] = []
    pos = 0
    while pos < len(rest):
        while pos < len(rest) and rest[pos] == " ":
            pos += 1
        if pos >= len(rest):
            break
        m = HEAD_RE.match(rest, pos)
        if m:
            heads.append(re.sub(r"\s+", " ", m.group(0)))
            pos = m.end()
        elif rest[pos] == "-" and (pos + 1 == len(rest) or rest[pos + 1] == " "):
            heads.append("-")
            pos += 1
        else:
            return None
    if len([h for h in heads if h != "-"]) < 3:
        return None
    return title, heads


def classify(head: str, qual: str, doc_kind: str | None, doc_months: int | None) -> Column:
    s = f"{head} {qual}".strip()
    low = s.lower()
    scale = 1000 if re.search(r"1000\s*e|t€|1000\s*€", low) else 1
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", low)]
    m2 = re.search(r"tot\s*-\s*(\d{2})", low)
    if m2 and not years:
        years = [2000 + int(m2.group(1))]
    year = years[0] if years else None
    mk = re.search(r"(\d{1,2})\s*kk", low) or re.search(r"1\s*-\s*(\d{1,2})(?!\d)", low)
    months = int(mk.group(1)) if mk else None
    amended = "muutos" in low or "muutettu" in low
    if re.search(r"muutokset|(poikkeama|muutos)\s*-?\s*%", low):
        basis = "unknown"      # the budget's changes, a deviation or change in per cent: not stored
    elif "%" in low or re.match(r"tot\s*-\s*\d{2}", low):
        basis = "realization_pct"
    elif "poikkeama" in low:
        basis = "deviation"
    elif "jäljellä" in low:
        basis = "remaining"
    elif "ennuste" in low:
        basis, months = "forecast", 12
    elif re.match(r"(ta\b|ta\d|talousarvio|muutettu)", low):
        basis, months = "budget", 12
    elif re.match(r"(tp\b|tp\d|tilinpäätös)", low):
        basis, months = "actual", 12
    elif re.match(r"(tot\b|tot\d|toteuma|toteutuma|toteutunut)", low):
        basis = "actual"
        if months is None:
            months = 12 if doc_kind == "tilinpäätös" else doc_months
    else:
        basis = "unknown"
    return Column(label=s, basis=basis, year=year, months=months, scale=scale, amended=amended)


def finish_columns(cols: list[Column]) -> list[Column]:
    """Derived columns (deviation, remaining, %, forecast) take the current year and its months."""
    years = [c.year for c in cols if c.year and c.basis in ("budget", "actual")]
    current = max(years) if years else None
    actual_now = [c for c in cols if c.basis == "actual" and c.year == current]
    months_now = actual_now[-1].months if actual_now else None
    for c in cols:
        if c.basis in ("deviation", "remaining", "realization_pct", "forecast", "actual", "budget") and c.year is None:
            c.year = current
        if c.basis in ("deviation", "remaining", "realization_pct") and c.months is None:
            c.months = months_now
        if c.basis in ("realization_pct",):
            c.scale = 1
    return cols


def qualifiers(lines: list[Line]) -> list[str]:
    """Second header line(s): 'Selite - 3 kk +muutos 3 kk - %' → ['-', '3 kk', '+muutos', '3 kk', '-', '%']."""
    if not lines:
        return []
    if any("\t" in l.text for l in lines):
        cells = lines[0].text.split("\t")
        return [c.strip() for c in cells[1:]]
    text = " ".join(l.text for l in lines)
    text = re.sub(r"(?i)^\s*(selite|investoinnit)\b", "", text).strip()
    return [re.sub(r"\s+", " ", m.group(0)) for m in QUAL_RE.finditer(text)]


def is_qualifier_line(text: str) -> bool:
    t = re.sub(r"(?i)\b(selite|investoinnit)\b", "", text.replace("\t", " "))
    t = QUAL_RE.sub("", t)
    return not re.sub(r"[\s/kK]", "", t)


def _compatible(head: str, qual: str) -> bool:
    h, q = head.lower(), qual.lower()
    if q == "-":
        return True
    if re.fullmatch(r"\d{1,2}\s*kk.*", q):
        return bool(re.match(r"(tot|toteuma|toteutuma)(?![a-zåäö])", h)) and "%" not in h and not re.match(r"tot\s*-", h)
    if "1000" in q:
        return bool(STRONG.match(h)) and not re.match(r"tot\s*-", h)
    if "muutos" in q:
        return bool(re.match(r"(ta|talousarvio)(?![a-zåäö])", h))
    if q == "jäljellä":
        return h in ("-", "jäljellä")
    if q == "%":
        return h.startswith("tot-") or h.startswith("tot -") or h in ("toteuma", "toteutuma", "-")
    if q == "ennuste":
        return h in ("tp", "-", "ennuste")
    if re.fullmatch(r"\d{4}", q):
        return not re.search(r"\d{4}", h) and bool(STRONG.match(h))
    return False


def assign_qualifiers(heads: list[str], quals: list[str]) -> list[str]:
    """Give each qualifier to the next column it can belong to, in order ('9 kk' only to a TOT
    column, '+muutos' only to a TA column, …): extraction tools drop or shift empty cells."""
    out = [""] * len(heads)
    k = 0
    for q in quals:
        q = q.strip()
        if not q:
            continue
        while k < len(heads) and not _compatible(heads[k], q):
            k += 1
        if k >= len(heads):
            break
        out[k] = "" if q == "-" else q
        k += 1
    return out


# --- rows -----------------------------------------------------------------------------------

_NUM_TOKEN = re.compile(r"^[-\u2212\u2013]?\d+(?:,\d+)?$")


def split_label(text: str) -> tuple[str, str]:
    """'Aineet, tarvikkeet ja tavarat - 737 643 …' → ('Aineet, tarvikkeet ja tavarat', '- 737 643 …')."""
    if "\t" in text:
        cells = text.split("\t")
        return cells[0].strip(), " ".join(c for c in cells[1:] if c.strip())
    parts = text.split(" ")
    for i, p in enumerate(parts):
        if _NUM_TOKEN.match(p) or (p in ("-", "\u2212") and i + 1 < len(parts) and _NUM_TOKEN.match(parts[i + 1])):
            return " ".join(parts[:i]).strip(), " ".join(parts[i:]).strip()
    return text.strip(), ""


def is_numeric_line(text: str) -> bool:
    t = text.strip()
    if not t or "\t" in t:
        return False
    try:
        return bool(numbers.tokens(t))
    except ValueError:
        return False


def _has_letters(s: str) -> bool:
    return bool(re.search(r"[A-Za-zÅÄÖåäö]", s))


def find_tables(report: Report) -> list[Table]:
    lines = report.lines
    kind, months = report.meta.get("kind"), report.meta.get("months")
    tables: list[Table] = []
    i = 0
    n = len(lines)
    while i < n:
        split = split_heads(lines[i].text)
        if not split:
            i += 1
            continue
        title, heads = split
        header_lines = [lines[i]]
        # a title broken onto the previous line (PDF): an adjacent short text line
        if "\t" not in lines[i].text and i > 0:
            prev = lines[i - 1].text.strip()
            if prev and len(prev) < 60 and not re.search(r"\d", prev) and split_heads(prev) is None:
                title = f"{prev} {title}".strip()
                header_lines.insert(0, lines[i - 1])
        elif not re.sub(r"(?i)\b(selite|investoinnit|irtain omaisuus)\b", "", title).strip() \
                and _caption(lines, i) is not None:   # the header names no unit: its caption does
            k = _caption(lines, i)
            title = f"{lines[k].text.strip()} {title}".strip()
            header_lines.insert(0, lines[k])
        # qualifier lines until the first row
        j = i + 1
        qual_lines: list[Line] = []
        while j < n and j <= i + 7:
            t = lines[j].text.strip()
            if not t:
                j += 1
                continue
            nxt = _next_nonblank(lines, j + 1)
            split_kk = re.fullmatch(r"\d{1,2}", t) and nxt is not None and lines[nxt].text.strip().lower().startswith("kk")
            if re.match(r"(?i)^(selite|investoinnit)\b", t) or is_qualifier_line(t) or split_kk:
                qual_lines.append(lines[j])
                j += 1
                continue
            break
        title = re.sub(r"(?i)\bselite\b", "", title).strip()
        quals = assign_qualifiers(heads, qualifiers(qual_lines))
        problems: list[str] = []
        cols = finish_columns([classify(h, q, kind, months) for h, q in zip(heads, quals)])
        table = Table(title=title, header_lines=header_lines + qual_lines, columns=cols, problems=problems)
        extra: list[Table] = []
        i = read_rows(lines, j, table, extra)
        tables.append(table)
        tables.extend(extra)
    said = forecast_is_budget(report)
    for t in tables:
        if said and any(c.basis == "forecast" for c in t.columns):
            t.forecast_text = said
    return tables


def forecast_is_budget(report: Report) -> str:
    """The sentence in which the report says its budget will hold (so TP-ennuste = TA), or ''.
    Read over paragraphs: a PDF breaks a sentence over lines."""
    phrases = [p.lower() for p in FORECAST_WORDS["budget_holds"]]
    para: list[str] = []
    for line in report.lines + [Line(0, "", "")]:
        t = line.text.strip()
        if t and "\t" not in line.text:
            para.append(t)
            continue
        text = re.sub(r"\s+", " ", " ".join(para))
        para = []
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if any(p in sentence.lower() for p in phrases):
                return sentence
    return ""


def _caption(lines: list[Line], i: int) -> int | None:
    """A table whose header names no unit: the short text line just above it ('OPETUS JA KOULUTUS')."""
    k = _prev_nonblank(lines, i - 1)
    if k is None or k < i - 3:
        return None
    t = lines[k].text.strip()
    if "\t" in t or len(t) > 60 or re.search(r"\d", t) or t.endswith(":") \
            or (t.endswith(".") and len(t.split()) > 5):   # a sentence, not a caption ('TERV.EDISTÄM.' is one)
        return None
    return k


def _prev_nonblank(lines: list[Line], j: int) -> int | None:
    while j >= 0:
        if lines[j].text.strip():
            return j
        j -= 1
    return None


def _section_line(text: str) -> str | None:
    t = text.replace("\t", " ").strip().rstrip("-").strip()
    if t and t.isupper() and _has_letters(t) and not re.search(r"\d", t) and len(t) < 40:
        return t.lower()
    return None


@dataclass
class _Reading:
    """Where row reading stands: the table rows go into, the section, a label broken over lines."""
    table: Table
    extra: list[Table]
    current: Table
    section: str | None = None
    pending_label: list[Line] = field(default_factory=list)
    blank_run: int = 0


_NOT_A_ROW = re.compile(r"(?i)^(selite|investoinnit)$")   # a header's second line repeated at a page break


def read_rows(lines: list[Line], j: int, table: Table, extra: list[Table]) -> int:
    """Read rows from line index j into `table` (and header-less tables found after it, into
    `extra`); return the index where reading ended."""
    st = _Reading(table, extra, table)
    while j < len(lines):
        line = lines[j]
        t = line.text.strip()
        if not t:
            st.blank_run += 1
            j += 1
            if st.blank_run >= 4 and st.current.rows:
                break
            continue
        if split_heads(t) is not None:
            break
        got = _tab_row(st, line) if "\t" in t else _text_row(st, lines, j)
        if got == "stop":
            break
        if isinstance(got, Row):
            _add_row(st, got)
        if got != "keep":
            st.blank_run = 0
        j += 1
    return j


def _tab_row(st: _Reading, line: Line) -> Row | str:
    cells = [c.strip() for c in line.text.strip().split("\t")]
    label, vals = cells[0], cells[1:]
    if not any(vals) and (_section_line(label) or _NOT_A_ROW.match(label)):
        st.section = _section_line(label) or st.section
        return "skip"
    if not _has_letters(label) or not any(numbers.parse_cell(v) is not None for v in vals) \
            or any(_has_letters(v) for v in vals):   # words among the figures: not a row ('2024 Poikkeama')
        return "stop"
    ncols = len(st.current.columns)
    return Row(label=norm_label(label), lines=[line], cells=(vals + [None] * ncols)[:ncols])


def _text_row(st: _Reading, lines: list[Line], j: int) -> Row | str:
    line = lines[j]
    t = line.text.strip()
    label, rest = split_label(t)
    if not label and rest and st.current.rows:
        if not is_numeric_line(rest):
            return "stop"
        prev = st.current.rows[-1]          # numbers continuing the previous row on their own line
        toks = numbers.tokens(rest)
        prev.tokens += toks
        prev.token_lines += [line.no] * len(toks)
        prev.lines.append(line)
        return "skip"
    if not rest:
        if _NOT_A_ROW.match(t):
            return "skip"
        sec = _section_line(t)
        nxt = _next_nonblank(lines, j + 1)
        if sec and nxt is not None and split_label(lines[nxt].text.strip())[1]:
            st.section = sec
            return "skip"
        # a label broken over lines: "Aineet, tarvikkeet ja" / "tavarat -709 …"
        if nxt is not None and len(t) < 50 and lines[nxt].text.strip()[:1].islower() \
                and split_label(lines[nxt].text.strip())[1]:
            st.pending_label.append(line)
            return "keep"
        return "stop"
    try:
        toks = numbers.tokens(rest)
    except ValueError:
        return "stop"
    full_label = " ".join(l.text.strip() for l in st.pending_label)
    if full_label:
        full_label = (full_label + label) if full_label.endswith("-") else f"{full_label} {label}"
    else:
        full_label = label
    row = Row(label=norm_label(full_label), lines=st.pending_label + [line], tokens=toks,
              token_lines=[line.no] * len(toks))
    st.pending_label = []
    return row


def _add_row(st: _Reading, row: Row) -> None:
    # a row that goes back in the statement order after a gap: a new table whose header was lost
    current = st.current
    if current.rows and st.blank_run and _rank(row.label) is not None and _last_rank(current) is not None \
            and _rank(row.label) < _last_rank(current):
        st.current = Table(title="", header_lines=[], columns=st.table.columns, headerless=True, kind=st.table.kind)
        st.extra.append(st.current)
        st.section = None
    row.section = st.section
    st.current.rows.append(row)


def _next_nonblank(lines: list[Line], j: int) -> int | None:
    while j < len(lines):
        if lines[j].text.strip():
            return j
        j += 1
    return None


ORDER = [
    ("myyntituotot", 1), ("maksutuotot", 1), ("tuet ja avustukset", 1), ("vuokratuotot", 1),
    ("muut toimintatuotot", 1), ("toimintatuotot", 2), ("henkilöstökulut", 3), ("palvelujen ostot", 3),
    ("aineet tarvikkeet ja tavarat", 3), ("avustukset", 3), ("vuokrakulut", 3), ("muut toimintakulut", 3),
    ("toimintakulut", 4), ("valmistus omaan käyttöön", 5), ("toimintakate", 6), ("rahoitustuotot ja kulut", 7),
    ("vuosikate", 8), ("poistot ja arvonalentumiset", 9), ("satunnaiset erät", 10), ("tilikauden tulos", 11),
]
_ORDER = dict(ORDER)


def _rank(label: str) -> int | None:
    return _ORDER.get(label_key(label))


def _last_rank(table: Table) -> int | None:
    for r in reversed(table.rows):
        rk = _rank(r.label)
        if rk is not None:
            return rk
    return None
