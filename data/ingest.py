"""Report text → verified facts with provenance, written atomically into the SQLite store.

    ingest(paths, db, rebuild=False, *, lemmatize=None, after=None, max_bytes=None) -> list[ReportSummary]

One writer at a time (a lock beside the store; a second ingest waits, then refuses). The new store is
built in a temporary file beside the old one – a fast copy of it, or empty with rebuild – and swapped in
with os.replace only when every step succeeded, keeping the old file's mode and owner: a failed or
killed ingest leaves the old store serving. Input files are checked before they are read (regular file,
size limit). Only the figure keys a report touches are re-marked as superseded; VACUUM only on rebuild.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import re
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from . import extras, goals as goal_tables, store
from .report import NotAReport, Report, display_title, period_label, read_report, read_sidecar, looks_finnish_report
from .query import REREAD_BELOW, SCHEMA_VERSION, open_readonly
from .storefile import StoreBusy, StoreError, Workspace, remove_stale, signals_clean_up, writer_lock
from .tables import Table, find_tables, label_key
from .text import fold
from .verify import SolvedTable, solve, unit_sums

__all__ = ["ingest", "analyse", "ReportSummary", "StoreError", "StoreBusy", "max_report_bytes"]

Lemmatize = Callable[[str], str]
After = Callable[[sqlite3.Connection, list[str]], None]
MAX_BYTES_ENV = "LUKUBOTTI_MAX_REPORT_MB"
DEFAULT_MAX_MB = 50
PLAIN_ENCODINGS = (None, "", "utf-8", "utf8", "ascii", "pdf")
DIGIT = re.compile(r"\d")     # a passage with a digit may hold a figure (passages.has_number)

LEVEL_WORDS = r"(?i)\s*-?\b(palvelualue|vastuualue|yhteensä)\b\s*$"
MEASURE_ALIASES = {  # summary rows that repeat the income statement totals (DOMAIN.md)
    "tulot": "Toimintatuotot", "menot": "Toimintakulut", "netto": "Toimintakate",
}
INVESTMENT_MEASURES = {"menot": "Investointimenot", "tulot": "Investointitulot", "netto": "Investoinnit netto"}


@dataclass
class ReportSummary:
    name: str
    status: str = "ok"                  # ok | skipped | error
    message: str = ""
    tables: int = 0
    cells: int = 0
    verified: int = 0
    kpis: int = 0
    projects: int = 0
    goals: int = 0
    goal_repeats: int = 0               # goals the report prints a second time (stored, not counted again)
    passages: int = 0
    unit_sums: int = 0
    problems: list[str] = field(default_factory=list)
    meta: dict = field(default_factory=dict)

    def line(self) -> str:
        if self.status != "ok":
            return f"{self.name}: {self.message}"
        pct = 100.0 * self.verified / self.cells if self.cells else 0.0
        encoding = self.meta.get("encoding")
        head = (f"{self.name}: {self.meta.get('title')} ({self.meta.get('period')}"
                f"{', kausi päätelty sarakeotsikoista' if self.meta.get('inferred') else ''}) — "
                f"{self.tables} taulukkoa, {self.cells} lukua, tarkistettu {pct:.1f} %, "
                f"{self.kpis} tunnuslukua, {self.projects} hanketta, {self.goals} tavoitetta"
                f"{f' (lisäksi {self.goal_repeats} toistettua)' if self.goal_repeats else ''}, {self.passages} tekstikappaletta"
                f"{f', {self.unit_sums} yksikkösummaa täsmää' if self.unit_sums else ''}"
                f"{'' if encoding in PLAIN_ENCODINGS else f'; luettu merkistönä {encoding} (ei UTF-8)'}")
        if self.problems:
            head += "\n" + "\n".join(f"    ! {p}" for p in self.problems)
        return head


KPI_COLUMN_FI = {"actual": "Toteuma", "target": "Tavoite", "forecast": "Ennuste", "budget": "TA"}


def _case(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip()
    return name[:1].upper() + name[1:].lower() if name.isupper() else name


def org_key(name: str | None) -> str | None:
    if not name:
        return None
    k = re.sub(LEVEL_WORDS, "", name.lower()).strip()
    k = re.sub(r"\s*\(.*?\)\s*", " ", k).strip()
    return fold(re.sub(r"[-\s]+", " ", k))


def _nearby_heading(report: Report, table: Table) -> str | None:
    start = table.line_start
    for no in range(start - 1, max(0, start - 12), -1):
        t = report.line(no).text.strip()
        if not t or "\t" in t:
            continue
        if len(t) < 70 and not re.search(r"\d", t) and not t.endswith(".") and t[:1].isupper():
            return t
    return None


def _investment(report: Report, table: Table) -> bool:
    around = " ".join(report.line(n).text for n in range(max(1, table.line_start - 6), table.line_start + 1))
    around += " " + table.title + " " + " ".join(l.text for l in table.header_lines)
    keys = {label_key(r.label) for r in table.rows}
    return bool(re.search(r"(?i)investoin|irtain omaisuus", around)) and keys <= {"menot", "tulot", "netto"}


def name_table(report: Report, table: Table, lemmatize: Lemmatize = fold) -> None:
    if table.headerless:
        table.org = None
        table.org_note = ("otsikkorivi puuttuu; yksikköä ei voitu varmistaa laskutoimituksin, "
                          "luvut tallennettu ilman yksikköä eikä niitä käytetä vastauksissa")
        return
    title = re.sub(r"(?i)\b(irtain omaisuus|investoinnit|yhteensä|selite)\b", "", table.title).strip(" -:")
    heading = _nearby_heading(report, table)
    name = title
    if heading:
        h = re.sub(LEVEL_WORDS, "", heading).strip(" -")
        def lem(text):
            return lemmatize(" ".join(re.findall(r"[A-Za-zÅÄÖåäö]+", text)))
        abbreviated = "." in title
        # a misspelt title ('Virkkeellinen elämä' under 'VIRIKKEELLINEN ELÄMÄ -PALVELUALUE'): close, yet
        # not the same words even in base form
        similar = fuzz.ratio(fold(title), fold(h)) >= 85 and lem(title) != lem(h)
        if title and (abbreviated or similar) and h.lower() != title.lower():
            name = heading if abbreviated else h
            table.org_note = f"nimi otsikosta '{heading}' (taulukossa '{table.title}')"
    table.org = _case(name) if name else None
    table.kind = "investoinnit" if _investment(report, table) else (
        "yhteenveto" if {label_key(r.label) for r in table.rows} <= {"tulot", "menot", "netto"} else "tuloslaskelma")


def _measure(table: Table, label: str) -> str:
    key = label_key(label)
    if table.kind == "investoinnit":
        return INVESTMENT_MEASURES.get(key, label)
    if table.kind == "yhteenveto":
        return MEASURE_ALIASES.get(key, label)
    return label


def report_rank(meta: dict) -> tuple:
    return (meta.get("year") or 0, meta.get("months") or 0, meta.get("published") or "")


def _page(report: Report, no: int | None) -> int | None:
    """The PDF page of a line (Line.page), None for a text report."""
    return getattr(report.line(no), "page", None) if no else None


# --- one report → rows ---------------------------------------------------------------------------

def _infer_period(meta: dict, tables: list[Table]) -> list[str]:
    """Kind, year and months from the column headings when the title page did not say them."""
    if "kind" in meta:
        return []
    inferred = []
    cols = [c for t in tables for c in t.columns]
    todate = [c for c in cols if c.basis == "actual" and c.months and c.months < 12 and c.year]
    if todate:
        year = max(c.year for c in todate)
        months = max(c.months for c in todate if c.year == year)
        meta.update(kind="osavuosikatsaus", year=year, months=months)
        inferred.append("kausi päätelty sarakeotsikoista (TOT %d %d kk)" % (year, months))
    elif any(c.basis == "actual" and c.months == 12 for c in cols):
        year = max(c.year for c in cols if c.year)
        meta.update(kind="tilinpäätös", year=year, months=12)
        inferred.append("kausi päätelty sarakeotsikoista")
    # the columns' to-date months may have been unknown before the period was inferred
    for c in cols:
        if c.basis in ("actual", "deviation", "remaining", "realization_pct") and c.months is None:
            c.months = meta.get("months")
    return inferred


def _apply_sidecar(meta: dict, side: dict, inferred: list[str]) -> None:
    """What the report's `.meta.toml` says wins over what was read or inferred."""
    side = dict(side)
    side.setdefault("published", side.get("publication_date") or side.get("date"))
    if isinstance(side.get("period"), str):   # '1–9/2024' or '2025'
        m = re.fullmatch(r"\s*(?:1\s*[–-]\s*(\d{1,2})\s*/\s*)?((?:19|20)\d{2})\s*", side["period"])
        if m:
            side.setdefault("year", int(m.group(2)))
            side.setdefault("months", int(m.group(1)) if m.group(1) else 12)
    for k in ("kind", "year", "months", "published", "municipality", "source_url", "title"):
        if side.get(k):
            meta[k] = side[k] if k != "published" else str(side[k])
            if k in ("kind", "year", "months"):
                inferred[:] = []   # the sidecar says it: nothing inferred
    meta.setdefault("municipality", side.get("municipality"))   # else read from the text by the nlp layer


