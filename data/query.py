"""Read access to the store for the answers: indexed SQL, nothing held in memory but what a
question asks for. Opened read-only; the answer side never writes.

Rows come back as plain dicts with the report's title, date, rank and kind and the table's title
joined in (``report_title``, ``report_date``, ``report_rank``, ``report_kind``, ``table_title``).
"""
from __future__ import annotations

import copy
import json
import os
import sqlite3
import threading
from pathlib import Path

from cachetools import LRUCache

from .text import fold

FACT_SQL = """SELECT f.*, r.title AS report_title, r.published AS report_date, r.rank AS report_rank,
                     r.kind AS report_kind, r.year AS report_year, r.months AS report_months,
                     t.title AS table_title
              FROM facts f JOIN reports r ON r.name = f.report LEFT JOIN tables t ON t.id = f.table_id"""
FINANCIAL = "f.kind != 'tunnusluku' AND f.org_key IS NOT NULL"
KPI = "f.kind = 'tunnusluku'"


def _in(column: str, values) -> tuple[str, list]:
    values = list(values)
    return f"{column} IN ({','.join('?' * len(values))})", values


DEFAULT_DB = "data/lukubotti.sqlite"
SCHEMA_VERSION = 5   # PRAGMA user_version: 2 = sqlite-utils schema with foreign keys, page columns, key indexes;
                     # 3 = passages.has_number; 4 = projects.years (the years a project's figures are of) and
                     # project rows with their continuation lines (a funder after a page break); 5 = one goal per
                     # goal statement (goals.name, level, repeat_of) and the units of a unit sum (checks.cells:
                     # org_key, part_keys)
REREAD_BELOW = 5     # a store older than this holds goals read another way: an ingest reads its reports again


def db_path(cli_value: str | None = None) -> Path:
    """The store: the command line's --db, else $LUKUBOTTI_DB, else data/lukubotti.sqlite."""
    return Path(cli_value or os.environ.get("LUKUBOTTI_DB") or DEFAULT_DB)


def open_readonly(path: Path) -> sqlite3.Connection:
    """Read-only connection; the answer engine never writes."""
    uri = f"file:{Path(path).resolve()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    return conn


class StoreOutdated(Exception):
    """The store was written by an older version (PRAGMA user_version): `kysy ingest` upgrades it."""


class Rows(list):
    """A query's rows, fetched whole: iterate them, or take the first."""

    def fetchone(self):
        return self[0] if self else None

    def fetchall(self) -> list:
        return list(self)


