"""PDF input, tested on real PDFs: the bundled reports rendered by tests/pdfgen.py in several layouts
(reportlab), read back by data/pdf.py (pdfplumber), must give the same verified figures as the text,
every figure with its page; scans, encrypted and damaged PDFs are refused with a Finnish message."""
import hashlib
import io
import re
import sqlite3
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from data.ingest import ingest
from data.report import NotAReport, read_report
from data.tables import find_tables, label_key
from data.verify import solve
from pdfgen import CHROMIUM, LAYOUTS, print_with_chromium, render

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted((ROOT / "data" / "reports").glob("*.txt"))
CASES = [(lay, rep) for lay in LAYOUTS for rep in REPORTS]


@pytest.fixture(scope="session")
def pdf_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pdf")


_READ: dict = {}


def pdf_report(pdf_dir: Path, layout, src: Path):
    """The report rendered in `layout` and read back (once per session)."""
    key = (layout.name, src.name)
    if key not in _READ:
        out = render(src, pdf_dir / f"{src.stem}.{layout.name}.pdf", layout)
        _READ[key] = read_report(out)
    return _READ[key]


def figures(report) -> tuple[Counter, list]:
    """Every financial cell as the ingest reads it: (table title, row, column meaning, value, verified)."""
    out: Counter = Counter()
    cells = []
    for table in find_tables(report):
        solved = solve(table)
        title = re.sub(r"(?i)\b(selite|investoinnit|irtain omaisuus)\b", "", table.title).strip().lower()
        for row, row_cells in zip(table.rows, solved.cells):
            for c in row_cells:
                col = table.columns[c.col]
                if c.value is None or col.basis == "unknown":
                    continue
                out[(title, label_key(row.label), col.basis, col.year, col.months, col.scale, col.amended,
                     c.value, bool(c.verified and not table.headerless))] += 1
                cells.append((c, report.line(c.line)))
    return out, cells


@pytest.mark.parametrize("layout,src", CASES, ids=[f"{l.name}-{r.stem[8:30]}" for l, r in CASES])
def test_pdf_gives_the_text_figures_with_pages(pdf_dir, layout, src):
    text, _ = figures(read_report(src))
    report = pdf_report(pdf_dir, layout, src)
    pdf, cells = figures(report)
    assert report.encoding == "pdf" and report.meta["pages"] >= 3
    missing, extra = text - pdf, pdf - text
    assert not missing and not extra, (sorted(missing, key=str)[:5], sorted(extra, key=str)[:5])
    for cell, line in cells:
        assert line.page is not None and line.page_line is not None, line
        assert cell.printed.replace(" ", "") in line.raw.replace(" ", "").replace("\u00a0", ""), (cell, line)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
@pytest.mark.parametrize("src", REPORTS, ids=[r.stem[8:30] for r in REPORTS])
def test_pdf_printed_by_chromium_gives_the_text_figures(pdf_dir, src):
    """Another PDF producer: the report as a web page printed by Chromium (labels wrapped around
    their numbers, no repeated headers, CSS borders)."""
    report = read_report(print_with_chromium(src, pdf_dir / f"{src.stem}.chromium.pdf"))
    text, _ = figures(read_report(src))
    pdf, cells = figures(report)
    assert text == pdf, (sorted(text - pdf, key=str)[:5], sorted(pdf - text, key=str)[:5])
    assert all(line.page for _, line in cells)
    db = pdf_dir / f"{src.stem}.chromium.sqlite"
    ingest([pdf_dir / f"{src.stem}.chromium.pdf"], db, rebuild=True)
    text_db = pdf_dir / f"{src.stem}.text.sqlite"
    ingest([src], text_db, rebuild=True)
    assert _stored(db) == _stored(text_db)


@pytest.mark.parametrize("layout", LAYOUTS, ids=[l.name for l in LAYOUTS])
def test_title_page_and_period_from_the_pdf_text(pdf_dir, layout):
    for src in REPORTS:
        text = read_report(src).meta
        pdf = pdf_report(pdf_dir, layout, src).meta
        for k in ("kind", "year", "months", "published"):
            if k in text:
                assert pdf.get(k) == text[k], (src.name, k)