def report_meta(report: Report, tables: list[Table], summary: ReportSummary) -> dict:
    meta = dict(report.meta)
    side = read_sidecar(report.path)
    if side.get("_error"):
        summary.problems.append(f"sivutiedosto: {side['_error']}")
    inferred = _infer_period(meta, tables)
    _apply_sidecar(meta, side, inferred)
    meta["period"] = period_label(meta.get("kind"), meta.get("year"), meta.get("months"))
    meta["title"] = side.get("title") or display_title(meta)
    meta["inferred"] = inferred
    meta["encoding"] = getattr(report, "encoding", None)
    return meta


def _cell_fact(report: Report, tid: int, table: Table, row, cell) -> dict:
    col = table.columns[cell.col]
    pct = col.basis == "realization_pct"
    measure = _measure(table, row.label)
    return dict(
        report=report.name, table_id=tid, kind=table.kind, org=table.org, org_key=org_key(table.org),
        area=None, measure=measure, measure_key=label_key(measure),
        row_label=row.label, section=row.section, year=col.year, basis=col.basis, months=col.months,
        value=cell.value * (1 if pct else col.scale), unit="%" if pct else "EUR", scale=1 if pct else col.scale,
        printed=cell.printed, verified=int(cell.verified and not table.headerless),
        check_note=cell.note, line=cell.line, line_end=row.lines[-1].no, quote=row.quote,
        column_label=col.label, amended=int(col.amended), page=_page(report, cell.line))


