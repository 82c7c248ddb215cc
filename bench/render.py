"""Render the sample replies (tests/replies.py) with every presenter, and time the presenters; or write
the docs' answers page from the real engine's replies to one question of each kind.

    .venv/bin/python bench/render.py                     # CLI text of every sample, and timings
    .venv/bin/python bench/render.py --docs docs/answers.md --db data/lukubotti.sqlite   # the answers page
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from bot.engine import Engine  # noqa: E402
from bot.presenters.chart import card_png, render_png  # noqa: E402
from bot.presenters.teams import render_card  # noqa: E402
from bot.presenters.telegram import render_telegram  # noqa: E402
from bot.presenters.text import render_text  # noqa: E402
from replies import SAMPLES, sample  # noqa: E402

TITLES = {
    "figure": "Yksi luku", "figure_to_date": "Osavuoden luku ja koko vuoden talousarvio, ristiintarkistamaton",
    "figure_thousands": "Luku tuhansien eurojen taulukosta", "figure_other_report": "Sama luku toisessa raportissa",
    "series": "Aikasarja (2022 vain 1–9/2022)", "comparison": "Kahden yksikön vertailu",
    "ranking": "Suurimmat kuluerät", "overrun": "Talousarvion ylittäneet rivit", "kpi": "Tunnusluku",
    "project": "Hanke", "projects": "Hankkeet", "goals": "Tavoitteet", "text": "Luku raportin tekstistä",
    "clarify": "Tarkennuskysymys", "not_found": "Ei löytynyt", "help": "Ohje",
}
# one question of each kind, asked of the real engine for the docs page
DOC_QUESTIONS = [
    ("Yksi luku", "varhaiskasvatuksen toimintakate 2025"),
    ("Osavuoden luku, koko vuoden talousarvio vieressä", "vire toimintakate 2025"),
    ("Poikkeama sanoin", "opetus ja koulutus: toimintakatteen poikkeama 2025"),
    ("Luku tuhansien eurojen taulukosta", "hyvinvointilautakunnan toimiala toimintakate TP 2021"),
    ("Aikasarja (2022 vain 1–9/2022)", "varhaiskasvatuksen toimintakate 2022–2025"),
    ("Kahden vuoden vertailu", "hyvinvointipalvelujen toimintakulut 2024 ja 2025"),
    ("Kahden yksikön vertailu", "vertaa vakan ja opkoun toimintakatetta 2025"),
    ("Erotus kahdesta tarkistetusta luvusta", "hyvinvointipalvelujen toimintakulut ilman henkilöstökuluja 2025"),
    ("Suurimmat kuluerät", "suurimmat kuluerät hyvinvointipalveluissa 2025"),
    ("Talousarvion ylittäneet yksiköt", "mikä vastuualue ylitti budjettinsa 2025"),
    ("Tunnusluku", "vaka €/lapsi tavoite 2025"),
    ("Tunnuslukujen aikasarja", "kirjaston käynnit asukasta kohden 2023–2025"),
    ("Hanke", "Koulujen kerhotoiminnan tukeminen 2024–2025 -hankkeen kokonaisrahoitus?"),
    ("Hankkeet", "OKM:n rahoittamat hankkeet osavuosikatsauksessa 1-9/2024"),
    ("Tavoitteet", "mitkä virikkeellisen elämän tavoitteet eivät toteutuneet täysin 2024"),
    ("Luku raportin tekstistä", "Montako oppilasta perusopetuksessa oli vuoden 2025 lopussa?"),
    ("Tarkennuskysymys", "toimintakate 2024"),
    ("Sana, jota ei tunnisteta", "varhaiskasvatuksen toimintakate mediaani 2025"),
    ("Toinen kunta", "Porin opetuksen toimintakulut 2025"),
    ("Kausi, jota raporteissa ei ole", "vire toimintakate kesäkuu 2025"),
    ("Ohje", "mitä voin kysyä?"),
]
HEAD = """# Vastaukset sellaisina kuin ne tulostuvat

Tämä sivu on tehty komennolla `.venv/bin/python bench/render.py --docs docs/answers.md --db
data/lukubotti.sqlite`: oikean moottorin vastaukset kysymyksiin, yksi kutakin lajia, raporteista
`data/reports/`. Sama vastausmalli (`bot/reply.py`) näkyy
komentorivillä tekstinä (alla), Telegramissa HTML-viestinä (vaihtoehdot painikkeina, kaavio kuvana) ja
Teamsissa Adaptive Card -korttina (listat taulukkoina, tavoitteet tilan värillä, lähde omana lohkonaan).
Tarkat Telegram- ja Teams-muodot ovat tiedostoissa `tests/golden/*.html` ja `tests/golden/*.json`.

Lähde kerrotaan niin, että sen voi tarkistaa: raportin nimi ja päivämäärä, taulukko (PDF:stä myös sivu),
rivi sarakeotsikoineen ja lopuksi tiedosto ja rivinumero. Muutos sanotaan sanoin rivin lajin mukaan
(kulut *kasvoivat*, toimintakate *parani*), poikkeama talousarviosta *alittui* / *ylittyi*.
"""


def docs(db: Path) -> str:
    engine = Engine(db)
    parts = [HEAD]
    for title, q in DOC_QUESTIONS:
        text = render_text(engine.ask(q)).replace("\u00a0", " ")
        parts.append(f"## {title}\n\n```text\n$ kysy \"{q}\"\n{text}\n```\n")
    return "\n".join(parts)


def timings(rounds: int = 200) -> None:
    replies = [sample(n) for n in SAMPLES]
    for label, fn in (("text", render_text), ("telegram", render_telegram), ("teams", render_card)):
        t0 = time.perf_counter()
        for _ in range(rounds):
            for r in replies:
                fn(r)
        per = (time.perf_counter() - t0) / (rounds * len(replies)) * 1e6
        print(f"{label:9s} {per:8.1f} µs per reply")
    chart = sample("series").chart
    t0 = time.perf_counter()
    png = render_png(chart)
    print(f"chart     {(time.perf_counter() - t0) * 1000:8.1f} ms first PNG ({len(png)} bytes, 660 px wide)")
    t0 = time.perf_counter()
    small = card_png(chart)
    print(f"card_png  {(time.perf_counter() - t0) * 1000:8.1f} ms ({len(small)} bytes for the Teams card)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=Path, help="write the answers page here")
    ap.add_argument("--db", type=Path, default=ROOT / "data" / "lukubotti.sqlite", help="the store the docs ask")
    args = ap.parse_args()
    if args.docs:
        args.docs.write_text(docs(args.db), encoding="utf-8")
        print(f"wrote {args.docs}")
        return
    for name in SAMPLES:
        print(f"=== {name}\n{render_text(sample(name))}\n")
    timings()


if __name__ == "__main__":
    main()
