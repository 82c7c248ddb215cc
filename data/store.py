"""The fact store: SQLite schema, and read-only access for the answer engine."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

DEFAULT_DB = "data/lukubotti.sqlite"

SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    name TEXT PRIMARY KEY, sha256 TEXT NOT NULL, kind TEXT, year INTEGER, months INTEGER, period TEXT,
    title TEXT, published TEXT, unit_title TEXT, municipality TEXT, source_url TEXT,
    inferred TEXT, ingested_at TEXT, rank INTEGER
);
CREATE TABLE IF NOT EXISTS tables (
    id INTEGER PRIMARY KEY, report TEXT NOT NULL, title TEXT, org TEXT, org_key TEXT, kind TEXT,
    line_start INTEGER, line_end INTEGER, columns TEXT, headerless INTEGER, note TEXT
);
CREATE TABLE IF NOT EXISTS facts (
    id INTEGER PRIMARY KEY, report TEXT NOT NULL, table_id INTEGER, kind TEXT NOT NULL,
    org TEXT, org_key TEXT, area TEXT, measure TEXT NOT NULL, measure_key TEXT NOT NULL, row_label TEXT,
    section TEXT, year INTEGER, basis TEXT, months INTEGER, value REAL NOT NULL, unit TEXT, scale INTEGER,
    printed TEXT, verified INTEGER NOT NULL, check_note TEXT, line INTEGER, line_end INTEGER, quote TEXT,
    column_label TEXT, amended INTEGER DEFAULT 0, superseded_by TEXT
);
CREATE INDEX IF NOT EXISTS facts_lookup ON facts(measure_key, year, basis);
CREATE INDEX IF NOT EXISTS facts_org ON facts(org_key);
CREATE TABLE IF NOT EXISTS checks (
    table_id INTEGER, name TEXT, ok INTEGER, diff REAL, cells TEXT
);
CREATE TABLE IF NOT EXISTS problems (report TEXT, line INTEGER, message TEXT);
CREATE TABLE IF NOT EXISTS goals (
    id INTEGER PRIMARY KEY, report TEXT, line INTEGER, text TEXT, status TEXT, org_tag TEXT, quote TEXT
);
CREATE TABLE IF NOT EXISTS projects (
    id INTEGER PRIMARY KEY, report TEXT, line INTEGER, name TEXT, period TEXT, funder TEXT, total REAL,
    total_printed TEXT, city_share TEXT, spent TEXT, quote TEXT
);
CREATE TABLE IF NOT EXISTS passages (
    id INTEGER PRIMARY KEY, report TEXT, heading TEXT, text TEXT, line_start INTEGER, line_end INTEGER, lemmas TEXT
);
CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5(lemmas, content='passages', content_rowid='id');
"""


def create(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)


def db_path(cli_value: str | None = None) -> Path:
    return Path(cli_value or os.environ.get("LUKUBOTTI_DB") or DEFAULT_DB)


def open_readonly(path: Path) -> sqlite3.Connection:
    """Read-only connection; the answer engine never writes."""
    uri = f"file:{Path(path).resolve()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    return conn


def reports(conn: sqlite3.Connection) -> list[dict]:
    return [dict(r) for r in conn.execute("SELECT * FROM reports ORDER BY rank")]


def all_facts(conn: sqlite3.Connection) -> list[dict]:
    sql = """SELECT f.*, r.title AS report_title, r.published AS report_date, r.rank AS report_rank,
                    r.kind AS report_kind, t.title AS table_title
             FROM facts f JOIN reports r ON r.name = f.report LEFT JOIN tables t ON t.id = f.table_id"""
    return [dict(r) for r in conn.execute(sql)]


def search_passages(conn: sqlite3.Connection, match: str, limit: int = 20) -> list[dict]:
    sql = """SELECT p.*, r.title AS report_title, r.published AS report_date, r.rank AS report_rank,
                    bm25(passages_fts) AS score
             FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid JOIN reports r ON r.name = p.report
             WHERE passages_fts MATCH ? ORDER BY score LIMIT ?"""
    try:
        return [dict(r) for r in conn.execute(sql, (match, limit))]
    except sqlite3.OperationalError:
        return []


def goals(conn: sqlite3.Connection) -> list[dict]:
    sql = """SELECT g.*, r.title AS report_title, r.published AS report_date, r.year AS report_year, r.rank AS report_rank
             FROM goals g JOIN reports r ON r.name = g.report"""
    return [dict(r) for r in conn.execute(sql)]


def projects(conn: sqlite3.Connection) -> list[dict]:
    sql = """SELECT p.*, r.title AS report_title, r.published AS report_date, r.rank AS report_rank
             FROM projects p JOIN reports r ON r.name = p.report"""
    return [dict(r) for r in conn.execute(sql)]
