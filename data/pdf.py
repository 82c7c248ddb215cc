"""A PDF report as text lines: running text as lines, tables rebuilt from the words' positions.

pdfplumber (on pdfminer.six) gives every word with its box. Words close together form phrases;
a table is a run of lines with numbers whose phrases line up in columns ("bands" of overlapping
x ranges). Each table line is written as tab-separated cells on the table's own column grid,
empty cells kept, so the table reader reads a PDF table as it reads a tab-separated text table.
A heading wrapped over several lines ("Talousarvio" / "2025") is stacked into one header line;
a row label wrapped onto a second line is joined to its row; a header repeated at the top of the
next page (a table split over a page break) is dropped so the table reads as one. Page headers
and footers (repeated lines, page numbers) are left out.

Only layout here: what the columns mean is data/tables.py's business.
"""
from __future__ import annotations

import io
import logging
import re
import statistics
from dataclasses import dataclass, field

import pdfplumber
from pdfplumber.utils.exceptions import PdfminerException
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

logging.getLogger("pdfminer").setLevel(logging.ERROR)

PHRASE_GAP = 0.65      # words closer than this × font size belong to one phrase (a space is 0.25–0.6)
COLUMN_TEXT_GAP = 1.5  # outside tables, a gap wider than this × size is a column gap (tab)
STACK_GAP = 0.7        # lines of a wrapped heading are closer than this × size
ROW_GAP = 2.2          # rows of one table are closer than this × size
PARAGRAPH_GAP = 0.6    # a vertical gap wider than this × size between lines is a blank line
MARGIN = 0.075         # page headers and footers stand in the top / bottom 7.5 % of the page
GRID_GUTTER = 0.6      # the columns of a table of text cells stand at least this × size apart
GRID_PITCH = 1.25      # a text table's next row: a line pitch wider than this × the leading in its cells
SPACES = "\u00a0\u2009\u202f\u2007"
CONJUNCTIONS = {"ja", "tai", "sekä", "eli"}   # 'esi- ja perusopetus': the hyphen stays
LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}

_NUM = re.compile(r"^[-\u2212\u2013]?\s?(?:\d{1,3}(?: \d{3})+|\d+)(?:,\d+)?\s?[%€]?$")
_RUN = re.compile(r"[-\u2212\u2013]?\s?\d[\d ,]*\s[-\u2212\u2013]?\s?\d[\d ,\-\u2212\u2013]*")
_VALUE = re.compile(r"^[-\u2212\u2013]?\s?\d[\d ]*(?:,\d+|(?<=\d) \d{3}|\d{3})\s?[%€]?$|^\d+(?:,\d+)?\s?[%€]$")
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_PAGE_NO = re.compile(r"(?i)^(?:sivu|s\.|page)?\s*[-–]?\s*\d{1,4}\s*[-–]?\s*(?:(?:/|\(|of|/\s*)\s*\d{1,4}\s*\)?)?$")


class PdfProblem(Exception):
    """The PDF cannot be read as a report; the message says why and what to do (in Finnish)."""


@dataclass
class PdfLine:
    page: int
    page_line: int | None
    text: str


@dataclass
class PdfText:
    lines: list[PdfLine]
    metadata: dict
    pages: int


@dataclass
class Phrase:
    text: str
    x0: float
    x1: float
    size: float

    @property
    def numeric(self) -> bool:
        """A number cell; a year alone ('2025' under 'Talousarvio') is a heading."""
        return bool(_NUM.match(self.text)) and not _YEAR.match(self.text)

    @property
    def value(self) -> bool:
        """A figure beyond doubt: decimals, digit groups or a unit ('20,3 €', '1 031 446', '98 %'),
        not a bare small number ('12' in 'Toteuma 1-' / '12')."""
        return bool(_VALUE.match(self.text)) and not _YEAR.match(self.text)


@dataclass
class VLine:
    """One visual line of a page."""
    no: int               # 1-based line number on the page
    top: float
    bottom: float
    size: float
    phrases: list[Phrase]
    margin: bool = False      # in the page's top or bottom margin
    rule_below: bool = False  # a horizontal rule between this line and the next
    page: int = 0             # 1-based page

    @property
    def text(self) -> str:
        return " ".join(p.text for p in self.phrases)

    @property
    def data(self) -> bool:
        """A table row: after its label, more numbers than words, or a figure beyond doubt
        ('OMAISUUS TP2024 TA 2025 12 Poikkeama' is a header, 'HYTE-kerroin 20,3 € / as 20,3 €' a row)."""
        rest = self.phrases[1:]
        nums = sum(1 for p in rest if p.numeric)
        return len(self.phrases) >= 2 and nums >= 1 and (nums >= len(rest) - nums or any(p.value for p in rest))


