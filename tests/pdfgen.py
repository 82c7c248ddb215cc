"""Test side: render a bundled text report into a PDF laid out like a municipal report (reportlab).

The report's own content goes in: its headings and paragraphs as flowing text, its other
tab-separated tables (indicators, goals, projects) as wrapped-cell tables, and its financial
tables as real tables — ruled header, headings wrapped onto two lines, right-aligned numbers,
bold total rows, section rows, split over page breaks — with every printed cell from the
ground truth (bench/cells/<report>.tsv, the cells a careful reader finds). Page header and
footer with the page number on every page. `Layout` varies what a reader can trip on.
"""
from __future__ import annotations

import csv
import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import reportlab

from data.report import read_report
from data.tables import HEAD_RE, find_tables, label_key

ROOT = Path(__file__).resolve().parent.parent
CELLS = ROOT / "bench" / "cells"
TOTALS = {"toimintatuotot", "toimintakulut", "toimintakate", "vuosikate", "tilikauden tulos", "netto", "menot", "tulot"}


@dataclass(frozen=True)
class Layout:
    name: str
    landscape: bool = False
    font: str = "Helvetica"          # Helvetica | Times | Vera (a TrueType font shipped with reportlab)
    size: float = 8.5
    label_width: float = 150         # points
    col_width: float = 62
    thousands: str = " "             # " " as printed, "" none, "\u00a0" no-break space
    header: str = "wrap"             # wrap: one header row, headings wrap in narrow columns;
                                     # two: heading / qualifier on two ruled rows; line: one line each
    repeat_header: bool = True       # a table split over a page break repeats its header
    title_in_header: bool = True     # the table's title in its header's first cell, else above it
    tight: bool = False              # small paddings: rows close together
    rules: bool = True               # ruled header (rules above and below it, above totals)
    grid: bool = False               # every cell boxed (a word processor's table grid)
    valign: str = "BOTTOM"           # where a row's numbers stand beside a wrapped label


LAYOUTS = [
    Layout("kapea", label_width=112, valign="TOP"),                         # portrait, wrapped headings and labels
    Layout("vaaka", landscape=True, font="Times", size=9.5, label_width=220, col_width=88,
           thousands="", header="line", repeat_header=False),               # landscape, no separators
    Layout("kaksirivinen", font="Vera", size=7.5, label_width=125, col_width=56, header="two",
           thousands="\u00a0", title_in_header=False, tight=True, grid=True, valign="MIDDLE"),  # TrueType, grid
    Layout("tiivis", size=7, label_width=118, col_width=52, header="two",
           repeat_header=False, rules=False, tight=True),                   # no rules, narrow columns
    Layout("ahdas", size=8, label_width=130, col_width=47, header="wrap", tight=True),  # numbers almost touch
]


def _fonts(layout: Layout) -> tuple[str, str]:
    if layout.font == "Times":
        return "Times-Roman", "Times-Bold"
    if layout.font == "Vera":
        folder = Path(reportlab.__file__).parent / "fonts"
        for name, file in (("Vera", "Vera.ttf"), ("Vera-Bold", "VeraBd.ttf")):
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(folder / file)))
        return "Vera", "Vera-Bold"
    return "Helvetica", "Helvetica-Bold"


def ground_truth(report_name: str) -> dict[int, dict[str, str]]:
    """{row line: {column heading: printed}} from bench/cells/<report>.tsv."""
    path = CELLS / (Path(report_name).stem + ".tsv")
    rows: dict[int, dict[str, str]] = {}
    with path.open(encoding="utf-8") as f:
        for r in csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"):
            rows.setdefault(int(r["line"]), {})[r["column"]] = r["printed"]
    return rows


def _esc(text: str, font: str) -> str:
    if font != "Vera":
        text = text.encode("cp1252", errors="replace").decode("cp1252")
    return html.escape(text, quote=False)


def _number(printed: str, layout: Layout) -> str:
    if not printed:
        return ""
    if re.fullmatch(r"[-\u2212]?\s?\d{1,3}(?: \d{3})+(?:,\d+)?", printed):
        sign = "-" if printed[0] in "-\u2212" else ""
        body = printed.lstrip("-\u2212 ").replace(" ", layout.thousands)
        return sign + body
    return printed