def test_layouts_vary_what_a_reader_trips_on(pdf_dir):
    """The layouts really differ: tables split over a page break in every layout, a header left at
    the foot of a page, a landscape page, numbers with and without thousands separators."""
    by_name = {l.name: l for l in LAYOUTS}
    for layout in LAYOUTS:
        split = [t for src in REPORTS for t in find_tables(pdf_report(pdf_dir, layout, src))
                 if len({l.page for r in t.rows for l in r.lines}) > 1]
        assert split, f"{layout.name}: no table crosses a page break"
    ovk24 = pdf_report(pdf_dir, by_name["vaaka"], REPORTS[1])
    orphan = [t for t in find_tables(ovk24) if t.header_lines and t.header_lines[0].page < t.rows[0].lines[0].page]
    assert orphan and not orphan[0].headerless
    tp = REPORTS[-1]
    wide = pdf_report(pdf_dir, by_name["vaaka"], tp)
    narrow = pdf_report(pdf_dir, by_name["kapea"], tp)
    assert any("-20889482" in l.raw for l in wide.lines)
    assert any("-20 889 482" in l.raw for l in narrow.lines)
    with pdfplumber.open(pdf_dir / f"{tp.stem}.vaaka.pdf") as doc:
        assert doc.pages[0].width > doc.pages[0].height


def test_varhaiskasvatus_figure_cites_its_page(pdf_dir):
    report = pdf_report(pdf_dir, LAYOUTS[0], REPORTS[-1])
    _, cells = figures(report)
    found = [(c, l) for c, l in cells if c.value == -7507509]
    assert found
    cell, line = found[0]
    assert cell.verified and line.page > 1 and line.raw.startswith("Toimintakate\t")


def _stored(db: Path) -> Counter:
    conn = sqlite3.connect(db)
    return Counter((Path(r).name.split(".")[0], *k) for r, *k in conn.execute(
        "SELECT report, org_key, measure_key, kind, year, basis, months, value, verified FROM facts "
        "WHERE kind != 'tunnusluku'"))


@pytest.fixture(scope="session")
def text_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("text") / "t.sqlite"
    ingest(REPORTS, db, rebuild=True)
    return db


@pytest.fixture(scope="session")
def text_store(text_db) -> Counter:
    return _stored(text_db)


_STORES: dict = {}


def pdf_store(pdf_dir: Path, layout) -> Path:
    """The four reports rendered in `layout`, through the real ingest into one store (once per session)."""
    if layout.name not in _STORES:
        paths = []
        for src in REPORTS:
            pdf_report(pdf_dir, layout, src)
            paths.append(pdf_dir / f"{src.stem}.{layout.name}.pdf")
        db = pdf_dir / f"{layout.name}.sqlite"
        summaries = ingest(paths, db, rebuild=True)
        assert all(s.status == "ok" for s in summaries), [s.line() for s in summaries]
        _STORES[layout.name] = db
    return _STORES[layout.name]


def _rows(db: Path, sql: str) -> list[tuple]:
    """The rows of `sql` with the report as its stem (x.pdf and x.txt are the same report)."""
    conn = sqlite3.connect(db)
    rows = [(Path(r).name.split(".")[0], *rest) for r, *rest in conn.execute(sql)]
    conn.close()
    return rows


def _key(text: str) -> str:
    """Letters and digits only: a cell's lines joined ('vuoro-' + 'kokemus…') or the source's own
    break ('vuoro- kokemus…') are the same words."""
    return re.sub(r"[\W_]+", "", text.lower())


@pytest.mark.parametrize("layout", LAYOUTS, ids=[l.name for l in LAYOUTS])
def test_ingested_pdfs_store_the_texts_facts(pdf_dir, text_store, layout):
    """Through the real ingest: the same units (org), measures, periods and values, verified alike."""
    got = _stored(pdf_store(pdf_dir, layout))
    assert got == text_store, (sorted(text_store - got, key=str)[:5], sorted(got - text_store, key=str)[:5])