@dataclass
class Block:
    """A table on one page: header lines, then rows, on one column grid."""
    head: list[VLine] = field(default_factory=list)
    rows: list[VLine] = field(default_factory=list)
    bands: list[list[float]] = field(default_factory=list)
    header: str = ""      # the stacked header line, as written
    carried: bool = False  # its header (and section rows) stand at the foot of the previous page

    @property
    def top(self) -> float:
        here = self.rows[-1].page
        return next(l.top for l in self.head + self.rows if l.page == here)

    @property
    def bottom(self) -> float:
        return self.rows[-1].bottom


@dataclass
class Grid:
    """A table of text cells (goals, projects, indicators with words in their values): each column a
    band of x with no word crossing the gaps between them; every cell may wrap over several lines."""
    lines: list[VLine]
    cols: list[list[float]]

    @property
    def top(self) -> float:
        return self.lines[0].top

    @property
    def bottom(self) -> float:
        return self.lines[-1].bottom


# --- opening ----------------------------------------------------------------------------------

def read_pdf(data: bytes) -> PdfText:
    """The text of a PDF report, or PdfProblem saying what is wrong with it."""
    if b"%%EOF" not in data[-2048:]:
        raise PdfProblem("PDF-tiedosto on katkennut tai vaurioitunut (tiedoston loppu puuttuu) – "
                         "lataa tai tallenna PDF uudelleen")
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            meta = {k: _meta_text(v) for k, v in (pdf.metadata or {}).items()}
            pages, images = [], 0
            for n, page in enumerate(pdf.pages, start=1):
                pages.append(_page_lines(page))
                for line in pages[-1]:
                    line.page = n
                images += len(page.images)
                page.close()   # a long report: each page's parsed objects are let go of once read
    except Exception as exc:   # a damaged file can break the parser anywhere
        inner = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
        if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise PdfProblem("PDF on salattu (avaaminen vaatii salasanan) – tallenna siitä salaamaton kopio "
                             "tai pyydä julkaisijalta suojaamaton PDF") from exc
        raise PdfProblem(f"PDF-tiedosto on vaurioitunut eikä sitä voi lukea ({type(inner).__name__}) – "
                         "lataa tai tallenna PDF uudelleen") from exc
    chars = sum(len(l.text) for page in pages for l in page)
    if chars < 40:
        what = "skannattu kuva?" if images else "tyhjät sivut?"
        raise PdfProblem(f"PDF:ssä ei ole tekstikerrosta ({what}) – aja tekstintunnistus (OCR) ensin "
                         "tai hanki tekstimuotoinen PDF")
    return PdfText(lines=_document_lines(pages), metadata=meta, pages=len(pages))


def _meta_text(value) -> str:
    if isinstance(value, bytes):
        for enc in ("utf-16", "latin-1"):
            try:
                return value.decode(enc)
            except UnicodeDecodeError:
                continue
    return str(value)


# --- words → visual lines → phrases -------------------------------------------------------------

def _page_lines(page) -> list[VLine]:
    words = [w for w in page.extract_words(x_tolerance_ratio=0.15, y_tolerance=2, extra_attrs=["size"])
             if w.get("upright", True)]
    seen: set[tuple] = set()
    unique = []
    for w in words:   # a word drawn twice over itself (a 'bold' effect) counts once
        key = (w["text"], round(w["x0"]), round(w["top"]))
        if key not in seen:
            seen.add(key)
            unique.append(w)
    words = sorted(unique, key=lambda w: (w["top"], w["x0"]))
    groups: list[list[dict]] = []
    for w in words:
        if groups and abs(w["top"] - groups[-1][0]["top"]) <= 0.5 * groups[-1][0]["size"]:
            groups[-1].append(w)
        else:
            groups.append([w])
    spaces = _spaces(page)
    lines = []
    # a page turned with /Rotate is read as shown: its height is the sheet's width
    turned = page.rotation % 180 == 90
    height = float(page.width if turned else page.height)
    shift = float(page.height - page.width) if page.rotation % 360 == 270 else 0.0
    for k, g in enumerate(groups, start=1):
        g.sort(key=lambda w: w["x0"])
        size = statistics.median(w["size"] for w in g)
        near = None if spaces is None else [sp for sp in spaces if abs(sp[2] - g[0]["top"]) <= size]
        line = VLine(k, min(w["top"] for w in g), max(w["bottom"] for w in g), size, _phrases(g, near))
        top, bottom = line.top - shift, line.bottom - shift
        line.margin = bottom < MARGIN * height or top > (1 - MARGIN) * height
        lines.append(line)
    rules = [(r["top"], r["x0"], r["x1"]) for r in list(page.lines) + list(page.rects)
             if r["bottom"] - r["top"] < 2 and r["x1"] - r["x0"] > 20]
    for a, b in zip(lines, lines[1:]):
        x0 = min(a.phrases[0].x0, b.phrases[0].x0)
        x1 = max(a.phrases[-1].x1, b.phrases[-1].x1)
        a.rule_below = any(a.bottom - 1 <= y <= b.top + 1 and rx0 < x1 and rx1 > x0 for y, rx0, rx1 in rules)
    return lines


