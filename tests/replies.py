"""Sample replies, one realistic :class:`bot.reply.Reply` of each kind, for the presenters' tests.

Values, rows, lines and headings are taken from the four real reports in data/reports/ (and from
what the current engine answers about them); the notes are what the answers set. The golden files
under tests/golden/ are these replies rendered by the three presenters; docs/answers.md shows them.
"""
from __future__ import annotations

import re

from bot import formatting as fmt
from bot.answers.change import change_words, deviation_words
from bot.reply import (Answer, Cell, Change, Chart, Interpretation, Item, Note, Option, Point, Reply, Series,
                       Source)

TP25 = {"report": "heinola-tp2025-hyvinvointipalvelut.txt",
        "title": "Tilinpäätös 2025 – Hyvinvointipalvelut", "date": "2026-03-09"}
Q125 = {"report": "heinola-osavuosikatsaus-2025-q1-hyvinvointipalvelut.txt",
        "title": "Osavuosikatsaus 1–3/2025 – Hyvinvointipalvelut", "date": None}
K924 = {"report": "heinola-osavuosikatsaus-2024-9kk-hyvinvointi.txt",
        "title": "Osavuosikatsaus 1–9/2024 – Hyvinvointitoimiala", "date": "2024-10-31"}
K922 = {"report": "heinola-osavuosikatsaus-2022-9kk-hyvinvointi.txt",
        "title": "Osavuosikatsaus 1–9/2022 – Hyvinvointilautakunnan toimiala", "date": None}
CHECKED = "täsmää taulukon laskutoimituksiin"
MERGED = ("Vuoden 2024 vertailutiedot on organisaatiouudistuksen vuoksi yhdistelty teknisesti eivätkä ne "
          "ole suoraan vertailukelpoisia.")


def cells(*pairs: tuple) -> tuple[Cell, ...]:
    """('Toteuma 2025', -7507509) → Cell('Toteuma 2025', '−7 507 509 €'); a third item is the unit."""
    return tuple(Cell(p[0], fmt.figure(p[1], p[2] if len(p) > 2 else "EUR")) for p in pairs)


def tp25_row(table: str, line: int, row: str, values: tuple, column: str = "Toteuma 2025") -> Source:
    """A row of a TP 2025 table: Tilinpäätös 2024 · Talousarvio 2025 · Toteuma 2025 · Poikkeama · %."""
    tp24, ta25, tot25, dev, pct = values
    quote = "\t".join([row, *(fmt.number(v).replace("−", "-") for v in values)])
    return Source(**TP25, table=table, line=line, column=column, row=row, quote=quote,
                  cells=cells(("Tilinpäätös 2024", tp24), ("Talousarvio 2025", ta25), ("Toteuma 2025", tot25),
                              ("Poikkeama", dev), ("Toteuma %", pct, "%")))


def euro(value: float, label: str, source: Source, **kw) -> Answer:
    kw.setdefault("verified", True)
    kw.setdefault("check", CHECKED)
    return Answer(value=value, unit="EUR", display=fmt.figure(value, "EUR"), label=label, source=source, **kw)


VAKA_346 = (-7_738_516, -7_850_400, -7_507_509, -342_891, 95.63)


def figure() -> Reply:
    """One figure with its row: the product's first example."""
    src = tp25_row("Varhaiskasvatus", 346, "Toimintakate", VAKA_346)
    a = euro(-7_507_509, "Varhaiskasvatus · Toimintakate · toteuma 2025", src, org="Varhaiskasvatus",
             measure="Toimintakate", year=2025, basis="actual", months=12)
    r = Reply("answer", "figure", "Varhaiskasvatus: Toimintakate 2025: −7 507 509 €", answers=[a],
              interpretation=Interpretation("Tulkitsin: Varhaiskasvatus · Toimintakate · toteuma 2025",
                                            org="Varhaiskasvatus", measure="Toimintakate", year=2025,
                                            years=[2025], basis="actual"))
    words = deviation_words("net", budget=-7_850_400, actual=-7_507_509)
    r.note("deviation", f"Talousarvio 2025 oli −7 850 400 €; toimintakate {words} (toteuma 95,63 %).")
    return r