def _span(lines: list[int]) -> str:
    a, b = min(lines), max(lines)
    return f"rivi {a}" if a == b else f"rivit {a}–{b}"


def unverified_problems(table: Table, solved: SolvedTable) -> list[str]:
    """The summary says it when a table's arithmetic leaves cells unverified: the cells that fail a check,
    and those no check covers."""
    if table.headerless:
        return []   # said separately: the whole fragment is stored without a unit
    failing = {rc for ch in solved.checks if not ch.ok for rc in ch.cells}
    bad: dict[bool, list[int]] = {True: [], False: []}
    for r, cells in enumerate(solved.cells):
        for cell in cells:
            if cell.value is not None and not cell.verified:
                bad[(r, cell.col) in failing].append(cell.line or table.line_start)
    title = table.title or "(otsikko puuttuu)"
    out = []
    for fails, what in ((True, "ei täsmää laskutoimituksin"), (False, "ei voitu tarkistaa laskutoimituksin")):
        if bad[fails]:
            out.append(f"taulukko '{title}' {_span(bad[fails])}: {len(bad[fails])} lukua {what} – "
                       "tallennettu tarkistamattomina")
    return out


def _one_table(report: Report, tid: int, table: Table, summary: ReportSummary, lemmatize: Lemmatize):
    """Rows of one financial table: its `tables` row, its facts, its checks, and the lines it covers."""
    name_table(report, table, lemmatize)
    solved = solve(table)
    lines = {l.no for l in table.header_lines} | {l.no for r in table.rows for l in r.lines}
    summary.problems += table.problems + solved.unresolved
    row = dict(id=tid, report=report.name, title=table.title or "(otsikko puuttuu)", org=table.org,
               org_key=org_key(table.org), kind=table.kind, line_start=table.line_start,
               line_end=table.line_end, headerless=int(table.headerless), note=table.org_note,
               columns=json.dumps([c.__dict__ for c in table.columns], ensure_ascii=False),
               page=_page(report, table.line_start))
    if table.headerless:
        summary.problems.append(f"rivit {table.line_start}–{table.line_end}: {table.org_note}")
    summary.problems += unverified_problems(table, solved)
    checks = [dict(table_id=tid, name=ch.name, ok=int(ch.ok), diff=ch.diff, cells=json.dumps(ch.cells))
              for ch in solved.checks]
    facts = []
    for trow, cells in zip(table.rows, solved.cells):
        for cell in cells:
            if cell.value is None:
                continue
            summary.cells += 1
            summary.verified += int(cell.verified)
            if table.columns[cell.col].basis != "unknown":
                facts.append(_cell_fact(report, tid, table, trow, cell))
    summary.tables += 1
    return row, facts, checks, lines


