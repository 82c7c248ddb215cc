"""`kysy` — ask the reports from the command line, ingest reports, export facts, run the bots.

    kysy "varhaiskasvatuksen toimintakate 2025"     one question
    kysy                                            interactive prompt (keeps follow-up context)
    kysy --json "…" | kysy --jsonl < questions.txt  machine-readable
    kysy ingest [--rebuild] [PATH ...]              reports → database
    kysy export --format jsonl|csv [--report NAME]  every fact, one per line
    kysy telegram … | kysy teams …                  the chat front ends
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from data.store import db_path

COMMANDS = ("ingest", "export", "telegram", "teams")


def _db_arg(argv: list[str]) -> tuple[str | None, list[str]]:
    """Pull a global --db PATH (anywhere) out of argv."""
    out, db, i = [], None, 0
    while i < len(argv):
        a = argv[i]
        if a == "--db" and i + 1 < len(argv):
            db = argv[i + 1]
            i += 2
            continue
        if a.startswith("--db="):
            db = a.split("=", 1)[1]
            i += 1
            continue
        out.append(a)
        i += 1
    return db, out


def cmd_ingest(args: list[str], db: Path) -> int:
    from data.ingest import ingest
    p = argparse.ArgumentParser(prog="kysy ingest", description="Lue raportit tietokantaan.")
    p.add_argument("--rebuild", action="store_true", help="rakenna tietokanta tyhjästä")
    p.add_argument("paths", nargs="*", help="raporttitiedostot tai kansiot (oletus: data/reports/)")
    a = p.parse_args(args)
    paths: list[Path] = []
    for raw in a.paths or ["data/reports"]:
        path = Path(raw)
        if path.is_dir():
            paths += sorted(x for x in path.iterdir() if x.is_file() and not x.name.endswith(".meta.toml")
                            and not x.name.startswith("."))
        elif path.exists():
            paths.append(path)
        else:
            print(f"{raw}: tiedostoa ei ole", file=sys.stderr)
            return 2
    if not paths:
        print("Ei raportteja luettavaksi.", file=sys.stderr)
        return 2
    summaries = ingest(paths, db, rebuild=a.rebuild)
    for s in summaries:
        print(s.line())
    if any(s.status == "error" for s in summaries):
        print(f"Tietokantaa {db} ei muutettu: korjaa tai poista virheelliset tiedostot.", file=sys.stderr)
        return 1
    print(f"Tietokanta: {db}")
    return 0


EXPORT_FIELDS = ["report", "line", "org", "area", "measure", "year", "basis", "months", "value", "unit", "scale",
                 "verified", "printed", "column_label", "table", "kind", "superseded_by", "check_note", "quote"]


def cmd_export(args: list[str], db: Path) -> int:
    from data import export
    p = argparse.ArgumentParser(prog="kysy export", description="Luvut, tunnusluvut, tavoitteet, hankkeet ja "
                                "raportit: JSONL tai CSV työkaluille, Excel (xlsx) ihmisille.")
    p.add_argument("--format", choices=export.FORMATS, default="jsonl")
    p.add_argument("--table", choices=export.TABLES, help="csv/jsonl: mikä taulu (oletus facts)")
    p.add_argument("--report", help="vain tämä raportti (tiedostonimi)")
    p.add_argument("--output", help="kirjoita tiedostoon (oletus: vakiotuloste; xlsx vaatii tiedoston)")
    a = p.parse_args(args)
    return export.run(db, a.format, a.table, a.report, a.output)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    db_value, argv = _db_arg(argv)
    db = db_path(db_value)
    if argv and argv[0] in COMMANDS:
        cmd, rest = argv[0], argv[1:]
        if cmd == "ingest":
            return cmd_ingest(rest, db)
        if cmd == "export":
            return cmd_export(rest, db)
        if cmd == "telegram":
            from bot import telegram_bot
            return telegram_bot.main(rest, str(db))
        if cmd == "teams":
            from bot import teams_bot
            return teams_bot.main(rest, str(db))
    from bot import ask_cli
    return ask_cli.main(argv, db)


if __name__ == "__main__":
    sys.exit(main())
