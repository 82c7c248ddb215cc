"""The store as the ingest writes it: sqlite-utils schema with foreign keys, pages, incremental marking equal
to a full rebuild, old stores upgraded, the `after` hook, duplicate content, the summary's warnings."""
import dataclasses
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from data import store
from data.ingest import analyse, ingest
from data.query import Store
from nlp.morphology import lemma_text
from data.report import read_report
from data.text import fold

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted((ROOT / "data" / "reports").glob("*.txt"))
TP25 = ROOT / "data" / "reports" / "heinola-tp2025-hyvinvointipalvelut.txt"
Q125 = ROOT / "data" / "reports" / "heinola-osavuosikatsaus-2025-q1-hyvinvointipalvelut.txt"
OVK24 = ROOT / "data" / "reports" / "heinola-osavuosikatsaus-2024-9kk-hyvinvointi.txt"
OVK22 = ROOT / "data" / "reports" / "heinola-osavuosikatsaus-2022-9kk-hyvinvointi.txt"
FACT_COLS = ("report, org_key, measure_key, row_label, year, basis, months, value, verified, line, kind, area, "
             "superseded_by, page")


def facts(db):
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute(f"SELECT {FACT_COLS} FROM facts"), key=repr)


def test_schema_has_foreign_keys_indexes_and_fts(db_path):
    db = sqlite_utils.Database(db_path)
    fks = {(t, fk.column, fk.other_table, fk.other_column) for t in db.table_names() for fk in db[t].foreign_keys}
    for want in [("facts", "report", "reports", "name"), ("facts", "table_id", "tables", "id"),
                 ("passages", "report", "reports", "name"), ("goals", "report", "reports", "name"),
                 ("projects", "report", "reports", "name"), ("checks", "table_id", "tables", "id"),
                 ("tables", "report", "reports", "name")]:
        assert want in fks
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
    plan = " ".join(r[3] for r in conn.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM facts WHERE org_key = 'a' AND measure_key = 'b' AND year = 1"))
    assert "facts_key" in plan
    assert "facts_report" in " ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN DELETE FROM facts WHERE report = 'x'"))
    assert db["passages"].detect_fts() == "passages_fts"
    for t in ("facts", "passages", "goals", "projects", "tables"):
        assert "page" in db[t].columns_dict
        assert conn.execute(f"SELECT COUNT(*) FROM {t} WHERE page IS NOT NULL").fetchone()[0] == 0   # text reports
    # the read side keeps its columns
    read = Store(db_path)
    f = read.facts()[0]
    assert {"report_title", "report_rank", "table_title", "value", "superseded_by"} <= set(f)
    ids = read.search_ids('"toimin"*')
    assert ids and set(read.passages(ids[:3])) == set(ids[:3])


def test_every_row_gets_the_page_of_its_line():
    """PDF lines carry `page` (data.report.Line.page from the PDF reader): each stored row copies it."""
    report = read_report(TP25)
    report.lines = [dataclasses.replace(l) for l in report.lines]
    for l in report.lines:
        l.page = 1 + l.no // 40
    meta, tables, facts_, extra, _ = analyse(report, lemma_text)
    assert facts_ and extra["passages"] and extra["goals"] and extra["projects"]
    for f in facts_:
        assert f["page"] == 1 + f["line"] // 40
    for t in tables:
        assert t["page"] == 1 + t["line_start"] // 40
    for p in extra["passages"]:
        assert p["page"] == 1 + p["line_start"] // 40
    for kind in ("goals", "projects"):
        assert all(r["page"] == 1 + r["line"] // 40 for r in extra[kind])


@pytest.mark.parametrize("order", [
    [TP25, Q125, OVK24, OVK22],      # newest first: each older report is marked against the newer ones
    [Q125, OVK22, TP25, OVK24],
])
def test_incremental_ingest_marks_like_a_rebuild(tmp_path, order):
    full = tmp_path / "full.sqlite"
    ingest(REPORTS, full, rebuild=True)
    inc = tmp_path / "inc.sqlite"
    for path in order:
        [s] = ingest([path], inc)
        assert s.status == "ok", s.line()
    assert facts(inc) == facts(full)
    superseded = [f for f in facts(inc) if f[12]]
    assert superseded and all(f[0] == Q125.name and f[12] == TP25.name for f in superseded)


def test_reingesting_a_changed_report_remarks_its_old_and_new_keys(tmp_path):
    reports = tmp_path / "r"
    reports.mkdir()
    for p in REPORTS:
        shutil.copy(p, reports / p.name)
    db = tmp_path / "s.sqlite"
    ingest(sorted(reports.glob("*.txt")), db, rebuild=True)
    # the year-end report loses its Toimintakate rows: the Q1 report's Toimintakate is no longer superseded
    tp = reports / TP25.name
    tp.write_text("\n".join(l if not l.startswith("Toimintakate\t") else "Toimintakate"
                            for l in TP25.read_text(encoding="utf-8").split("\n")), encoding="utf-8")
    [s] = ingest([tp], db)
    assert s.status == "ok"
    rebuilt = tmp_path / "rebuilt.sqlite"
    ingest(sorted(reports.glob("*.txt")), rebuilt, rebuild=True)
    assert facts(db) == facts(rebuilt)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM facts WHERE report = ? AND measure_key = 'toimintakate' "
                            "AND superseded_by IS NULL AND org_key IS NOT NULL", (Q125.name,)).fetchone()[0] > 0
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


