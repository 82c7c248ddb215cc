"""`kysy export`: plain CSV/JSONL for tools (the facts' fields are a contract) and the Excel workbook,
read back with openpyxl (and LibreOffice where it is installed), on a store built by the real ingest."""
import csv
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bot.cli import main
from data import export, store

ROOT = Path(__file__).resolve().parent.parent
KYSY = [sys.executable, "-m", "bot.cli"]
# the facts' fields as scripts read them today, in this order; new fields only at the end
FACT_HEADER = ("report,line,org,area,measure,year,basis,months,value,unit,scale,verified,printed,column_label,"
               "table,kind,superseded_by,check_note,quote,page")
FINNISH_BASIS = {"toteuma", "talousarvio", "poikkeama", "jäljellä", "toteuma-%", "ennuste", "tavoite"}


def kysy(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def sql(db, query, *params):
    with sqlite3.connect(db) as conn:
        return conn.execute(query, params).fetchall()


@pytest.fixture(scope="module")
def workbook(db_path, tmp_path_factory):
    path = tmp_path_factory.mktemp("xlsx") / "lukubotti.xlsx"
    assert main(["--db", str(db_path), "export", "--format", "xlsx", "--output", str(path)]) == 0
    return path, load_workbook(path)


def sheet_rows(ws) -> list[dict]:
    rows = list(ws.iter_rows())
    headers = [c.value for c in rows[0]]
    return [dict(zip(headers, r)) for r in rows[1:]]


# --- CSV and JSONL ------------------------------------------------------------------------------

def test_csv_keeps_the_fact_fields_and_their_order(db_path, capsys):
    code, out, err = kysy(capsys, "--db", str(db_path), "export", "--format", "csv")
    assert code == 0 and err == ""
    assert out.startswith(FACT_HEADER + "\r\n")          # RFC 4180 line ends, no BOM
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    stored = sql(db_path, "SELECT report, line, value, unit, verified FROM facts ORDER BY report, coalesce(line, 0), id")
    assert len(rows) == len(stored) > 1000
    for row, (report, line, value, unit, verified) in zip(rows, stored):
        assert (row["report"], int(row["line"])) == (report, line)
        assert float(row["value"]) == value
        assert row["verified"] == ("True" if verified else "False")
        if unit == "EUR" and float(value).is_integer():
            assert "." not in row["value"]                 # whole euros as integers, as before
    assert all(r["page"] == "" for r in rows)              # text reports have no page


def test_jsonl_is_the_default_and_report_filters(db_path, capsys):
    name = "heinola-tp2025-hyvinvointipalvelut.txt"
    code, out, _ = kysy(capsys, "--db", str(db_path), "export", "--report", name)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == sql(db_path, "SELECT count(*) FROM facts WHERE report = ?", name)[0][0] > 100
    assert all(r["report"] == name for r in rows)
    assert ",".join(rows[0]) == FACT_HEADER
    kate = [r for r in rows if r["measure"] == "Toimintakate" and r["org"] == "Varhaiskasvatus"
            and r["basis"] == "actual" and r["year"] == 2025]
    assert kate and kate[0]["value"] == -7507509 and kate[0]["verified"] is True
    assert kate[0]["table"] == "Varhaiskasvatus" and kate[0]["page"] is None


@pytest.mark.parametrize("table,count_sql", [
    ("facts", "SELECT count(*) FROM facts"),
    ("kpis", "SELECT count(*) FROM facts WHERE kind = 'tunnusluku'"),
    ("goals", "SELECT count(*) FROM goals"),
    ("projects", "SELECT count(*) FROM projects"),
    ("reports", "SELECT count(*) FROM reports"),
])
def test_every_table_in_csv_and_jsonl(db_path, capsys, table, count_sql):
    n = sql(db_path, count_sql)[0][0]
    assert n > 0
    code, out, _ = kysy(capsys, "--db", str(db_path), "export", "--format", "csv", "--table", table)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert len(rows) == n and list(rows[0]) == export.FIELDS[table]
    code, out, _ = kysy(capsys, "--db", str(db_path), "export", "--format", "jsonl", "--table", table)
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(lines) == n and list(lines[0]) == export.FIELDS[table]
    if table == "kpis":
        assert {r["kind"] for r in lines} == {"tunnusluku"}
    if table == "reports":
        assert all(isinstance(r["inferred"], list) for r in lines)
        assert any(r["inferred"] for r in lines)


def test_projects_keep_their_printed_shares(db_path, capsys):
    code, out, _ = kysy(capsys, "--db", str(db_path), "export", "--table", "projects")
    rows = [json.loads(line) for line in out.splitlines()]
    stored = {(r[0], r[1]): r[2:] for r in sql(db_path, "SELECT report, line, total, city_share, spent FROM projects")}
    for r in rows:
        total, share, spent = stored[(r["report"], r["line"])]
        assert r["total"] == total and r["city_share"] == share and r["spent"] == spent


def test_output_file_has_what_stdout_has(db_path, capsys, tmp_path):
    _, out, _ = kysy(capsys, "--db", str(db_path), "export", "--format", "csv", "--table", "goals")
    target = tmp_path / "goals.csv"
    code, said, err = kysy(capsys, "--db", str(db_path), "export", "--format", "csv", "--table", "goals",
                           "--output", str(target))
    assert code == 0 and err == ""
    assert target.read_bytes() == out.encode("utf-8")
    assert kysy(capsys, "--db", str(db_path), "export", "--format", "csv", "--table", "goals", "--output", "-")[1] == out
    assert "goals 84 riviä" in said and str(target) in said
    assert [p.name for p in tmp_path.iterdir()] == ["goals.csv"]       # no temp file left beside it
    assert oct(target.stat().st_mode & 0o777) == oct(0o666 & ~current_umask())


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_old_command_lines_in_a_real_process(db_path):
    """The flags scripts use today, through the installed entry point's module, end to end."""
    name = "heinola-osavuosikatsaus-2022-9kk-hyvinvointi.txt"
    n = sql(db_path, "SELECT count(*) FROM facts WHERE report = ?", name)[0][0]
    for fmt in ("jsonl", "csv"):
        run = subprocess.run(KYSY + ["--db", str(db_path), "export", "--format", fmt, "--report", name],
                             capture_output=True, text=True, cwd=ROOT, timeout=120)
        assert run.returncode == 0 and run.stderr == ""
        if fmt == "csv":
            rows = list(csv.DictReader(io.StringIO(run.stdout, newline="")))
        else:
            rows = [json.loads(line) for line in run.stdout.splitlines()]
        assert len(rows) == n > 600 and {r["report"] for r in rows} == {name}


def test_closed_pipe_is_quiet(db_path):
    proc = subprocess.Popen(KYSY + ["--db", str(db_path), "export", "--format", "csv"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline().decode().startswith("report,line,")
    proc.stdout.close()                                    # like `kysy export | head -1`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert "Traceback" not in err and "Error" not in err


# --- Excel ----------------------------------------------------------------------------------------

def test_workbook_sheets_headers_and_counts(db_path, workbook):
    _, wb = workbook
    assert wb.sheetnames == ["luvut", "tunnusluvut", "tavoitteet", "hankkeet", "raportit"]
    counts = {
        "luvut": "SELECT count(*) FROM facts WHERE kind <> 'tunnusluku'",
        "tunnusluvut": "SELECT count(*) FROM facts WHERE kind = 'tunnusluku'",
        "tavoitteet": "SELECT count(*) FROM goals", "hankkeet": "SELECT count(*) FROM projects",
        "raportit": "SELECT count(*) FROM reports",
    }
    english = {f for fields in export.FIELDS.values() for f in fields}
    for title, query in counts.items():
        ws = wb[title]
        headers = [c.value for c in ws[1]]
        assert ws.max_row - 1 == sql(db_path, query)[0][0] > 0, title
        assert not english & set(headers) - {"kausi"}, headers
        assert all(c.font.b for c in ws[1])
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
        widths = [ws.column_dimensions[c.column_letter].width for c in ws[1]]
        assert all(6 <= w <= 80 for w in widths), (title, widths)
    assert [c.value for c in wb["luvut"][1]][:12] == [
        "raportti", "sivu", "rivinumero", "yksikkö", "alue", "rivi", "vuosi", "peruste", "kuukaudet", "arvo",
        "mittayksikkö", "tarkistettu"]
    assert {"teksti", "tila", "yksikkö"} <= {c.value for c in wb["tavoitteet"][1]}
    assert {"nimi", "kausi", "rahoittaja", "kokonaisrahoitus", "kaupungin osuus", "toteutunut"} <= {
        c.value for c in wb["hankkeet"][1]}
    assert {"nimi", "otsikko", "laji", "kausi", "julkaistu", "lähde-URL"} <= {c.value for c in wb["raportit"][1]}


@pytest.mark.parametrize("title,kind", [("luvut", "<>"), ("tunnusluvut", "=")])
def test_figures_are_numbers_with_their_format(db_path, workbook, title, kind):
    _, wb = workbook
    stored = sql(db_path, f"""SELECT f.value, f.unit, f.verified, f.basis, r.title FROM facts f
                             JOIN reports r ON r.name = f.report WHERE f.kind {kind} 'tunnusluku'
                             ORDER BY f.report, coalesce(f.line, 0), f.id""")
    rows = sheet_rows(wb[title])
    assert len(rows) == len(stored)
    for row, (value, unit, verified, basis, report_title) in zip(rows, stored):
        cell = row["arvo"]
        assert isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool)
        shown = cell.number_format
        if unit == "%":
            assert Decimal(repr(cell.value)) * 100 == Decimal(repr(value)) and shown.endswith(" %")
            places = len(shown.split(".")[1]) - 2 if "." in shown else 0
        else:
            assert cell.value == value
            assert ("€" in shown) == unit.startswith("EUR"), (unit, shown)
            places = len(shown.split(".")[1].split(" ")[0]) if "." in shown else 0
        assert round(value, places) == value, (value, shown)       # the display never rounds a figure
        assert row["tarkistettu"].value == ("kyllä" if verified else "ei")
        assert row["peruste"].value in FINNISH_BASIS
        assert row["raportti"].value == report_title
        assert row["mittayksikkö"].value == unit.replace("EUR", "€")


def test_euro_and_percent_formats(workbook):
    _, wb = workbook
    rows = sheet_rows(wb["luvut"])
    kate = next(r for r in rows if r["rivi"].value == "Toimintakate" and r["yksikkö"].value == "Varhaiskasvatus"
                and r["vuosi"].value == 2025 and r["peruste"].value == "toteuma" and r["kuukaudet"].value == 12)
    assert kate["arvo"].value == -7507509 and kate["arvo"].number_format == '#,##0 "€"'
    assert kate["painettu"].value == "-7 507 509" and kate["lähderivi"].value.startswith("Toimintakate")
    pct = next(r for r in rows if r["rivi"].value == "Toimintakate" and r["yksikkö"].value == "Varhaiskasvatus"
               and r["vuosi"].value == 2025 and r["peruste"].value == "toteuma-%" and r["kuukaudet"].value == 12)
    assert pct["arvo"].value == pytest.approx(0.9563) and pct["arvo"].number_format == "0.00 %"


def test_projects_and_reports_cells(db_path, workbook):
    _, wb = workbook
    projects = sheet_rows(wb["hankkeet"])
    stored = sql(db_path, "SELECT total, city_share, spent FROM projects ORDER BY report, coalesce(line, 0), id")
    for row, (total, share, spent) in zip(projects, stored):
        assert row["kokonaisrahoitus"].value == total
        for cell, printed in ((row["kaupungin osuus"], share), (row["toteutunut"], spent)):
            if isinstance(cell.value, (int, float)):        # '20 %' → 0.2 shown as 20 %
                assert f"{cell.value * 100:.1f}" == f"{float(printed.replace('%', '').replace(',', '.')):.1f}"
                assert cell.number_format.endswith("%")
            else:                                            # '70,4 / 83,4 %' stays as printed
                assert cell.value == (printed or None)
    assert any(isinstance(r["toteutunut"].value, str) for r in projects)
    reports = {r["nimi"].value: r for r in sheet_rows(wb["raportit"])}
    published = reports["heinola-tp2025-hyvinvointipalvelut.txt"]["julkaistu"]
    assert published.value.date().isoformat() == "2026-03-09" and published.number_format == "d.m.yyyy"


def test_text_is_never_a_formula_and_control_characters_go(db_path, tmp_path, capsys):
    db = tmp_path / "lukubotti.sqlite"
    shutil.copy(db_path, db)
    sql(db, "UPDATE facts SET quote = '=HYPERLINK(\"http://x\")' || char(12) || quote WHERE id = (SELECT min(id) FROM facts)")
    sql(db, "UPDATE reports SET source_url = 'https://example.org/tp2025.pdf' WHERE name LIKE '%tp2025%'")
    sql(db, "UPDATE reports SET source_url = 'javascript:alert(1)' WHERE name LIKE '%2022%'")
    out = tmp_path / "x.xlsx"
    assert kysy(capsys, "--db", str(db), "export", "--format", "xlsx", "--output", str(out))[0] == 0
    wb = load_workbook(out)
    first = sheet_rows(wb["luvut"])[0]["lähderivi"]
    assert first.data_type == "s" and first.value.startswith('=HYPERLINK("http://x") ')
    links = {r["nimi"].value: r["lähde-URL"] for r in sheet_rows(wb["raportit"])}
    tp = links["heinola-tp2025-hyvinvointipalvelut.txt"]
    assert tp.value == "https://example.org/tp2025.pdf" and tp.hyperlink.target == tp.value
    assert links["heinola-osavuosikatsaus-2022-9kk-hyvinvointi.txt"].hyperlink is None


def test_xlsx_for_one_report(db_path, tmp_path, capsys):
    name = "heinola-osavuosikatsaus-2024-9kk-hyvinvointi.txt"
    out = tmp_path / "one.xlsx"
    code, said, _ = kysy(capsys, "--db", str(db_path), "export", "--format", "xlsx", "--report", name,
                         "--output", str(out))
    assert code == 0 and "hankkeet 21 riviä" in said and "raportit 1 riviä" in said
    wb = load_workbook(out)
    assert {r["tiedosto"].value for r in sheet_rows(wb["luvut"])} == {name}
    assert wb["tunnusluvut"].max_row == 1                  # header only: this report has no key indicators


def test_pages_flow_through_once_the_store_has_them(db_path, tmp_path, capsys):
    """The store writer adds `page` to facts, goals and projects; the exports carry it without a change."""
    db = tmp_path / "lukubotti.sqlite"
    shutil.copy(db_path, db)
    for table, page in (("facts", "1 + line / 50"), ("goals", "7"), ("projects", "9")):
        sql(db, f"UPDATE {table} SET page = {page}")        # the store has the column; text reports leave it empty
    code, out, _ = kysy(capsys, "--db", str(db), "export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert code == 0 and rows and all(r["page"] == str(1 + int(r["line"]) // 50) for r in rows)
    code, out, _ = kysy(capsys, "--db", str(db), "export", "--table", "goals")
    assert code == 0 and {json.loads(line)["page"] for line in out.splitlines()} == {7}
    target = tmp_path / "pages.xlsx"
    assert kysy(capsys, "--db", str(db), "export", "--format", "xlsx", "--output", str(target))[0] == 0
    wb = load_workbook(target)
    assert all(r["sivu"].value == 1 + r["rivinumero"].value // 50 for r in sheet_rows(wb["luvut"]))
    assert {r["sivu"].value for r in sheet_rows(wb["tavoitteet"])} == {7}
    assert {r["sivu"].value for r in sheet_rows(wb["hankkeet"])} == {9}


def test_too_many_rows_for_excel_is_refused(tmp_path, capsys):
    db = tmp_path / "lukubotti.sqlite"
    with sqlite3.connect(db) as conn:
        store.create(conn)
        conn.execute("""INSERT INTO reports (name, sha256, rank)
                        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
                        SELECT 'r' || i, '', i FROM n""", (export.EXCEL_MAX_ROWS,))
    out = tmp_path / "big.xlsx"
    code, _, err = kysy(capsys, "--db", str(db), "export", "--format", "xlsx", "--output", str(out))
    assert code == 2 and "raportit" in err and "1048575" in err and "--report" in err
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == ["lukubotti.sqlite"]


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice not installed (apt-get install libreoffice-calc-nogui)")
def test_libreoffice_opens_the_workbook(workbook, tmp_path, db_path):
    path, _ = workbook
    run = subprocess.run(["libreoffice", "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/lo",
                          "--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
                          "--outdir", str(tmp_path), str(path)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    with open(tmp_path / "lukubotti-luvut.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    stored = sql(db_path, """SELECT value, unit FROM facts WHERE kind <> 'tunnusluku'
                             ORDER BY report, coalesce(line, 0), id""")
    assert len(rows) == len(stored) and "arvo" in rows[0] and "peruste" in rows[0]
    for row, (value, unit) in zip(rows, stored):
        shown = row["arvo"]                                 # a percent cell reads '77%', others plain
        assert float(shown.rstrip("%")) == pytest.approx(value, abs=1e-9) and shown.endswith("%") == (unit == "%")


# --- bad input --------------------------------------------------------------------------------------

def test_clear_messages_for_bad_input(db_path, tmp_path, capsys):
    db = str(db_path)
    cases = [
        (["--db", str(tmp_path / "none.sqlite"), "export"], "Tietokantaa"),
        (["--db", db, "export", "--report", "ei-ole.txt"], "Raporttia ei-ole.txt ei ole tietokannassa. Raportit: heinola-"),
        (["--db", db, "export", "--format", "xlsx"], "--output TIEDOSTO.xlsx"),
        (["--db", db, "export", "--format", "xlsx", "--table", "goals", "--output", str(tmp_path / "a.xlsx")],
         "omina välilehtinään"),
        (["--db", db, "export", "--output", str(tmp_path / "no" / "dir.jsonl")], "kansiota ei ole"),
        (["--db", db, "export", "--output", str(tmp_path)], "kohde on kansio"),
        (["--db", db, "export", "--format", "xlsx", "--output", db], "kohde on tietokanta itse"),
    ]
    (tmp_path / "text.sqlite").write_text("ei tietokanta\n")
    cases.append((["--db", str(tmp_path / "text.sqlite"), "export"], "ei ole Lukubotin tietokanta"))
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    for args, said in cases:
        code, out, err = kysy(capsys, *args)
        assert code == 2 and said in err and out == "", (args, err)
        assert "Traceback" not in err
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_a_failed_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "old.csv"
    target.write_text("vanha\n")
    os.chmod(target, 0o640)
    with pytest.raises(RuntimeError):
        with export.atomic_file(target) as tmp:
            Path(tmp).write_text("puolik")
            raise RuntimeError("kesken")
    assert target.read_text() == "vanha\n" and [p.name for p in tmp_path.iterdir()] == ["old.csv"]
    with export.atomic_file(target) as tmp:
        Path(tmp).write_text("uusi\n")
    assert target.read_text() == "uusi\n" and target.stat().st_mode & 0o777 == 0o640