def _spaces(page) -> list[tuple[float, float, float]] | None:
    """The page's space characters (x0, x1, top), or None when the PDF positions its words without
    them (then only the width of a gap tells a phrase from a column)."""
    spaces = [(c["x0"], c["x1"], c["top"]) for c in page.chars if c["text"].isspace()]
    return spaces if len(spaces) >= 0.2 * max(1, len(page.chars) / 8) else None


def _joined(a: Phrase, w: dict, spaces: list[tuple[float, float, float]] | None) -> bool:
    """Does word w go on phrase a? A space character between them says so (a number's digit groups,
    a label's words); no space, and any real gap is a column boundary. Without space characters in
    the PDF, a gap narrower than PHRASE_GAP × size joins."""
    gap = w["x0"] - a.x1
    size = min(w["size"], a.size)
    if spaces is None:
        return gap <= PHRASE_GAP * size
    if gap <= 0.12 * size:
        return True
    return gap <= 1.5 * size and any(x0 >= a.x1 - 0.5 and x1 <= w["x0"] + 0.5 and abs(top - w["top"]) <= 0.5 * size
                                     for x0, x1, top in spaces)


def _phrases(words: list[dict], spaces: list[tuple[float, float, float]] | None) -> list[Phrase]:
    out: list[Phrase] = []
    for w in words:
        # code 127 of a simple font is the bullet (WinAnsiEncoding, PDF 1.7 D.2 note 3); another
        # glyph the font does not map to a character is left out
        text = re.sub(r"\(cid:\d+\)", "", w["text"].replace("(cid:127)", "•"))
        if not text:
            continue
        for lig, plain in LIGATURES.items():
            text = text.replace(lig, plain)
        for sp in SPACES:
            text = text.replace(sp, " ")
        if out and _joined(out[-1], w, spaces):
            last = out[-1]
            last.text, last.x1 = f"{last.text} {text}", max(last.x1, w["x1"])
        else:
            out.append(Phrase(text, w["x0"], w["x1"], w["size"]))
    return out


# --- page furniture -----------------------------------------------------------------------------

def _furniture_key(line: VLine) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.text.lower())).strip()


def _drop_furniture(pages: list[list[VLine]]) -> list[list[VLine]]:
    """Leave out page headers and footers: lines in the margins that repeat on other pages (digits
    aside) or are a page number."""
    seen: dict[str, set[int]] = {}
    for n, page in enumerate(pages):
        for line in page:
            if line.margin:
                seen.setdefault(_furniture_key(line), set()).add(n)
    repeated = {k for k, ps in seen.items() if len(ps) >= 2 and len(ps) >= 0.3 * len(pages)}
    out = []
    for n, page in enumerate(pages):
        # the title page keeps its lines (its title may stand where later pages have their header)
        out.append([l for l in page if not (l.margin and ((n > 0 and _furniture_key(l) in repeated)
                                                          or _PAGE_NO.match(l.text.strip())))])
    return out


# --- tables -------------------------------------------------------------------------------------

def _label_limit(rows: list[VLine]) -> float:
    """Where the label column ends: the left edge of the leftmost cell after a data row's label
    (a number, or a text column such as a project's name)."""
    xs = [l.phrases[1].x0 for l in rows if l.data]
    xs += [l.phrases[0].x0 for l in rows if l.phrases[0].numeric and len(l.phrases) > 1]
    return min(xs) if xs else float("inf")


def _is_label_only(line: VLine, limit: float) -> bool:
    return len(line.phrases) == 1 and not line.phrases[0].numeric and line.phrases[0].x1 < limit


def _find_blocks(lines: list[VLine], carried: list[VLine]) -> list[Block]:
    """The tables of a page. `carried`: header lines left alone at the foot of the previous page,
    the header of a table whose rows start on this page."""
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        if not lines[i].data:
            i += 1
            continue
        block = Block(rows=[lines[i]])
        j = i + 1
        while j < len(lines):
            gap = lines[j].top - block.rows[-1].bottom
            if gap > ROW_GAP * lines[j].size:
                break
            if lines[j].data:
                block.rows.append(lines[j])
            elif _is_label_only(lines[j], _label_limit(block.rows)) and (
                    _data_follows(lines, j, _label_limit(block.rows)) or _ends_page(lines, j, block)
                    or _wraps_on(lines[j], block.rows[-1])):
                block.rows.append(lines[j])
            elif _wraps_cells(lines[j], next(l for l in reversed(block.rows) if l.data), block.rows[-1]):
                block.rows.append(lines[j])
            else:
                break
            j += 1
        sections, block.head = _head_lines(lines, i, block, blocks[-1].bottom if blocks else -1.0)
        if not blocks and carried:
            sections = _take_carried(block, carried, sections, lines[:i])
        block.rows[:0] = sections
        blocks.append(block)
        i = j
    return blocks