def _unit_sum_checks(facts: list[dict], table_rows: list[dict], summary: ReportSummary) -> list[dict]:
    """Parent units = the sum of their sub-units, where the arithmetic shows it."""
    checks = []
    for found in unit_sums(facts):
        tid = next((t["id"] for t in table_rows if t["org"] == found["org"]), None)
        checks.append(dict(table_id=tid, name=f"yksikkösumma: {found['org']} = " + " + ".join(found["parts"]),
                           ok=1, diff=found["max_diff"],
                           cells=json.dumps({"columns": found["columns"], "org_key": org_key(found["org"]),
                                             "part_keys": [org_key(o) for o in found["parts"]]}, ensure_ascii=False)))
        summary.unit_sums += 1
    return checks


def _kpi_facts(report: Report, summary: ReportSummary) -> list[dict]:
    kpis, kpi_problems = extras.find_kpis(report)
    summary.problems += kpi_problems
    summary.kpis = len(kpis)
    return [dict(
        report=report.name, table_id=None, kind="tunnusluku", org=None, org_key=None, area=k.area,
        measure=k.name, measure_key=label_key(k.name), row_label=k.name, section=None, year=k.year,
        basis=k.basis, months=12, value=k.value, unit=k.unit, scale=1, printed=k.printed, verified=0,
        check_note=k.note or "tunnusluku: ei laskutoimitusta tarkistukseen", line=k.line.no, line_end=k.line.no,
        quote=k.line.raw.strip(), column_label=f"{KPI_COLUMN_FI.get(k.basis, k.basis)} {k.year}", amended=0,
        page=getattr(k.line, "page", None))
        for k in kpis if k.value is not None]


def _text_rows(report: Report, table_lines: set[int], summary: ReportSummary, lemmatize: Lemmatize) -> dict:
    """Projects, goals and text passages (the passages' `lemmas` column is what the text search matches)."""
    projects = extras.find_projects(report)
    goals = goal_tables.find_goals(report)
    passages = extras.find_passages(report, table_lines)
    summary.projects, summary.passages = len(projects), len(passages)
    summary.goals = sum(1 for g in goals if g.repeat_of is None)
    summary.goal_repeats = len(goals) - summary.goals
    return dict(
        projects=[dict(report=report.name, line=p.line.no, name=p.name, period=p.period, years=p.years, funder=p.funder,
                       total=p.total, total_printed=p.total_printed, city_share=p.city_share, spent=p.spent,
                       quote=" ".join(x.raw.strip() for x in (p.line, *p.more)), page=getattr(p.line, "page", None))
                  for p in projects],
        goals=[dict(report=report.name, line=g.line.no, text=g.text, status=g.status, org_tag=g.org_tag,
                    quote=g.line.raw.strip()[:2000], page=getattr(g.line, "page", None), name=g.name, level=g.level,
                    repeat_of=g.repeat_of) for g in goals],
        passages=[dict(report=report.name, heading=p.heading, text=p.text, line_start=p.line_start, line_end=p.line_end,
                       lemmas=lemmatize(p.heading + " " + p.text), page=_page(report, p.line_start),
                       has_number=int(bool(DIGIT.search(p.text)))) for p in passages],
    )