@pytest.mark.parametrize("layout", LAYOUTS, ids=[l.name for l in LAYOUTS])
def test_pdf_key_indicators_are_the_texts_with_pages(pdf_dir, text_db, layout):
    """Key indicators (tables of 'Tunnusluku' with words in their values, wrapped labels, a table going
    on over a page break): the same name, area, year, basis, value, unit and verified flag, each
    from its page's line."""
    sql = "SELECT report, measure, area, year, basis, value, unit, verified, printed FROM facts WHERE kind = 'tunnusluku'"
    text = Counter(_rows(text_db, sql))
    db = pdf_store(pdf_dir, layout)
    got = Counter(_rows(db, sql))
    assert sum(text.values()) >= 190 and len({k[0] for k in text}) >= 2   # two reports have indicators
    assert got == text, (sorted(text - got, key=str)[:5], sorted(got - text, key=str)[:5])
    for _, printed, quote, page in _rows(db, "SELECT report, printed, quote, page FROM facts WHERE kind = 'tunnusluku'"):
        assert page is not None and printed.split(" ")[0] in quote, (printed, quote)


@pytest.mark.parametrize("layout", LAYOUTS, ids=[l.name for l in LAYOUTS])
def test_pdf_projects_are_the_texts_with_pages(pdf_dir, text_db, layout):
    """Projects (names, descriptions and statuses wrapped in their cells, the header left at a page's
    foot): the same period, funder, total, city share and spending, names alike but for a line-end
    hyphen, each with its page."""
    sql = "SELECT report, name, period, years, funder, total, total_printed, city_share, spent, page FROM projects"
    text = Counter((r, _key(n), *rest) for r, n, *rest, _ in _rows(text_db, sql))
    rows = _rows(pdf_store(pdf_dir, layout), sql)
    got = Counter((r, _key(n), *rest) for r, n, *rest, _ in rows)
    assert sum(text.values()) >= 40
    assert got == text, (sorted(text - got, key=str)[:5], sorted(got - text, key=str)[:5])
    assert all(row[-1] is not None for row in rows)


@pytest.mark.parametrize("layout", LAYOUTS, ids=[l.name for l in LAYOUTS])
def test_pdf_goals_are_the_texts_with_pages(pdf_dir, text_db, layout):
    """Goals (a table of long text cells, rows over page breaks): as many, of the same units, with the
    same status — but for the row of two goals whose status is a tick ('✓', line 113 of the TP 2025), which
    the PDF's fonts cannot draw ('?': no status) — nearly all with the same words, each with its page."""
    sql = "SELECT report, text, status, org_tag, page FROM goals"
    text, rows = _rows(text_db, sql), _rows(pdf_store(pdf_dir, layout), sql)
    assert Counter((r, o) for r, _, _, o, _ in text) == Counter((r, o) for r, _, _, o, _ in rows)
    statuses = Counter((r, s, o) for r, _, s, o, _ in text)
    got = Counter((r, s, o) for r, _, s, o, _ in rows)
    lost, extra = statuses - got, got - statuses
    assert sum(statuses.values()) >= 80 and sum(lost.values()) <= 2, (lost, extra)
    assert all(s == "Toteutuu" for _, s, _ in lost) and all(s == "" for _, s, _ in extra), (lost, extra)
    same = Counter((r, _key(t)) for r, t, *_ in text) & Counter((r, _key(t)) for r, t, *_ in rows)
    assert sum(same.values()) >= 0.95 * len(text)
    assert all(row[-1] is not None for row in rows)