def _take_carried(block: Block, carried: list[VLine], sections: list[VLine], before: list[VLine]) -> list[VLine]:
    """The first table of a page and the header (with section rows) left at the foot of the page
    before: its header when it has none of its own, or the same header repeated here. Returns
    the section rows that now open the table."""
    limit = _label_limit(block.rows)
    # a header line of one heading over a number column is a header line, not a section row
    head = [l for l in carried if len(l.phrases) > 1 or l.phrases[0].x0 >= limit - 0.5]
    secs = [l for l in carried if l not in head]
    if not block.head and len(before) <= 2 and all(_is_label_only(l, limit) for l in before):
        block.head, block.carried = head, True
        return secs + list(before)
    if block.head:
        bands = _bands(block)
        stacked = lambda ls: _stack([_cells(l, bands, limit, _left(block)) for l in ls])  # noqa: E731
        if stacked(head) == stacked(block.head):
            block.carried = True        # the same header again: the one left behind is dropped
            return secs + sections
    return sections


def _data_follows(lines: list[VLine], j: int, limit: float) -> bool:
    """A label-only line inside a table (section row, wrapped label): after it, past other
    label-only lines, a row of data."""
    for k in range(j + 1, min(j + 7, len(lines))):
        if lines[k].top - lines[k - 1].bottom > ROW_GAP * lines[k].size:
            return False
        if lines[k].data:
            return True
        if not _is_label_only(lines[k], limit):
            return False
    return False


def _wraps_cells(line: VLine, data: VLine, above: VLine) -> bool:
    """Text cells of a row going on on the next line (a project's name, a status): close below,
    each phrase under one cell of the row (a note under a table spans columns: not part of its
    last row)."""
    if line.data or line.top - above.bottom > 0.6 * line.size:
        return False
    for q in line.phrases:
        under = [p for p in data.phrases if min(p.x1, q.x1) > max(p.x0, q.x0)]
        if len(under) > 1 or (under and under[0].numeric and q.numeric):
            return False   # spans columns (a note under the table), or a number under a number
    return True


def _wraps_on(line: VLine, above: VLine) -> bool:
    """A row's label going on on the next line: close below it, lowercase or '(' / '€' first."""
    return line.top - above.bottom <= 0.6 * line.size and (line.text[:1] in "(€%" or line.text[:1].islower())


def _ends_page(lines: list[VLine], j: int, block: Block) -> bool:
    """A section row ('TOIMINTAKULUT') at the foot of a page whose table goes on on the next: the
    page ends after it and it stands as close to the rows above as they stand to each other."""
    if any(not _is_label_only(l, _label_limit(block.rows)) for l in lines[j:]) or len(lines) - j > 6:
        return False
    rows = block.rows
    gaps = [b.top - a.bottom for a, b in zip(rows, rows[1:])] or [0.3 * rows[-1].size]
    return lines[j].top - rows[-1].bottom <= 1.3 * max(gaps) + 0.5


def _head_lines(lines: list[VLine], i: int, block: Block, floor: float) -> tuple[list[VLine], list[VLine]]:
    """(section rows, header lines) above the first row: a section row ('TOIMINTATUOTOT') belongs
    to the table when a header stands above it; header lines are short phrases over the number
    columns, stacked close."""
    limit, left = _label_limit(block.rows), _left(block)
    head: list[VLine] = []
    sections: list[VLine] = []
    below = lines[i]
    for k in range(i - 1, max(-1, i - 7), -1):
        line = lines[k]
        gap = below.top - line.bottom
        if line.bottom <= floor or any(len(p.text) > 45 for p in line.phrases):
            break
        # a heading over a number column; a caption starting at the table's left edge is none
        over_numbers = any(p.x1 > limit and p.x0 > left + 2 for p in line.phrases)
        above = lines[k - 1] if k > 0 else None
        # 'Selite' on the header's last row, above the rule that closes the header
        closes_header = line.rule_below and above is not None and not above.rule_below \
            and any(p.x1 > limit and p.x0 > left + 2 for p in above.phrases) and above.bottom > floor
        if not head and gap <= ROW_GAP * line.size and len(sections) < 2 and _is_label_only(line, limit) \
                and not closes_header:
            sections.insert(0, line)
        elif not head and (gap > ROW_GAP * line.size or not (over_numbers or closes_header)):
            break
        elif head and (not (over_numbers or len(line.phrases) == 1)
                       or (line.rule_below and not over_numbers)   # a caption above the header's rule
                       or gap > (ROW_GAP if head[-1].rule_below or line.rule_below else STACK_GAP) * line.size):
            break
        else:
            head.insert(0, line)
        below = line
    return (sections, head) if head else ([], [])