def analyse(report: Report, lemmatize: Lemmatize | None = None
            ) -> tuple[dict, list[dict], list[dict], dict, ReportSummary]:
    """Everything one report holds: metadata, tables, facts, and `extra` (checks, projects, goals, passages)."""
    lemmatize = lemmatize or fold
    summary = ReportSummary(report.name)
    tables = find_tables(report)
    meta = summary.meta = report_meta(report, tables, summary)
    table_rows, facts, checks, table_lines = [], [], [], set()
    for tid, table in enumerate(tables, start=1):
        row, table_facts, table_checks, lines = _one_table(report, tid, table, summary, lemmatize)
        table_rows.append(row)
        facts += table_facts
        checks += table_checks
        table_lines |= lines
    checks += _unit_sum_checks(facts, table_rows, summary)
    facts += _kpi_facts(report, summary)
    extra = _text_rows(report, table_lines, summary, lemmatize)
    extra["checks"] = checks
    summary.status = "ok"
    return meta, table_rows, facts, extra, summary


def _report_row(report: Report, meta: dict) -> dict:
    return dict(name=report.name, sha256=report.sha256, content_hash=getattr(report, "content_hash", report.sha256),
                encoding=meta.get("encoding"), kind=meta.get("kind"), year=meta.get("year"), months=meta.get("months"),
                period=meta.get("period"), title=meta.get("title"), published=meta.get("published"),
                unit_title=meta.get("unit_title"), municipality=meta.get("municipality"),
                source_url=meta.get("source_url"), inferred=json.dumps(meta.get("inferred") or [], ensure_ascii=False),
                ingested_at=dt.datetime.now().isoformat(timespec="seconds"), rank=0)


def _problem_rows(name: str, problems: list[str]) -> list[dict]:
    rows = []
    for p in problems:
        m = re.search(r"rivi(?:t)? (\d+)", p)
        rows.append(dict(report=name, line=int(m.group(1)) if m else None, message=p))
    return rows


# --- input checks ---------------------------------------------------------------------------------

def max_report_bytes(max_bytes: int | None = None) -> int:
    """The size limit of one input file: `max_bytes`, else LUKUBOTTI_MAX_REPORT_MB (MiB), else 50 MiB."""
    if max_bytes is not None:
        return int(max_bytes)
    raw = os.environ.get(MAX_BYTES_ENV, "").strip()
    try:
        mb = float(raw.replace(",", ".")) if raw else DEFAULT_MAX_MB
    except ValueError:
        raise StoreError(f"{MAX_BYTES_ENV}={raw!r} ei ole luku (megatavuja, esim. {MAX_BYTES_ENV}=50)") from None
    return int(mb * 1024 * 1024)


