"""`kysy export`: the store as plain CSV/JSONL for tools, or as an Excel workbook for people.

    run(db, fmt="jsonl"|"csv"|"xlsx", table=None, report=None, output=None) -> exit code

CSV (RFC 4180, UTF-8, no BOM) and JSONL keep the store's English field names; the facts' fields and
their order are a contract (`FIELDS["facts"]`), new fields are only appended. The workbook has one sheet
per table with Finnish headers, numbers as numbers (euro, percent and unit formats), a frozen header
row and an autofilter. Its words live in data/export.toml. Rows are streamed from SQLite, so memory
stays flat however large the store is; files are written aside and moved into place, so a failed export
never leaves half a file (or touches the database).
"""
from __future__ import annotations

import contextlib
import csv
import datetime as dt
import errno
import json
import os
import re
import sqlite3
import sys
import tempfile
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import IO, Iterator

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from data.query import open_readonly
from data.numbers import decimals, parse_cell

LANG = tomllib.loads(Path(__file__).with_name("export.toml").read_text(encoding="utf-8"))
MESSAGES = LANG["messages"]

FORMATS = ("jsonl", "csv", "xlsx")
TABLES = ("facts", "kpis", "goals", "projects", "reports")   # --table for csv/jsonl
FIELDS = {
    "facts": ["report", "line", "org", "area", "measure", "year", "basis", "months", "value", "unit", "scale",
              "verified", "printed", "column_label", "table", "kind", "superseded_by", "check_note", "quote",
              "page"],
    "goals": ["report", "line", "name", "text", "status", "org_tag", "level", "repeat_of", "quote", "page"],
    "projects": ["report", "line", "name", "period", "funder", "total", "total_printed", "city_share", "spent",
                 "quote", "page", "years"],
    "reports": ["name", "title", "kind", "year", "months", "period", "published", "unit_title", "municipality",
                "source_url", "inferred"],
}
FIELDS["kpis"] = FIELDS["facts"]

# view → (store table, extra condition); "figures" are the facts that are not key indicators
VIEWS = {
    "facts": ("facts", ""), "kpis": ("facts", "f.kind = :kpi"), "figures": ("facts", "f.kind <> :kpi"),
    "goals": ("goals", ""), "projects": ("projects", ""), "reports": ("reports", ""),
}
_FROM = {
    "facts": "facts f JOIN reports r ON r.name = f.report LEFT JOIN tables t ON t.id = f.table_id",
    "goals": "goals f JOIN reports r ON r.name = f.report",
    "projects": "projects f JOIN reports r ON r.name = f.report",
    "reports": "reports f",
}
_COLUMNS = {"facts": "f.*, r.title AS report_title, t.title AS table_title", "goals": "f.*, r.title AS report_title",
            "projects": "f.*, r.title AS report_title", "reports": "f.*"}
_REPORT_KEY = {"facts": "f.report", "goals": "f.report", "projects": "f.report", "reports": "f.name"}
_ORDER = {"facts": "f.report, coalesce(f.line, 0), f.id", "goals": "f.report, coalesce(f.line, 0), f.id",
          "projects": "f.report, coalesce(f.line, 0), f.id", "reports": "f.rank, f.name"}

EXCEL_MAX_ROWS = 1_048_576      # rows in one sheet, the header included
EXCEL_MAX_CHARS = 32_767        # characters in one cell
WIDTH_SAMPLE = 500              # rows looked at for a text column's width
HEADER_FONT = Font(bold=True)
LINK_FONT = Font(color="0563C1", underline="single")
_PERCENT_RE = re.compile(r"^\s*([-\u2212\u2013]?\s*\d[\d \u00a0]*(?:,\d+)?)\s*%\s*$")


class ExportError(Exception):
    """Something the user must fix; the message is Finnish and says what to do."""


# --- reading the store --------------------------------------------------------------------------

def connect(db: Path) -> sqlite3.Connection:
    """A read-only connection to a Lukubotti store, or ExportError saying what is wrong."""
    db = Path(db)
    if not db.exists():
        raise ExportError(MESSAGES["no_db"].format(db=db))
    try:
        conn = open_readonly(db)
        conn.execute("SELECT name FROM reports LIMIT 1").fetchall()
    except sqlite3.DatabaseError as exc:
        raise ExportError(MESSAGES["not_a_store"].format(db=db, error=exc)) from exc
    return conn


