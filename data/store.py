"""The fact store: SQLite schema and the write side (sqlite-utils), and read-only access for the answer engine.

The writer (data.ingest) works on a temporary copy of the store under a lock (data.storefile); these functions
only see a connection."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from .query import SCHEMA_VERSION



REPORT = ("report", "reports", "name")
TABLES: dict[str, dict] = {   # name → columns (in order), primary key, foreign keys, not-null columns, defaults
    "reports": dict(columns=dict(
        name=str, sha256=str, kind=str, year=int, months=int, period=str, title=str, published=str, unit_title=str,
        municipality=str, source_url=str, inferred=str, ingested_at=str, rank=int, content_hash=str, encoding=str),
        pk="name", not_null={"sha256"}),
    "tables": dict(columns=dict(
        id=int, report=str, title=str, org=str, org_key=str, kind=str, line_start=int, line_end=int, columns=str,
        headerless=int, note=str, page=int), pk="id", fks=[REPORT], not_null={"report"}),
    "facts": dict(columns=dict(
        id=int, report=str, table_id=int, kind=str, org=str, org_key=str, area=str, measure=str, measure_key=str,
        row_label=str, section=str, year=int, basis=str, months=int, value=float, unit=str, scale=int, printed=str,
        verified=int, check_note=str, line=int, line_end=int, quote=str, column_label=str, amended=int,
        superseded_by=str, page=int),
        pk="id", fks=[REPORT, ("table_id", "tables", "id")],
        not_null={"report", "kind", "measure", "measure_key", "value", "verified"}, defaults={"amended": 0}),
    "checks": dict(columns=dict(table_id=int, name=str, ok=int, diff=float, cells=str),
                   fks=[("table_id", "tables", "id")]),
    "problems": dict(columns=dict(report=str, line=int, message=str), fks=[REPORT]),
    "goals": dict(columns=dict(
        id=int, report=str, line=int, text=str, status=str, org_tag=str, quote=str, page=int, name=str, level=str,
        repeat_of=int), pk="id", fks=[REPORT]),
    "projects": dict(columns=dict(
        id=int, report=str, line=int, name=str, period=str, funder=str, total=float, total_printed=str,
        city_share=str, spent=str, quote=str, page=int, years=str), pk="id", fks=[REPORT]),
    "passages": dict(columns=dict(
        id=int, report=str, heading=str, text=str, line_start=int, line_end=int, lemmas=str, page=int,
        has_number=int),
        pk="id", fks=[REPORT],
        # a column an older store lacks, worked out for its rows when it is added
        backfill=dict(has_number="text GLOB '*[0-9]*'")),
}
INDEXES = [   # (table, columns, name): every `WHERE report = ?` and the figure key are indexed
    ("reports", ["rank"], "reports_rank"),
    ("tables", ["report"], "tables_report"),
    ("facts", ["report"], "facts_report"),
    ("facts", ["table_id"], "facts_table"),
    ("facts", ["org_key", "measure_key", "year", "basis", "months"], "facts_key"),
    ("facts", ["measure_key", "year", "basis"], "facts_lookup"),
    ("checks", ["table_id"], "checks_table"),
    ("problems", ["report"], "problems_report"),
    ("goals", ["report"], "goals_report"),
    ("projects", ["report"], "projects_report"),
    ("projects", ["name"], "projects_name"),
    ("passages", ["report"], "passages_report"),
]
FIGURE_KEY = ("org_key", "measure_key", "year", "basis", "months", "kind", "area")   # one figure across reports
CHILD_TABLES = ("facts", "tables", "problems", "goals", "projects", "passages")      # deleted before the report


def create(conn: sqlite3.Connection) -> None:
    """Create the schema with sqlite-utils, or bring an older store up to it (columns, foreign keys, indexes,
    FTS with triggers). Idempotent; a no-op on a current store."""
    db = sqlite_utils.Database(conn)
    for name, spec in TABLES.items():
        table = db.table(name)
        if not table.exists():
            table.create(spec["columns"], pk=spec.get("pk"), foreign_keys=spec.get("fks", []),
                         not_null=spec.get("not_null"), defaults=spec.get("defaults"))
        else:
            _upgrade(table, spec)
    for table, columns, index_name in INDEXES:
        db.table(table).create_index(columns, index_name=index_name, if_not_exists=True)
    passages = db.table("passages")
    if db.table("passages_fts").exists() and passages.detect_fts() is None:
        db.table("passages_fts").drop()   # an older store's FTS table, not in sqlite-utils' form: rebuilt below
    passages.enable_fts(["lemmas"], create_triggers=True, replace=True)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _upgrade(table: sqlite_utils.db.Table, spec: dict) -> None:
    """Add what an older store's table lacks: new columns, then its foreign keys (a table rewrite)."""
    have = set(table.columns_dict)
    for col, typ in spec["columns"].items():
        if col not in have:
            table.add_column(col, typ)
            if col in spec.get("backfill", {}):
                table.db.execute(f"UPDATE [{table.name}] SET [{col}] = {spec['backfill'][col]}")
    existing = {(fk.column, fk.other_table, fk.other_column) for fk in table.foreign_keys}
    missing = [fk for fk in spec.get("fks", []) if tuple(fk) not in existing]
    if missing:
        table.transform(add_foreign_keys=missing)