def _bands(block: Block) -> list[list[float]]:
    """Column x ranges: the union of overlapping number phrases, then header phrases outside them."""
    limit = _label_limit(block.rows)
    spans = sorted([p.x0, p.x1] for l in block.rows for p in l.phrases if p.x0 >= limit - 0.5)
    bands: list[list[float]] = []
    for x0, x1 in spans:
        if bands and x0 <= bands[-1][1]:
            bands[-1][1] = max(bands[-1][1], x1)
        else:
            bands.append([x0, x1])
    for line in block.head:
        for p in line.phrases:
            if p.x1 > limit and not any(_overlap(p, b) > 0 for b in bands):
                bands.append([max(p.x0, limit), p.x1])
    return sorted(bands)


def _overlap(p: Phrase, band: list[float]) -> float:
    return min(p.x1, band[1]) - max(p.x0, band[0])


def _left(block: Block) -> float:
    """The table's left edge: where its row labels start."""
    xs = [l.phrases[0].x0 for l in block.rows if not l.phrases[0].numeric]
    return min(xs) if xs else _label_limit(block.rows)


def _cells(line: VLine, bands: list[list[float]], limit: float, left: float) -> list[str]:
    """The line's phrases on the grid: cell 0 the label (left of the numbers, or starting at the
    table's left edge), then one cell per band."""
    cells = [""] * (len(bands) + 1)
    for p in line.phrases:
        if p.x1 <= limit + 0.5 or p.x0 <= left + 1.0 or not bands:
            k = 0
        else:
            k = 1 + max(range(len(bands)), key=lambda b: (_overlap(p, bands[b]),
                                                          -abs((p.x0 + p.x1) / 2 - sum(bands[b]) / 2)))
        cells[k] = f"{cells[k]} {p.text}".strip()
    return cells


def _stack(rows: list[list[str]]) -> list[str]:
    """Cells of a wrapped header, top to bottom: 'Talous-' + 'arvio 2025' → 'Talousarvio 2025'."""
    out = [""] * len(rows[0])
    for cells in rows:
        for k, c in enumerate(cells):
            if not c:
                continue
            if out[k].endswith("-") and c[:1].islower():
                out[k] = out[k][:-1] + c
            else:
                out[k] = f"{out[k]} {c}".strip()
    return out


def _row_groups(block: Block) -> list[list[VLine]]:
    """The table's rows top to bottom, each its lines: a data line with the label lines wrapped
    above, below or around it (a line's leading away and going on from it: lowercase, '(' or
    after 'ja' / ',' / '-'); a label-only line standing alone is a section row."""
    rows = block.rows
    owner: dict[int, int] = {}
    for k, line in enumerate(rows):
        if line.data:
            continue
        up = next((j for j in range(k - 1, -1, -1) if rows[j].data), None)
        down = next((j for j in range(k + 1, len(rows)) if rows[j].data), None)
        text = line.text
        above = rows[k - 1]
        if up is not None and owner.get(k - 1, k - 1) == up and line.top - above.bottom <= 0.6 * line.size and \
                (text[:1].islower() or text[:1] in "(€%0123456789" or _open_end(above.text)
                 or (len(line.phrases) > 1 and _wraps_cells(line, rows[up], above))):
            owner[k] = up
        elif down is not None and rows[down].top - line.bottom <= 0.6 * line.size and \
                (not _label(rows[down]) or _label(rows[down])[:1].islower() or _open_end(text)):
            owner[k] = down
    groups: dict[int, list[VLine]] = {}
    order: list[int] = []
    for k, line in enumerate(rows):
        key = owner.get(k, k)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(line)
    return [sorted(groups[k], key=lambda l: l.top) for k in sorted(order, key=lambda k: rows[k].top)]


def _label(line: VLine) -> str:
    return "" if line.phrases[0].numeric else line.phrases[0].text


def _open_end(text: str) -> bool:
    return text.rstrip().endswith((",", "-", " ja", " sekä", " tai", "–"))


