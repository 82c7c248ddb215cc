"""Report text → verified facts with provenance, written atomically into the SQLite store.

The new database is built in a temporary file beside the old one (starting from a copy of it
unless --rebuild) and swapped in with os.replace only when every step succeeded: a failed ingest
leaves the old database serving.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from . import extras, lemmas, store
from .report import NotAReport, Report, display_title, period_label, read_report, read_sidecar, looks_finnish_report
from .tables import Table, find_tables, label_key
from .verify import solve, unit_sums

LEVEL_WORDS = r"(?i)\s*-?\b(palvelualue|vastuualue|yhteensä)\b\s*$"
MEASURE_ALIASES = {  # summary rows that repeat the income statement totals (DOMAIN.md)
    "tulot": "Toimintatuotot", "menot": "Toimintakulut", "netto": "Toimintakate",
}
INVESTMENT_MEASURES = {"menot": "Investointimenot", "tulot": "Investointitulot", "netto": "Investoinnit netto"}


@dataclass
class ReportSummary:
    name: str
    status: str = "ok"                  # ok | skipped | error
    message: str = ""
    tables: int = 0
    cells: int = 0
    verified: int = 0
    kpis: int = 0
    projects: int = 0
    goals: int = 0
    passages: int = 0
    unit_sums: int = 0
    problems: list[str] = field(default_factory=list)
    meta: dict = field(default_factory=dict)

    def line(self) -> str:
        if self.status != "ok":
            return f"{self.name}: {self.message}"
        pct = 100.0 * self.verified / self.cells if self.cells else 0.0
        head = (f"{self.name}: {self.meta.get('title')} ({self.meta.get('period')}"
                f"{', kausi päätelty sarakeotsikoista' if self.meta.get('inferred') else ''}) — "
                f"{self.tables} taulukkoa, {self.cells} lukua, tarkistettu {pct:.1f} %, "
                f"{self.kpis} tunnuslukua, {self.projects} hanketta, {self.goals} tavoitetta, {self.passages} tekstikappaletta"
                f"{f', {self.unit_sums} yksikkösummaa täsmää' if self.unit_sums else ''}")
        if self.problems:
            head += "\n" + "\n".join(f"    ! {p}" for p in self.problems)
        return head


KPI_COLUMN_FI = {"actual": "Toteuma", "target": "Tavoite", "forecast": "Ennuste", "budget": "TA"}


def _case(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip()
    return name[:1].upper() + name[1:].lower() if name.isupper() else name


def org_key(name: str | None) -> str | None:
    if not name:
        return None
    k = re.sub(LEVEL_WORDS, "", name.lower()).strip()
    k = re.sub(r"\s*\(.*?\)\s*", " ", k).strip()
    return lemmas.fold(re.sub(r"[-\s]+", " ", k))


def _nearby_heading(report: Report, table: Table) -> str | None:
    start = table.line_start
    for no in range(start - 1, max(0, start - 12), -1):
        t = report.line(no).text.strip()
        if not t or "\t" in t:
            continue
        if len(t) < 70 and not re.search(r"\d", t) and not t.endswith(".") and t[:1].isupper():
            return t
    return None


def _investment(report: Report, table: Table) -> bool:
    around = " ".join(report.line(n).text for n in range(max(1, table.line_start - 6), table.line_start + 1))
    around += " " + table.title + " " + " ".join(l.text for l in table.header_lines)
    keys = {label_key(r.label) for r in table.rows}
    return bool(re.search(r"(?i)investoin|irtain omaisuus", around)) and keys <= {"menot", "tulot", "netto"}


def name_table(report: Report, table: Table) -> None:
    if table.headerless:
        table.org = None
        table.org_note = ("otsikkorivi puuttuu; yksikköä ei voitu varmistaa laskutoimituksin, "
                          "luvut tallennettu ilman yksikköä eikä niitä käytetä vastauksissa")
        return
    title = re.sub(r"(?i)\b(irtain omaisuus|investoinnit|yhteensä|selite)\b", "", table.title).strip(" -:")
    heading = _nearby_heading(report, table)
    name = title
    if heading:
        h = re.sub(LEVEL_WORDS, "", heading).strip(" -")
        def lem(text):
            return " ".join(lemmas.baseforms(w)[0] for w in re.findall(r"[A-Za-zÅÄÖåäö]+", text))
        abbreviated = "." in title
        # a misspelt title ('Virkkeellinen elämä' under 'VIRIKKEELLINEN ELÄMÄ -PALVELUALUE'): close, yet
        # not the same words even in base form
        similar = fuzz.ratio(lemmas.fold(title), lemmas.fold(h)) >= 85 and lem(title) != lem(h)
        if title and (abbreviated or similar) and h.lower() != title.lower():
            name = heading if abbreviated else h
            table.org_note = f"nimi otsikosta '{heading}' (taulukossa '{table.title}')"
    table.org = _case(name) if name else None
    table.kind = "investoinnit" if _investment(report, table) else (
        "yhteenveto" if {label_key(r.label) for r in table.rows} <= {"tulot", "menot", "netto"} else "tuloslaskelma")


def _measure(table: Table, label: str) -> str:
    key = label_key(label)
    if table.kind == "investoinnit":
        return INVESTMENT_MEASURES.get(key, label)
    if table.kind == "yhteenveto":
        return MEASURE_ALIASES.get(key, label)
    return label


def report_rank(meta: dict) -> tuple:
    return (meta.get("year") or 0, meta.get("months") or 0, meta.get("published") or "")


def analyse(report: Report) -> tuple[dict, list[dict], list[dict], list[dict], ReportSummary]:
    """Everything one report holds: metadata, tables, facts (+ goals/projects/passages)."""
    summary = ReportSummary(report.name)
    tables = find_tables(report)
    meta = dict(report.meta)
    side = read_sidecar(report.path)
    if side.get("_error"):
        summary.problems.append(f"sivutiedosto: {side['_error']}")
    inferred = []
    if "kind" not in meta:
        cols = [c for t in tables for c in t.columns]
        todate = [c for c in cols if c.basis == "actual" and c.months and c.months < 12 and c.year]
        if todate:
            year = max(c.year for c in todate)
            months = max(c.months for c in todate if c.year == year)
            meta.update(kind="osavuosikatsaus", year=year, months=months)
            inferred.append("kausi päätelty sarakeotsikoista (TOT %d %d kk)" % (year, months))
        elif any(c.basis == "actual" and c.months == 12 for c in cols):
            year = max(c.year for c in cols if c.year)
            meta.update(kind="tilinpäätös", year=year, months=12)
            inferred.append("kausi päätelty sarakeotsikoista")
        # the columns' to-date months may have been unknown before the period was inferred
        for t in tables:
            for c in t.columns:
                if c.basis in ("actual", "deviation", "remaining", "realization_pct") and c.months is None:
                    c.months = meta.get("months")
    side = dict(side)
    side.setdefault("published", side.get("publication_date") or side.get("date"))
    if isinstance(side.get("period"), str):   # '1–9/2024' or '2025'
        m = re.fullmatch(r"\s*(?:1\s*[–-]\s*(\d{1,2})\s*/\s*)?((?:19|20)\d{2})\s*", side["period"])
        if m:
            side.setdefault("year", int(m.group(2)))
            side.setdefault("months", int(m.group(1)) if m.group(1) else 12)
    for k in ("kind", "year", "months", "published", "municipality", "source_url", "title"):
        if side.get(k):
            meta[k] = side[k] if k != "published" else str(side[k])
            if k in ("kind", "year", "months"):
                inferred[:] = []   # the sidecar says it: nothing inferred
    meta.setdefault("municipality", side.get("municipality") or "Heinola")
    meta["period"] = period_label(meta.get("kind"), meta.get("year"), meta.get("months"))
    meta["title"] = side.get("title") or display_title(meta)
    meta["inferred"] = inferred
    summary.meta = meta

    table_rows: list[dict] = []
    facts: list[dict] = []
    checks: list[dict] = []
    table_lines: set[int] = set()
    for tid, table in enumerate(tables, start=1):
        name_table(report, table)
        solved = solve(table)
        for l in table.header_lines:
            table_lines.add(l.no)
        for r in table.rows:
            for l in r.lines:
                table_lines.add(l.no)
        summary.problems += table.problems + solved.unresolved
        table_rows.append(dict(id=tid, report=report.name, title=table.title or "(otsikko puuttuu)", org=table.org,
                               org_key=org_key(table.org), kind=table.kind, line_start=table.line_start,
                               line_end=table.line_end, headerless=int(table.headerless), note=table.org_note,
                               columns=json.dumps([c.__dict__ for c in table.columns], ensure_ascii=False)))
        if table.headerless:
            summary.problems.append(f"rivit {table.line_start}–{table.line_end}: {table.org_note}")
        for ch in solved.checks:
            checks.append(dict(table_id=tid, name=ch.name, ok=int(ch.ok), diff=ch.diff, cells=json.dumps(ch.cells)))
        for row, cells in zip(table.rows, solved.cells):
            for cell in cells:
                if cell.value is None:
                    continue
                col = table.columns[cell.col]
                summary.cells += 1
                summary.verified += int(cell.verified)
                if col.basis == "unknown":
                    continue
                pct = col.basis == "realization_pct"
                facts.append(dict(
                    report=report.name, table_id=tid, kind=table.kind, org=table.org, org_key=org_key(table.org),
                    area=None, measure=_measure(table, row.label), measure_key=label_key(_measure(table, row.label)),
                    row_label=row.label, section=row.section, year=col.year, basis=col.basis, months=col.months,
                    value=cell.value * (1 if pct else col.scale), unit="%" if pct else "EUR", scale=1 if pct else col.scale,
                    printed=cell.printed, verified=int(cell.verified and not table.headerless),
                    check_note=cell.note, line=cell.line, line_end=row.lines[-1].no, quote=row.quote,
                    column_label=col.label, amended=int(col.amended)))
        summary.tables += 1

    # parent units = the sum of their sub-units, where the arithmetic shows it
    for found in unit_sums(facts):
        tid = next((t["id"] for t in table_rows if t["org"] == found["org"]), None)
        checks.append(dict(table_id=tid, name=f"yksikkösumma: {found['org']} = " + " + ".join(found["parts"]),
                           ok=1, diff=found["max_diff"], cells=json.dumps({"columns": found["columns"]})))
        summary.unit_sums += 1
    kpis, kpi_problems = extras.find_kpis(report)
    summary.problems += kpi_problems
    for k in kpis:
        if k.value is None:
            continue
        facts.append(dict(
            report=report.name, table_id=None, kind="tunnusluku", org=None, org_key=None, area=k.area,
            measure=k.name, measure_key=label_key(k.name), row_label=k.name, section=None, year=k.year,
            basis=k.basis, months=12, value=k.value, unit=k.unit, scale=1, printed=k.printed, verified=0,
            check_note=k.note or "tunnusluku: ei laskutoimitusta tarkistukseen", line=k.line.no, line_end=k.line.no,
            quote=k.line.raw.strip(), column_label=f"{KPI_COLUMN_FI.get(k.basis, k.basis)} {k.year}", amended=0))
    summary.kpis = len(kpis)
    projects = extras.find_projects(report)
    summary.projects = len(projects)
    goals = extras.find_goals(report)
    summary.goals = len(goals)
    passages = extras.find_passages(report, table_lines)
    summary.passages = len(passages)
    extra = dict(
        projects=[dict(report=report.name, line=p.line.no, name=p.name, period=p.period, funder=p.funder, total=p.total,
                       total_printed=p.total_printed, city_share=p.city_share, spent=p.spent, quote=p.line.raw.strip())
                  for p in projects],
        goals=[dict(report=report.name, line=g.line.no, text=g.text, status=g.status, org_tag=g.org_tag,
                    quote=g.line.raw.strip()[:2000]) for g in goals],
        passages=[dict(report=report.name, heading=p.heading, text=p.text, line_start=p.line_start, line_end=p.line_end,
                       lemmas=lemmas.lemma_text(p.heading + " " + p.text)) for p in passages],
        checks=checks,
    )
    summary.status = "ok"
    return meta, table_rows, facts, extra, summary


def _insert_report(conn: sqlite3.Connection, report: Report, meta, table_rows, facts, extra) -> None:
    name = report.name
    old_ids = [r[0] for r in conn.execute("SELECT id FROM tables WHERE report = ?", (name,))]
    for tid in old_ids:
        conn.execute("DELETE FROM checks WHERE table_id = ?", (tid,))
    for t in ("tables", "facts", "problems", "goals", "projects"):
        conn.execute(f"DELETE FROM {t} WHERE report = ?", (name,))
    conn.execute("INSERT INTO passages_fts(passages_fts, rowid, lemmas) SELECT 'delete', id, lemmas FROM passages WHERE report = ?", (name,))
    conn.execute("DELETE FROM passages WHERE report = ?", (name,))
    conn.execute("DELETE FROM reports WHERE name = ?", (name,))
    conn.execute(
        "INSERT INTO reports(name, sha256, kind, year, months, period, title, published, unit_title, municipality, "
        "source_url, inferred, ingested_at, rank) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
        (name, report.sha256, meta.get("kind"), meta.get("year"), meta.get("months"), meta.get("period"), meta.get("title"),
         meta.get("published"), meta.get("unit_title"), meta.get("municipality"), meta.get("source_url"),
         json.dumps(meta.get("inferred") or [], ensure_ascii=False), dt.datetime.now().isoformat(timespec="seconds")))
    base = conn.execute("SELECT COALESCE(MAX(id), 0) FROM tables").fetchone()[0]
    idmap = {}
    for t in table_rows:
        new_id = base + t["id"]
        idmap[t["id"]] = new_id
        conn.execute("INSERT INTO tables(id, report, title, org, org_key, kind, line_start, line_end, columns, headerless, note) "
                     "VALUES (:id, :report, :title, :org, :org_key, :kind, :line_start, :line_end, :columns, :headerless, :note)",
                     {**t, "id": new_id})
    cols = list(facts[0].keys()) if facts else []
    for f in facts:
        f = dict(f)
        if f["table_id"] is not None:
            f["table_id"] = idmap[f["table_id"]]
        conn.execute(f"INSERT INTO facts({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})", [f[c] for c in cols])
    for c in extra["checks"]:
        conn.execute("INSERT INTO checks(table_id, name, ok, diff, cells) VALUES (?,?,?,?,?)",
                     (idmap[c["table_id"]], c["name"], c["ok"], c["diff"], c["cells"]))
    for kind in ("projects", "goals", "passages"):
        rows = extra[kind]
        if not rows:
            continue
        keys = list(rows[0].keys())
        conn.executemany(f"INSERT INTO {kind}({', '.join(keys)}) VALUES ({', '.join('?' for _ in keys)})",
                         [[r[k] for k in keys] for r in rows])
    conn.execute("INSERT INTO passages_fts(rowid, lemmas) SELECT id, lemmas FROM passages WHERE report = ?", (name,))


def _finish(conn: sqlite3.Connection) -> None:
    """Rank reports (newest last) and mark figures superseded by a newer report's same figure."""
    reps = conn.execute("SELECT name, year, months, published FROM reports").fetchall()
    ranked = sorted(reps, key=lambda r: (r[1] or 0, r[2] or 0, r[3] or ""))
    for i, r in enumerate(ranked):
        conn.execute("UPDATE reports SET rank = ? WHERE name = ?", (i, r[0]))
    conn.execute("UPDATE facts SET superseded_by = NULL")
    conn.execute("""
        UPDATE facts SET superseded_by = (
            SELECT f2.report FROM facts f2 JOIN reports r2 ON r2.name = f2.report
            WHERE f2.org_key IS facts.org_key AND f2.measure_key = facts.measure_key AND f2.year IS facts.year
              AND f2.basis IS facts.basis AND f2.months IS facts.months AND f2.kind = facts.kind
              AND f2.area IS facts.area AND f2.org_key IS NOT NULL
              AND r2.rank > (SELECT rank FROM reports WHERE name = facts.report)
            ORDER BY r2.rank DESC LIMIT 1)
        WHERE org_key IS NOT NULL""")