def open_writer(path: Path) -> sqlite3.Connection:
    """A connection for building the next store in its temp file: the schema is created or upgraded, foreign
    keys enforced. No journal sync: a temp file that fails is thrown away, never repaired."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = MEMORY")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -65536")   # 64 MiB
    create(conn)
    return conn


def finish(conn: sqlite3.Connection, everything: bool = False) -> None:
    """After writing reports: rank them, and mark superseded figures (only the touched keys unless
    `everything`)."""
    rank_reports(conn)
    mark_superseded(conn, everything=everything)


def delete_report(conn: sqlite3.Connection, name: str) -> None:
    """Remove one report and everything stored from it (children first: foreign keys are enforced)."""
    conn.execute("DELETE FROM checks WHERE table_id IN (SELECT id FROM tables WHERE report = ?)", (name,))
    for table in CHILD_TABLES:
        conn.execute(f"DELETE FROM [{table}] WHERE report = ?", (name,))
    conn.execute("DELETE FROM reports WHERE name = ?", (name,))


def insert_report(conn: sqlite3.Connection, report_row: dict, rows: dict[str, list[dict]]) -> None:
    """Write one report: its `reports` row, then `rows` (tables, facts, checks, problems, goals, projects,
    passages). `table_id` in facts and checks is the table's number within the report (1, 2, …); it is
    mapped to the store's `tables.id` here."""
    insert_rows(conn, "reports", [report_row])
    base = conn.execute("SELECT COALESCE(MAX(id), 0) FROM tables").fetchone()[0]
    insert_rows(conn, "tables", [{**t, "id": base + t["id"]} for t in rows.get("tables", [])])
    for kind in ("facts", "checks"):
        insert_rows(conn, kind, [{**r, "table_id": None if r["table_id"] is None else base + r["table_id"]}
                                 for r in rows.get(kind, [])])
    for kind in ("problems", "goals", "projects", "passages"):
        insert_rows(conn, kind, rows.get(kind, []))


def insert_rows(conn: sqlite3.Connection, table: str, rows: list[dict]) -> None:
    """Rows with the same keys into a table of TABLES. (The schema is sqlite-utils'; rows go in with one
    executemany: sqlite-utils' insert_all measured 3–7 × slower per row – 16 833 facts 1.0–2.9 s against
    0.35 s – and these rows need none of its type guessing.)"""
    if not rows:
        return
    cols = list(rows[0])
    unknown = set(cols) - set(TABLES[table]["columns"])
    if unknown:
        raise ValueError(f"{table}: no such columns {sorted(unknown)}")
    conn.executemany(f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) VALUES ({', '.join('?' * len(cols))})",
                     [[r[c] for c in cols] for r in rows])


def rank_reports(conn: sqlite3.Connection) -> None:
    """reports.rank: 0 = oldest (year, months, publication date; the name breaks ties)."""
    reps = conn.execute("SELECT name, year, months, published, rank FROM reports").fetchall()
    ranked = sorted(reps, key=lambda r: (r[1] or 0, r[2] or 0, r[3] or "", r[0]))
    conn.executemany("UPDATE reports SET rank = ? WHERE name = ?",
                     [(i, r[0]) for i, r in enumerate(ranked) if r[4] != i])


def touch_keys(conn: sqlite3.Connection, report: str) -> None:
    """Remember the figure keys of one report's facts (call before deleting its old facts and after writing
    the new ones): `mark_superseded` recomputes only these."""
    cols = ", ".join(FIGURE_KEY)
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS touched_keys ({cols})")
    conn.execute(f"INSERT INTO temp.touched_keys SELECT DISTINCT {cols} FROM facts "
                 "WHERE report = ? AND org_key IS NOT NULL", (report,))


def mark_superseded(conn: sqlite3.Connection, everything: bool = False) -> None:
    """facts.superseded_by = the newest report holding the same figure key, for every older fact of the key –
    but a verified figure only by a newer *verified* one (a cut or garbled newer table never hides a checked
    figure). Only keys remembered by `touch_keys` (or every key): a key that no report of this run touched
    keeps its marking, since the order of the other reports among themselves does not change."""
    key = ", ".join(f"f.{c}" for c in FIGURE_KEY)
    if everything:
        source, where = "facts f", "f.org_key IS NOT NULL"
    else:
        conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS touched_keys ({', '.join(FIGURE_KEY)})")
        source = ("(SELECT DISTINCT * FROM temp.touched_keys) k JOIN facts f ON f.org_key = k.org_key "
                  "AND f.measure_key = k.measure_key AND f.year IS k.year AND f.basis IS k.basis "
                  "AND f.months IS k.months AND f.kind = k.kind AND f.area IS k.area")
        where = "1"
    conn.execute(f"""
        UPDATE facts SET superseded_by = g.newer
        FROM (SELECT x.id, r2.name AS newer
              FROM (SELECT f.id, f.verified, r.rank, MAX(r.rank) OVER w AS top_any,
                           MAX(CASE WHEN f.verified THEN r.rank END) OVER w AS top_verified
                    FROM {source} JOIN reports r ON r.name = f.report
                    WHERE {where}
                    WINDOW w AS (PARTITION BY {key})) x
              LEFT JOIN reports r2 ON r2.rank = CASE WHEN x.verified THEN x.top_verified ELSE x.top_any END
                                  AND r2.rank > x.rank) AS g
        WHERE facts.id = g.id AND facts.superseded_by IS NOT g.newer""")
    conn.execute("DROP TABLE IF EXISTS temp.touched_keys")