class LockedConnection:
    """One read-only connection shared by the front ends' worker threads: each query runs and is
    fetched whole under a lock (a sqlite3 connection used by two threads at once fails with
    'another row available' or a SystemError)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.raw = conn
        self._lock = threading.Lock()

    def execute(self, sql: str, args=()) -> Rows:
        with self._lock:
            return Rows(self.raw.execute(sql, args).fetchall())

    def close(self) -> None:
        with self._lock:
            self.raw.close()


# a passage as the answers read it (its lemma column is only for the full-text index)
PASSAGE_COLUMNS = "p.id, p.report, p.heading, p.text, p.line_start, p.line_end, p.page"


class Store:
    """The store of one database file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.conn = LockedConnection(open_readonly(self.path))
        schema = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if schema < SCHEMA_VERSION:
            self.conn.close()
            raise StoreOutdated(f"{self.path}: schema {schema}, this version reads {SCHEMA_VERSION}")
        self.reports = {r["name"]: r for r in self._rows("SELECT * FROM reports ORDER BY rank")}
        for r in self.reports.values():
            r["inferred"] = json.loads(r["inferred"]) if r.get("inferred") else []
        self.scope: list[str] | None = None          # report names a question is limited to (a municipality's)
        # the municipalities of the reports: worked out once, asked by every question in a store of several
        self.towns: list[str] = sorted({r.get("municipality") or "" for r in self.reports.values()} - {""})
        self._near: LRUCache = LRUCache(maxsize=20_000)   # passages around a line: the store never changes
        self._near_lock = threading.Lock()
        self._ranges: dict[str, tuple[int, int]] = {}      # passage ids of each report, read when first needed
        self._synonyms: dict[str, set[str]] | None = None   # org_synonyms(), read when first needed

    def scoped(self, municipalities: set[str]) -> "Store":
        """The same store limited to the reports of the municipalities named (folded names)."""
        view = copy.copy(self)
        view.scope = [n for n, r in self.reports.items() if fold(r.get("municipality") or "") in municipalities]
        return view

    def town(self, report: str) -> str:
        return (self.reports.get(report) or {}).get("municipality") or ""


    def _scope(self, column: str, where: list[str], args: list) -> None:
        if self.scope is not None:
            clause, vals = _in(column, self.scope)
            where.append(clause)
            args += vals

    def close(self) -> None:
        self.conn.close()

    def _rows(self, sql: str, args=()) -> list[dict]:
        return [dict(r) for r in self.conn.execute(sql, list(args))]

    # --- facts ----------------------------------------------------------------------------------
    def facts(self, *, measures=None, orgs=None, years=None, bases=None, kpi: bool = False,
              areas=None, months=None) -> list[dict]:
        """Facts of the income statements (or key indicators), filtered on indexed columns."""
        where, args = [KPI if kpi else FINANCIAL], []
        self._scope("f.report", where, args)
        for column, values in (("f.measure_key", measures), ("f.org_key", orgs), ("f.year", years),
                               ("f.basis", bases), ("f.area", areas), ("f.months", months)):
            if values is not None:
                clause, vals = _in(column, values)
                where.append(clause)
                args += vals
        return self._rows(f"{FACT_SQL} WHERE {' AND '.join(where)}", args)

    def fact_towns(self, measures, years=None, kpi: bool = False) -> set[str]:
        """The municipalities whose reports have a row or an indicator (in the years given): an indexed look-up,
        no fact read."""
        clause, args = _in("f.measure_key", measures)
        where = [KPI if kpi else FINANCIAL, clause]
        if years:
            c, vals = _in("f.year", years)
            where.append(c)
            args += vals
        sql = f"SELECT DISTINCT r.municipality FROM facts f JOIN reports r ON r.name = f.report WHERE {' AND '.join(where)}"
        return {m for (m,) in self.conn.execute(sql, args) if m}

    def row_facts(self, report: str, table_id: int | None, line: int) -> list[dict]:
        """Every figure of one printed row (its cells), in column order."""
        if table_id is None:
            return self._rows(f"{FACT_SQL} WHERE f.report = ? AND f.line = ? ORDER BY f.id", (report, line))
        return self._rows(f"{FACT_SQL} WHERE f.table_id = ? AND f.line = ? ORDER BY f.id", (table_id, line))

    def table_facts(self, table_id: int) -> list[dict]:
        return self._rows(f"{FACT_SQL} WHERE f.table_id = ? ORDER BY f.line, f.id", (table_id,))

    def years(self, kpi: bool = False) -> list[int]:
        sql = f"SELECT DISTINCT f.year FROM facts f WHERE {KPI if kpi else FINANCIAL} AND f.year IS NOT NULL ORDER BY 1"
        return [r[0] for r in self.conn.execute(sql)]

    def periods(self, measure: str | None = None, orgs=None) -> list[tuple[int, str, int]]:
        """(year, basis, months) that exist for a row (and units)."""
        where, args = [FINANCIAL], []
        self._scope("f.report", where, args)
        if measure:
            where.append("f.measure_key = ?")
            args.append(measure)
        if orgs:
            clause, vals = _in("f.org_key", orgs)
            where.append(clause)
            args += vals
        sql = f"SELECT DISTINCT f.year, f.basis, f.months FROM facts f WHERE {' AND '.join(where)} ORDER BY 1, 3"
        return [tuple(r) for r in self.conn.execute(sql, args)]

    def orgs_with(self, measure: str) -> list[tuple[str, str]]:
        """(org_key, org) of the units that have a row."""
        sql = f"SELECT DISTINCT f.org_key, f.org FROM facts f WHERE {FINANCIAL} AND f.measure_key = ? ORDER BY f.org"
        return [tuple(r) for r in self.conn.execute(sql, (measure,))]

    def measures_of(self, orgs, year: int | None = None) -> list[str]:
        clause, args = _in("f.org_key", orgs)
        sql = f"SELECT DISTINCT f.measure FROM facts f WHERE {FINANCIAL} AND {clause}"
        if year is not None:
            sql += " AND f.year = ?"
            args.append(year)
        return [r[0] for r in self.conn.execute(sql + " ORDER BY f.measure", args)]

    # --- projects, goals, passages ----------------------------------------------------------------
    def projects(self, names=None) -> list[dict]:
        sql = """SELECT p.*, r.title AS report_title, r.published AS report_date, r.rank AS report_rank,
                        r.kind AS report_kind, r.year AS report_year, r.months AS report_months
                 FROM projects p JOIN reports r ON r.name = p.report"""
        where, args = ["1=1"], []
        self._scope("p.report", where, args)
        if names is not None:
            clause, vals = _in("p.name", names)
            where.append(clause)
            args += vals
        return self._rows(f"{sql} WHERE {' AND '.join(where)}", args)

    def project_names(self) -> list[str]:
        """Every project's name (each once), no row read."""
        where, args = ["1=1"], []
        self._scope("p.report", where, args)
        return [r["name"] for r in self._rows(f"SELECT DISTINCT p.name FROM projects p WHERE {' AND '.join(where)}", args)]

    def project_tables(self) -> list[dict]:
        """The reports that have a project table: their year, months, kind and municipality (no project read)."""
        sql = """SELECT DISTINCT r.year AS report_year, r.months AS report_months, r.kind AS report_kind,
                        r.municipality FROM projects p JOIN reports r ON r.name = p.report"""
        where, args = ["1=1"], []
        self._scope("p.report", where, args)
        return self._rows(f"{sql} WHERE {' AND '.join(where)}", args)

    def goals(self) -> list[dict]:
        """Every goal with its report's title, date, period, kind, rank and unit (repeats included:
        `repeat_of` is the line of the goal's first printing in the report)."""
        sql = """SELECT g.*, r.title AS report_title, r.published AS report_date, r.year AS report_year,
                        r.months AS report_months, r.kind AS report_kind, r.unit_title AS report_unit,
                        r.rank AS report_rank FROM goals g JOIN reports r ON r.name = g.report"""
        where, args = ["1=1"], []
        self._scope("g.report", where, args)
        return self._rows(f"{sql} WHERE {' AND '.join(where)} ORDER BY g.report, g.line, g.id", args)

    def unit_parts(self) -> list[dict]:
        """The unit sums the reports' arithmetic shows: {report, year, org_key, part_keys} — a parent unit
        (a lautakunta) and the units it is the sum of, as ingest found them."""
        sql = """SELECT t.report, r.year, c.cells FROM checks c JOIN tables t ON t.id = c.table_id
                 JOIN reports r ON r.name = t.report WHERE c.name LIKE 'yksikkösumma:%'"""
        where, args = [sql], []
        self._scope("t.report", where, args)
        out = []
        for row in self._rows(" AND ".join(where), args):
            cells = json.loads(row["cells"] or "{}")
            if cells.get("org_key"):
                out.append(dict(report=row["report"], year=row["year"], org_key=cells["org_key"],
                                part_keys=cells.get("part_keys", [])))
        return out

    def org_synonyms(self) -> dict[str, set[str]]:
        """A unit's key → the abbreviations and other words that name it (data/lang/synonyms.toml as the
        lemma index matched them to the store's units: 'varhaiskasvatus' → {'vaka'})."""
        if self._synonyms is not None:
            return self._synonyms
        out: dict[str, set[str]] = {}
        if self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'lexicon_keys'").fetchone():
            sql = """SELECT DISTINCT e.key, k.key FROM lexicon_keys k JOIN lexicon_entries e ON e.id = k.entry_id
                     WHERE e.kind = 'org' AND k.how = 'syn'"""
            for org, syn in self.conn.execute(sql):
                out.setdefault(org, set()).add(syn)
        self._synonyms = out
        return out

    def search_ids(self, match: str) -> list[int]:
        """The ids of the passages whose lemmas match an FTS5 query, best first (bm25): the index alone,
        no passage read."""
        if self.scope is None:
            return self._match_ids("SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?", [match])
        # a municipality's reports: each report's own range of ids, which the full-text index reads alone (a join
        # with passages would scan the index once a passage); the ids are then checked to be the report's own
        sql = "SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? AND rowid BETWEEN ? AND ?"
        ranges, out = self._id_ranges(), []
        for name in self.scope:
            if name in ranges:
                hits = self._match_ids(sql, [match, *ranges[name]])
                own = {r[0] for r in self.conn.execute("SELECT id FROM passages WHERE report = ? AND id BETWEEN ? AND ?",
                                                       [name, *ranges[name]])} if hits else set()
                out += [i for i in hits if i in own]
        return out

    def _match_ids(self, sql: str, args: list) -> list[int]:
        try:
            return [r[0] for r in self.conn.execute(sql, args)]
        except sqlite3.OperationalError:      # FTS syntax the question's words made
            return []

    def _id_ranges(self) -> dict[str, tuple[int, int]]:
        """Each report's lowest and highest passage id (a report's passages are written together)."""
        with self._near_lock:
            if not self._ranges:
                sql = "SELECT report, min(id), max(id) FROM passages GROUP BY report"
                self._ranges.update({r: (lo, hi) for r, lo, hi in self.conn.execute(sql)})
            return self._ranges

    def towns_matching(self, match: str) -> set[str]:
        """The municipalities with a passage (with a number) whose lemmas match an FTS5 query."""
        sql = """SELECT DISTINCT r.municipality FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid
                 JOIN reports r ON r.name = p.report WHERE passages_fts MATCH ? AND p.has_number"""
        try:
            return {m for (m,) in self.conn.execute(sql, [match]) if m}
        except sqlite3.OperationalError:
            return set()

    def passages(self, ids: list[int], numbers: bool = False) -> dict[int, dict]:
        """Passages by id, with their report's title, date, rank, year and months (`numbers`: only those
        with a digit in their text)."""
        out: dict[int, dict] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for row in self._rows(f"SELECT {PASSAGE_COLUMNS} FROM passages p WHERE p.id IN "
                                  f"({','.join('?' * len(chunk))})" + (" AND p.has_number" if numbers else ""), chunk):
                r = self.reports.get(row["report"]) or {}
                row.update(report_title=r.get("title"), report_date=r.get("published"), report_rank=r.get("rank"),
                           report_year=r.get("year"), report_months=r.get("months"))
                out[row["id"]] = row
        return out

    def passages_near(self, report: str, line: int, before: int, after: int = 0) -> list[dict]:
        """The passages of one report starting from `before` lines above a line to `after` below it."""
        key = (report, line, before, after)
        with self._near_lock:
            hit = self._near.get(key)
        if hit is None:
            sql = f"""SELECT {PASSAGE_COLUMNS} FROM passages p WHERE report = ? AND line_start BETWEEN ? AND ?
                      ORDER BY line_start, id"""
            hit = self._rows(sql, (report, line - before, line + after))
            with self._near_lock:
                self._near[key] = hit
        return hit
