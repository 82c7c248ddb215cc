"""bot/presenters/words.py: a change and a deviation in words, by the kind of row (DOMAIN.md signs)."""
from __future__ import annotations

import pytest

from bot.answers.change import change_words, deviation_words, row_kind

NB = "\u00a0"


def test_costs_growing_are_said_to_grow_though_the_signed_difference_is_negative():
    # Hyvinvointipalvelut toimintakulut TP 2024 → TP 2025 (the bare difference is −2 887 432 €)
    assert change_words("cost", -36_537_179, -39_424_611) == f"kasvoivat 2{NB}887{NB}432 € (7,9 %)"
    assert change_words("cost", -8_254_822, -7_923_256) == "pienenivät 331\u00a0566 € (4,0 %)"


def test_income_and_net_directions():
    assert change_words("income", 516_306, 415_747).startswith("pienenivät 100\u00a0559 €")
    assert change_words("income", 415_747, 516_306).startswith("kasvoivat")
    # toimintakate −7 738 516 → −7 507 509: a smaller net cost is better
    assert change_words("net", -7_738_516, -7_507_509) == "parani 231\u00a0007 € (3,0 %)"
    assert change_words("net", -7_507_509, -7_738_516).startswith("heikkeni 231\u00a0007 €")
    assert change_words("other", 1200, 1253, "oppilasta") == "kasvoi 53 oppilasta (4,4 %)"


def test_no_change_zero_start_and_percentages():
    assert change_words("cost", -100, -100) == "pysyivät ennallaan"
    assert change_words("net", -5, -5) == "pysyi ennallaan"
    assert change_words("income", 0, 1000) == "kasvoivat 1\u00a0000 €"          # no percentage of zero
    assert change_words("other", 95.63, 97.1, "%") == "kasvoi 1,47 %-yks."       # points, not per cent
    with pytest.raises(ValueError):
        change_words("kulut", 1, 2)


def test_deviation_words_from_budget_and_actual():
    # Varhaiskasvatus toimintakate 2025: TA −7 850 400, toteuma −7 507 509, printed Poikkeama −342 891
    assert deviation_words("net", budget=-7_850_400, actual=-7_507_509) == "alittui 342\u00a0891 €"
    # Muut toimintakulut, Kasvatus- ja opetuslautakunta: TA −4 228 200, toteuma −4 266 723 (100,91 %)
    assert deviation_words("cost", budget=-4_228_200, actual=-4_266_723) == "ylittyi 38\u00a0523 €"
    # a cost printed positive (an investment's Menot) reads the same by size
    assert deviation_words("cost", budget=270_000, actual=22_976) == "alittui 247\u00a0024 €"
    # income above its estimate, and below it
    assert deviation_words("income", budget=369_000, actual=415_747) == "ylittyi 46\u00a0747 €"
    assert deviation_words("income", budget=2_340_300, actual=2_000_000) == "jäi alle arvion 340\u00a0300 €"
    assert deviation_words("net", budget=-1000, actual=-1000) == "toteutui talousarvion mukaisena"
    assert deviation_words("net", budget=-7_850_400, actual=-8_000_000) == "ylittyi 149\u00a0600 €"


def test_row_kind_by_name_and_side():
    assert row_kind("Toimintakate") == "net"
    assert row_kind("Tilikauden tulos") == "net"
    assert row_kind("Henkilöstökulut") == "cost"
    assert row_kind("Palvelujen ostot") == "cost"
    assert row_kind("Maksutuotot") == "income"
    assert row_kind("Tuet ja avustukset") == "income"
    assert row_kind("Avustukset") == "cost"
    assert row_kind("Vuokrat", section="toimintakulut") == "cost"
    assert row_kind("Muut", section="toimintatuotot") == "income"
    assert row_kind("€/lapsi") == "other"
