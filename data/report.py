"""A report file as lines, and what kind of document it is.

Reports are text extracted from PDFs by different tools: tab-separated tables, or PDF text where
columns run together; with HTML (<p>, <ul>, <b>) and markdown (**, ##) fragments. `Line.text` is the
cleaned text used for parsing, `Line.raw` the exact source line kept for provenance.
A PDF (recognised by its first bytes, not its name) is read by data/pdf.py: its tables come as
tab-separated lines rebuilt from the words' positions, each line with its page.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .pdf import PdfProblem, read_pdf

MONTHS_FI = {
    "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5,
    "kesäkuuta": 6, "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10,
    "marraskuuta": 11, "joulukuuta": 12,
}
KIND_WORDS = {"tilinpäätös": "tilinpäätös", "osavuosikatsaus": "osavuosikatsaus", "talousarvio": "talousarvio"}

_TAG_RE = re.compile(r"<[^>]{0,300}>")
_MD_RE = re.compile(r"(\*\*|__|^#{1,6}\s*)", re.M)


class NotAReport(Exception):
    """The file cannot be a report (binary, empty, no Finnish report text)."""


@dataclass
class Line:
    no: int          # 1-based line number in the whole document
    raw: str         # exactly as in the file (without the newline); for a PDF the rebuilt line
    text: str        # cleaned: tags and markdown removed, spaces normalised (tabs kept)
    page: int | None = None        # 1-based PDF page; None for a text file
    page_line: int | None = None   # line number on that page (None for a text file)


@dataclass
class Report:
    path: Path
    name: str
    sha256: str                    # of the file's bytes
    lines: list[Line]
    meta: dict = field(default_factory=dict)
    content_hash: str = ""         # of the decoded, newline-normalised text: same report, other name/encoding
    encoding: str = "utf-8"        # "utf-8", "utf-16", "cp1252" or "pdf"

    def line(self, no: int) -> Line:
        return self.lines[no - 1]


def clean(raw: str) -> str:
    t = raw.replace("\r", "")
    t = _TAG_RE.sub(" ", t)
    t = html.unescape(t)
    t = _MD_RE.sub("", t)
    t = t.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2212", "-")
    # keep tabs (they are column boundaries); collapse other whitespace runs
    cells = [re.sub(r"[ \f\v]+", " ", c).strip() for c in t.split("\t")]
    return "\t".join(cells) if len(cells) > 1 else cells[0]


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a text report: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise NotAReport("tiedosto alkaa UTF-16-merkinnällä, mutta ei ole kelvollista UTF-16-tekstiä") from None
    if b"\x00" in data[:8192]:
        raise NotAReport("tiedosto on binääridataa, ei tekstiä")
    try:
        return data.decode("utf-8").removeprefix("\ufeff"), "utf-8"
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        if text.count("\ufffd") > 10:
            raise NotAReport("tiedoston merkistö ei ole UTF-8 eikä Windows-1252") from None
        return text, "cp1252"


def read_report(path: Path) -> Report:
    data = path.read_bytes()
    if not data.strip():
        raise NotAReport("tiedosto on tyhjä")
    if data[:1024].lstrip().startswith(b"%PDF"):
        return _read_pdf_report(path, data)
    text, encoding = decode_text(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    raw_lines = text.split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    lines = [Line(i + 1, r, clean(r)) for i, r in enumerate(raw_lines)]
    report = Report(path, path.name, hashlib.sha256(data).hexdigest(), lines,
                    content_hash=_content_hash(raw_lines), encoding=encoding)
    report.meta = detect_meta(report)
    return report


def _content_hash(raw_lines: list[str]) -> str:
    return hashlib.sha256("\n".join(raw_lines).encode("utf-8")).hexdigest()


def _read_pdf_report(path: Path, data: bytes) -> Report:
    try:
        pdf = read_pdf(data)
    except PdfProblem as exc:
        raise NotAReport(str(exc)) from None
    lines = [Line(i + 1, pl.text, clean(pl.text), pl.page, pl.page_line) for i, pl in enumerate(pdf.lines)]
    report = Report(path, path.name, hashlib.sha256(data).hexdigest(), lines,
                    content_hash=_content_hash([l.raw for l in lines]), encoding="pdf")
    report.meta = detect_meta(report)
    report.meta["pages"] = pdf.pages
    _meta_fallback(report.meta, pdf.metadata)
    return report


def _meta_fallback(meta: dict, info: dict) -> None:
    """The PDF's own Title and CreationDate, only where the text did not say it."""
    title = (info.get("Title") or "").strip()
    if title and "kind" not in meta:
        found = _title_meta(title)
        if found:
            meta.update(found)
            meta.setdefault("inferred_from", []).append("raportin laji ja kausi PDF:n otsikkotiedosta")
    m = re.match(r"^D?:?(\d{4})(\d{2})(\d{2})", (info.get("CreationDate") or "").strip())
    if m and "published" not in meta:
        try:
            meta["published"] = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
            meta.setdefault("inferred_from", []).append("julkaisupäivä PDF:n luontipäivästä")
        except ValueError:
            pass