def figure_to_date() -> Reply:
    """A to-date actual with the year's budget beside it, and a row whose arithmetic does not check."""
    src = Source(**K924, table="Irtain omaisuus", line=204, column="Toteuma 1-9", row="Menot",
                 quote="Menot\t-198 824\t-270 000\t-22 976\t-270 000\t8,5",
                 cells=cells(("TP2023", -198_824), ("TA 2024", -270_000), ("Toteuma 1-9", -22_976),
                             ("Poikkeama", -270_000), ("Toteuma %", 8.5, "%")))
    a = euro(-22_976, "Hyvinvointi · Investointimenot · toteuma 1–9/2024", src, org="Hyvinvointi",
             measure="Investointimenot", year=2024, basis="actual", months=9, verified=False,
             check="ei täsmää: poikkeama = TA − toteuma")
    b = euro(-270_000, "Hyvinvointi · Investointimenot · talousarvio 2024", src, org="Hyvinvointi",
             measure="Investointimenot", year=2024, basis="budget", months=12, role="beside", verified=False,
             check="ei täsmää: poikkeama = TA − toteuma")
    r = Reply("answer", "figure", "Hyvinvointi: Investointimenot 1–9/2024: −22 976 €", answers=[a, b],
              interpretation=Interpretation("Tulkitsin: Hyvinvointi · Investointimenot · toteuma 1–9/2024",
                                            org="Hyvinvointi", measure="Investointimenot", year=2024,
                                            basis="actual", months=9))
    r.note("to_date", "Koko vuoden toteumaa ei vielä ole: luku on ajalta 1–9/2024. "
                      "Talousarvio 2024 (koko vuosi) on −270 000 €; siitä on käytetty 8,5 %.")
    r.note("unverified", "Huom: rivin lukuja ei voitu ristiintarkistaa: raportin poikkeama (−270 000 €) ei ole "
                         "talousarvio − toteuma.")
    return r


def figure_thousands() -> Reply:
    """A figure from a thousands-of-euros column of the 2022 report (its line full of '⏎' debris)."""
    src = Source(**K922, table="VARHAISKASVATUS", line=496, column="TP 2021 1000e", row="TOIMINTAKATE",
                 quote="TOIMINTAKATE -7 479 -5 753 ⏎ -7 762 ⏎ 400 ⏎ -5 491 ⏎ 996 ⏎ -2 270 ⏎ 404 70,80 ⏎ -7 762 ⏎ 400",
                 cells=(Cell("TP 2021 (1000e)", "−7 479"), Cell("TOT 2021 9 kk (1000e)", "−5 753"),
                        Cell("TA 2022 +muutos", "−7 762 400 €"), Cell("TOT 2022 9 kk", "−5 491 996 €"),
                        Cell("Jäljellä", "−2 270 404 €"), Cell("TOT-22 %", "70,8 %"),
                        Cell("TP Ennuste", "−7 762 400 €")))
    a = euro(-7_479_000, "Varhaiskasvatus · Toimintakate · toteuma 2021", src, org="Varhaiskasvatus",
             measure="Toimintakate", year=2021, basis="actual", months=12, scale=1000)
    r = Reply("answer", "figure", "Varhaiskasvatus: Toimintakate 2021: −7 479 000 €", answers=[a],
              interpretation=Interpretation("Tulkitsin: Varhaiskasvatus · Toimintakate · toteuma 2021",
                                            org="Varhaiskasvatus", measure="Toimintakate", year=2021,
                                            basis="actual"))
    r.note("thousands", "Luku on raportissa tuhansina euroina (−7 479 t€), joten se ei ole euron tarkka.")
    return r