@pytest.mark.parametrize("layout", LAYOUTS, ids=[l.name for l in LAYOUTS])
def test_pdf_passages_never_glue_columns(pdf_dir, text_db, layout):
    """The one rule: the text search answers figures from passages, so a passage with a figure must
    be words the text report has in one passage (one cell, one paragraph) — never words of two
    columns of a table, or a figure at a page's foot with a label at the next page's top."""
    text: dict[str, list[str]] = {}
    for r, t in _rows(text_db, "SELECT report, text FROM passages"):
        text.setdefault(r, []).append(_key(t))
    rows = [(r, t) for r, t in _rows(pdf_store(pdf_dir, layout), "SELECT report, text FROM passages")
            if re.search(r"\d", t)]
    glued = [(r, t[:120]) for r, t in rows if not any(_key(t) in x for x in text[r])]
    assert len(rows) > 250 and not glued, glued[:5]


def test_ingest_reads_a_pdf_and_a_folder_of_pdf_and_text(pdf_dir, tmp_path):
    pdf = pdf_dir / "tp.pdf"
    render(REPORTS[-1], pdf, LAYOUTS[0])
    db = tmp_path / "p.sqlite"
    summaries = ingest([pdf, REPORTS[0]], db, rebuild=True)
    assert [s.status for s in summaries] == ["ok", "ok"], [s.line() for s in summaries]
    conn = sqlite3.connect(db)
    v = conn.execute("SELECT value, verified FROM facts WHERE report='tp.pdf' AND org_key='varhaiskasvatus' "
                     "AND measure_key='toimintakate' AND year=2025 AND basis='actual'").fetchone()
    assert v == (-7507509, 1)


# --- what is not a readable PDF ---------------------------------------------------------------

def _scan(path: Path) -> Path:
    img = Image.new("RGB", (600, 800), "white")
    ImageDraw.Draw(img).text((40, 40), "TILINPAATOS 2025  Toimintakate -36 518 507", fill="black")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 40, 40, 500, 700)
    c.showPage()
    c.save()
    return path


def _encrypted(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, encrypt="salasana")
    c.drawString(72, 720, "Tilinpäätös 2025 – toimintakate, toimintatuotot, toimintakulut")
    c.showPage()
    c.save()
    return path


def _bytes(data):
    def make(path: Path) -> Path:
        path.write_bytes(data() if callable(data) else data)
        return path
    return make