def _block_lines(block: Block, page: int) -> list[PdfLine]:
    """The table's lines: its header stacked into one line, then one line per row (a wider gap
    between rows than between the others is kept as a blank line)."""
    limit, left = _label_limit(block.rows), _left(block)
    out: list[PdfLine] = []
    if block.head:
        block.header = _header_text(block)
        out.append(PdfLine(block.head[0].page, block.head[0].no, block.header))
    groups = _row_groups(block)
    gaps = [b[0].top - a[-1].bottom for a, b in zip(groups, groups[1:])]
    usual = statistics.median(gaps) if gaps else 0.0
    for k, group in enumerate(groups):
        data = next((l for l in group if l.data), None)
        size = group[0].size
        if k and data is not None and any(l.data for l in groups[k - 1]) \
                and gaps[k - 1] > max(1.5 * usual, usual + 0.4 * size):
            out.append(PdfLine(page, None, ""))   # rows that go apart: a table's parts
        if data is None:
            line = group[0]
            cells = [line.text] + [""] * len(block.bands) if len(line.phrases) == 1 else \
                _cells(line, block.bands, limit, left)
            out.append(PdfLine(line.page, line.no, "\t".join(cells)))
            continue
        parts = [_cells(l, block.bands, limit, left) if l is data or len(l.phrases) > 1
                 else [l.text] + [""] * len(block.bands) for l in group]
        cells = [_join_label([p[k] for p in parts]) for k in range(len(parts[0]))]
        out.append(PdfLine(group[0].page, group[0].no, _row_text(cells)))
    return out


def _join_label(parts: list[str]) -> str:
    """Lines of one cell: 'Tilin-' + 'päätös' → 'Tilinpäätös'; 'esi-' + 'ja perusopetus' and
    'lukemaan -' + 'hanke' keep their hyphen."""
    out = ""
    for p in (p.strip() for p in parts):
        if not p:
            continue
        glued = re.search(r"[^\W\d_]-$", out) and p[:1].islower() and p.split(" ")[0] not in CONJUNCTIONS
        out = out[:-1] + p if glued else f"{out} {p}".strip()
    return out


def _row_text(cells: list[str]) -> str:
    """Cells with tabs; but numbers of two columns run together in one cell (columns too tight to
    tell apart) are written as a run of numbers after the label, for the table's arithmetic to split."""
    if any(c and not _NUM.match(c) and _RUN.fullmatch(c) for c in cells[1:]):
        return " ".join(c for c in cells if c)
    return "\t".join(cells)


# --- tables of text cells ------------------------------------------------------------------------

def _segments(lines: list[VLine]) -> list[list[float]]:
    """The x bands the lines' phrases cover; bands closer than GRID_GUTTER × size are one."""
    out: list[list[float]] = []
    for x0, x1, size in sorted((p.x0, p.x1, p.size) for l in lines for p in l.phrases):
        if out and x0 - out[-1][1] < GRID_GUTTER * size:
            out[-1][1] = max(out[-1][1], x1)
        else:
            out.append([x0, x1])
    return out


def _spans(bands: list[list[float]], x0: float, x1: float) -> int:
    return sum(1 for b in bands if min(b[1], x1) > max(b[0], x0))


def _col(p: Phrase, cols: list[list[float]]) -> int:
    return max(range(len(cols)), key=lambda k: (_overlap(p, cols[k]), -abs(p.x0 - cols[k][0])))


def _find_grids(lines: list[VLine], tail: Grid | None = None) -> list[Grid]:
    """The page's tables of text cells: from a line of two or more columns, the lines below it close
    enough, until one would run across the gap between two columns (running text under the table).
    `tail`: the text table that ended the page before; the lines opening this page whose words
    each stand in one of its columns go on with it, however few."""
    grids: list[Grid] = []
    i = 0
    while i < len(lines):
        if len(_segments([lines[i]])) < 2:
            i += 1
            continue
        run, cols = [lines[i]], _segments([lines[i]])
        for line in lines[i + 1:]:
            if line.top - run[-1].bottom > ROW_GAP * line.size or abs(line.size - run[0].size) > 0.15 * run[0].size:
                break   # far below, or a heading in another size
            new = _segments(run + [line])
            if any(_spans(cols, a, b) > 1 for a, b in new):
                break
            run, cols = run + [line], new
        grid = _trimmed(Grid(run, cols))
        goes_on = i == 0 and tail is not None and all(_spans(tail.cols, p.x0, p.x1) == 1
                                                        for l in grid.lines for p in l.phrases)
        if goes_on or (_text_table(grid) and not _foot_header(grid, lines[i + len(grid.lines):])):
            grids.append(grid)
            i += len(grid.lines)
        else:
            i += 1
    return grids


def _foot_header(grid: Grid, after: list[VLine]) -> bool:
    """A few lines without figures at the foot of the page (at most two section rows after them), or
    right above rows of figures: the header of a table whose rows follow (on the next page), left to
    the table blocks (or to be joined to the next page's table)."""
    if len(grid.lines) > 4 or any(l.data for l in grid.lines):
        return False
    if after and after[0].data and after[0].top - grid.bottom <= ROW_GAP * after[0].size:
        return True
    return len(after) <= 2 and all(len(l.phrases) == 1 for l in after)


def _wordy(p: Phrase) -> bool:
    return bool(re.search(r"[^\W\d_]{3}", p.text))


