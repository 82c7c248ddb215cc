"""Ingest pins real figures from each report, incl. the hard PDF-text cases."""
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from data.ingest import ingest
from data.numbers import parse_cell, partitions, tokens

ROOT = Path(__file__).resolve().parent.parent
TP25 = "heinola-tp2025-hyvinvointipalvelut.txt"
Q125 = "heinola-osavuosikatsaus-2025-q1-hyvinvointipalvelut.txt"
OVK24 = "heinola-osavuosikatsaus-2024-9kk-hyvinvointi.txt"
OVK22 = "heinola-osavuosikatsaus-2022-9kk-hyvinvointi.txt"


def fact(db, report, org_key, measure_key, year, basis, months):
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT value, verified, line, scale FROM facts WHERE report=? AND org_key IS ? AND measure_key=? AND year=? "
        "AND basis=? AND months IS ?", (report, org_key, measure_key, year, basis, months)).fetchall()
    assert rows, (report, org_key, measure_key, year, basis, months)
    assert len({r[0] for r in rows}) == 1, rows
    return rows[0]


def test_parse_cell_finnish_style():
    assert parse_cell("- 565 805") == -565805
    assert parse_cell("124,18") == 124.18
    assert parse_cell("384.100") == 384100
    assert parse_cell("abc") is None


def test_run_together_numbers_have_many_readings():
    toks = tokens("1 031 446 161 145 710 600 210 488 500 112 29,62")
    assert len(partitions(toks, 6)) > 10   # arithmetic, not the text, has to decide


@pytest.mark.parametrize("report,org,measure,year,basis,months,value", [
    (TP25, "varhaiskasvatus", "toimintakate", 2025, "actual", 12, -7507509),
    (TP25, "hyvinvointipalvelut", "henkilostokulut".replace("o", "ö", 1).replace("henkilöstokulut", "henkilöstökulut"), 2025, "actual", 12, -20889482),
    (TP25, "hyvinvointipalvelut", "palvelujen ostot", 2025, "deviation", 12, -823747),
    # PDF text, numbers run together: '1 031 446 161 145 710 600 210 488 500 112 29,62'
    (Q125, "hyvinvointipalvelut", "myyntituotot", 2024, "actual", 3, 161145),
    (Q125, "hyvinvointipalvelut", "myyntituotot", 2025, "remaining", 3, 500112),
    (Q125, "hyvinvoinnin edistamisen lautakunta", "toimintakate", 2025, "actual", 3, -2238797),
    (OVK24, "varhaiskasvatus", "maksutuotot", 2024, "budget", 12, 260000),
    (OVK24, "virikkeellinen elama", "henkilöstökulut", 2023, "actual", 12, -1671607),
    # split across lines: '-18 300 \n\n300' is -18 300 300
    (OVK22, "hyvinvointilautakunnan toimiala", "henkilöstökulut", 2022, "budget", 12, -18300300),
    (OVK22, "hyvinvointilautakunnan toimiala", "toimintakate", 2022, "actual", 9, -20814062),
    (OVK22, "varhaiskasvatus", "vuosikate", 2022, "actual", 9, -5492001),
    # thousands columns scaled to euros
    (OVK22, "hyvinvointilautakunnan toimiala", "toimintakate", 2021, "actual", 12, -28296000),
    (OVK22, "virikkeellinen elama", "tilikauden tulos", 2021, "actual", 9, -3099000),
])
def test_pinned_figures(db_path, report, org, measure, year, basis, months, value):
    v, verified, line, scale = fact(db_path, report, org, measure, year, basis, months)
    assert v == value
    assert verified == 1


def test_thousands_marked(db_path):
    _, _, _, scale = fact(db_path, OVK22, "hyvinvoinnin ja terveyden edistamisen", "toimintakate", 2021, "actual", 12)
    assert scale == 1000