def ingest(paths: list[Path], db: Path, rebuild: bool = False) -> list[ReportSummary]:
    """Ingest the given report files into `db`. Raises nothing for a bad report: it is reported."""
    db = Path(db)
    db.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=db.name + ".", suffix=".tmp", dir=db.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    summaries: list[ReportSummary] = []
    try:
        conn = sqlite3.connect(tmp)
        if db.exists() and not rebuild:
            src = sqlite3.connect(f"file:{db.resolve()}?mode=ro", uri=True)
            src.backup(conn)
            src.close()
        store.create(conn)
        known = {r[0]: r[1] for r in conn.execute("SELECT name, sha256 FROM reports")}
        changed = rebuild or not db.exists()
        for path in paths:
            s = ReportSummary(path.name)
            try:
                report = read_report(path)
                if not looks_finnish_report(report):
                    raise NotAReport("ei näytä kunnan talousraportilta (ei suomenkielisiä talousraportin sanoja)")
                if known.get(report.name) == report.sha256:
                    s.status, s.message = "skipped", "sama sisältö on jo ladattu (ei muutoksia)"
                    summaries.append(s)
                    continue
                meta, table_rows, facts, extra, s = analyse(report)
                if not table_rows and not facts and not extra["passages"]:
                    raise NotAReport("raportista ei löytynyt taulukoita eikä tekstiä")
                _insert_report(conn, report, meta, table_rows, facts, extra)
                for p in s.problems:
                    m = re.search(r"rivi(?:t)? (\d+)", p)
                    conn.execute("INSERT INTO problems(report, line, message) VALUES (?,?,?)",
                                 (report.name, int(m.group(1)) if m else None, p))
                changed = True
            except NotAReport as exc:
                s.status, s.message = "error", f"ei raportti: {exc}"
            except OSError as exc:
                s.status, s.message = "error", f"tiedostoa ei voi lukea: {exc.strerror or exc}"
            summaries.append(s)
        _finish(conn)
        conn.commit()
        conn.execute("VACUUM")
        conn.close()
        if any(s.status == "error" for s in summaries) or not changed:
            tmp.unlink(missing_ok=True)   # the old database keeps serving, untouched
            return summaries
        os.replace(tmp, db)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return summaries
