"""A store of several municipalities (a renamed copy of a report beside the original, as
../shared/tools/make_copies.py makes them): each municipality's units are matched alike, a question
naming a municipality gets that municipality's figure, one naming none is asked which."""
import re
from pathlib import Path

import pytest

from bot.engine import Engine
from conftest import build_store
from nlp import entities
from nlp.tokens import tokenizer

TP25 = Path(__file__).resolve().parent.parent / "data" / "reports" / "heinola-tp2025-hyvinvointipalvelut.txt"
UNIT_LINE = re.compile(r"(?m)^(\s*)(Varhaiskasvatus|Opetus ja koulutus|Virikkeellinen elämä)(?=[\s\t]|$)")


def copy_as(town: str, dst: Path, prefix_units: bool) -> Path:
    """The report as another municipality's: its name replaced (and said in a sidecar), and with
    `prefix_units` every unit's name prefixed by the town's, as make_copies.py does."""
    text = TP25.read_text(encoding="utf-8")
    if prefix_units:
        text = UNIT_LINE.sub(lambda m: m.group(1) + town + " " + m.group(2).lower(), text)
    dst.write_text(text.replace("Heinolan", town + "n").replace("Heinola", town), encoding="utf-8")
    dst.with_name(dst.name + ".meta.toml").write_text(f'municipality = "{town}"\n', encoding="utf-8")
    return dst


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("towns")
    paths = [TP25, copy_as("Kakakala", tmp / "kakakala-tp2025.txt", True),
             copy_as("Kakajola", tmp / "kakajola-tp2025.txt", True), copy_as("Sysmä", tmp / "sysma-tp2025.txt", False)]
    db = tmp / "towns.sqlite"
    assert all(s.status == "ok" for s in build_store(paths, db))
    return Engine(db)


def test_units_of_one_shape_are_each_their_own(engine):
    # 'Kakakala varhaiskasvatus' and 'Kakajola varhaiskasvatus' have one shape and are matched once for
    # both by the words they share; each still answers for itself
    for town in ("Kakakala", "Kakajola"):
        r = engine.ask(f"{town} varhaiskasvatus toimintakate 2025")
        assert r.status == "answer" and r.answers[0].org == f"{town} varhaiskasvatus", town
    found = [m for m in entities.find(tokenizer()("kakajola varhaiskasvatus"), engine.state.index) if m.kind == "org"]
    full = {m.entry.name for m in found if m.full}
    assert "Kakajola varhaiskasvatus" in full and "Kakakala varhaiskasvatus" not in full


def test_a_municipality_named_gets_its_own_figure(engine):
    for town, report in (("Kakakalan", "kakakala-tp2025.txt"), ("Heinolan", TP25.name)):
        r = engine.ask(f"{town} varhaiskasvatuksen toimintakate 2025")
        assert r.status == "answer" and r.answers[0].source.report == report, town


def test_none_named_is_asked_which_when_each_holds_it(engine):
    # Heinola and Sysmä both have a unit named Varhaiskasvatus: which municipality's
    r = engine.ask("varhaiskasvatuksen toimintakate 2025")
    assert r.status == "clarify" and not r.answers
    assert {"Heinola", "Sysmä"} <= {o.label for o in r.options}
    r = engine.ask("Sysmän varhaiskasvatuksen toimintakate 2025")
    assert r.status == "answer" and r.answers[0].source.report == "sysma-tp2025.txt"


def test_a_row_of_no_unit_asks_the_municipality_before_the_unit(engine):
    # 'toimintakate 2025' names no unit: in a store of four municipalities the town is asked first,
    # not one list of every municipality's units
    r = engine.ask("toimintakate 2025")
    assert r.status == "clarify" and "Minkä kunnan?" in r.headline
    assert {o.label for o in r.options} == {"Heinola", "Kakakala", "Kakajola", "Sysmä"}
    r = engine.ask("Kakajolan toimintakate 2025")
    assert r.status == "clarify" and "minkä yksikön" in r.headline
    assert all(o.label.startswith("Kakajola") or "Kakajola" not in o.label for o in r.options)


def test_words_from_text_in_several_towns_ask_which_before_any_figure(engine):
    r = engine.ask("päiväkotien käyttöaste koko vuonna 2025")
    assert r.status == "clarify" and not r.answers and "usean kunnan" in r.headline
    assert {"Heinola", "Sysmä"} <= {o.label for o in r.options}
    r = engine.ask(r.options[[o.label for o in r.options].index("Sysmä")].question)
    assert r.status == "answer" and r.answers[0].source.report == "sysma-tp2025.txt"


def test_a_project_total_asks_the_municipality(engine):
    r = engine.ask("tilinpäätös 2025 hankkeet yhteensä kokonaisrahoitus")
    assert r.status == "clarify" and "Minkä kunnan?" in r.headline and not r.answers
    r = engine.ask("Sysmän tilinpäätös 2025 hankkeet yhteensä kokonaisrahoitus")
    assert r.status == "answer" and r.answers[0].source.report == "sysma-tp2025.txt"


def test_the_municipality_of_a_report_from_its_file_name(tmp_path):
    # no sidecar, and a made-up name Voikko does not know: the file's name, confirmed by the text
    text = TP25.read_text(encoding="utf-8").replace("Heinolan", "Kakajolan").replace("Heinola", "Kakajola")
    (tmp_path / "kakajola-tp2025.txt").write_text(text, encoding="utf-8")
    (tmp_path / "raportti-tp2025.txt").write_text(text + "\n", encoding="utf-8")     # 'Raportti' is no name
    towns = {}
    for name in ("kakajola-tp2025.txt", "raportti-tp2025.txt"):
        db = tmp_path / (name + ".sqlite")
        assert all(s.status == "ok" for s in build_store([tmp_path / name], db))
        towns.update({r["name"]: r["municipality"] for r in Engine(db).state.store.reports.values()})
    assert towns["kakajola-tp2025.txt"] == "Kakajola"
    assert towns["raportti-tp2025.txt"] != "Raportti"


def test_units_alike_but_for_their_municipality_are_one_family(engine):
    # one row of the index names both towns' 'X varhaiskasvatus': matched once, copied to each
    index = engine.state.index
    rows = index.families({"varhaiskasvatus"})["varhaiskasvatus"]
    names = [sorted(index.entry(e).name for e in members) for _, _, _, members in rows]
    assert ["Kakajola varhaiskasvatus", "Kakakala varhaiskasvatus"] in names
    # the town's own name names one member only, so that member is matched apart
    rows = index.families({"kakajola"})["kakajola"]
    assert all(len(members) == 1 for _, _, _, members in rows if index.entry(members[0]).kind == "org")


def test_a_deployment_of_one_municipality_answers_for_it(engine):
    # LUKUBOTTI_KUNTA: a question naming no municipality is the deployment's own; one naming another is that one's
    home = Engine(engine.db_path, home="Heinola")
    r = home.ask("varhaiskasvatuksen toimintakate 2025")
    assert r.status == "answer" and r.answers[0].source.report == TP25.name
    r = home.ask("päiväkotien käyttöaste koko vuonna 2025")          # figures from text, searched in its reports
    assert r.status == "answer" and r.answers[0].source.report == TP25.name
    r = home.ask("Sysmän varhaiskasvatuksen toimintakate 2025")
    assert r.status == "answer" and r.answers[0].source.report == "sysma-tp2025.txt"
    r = Engine(engine.db_path, home="Porvoo").ask("varhaiskasvatuksen toimintakate 2025")   # not in the store
    assert r.status == "clarify"