def test_headerless_table_is_not_assigned(db_path):
    conn = sqlite3.connect(db_path)
    t = conn.execute("SELECT org, headerless, line_start FROM tables WHERE report=? AND headerless=1", (OVK24,)).fetchall()
    assert t == [(None, 1, 130)]
    # the toimiala's own table stops at Poistot: no 9 kk tilikauden tulos for it
    n = conn.execute("SELECT COUNT(*) FROM facts WHERE report=? AND org_key='hyvinvointilautakunnan toimiala' "
                     "AND measure_key='tilikauden tulos'", (OVK24,)).fetchone()[0]
    assert n == 0


def test_periods_inferred_from_headers(db_path):
    conn = sqlite3.connect(db_path)
    rows = dict(conn.execute("SELECT name, period FROM reports").fetchall())
    assert rows[Q125] == "1–3/2025" and rows[OVK22] == "1–9/2022" and rows[TP25] == "2025" and rows[OVK24] == "1–9/2024"
    inferred = dict(conn.execute("SELECT name, inferred FROM reports").fetchall())
    assert json.loads(inferred[Q125]) and not json.loads(inferred[TP25])


def test_every_financial_cell_verified_is_consistent(db_path):
    conn = sqlite3.connect(db_path)
    total, ver = conn.execute("SELECT COUNT(*), SUM(verified) FROM facts WHERE kind != 'tunnusluku'").fetchone()
    assert total > 1300 and ver / total > 0.95  # the header-less fragment is stored unverified
    # a failing identity is stored as such: the 2024 investment 'Poikkeama -270 000' does not add up
    bad = conn.execute("SELECT verified FROM facts WHERE report=? AND basis='deviation' AND measure_key='investointimenot'",
                       (OVK24,)).fetchone()
    assert bad == (0,)


def test_kpis_and_projects(db_path):
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT value FROM facts WHERE kind='tunnusluku' AND report=? AND measure LIKE 'Varhaiskasvatus €/lapsi%' "
                        "AND year=2022 AND basis='target'", (OVK22,)).fetchone() == (11245.71,)
    assert conn.execute("SELECT total FROM projects WHERE report=? AND name='Yhteensä'", (TP25,)).fetchone() == (744771.0,)


def test_a_project_row_continued_after_a_page_break_keeps_its_funder(db_path):
    """TP 2025: 'Koulujen kerhotoiminnan tukeminen (2025–2026)' has '2026. Rahoittaja OPH.' on a line of its
    own after the header repeated; the 1–3/2025 report prints Etsivä nuorisotyö's shares on the line after it."""
    conn = sqlite3.connect(db_path)
    funder, years, quote = conn.execute("SELECT funder, years, quote FROM projects WHERE report=? AND name=?",
                                        (TP25, "Koulujen kerhotoiminnan tukeminen (2025–2026)")).fetchone()
    assert funder.endswith("Hankkeen toteutus tapahtuu 2025–2026. Rahoittaja OPH.") and years == "2025–2026"
    assert "Rahoittaja OPH." in quote
    funders = dict(conn.execute("SELECT funder, COUNT(*) FROM (SELECT CASE WHEN funder LIKE '%Rahoittaja OPH%' THEN 'OPH' "
                                "WHEN funder LIKE '%OKM%' THEN 'OKM' WHEN funder LIKE '%AVI%' THEN 'AVI' END AS funder "
                                "FROM projects WHERE report=? AND name != 'Yhteensä') GROUP BY funder", (TP25,)))
    assert funders == {"OPH": 4, "OKM": 3, "AVI": 1}
    shares = conn.execute("SELECT years, city_share, spent FROM projects WHERE report=? AND name='Etsivä nuorisotyö' "
                          "ORDER BY line", (Q125,)).fetchall()
    assert shares == [("2024–2025", "30 %", "30 %"), ("2025–2026", "15 %", "0 %")]