def _heading_lines(label: str) -> tuple[str, str]:
    """'TOT 2025 3 kk' → ('TOT 2025', '3 kk'): the column heading and its qualifier."""
    m = HEAD_RE.match(label)
    if m and m.end() < len(label):
        return label[: m.end()].strip(), label[m.end():].strip()
    if label.startswith("- "):
        return "-", label[2:]
    return label, ""


def under_title(table) -> str:
    """The word the source prints under the table's title ('Selite', 'Investoinnit')."""
    return next((m.group(1) for l in table.header_lines[1:]
                 for m in [re.match(r"(?i)^\s*(selite|investoinnit)\b", l.text)] if m), "Selite")


def hyphenate(word: str, fits) -> str:
    """Break a word too long for its cell the Finnish way, before a consonant + vowel: 'Tilin-päätös'."""
    if fits(word):
        return word
    vowels = "aeiouyäöå"
    for i in range(len(word) - 3, 2, -1):
        if word[i].lower() not in vowels and word[i + 1].lower() in vowels and fits(word[:i] + "-"):
            return f"{word[:i]}- {word[i:]}"
    return word


class Renderer:
    def __init__(self, layout: Layout):
        self.layout = layout
        self.font, self.bold = _fonts(layout)
        s = layout.size
        self.body = ParagraphStyle("body", fontName=self.font, fontSize=s + 1, leading=(s + 1) * 1.25, spaceAfter=5)
        self.h = ParagraphStyle("h", parent=self.body, fontName=self.bold, fontSize=s + 3, leading=(s + 3) * 1.3,
                                spaceBefore=8, spaceAfter=4)
        self.cell = ParagraphStyle("cell", fontName=self.font, fontSize=s, leading=s * 1.2)
        self.head_r = ParagraphStyle("head_r", parent=self.cell, fontName=self.bold, alignment=TA_RIGHT)
        self.head_l = ParagraphStyle("head_l", parent=self.cell, fontName=self.bold, alignment=TA_LEFT)

    def p(self, text: str, style) -> Paragraph:
        return Paragraph(_esc(text, self.layout.font), style)

    # --- financial tables ------------------------------------------------------------------------
    def financial(self, table, truth: dict[int, dict[str, str]]) -> list:
        L = self.layout
        labels = [c.label for c in table.columns]
        title = table.title or ""
        under = under_title(table)
        # a fragment whose header the source lost (a page break) is printed without one
        head = [] if table.headerless else self._header(title if L.title_in_header else "", labels, under)
        data = list(head)
        styles = [("FONTNAME", (0, 0), (-1, -1), self.font), ("FONTSIZE", (0, 0), (-1, -1), L.size),
                  ("ALIGN", (1, 0), (-1, -1), "RIGHT")]
        if head:
            styles += [("VALIGN", (0, 0), (-1, len(head) - 1), "BOTTOM"),
                       ("BACKGROUND", (0, 0), (-1, len(head) - 1), colors.Color(0.88, 0.92, 0.96))]
        if head and L.rules:
            styles += [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                       ("LINEBELOW", (0, len(head) - 1), (-1, len(head) - 1), 0.8, colors.black)]
        if L.tight:
            styles += [("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
        if L.grid:
            styles += [("GRID", (0, 0), (-1, -1), 0.4, colors.black)]
        styles += [("VALIGN", (0, len(head)), (-1, -1), L.valign)]
        section = None
        for row in table.rows:
            if row.section and row.section != section:
                section = row.section
                data.append([row.section.upper()] + [""] * len(labels))
                styles.append(("FONTNAME", (0, len(data) - 1), (0, len(data) - 1), self.bold))
            cells = truth.get(row.line_no, {})
            label = self.p(row.label, self.cell) if pdfmetrics.stringWidth(row.label, self.font, L.size) > L.label_width - 12 \
                else row.label
            data.append([label] + [_number(cells.get(lab, ""), L) for lab in labels])
            if label_key(row.label) in TOTALS:
                styles.append(("FONTNAME", (0, len(data) - 1), (-1, len(data) - 1), self.bold))
                if L.rules:
                    styles.append(("LINEABOVE", (0, len(data) - 1), (-1, len(data) - 1), 0.4, colors.grey))
        t = Table(data, colWidths=[L.label_width] + [L.col_width] * len(labels),
                  repeatRows=len(head) if L.repeat_header else 0, hAlign="LEFT")
        t.setStyle(TableStyle(styles))
        out = [] if L.title_in_header or not title else [self.p(title, self.h)]
        return out + [t, Spacer(1, 10)]

    def _head(self, text: str, style, room: float | None = None) -> Paragraph:
        room = (self.layout.col_width if room is None else room) - 12
        fits = lambda w: pdfmetrics.stringWidth(w, style.fontName, style.fontSize) <= room  # noqa: E731
        return self.p(" ".join(hyphenate(w, fits) for w in text.split(" ")), style)

    def _header(self, title: str, labels: list[str], under: str) -> list[list]:
        L = self.layout
        if L.header == "two":
            split = [_heading_lines(lab) for lab in labels]
            return [[self._head(title, self.head_l, L.label_width)] + [self._head(a, self.head_r) for a, _ in split],
                    [self.p(under, self.head_l)] + [self._head(b or "-", self.head_r) for _, b in split]]
        title = f"{title} {under}" if under.lower() != "selite" else title
        return [[self._head(title, self.head_l, L.label_width)] + [self._head(lab, self.head_r) for lab in labels]]

    # --- other content ---------------------------------------------------------------------------
    def generic_table(self, rows: list[list[str]]) -> Table:
        width = (self.page_width() - 80) / max(len(r) for r in rows)
        n = max(len(r) for r in rows)
        fits = lambda w: pdfmetrics.stringWidth(w, self.cell.fontName, self.cell.fontSize) <= width - 12  # noqa: E731
        data = [[self.p(" ".join(hyphenate(w, fits) for w in c.split(" ")), self.cell) for c in r] + [""] * (n - len(r))
                for r in rows]
        t = Table(data, colWidths=[width] * n, hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]))
        return t

    def page_width(self) -> float:
        return (landscape(A4) if self.layout.landscape else A4)[0]

    def is_heading(self, text: str) -> bool:
        return len(text) < 70 and not text.endswith(".") and not re.search(r"\d{3}", text) and \
            (text.isupper() or len(text.split()) <= 6)