def figure_other_report() -> Reply:
    """A figure that another report prints too, across the 2025 reorganisation."""
    src = tp25_row("Hyvinvointipalvelut", 38, "Toimintakate",
                   (-33_250_687, -38_007_400, -36_518_507, -1_488_893, 96.08), column="Tilinpäätös 2024")
    other = Source(**Q125, table="Hyvinvointipalvelut", line=28, column="TP 2024", row="Toimintakate",
                   quote="Toimintakate -33 250 687 -7 778 816 -37 637 400 -8 443 221 -29 194 179 22,43",
                   cells=cells(("TP 2024", -33_250_687), ("TOT 2024 3 kk", -7_778_816),
                               ("TA 2025 +muutos", -37_637_400), ("TOT 2025 3 kk", -8_443_221),
                               ("Jäljellä", -29_194_179), ("TOT-25 %", 22.43, "%")))
    kw = {"org": "Hyvinvointipalvelut", "measure": "Toimintakate", "year": 2024, "basis": "actual", "months": 12}
    a = euro(-33_250_687, "Hyvinvointipalvelut · Toimintakate · toteuma 2024", src, **kw)
    b = euro(-33_250_687, "Hyvinvointipalvelut · Toimintakate · toteuma 2024", other, role="other_report", **kw)
    r = Reply("answer", "figure", "Hyvinvointipalvelut: Toimintakate 2024: −33 250 687 €", answers=[a, b],
              interpretation=Interpretation("Tulkitsin: Hyvinvointipalvelut · Toimintakate · toteuma 2024",
                                            org="Hyvinvointipalvelut", measure="Toimintakate", year=2024,
                                            basis="actual"))
    r.note("other_report", "Sama luku −33 250 687 € on myös raportissa Osavuosikatsaus 1–3/2025 – "
                           "Hyvinvointipalvelut (rivi 28); uudempi raportti on ensin.")
    r.note("merged_comparison", MERGED)
    return r


def _vaka_point(year: int, months: int, value: float, src: Source) -> Answer:
    period = fmt.period("actual", year, months)
    return euro(value, f"Varhaiskasvatus · Toimintakate · {period}", src, org="Varhaiskasvatus",
                measure="Toimintakate", year=year, basis="actual", months=months, role="point")


def series() -> Reply:
    """Yearly toimintakate 2022–2025 where 2022 is only 1–9/2022: a partial point."""
    s22 = Source(**K922, table="VARHAISKASVATUS", line=500, column="TOT 2022 9 kk", row="TOIMINTAKATE",
                 quote="TOIMINTAKATE -7 479 -5 753 ⏎ -7 762 ⏎ 400 ⏎ -5 491 ⏎ 996 ⏎ -2 270 ⏎ 404 70,80")
    s23 = Source(**K924, table="Varhaiskasvatus", line=158, column="TP 2023", row="Toimintakate",
                 quote="Toimintakate\t-7 895 640\t-5 942 601\t-7 913 900\t-5 753 211\t-2 160 689\t72,70")
    s24 = tp25_row("Varhaiskasvatus", 346, "Toimintakate", VAKA_346, column="Tilinpäätös 2024")
    s25 = tp25_row("Varhaiskasvatus", 346, "Toimintakate", VAKA_346)
    points = [_vaka_point(2022, 9, -5_491_996, s22), _vaka_point(2023, 12, -7_895_640, s23),
              _vaka_point(2024, 12, -7_738_516, s24), _vaka_point(2025, 12, -7_507_509, s25)]
    chart = Chart("line", "Varhaiskasvatus: toimintakate 2022–2025", "EUR", (Series("Varhaiskasvatus", (
        Point("1–9/2022", -5_491_996, partial=True), Point("2023", -7_895_640), Point("2024", -7_738_516),
        Point("2025", -7_507_509))),),
        caption="Lähteet: Osavuosikatsaus 1–9/2022; Osavuosikatsaus 1–9/2024 (31.10.2024); "
                "Tilinpäätös 2025 (9.3.2026)")
    r = Reply("answer", "series", "Varhaiskasvatus: Toimintakate 2022–2025", answers=points, chart=chart,
              change=Change("2023", "2025", 388_131, 4.9, change_words("net", -7_895_640, -7_507_509)),
              interpretation=Interpretation("Tulkitsin: Varhaiskasvatus · Toimintakate · toteuma 2022–2025",
                                            org="Varhaiskasvatus", measure="Toimintakate",
                                            years=[2022, 2023, 2024, 2025], basis="actual", operation="series"))
    r.note("partial_point", "Vuodelta 2022 raporteissa on vain osavuoden toteuma 1–9/2022; muutos on laskettu "
                            "vuodesta 2023.")
    r.note("merged_comparison", MERGED)
    return r


