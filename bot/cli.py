"""`kysy` — ask the reports from the command line, ingest reports, export them, run the bots.

    kysy "varhaiskasvatuksen toimintakate 2025"      one question (the default command, 'ask')
    kysy                                             interactive prompt with follow-ups ('entä 2024?')
    kysy --json "…"  |  kysy --jsonl < kysymykset.txt machine-readable
    kysy ingest [--rebuild] [PATH …]                 reports (text or PDF) → database
    kysy export [--format jsonl|csv|xlsx] [--table …] [--report NAME] [--output FILE]
    kysy telegram …  |  kysy teams …                 the chat front ends

Every command takes ``--db PATH`` (anywhere on the line; env ``LUKUBOTTI_DB``). On click with
click-default-group, as sqlite-utils does.
"""
from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

import click
from click_default_group import DefaultGroup

from data.query import DEFAULT_DB, SCHEMA_VERSION, db_path, open_readonly

from .engine import Engine
from .presenters.text import render_text

COMMANDS = ("ask", "ingest", "export", "telegram", "teams")
REPORTS = Path("data/reports")       # the bundled reports: the default store is made from them
PASS_THROUGH = {"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []}


def reply_json(reply) -> dict:
    out = reply.to_dict()
    out["text"] = render_text(reply)
    return out


def _write(data: str) -> None:
    """UTF-8 whatever the locale says: a strict C locale must not stop the batch."""
    sys.stdout.buffer.write(data.encode("utf-8", errors="replace"))
    sys.stdout.buffer.flush()


def _engine(db: Path) -> Engine:
    """The engine of a store. The default store is made from the bundled reports when it is missing or of an
    older schema (a fresh checkout, a new version): it is derived data, and a question should not fail on it."""
    if db == Path(DEFAULT_DB) and REPORTS.is_dir() and not _current(db):
        click.echo(f"Tietokantaa {db} ei ole tai se on vanha: rakennetaan raporteista {REPORTS}/ …", err=True)
        _ingest(db, True, _files((REPORTS,)), quiet=True)
    if not db.exists():
        click.echo(f"Tietokantaa {db} ei ole. Aja ensin: kysy ingest   (tai: make run)", err=True)
        raise SystemExit(2)
    return Engine(db)


def _current(db: Path) -> bool:
    """The store exists and is of this version's schema."""
    if not db.exists():
        return False
    with contextlib.closing(open_readonly(db)) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0] >= SCHEMA_VERSION


@click.group(cls=DefaultGroup, default="ask", default_if_no_args=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", "db", envvar="LUKUBOTTI_DB", default=None, metavar="PATH",
              help="tietokanta (oletus data/lukubotti.sqlite; env LUKUBOTTI_DB)")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """Kysy kunnan raporteista luku suomeksi: luku ja lähde.

    Ilman komentoa kysymys kysytään: kysy "varhaiskasvatuksen toimintakate 2025"."""
    ctx.obj = db_path(db)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="tulosta yksi JSON-olio")
@click.option("--jsonl", is_flag=True, help="kysymykset riveittäin stdinistä, vastaukset JSON-riveinä")
@click.argument("question", nargs=-1)
@click.pass_obj
def ask(db: Path, as_json: bool, jsonl: bool, question: tuple[str, ...]) -> None:
    """Kysy yksi kysymys (tai ilman kysymystä: kysymyskehote)."""
    engine = _engine(db)
    if jsonl:
        batch(engine)
        return
    if question:
        reply = engine.ask(" ".join(question), engine.conversations.get("cli"))
        _write((json.dumps(reply_json(reply), ensure_ascii=False, indent=2) if as_json else render_text(reply)) + "\n")
        return
    prompt(engine)


def batch(engine: Engine) -> None:
    """One JSON line per input line, each question on its own; a line that is not UTF-8 gets a clear
    reply instead of stopping the batch."""
    for raw in sys.stdin.buffer:
        try:
            line = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            out = {"status": "not_found", "kind": "not_found", "text": "Rivillä on merkkejä, joita ei voi lukea "
                   "(tiedosto ei ole UTF-8-muodossa). Tallenna kysymykset UTF-8-muodossa.", "answers": [],
                   "options": [], "notes": [], "interpretation": {}}
        else:
            out = reply_json(engine.ask(line))
        _write(json.dumps(out, ensure_ascii=False) + "\n")


def prompt(engine: Engine) -> None:
    """The interactive prompt: history, follow-ups, numbered options."""
    try:
        import readline  # noqa: F401 - line editing and history for input(); optional by nature
    except ImportError:  # pragma: no cover
        pass
    conv = engine.conversations.get("cli")
    click.echo("Lukubotti – kysy raporteista (tyhjä rivi tai Ctrl-D lopettaa).")
    options = []
    while True:
        try:
            q = input("? ").strip()
        except (EOFError, KeyboardInterrupt):
            click.echo()
            return
        if not q:
            return
        if q.isdigit() and 1 <= int(q) <= len(options):
            q = options[int(q) - 1].question
        reply = engine.ask(q, conv)
        options = reply.options
        _write(render_text(reply) + "\n")