def story(report, renderer: Renderer, truth) -> list:
    tables = find_tables(report)
    starts = {t.line_start: t for t in tables}
    table_lines = {l.no for t in tables for l in t.header_lines + [x for r in t.rows for x in r.lines]}
    spans = [(t.line_start, t.line_end) for t in tables]
    out: list = []
    para: list[str] = []
    grid: list[list[str]] = []

    def flush():
        if para:
            text = " ".join(para)
            if len(para) == 1 and renderer.is_heading(text):
                out.append(renderer.p(text, renderer.h))
            else:   # the source's lines stay lines (a PDF-text report's table cells are its lines)
                out.append(Paragraph("<br/>".join(_esc(t, renderer.layout.font) for t in para), renderer.body))
            para.clear()
        if grid:
            out.append(renderer.generic_table(list(grid)))
            out.append(Spacer(1, 6))
            grid.clear()

    for line in report.lines:
        if line.no in starts:
            flush()
            out += renderer.financial(starts[line.no], truth)
            continue
        if line.no in table_lines or any(a <= line.no <= b for a, b in spans):
            continue
        t = line.text.strip()
        if not t:
            flush()
        elif "\t" in line.text:
            if para:
                flush()
            grid.append([c.strip() for c in line.text.split("\t")])
        else:
            if grid:
                flush()
            para.append(t)
    flush()
    return out