def comparison() -> Reply:
    """Two units' toimintakate in one year."""
    opkou = tp25_row("Opetus ja koulutus", 326, "Toimintakate",
                     (-17_262_262, -17_639_300, -17_247_296, -392_004, 97.78))
    vaka = tp25_row("Varhaiskasvatus", 346, "Toimintakate", VAKA_346)
    kw = {"measure": "Toimintakate", "year": 2025, "basis": "actual", "months": 12, "role": "point"}
    answers = [euro(-17_247_296, "Opetus ja koulutus · Toimintakate · toteuma 2025", opkou,
                    org="Opetus ja koulutus", **kw),
               euro(-7_507_509, "Varhaiskasvatus · Toimintakate · toteuma 2025", vaka, org="Varhaiskasvatus", **kw)]
    chart = Chart("bar", "Toimintakate 2025: Opetus ja koulutus ja Varhaiskasvatus", "EUR", (
        Series("Toteuma 2025", (Point("Opetus ja koulutus", -17_247_296), Point("Varhaiskasvatus", -7_507_509))),),
        caption="Lähde: Tilinpäätös 2025 – Hyvinvointipalvelut (9.3.2026), rivit 326 ja 346")
    r = Reply("answer", "comparison", "Toimintakate 2025: Opetus ja koulutus ja Varhaiskasvatus", answers=answers,
              chart=chart,
              interpretation=Interpretation("Tulkitsin: Opetus ja koulutus vs. Varhaiskasvatus · Toimintakate · "
                                            "toteuma 2025", measure="Toimintakate", year=2025, basis="actual",
                                            operation="comparison"))
    r.note("computed", "Opetuksen ja koulutuksen toimintakate oli 9 739 787 € suurempi nettokustannus "
                       "(laskettu raportin luvuista).")
    return r


RANKING_ROWS = (  # line, row, TP 2024, TA 2025, Toteuma 2025, Poikkeama, %, share of Toimintakulut
    (32, "Henkilöstökulut", -20_834_182, -21_030_400, -20_889_482, -140_918, 99.33, 53.0),
    (33, "Palvelujen ostot", -5_693_141, -8_299_100, -7_475_353, -823_747, 90.07, 19.0),
    (36, "Muut toimintakulut", -6_676_920, -6_606_100, -6_655_957, 49_857, 100.75, 16.9),
    (35, "Avustukset", -2_595_293, -3_635_300, -3_641_604, 6_304, 100.17, 9.2),
    (34, "Aineet, tarvikkeet ja tavarat", -737_643, -776_800, -762_216, -14_584, 98.12, 1.9),
)


def ranking() -> Reply:
    """The biggest cost lines of a unit, with their shares."""
    items = []
    for line, row, *values, share in RANKING_ROWS:
        src = tp25_row("Hyvinvointipalvelut", line, row, tuple(values))
        a = euro(values[2], f"Hyvinvointipalvelut · {row} · toteuma 2025", src, org="Hyvinvointipalvelut",
                 measure=row, year=2025, basis="actual", months=12, role="item", section="toimintakulut")
        items.append(Item(row, a, detail=f"{fmt.percent(share)} toimintakuluista"))
    r = Reply("answer", "ranking", "Hyvinvointipalvelut: suurimmat toimintakulut 2025", items=items,
              interpretation=Interpretation("Tulkitsin: Hyvinvointipalvelut · suurimmat kuluerät · toteuma 2025",
                                            org="Hyvinvointipalvelut", year=2025, basis="actual",
                                            operation="ranking"))
    r.note("computed", "Toimintakulut yhteensä −39 424 611 €; osuudet on laskettu raportin luvuista.")
    return r