@cli.command()
@click.option("--rebuild", is_flag=True, help="rakenna tietokanta tyhjästä")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.pass_obj
def ingest(db: Path, rebuild: bool, paths: tuple[Path, ...]) -> None:
    """Lue raportit (teksti tai PDF) tietokantaan; oletus data/reports/."""
    _ingest(db, rebuild, _files(paths or (REPORTS,)))


def _files(paths: tuple[Path, ...]) -> list[Path]:
    files = []
    for path in paths:
        if path.is_dir():
            files += sorted(x for x in path.iterdir() if x.is_file() and not x.name.endswith(".meta.toml")
                            and not x.name.startswith("."))
        elif path.exists():
            files.append(path)
        else:
            click.echo(f"{path}: tiedostoa ei ole", err=True)
            raise SystemExit(2)
    if not files:
        click.echo("Ei raportteja luettavaksi.", err=True)
        raise SystemExit(2)
    return files


def _ingest(db: Path, rebuild: bool, files: list[Path], quiet: bool = False) -> None:
    # the writer and the lemma index load only for this command: a question does not pay for them
    from data.ingest import StoreError, ingest as run_ingest
    from nlp import index as lemma_index
    try:
        summaries = run_ingest(files, db, rebuild=rebuild, lemmatize=lemma_index.lemmatize, after=lemma_index.build)
    except StoreError as exc:      # busy (another ingest) or the store cannot be written: the old one serves
        click.echo(str(exc), err=True)
        raise SystemExit(3)
    for s in summaries:
        click.echo(s.line(), err=quiet)
    if any(s.status == "error" for s in summaries):
        click.echo(f"Tietokantaa {db} ei muutettu: korjaa tai poista virheelliset tiedostot.", err=True)
        raise SystemExit(1)
    click.echo(f"Tietokanta: {db}", err=quiet)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(("jsonl", "csv", "xlsx")), default="jsonl", show_default=True)
@click.option("--table", type=click.Choice(("facts", "kpis", "goals", "projects", "reports")), default=None,
              help="taulu (csv/jsonl; oletus facts)")
@click.option("--report", default=None, help="vain tämä raportti (tiedostonimi)")
@click.option("--output", default=None, help="tiedosto (xlsx:lle pakollinen; muuten oletus stdout)")
@click.pass_obj
def export(db: Path, fmt: str, table: str | None, report: str | None, output: str | None) -> None:
    """Kaikki luvut, tunnusluvut, tavoitteet, hankkeet ja raportit: JSONL, CSV tai Excel."""
    from data import export as exporter  # openpyxl costs 0.2 s: only this command pays for it
    raise SystemExit(exporter.run(db, fmt, table, report, output))


@cli.command(context_settings=PASS_THROUGH, add_help_option=False)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
@click.pass_obj
def telegram(db: Path, args: tuple[str, ...]) -> None:
    """Telegram-botti (kysy telegram --help)."""
    from . import telegram_bot  # the front end's libraries load only for this command
    raise SystemExit(telegram_bot.main(list(args), str(db)))


@cli.command(context_settings=PASS_THROUGH, add_help_option=False)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
@click.pass_obj
def teams(db: Path, args: tuple[str, ...]) -> None:
    """Microsoft Teams -botti (kysy teams --help)."""
    from . import teams_bot  # the Agents SDK loads only for this command
    raise SystemExit(teams_bot.main(list(args), str(db)))


def _argv(argv: list[str]) -> list[str]:
    """--db anywhere on the line goes first; options before a question go to the default command
    ('kysy --json "…"' is 'kysy ask --json "…"')."""
    out, db, i = [], [], 0
    while i < len(argv):
        if argv[i] == "--db" and i + 1 < len(argv):
            db, i = ["--db", argv[i + 1]], i + 2
            continue
        if argv[i].startswith("--db="):
            db = ["--db", argv[i].split("=", 1)[1]]
        else:
            out.append(argv[i])
        i += 1
    if not out or (out[0] not in COMMANDS and out[0] not in ("-h", "--help")):
        out.insert(0, "ask")      # 'kysy --db X' alone is the prompt, as 'kysy' is ('make run' without Q=)
    return db + out


def main(argv: list[str] | None = None) -> int:
    args = _argv(list(sys.argv[1:] if argv is None else argv))
    try:
        cli.main(args=args, prog_name="kysy", standalone_mode=False)
    except SystemExit as exc:
        return int(exc.code or 0)
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Abort:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
