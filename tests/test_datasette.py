"""data/datasette.yml against a store built by the real ingest, through Datasette's own test client.

Two stores: the store as ingest builds it, and a copy with the foreign keys the store writer is adding
(facts.report → reports.name, facts.table_id → tables.id, goals/projects/passages.report → reports.name,
checks.table_id → tables.id), added here with sqlite-utils. The links are checked on every store that has
foreign keys; the canned queries on both."""
import html
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils
from datasette.app import Datasette
from datasette.utils import parse_metadata

from data.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
METADATA = ROOT / "data" / "datasette.yml"
FOREIGN_KEYS = [("facts", "report", "reports", "name"), ("facts", "table_id", "tables", "id"),
                ("goals", "report", "reports", "name"), ("projects", "report", "reports", "name"),
                ("passages", "report", "reports", "name"), ("checks", "table_id", "tables", "id")]
TP = "heinola-tp2025-hyvinvointipalvelut.txt"


@pytest.fixture(scope="module")
def metadata() -> dict:
    return parse_metadata(METADATA.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def linked_store(db_path, tmp_path_factory) -> Path:
    """A copy of the built store with the store writer's foreign keys (those it lacks)."""
    db = tmp_path_factory.mktemp("linked") / "lukubotti.sqlite"
    shutil.copy(db_path, db)
    linked = sqlite_utils.Database(db)
    have = {(fk.table, fk.column) for t in ("facts", "goals", "projects", "passages", "checks")
            for fk in linked[t].foreign_keys}
    linked.add_foreign_keys([fk for fk in FOREIGN_KEYS if fk[:2] not in have])
    linked.close()
    return db


@pytest.fixture(params=["as_built", "linked"])
def store(request, db_path, linked_store) -> Path:
    return db_path if request.param == "as_built" else linked_store


def served(db: Path, metadata: dict) -> Datasette:
    return Datasette(immutables=[str(db)], metadata=metadata)


async def get(ds: Datasette, path: str, **params):
    await ds.invoke_startup()
    response = await ds.client.get(path, params=params or None)
    assert response.status_code == 200, (path, response.status_code, response.text[:500])
    return response


def columns(db: Path) -> dict[str, list[str]]:
    """The store's own tables (no FTS shadow tables) and their columns."""
    with sqlite3.connect(db) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'")]
        return {n: [r[1] for r in conn.execute(f"PRAGMA table_info({n})")] for n in names}


def foreign_keys(db: Path, table: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"PRAGMA foreign_key_list({table})").fetchall()


def tables_meta(metadata: dict) -> dict:
    return metadata["databases"]["lukubotti"]["tables"]


def test_every_table_and_column_is_described(db_path, metadata):
    described = tables_meta(metadata)
    for table, cols in columns(db_path).items():
        assert described.get(table, {}).get("description"), f"{table}: no description in data/datasette.yml"
        missing = [c for c in cols if not described[table].get("columns", {}).get(c)]
        assert not missing, f"{table}: describe {missing} in data/datasette.yml"


async def test_table_pages_load_with_descriptions_and_facets(store, metadata):
    ds = served(store, metadata)
    assert "lukubotti" in ds.databases                  # the metadata's database key is the file stem
    for table, meta in tables_meta(metadata).items():
        page = (await get(ds, f"/lukubotti/{table}")).text
        assert html.escape(meta["description"], quote=False) in page, table
        for column, text in meta["columns"].items():
            if column in columns(store)[table]:
                assert html.escape(text, quote=True) in page, (table, column)
        data = (await get(ds, f"/lukubotti/{table}.json")).json()
        assert set(meta.get("facets", [])) <= set(data["facet_results"]), table


async def test_luku_ja_lahde_gives_the_fact_with_its_report(store, metadata):
    with sqlite3.connect(store) as conn:
        fact = conn.execute(
            """SELECT f.id, f.value, f.printed, f.line, f.quote, r.title, t.title FROM facts f
               JOIN reports r ON r.name = f.report JOIN tables t ON t.id = f.table_id
               WHERE f.report = ? AND f.org = 'Varhaiskasvatus' AND f.measure = 'Toimintakate'
                 AND f.year = 2025 AND f.basis = 'actual' AND f.months = 12""", (TP,)).fetchone()
    fact_id, value, printed, line, quote, report_title, table_title = fact
    ds = served(store, metadata)
    rows = (await get(ds, "/lukubotti/luku_ja_lahde.json", rivi="toimintakate", yksikko="varhaiskasvatus",
                      vuosi="2025", peruste="toteuma", _shape="array")).json()
    found = [r for r in rows if r["luku"] == fact_id]
    assert found, rows
    row = found[0]
    assert (row["arvo"], row["painettu"], row["raportti"], row["taulukko"]) == (value, printed, report_title,
                                                                                 table_title)
    assert (row["rivinumero"], row["lähderivi"], row["tiedosto"], row["tarkistettu"]) == (line, quote, TP, "kyllä")
    assert row["mittayksikkö"] == "€" and "lähde_url" in row
    assert all(r["vuosi"] == 2025 and r["peruste"] == "toteuma" for r in rows)
    if "page" in columns(store)["facts"]:
        assert "sivu" in row, "facts has a page column: add `f.page as sivu` to luku_ja_lahde in data/datasette.yml"


async def test_every_canned_query_runs(store, metadata):
    ds = served(store, metadata)
    for name, query in metadata["databases"]["lukubotti"]["queries"].items():
        assert query.get("title") and query.get("description"), name
        rows = (await get(ds, f"/lukubotti/{name}.json", _shape="array")).json()
        assert rows, name
    reports = (await get(ds, "/lukubotti/raportit_ja_lahteet.json", _shape="array")).json()
    with sqlite3.connect(store) as conn:
        stored = dict(conn.execute("SELECT r.title, count(f.id) FROM reports r JOIN facts f ON f.report = r.name "
                                   "GROUP BY r.name"))
    assert {r["otsikko"]: r["luvut"] for r in reports} == stored


async def test_foreign_keys_link_a_fact_to_its_report_and_table(store, metadata):
    if not foreign_keys(store, "facts"):
        pytest.skip("this store has no foreign keys yet (they come with the store writer); "
                    "the linked copy checks them")
    ds = served(store, metadata)
    data = (await get(ds, "/lukubotti/facts.json", _labels="on", _shape="objects", report=TP,
                      measure="Toimintakate", _size="5")).json()
    with sqlite3.connect(store) as conn:
        title = conn.execute("SELECT title FROM reports WHERE name = ?", (TP,)).fetchone()[0]
        tables = dict(conn.execute("SELECT id, title FROM tables"))
        n_facts = conn.execute("SELECT count(*) FROM facts WHERE report = ?", (TP,)).fetchone()[0]
    for row in data["rows"]:
        assert row["report"] == {"value": TP, "label": title}
        assert row["table_id"]["label"] == tables[row["table_id"]["value"]]
    page = (await get(ds, f"/lukubotti/reports/{TP.replace('.', '~2E')}.json",
                      _extras="foreign_key_tables")).json()
    links = {t["other_table"]: t["count"] for t in page["foreign_key_tables"]}
    assert links["facts"] == n_facts and links["goals"] > 0 and links["projects"] > 0


def test_the_documented_command_line(db_path):
    """`datasette data/lukubotti.sqlite --metadata data/datasette.yml`, asked one page with --get."""
    run = subprocess.run([sys.executable, "-m", "datasette", "serve", str(db_path), "--metadata", str(METADATA),
                          "--get", "/lukubotti/luku_ja_lahde.json?rivi=toimintakate&vuosi=2025&_shape=array"],
                         capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    rows = json.loads(run.stdout)
    assert rows and all(r["vuosi"] == 2025 and "toimintakate" in r["rivi"].lower() for r in rows)
    assert {r["raportti"] for r in rows} >= {"Tilinpäätös 2025 – Hyvinvointipalvelut"}


async def test_source_url_from_the_sidecar_reaches_datasette(reports_copy, tmp_path, metadata):
    """The documented way to give a report its public address: RAPORTTI.meta.toml beside it, then ingest."""
    report = reports_copy / TP
    url = "https://www.example.fi/tilinpaatos-2025-hyvinvointipalvelut.pdf"
    (reports_copy / (TP + ".meta.toml")).write_text(f'source_url = "{url}"\n', encoding="utf-8")
    db = tmp_path / "lukubotti.sqlite"
    assert [s.status for s in ingest([report], db, rebuild=True)] == ["ok"]
    ds = served(db, metadata)
    reports = (await get(ds, "/lukubotti/raportit_ja_lahteet.json", _shape="array")).json()
    assert [(r["tiedosto"], r["lähde_url"]) for r in reports] == [(TP, url)]
    rows = (await get(ds, "/lukubotti/luku_ja_lahde.json", rivi="toimintakate", vuosi="2025", _shape="array")).json()
    assert rows and {r["lähde_url"] for r in rows} == {url}