OVERRUN_ROWS = (  # table, line, row, TP 2024, TA 2025, Toteuma 2025, Poikkeama, %
    ("Hyvinvointipalvelut", 36, "Muut toimintakulut", -6_676_920, -6_606_100, -6_655_957, 49_857, 100.75),
    ("Kasvatus- ja opetuslautakunta", 196, "Muut toimintakulut", -4_429_516, -4_228_200, -4_266_723, 38_523, 100.91),
    ("Hyvinvointipalvelut", 41, "Poistot ja arvonalentumiset", -540_223, -373_600, -385_784, 12_184, 103.26),
    ("Kasvatus- ja opetuslautakunta", 201, "Poistot ja arvonalentumiset", -394_454, -270_400, -282_535, 12_135,
     104.49),
    ("Hyvinvointipalvelut", 35, "Avustukset", -2_595_293, -3_635_300, -3_641_604, 6_304, 100.17),
)


def overrun() -> Reply:
    """Cost lines over their budget, each with its source row."""
    items = []
    for table, line, row, *values in OVERRUN_ROWS:
        src = tp25_row(table, line, row, tuple(values))
        a = euro(values[2], f"{table} · {row} · toteuma 2025", src, org=table, measure=row, year=2025,
                 basis="actual", months=12, role="item", section="toimintakulut")
        words = deviation_words("cost", budget=values[1], actual=values[2])
        items.append(Item(f"{table}: {row}", a, detail=f"talousarvio {fmt.figure(values[1], 'EUR')}; {words}"))
    r = Reply("answer", "overrun", "Talousarvion ylittäneet kulurivit 2025 (5)", items=items,
              interpretation=Interpretation("Tulkitsin: kulurivit vs. talousarvio · toteuma 2025", year=2025,
                                            basis="actual", operation="overrun"))
    r.note("scope", "Toimintakatteen talousarvio ei ylittynyt yhdelläkään yksiköllä vuonna 2025.")
    return r


def kpi() -> Reply:
    """A key indicator in euros per child."""
    src = Source(**TP25, table="Tunnusluvut", line=147, column="Toteutuma 2025", kind="kpi",
                 row="€/lapsi (Heinolan kaikki alle kouluikäiset)",
                 quote="€/lapsi (Heinolan kaikki alle kouluikäiset)\t12 242€\t12 583€\t13 383 €\t12 247 €",
                 cells=cells(("Toteutuma 2023", 12_242, "EUR/lapsi"), ("Toteutuma 2024", 12_583, "EUR/lapsi"),
                             ("Tavoite 2025", 13_383, "EUR/lapsi"), ("Toteutuma 2025", 12_247, "EUR/lapsi")))
    a = Answer(12_247, "EUR/lapsi", fmt.figure(12_247, "EUR/lapsi"),
               "Varhaiskasvatus · €/lapsi (Heinolan kaikki alle kouluikäiset) · toteuma 2025", src,
               org="Varhaiskasvatus", measure="€/lapsi", year=2025, basis="actual", months=12,
               verified=False, check="tunnusluku: ei laskutoimitusta tarkistukseen")
    r = Reply("answer", "kpi", "Varhaiskasvatus €/lapsi 2025: 12 247 €/lapsi", answers=[a],
              interpretation=Interpretation("Tulkitsin: tunnusluku Varhaiskasvatus €/lapsi (Heinolan kaikki alle "
                                            "kouluikäiset) · toteuma 2025", org="Varhaiskasvatus",
                                            measure="€/lapsi", year=2025, basis="actual"))
    r.note("target", "Tavoite 2025 oli 13 383 €/lapsi; toteuma jäi 1 136 €/lapsi tavoitetta pienemmäksi.")
    r.note("scope", "Luku koskee Heinolan kaikkia alle kouluikäisiä lapsia.")
    return r