def _text_table(grid: Grid) -> bool:
    """Two columns or more, two lines or more across columns, and words (not only figures) in the
    cells right of the first column below the header: a financial table (figures right of its
    labels, words only in its header) is data/tables.py's and is left to the table blocks."""
    cols = grid.cols
    if len(cols) < 2 or sum(1 for l in grid.lines if len({_col(p, cols) for p in l.phrases}) > 1) < 2:
        return False
    first = next((k for k, l in enumerate(grid.lines) if l.data), 0)
    words = [(k, c) for k, l in enumerate(grid.lines[first + 1:]) for p in l.phrases
             for c in [_col(p, cols)] if c > 0 and _wordy(p)]
    return len({k for k, _ in words}) >= 2 and (len({c for _, c in words}) >= 2 or len(cols) == 2)


def _grid_rows(grid: Grid) -> list[list[VLine]]:
    """The table's rows, each its lines: the lines of wrapped cells stand at the cells' leading, a
    new row further down (cell padding) or below a rule. When no line stands at a leading closer
    than 1.35 × size, no cell wraps and every line is a row."""
    lines = grid.lines
    pitches = [b.top - a.top for a, b in zip(lines, lines[1:])]
    size = statistics.median(l.size for l in lines)
    lead = min(pitches, default=0.0)
    rows = [[lines[0]]]
    for a, b, pitch in zip(lines, lines[1:], pitches):
        if lead > 1.35 * size or pitch > lead + max(1.0, 0.12 * size) or a.rule_below:
            rows.append([b])
        else:
            rows[-1].append(b)
    return rows


def _trimmed(grid: Grid) -> Grid:
    """Without a heading or caption taken in below the table: a last row of one short line in one
    column standing further below than the rows stand apart."""
    rows = _grid_rows(grid)
    gaps = [b[0].top - a[-1].bottom for a, b in zip(rows, rows[1:])]
    while len(rows) > 2 and len(rows[-1]) == 1 and len(rows[-1][0].phrases) == 1 \
            and gaps[-1] > max(gaps[:-1]) + 0.5:
        rows.pop()
        gaps.pop()
    lines = [l for r in rows for l in r]
    return Grid(lines, _segments(lines))


def _grid_lines(grid: Grid) -> list[PdfLine]:
    """One line per row, its cells tab-separated in the table's columns (empty cells kept); a cell's
    lines joined in order ('Hyvinvointipääl-' + 'likkö' → 'Hyvinvointipäällikkö')."""
    return [_row_line(row, grid.cols) for row in _grid_rows(grid)]


def _row_line(row: list[VLine], cols: list[list[float]]) -> PdfLine:
    parts: list[list[str]] = [[] for _ in cols]
    for line in row:
        for p in line.phrases:
            parts[_col(p, cols)].append(p.text)
    return PdfLine(row[0].page, row[0].no, "\t".join(_join_label(ps) for ps in parts))


def _held_lines(held: list[Item], first: Block | Grid | None) -> list[PdfLine]:
    """Header lines left at the foot of the page before, not a table of figures' header: the header
    row of the text table opening this page when each of their words stands in one of its columns,
    else the lines as they are."""
    lines = [it[5] for it in held]
    if isinstance(first, Grid) and all(_spans(first.cols, p.x0, p.x1) == 1 for l in lines for p in l.phrases):
        return [_row_line(lines, first.cols)]
    return [pl for it in held for pl in it[3]]


def _continue_grid(tail: Grid, grid: Grid) -> None:
    """A text table going on at the top of the next page keeps the columns of the page before, when
    each of its words stands in one of them (a column empty on this page stays in its place)."""
    if all(_spans(tail.cols, p.x0, p.x1) == 1 for l in grid.lines for p in l.phrases):
        grid.cols = tail.cols


# --- the document -------------------------------------------------------------------------------

def _text_line(line: VLine) -> str:
    parts = [line.phrases[0].text]
    for a, b in zip(line.phrases, line.phrases[1:]):
        parts.append(("\t" if b.x0 - a.x1 > COLUMN_TEXT_GAP * line.size else " ") + b.text)
    return "".join(parts)


Item = tuple  # (top, bottom, size, lines, block, visual line): a text line or a table of a page


def _page_items(lines: list[VLine], page: int, carried: list[VLine], tail: Grid | None) -> list[Item]:
    """The page's text lines and tables in reading order: tables of text cells first, then the
    (financial) tables of figures among the other lines."""
    grids = _find_grids(lines, tail)
    in_grid = {id(l) for g in grids for l in g.lines}
    blocks = _find_blocks([l for l in lines if id(l) not in in_grid], carried)
    in_block = in_grid | {id(l) for b in blocks for l in b.head + b.rows}
    items: list[Item] = [(g.top, g.bottom, g.lines[0].size, [], g, None) for g in grids]
    for b in blocks:
        b.bands = _bands(b)
        items.append((b.top, b.bottom, b.rows[0].size, [], b, None))
    for l in lines:
        if id(l) not in in_block:
            items.append((l.top, l.bottom, l.size, [PdfLine(page, l.no, _text_line(l))], None, l))
    items.sort(key=lambda it: it[0])
    return items