LEGACY_SCHEMA = """
CREATE TABLE reports (name TEXT PRIMARY KEY, sha256 TEXT NOT NULL, kind TEXT, year INTEGER, months INTEGER, period TEXT,
    title TEXT, published TEXT, unit_title TEXT, municipality TEXT, source_url TEXT, inferred TEXT, ingested_at TEXT, rank INTEGER);
CREATE TABLE tables (id INTEGER PRIMARY KEY, report TEXT NOT NULL, title TEXT, org TEXT, org_key TEXT, kind TEXT,
    line_start INTEGER, line_end INTEGER, columns TEXT, headerless INTEGER, note TEXT);
CREATE TABLE facts (id INTEGER PRIMARY KEY, report TEXT NOT NULL, table_id INTEGER, kind TEXT NOT NULL,
    org TEXT, org_key TEXT, area TEXT, measure TEXT NOT NULL, measure_key TEXT NOT NULL, row_label TEXT,
    section TEXT, year INTEGER, basis TEXT, months INTEGER, value REAL NOT NULL, unit TEXT, scale INTEGER,
    printed TEXT, verified INTEGER NOT NULL, check_note TEXT, line INTEGER, line_end INTEGER, quote TEXT,
    column_label TEXT, amended INTEGER DEFAULT 0, superseded_by TEXT);
CREATE INDEX facts_lookup ON facts(measure_key, year, basis);
CREATE INDEX facts_org ON facts(org_key);
CREATE TABLE checks (table_id INTEGER, name TEXT, ok INTEGER, diff REAL, cells TEXT);
CREATE TABLE problems (report TEXT, line INTEGER, message TEXT);
CREATE TABLE goals (id INTEGER PRIMARY KEY, report TEXT, line INTEGER, text TEXT, status TEXT, org_tag TEXT, quote TEXT);
CREATE TABLE projects (id INTEGER PRIMARY KEY, report TEXT, line INTEGER, name TEXT, period TEXT, funder TEXT, total REAL,
    total_printed TEXT, city_share TEXT, spent TEXT, quote TEXT);
CREATE TABLE passages (id INTEGER PRIMARY KEY, report TEXT, heading TEXT, text TEXT, line_start INTEGER, line_end INTEGER, lemmas TEXT);
CREATE VIRTUAL TABLE passages_fts USING fts5(lemmas, content='passages', content_rowid='id');
"""


def test_a_store_of_the_previous_schema_is_upgraded_in_place_of_the_copy(tmp_path):
    """A store written before this schema (no foreign keys, no page, no content hash) takes an incremental
    ingest: upgraded in the temp copy, then the same as a fresh build."""
    fresh = tmp_path / "fresh.sqlite"
    ingest([TP25], fresh, rebuild=True)
    old = tmp_path / "old.sqlite"
    conn = sqlite3.connect(old)
    conn.executescript(LEGACY_SCHEMA)
    conn.execute("ATTACH ? AS f", (str(fresh),))
    for table in ("reports", "tables", "facts", "checks", "problems", "goals", "projects", "passages"):
        cols = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
        conn.execute(f"INSERT INTO main.{table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM f.{table}")
    conn.execute("INSERT INTO passages_fts(rowid, lemmas) SELECT id, lemmas FROM passages")
    conn.commit()
    conn.close()
    [s] = ingest([Q125], old)
    assert s.status == "ok", s.line()
    both = tmp_path / "both.sqlite"
    ingest([TP25, Q125], both, rebuild=True)
    assert facts(old) == facts(both)
    db = sqlite_utils.Database(old)
    assert ("report", "reports", "name") in {(fk.column, fk.other_table, fk.other_column) for fk in db["facts"].foreign_keys}
    assert "content_hash" in db["reports"].columns_dict and "page" in db["passages"].columns_dict
    n = db.execute("SELECT COUNT(*) FROM passages_fts WHERE passages_fts MATCH 'toimintakate'").fetchone()[0]
    assert n == sqlite3.connect(both).execute(
        "SELECT COUNT(*) FROM passages_fts WHERE passages_fts MATCH 'toimintakate'").fetchone()[0] > 0
    # the column the text search filters on is worked out for the old rows when it is added
    count = "SELECT COUNT(*), SUM(has_number) FROM passages"
    assert db.execute(count).fetchone() == sqlite3.connect(both).execute(count).fetchone()