VAKA_PROJECT = ("Varhaiskasvatuksen koulutuksellista tasa-arvoa ja yhdenvertaisuutta edistävien "
                "toimenpiteiden kehittäminen")


def project() -> Reply:
    """One project's funding with its funder and period."""
    src = Source(**TP25, table="Hankkeet", line=289, column="Hankkeen kokonaisrahoitus", kind="project",
                 row=VAKA_PROJECT, quote=f"Hyvinvoinnin kasvu\t{VAKA_PROJECT}\t…\t143 620\t20 %\t84 %",
                 cells=(Cell("Hankkeen kokonaisrahoitus", "143 620 €"), Cell("Kaupungin rahoitusosuus %", "20 %"),
                        Cell("Menojen toteuma %", "84 %")))
    a = euro(143_620, f"{VAKA_PROJECT} · kokonaisrahoitus", src, measure="kokonaisrahoitus", year=2025,
             verified=False, check="hankkeen luku: ei laskutoimitusta tarkistukseen")
    share = Answer(20, "%", "20 %", "kaupungin rahoitusosuus", src, role="part")
    spent = Answer(84, "%", "84 %", "menojen toteuma", src, role="part")
    items = [Item("Rahoittaja", detail="OKM"),
             Item("Kausi", detail="lukuvuodet 2024–2025 ja 2025–2026; jatkorahoitus lukuvuodelle 2026–2027"),
             Item("Kaupungin rahoitusosuus", share),
             Item("Menojen toteuma", spent, detail="lukuvuosien 2024–2025 ja 2025–2026 rahoituksesta"),
             Item("Tilanne", detail="Varhaiskasvatuksen osalta hanke etenee suunnitellusti.")]
    return Reply("answer", "project", f"{VAKA_PROJECT}: kokonaisrahoitus 143 620 €", answers=[a], items=items,
                 interpretation=Interpretation("Tulkitsin: hanke · kokonaisrahoitus · Tilinpäätös 2025",
                                               measure="kokonaisrahoitus", year=2025, operation="project"))


PROJECTS = (  # line, name, total, funder, city's share
    (289, VAKA_PROJECT, 143_620, "OKM", "20 %"),
    (290, "Esi- ja perusopetuksen oppimisen tuen, inkluusion, tasa-arvon ja yhdenvertaisuuden kehittäminen",
     381_380, "OKM", "20 %"),
    (291, "Koulujen kerhotoiminnan tukeminen (2024–2025)", 18_572, "OPH", "30 %"),
    (292, "Koulujen kerhotoiminnan tukeminen (2025–2026)", 9_000, "OPH", "30 %"),
    (296, "Toimintakykyinen peruskoululainen", 15_000, "AVI", "40 %"),
    (297, "Yhteisöllisen opiskeluhuollon vahvistaminen ja kehittäminen", 42_369, "OKM", "30 %"),
    (298, "Oppimisen tukeminen Heinolan lukio", 18_839, "OPH", "10 %"),
    (299, "Suomi toisena kielenä", 115_991, "OPH", "vähintään 14 %"),
)


def projects() -> Reply:
    """A list of projects with their funding and funders."""
    items = []
    for line, name, total, funder, share in PROJECTS:
        src = Source(**TP25, table="Hankkeet", line=line, column="Hankkeen kokonaisrahoitus", kind="project",
                     row=name)
        a = euro(total, f"{name} · kokonaisrahoitus", src, measure="kokonaisrahoitus", year=2025, role="item",
                 verified=False, check="hankkeen luku: ei laskutoimitusta tarkistukseen")
        items.append(Item(name, a, detail=f"rahoittaja {funder}, kaupungin osuus {share}"))
    r = Reply("answer", "projects", "Hankkeet 2025: 8 hanketta, kokonaisrahoitus yhteensä 744 771 €", items=items,
              interpretation=Interpretation("Tulkitsin: hankkeet · Tilinpäätös 2025", year=2025,
                                            operation="projects"))
    r.note("computed", "Yhteensä-rivi 744 771 € (rivi 300) täsmää hankkeiden summaan.")
    return r