def _orphan_head(items: list[Item]) -> int:
    """Where the header lines (and up to two section rows after them) left at the foot of a page
    start (len(items) if there are none)."""
    k = len(items)
    while k > 0 and len(items) - k < 2 and items[k - 1][5] is not None and len(items[k - 1][5].phrases) == 1 \
            and items[k - 1][5].text.isupper() and len(items[k - 1][5].text) <= 45:
        k -= 1
    sections = k
    while k > 0 and sections - k < 4:
        line = items[k - 1][5]
        below = items[k][5] if k < sections else None
        # a heading's first line over a number column alone ('TOT 2021 9' over 'kk/1000e') is one too
        over = line is not None and below is not None and len(below.phrases) > 1 and len(line.phrases) == 1 \
            and line.phrases[0].x0 > below.phrases[0].x1
        if line is None or (len(line.phrases) < 2 and not over) or line.data \
                or any(len(p.text) > 45 for p in line.phrases):
            break
        k -= 1
    return k if k < sections else len(items)


def _document_lines(pages: list[list[VLine]]) -> list[PdfLine]:
    out: list[PdfLine] = []
    tail: Block | Grid | None = None   # the table that ended the previous page
    held: list[Item] = []          # header lines at the foot of the previous page, not yet written
    full = False                   # the previous page ends with a line as wide as its text
    for n, page in enumerate(_drop_furniture(pages), start=1):
        items = _page_items(page, n, [it[5] for it in held], tail if isinstance(tail, Grid) else None)
        first = items[0][4] if items else None
        if held and not (isinstance(first, Block) and first.carried):
            out += _held_lines(held, first)   # not the header of a table of figures after all
        held = []
        cut = _orphan_head(items)
        prev_bottom = None
        for k, (top, bottom, size, lines, block, _) in enumerate(items):
            if k >= cut:
                held.append(items[k])
                continue
            if block is not None:
                lines = _table_lines(block, tail if k == 0 else None, n)
            if prev_bottom is not None and top - prev_bottom > PARAGRAPH_GAP * size and out and out[-1].text:
                out.append(PdfLine(n, None, ""))
            elif k == 0 and block is None and tail is None and not (full and _goes_on(out, lines)):
                out.append(PdfLine(n, None, ""))   # a page's first line starts a paragraph of its own
            out += lines
            prev_bottom = bottom
        tail = items[cut - 1][4] if cut and cut == len(items) else None
        full = bool(cut) and _full_line(items[cut - 1][5], page)
    out += [pl for it in held for pl in it[3]]
    return out


def _full_line(line: VLine | None, page: list[VLine]) -> bool:
    """A line of running text as wide as the page's text (a paragraph going on), not a short last
    line of a paragraph or a cell."""
    if line is None or not page:
        return False
    left, right = min(l.phrases[0].x0 for l in page), max(l.phrases[-1].x1 for l in page)
    return line.phrases[-1].x1 >= left + 0.85 * (right - left)


def _goes_on(out: list[PdfLine], lines: list[PdfLine]) -> bool:
    """Does the text at the top of a page go on from the (full) line at the foot of the page before?
    Only when that line ends mid-sentence (a letter, ',' or '-') and this one starts in lowercase: a
    figure at a page's foot is not read with a label at the top of the next."""
    if not out or not out[-1].text or not lines or "\t" in out[-1].text + lines[0].text:
        return True
    return bool(re.search(r"[^\W\d_,-]$|[,-]$", out[-1].text.rstrip())) and lines[0].text.lstrip()[:1].islower()


def _table_lines(block: Block | Grid, tail: Block | Grid | None, page: int) -> list[PdfLine]:
    """A table's lines; `tail`: the table that ended the page before, when this one opens the page."""
    if isinstance(block, Grid):
        if isinstance(tail, Grid):
            _continue_grid(tail, block)
        return _grid_lines(block)
    if isinstance(tail, Block):
        _continue_table(tail, block)
    return _block_lines(block, page)


def _continue_table(tail: Block, block: Block) -> None:
    """A table split over a page break: the header repeated on the new page is dropped, and the rows
    keep the columns of the page before (so a column empty on this page stays in its place)."""
    if block.head:
        if _header_text(block) != tail.header:
            return
        block.head = []
    elif not all(sum(1 for t in tail.bands if min(b[1], t[1]) > max(b[0], t[0])) == 1 for b in block.bands):
        return
    block.bands, block.header = tail.bands, tail.header


def _header_text(block: Block) -> str:
    limit = _label_limit(block.rows)
    return "\t".join(_stack([_cells(l, block.bands, limit, _left(block)) for l in block.head]))
