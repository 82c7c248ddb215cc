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
    from data.ingest import StoreError, ingest
    from data.lemmas import lemma_text
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
    try:
        summaries = ingest(paths, db, rebuild=a.rebuild, lemmatize=lemma_text)
    except StoreError as exc:
        print(str(exc), file=sys.stderr)
        return 3
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
    from data import store
    p = argparse.ArgumentParser(prog="kysy export", description="Kaikki luvut riveittäin (JSONL tai CSV).")
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    p.add_argument("--report", help="vain tämä raportti (tiedostonimi)")
    a = p.parse_args(args)
    if not db.exists():
        print(f"Tietokantaa {db} ei ole. Aja ensin: kysy ingest", file=sys.stderr)
        return 2
    conn = store.open_readonly(db)
    facts = store.all_facts(conn)
    if a.report:
        facts = [f for f in facts if f["report"] == a.report]
    facts.sort(key=lambda f: (f["report"], f["line"] or 0, f["id"]))
    rows = []
    for f in facts:
        row = {k: f.get(k) for k in EXPORT_FIELDS}
        row["table"] = f.get("table_title")
        row["verified"] = bool(f["verified"])
        v = f["value"]
        row["value"] = int(v) if v is not None and float(v).is_integer() and f["unit"] == "EUR" else v
        rows.append(row)
    if a.format == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        w = csv.DictWriter(sys.stdout, fieldnames=EXPORT_FIELDS)
        w.writeheader()
        w.writerows(rows)
    return 0


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