def _query(view: str, select: str, one_report: bool, limit: int | None = None) -> str:
    """SQL for a view; `report = ?` only when asked, so an index on the report column can serve it."""
    table, condition = VIEWS[view]
    where = ([f"{_REPORT_KEY[table]} = :report"] if one_report else []) + ([condition] if condition else [])
    sql = f"SELECT {select} FROM {_FROM[table]}" + (f" WHERE {' AND '.join(where)}" if where else "")
    if select != "count(*)":
        sql += f" ORDER BY {_ORDER[table]}"
    return sql + (f" LIMIT {int(limit)}" if limit is not None else "")


def rows(conn: sqlite3.Connection, view: str, report: str | None = None, limit: int | None = None) -> Iterator[dict]:
    """The rows of a view ('facts', 'kpis', 'figures', 'goals', 'projects', 'reports') in report order."""
    params = {"report": report, "kpi": LANG["store"]["kpi_kind"]}
    for row in conn.execute(_query(view, _COLUMNS[VIEWS[view][0]], report is not None, limit), params):
        yield dict(row)


def count(conn: sqlite3.Connection, view: str, report: str | None = None) -> int:
    params = {"report": report, "kpi": LANG["store"]["kpi_kind"]}
    return conn.execute(_query(view, "count(*)", report is not None), params).fetchone()[0]


def check_report(conn: sqlite3.Connection, report: str | None) -> None:
    """ExportError naming the stored reports when `report` is not one of them."""
    if report is None:
        return
    names = [r[0] for r in conn.execute("SELECT name FROM reports ORDER BY rank, name")]
    if report not in names:
        listed = ", ".join(names) or MESSAGES["no_reports"]
        raise ExportError(MESSAGES["unknown_report"].format(report=report, names=listed))


# --- CSV and JSONL --------------------------------------------------------------------------------

def _whole_euros(value, unit: str | None):
    return int(value) if value is not None and unit == "EUR" and float(value).is_integer() else value


def _inferred(value) -> list:
    try:
        parsed = json.loads(value) if value else []
    except (TypeError, ValueError):
        return [str(value)]
    return parsed if isinstance(parsed, list) else [parsed]


def plain_row(table: str, row: dict) -> dict:
    """One stored row as the tools get it: the table's English fields, JSON-ready values."""
    out = {k: row.get(k) for k in FIELDS[table]}
    if table in ("facts", "kpis"):
        out["table"] = row.get("table_title")
        out["verified"] = bool(row["verified"])
        out["value"] = _whole_euros(row["value"], row.get("unit"))
    elif table == "projects":
        out["total"] = _whole_euros(row.get("total"), "EUR")
    elif table == "reports":
        out["inferred"] = _inferred(row.get("inferred"))
    return out


def _csv_values(row: dict) -> dict:
    return {k: "; ".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()}


def write_plain(conn: sqlite3.Connection, fmt: str, table: str, report: str | None, out: IO[str]) -> int:
    """Write a table as JSONL or CSV to a text stream; returns the number of rows."""
    writer = None
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=FIELDS[table], lineterminator="\r\n")
        writer.writeheader()
    n = 0
    for row in rows(conn, table, report):
        plain = plain_row(table, row)
        if writer is None:
            out.write(json.dumps(plain, ensure_ascii=False) + "\n")
        else:
            writer.writerow(_csv_values(plain))
        n += 1
    return n


# --- Excel cells ----------------------------------------------------------------------------------

def unit_text(unit: str | None) -> str | None:
    """'EUR/asukas' → '€/asukas' (the words in export.toml [unit_words])."""
    if not unit:
        return unit
    return "/".join(LANG["unit_words"].get(part, part) for part in unit.split("/"))


def shown_decimals(value: float, printed: str | None = None) -> int:
    """Decimals to show: as printed, and never fewer than the value needs (nothing is rounded away)."""
    d = decimals(printed) if printed else 0
    while d < 6 and round(value, d) != value:
        d += 1
    return d