def looks_finnish_report(report: Report) -> bool:
    body = " ".join(l.text.lower() for l in report.lines[:4000])
    words = ("toimintakate", "toimintatuotot", "toimintakulut", "talousarvio", "tilinpäätös",
             "toteuma", "tavoite", "kaupungin", "lautakunta", "palvelualue", "vuosikate")
    return sum(1 for w in words if w in body) >= 3


def read_sidecar(path: Path) -> dict:
    side = path.with_name(path.name + ".meta.toml")
    if not side.exists():
        side = path.with_suffix(".meta.toml")
    if side.exists():
        try:
            return tomllib.loads(side.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            return {"_error": f"{side.name}: {exc}"}
    return {}


_KIND_YEAR = r"(tilinpäätös|talousarvio)\s+(\d{4})\b"
_INTERIM = r"osavuosikatsaus\s+(\d{1,2})\s*[-–]\s*(\d{1,2})\s*[./]\s*(\d{4})"


def _title_meta(t: str, anywhere: bool = True) -> dict | None:
    """'Tilinpäätös 2025' → kind, year, 12 months; 'Osavuosikatsaus 1–9/2024' → 9 months."""
    find = re.search if anywhere else re.match
    m = find(_KIND_YEAR if anywhere else "^" + _KIND_YEAR, t, re.I)
    if m:
        return {"kind": KIND_WORDS[m.group(1).lower()], "year": int(m.group(2)), "months": 12}
    m = find(_INTERIM if anywhere else "^" + _INTERIM, t, re.I)
    if m:
        return {"kind": "osavuosikatsaus", "year": int(m.group(3)), "months": int(m.group(2))}
    return None


def detect_meta(report: Report) -> dict:
    """Document kind, fiscal year, period and publication date from the title page, if any."""
    meta: dict = {"inferred": []}
    head = [l for l in report.lines[:40] if l.text.strip()][:15]
    for l in head:
        t = l.text.strip()
        m = re.search(r"(\d{1,2})\.\s*([a-zäö]+kuuta)\s+(\d{4})", t, re.I)
        if m and m.group(2).lower() in MONTHS_FI and "published" not in meta:
            meta["published"] = f"{int(m.group(3)):04d}-{MONTHS_FI[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
            continue
        found = _title_meta(t, anywhere=False)
        if found and "kind" not in meta:
            meta.update(found, title_line=l.no)
            continue
        if "kind" in meta and "unit_title" not in meta and t.isupper() and len(t) < 80:
            meta["unit_title"] = t.title() if t.isupper() else t
    if "unit_title" not in meta and head:
        first = head[0].text.strip().split("\t")[0]
        if len(first) < 80 and not re.search(r"\d", first):
            meta["unit_title"] = first
    return meta


def period_label(kind: str | None, year: int | None, months: int | None) -> str:
    if not year:
        return "tuntematon kausi"
    if months and months < 12:
        return f"1–{months}/{year}"
    return f"{year}"


def display_title(meta: dict) -> str:
    kind = meta.get("kind") or "raportti"
    year, months = meta.get("year"), meta.get("months")
    unit = meta.get("unit_title")
    if kind == "osavuosikatsaus":
        base = f"Osavuosikatsaus {period_label(kind, year, months)}"
    else:
        base = f"{kind.capitalize()} {year or ''}".strip()
    return f"{base} – {unit}" if unit else base