def test_an_older_store_is_upgraded_by_an_ingest_with_nothing_new(tmp_path, db_path):
    """`kysy ingest` of reports already loaded still brings a store of an older schema up to date (the bot
    does not serve an older schema), and the upgraded store answers from the text as a rebuilt one."""
    from bot.engine import Engine
    old = tmp_path / "old.sqlite"
    shutil.copy(db_path, old)
    with sqlite3.connect(old) as conn:
        conn.execute("DROP TRIGGER IF EXISTS passages_au")
        conn.execute("ALTER TABLE passages DROP COLUMN has_number")
        conn.execute("ALTER TABLE projects DROP COLUMN years")     # and what older code read of the projects
        conn.execute("UPDATE projects SET funder = NULL")
        conn.execute("PRAGMA user_version = 2")
    assert Engine(old).ask("Montako oppilasta perusopetuksessa oli vuoden 2025 lopussa?").status == "not_found"
    summaries = ingest(REPORTS, old)
    assert all(s.status != "error" for s in summaries)
    with sqlite3.connect(old) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
        assert conn.execute("SELECT COUNT(*) FROM passages WHERE has_number IS NULL").fetchone()[0] == 0
    # the reports an older store holds are read anew: their rows are what this code reads
    rows = "SELECT report, name, years, funder FROM projects ORDER BY report, line"
    assert sqlite3.connect(old).execute(rows).fetchall() == sqlite3.connect(db_path).execute(rows).fetchall()
    for question in ("Montako oppilasta perusopetuksessa oli vuoden 2025 lopussa?", "montako hanketta OPH rahoitti 2025"):
        assert Engine(old).ask(question).to_dict() == Engine(db_path).ask(question).to_dict()


def test_after_runs_on_the_new_store_before_the_swap(tmp_path):
    db = tmp_path / "a.sqlite"
    seen = []

    def index(conn, names):
        seen.append((names, conn.execute("SELECT COUNT(*) FROM facts").fetchone()[0],
                     conn.execute("SELECT rank FROM reports WHERE name = ?", (TP25.name,)).fetchone()[0]))
        conn.execute("CREATE TABLE IF NOT EXISTS lemma_index (report TEXT, lemma TEXT)")
        conn.executemany("DELETE FROM lemma_index WHERE report = ?", [(n,) for n in names])
        conn.executemany("INSERT INTO lemma_index VALUES (?, 'x')", [(n,) for n in names])

    ingest([TP25, OVK22], db, rebuild=True, after=index)
    assert seen[0][0] == [TP25.name, OVK22.name] and seen[0][1] > 1000 and seen[0][2] == 1   # ranked before
    ingest([Q125], db, after=index)
    assert seen[1][0] == [Q125.name]
    assert sorted(r[0] for r in sqlite3.connect(db).execute("SELECT report FROM lemma_index")) == sorted(
        [TP25.name, OVK22.name, Q125.name])

    before = db.read_bytes()

    def broken(conn, names):
        raise RuntimeError("index failed")

    with pytest.raises(RuntimeError, match="index failed"):
        ingest([OVK24], db, after=broken)
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.sqlite", "a.sqlite.lock"]