def number_format(d: int, unit: str | None = None) -> str:
    fmt = "#,##0" + ("." + "0" * d if d else "")
    return f'{fmt} "{unit.replace(chr(34), "")}"' if unit else fmt


def percent_format(d: int) -> str:
    return "0" + ("." + "0" * d if d else "") + " %"


def _percent(ws, value: float, d: int) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=float(Decimal(repr(float(value))) / 100))
    cell.number_format = percent_format(d)
    return cell


def _text_cell(ws, value, row=None):
    if value is None or value == "":
        return None
    cell = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub(" ", str(value))[:EXCEL_MAX_CHARS])
    cell.data_type = "s"     # never a formula, whatever the text starts with
    return cell


def _int_cell(ws, value, row=None):
    return None if value is None else int(value)


def _value_cell(ws, value, row):
    """A figure: percent cells hold the fraction (75,3 % = 0.753), others the value in its unit."""
    if value is None:
        return None
    d = shown_decimals(value, row.get("printed"))
    if row.get("unit") == "%":
        return _percent(ws, value, d)
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = number_format(d, unit_text(row.get("unit")))
    return cell


def _euro_cell(ws, value, row=None):
    return _value_cell(ws, value, {"unit": "EUR"})


def _percent_text_cell(ws, value, row=None):
    """'20 %' and '126,8 %' become percent numbers; anything else ('70,4 / 83,4 %') stays text."""
    m = _PERCENT_RE.match(value or "")
    number = parse_cell(m.group(1)) if m else None
    if number is None:
        return _text_cell(ws, value)
    return _percent(ws, number, decimals(m.group(1)))


def _date_cell(ws, value, row=None):
    try:
        day = dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return _text_cell(ws, value)
    cell = WriteOnlyCell(ws, value=day)
    cell.number_format = "d.m.yyyy"
    return cell


def _url_cell(ws, value, row=None):
    cell = _text_cell(ws, value)
    if cell is not None and str(value).lower().startswith(("https://", "http://")):
        cell.hyperlink = str(value)
        cell.font = LINK_FONT
    return cell


def _yesno_cell(ws, value, row=None):
    return None if value is None else LANG["yesno"]["yes" if value else "no"]


TEXT_OF = {    # a text column's kind → its shown text
    "text": lambda v: v, "url": lambda v: v, "basis": lambda v: LANG["basis"].get(v, v), "unit": unit_text,
    "list": lambda v: "; ".join(map(str, _inferred(v))),
    "goal_level": lambda v: LANG["goal_level"].get(v, v) if v else v,
}


def _basis_cell(ws, value, row=None):
    return _text_cell(ws, TEXT_OF["basis"](value))


def _unit_cell(ws, value, row=None):
    return _text_cell(ws, TEXT_OF["unit"](value))


def _list_cell(ws, value, row=None):
    return _text_cell(ws, TEXT_OF["list"](value))


def _goal_level_cell(ws, value, row=None):
    return _text_cell(ws, TEXT_OF["goal_level"](value))


CELLS = {"text": _text_cell, "int": _int_cell, "value": _value_cell, "euro": _euro_cell,
         "percent_text": _percent_text_cell, "date": _date_cell, "url": _url_cell, "yesno": _yesno_cell,
         "basis": _basis_cell, "unit": _unit_cell, "list": _list_cell, "goal_level": _goal_level_cell}


# --- Excel sheets ---------------------------------------------------------------------------------

def column_widths(columns: list[dict], sample: list[dict]) -> list[float]:
    """A text column as wide as its header or widest sampled cell, at most its width; numbers fixed."""
    widths = []
    for col in columns:
        least = len(col["header"]) + 3
        if col["kind"] not in TEXT_OF:
            widths.append(max(least, col["width"]))
            continue
        shown = (TEXT_OF[col["kind"]](r.get(col["field"])) for r in sample)
        widest = max((len(str(t)) for t in shown if t is not None), default=0)
        widths.append(max(least, min(col["width"], widest + 2)))
    return widths


def _header_cell(ws, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=text)
    cell.font = HEADER_FONT
    return cell