GOALS = (  # line, goal, indicator, status
    (99, "Lasten ja nuorten hyvinvointi lisääntyy.",
     "Lasten ja nuorten kokema tyytyväisyys elämään. (Kyselyt, kouluterveyskysely, kiusaamiskysely)", "Toteutuu"),
    (100, "Kotouttamisessa yhteistyö on tuloksellista.",
     "Heinolassa asuvien ulkomaan kansalaisten määrä 30.9.2025 (% / asukkaiden lukumäärä).", "Toteutuu"),
    (101, "Kansainväliset asiakasryhmät huomioidaan palveluissa.",
     "Asiakaskokemukset asiakaskyselyissä ja palautteissa.", "Toteutuu osittain"),
    (102, "Talouden suunnittelu on ennakoivaa ja käyttötalous on tasapainossa.",
     "Henkilöstömäärän kehitys. (Toimintakate; osavuosikatsaukset, tilinpäätös)", "Toteutuu"),
)


def goals() -> Reply:
    """A unit's goals with their status and indicator."""
    items = [Item(goal, detail=f"Mittari: {indicator}", status=status, full_text=goal,
                  source=Source(**TP25, table="Palvelualueen tavoitteet 2025", line=line, kind="goal",
                                row=goal, column="Tila"))
             for line, goal, indicator, status in GOALS]
    r = Reply("answer", "goals", "Hyvinvointipalvelut: tavoitteet 2025 (4)", items=items,
              interpretation=Interpretation("Tulkitsin: Hyvinvointipalvelut · tavoitteet · 2025",
                                            org="Hyvinvointipalvelut", year=2025, operation="goals"))
    r.note("scope", "Tila 31.12.2025: Toteutuu 3, Toteutuu osittain 1.")
    return r


OPPILAAT = ("Perusopetuksen oppilasmäärä 31.12.2025 oli 1253, joka oli kuusi oppilasta tammikuun 2025 "
            "ennustetta enemmän.")


def text() -> Reply:
    """A figure from the running text: unverified."""
    src = Source(**TP25, table=None, line=127, kind="text", quote=OPPILAAT)
    a = Answer(1253, "oppilasta", "1 253 oppilasta", "perusopetuksen oppilasmäärä 31.12.2025", src,
               measure="oppilasmäärä", year=2025, verified=False, check="tekstistä poimittu luku")
    r = Reply("answer", "text", "Perusopetuksen oppilasmäärä 31.12.2025: 1 253 oppilasta", answers=[a],
              interpretation=Interpretation("Tulkitsin: luku raportin tekstistä · oppilasmäärä 31.12.2025",
                                            measure="oppilasmäärä", year=2025))
    r.note("unverified", "Huom: luku on poimittu raportin tekstistä, ei taulukosta, joten sitä ei voitu "
                         "ristiintarkistaa.")
    return r


def clarify() -> Reply:
    """Ask back which unit; one option's label is long."""
    units = [("Hyvinvointipalvelut", "hyvinvointipalvelujen"),
             ("Kasvatus- ja opetuslautakunta", "kasvatus- ja opetuslautakunnan"),
             ("Opetus ja koulutus", "opetuksen ja koulutuksen"), ("Varhaiskasvatus", "varhaiskasvatuksen"),
             ("Palvelualuejohtajan vastuualue (Hyvinvointipalvelut)", "palvelualuejohtajan vastuualueen"),
             ("Hyvinvoinnin edistämisen lautakunta", "hyvinvoinnin edistämisen lautakunnan")]
    options = [Option(label, f"{gen} toimintakate 2025") for label, gen in units]
    return Reply("clarify", "clarify", "Toimintakate 2025: minkä yksikön?", options=options,
                 interpretation=Interpretation(measure="Toimintakate", year=2025))


