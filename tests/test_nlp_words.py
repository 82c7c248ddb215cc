"""nlp/morphology.py, nlp/tokens.py, nlp/matching.py, nlp/roles.py: words as Voikko reads them,
matched whole, never by letters inside other words."""
from __future__ import annotations

from nlp.lexicon import lexicon
from nlp.matching import Unit, token_explained, units_of
from nlp.morphology import guess_bases, lemma_text, passive_verb, readings, restored
from nlp.roles import find_roles
from nlp.tokens import suffix_stems, tokenizer


def tok(text: str):
    return tokenizer()(text)


def test_every_reading_is_kept():
    bases = {r.base for r in readings("henkilöstökulut")}
    assert {"henkilostokulu", "henkilostokulku"} <= bases


def test_proper_nouns_and_places():
    t = tok("Porin")[0]
    assert "paikannimi" in t.proper
    assert not tok("hankala")[0].proper


def test_compound_parts_and_roots():
    r = [r for r in readings("henkilöstökulut") if r.base == "henkilostokulu"][0]
    assert r.parts == ("henkilosto", "kulu")
    assert "osallistua" in readings("osallistunut")[0].roots


def test_words_without_dots_are_restored():
    assert restored("henkilostokuluja")[0].base.startswith("henkilostokul")
    assert restored("paivakotien")[0].base == "paivakoti"
    assert restored("xqzv") == ()


def test_guess_bases_for_words_voikko_lacks():
    assert guess_bases("luokkalaisista") == ["luokkalainen"]
    assert guess_bases("auto") == []


def test_abbreviations_lose_their_case_ending():
    assert "vaka" in suffix_stems("vakan")
    assert "vire" in tok("vire:n")[0].keys


def test_slash_is_its_own_token():
    assert [t.text for t in tok("€/lapsi")] == ["€", "/", "lapsi"]


def test_a_word_is_never_found_inside_another():
    hankala = tok("Hankala juttu")[0]
    assert "hanke" not in hankala.keys
    assert all("hank" not in k or k.startswith("hankala") for u in units_of(hankala) for k in u.keys)
    roles = find_roles(tok("Ihanko totta"), lexicon())
    assert not [r for r in roles if r.role == "project"]


def test_a_compound_is_explained_by_both_sides_and_one_entity():
    t = tok("kirjastokäynnit")[0]
    head, tail = Unit(0, -1), Unit(0, 1)
    assert token_explained(t, {head, tail}, named={head})
    assert not token_explained(t, {head, tail}, named=set())      # two roles alone are not a meaning
    assert not token_explained(t, {head}, named={head})


def test_phrases_win_over_their_words():
    roles = find_roles(tok("mitkä tavoitteet eivät toteutuneet"), lexicon())
    statuses = [r.value for r in roles if r.role == "goal_status"]
    assert statuses == ["Ei toteudu"]
    assert not [r for r in roles if r.role == "negation"]


def test_part_roles_are_only_those_a_compound_part_can_play():
    roles = find_roles(tok("avustusmäärärahasta"), lexicon())
    assert [r.value for r in roles if r.role == "basis"] == ["budget"]
    assert not [r for r in roles if r.role == "negation"]      # 'hyvinvointitoimi|ala' is no 'älä'
    roles = find_roles(tok("hyvinvointitoimiala"), lexicon())
    assert not [r for r in roles if r.role == "negation"]


def test_lemma_text_holds_base_forms_and_parts():
    words = set(lemma_text("Kirjaston käynnit ja kirjastokäynnit").split())
    assert {"kirjasto", "kaynti", "kirjastokaynti"} <= words


def test_passive_verbs_are_told_from_other_words():
    assert passive_verb("tavoitettiin") == "tavoittaa" and passive_verb("järjestettiin") == "jarjestaa"
    assert passive_verb("opiskeli") == "" and passive_verb("lasta") == "" and passive_verb("") == ""