def write_sheet(wb: Workbook, conn: sqlite3.Connection, view: str, report: str | None, n: int) -> None:
    """One sheet: bold frozen header row, autofilter over every row, column widths, typed cells."""
    spec = LANG["sheets"][view]
    columns = spec["columns"]
    ws = wb.create_sheet(spec["title"])
    sample = list(rows(conn, view, report, limit=WIDTH_SAMPLE))
    for i, width in enumerate(column_widths(columns, sample), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{n + 1}"
    ws.append([_header_cell(ws, c["header"]) for c in columns])
    for row in rows(conn, view, report):
        ws.append([CELLS[c["kind"]](ws, row.get(c["field"]), row) for c in columns])


def write_xlsx(conn: sqlite3.Connection, path: Path, report: str | None = None) -> dict[str, int]:
    """The workbook, one sheet per view in LANG order; returns {sheet title: rows}."""
    counts = {view: count(conn, view, report) for view in LANG["sheets"]["order"]}
    for view, n in counts.items():
        if n + 1 > EXCEL_MAX_ROWS:
            raise ExportError(MESSAGES["too_many_rows"].format(
                sheet=LANG["sheets"][view]["title"], rows=n, limit=EXCEL_MAX_ROWS - 1))
    wb = Workbook(write_only=True)
    for view, n in counts.items():
        write_sheet(wb, conn, view, report, n)
    with atomic_file(path) as tmp:
        wb.save(tmp)
    return {LANG["sheets"][view]["title"]: n for view, n in counts.items()}


# --- files ----------------------------------------------------------------------------------------

def _cannot_write(path: Path, exc: OSError) -> ExportError:
    reason = MESSAGES["reasons"].get(errno.errorcode.get(exc.errno or 0, ""), exc.strerror or str(exc))
    return ExportError(MESSAGES["cannot_write"].format(path=path, reason=reason))


def _new_file_mode(path: Path) -> int:
    if path.exists():
        return path.stat().st_mode & 0o7777
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[str]:
    """A temporary file beside `path`, moved over it only when the block ends without an error."""
    path = Path(path)
    if path.is_dir():
        raise _cannot_write(path, IsADirectoryError(errno.EISDIR, "is a directory"))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    try:
        yield tmp
        os.chmod(tmp, _new_file_mode(path))
        os.replace(tmp, path)
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


# --- the command ----------------------------------------------------------------------------------

def _check_request(db: Path, fmt: str, table: str | None, output: str | None) -> None:
    if fmt == "xlsx" and not output:
        raise ExportError(MESSAGES["xlsx_needs_output"])
    if fmt == "xlsx" and table:
        raise ExportError(MESSAGES["xlsx_table"])
    if output and Path(output).exists() and Path(db).exists() and Path(output).samefile(db):
        raise ExportError(MESSAGES["cannot_write"].format(path=output, reason=MESSAGES["is_database"]))


def export(conn: sqlite3.Connection, fmt: str, table: str | None, report: str | None, output: str | None,
           stdout: IO[str]) -> dict[str, int]:
    """Write one export; returns {what: rows}."""
    check_report(conn, report)
    if fmt == "xlsx":
        return write_xlsx(conn, Path(output), report)
    table = table or "facts"
    if not output:
        return {table: write_plain(conn, fmt, table, report, stdout)}
    with atomic_file(Path(output)) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            n = write_plain(conn, fmt, table, report, fh)
    return {table: n}


def _silence(stream: IO[str]) -> None:
    """After the reader of a pipe went away (`kysy export | head`): no second error at exit."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())


def run(db: Path, fmt: str = "jsonl", table: str | None = None, report: str | None = None,
        output: str | None = None, stdout: IO[str] | None = None, stderr: IO[str] | None = None) -> int:
    """`kysy export`: 0 when written, 2 with a Finnish message on stderr when not."""
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    output = None if output == "-" else output      # '-' is standard output, as usual
    try:
        _check_request(db, fmt, table, output)
        conn = connect(db)
        try:
            counts = export(conn, fmt, table, report, output, stdout)
        finally:
            conn.close()
    except ExportError as exc:
        print(exc, file=stderr)
        return 2
    except BrokenPipeError:
        _silence(stdout)
        return 0
    if output:
        listed = ", ".join(f"{what} {MESSAGES['rows'].format(count=n)}" for what, n in counts.items())
        print(MESSAGES["written"].format(path=output, counts=listed), file=stdout)
    return 0