def test_a_projects_years_from_its_period_name_or_description(db_path):
    """The years a project's figures are of: its period column, else its name's span, else its description's
    ('Hanke toteutettiin vuosina 2024-2025', 'taloustiedot vuoden 2024 toteutuman mukaisesti')."""
    conn = sqlite3.connect(db_path)
    years = dict(conn.execute("SELECT name, years FROM projects WHERE report=?", (TP25,)))
    assert years["Toimintakykyinen peruskoululainen"] == "2024–2025"
    assert years["Yhteisöllisen opiskeluhuollon vahvistaminen ja kehittäminen"] == "2024–2025"
    assert years["Suomi toisena kielenä"] == "2024"
    assert years["Koulujen kerhotoiminnan tukeminen (2024–2025)"] == "2024–2025"
    assert years["Yhteensä"] is None
    # the period column stays what the report prints (none here): a description's years are not a period
    assert conn.execute("SELECT period FROM projects WHERE report=? AND name='Suomi toisena kielenä'", (TP25,)).fetchone() == (None,)


def test_reingest_is_idempotent_and_bad_input_keeps_old_db(tmp_path, db_path):
    db = tmp_path / "x.sqlite"
    reports = sorted((ROOT / "data" / "reports").glob("*.txt"))
    ingest(reports, db, rebuild=True)
    before = db.read_bytes()
    summaries = ingest(reports, db)
    assert all(s.status == "skipped" for s in summaries)
    for name, content in [("empty.txt", b""), ("binary.bin", bytes(range(256)) * 10),
                          ("english.txt", b"This is a cooking recipe about pancakes.\n" * 20)]:
        bad = tmp_path / name
        bad.write_bytes(content)
        s = ingest([bad], db)
        assert s[0].status == "error" and s[0].message
        assert db.read_bytes() == before
    assert not list(tmp_path.glob("*.tmp"))


def test_cli_ingest_and_export(tmp_path):
    db = tmp_path / "c.sqlite"
    env = dict(os.environ, LUKUBOTTI_DB=str(db))
    kysy = [sys.executable, "-m", "bot.cli"]
    out = subprocess.run(kysy + ["ingest", "--rebuild"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "tarkistettu" in out.stdout
    exp = subprocess.run(kysy + ["export", "--format", "jsonl", "--report", TP25], cwd=ROOT, env=env,
                         capture_output=True, text=True)
    rows = [json.loads(l) for l in exp.stdout.splitlines()]
    row = next(r for r in rows if r["line"] == 346 and r["basis"] == "actual" and r["year"] == 2025)
    assert row["value"] == -7507509 and row["months"] == 12 and row["unit"] == "EUR" and row["verified"] is True
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02")
    out = subprocess.run(kysy + ["ingest", str(bad)], cwd=ROOT, env=env, capture_output=True, text=True)
    assert out.returncode == 1 and "ei raportti" in out.stdout


def test_sidecar_meta_overrides_and_is_not_inferred(tmp_path):
    src = ROOT / "data" / "reports" / "heinola-osavuosikatsaus-2025-q1-hyvinvointipalvelut.txt"
    report = tmp_path / src.name
    report.write_bytes(src.read_bytes())
    (tmp_path / (src.name + ".meta.toml")).write_text(
        'municipality = "Heinola"\ntitle = "Osavuosikatsaus Q1"\npublication_date = 2025-04-30\n'
        'period = "1–3/2025"\nsource_url = "https://www.heinola.fi/esimerkki.pdf"\n', encoding="utf-8")
    db = tmp_path / "s.sqlite"
    [s] = ingest([report], db, rebuild=True)
    assert s.status == "ok"
    row = sqlite3.connect(db).execute("SELECT title, published, year, months, source_url, inferred FROM reports").fetchone()
    assert row == ("Osavuosikatsaus Q1", "2025-04-30", 2025, 3, "https://www.heinola.fi/esimerkki.pdf", "[]")


def test_parent_units_are_sums_of_their_sub_units(db_path):
    conn = sqlite3.connect(db_path)
    names = [r[0] for r in conn.execute("SELECT name FROM checks WHERE name LIKE 'yksikkösumma:%' AND ok = 1")]
    assert "yksikkösumma: Hyvinvoinnin edistämisen lautakunta = Hyvinvoinnin ja työllisyyden edistäminen + Virikkeellinen elämä" in names
    assert any(n.startswith("yksikkösumma: Hyvinvointilautakunnan toimiala = ") for n in names)