def render(src: Path, out: Path, layout: Layout) -> Path:
    """Write `out`: the report `src` as a PDF in `layout`."""
    report = read_report(src)
    truth = ground_truth(src.name)
    r = Renderer(layout)
    size = landscape(A4) if layout.landscape else A4
    kind = report.meta.get("kind") or "raportti"

    def page(canvas, doc):
        canvas.saveState()
        canvas.setFont(r.font, 7.5)
        w, h = size
        canvas.drawString(40, h - 28, "Heinolan kaupunki")
        canvas.drawRightString(w - 40, h - 28, f"{kind.capitalize()} {report.meta.get('year') or ''}".strip())
        canvas.line(40, h - 32, w - 40, h - 32)
        canvas.drawCentredString(w / 2, 24, f"Sivu {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(out), pagesize=size, leftMargin=40, rightMargin=40, topMargin=50, bottomMargin=45,
                            title=f"{kind.capitalize()} {report.meta.get('year') or ''}", author="Heinolan kaupunki")
    doc.build(story(report, r, truth), onFirstPage=page, onLaterPages=page)
    return out


# --- the same report as HTML, for PDFs made by other producers (Chromium, LibreOffice) -------------

HTML_STYLE = """<style>
@page { size: A4; margin: 18mm 15mm; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; }
h2 { font-size: 11pt; margin: 10pt 0 4pt; }
table { border-collapse: collapse; margin: 6pt 0 10pt; }
th { background: #dde6f0; border-top: 1px solid #000; border-bottom: 1px solid #000; vertical-align: bottom;
     text-align: right; padding: 2pt 4pt; font-size: 8pt; width: 58pt; }
th:first-child { text-align: left; width: 150pt; }
td { padding: 1pt 4pt; text-align: right; white-space: nowrap; font-size: 8pt; }
td:first-child { text-align: left; white-space: normal; }
tr.total td { font-weight: bold; border-top: 1px solid #888; }
tr.section td { font-weight: bold; }
</style>"""


def html_table(table, truth) -> str:
    labels = [c.label for c in table.columns]
    rows = []
    if not table.headerless:
        under = under_title(table)
        title = f"{table.title} {under}" if under.lower() != "selite" else table.title
        rows.append("<tr><th>" + html.escape(title) + "</th>"
                    + "".join(f"<th>{html.escape(lab)}</th>" for lab in labels) + "</tr>")
    section = None
    for row in table.rows:
        if row.section and row.section != section:
            section = row.section
            rows.append(f"<tr class='section'><td>{row.section.upper()}</td>" + "<td></td>" * len(labels) + "</tr>")
        cells = truth.get(row.line_no, {})
        cls = " class='total'" if label_key(row.label) in TOTALS else ""
        rows.append(f"<tr{cls}><td>{html.escape(row.label)}</td>"
                    + "".join(f"<td>{html.escape(cells.get(lab, ''))}</td>" for lab in labels) + "</tr>")
    return "<table>" + "".join(rows) + "</table>"


def render_html(src: Path) -> str:
    """The report as one HTML page: paragraphs, headings, its financial tables (other tables as text)."""
    report = read_report(src)
    truth = ground_truth(src.name)
    tables = find_tables(report)
    starts = {t.line_start: t for t in tables}
    spans = [(t.line_start, t.line_end) for t in tables]
    parts = [f"<html><head><meta charset='utf-8'>{HTML_STYLE}</head><body>"]
    para: list[str] = []

    def flush():
        if para:
            text = html.escape(" ".join(para))
            tag = "h2" if len(para) == 1 and len(text) < 70 and not text.endswith(".") else "p"
            parts.append(f"<{tag}>{text}</{tag}>")
            para.clear()

    for line in report.lines:
        if line.no in starts:
            flush()
            parts.append(html_table(starts[line.no], truth))
        elif any(a <= line.no <= b for a, b in spans):
            continue
        elif not line.text.strip():
            flush()
        else:
            para.append(line.text.replace("\t", " ").strip())
    flush()
    return "\n".join(parts + ["</body></html>"])


CHROMIUM = next((c for c in ("chromium", "chromium-browser", "google-chrome") if shutil.which(c)), None)


def print_with_chromium(src: Path, out: Path) -> Path:
    """The report as HTML printed to PDF by headless Chromium (another PDF producer: Skia)."""
    page = out.with_suffix(".html")
    page.write_text(render_html(src), encoding="utf-8")
    profile = out.parent / "chromium-profile"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--no-first-run", "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}",
                    "--no-pdf-header-footer", f"--print-to-pdf={out}", page.as_uri()],
                   check=True, capture_output=True, timeout=120)
    return out
