"""A report file as lines, and what kind of document it is.

Reports are text extracted from PDFs by different tools: tab-separated tables, or PDF text where
columns run together; with HTML (<p>, <ul>, <b>) and markdown (**, ##) fragments. `Line.text` is the
cleaned text used for parsing, `Line.raw` the exact source line kept for provenance.
"""
from __future__ import annotations

import hashlib
import html
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

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
    no: int          # 1-based line number in the file
    raw: str         # exactly as in the file (without the newline)
    text: str        # cleaned: tags and markdown removed, spaces normalised (tabs kept)


@dataclass
class Report:
    path: Path
    name: str
    sha256: str
    lines: list[Line]
    meta: dict = field(default_factory=dict)

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


def read_report(path: Path) -> Report:
    data = path.read_bytes()
    if not data.strip():
        raise NotAReport("tiedosto on tyhjä")
    if b"\x00" in data[:8192]:
        raise NotAReport("tiedosto on binääridataa, ei tekstiä")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        if text.count("\ufffd") > 10:
            raise NotAReport("tiedoston merkistö ei ole UTF-8 eikä Windows-1252")
    raw_lines = text.split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    lines = [Line(i + 1, r.rstrip("\r"), clean(r)) for i, r in enumerate(raw_lines)]
    report = Report(path, path.name, hashlib.sha256(data).hexdigest(), lines)
    report.meta = detect_meta(report)
    return report


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
        m = re.match(r"^(tilinpäätös|talousarvio)\s+(\d{4})\b", t, re.I)
        if m and "kind" not in meta:
            meta["kind"] = KIND_WORDS[m.group(1).lower()]
            meta["year"] = int(m.group(2))
            meta["months"] = 12
            meta["title_line"] = l.no
            continue
        m = re.match(r"^osavuosikatsaus\s+(\d{1,2})\s*[-–]\s*(\d{1,2})\s*[./]\s*(\d{4})", t, re.I)
        if m and "kind" not in meta:
            meta["kind"] = "osavuosikatsaus"
            meta["year"] = int(m.group(3))
            meta["months"] = int(m.group(2))
            meta["title_line"] = l.no
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