def not_found() -> Reply:
    """A figure the reports do not have, with what they do have as options."""
    r = Reply("not_found", "not_found", "Varhaiskasvatuksen toimintakatetta ajalta 1–3/2025 ei ole raporteissa.",
              options=[Option("Toimintakate 2025 (tilinpäätös)", "varhaiskasvatuksen toimintakate 2025"),
                       Option("Talousarvio 2025", "varhaiskasvatuksen toimintakatteen talousarvio 2025"),
                       Option("Hyvinvointipalvelut 1–3/2025", "hyvinvointipalvelujen toimintakate 1–3/2025")],
              interpretation=Interpretation(org="Varhaiskasvatus", measure="Toimintakate", year=2025, months=3))
    r.note("available", "Varhaiskasvatukselle on raporteissa: toteuma 2025, talousarvio 2025, poikkeama 2025 ja "
                        "toteuma-% 2025. Osavuosikatsaus 1–3/2025 kertoo luvut vain koko Hyvinvointipalveluista ja "
                        "lautakunnista.")
    return r


def help_() -> Reply:
    """What can be asked: units by level, rows, years, reports; example questions as options."""
    items = [Item("Palvelualue", detail="Hyvinvointipalvelut"),
             Item("Lautakunnat", detail="Kasvatus- ja opetuslautakunta, Hyvinvoinnin edistämisen lautakunta"),
             Item("Vastuualueet", detail="Palvelualuejohtajan vastuualue, Varhaiskasvatus, Opetus ja koulutus, "
                                         "Virikkeellinen elämä, Hyvinvoinnin ja työllisyyden edistäminen"),
             Item("Rivit", detail="Toimintatuotot, Toimintakulut, Toimintakate, Henkilöstökulut, Palvelujen "
                                  "ostot, Avustukset, Vuosikate, Tilikauden tulos, tunnusluvut, hankkeet, tavoitteet"),
             Item("Vuodet", detail="2021–2025"),
             Item("Raportit", detail="Tilinpäätös 2025 (9.3.2026), Osavuosikatsaus 1–3/2025, Osavuosikatsaus "
                                     "1–9/2024 (31.10.2024), Osavuosikatsaus 1–9/2022")]
    examples = ["varhaiskasvatuksen toimintakate 2025", "varhaiskasvatuksen toimintakate 2022–2025",
                "hyvinvointipalvelujen suurimmat toimintakulut 2025", "varhaiskasvatus €/lapsi 2025"]
    return Reply("help", "help", "Kysy luku Heinolan hyvinvointipalvelujen raporteista: mitä, minkä yksikön ja "
                                 "minkä vuoden.", items=items, options=[Option(q, q) for q in examples])


SAMPLES = {
    "figure": figure, "figure_to_date": figure_to_date, "figure_thousands": figure_thousands,
    "figure_other_report": figure_other_report, "series": series, "comparison": comparison,
    "ranking": ranking, "overrun": overrun, "kpi": kpi, "project": project, "projects": projects,
    "goals": goals, "text": text, "clarify": clarify, "not_found": not_found, "help": help_,
}


_DIGIT_GROUP = re.compile(r"(?<=\d) (?=\d{3}\b)")


def as_formatted(reply: Reply) -> Reply:
    """Digit groups in the typed headline and notes as the formatter prints them (no-break spaces)."""
    reply.headline = _DIGIT_GROUP.sub("\u00a0", reply.headline)
    reply.notes = [Note(n.kind, _DIGIT_GROUP.sub("\u00a0", n.text)) for n in reply.notes]
    return reply


def sample(name: str) -> Reply:
    return as_formatted(SAMPLES[name]())


def all_replies() -> dict[str, Reply]:
    return {name: sample(name) for name in SAMPLES}
