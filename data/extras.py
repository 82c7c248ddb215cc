"""Beyond the financial tables: key indicators, projects, risks and text passages (goals: data/goals.py)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import numbers
from .language import load
from .report import Line, Report

KPI_COL_RE = re.compile(r"(?i)(toteutuma|toteuma|ennuste|tavoite|tp|ta)\s*(\d{4})")
BASIS = {"toteutuma": "actual", "toteuma": "actual", "tp": "actual", "ennuste": "forecast", "tavoite": "target", "ta": "budget"}
AREA_RE = re.compile(r"(?i)^\s*([a-zåäö/]{2,8})\s*:?\s*(.+)$")


@dataclass
class Kpi:
    name: str
    subject: str
    unit: str
    area: str | None
    year: int
    basis: str
    value: float
    printed: str
    line: Line
    note: str = ""


def unit_of(label: str) -> str:
    low = label.lower().replace(" ", "")
    m = re.search(r"€/([a-zåäö]+)", low) or re.search(r"euroa/([a-zåäö]+)", low)
    if m:
        return "EUR/" + m.group(1)
    if "%" in label or "osuus" in low:
        return "%"
    if "ka/asukas" in low or "/asukas" in low:
        return "kpl/asukas"
    if "/€" in low or "rahoitus" in low:
        return "EUR"
    if "osallistu" in low:
        return "osallistujaa"
    return "kpl"


def _kpi_value(cell: str) -> tuple[str | None, float | None, str]:
    """'hyte: 384.100 euroa.' → ('hyte', 384100, '384.100'); '439,58€' → (None, 439.58, '439,58')."""
    c = cell.strip().rstrip(".").strip()
    area = None
    m = re.match(r"(?i)^([a-zåäö]{2,6}(?:/[a-zåäö]{2,4})?)\s*:?\s*(-?\d.*)$", c)
    if m:
        area, c = m.group(1).lower(), m.group(2)
    m = re.match(r"^(-?\d[\d .]*(?:,\d+)?)", c)
    if not m:
        return area, None, ""
    printed = m.group(1).strip().rstrip(".")
    return area, numbers.parse_cell(printed), printed


def find_kpis(report: Report) -> tuple[list[Kpi], list[str]]:
    kpis: list[Kpi] = []
    problems: list[str] = []
    lines = report.lines
    i = 0
    while i < len(lines):
        t = lines[i].text
        if re.match(r"(?i)^\s*tunnusluku\b", t) and len(KPI_COL_RE.findall(t)) >= 2:
            cols = [(BASIS[b.lower()], int(y)) for b, y in KPI_COL_RE.findall(t)]
            if "\t" in t:
                i = _kpis_tsv(lines, i + 1, cols, report, kpis)
            else:
                i = _kpis_pdf(lines, i + 1, cols, kpis, problems)
            continue
        i += 1
    return kpis, problems


def _kpis_tsv(lines: list[Line], i: int, cols, report, kpis: list[Kpi]) -> int:
    subject = ""
    group = ""
    while i < len(lines) and "\t" in lines[i].text:
        cells = lines[i].text.split("\t")
        label = cells[0].strip().lstrip("•").strip()
        vals = cells[1:1 + len(cols)]
        if not any(v.strip() for v in vals):
            i += 1
            continue
        bullet = cells[0].strip().startswith("•")
        if bullet and group:
            name = group
        elif label.startswith("€") or label.startswith("%"):
            name = f"{subject} {label}".strip()
        else:
            subject = re.split(r"\s*(€|euroa|\d)", label)[0].strip() or label
            name = label
            group = label
        for (basis, year), cell in zip(cols, vals):
            if not cell.strip():
                continue
            area, value, printed = _kpi_value(cell)
            if value is None:
                continue
            kpis.append(Kpi(name=name if not area else group, subject=subject, unit=unit_of(name if not area else group),
                            area=area, year=year, basis=basis, value=value, printed=printed, line=lines[i]))
        i += 1
    return i


def _kpis_pdf(lines: list[Line], i: int, cols, kpis: list[Kpi], problems: list[str]) -> int:
    """PDF text: label lines, then the values column by column, row by row within a block."""
    blocks: list[tuple[list[Line], list[tuple[str, Line]]]] = []
    labels: list[Line] = []
    values: list[tuple[str, Line]] = []
    val_re = re.compile(r"-?\d{1,3}(?:[ .]\d{3})+(?:,\d+)?(?![\d.])|-?\d+\.\d{1,2}(?!\d)|-?\d+(?:,\d+)?")
    while i < len(lines):
        t = lines[i].text.strip()
        if re.match(r"(?i)^(riskienhallinta|hankkeet)\b", t):
            break
        if not t:
            i += 1
            continue
        body = re.sub(r"\b\d+\.\s", " ", t + " ")  # '9. luokkalaisista' is not a value
        found = val_re.findall(body)
        letters = re.sub(r"(?i)(€|e\b|euroa|op\.|/|%|\d|[ .,])", "", body)
        if found and len(letters) <= 25:
            values += [(v, lines[i]) for v in found]
        else:
            if values:
                blocks.append((labels, values))
                labels, values = [], []
            labels.append(lines[i])
        i += 1
    if labels and values:
        blocks.append((labels, values))
    for labels, vals in blocks:
        _kpi_block(labels, vals, cols, kpis, problems)
    return i


def _kpi_block(labels: list[Line], vals: list[tuple[str, Line]], cols, kpis: list[Kpi], problems: list[str]) -> None:
    """One block of PDF-text indicators: its label lines and its values, column by column."""
    ncol = len(cols)
    names = _kpi_names(labels)
    expected = len(names) * ncol
    note = ""
    if len(vals) != expected and len(names) == 1:
        # '161 213 215' / '259 694 400 000 380 000': read as `expected` numbers; if several readings
        # fit, take the one whose values are closest in magnitude and say so (not verified)
        text_vals = " ".join(v for v, _ in vals)
        try:
            parts = numbers.partitions(numbers.tokens(text_vals), expected)
        except ValueError:
            parts = []
        if parts:
            def spread(p):
                mags = [abs(v) for v, _ in p if v]
                return (max(mags) / min(mags)) if mags and min(mags) > 0 else float("inf")
            parts.sort(key=spread)
            if len(parts) > 1:
                note = "välilyönnein erotetut luvut jaettu suuruusluokan perusteella"
            line0 = vals[0][1]
            vals = [(printed, line0) for _, printed in parts[0]]
    if len(vals) == expected:
        for k, (printed, line) in enumerate(vals):
            col, row = divmod(k, len(names))
            basis, year = cols[col]
            kpis.append(Kpi(name=names[row], subject=names[row], unit=unit_of(names[row]), area=None, year=year,
                            basis=basis, value=_pdf_value(printed), printed=printed, line=line, note=note))
    elif len(names) == 1 and 0 < len(vals) < ncol:
        for k, (printed, line) in enumerate(vals):
            basis, year = cols[k]
            kpis.append(Kpi(name=names[0], subject=names[0], unit=unit_of(names[0]), area=None, year=year, basis=basis,
                            value=_pdf_value(printed), printed=printed, line=line, note="osa sarakkeista tekstiä"))
    else:
        problems.append(f"rivi {labels[0].no}: tunnusluvun '{names[0] if names else '?'}' arvoja {len(vals)}, "
                        f"odotettiin {expected}: ei tallennettu")


def _kpi_names(labels: list[Line]) -> list[str]:
    names: list[str] = []
    subject = ""
    for l in labels:
        t = l.text.strip().lstrip("•").strip()
        if t.startswith("€"):
            names.append(f"{subject} {t}".strip())
        elif names and t[:1].islower():
            names[-1] = f"{names[-1]} {t}"
            subject = names[-1]
        else:
            names.append(t)
            subject = t
    units_only = [n for n in names if "€/" in n]
    if units_only and len(names) > len(units_only):
        names = units_only  # the subject line only names them
    return names


def _pdf_value(printed: str) -> float | None:
    if re.fullmatch(r"-?\d+\.\d{1,2}", printed):      # '64.41' – a decimal point
        return float(printed)
    return numbers.parse_cell(printed)


# --- projects ---------------------------------------------------------------------------------

@dataclass
class Project:
    name: str
    period: str | None
    funder: str | None
    total: float | None
    total_printed: str | None
    city_share: str | None
    spent: str | None
    line: Line
    text: str = ""
    years: str | None = None      # the years its figures are of: its period, its name's or its description's
    more: list[Line] = field(default_factory=list)   # continuation lines of its row (a cell wrapped over a page)


YEAR_SPAN = r"(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)\d{2})?"
NAME_SPAN = re.compile(r"(?:19|20)\d{2}\s*[–-]\s*(?:19|20)\d{2}")
# a description's word for when it ran, then at most one word, then the years ('toteutettiin vuosina 2024-2025')
PERIOD_CUE = re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in load("fi")["projects"]["period_cues"])
                        + r")\s+(?:[a-zåäö]+\s+)?(" + YEAR_SPAN + r")(?!\d)")


def span_text(text: str) -> str:
    """'2024 - 2025' → '2024–2025' (one dash, no spaces)."""
    return re.sub(r"\s*[–-]\s*", "–", text.strip())


def project_years(name: str, period: str | None, texts: list[str]) -> str | None:
    """The years a project row's figures are of: its period column, else a span in its name ('… (2024–2025)'),
    else what its description says ('Hanke toteutettiin vuosina 2024-2025', 'taloustiedot vuoden 2024 …')."""
    if period and re.search(r"(?:19|20)\d{2}", period):
        return span_text(period)
    m = NAME_SPAN.search(name)
    if m:
        return span_text(m.group(0))
    for t in texts:
        m = PERIOD_CUE.search(t)
        if m:
            return span_text(m.group(1))
    return None


def find_projects(report: Report) -> list[Project]:
    out: list[Project] = []
    lines = report.lines
    i = 0
    while i < len(lines):
        t = lines[i].text
        if "\t" in t and re.search(r"(?i)hankkeen nimi", t):
            found, i = _tsv_projects(lines, i)
            out += found
            continue
        i += 1
    out += _projects_pdf(report)
    return out


def _tsv_columns(header: str) -> dict[str, int | None]:
    head = [c.strip().lower() for c in header.split("\t")]

    def col(word):
        return next((k for k, h in enumerate(head) if word in h), None)
    return dict(width=len(head), name=col("hankkeen nimi"), total=col("kokonais"), period=col("toteutusaika"),
                funder=col("rahoittaja"), share=col("kaupungin"), spent=col("menojen"))


def _tsv_projects(lines: list[Line], i: int) -> tuple[list[Project], int]:
    """The rows of a tab-separated project table from its header at ``i``: each row with its continuation
    lines (a row whose name and total are empty continues the row above it: a cell wrapped over a page
    break, after the header repeated)."""
    cols = _tsv_columns(lines[i].text)
    rows: list[tuple[list[Line], list[str]]] = []
    i += 1
    while i < len(lines) and (not lines[i].text.strip() or "\t" in lines[i].text):
        text = lines[i].text
        cells = text.split("\t")
        cells += [""] * (cols["width"] - len(cells))   # a wrapped PDF row may have fewer cells
        if text.strip() and not re.search(r"(?i)hankkeen nimi", text) and len(cells) > (cols["total"] or 0):
            if rows and _continues(cells, cols):
                rows[-1][0].append(lines[i])
                rows[-1] = (rows[-1][0], [_join_cell(a, b) for a, b in zip(rows[-1][1], cells)])
            else:
                rows.append(([lines[i]], cells))
        i += 1
    return [p for row_lines, cells in rows if (p := _tsv_project(row_lines, cells, cols))], i


def _continues(cells: list[str], cols: dict) -> bool:
    return all(not cells[cols[c]].strip() for c in ("name", "total") if cols[c] is not None) and any(c.strip() for c in cells)


def _join_cell(a: str, b: str) -> str:
    """A cell and its continuation: '… tapahtuu 2025–' + '2026. …' → '… tapahtuu 2025–2026. …'."""
    a, b = a.strip(), b.strip()
    if not a or not b:
        return a or b
    return a + b if re.search(r"\d[–-]$", a) else f"{a} {b}"


def _tsv_project(row_lines: list[Line], cells: list[str], cols: dict) -> Project | None:
    def cell(c):
        return cells[cols[c]].strip() if cols[c] is not None and cols[c] < len(cells) else None
    name = cell("name") or ""
    total_txt = (cell("total") or "").replace("€", "").strip()
    total = numbers.parse_cell(total_txt)   # '59997,33': ',' is the decimal separator
    if not name or total is None:
        return None
    period = cell("period") or None
    if not period:
        m = re.search(r"\((\d{4}\s*[–-]\s*\d{4})\)", name)
        period = m.group(1) if m else None
    others = [c for k, c in enumerate(cells) if k != cols["name"]]
    return Project(name=name, period=period, funder=cell("funder"), total=total, total_printed=total_txt,
                   city_share=cell("share"), spent=cell("spent"), line=row_lines[0],
                   text=" ".join(c.strip() for c in cells), years=project_years(name, period, others),
                   more=row_lines[1:])


_PDF_PROJECT = re.compile(
    r"^(?P<pre>.*?)\s*(?P<period>(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)\d{2})?)\s+(?P<total>\d{1,3}(?: \d{3})*)"
    r"(?:\s+(?P<funder>[A-ZÄÖ]{2,5}))?(?:\s+(?P<share>\d+\s*%)\s+(?P<spent>\d+\s*%))?(?:\s|$)"
)
# a row's cells printed on its next line: '[funder] share % spent % …'
_PDF_REST = re.compile(r"^(?:(?P<funder>[A-ZÄÖ]{2,5})\s+)?(?P<share>\d+\s*%)\s+(?P<spent>\d+\s*%)(?:\s|$)")


def _pdf_row_rest(lines: list[Line], k: int, m: re.Match) -> tuple[dict, list[Line]]:
    """A row's funder, share and spending, with the next printed line when its own line ends before them
    ('Etsivä nuorisotyö 2024–2025 71 000', then '30 % 30 % Etsivän nuorisotyön …'): (cells, that line)."""
    cells = {c: m.group(c) for c in ("funder", "share", "spent")}
    j = k + 1
    while j < len(lines) and j <= k + 3 and not lines[j].text.strip():
        j += 1
    if cells["share"] or j >= len(lines) or "\t" in lines[j].text:
        return cells, []
    rest = _PDF_REST.match(lines[j].text.strip())
    if not rest:
        return cells, []
    return {c: cells[c] or rest.group(c) for c in cells}, [lines[j]]


def _projects_pdf(report: Report) -> list[Project]:
    out: list[Project] = []
    lines = report.lines
    in_projects = False
    for k, line in enumerate(lines):
        t = line.text.strip()
        if "\t" in line.text:
            continue
        if re.match(r"(?i)^hankkeet$", t):
            in_projects = True
            continue
        if in_projects and re.match(r"^[A-ZÄÖ][a-zäö]+( [a-zäö]+)*$", t) and k + 1 < len(lines) and not lines[k + 1].text.strip() \
                and re.match(r"(?i)^(virikkeellinen|hyvinvoinnin|kasvatus|varhaiskasvatus|opetus)", t):
            in_projects = False
        if not in_projects:
            continue
        m = _PDF_PROJECT.match(t)
        if m and (m.group("funder") or m.group("share") or "–" in m.group("period")):
            name = m.group("pre").strip()
            if not name:
                block: list[str] = []
                j = k - 1
                while j >= 0 and not lines[j].text.strip():
                    j -= 1
                while j >= 0 and lines[j].text.strip():
                    block.insert(0, lines[j].text.strip())
                    j -= 1
                name = _join_broken(block)
            period = m.group("period").replace(" ", "")
            cells, more = _pdf_row_rest(lines, k, m)
            out.append(Project(name=name, period=period, funder=cells["funder"],
                               total=numbers.parse_cell(m.group("total")), total_printed=m.group("total"),
                               city_share=cells["share"], spent=cells["spent"], line=line, text=t,
                               years=project_years(name, period, []), more=more))
        elif re.match(r"(?i)^yhteensä$", t):
            for j in range(k + 1, min(k + 6, len(lines))):
                mm = re.match(r"^(\d{1,3}(?: \d{3})*)\s*€?$", lines[j].text.strip())
                if mm:
                    out.append(Project(name="Yhteensä", period=None, funder=None, total=numbers.parse_cell(mm.group(1)),
                                       total_printed=mm.group(1), city_share=None, spent=None, line=lines[j],
                                       text=f"Yhteensä {lines[j].text.strip()}"))
                    break
    return out


def _join_broken(parts: list[str]) -> str:
    out = ""
    for p in parts:
        if out.endswith("-"):
            out = out + p
        else:
            out = f"{out} {p}".strip()
    return out


# --- text passages -------------------------------------------------------------------------------

@dataclass
class Passage:
    heading: str
    text: str
    line_start: int
    line_end: int


def find_passages(report: Report, table_lines: set[int]) -> list[Passage]:
    """Paragraphs outside the financial tables (tab-separated rows become one passage per cell)."""
    out: list[Passage] = []
    heading = ""
    buf: list[Line] = []

    def flush():
        if buf:
            text = _join_broken([b.text.strip() for b in buf])
            if len(text) > 3:
                out.append(Passage(heading, text, buf[0].no, buf[-1].no))
            buf.clear()

    for line in report.lines:
        t = line.text.strip()
        if line.no in table_lines:
            flush()
            continue
        if not t:
            flush()
            continue
        if "\t" in line.text:
            flush()
            for cell in line.text.split("\t"):
                cell = cell.strip()
                if len(cell) > 20:
                    out.append(Passage(heading, cell, line.no, line.no))
            continue
        if len(t) < 70 and not t.endswith(".") and not re.search(r"\d", t) and t[:1].isupper() and not buf:
            heading = t
        buf.append(line)
    flush()
    return out