def _shown(name: str) -> str:
    """A file name as it can be printed and stored (undecodable bytes become '�')."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


NOT_REGULAR = [(stat.S_ISDIR, "on kansio, ei tiedosto (anna kansion raporttitiedostot)"),
               (stat.S_ISFIFO, "on nimetty putki (FIFO), ei tavallinen tiedosto"),
               (stat.S_ISCHR, "on laitetiedosto, ei tavallinen tiedosto"),
               (stat.S_ISBLK, "on levylaite, ei tavallinen tiedosto"),
               (stat.S_ISSOCK, "on pistoke (socket), ei tavallinen tiedosto")]


def refuse_input(path: Path, limit: int) -> str | None:
    """Why `path` is not read at all (checked before opening it), or None."""
    if _shown(path.name) != path.name:
        return "tiedostonimi ei ole UTF-8-merkistöä – nimeä tiedosto uudelleen"
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return "tiedostoa ei ole"
    except OSError as exc:
        return f"tiedostoa ei voi lukea: {exc.strerror or exc}"
    for test, why in NOT_REGULAR:
        if test(st.st_mode):
            return why
    if not stat.S_ISREG(st.st_mode):
        return "ei tavallinen tiedosto"
    if st.st_size > limit:
        mib = 1024 * 1024
        return (f"tiedosto on liian suuri ({st.st_size / mib:.1f} Mt, raja {limit / mib:.1f} Mt); "
                f"rajaa voi nostaa ympäristömuuttujalla {MAX_BYTES_ENV}")
    return None


# --- the ingest ---------------------------------------------------------------------------------

@dataclass
class _Known:
    """What the store already holds: name → sha256, content hash → name."""
    sha: dict[str, str] = field(default_factory=dict)
    content: dict[str, str] = field(default_factory=dict)
    outdated: bool = False         # a store of an older schema: upgraded (and swapped in) even with nothing new
    reread: bool = False           # … whose goals were read another way: its reports are read again

    def duplicate(self, report: Report) -> str | None:
        """Why ``report`` is not read again, or None. A store of an older schema reads its reports anew (what
        they hold is what older code read from them)."""
        content_hash = getattr(report, "content_hash", report.sha256)
        same = self.sha.get(report.name) == report.sha256 or self.content.get(content_hash) == report.name
        if same:
            return None if self.outdated or self.reread else "sama sisältö on jo ladattu (ei muutoksia)"
        other = self.content.get(content_hash)
        if other is not None:
            return f"sama sisältö kuin jo ladatulla raportilla {other} – ohitettu"
        return None

    def add(self, report: Report) -> None:
        self.content = {h: n for h, n in self.content.items() if n != report.name}
        self.sha[report.name] = report.sha256
        self.content[getattr(report, "content_hash", report.sha256)] = report.name


def _known(db: Path) -> _Known:
    known = _Known()
    if not db.exists():
        return known
    try:
        conn = open_readonly(db)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            known.outdated, known.reread = version < SCHEMA_VERSION, version < REREAD_BELOW
            for r in conn.execute("SELECT * FROM reports"):
                r = dict(r)
                known.sha[r["name"]] = r["sha256"]
                known.content[r.get("content_hash") or r["sha256"]] = r["name"]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"Tietokanta {db} ei ole luettavissa ({exc}); rakenna se uudelleen: kysy ingest --rebuild") from None
    return known


def _read(path: Path, known: _Known, limit: int, lemmatize: Lemmatize):
    """(summary, rows to write or None) for one input file; a bad file is a summary, never an exception."""
    s = ReportSummary(_shown(path.name))
    refused = refuse_input(path, limit)
    if refused:
        s.status, s.message = "error", f"hylätty: {refused} – ei luettu"
        return s, None
    try:
        report = read_report(path)
        if not looks_finnish_report(report):
            raise NotAReport("ei näytä kunnan talousraportilta (ei suomenkielisiä talousraportin sanoja)")
        dup = known.duplicate(report)
        if dup:
            s.status, s.message = "skipped", dup
            return s, None
        meta, table_rows, facts, extra, s = analyse(report, lemmatize)
        if not table_rows and not facts and not extra["passages"]:
            raise NotAReport("raportista ei löytynyt taulukoita eikä tekstiä")
    except NotAReport as exc:
        s.status, s.message = "error", f"ei raportti: {exc}"
        return s, None
    except OSError as exc:
        s.status, s.message = "error", f"tiedostoa ei voi lukea: {exc.strerror or exc}"
        return s, None
    known.add(report)
    rows = dict(tables=table_rows, facts=facts, problems=_problem_rows(report.name, s.problems), **extra)
    return s, (_report_row(report, meta), rows)


def _write(conn: sqlite3.Connection, report_row: dict, rows: dict, replace: bool) -> None:
    """One report into the workspace; `replace` when the store may already hold it (its keys are then
    remembered before and after, for the superseded marking)."""
    name = report_row["name"]
    if replace:
        store.touch_keys(conn, name)
        store.delete_report(conn, name)
    store.insert_report(conn, report_row, rows)
    if replace:
        store.touch_keys(conn, name)


@contextlib.contextmanager
def _write_errors(db: Path):
    """Writing the new store failed (disk full, no write permission, a damaged copy): a clear message; the
    caller's cleanup removes the temp file and the old store keeps serving."""
    try:
        yield
    except (sqlite3.DatabaseError, OSError) as exc:
        keep = f"Vanha tietokanta {db} on käytössä, mitään ei ladattu."
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG) or \
                code in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR_WRITE):
            raise StoreError(f"Levy on täynnä (tai tiedostokoon raja): uutta tietokantaa ei voitu kirjoittaa kansioon {db.parent} "
                             f"({exc}). {keep} Vapauta tilaa ja aja lataus uudelleen.") from exc
        if isinstance(exc, PermissionError):
            raise StoreError(f"Kansioon {db.parent} ei voi kirjoittaa ({exc.strerror}). {keep}") from exc
        raise StoreError(f"Uutta tietokantaa ei voitu kirjoittaa: {exc}. {keep}") from exc