@pytest.mark.parametrize("make,words", [
    (_scan, "ei ole tekstikerrosta (skannattu kuva?) – aja tekstintunnistus (OCR)"),
    (_encrypted, "PDF on salattu"),
    (_bytes(lambda: _good_pdf()[: len(_good_pdf()) // 2]), "katkennut"),
    (_bytes(lambda: _garbled(_good_pdf())), "vaurioitunut"),
    (_bytes(b"%PDF-1.7\n" + hashlib.sha512(b"x").digest() * 40 + b"\n%%EOF\n"), "vaurioitunut"),
], ids=["scan", "encrypted", "truncated", "garbled", "not-a-pdf-inside"])
def test_unreadable_pdf_is_refused_in_finnish(tmp_path, make, words):
    path = make(tmp_path / "raportti.pdf")
    with pytest.raises(NotAReport) as exc:
        read_report(path)
    assert words in str(exc.value)
    db = tmp_path / "d.sqlite"
    ingest([REPORTS[-1]], db, rebuild=True)
    before = db.read_bytes()
    [s] = ingest([path], db)
    assert s.status == "error" and words in s.message
    assert db.read_bytes() == before


_GOOD: list[bytes] = []


def _good_pdf() -> bytes:
    if not _GOOD:
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4)
        for k in range(3):
            c.drawString(72, 720, f"Tilinpäätös 2025 sivu {k}: toimintakate, toimintatuotot, toimintakulut")
            c.showPage()
        c.save()
        _GOOD.append(buf.getvalue())
    return _GOOD[0]


def _garbled(data: bytes) -> bytes:
    b = bytearray(data)
    for i in range(200, len(b) - 200, 7):
        b[i] = (b[i] * 31 + 17) % 256
    return bytes(b)


# --- the same report under another name or encoding ------------------------------------------------

def test_content_hash_is_the_same_for_another_encoding_and_name(tmp_path):
    src = REPORTS[-1]
    text = src.read_text(encoding="utf-8").encode("cp1252", errors="replace").decode("cp1252")
    a = tmp_path / "a.txt"
    b = tmp_path / "kopio.txt"
    a.write_bytes(text.encode("utf-8"))
    b.write_bytes(text.replace("\n", "\r\n").encode("cp1252", errors="strict"))
    ra, rb = read_report(a), read_report(b)
    assert (ra.encoding, rb.encoding) == ("utf-8", "cp1252")
    assert ra.content_hash == rb.content_hash and ra.sha256 != rb.sha256
    assert [l.text for l in ra.lines] == [l.text for l in rb.lines]
    assert ra.lines[0].page is None and ra.lines[0].page_line is None
    other = tmp_path / "c.txt"
    other.write_bytes(text.replace("Toimintakate", "Toimintakatteet", 1).encode("utf-8"))
    assert read_report(other).content_hash != ra.content_hash


def test_pdf_recognised_by_its_bytes_not_its_name(tmp_path, pdf_dir):
    pdf = render(REPORTS[-1], pdf_dir / "x.pdf", LAYOUTS[0])
    named_txt = tmp_path / "raportti.txt"
    named_txt.write_bytes(pdf.read_bytes())
    r = read_report(named_txt)
    assert r.encoding == "pdf" and r.meta["kind"] == "tilinpäätös"


def test_pdf_metadata_only_as_a_fallback(tmp_path):
    body = ["Hyvinvointipalvelut", "Toimintakate, toimintatuotot ja toimintakulut kaupungin lautakunta."]
    path = tmp_path / "m.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Heinolan kaupunki – Osavuosikatsaus 1–3/2025")
    for k, t in enumerate(body):
        c.drawString(72, 720 - 20 * k, t)
    c.showPage()
    c.save()
    meta = read_report(path).meta
    assert (meta["kind"], meta["year"], meta["months"]) == ("osavuosikatsaus", 2025, 3)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"])   # the PDF's creation date
    assert meta["inferred_from"]
    # the title page's own words win over the metadata
    path2 = tmp_path / "t.pdf"
    c = canvas.Canvas(str(path2), pagesize=A4)
    c.setTitle("Osavuosikatsaus 1–3/2025")
    for k, t in enumerate(["9. MAALISKUUTA 2026", "TILINPÄÄTÖS 2025"] + body):
        c.drawString(72, 720 - 20 * k, t)
    c.showPage()
    c.save()
    meta = read_report(path2).meta
    assert (meta["kind"], meta["year"], meta["months"], meta["published"]) == ("tilinpäätös", 2025, 12, "2026-03-09")


# --- PDFs made differently: words placed one by one, a page turned with /Rotate -----------------------

STATEMENT = [
    ("Hyvinvointipalvelut", ["TP 2024", "TA 2025", "TOT 2025", "Poikkeama", "Toteuma %"]),
    ("Toimintatuotot", ["3 286 493", "2 340 300", "2 906 105", "- 565 805", "124,18"]),
    ("Toimintakulut", ["-36 537 179", "-40 347 700", "-39 424 611", "- 923 089", "97,71"]),
    ("Toimintakate", ["-33 250 687", "-38 007 400", "-36 518 507", "-1 488 893", "96,08"]),
]


def _words(c, x: float, y: float, text: str, right: bool = False, size: float = 9) -> None:
    """Draw each word on its own, no space characters between (as some PDF producers do)."""
    gap = 0.28 * size
    widths = [c.stringWidth(w, "Helvetica", size) for w in text.split(" ")]
    total = sum(widths) + gap * (len(widths) - 1)
    pos = x - total if right else x
    for w, wd in zip(text.split(" "), widths):
        c.drawString(pos, y, w)
        pos += wd + gap


def _statement(c, top: float, footer: str) -> None:
    c.setFont("Helvetica", 9)
    _words(c, 60, top + 40, "Tilinpäätös 2025 – toimintakate kaupungin lautakunta talousarvio")
    for k, (label, cells) in enumerate(STATEMENT):
        y = top - 16 * k
        _words(c, 60, y, label)
        for j, cell in enumerate(cells):
            _words(c, 300 + 80 * j, y, cell, right=True)
    c.setFont("Helvetica", 8)
    c.drawCentredString(300, 30, footer)


def _check_statement(path: Path, pages: int = 1) -> None:
    report = read_report(path)
    tables = [t for t in find_tables(report) if t.rows]
    assert len(tables) == pages
    for table in tables:
        solved = solve(table)
        got = {(r.label, table.columns[c.col].basis, table.columns[c.col].year): (c.value, c.verified)
               for r, cells in zip(table.rows, solved.cells) for c in cells if c.value is not None}
        assert got[("Toimintakate", "actual", 2025)] == (-36518507, True)
        assert got[("Toimintakulut", "deviation", 2025)] == (-923089, True)
        assert len(got) == 15 and all(v for _, v in got.values())


def test_words_placed_one_by_one_without_spaces(tmp_path):
    path = tmp_path / "sanat.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _statement(c, 700, "Sivu 1")
    c.showPage()
    c.save()
    _check_statement(path)


def test_page_turned_with_rotate(tmp_path):
    path = tmp_path / "kaannetty.pdf"
    w, h = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    for n in (1, 2):
        c.setPageRotation(90)
        c.saveState()
        c.translate(w, 0)
        c.rotate(90)            # drawn so that the turned page reads upright
        _statement(c, 480, f"Sivu {n}")
        c.restoreState()
        c.showPage()
    c.save()
    _check_statement(path, pages=2)
    report = read_report(path)
    assert not any("Sivu" in l.raw for l in report.lines)   # the footers are page furniture
    assert {l.page for l in report.lines if l.raw.startswith("Toimintakate")} == {1, 2}


def test_kysy_ingest_a_folder_of_pdf_and_text(tmp_path):
    import os
    import subprocess
    import sys
    folder = tmp_path / "raportit"
    folder.mkdir()
    render(REPORTS[-1], folder / "tilinpaatos-2025.pdf", LAYOUTS[1])
    (folder / REPORTS[0].name).write_bytes(REPORTS[0].read_bytes())
    env = dict(os.environ, LUKUBOTTI_DB=str(tmp_path / "k.sqlite"))
    kysy = [sys.executable, "-m", "bot.cli", "ingest", "--rebuild"]
    out = subprocess.run(kysy + [str(folder)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "tilinpaatos-2025.pdf: Tilinpäätös 2025" in out.stdout and REPORTS[0].name in out.stdout
    _scan(folder / "skannattu.pdf")
    out = subprocess.run(kysy + [str(folder)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 1
    assert "skannattu.pdf: ei raportti: PDF:ssä ei ole tekstikerrosta" in out.stdout


@pytest.mark.parametrize("layout", LAYOUTS, ids=[l.name for l in LAYOUTS])
def test_projects_and_indicators_from_pdf_tables(pdf_dir, layout):
    """Beyond the financial tables: the projects table (wrapped text cells) gives every project's
    total, and most indicators come through. Known gap: the 2024 projects in the layout without
    rules and with tight rows ('tiivis') are read only in part."""
    from data.extras import find_kpis, find_projects
    for src in (REPORTS[1], REPORTS[3]):
        text = sorted(p.total for p in find_projects(read_report(src)))
        pdf = sorted(p.total for p in find_projects(pdf_report(pdf_dir, layout, src)))
        if layout.name == "tiivis" and src == REPORTS[1]:
            assert pdf and set(pdf) <= set(text)
        else:
            assert pdf == text, src.name
    kt = {(k.name, k.year, k.basis, k.value) for k in find_kpis(read_report(REPORTS[3]))[0]}
    kp = {(k.name, k.year, k.basis, k.value) for k in find_kpis(pdf_report(pdf_dir, layout, REPORTS[3]))[0]}
    assert len(kt & kp) >= 0.7 * len(kt)