def test_same_content_under_another_name_is_skipped(tmp_path):
    copy = tmp_path / "tp2025-kopio.txt"
    shutil.copy(TP25, copy)
    db = tmp_path / "d.sqlite"
    ingest([TP25], db, rebuild=True)
    before = db.read_bytes()
    [s] = ingest([copy], db)
    assert s.status == "skipped"
    assert s.message == f"sama sisältö kuin jo ladatulla raportilla {TP25.name} – ohitettu"
    assert db.read_bytes() == before
    # in one run too: the second file of the same content is not loaded
    summaries = ingest([TP25, copy], tmp_path / "e.sqlite", rebuild=True)
    assert [s.status for s in summaries] == ["ok", "skipped"] and TP25.name in summaries[1].line()
    names = [r[0] for r in sqlite3.connect(tmp_path / "e.sqlite").execute("SELECT name FROM reports")]
    assert names == [TP25.name]


def test_encoding_read_is_said_in_the_summary(tmp_path):
    cp = tmp_path / "tp2025-cp1252.txt"
    cp.write_bytes(TP25.read_text(encoding="utf-8").replace("−", "-").encode("cp1252", errors="replace"))
    if not hasattr(read_report(cp), "encoding"):
        pytest.skip("Report.encoding comes with the PDF reader (data/report.py, pdf branch)")
    [s] = ingest([cp], tmp_path / "c.sqlite", rebuild=True)
    assert s.status == "ok" and "luettu merkistönä cp1252" in s.line()
    [u] = ingest([TP25], tmp_path / "u.sqlite", rebuild=True)
    assert "merkistö" not in u.line()


def test_a_table_whose_arithmetic_fails_is_said_in_the_summary(tmp_path):
    """Issue 12 item 1: the year-end report cut in the middle of the Varhaiskasvatus table, beside the full
    one — the ingest says which table and lines were left unverified, and the verified figure is not
    marked superseded by the cut one."""
    cut = tmp_path / "tp2025-katkaistu.txt"
    lines = TP25.read_text(encoding="utf-8").split("\n")[:345]
    cut.write_text("\n".join(lines + ["Toimintakate\t-7 738", ""]), encoding="utf-8")
    db = tmp_path / "k.sqlite"
    full, short = ingest([TP25, cut], db, rebuild=True)
    assert "ei täsmää" not in full.line()
    assert ("! taulukko 'Varhaiskasvatus' rivit 344–346: 3 lukua ei täsmää laskutoimituksin – "
            "tallennettu tarkistamattomina") in short.line()
    conn = sqlite3.connect(db)
    rows = dict(conn.execute("SELECT report, superseded_by FROM facts WHERE line = 346 AND basis = 'actual' "
                             "AND year = 2024 AND measure_key = 'toimintakate'"))
    assert rows == {TP25.name: None, cut.name: None}
    assert conn.execute("SELECT COUNT(*) FROM problems WHERE report = ? AND line = 344", (cut.name,)).fetchone()[0] == 1


def test_uncheckable_cells_are_said_too():
    [s] = [x for x in ingest_summaries() if x.name == OVK24.name]
    text = s.line()
    assert "! taulukko 'HYVINVOINTI' rivit 204–205: 6 lukua ei täsmää laskutoimituksin" in text
    assert "! taulukko 'Hyvinvointilautakunnan toimiala' rivi 128: 2 lukua ei voitu tarkistaa laskutoimituksin" in text


def ingest_summaries():
    return [analyse(read_report(p))[4] for p in REPORTS]


def test_lemmatize_fills_the_passage_search_column(tmp_path):
    plain, lemmatized = tmp_path / "p.sqlite", tmp_path / "l.sqlite"
    ingest([TP25], plain, rebuild=True)
    ingest([TP25], lemmatized, rebuild=True, lemmatize=lemma_text)
    a = sqlite3.connect(plain).execute("SELECT heading, text, lemmas FROM passages ORDER BY id").fetchall()
    b = sqlite3.connect(lemmatized).execute("SELECT heading, text, lemmas FROM passages ORDER BY id").fetchall()
    assert all(lem == fold(h + " " + t) for h, t, lem in a)
    assert all(lem == lemma_text(h + " " + t) for h, t, lem in b)
    # the unit names do not depend on it (title-vs-heading comparison)
    q = "SELECT DISTINCT org FROM tables ORDER BY 1"
    assert sqlite3.connect(plain).execute(q).fetchall() == sqlite3.connect(lemmatized).execute(q).fetchall()


def test_data_does_not_import_the_morphology():
    for p in (ROOT / "data").glob("*.py"):
        if p.name != "lemmas.py":
            assert "lemmas" not in {w for line in p.read_text(encoding="utf-8").splitlines()
                                    if line.startswith(("import", "from")) for w in line.replace(",", " ").split()}, p