def _build(ws: Workspace, paths: list[Path], known: _Known, limit: int, lemmatize: Lemmatize,
           after: After | None) -> tuple[list[ReportSummary], bool]:
    """Read every file and write the good ones into the workspace; (summaries, whether to swap it in)."""
    summaries, written, conn = [], [], None
    try:
        with _write_errors(ws.db):
            for path in paths:
                s, item = _read(path, known, limit, lemmatize)
                summaries.append(s)
                if item is None or any(x.status == "error" for x in summaries):
                    continue   # after an error nothing is swapped in: reading on only reports the other files
                if conn is None:
                    conn = store.open_writer(ws.create())
                _write(conn, *item, replace=not ws.fresh or item[0]["name"] in written)
                written.append(item[0]["name"])
            if any(x.status == "error" for x in summaries) or not (written or ws.fresh or known.outdated):
                return summaries, False
            conn = conn or store.open_writer(ws.create())
            if known.reread:
                _drop_stale_goals(conn, set(known.sha) - set(written), summaries)
            store.finish(conn, everything=ws.fresh)
        if after is not None:
            after(conn, written)      # its exceptions are the caller's, as they are
        with _write_errors(ws.db):
            conn.commit()
            if ws.fresh:
                conn.execute("VACUUM")
    finally:
        if conn is not None:
            conn.close()
    return summaries, True


def _drop_stale_goals(conn: sqlite3.Connection, names: set[str], summaries: list[ReportSummary]) -> None:
    """Goals an older version read (a repeated goal twice, a row of two goals as one) are not kept: they
    come back when their report is read again."""
    for name in sorted(names):
        if conn.execute("DELETE FROM goals WHERE report = ?", (name,)).rowcount and summaries:
            summaries[0].problems.append(f"{name}: tavoitteet oli luettu vanhemmalla versiolla, ja ne poistettiin – "
                                         "lataa raportti uudelleen (kysy ingest RAPORTTI), niin ne luetaan oikein")


def ingest(paths: list[Path], db: Path, rebuild: bool = False, *, lemmatize: Lemmatize | None = None,
           after: After | None = None, max_bytes: int | None = None) -> list[ReportSummary]:
    """Ingest the given report files into `db`.

    A bad report is a summary with status 'error' (and the store is left as it was); StoreBusy when another
    ingest holds the store past LUKUBOTTI_INGEST_WAIT, StoreError for an unreadable store or bad settings.
    `lemmatize(text) -> base forms` fills passages.lemmas (default: folded text); `after(conn, names)` runs on
    the new store before it is committed and swapped in (an exception there fails the ingest)."""
    db = Path(db)
    with _write_errors(db):
        db.parent.mkdir(parents=True, exist_ok=True)
    limit = max_report_bytes(max_bytes)
    with signals_clean_up(), writer_lock(db):
        remove_stale(db)
        fresh = rebuild or not db.exists()
        known = _Known() if fresh else _known(db)
        ws = Workspace(db, fresh=fresh)
        try:
            summaries, swap = _build(ws, [Path(p) for p in paths], known, limit, lemmatize or fold, after)
            if swap:
                with _write_errors(db):
                    ws.swap()
        finally:
            ws.discard()
    return summaries
