"""Hand-written traps and near-traps for bench/blind/traps.jsonl (read by make_traps.py).

Each entry: the base question (exactly as in plain.jsonl), the trap question, the word(s) added or
substituted, the kind (a trapwords.toml category), the expected status and why.  Optional:
  alt=[(value, rep, line)]          a figure that would also be right if the changed question is
                                    fully understood (e.g. a foreign column word mapped to its column)
  shifted=(value, rep, line, col)   the changed question has exactly one right figure, another cell
  computed=("sub", [(value, rep, line, col), ...])   X - Y from verified cells ("X ilman Y")
  near=True                         the added words are neutral: the base answer is still right
"""

R = {"T": "heinola-tp2025-hyvinvointipalvelut.txt",
     "Q": "heinola-osavuosikatsaus-2025-q1-hyvinvointipalvelut.txt",
     "S": "heinola-osavuosikatsaus-2024-9kk-hyvinvointi.txt",
     "V": "heinola-osavuosikatsaus-2022-9kk-hyvinvointi.txt"}

HAND = []


def t(base, q, added, kind, status, why, **kw):
    HAND.append({"base": base, "q": q, "added": added, "kind": kind, "status": status, "why": why, **kw})


CITY = "Another municipality: the reports are Heinola's only."
# --- other cities (and neighbours named in the reports' own text) -------------------------------
t("Paljonko opetuksen ja koulutuksen toimintakulut olivat vuonna 2025?",
  "Paljonko Porin opetuksen ja koulutuksen toimintakulut olivat vuonna 2025?", "Porin", "city", "not_found", CITY)
t("varhaiskasvatuksen nettomenojen budjetti vuodelle 2025",
  "hollolan varhaiskasvatuksen nettomenojen budjetti vuodelle 2025", "hollolan", "city", "not_found",
  CITY + " Hollola is named in the reports only as a partner of the integration network.")
t("kirjaston fyysiset käynnit per asukas 2023", "kirjaston fyysiset käynnit per asukas 2023 Tampereella",
  "Tampereella", "city", "not_found", CITY)
t("Paljonko lukiokoulutus maksoi opiskelijaa kohden vuonna 2025?",
  "Paljonko lukiokoulutus maksoi opiskelijaa kohden Sysmässä vuonna 2025?", "Sysmässä", "city", "not_found",
  CITY + " Sysmä appears in the reports only as a partner of the Ohjaamo and refugee work.")
t("kasvatus- ja opetuslautakunnan vuosikate 2025", "Hartolan kasvatus- ja opetuslautakunnan vuosikate 2025",
  "Hartolan", "city", "not_found", CITY)
t("Paljonko hyvinvointilautakunnan toimialan henkilöstökulut olivat tammi-syyskuussa 2024?",
  "Paljonko Orimattilan hyvinvointilautakunnan toimialan henkilöstökulut olivat tammi-syyskuussa 2024?",
  "Orimattilan", "city", "not_found", CITY)
t("perusopetuksen €/asukas tavoite 2025", "perusopetuksen €/asukas tavoite 2025 helsingissä", "helsingissä",
  "city", "not_found", CITY)
t("virikkeellisen elämän toimintakulut tammi–maaliskuu 2025",
  "virikkeellisen elämän toimintakulut tammi–maaliskuu 2025 Heinävedellä", "Heinävedellä", "city", "not_found",
  CITY + " (Heinävesi, not Heinola.)")
t("musiikkiopisto €/asukas 2025", "Kouvolan musiikkiopisto €/asukas 2025", "Kouvolan", "city", "not_found", CITY)
t("Montako prosenttia varhaiskasvatuksen toimintakatteen budjetista oli toteutunut syyskuun loppuun 2024 mennessä?",
  "Montako prosenttia Jyväskylän varhaiskasvatuksen toimintakatteen budjetista oli toteutunut syyskuun loppuun 2024 mennessä?",
  "Jyväskylän", "city", "not_found", CITY)
t("museokohteiden kävijät syyskuun loppuun 2024", "museokohteiden kävijät syyskuun loppuun 2024 Hämeenlinnassa",
  "Hämeenlinnassa", "city", "not_found", CITY + " Hämeenlinna is named only for its administrative court.")
t("Paljonko varhaiskasvatus maksoi lasta kohden vuonna 2024?",
  "Paljonko varhaiskasvatus maksoi lasta kohden Lahdessa vuonna 2024?", "Lahdessa", "city", "not_found", CITY)
t("mikä oli hyvinvointitoimialan vuosikate 30.9.2024", "mikä oli Mikkelin hyvinvointitoimialan vuosikate 30.9.2024",
  "Mikkelin", "city", "not_found", CITY)
t("Paljonko hyvinvointipalvelujen muut toimintatuotot olivat vuonna 2025?",
  "Paljonko Heinolan ja Lahden hyvinvointipalvelujen muut toimintatuotot olivat yhteensä vuonna 2025?",
  ["ja Lahden", "yhteensä"], "city", "not_found", CITY + " Heinola and Lahti together cannot be answered.")
t("opkou ulkopuolinen rahoitus 2025", "opkou ulkopuolinen rahoitus 2025 Tammerfors", "Tammerfors", "city",
  "not_found", CITY + " (Tampere in Swedish.)")

# --- scope ----------------------------------------------------------------------------------------
SCOPE = "A scope the reports do not cover."
t("Kuinka paljon varhaiskasvatuksen toimintakate alitti budjetin 2025?",
  "Kuinka paljon koko maan varhaiskasvatuksen toimintakate alitti budjetin 2025?", "koko maan", "scope",
  "not_found", SCOPE + " National figures are not in Heinola's reports.")
t("Montako prosenttia yhdeksäsluokkalaisista suoritti peruskoulun vuonna 2024?",
  "Montako prosenttia yhdeksäsluokkalaisista suoritti peruskoulun koko Suomessa vuonna 2024?", "koko Suomessa",
  "scope", "not_found", SCOPE)
t("hyte-kertoimen tavoite 2025", "Päijät-Hämeen hyte-kertoimen tavoite 2025", "Päijät-Hämeen", "scope",
  "not_found", SCOPE + " The text says only that Heinola's HYTE-kerroin is the best in the region; no regional figure.")
t("Paljonko opetuksen ja koulutuksen toimintakulut olivat vuonna 2025?",
  "Paljonko koko kaupungin toimintakulut olivat vuonna 2025?", "koko kaupungin", "scope", "not_found",
  SCOPE + " The reports cover the welfare services only, not the whole city's accounts.")
t("perusopetus kustannukset oppilasta kohden 2023", "perusopetus kustannukset oppilasta kohden 2023 valtakunnallisesti",
  "valtakunnallisesti", "scope", "not_found", SCOPE)
t("vuosikatteen toteuma-% hyvinvointipalvelut 2025", "vuosikatteen toteuma-% hyvinvointipalvelut 2025 kuntien keskiarvo",
  "kuntien keskiarvo", "scope", "not_found", SCOPE)

# --- measures the store cannot give ---------------------------------------------------------------
MEAS = "A measure the reports do not give; it must not be dropped."
t("hyvinvointipalveluiden henkilöstökulut 3 kk 2025", "hyvinvointipalveluiden henkilöstökulujen keskiarvo 3 kk 2025",
  "keskiarvo", "measure", "clarify", MEAS + " Average of what (per person, per month)? Nothing to average is printed.")
t("vaka toimintakulut poikkeama 2025", "vaka toimintakulut poikkeama 2025 mediaani", "mediaani", "measure",
  "not_found", MEAS)
t("varhaiskasvatus euroa asukasta kohden 2023", "varhaiskasvatus euroa asukasta kohden 2023 keskihajonta",
  "keskihajonta", "measure", "not_found", MEAS)
t("Paljonko hyvinvointilautakunnan toimialan henkilöstökulut olivat tammi-syyskuussa 2024?",
  "Paljonko hyvinvointilautakunnan toimialan henkilöstökulut olivat kuukausittain tammi-syyskuussa 2024?",
  "kuukausittain", "measure", "not_found", MEAS + " No monthly breakdown is printed.")
t("varhaiskasvatuksen henkilöstökulut tp 2023", "varhaiskasvatuksen henkilöstökulut tp 2023 htv", "htv", "measure",
  "not_found", MEAS + " Person-years are not reported.")
t("varhaiskasvatuksen henkilöstökulut tp 2023", "varhaiskasvatuksen henkilöstökulut per työntekijä tp 2023",
  "per työntekijä", "measure", "not_found", MEAS + " Headcount is not reported.")
t("Paljonko lukiokoulutus maksoi opiskelijaa kohden vuonna 2025?",
  "Paljonko lukiokoulutus maksoi opiskelijaa kohden päivässä vuonna 2025?", "päivässä", "measure", "not_found", MEAS)
t("Paljonko opetuksen ja koulutuksen toimintakulut olivat vuonna 2025?",
  "opetuksen ja koulutuksen toimintakulut per oppilas 2025", "per oppilas", "per_resident", "clarify",
  "The €/oppilas indicator (11 443) is for perusopetus only, while Opetus ja koulutus also has lukio and "
  "musiikkiopisto: no per-oppilas figure of the whole vastuualue.")
t("kasvatus- ja opetuslautakunnan vuosikate 2025", "kasvatus- ja opetuslautakunnan vuosikate 2025 asukasta kohden",
  "asukasta kohden", "per_resident", "not_found",
  "No per-resident indicator exists for the lautakunta's vuosikate (issue 8: never dropped).")
t("Montako prosenttia hyvinvointipalveluiden henkilöstökulujen määrärahasta käytettiin 2025?",
  "Montako prosenttia hyvinvointipalveluiden henkilöstökulujen määrärahasta käytettiin keskimäärin kuukaudessa 2025?",
  "keskimäärin kuukaudessa", "measure", "not_found", MEAS)
t("hyvinvoinnin irtaimen omaisuuden investoinnit tp 2023",
  "hyvinvoinnin irtaimen omaisuuden investointien kasvuprosentti tp 2023", "kasvuprosentti", "measure", "not_found",
  MEAS + " There is no 2022 full-year figure to grow from.")
t("virikkeellisen elämän toimintaan osallistuneiden tavoite 2025",
  "virikkeellisen elämän toimintaan osallistuneiden tavoite 2025 viikoittain", "viikoittain", "measure",
  "not_found", MEAS)
t("harrastemallin kyselyyn vastanneiden alakoululaisten määrä 2024",
  "harrastemallin kyselyyn vastanneiden alakoululaisten keskimääräinen ikä 2024", "keskimääräinen ikä", "measure",
  "not_found", MEAS)
t("Montako digiagenttia alakouluilla toimi syksyllä 2024?",
  "Montako digiagenttia alakouluilla toimi keskimäärin koulua kohden syksyllä 2024?", "keskimäärin koulua kohden",
  "measure", "not_found", MEAS + " The number of schools is not given.")
t("hyvinvointitoimialan vuosikate 1–9/2022", "hyvinvointitoimialan vuosikate 1–9/2022 inflaatiokorjattuna",
  "inflaatiokorjattuna", "measure", "not_found", MEAS)
t("hyty nettomenot budjetti 2025", "hyty nettomenot budjetti 2025 prosentteina bkt:sta", "prosentteina bkt:sta",
  "measure", "not_found", MEAS)
t("hyvinvointipalvelut rahoitustuotot ja -kulut 2025", "hyvinvointipalvelut rahoitustuotot ja -kulut 2025 korkoprosentti",
  "korkoprosentti", "measure", "not_found", MEAS)
t("kirjaston fyysiset käynnit per asukas 2023", "kirjaston fyysiset käynnit per asukas 2023 vilkkaimpana kuukautena",
  "vilkkaimpana kuukautena", "measure", "not_found", MEAS)

# --- foreign column words -------------------------------------------------------------------------
t("Paljonko opetuksen ja koulutuksen toimintakulut olivat vuonna 2025?",
  "opetuksen ja koulutuksen toimintakulut 2025 forecast", "forecast", "foreign", "not_found",
  "'forecast' = ennuste; no report from 2023 on has a forecast column.")
t("Paljonko opetuksen ja koulutuksen toimintakulut olivat vuonna 2025?",
  "opetuksen ja koulutuksen toimintakulut 2025 budget variance", "budget variance", "foreign", "answer",
  "'budget variance' = Poikkeama: the deviation, not the actual.", shifted=(-174254, "T", 325, 4))
t("Paljonko virikkeellisen elämän toimintakuluihin on budjetoitu vuodelle 2025?",
  "virikkeellisen elämän toimintakulut utfall 2025", "utfall", "foreign", "clarify",
  "'utfall' = toteuma; no full-year 2025 actual exists for Virikkeellinen elämä, only 1-3/2025 (the budget "
  "is the wrong figure).", alt=[(-1288943, "Q", 1593)])
t("vaka toimintakulut poikkeama 2025", "vaka toimintakulut prognos 2025", "prognos", "foreign", "not_found",
  "'prognos' = ennuste; none for 2025.")
t("vaka toimintakulut ta 2024", "vaka toimintakulut avvikelse 2024", "avvikelse", "foreign", "clarify",
  "'avvikelse' = deviation; the 1-9/2024 report prints Jäljellä (TA - TOT 9 kk) rather than a deviation.",
  alt=[(-2270892, "S", 157)])
t("hyvinvointitoimialan maksutuotot 1-9/2024", "hyvinvointitoimialan maksutuotot remaining 1-9/2024", "remaining",
  "foreign", "answer", "'remaining' = Jäljellä.", shifted=(183239, "S", 114, 5))
t("opkou toimintatuotot budjetti 2025", "opkou toimintatuotot actual 2025", "actual", "foreign", "answer",
  "'actual' = toteuma (the budget is the wrong figure).", shifted=(1029450, "T", 324, 3))
t("hyvinvointipalvelut myyntituotot tammi-maaliskuu 2025",
  "hyvinvointipalvelut myyntituotot tammi-maaliskuu 2025 year-end forecast", "year-end forecast", "foreign",
  "not_found", "No forecast column in the 1-3/2025 report.")
t("henkilöstökulujen talousarvio 2025 hyvinvointipalvelut", "henkilöstökulujen outturn 2025 hyvinvointipalvelut",
  "outturn", "foreign", "answer", "'outturn' = toteuma, replacing 'talousarvio'.", shifted=(-20889482, "T", 32, 3))
t("virikkeellisen elämän henkilöstökulujen talousarvio 2024",
  "virikkeellisen elämän henkilöstökulujen realization rate 2024", "realization rate", "foreign", "clarify",
  "'realization rate' = toteuma-%; for 2024 only the 1-9/2024 rate exists.", alt=[(73.18, "S", 179)])
t("Paljonko opetuksen ja koulutuksen toimintakulut olivat vuonna 2025?",
  "What were the operating costs of education and training in 2025?", "operating costs", "language", "not_found",
  "Written wholly in English: a short English reply saying Finnish is understood; a figure only if every word "
  "is understood.", alt=[(-18276746, "T", 325)])
t("varhaiskasvatuksen toimintatuotot tilinpäätös 2024", "småbarnspedagogikens verksamhetsintäkter bokslut 2024",
  "verksamhetsintäkter", "language", "not_found",
  "Written wholly in Swedish: a short Swedish reply saying which language is understood.",
  alt=[(516306, "T", 344)])
t("Paljonko lukiokoulutus maksoi opiskelijaa kohden vuonna 2025?", "lukiokoulutus cost per student 2025",
  "cost per student", "language", "clarify", "Mixed Finnish/English.", alt=[(11002, "T", 151)])
t("virikkeellisen elämän toimintakulut tammi–maaliskuu 2025",
  "virikkeellisen elämän toimintakulut återstår tammi–maaliskuu 2025", "återstår", "foreign", "answer",
  "'återstår' = Jäljellä.", shifted=(-3971957, "Q", 1593, 5))
t("hyvinvointipalvelut vuosikate 1-3/2025", "hyvinvointipalvelut vuosikate prognosis 2025", "prognosis", "foreign",
  "not_found", "No forecast for 2025.")
t("Montako prosenttia hyvinvointitoimialan maksettujen avustusten määrärahasta oli käytetty syyskuun 2022 loppuun mennessä?",
  "hyvinvointitoimialan maksettujen avustusten forecast 2022", "forecast", "foreign", "answer",
  "'forecast' = TP Ennuste, which the 1-9/2022 report has.", shifted=(-882400, "V", 205, 7))
t("hyvinvoinnin edistämisen lautakunnan henkilöstökulujen budjetti 2025",
  "hyvinvoinnin edistämisen lautakunnan henkilöstökulut bokslut 2025", "bokslut", "foreign", "not_found",
  "'bokslut' = tilinpäätös; the TP 2025 report has no Hyvinvoinnin edistämisen lautakunta table.")

# --- negation and exclusion -----------------------------------------------------------------------
t("opetuksen ja koulutuksen toimintakate ta 2025", "opetuksen ja koulutuksen toimintakate 2025, ei talousarvio",
  "ei talousarvio", "negation", "answer", "The budget is excluded: the actual is asked.",
  shifted=(-17247296, "T", 326, 3))
t("varhaiskasvatuksen nettomenojen budjetti vuodelle 2025", "varhaiskasvatuksen nettomenot vuodelle 2025, ei budjetti",
  "ei budjetti", "negation", "answer", "The budget is excluded: the actual is asked.", shifted=(-7507509, "T", 346, 3))
t("Paljonko hyvinvointipalvelujen muut toimintatuotot olivat vuonna 2025?",
  "Paljonko hyvinvointipalvelujen toimintatuotot olivat vuonna 2025 ilman muita toimintatuottoja?",
  "ilman muita toimintatuottoja", "negation", "answer",
  "Toimintatuotot minus Muut toimintatuotot (2 906 105 - 159 105); the excluded row is the wrong figure.",
  computed=("sub", [(2906105, "T", 30, 3), (159105, "T", 29, 3)]))
t("henkilöstökulujen talousarvio 2025 hyvinvointipalvelut",
  "hyvinvointipalvelujen toimintakulujen talousarvio 2025 ilman henkilöstökuluja", "ilman henkilöstökuluja",
  "negation", "answer", "Toimintakulut TA minus Henkilöstökulut TA (-40 347 700 - -21 030 400).",
  computed=("sub", [(-40347700, "T", 37, 2), (-21030400, "T", 32, 2)]))
t("paljonko hyvinvointipalvelujen toimintakulut olivat 2025",
  "paljonko hyvinvointipalvelujen toimintakulut olivat 2025 ilman henkilöstökuluja", "ilman henkilöstökuluja",
  "negation", "answer", "Toimintakulut minus Henkilöstökulut, 2025 actual (-39 424 611 - -20 889 482).",
  computed=("sub", [(-39424611, "T", 37, 3), (-20889482, "T", 32, 3)]))
t("Paljonko opetuksen ja koulutuksen toimintakulut olivat vuonna 2025?",
  "opetuksen ja koulutuksen toimintakulut 2025 ilman henkilöstökuluja", "ilman henkilöstökuluja", "negation",
  "not_found", "Opetus ja koulutus 2025 has no Henkilöstökulut row: X - Y cannot be computed.")
t("kasvatus- ja opetuslautakunnan myyntituotot 2025", "kasvatus- ja opetuslautakunnan toimintatuotot 2025 ilman myyntituottoja",
  "ilman myyntituottoja", "negation", "answer", "Toimintatuotot minus Myyntituotot (1 445 197 - 630 649).",
  computed=("sub", [(1445197, "T", 190, 3), (630649, "T", 186, 3)]))
t("kasvatus- ja opetuslautakunnan vuosikate 2025", "kasvatus- ja opetuslautakunnan vuosikate 2025 ilman rahoituseriä",
  "ilman rahoituseriä", "negation", "answer",
  "Vuosikate minus Rahoitustuotot ja -kulut (-25 825 327 - 50 = -25 825 377, the printed toimintakate -25 825 376 "
  "within rounding).", computed=("sub", [(-25825327, "T", 200, 3), (50, "T", 199, 3)]), accept_extra=[-25825376])
t("kasvatus ja opetuslautakunta henkilostokulut tp 2024",
  "kasvatus ja opetuslautakunta toimintakulut tp 2024 pois lukien henkilöstökulut", "pois lukien", "negation",
  "answer", "Toimintakulut TP 2024 minus Henkilöstökulut TP 2024.",
  computed=("sub", [(-27252266, "T", 197, 1), (-17490502, "T", 192, 1)]))
t("Paljonko hyvinvointilautakunnan toimialan henkilöstökulut olivat tammi-syyskuussa 2024?",
  "Paljonko hyvinvointilautakunnan toimialan toimintakulut olivat tammi-syyskuussa 2024 lukuun ottamatta henkilöstökuluja?",
  "lukuun ottamatta", "negation", "answer", "Toimintakulut 9 kk minus Henkilöstökulut 9 kk.",
  computed=("sub", [(-23851118, "S", 124, 4), (-14292729, "S", 119, 4)]))
t("varhaiskasvatuksen henkilöstökulut tp 2023", "varhaiskasvatuksen toimintakulut tp 2023 paitsi henkilöstökulut",
  "paitsi", "negation", "answer", "Toimintakulut TP 2023 minus Henkilöstökulut TP 2023.",
  computed=("sub", [(-8908889, "S", 157, 1), (-6189045, "S", 152, 1)]))
t("Mikä oli hyvinvointipalvelujen toimintakate tilinpäätöksessä 2025?",
  "Mikä oli hyvinvointipalvelujen toimintakate tilinpäätöksessä 2025 lukuun ottamatta varhaiskasvatusta?",
  "lukuun ottamatta varhaiskasvatusta", "negation", "answer",
  "Hyvinvointipalvelut minus its vastuualue Varhaiskasvatus (-36 518 507 - -7 507 509); asking back is also fine.",
  computed=("sub", [(-36518507, "T", 20, 3), (-7507509, "T", 346, 3)]))
t("kasvatus- ja opetuslautakunnan toimintakate tp 2025",
  "kasvatus- ja opetuslautakunnan toimintakate tp 2025 ilman opetusta ja koulutusta", "ilman opetusta ja koulutusta",
  "negation", "answer", "The lautakunta minus Opetus ja koulutus (-25 825 376 - -17 247 296); asking back is also fine.",
  computed=("sub", [(-25825376, "T", 180, 3), (-17247296, "T", 326, 3)]))
t("Paljonko opetuksen ja koulutuksen toimintakulut olivat vuonna 2025?",
  "opetuksen ja koulutuksen toimintakulut 2025, eikä toteuma vaan budjetti", "eikä toteuma", "negation", "answer",
  "The actual is excluded; the budget is asked.", shifted=(-18451000, "T", 325, 2))
t("Paljonko virikkeellisen elämän toimintakuluihin on budjetoitu vuodelle 2025?",
  "virikkeellisen elämän toimintakulut 2025, ei budjetti", "ei budjetti", "negation", "clarify",
  "The budget is excluded; a full-year 2025 actual does not exist, only 1-3/2025.", alt=[(-1288943, "Q", 1593)])
t("hyvinvoinnin edistämisen lautakunta maksutuotot 1-3/2025",
  "hyvinvoinnin edistämisen lautakunta toimintatuotot 1-3/2025 ilman maksutuottoja", "ilman maksutuottoja",
  "negation", "answer", "Toimintatuotot 3 kk minus Maksutuotot 3 kk (358 628 - 125 726).",
  computed=("sub", [(358628, "Q", 963, 4), (125726, "Q", 960, 4)]))
t("varhaiskasvatuksen maksutuotot syyskuun loppuun 2022",
  "varhaiskasvatuksen toimintatuotot syyskuun loppuun 2022 ilman maksutuottoja", "ilman maksutuottoja", "negation",
  "answer", "Toimintatuotot 9 kk minus Maksutuotot 9 kk (628 728 - 313 618).",
  computed=("sub", [(628728, "V", 449, 4), (313618, "V", 441, 4)]))
t("vuosikatteen toteuma-% hyvinvointipalvelut 2025", "vuosikatteen toteuma-% hyvinvointipalvelut 2025 ilman poistoja",
  "ilman poistoja", "negation", "clarify", "Vuosikate does not include depreciation; the exclusion makes no sense as asked.")
t("aineet tarvikkeet ja tavarat hyvinvointipalvelut tp 2025",
  "aineet ja tarvikkeet ilman tavaroita hyvinvointipalvelut tp 2025", "ilman tavaroita", "negation", "not_found",
  "The row is printed only as a whole.")
t("virikkeellisen elämän toimintatuotot 2025", "virikkeellisen elämän toimintatuotot 2025 paitsi kirjasto",
  "paitsi kirjasto", "negation", "not_found", "No breakdown by service (kirjasto) is printed.")
t("kuinka monta aineopiskelijaa lukiossa oli 2025", "kuinka monta opiskelijaa lukiossa oli 2025 ilman aineopiskelijoita",
  "ilman aineopiskelijoita", "negation", "answer",
  "'Lukiossa oli 193 opiskelijaa ja 27 aineopiskelijaa': without the 27 subject students there are 193.",
  shifted=(193, "T", 127, None))
t("Paljonko opetuksen ja koulutuksen toimintakulut olivat vuonna 2025?",
  "opetuksen ja koulutuksen toimintakulut 2025 ilman lukiota", "ilman lukiota", "negation", "not_found",
  "No lukio breakdown in the 2025 tables.")
t("Paljonko hyvinvointitoimialan menoiksi oli talousarviossa 2024 arvioitu?",
  "Paljonko hyvinvointitoimialan menoiksi oli talousarviossa 2024 arvioitu, poislukien varhaiskasvatus?",
  "poislukien varhaiskasvatus", "negation", "answer",
  "Toimiala TA 2024 Toimintakulut minus Varhaiskasvatus TA 2024 Toimintakulut; asking back is also fine.",
  computed=("sub", [(-32611450, "S", 124, 3), (-8409500, "S", 157, 3)]))
t("opkou tulot tp 2024", "opkou tulot tp 2024 ilman musiikkiopistoa", "ilman musiikkiopistoa", "negation",
  "not_found", "No musiikkiopisto breakdown of the financial rows.")

# --- made-up projects and units -------------------------------------------------------------------
MADE = "No such project or unit in the reports (the project table's total row is not a project)."
t("Heinolan harrastemallin toteuttaminen 2024–2025 kokonaisrahoitus", "Kivijärvi-hankkeen kokonaisrahoitus",
  "Kivijärvi-hankkeen", "made_up", "not_found", MADE)
t("Toimintakykyinen peruskoululainen -hankkeen kaupungin rahoitusosuus", "mikä on Satama-hankkeen kaupungin rahoitusosuus",
  "Satama-hankkeen", "made_up", "not_found", MADE)
t("Suomi toisena kielenä -hankkeen kokonaisrahoitus", "Kirjastoauto-hankkeen kokonaisrahoitus 2025",
  "Kirjastoauto-hankkeen", "made_up", "not_found",
  MADE + " The library bus is mentioned in text (Liikkeellä lukemaan), but there is no such project row.")
t("Paljonko kaksivuotisen esiopetuksen kokeiluun (2017 syntyneet) saatiin rahoitusta?",
  "Paljonko Lukuseikkailu-hankkeeseen saatiin rahoitusta?", "Lukuseikkailu-hankkeeseen", "made_up", "not_found", MADE)
t("koronaviruksen vaikutusten tasoittaminen perusopetuksessa hankkeen menojen toteuma %",
  "digiloikka-hankkeen menojen toteuma %", "digiloikka-hankkeen", "made_up", "not_found", MADE)
t("Heinolan harrastemallin toteuttaminen 2024–2025 kokonaisrahoitus", "ohjaamo-hankkeen kokonaisrahoitus",
  "ohjaamo-hankkeen", "made_up", "not_found", MADE + " Ohjaamo is a goal and an activity, not a project row.")
t("Paljonko opetuksen ja koulutuksen toimintakulut olivat vuonna 2025?",
  "Paljonko kulttuuripalvelujen toimintakulut olivat vuonna 2025?", "kulttuuripalvelujen", "made_up", "not_found",
  "No such unit in the reports.")
t("Paljonko opetuksen ja koulutuksen toimintakulut olivat vuonna 2025?",
  "Paljonko Kirkkiksen koulun toimintakulut olivat vuonna 2025?", "Kirkkiksen koulun", "made_up", "not_found",
  "A single school has no table (Kirkkis is named only as a building project).")
t("opetuksen ja koulutuksen toimintakate ta 2025", "sivistystoimen toimintakate ta 2025", "sivistystoimen", "made_up",
  "not_found", "Heinola has no 'sivistystoimi' in these reports.")
t("virikkeellisen elämän toimintakulut tammi–maaliskuu 2025", "Paljonko lintuhoitolan toimintakulut olivat tammi–maaliskuussa 2025?",
  "lintuhoitolan", "made_up", "not_found", "Lintuhoitola has goals but no table of its own.")
t("virikkeellisen elämän henkilöstökulujen talousarvio 2024", "kirjastopalvelujen henkilöstökulujen talousarvio 2024",
  "kirjastopalvelujen", "made_up", "not_found", "Kirjastopalvelut has no table of its own.")
t("varhaiskasvatus palvelujen ostot 1-9/2024", "Rainion päiväkodin palvelujen ostot 1-9/2024", "Rainion päiväkodin",
  "made_up", "not_found", "A single daycare centre has no table (Rainio is mentioned as closed).")
t("Heinolan harrastemallin toteuttaminen 2024–2025 kokonaisrahoitus", "Heinolan harrastekerhot aikuisille -hankkeen kokonaisrahoitus",
  "aikuisille", "made_up", "not_found", MADE + " The project is 'lapsille ja nuorille'.")
t("Heinolan harrastemallin toteuttaminen 2024–2025 kokonaisrahoitus",
  "Koulujen kerhotoiminnan tukeminen 2027 -hankkeen kokonaisrahoitus", "2027", "made_up", "not_found",
  MADE + " No kerhotoiminta project for 2027.")
t("Toimintakykyinen peruskoululainen -hankkeen kaupungin rahoitusosuus",
  "Toimintakykyinen lukiolainen -hankkeen kaupungin rahoitusosuus", "lukiolainen", "made_up", "not_found",
  MADE + " The project is 'Toimintakykyinen peruskoululainen'.")

# --- periods the reports lack ---------------------------------------------------------------------
PER = "A period no report has; the available periods should be listed."
t("Paljonko hyvinvointipalvelujen muut toimintatuotot olivat vuonna 2025?",
  "Paljonko hyvinvointipalvelujen muut toimintatuotot olivat kesäkuussa 2025?", "kesäkuussa", "period", "not_found", PER)
t("kasvatus- ja opetuslautakunnan myyntituotot 2025", "kasvatus- ja opetuslautakunnan myyntituotot Q2 2025", "Q2",
  "period", "not_found", PER)
t("hyvinvointipalvelut myyntituotot tammi-maaliskuu 2025", "hyvinvointipalvelut myyntituotot huhti-kesäkuu 2025",
  "huhti-kesäkuu", "period", "not_found", PER)
t("hyvinvointipalveluiden henkilöstökulut 3 kk 2025", "hyvinvointipalveluiden henkilöstökulut 6 kk 2025", "6 kk",
  "period", "not_found", PER)
t("hyvinvointitoimialan maksutuotot 1-9/2024", "hyvinvointitoimialan maksutuotot 1-6/2024", "1-6/2024", "period",
  "not_found", PER)
t("mikä oli hyvinvointitoimialan vuosikate 30.9.2024", "mikä oli hyvinvointitoimialan vuosikate 30.6.2024",
  "30.6.2024", "period", "not_found", PER)
t("hyvinvointitoimialan myyntituotot tammi–syyskuu 2022", "hyvinvointitoimialan myyntituotot toisella vuosineljänneksellä 2022",
  "toisella vuosineljänneksellä", "period", "not_found", PER)
t("Paljonko opetuksen ja koulutuksen toimintakulut olivat vuonna 2025?",
  "Paljonko opetuksen ja koulutuksen toimintakulut olivat puolivuotiskatsauksessa 2025?", "puolivuotiskatsauksessa",
  "period", "not_found", PER + " There is no half-year report.")
t("virikkeellisen elämän toimintakulut tammi–maaliskuu 2025", "virikkeellisen elämän toimintakulut loka–joulukuu 2025",
  "loka–joulukuu", "period", "not_found", PER)
t("kasvatus- ja opetuslautakunnan vuosikate 2025", "kasvatus- ja opetuslautakunnan vuosikate 2026", "2026", "period",
  "not_found", PER)
t("perusopetus kustannukset oppilasta kohden 2023", "perusopetus kustannukset oppilasta kohden 2019", "2019", "period",
  "not_found", PER + " Indicators start at 2020.")
t("opiskeluhuollon kustannus per oppilas toteutuma 2020", "opiskeluhuollon kustannus per oppilas toteutuma 2023",
  "2023", "period", "not_found", "Opiskeluhuolto moved to the wellbeing county in 2023; the TP 2025 indicator table has no such row.")
t("päiväkotien käyttöaste marraskuussa 2025", "päiväkotien käyttöaste kesäkuussa 2025", "kesäkuussa", "period",
  "not_found", "Käyttöaste 2025 is printed for January-March, October-December and the whole year, not June.")
t("päiväkotien käyttöaste marraskuussa 2025", "päiväkotien käyttöaste huhtikuussa 2025", "huhtikuussa", "period",
  "not_found", "Käyttöaste 2025 is printed for January-March, October-December and the whole year, not April.")
t("vaka toimintakulut ta 2024", "vaka toimintakulut ta 2023", "ta 2023", "period", "not_found",
  "No TA 2023 in any report.")
t("varhaiskasvatus toimintakate 1-9/2021", "varhaiskasvatus toimintakate 1-6/2021", "1-6/2021", "period",
  "not_found", PER)
t("Montako oppilasta Valo-luokassa opiskeli vuoden 2025 lopussa?",
  "Montako oppilasta Valo-luokassa opiskeli vuoden 2024 lopussa?", "2024", "period", "not_found",
  "The Valo class count is printed only for 31.12.2025.")

# --- other subjects -------------------------------------------------------------------------------
SUBJ = "Another sector, not in the welfare-services reports."
t("Paljonko opetuksen ja koulutuksen toimintakulut olivat vuonna 2025?",
  "Paljonko vesihuollon toimintakulut olivat vuonna 2025?", "vesihuollon", "subject", "not_found", SUBJ)
t("hyvinvointipalveluiden henkilöstökulut 3 kk 2025", "sosiaali- ja terveyspalvelujen henkilöstökulut 3 kk 2025",
  "sosiaali- ja terveyspalvelujen", "subject", "not_found", SUBJ + " Social and health care is the wellbeing county's.")
t("hyvinvoinnin irtaimen omaisuuden investoinnit tp 2023", "teknisen toimen irtaimen omaisuuden investoinnit tp 2023",
  "teknisen toimen", "subject", "not_found", SUBJ)
t("hyvinvointitoimiala palvelujen ostot budjetti 2024", "hyvinvointialueen palvelujen ostot budjetti 2024",
  "hyvinvointialueen", "subject", "not_found", "The wellbeing services county (HVA) is not the city.")
t("museokohteiden kävijät syyskuun loppuun 2024", "uimahallin kävijät syyskuun loppuun 2024", "uimahallin",
  "subject", "not_found", "Swimming-hall visitors are not reported.")
t("harrastemallin kyselyyn vastanneiden alakoululaisten määrä 2024", "kouluterveyskyselyyn vastanneiden määrä 2024",
  "kouluterveyskyselyyn", "subject", "not_found", "The school health survey is mentioned without counts.")
t("Paljonko hyte sai ulkopuolista rahoitusta 2024?", "Paljonko seurakunta sai ulkopuolista rahoitusta 2024?",
  "seurakunta", "subject", "not_found", SUBJ)
t("kasvatus- ja opetuslautakunnan vuosikate 2025", "kaupunginhallituksen vuosikate 2025", "kaupunginhallituksen",
  "subject", "not_found", SUBJ)
t("varhaiskasvatus euroa asukasta kohden 2023", "terveydenhuolto euroa asukasta kohden 2023", "terveydenhuolto",
  "subject", "not_found", SUBJ)
t("virikkeellisen elämän toimintaan osallistuneiden tavoite 2025", "vanhuspalvelujen asiakasmäärän tavoite 2025",
  "vanhuspalvelujen", "subject", "not_found", SUBJ)

# --- plausible rows the tables do not have --------------------------------------------------------
ROW = "A plausible row the tables do not have."
t("Paljonko hyvinvointipalvelujen muut toimintatuotot olivat vuonna 2025?",
  "Paljonko hyvinvointipalvelujen verotulot olivat vuonna 2025?", "verotulot", "absent_row", "not_found", ROW)
t("Mikä oli kasvatus- ja opetuslautakunnan palvelujen ostojen budjetti 2025?",
  "Mikä oli kasvatus- ja opetuslautakunnan valtionosuuksien budjetti 2025?", "valtionosuuksien", "absent_row",
  "not_found", ROW)
t("Paljonko hyvinvointilautakunnan toimialan henkilöstökulut olivat tammi-syyskuussa 2024?",
  "Paljonko hyvinvointilautakunnan toimialan palkat olivat tammi-syyskuussa 2024?", "palkat", "absent_row", "clarify",
  "Palkat (wages) are only part of Henkilöstökulut (which include social costs); only Henkilöstökulut is printed.")
t("hyvinvointitoimialan aineet, tarvikkeet ja tavarat TP 2023", "hyvinvointitoimialan energiakulut TP 2023",
  "energiakulut", "absent_row", "not_found", ROW)
t("vire palvelujen ostot TP 2023", "vire vuokrakulut TP 2023", "vuokrakulut", "absent_row", "not_found",
  "The 1-9/2024 tables have no Vuokrakulut row (it exists only in the 1-9/2022 report).")
t("kasvatus- ja opetuslautakunnan myyntituotot 2025", "kasvatus- ja opetuslautakunnan vuokratuotot 2025",
  "vuokratuotot", "absent_row", "not_found", "No Vuokratuotot row in the 2025 tables.")
t("hyvinvointipalvelut rahoitustuotot ja -kulut 2025", "hyvinvointipalvelut korkokulut 2025", "korkokulut",
  "absent_row", "not_found", "Only the combined 'Rahoitustuotot ja -kulut' row is printed.")
t("hyvinvointipalvelujen poistot tp 2024", "hyvinvointipalvelujen valmistus omaan käyttöön tp 2024",
  "valmistus omaan käyttöön", "absent_row", "not_found", ROW)
t("varhaiskasvatuksen henkilöstökulut tp 2023", "varhaiskasvatuksen eläkekulut tp 2023", "eläkekulut", "absent_row",
  "not_found", ROW)
t("hyvinvointipalveluiden henkilöstökulut 3 kk 2025", "hyvinvointipalveluiden sijaiskulut 3 kk 2025", "sijaiskulut",
  "absent_row", "not_found", ROW)
t("kasvatus- ja opetuslautakunnan vuosikate 2025", "kasvatus- ja opetuslautakunnan lainanhoitokulut 2025",
  "lainanhoitokulut", "absent_row", "not_found", ROW)
t("Montako lainaa kirjastosta tehtiin keskimäärin asukasta kohden 2025?",
  "Montako e-kirjaa kirjastosta lainattiin keskimäärin asukasta kohden 2025?", "e-kirjaa", "absent_row", "not_found",
  "Only total loans per resident are printed, not e-books.")

# --- near-traps: neutral words, the base answer stays right ---------------------------------------
NEAR = "Neutral words only: the base answer is still the answer."
t("Paljonko opetuksen ja koulutuksen toimintakulut olivat vuonna 2025?",
  "opetuksen ja koulutuksen toimintakulut 2025, ei talousarvio", "ei talousarvio", "near", "answer",
  "The actual is asked and the budget excluded: the base figure (actual) is right.", near=True)
t("perusopetuksen €/asukas tavoite 2025", "perusopetuksen €/asukas tavoite 2025, ei toteuma", "ei toteuma", "near",
  "answer", "The target is asked; excluding the actual changes nothing.", near=True)
t("kirjaston fyysiset käynnit per asukas 2023", "kirjaston fyysiset käynnit per asukas 2023, ei lainaus", "ei lainaus",
  "near", "answer", "Visits are asked; excluding loans changes nothing.", near=True)
t("kasvatus- ja opetuslautakunnan myyntituotot 2025", "Hei! Kasvatus- ja opetuslautakunnan myyntituotot 2025, kiitos",
  ["Hei", "kiitos"], "near", "answer", NEAR, near=True)
t("varhaiskasvatuksen nettomenojen budjetti vuodelle 2025",
  "Heinolan kaupungin varhaiskasvatuksen nettomenojen budjetti vuodelle 2025", "Heinolan kaupungin", "near",
  "answer", NEAR, near=True)
t("mikä oli hyvinvointitoimialan vuosikate 30.9.2024", "Voisitko kertoa, mikä oli hyvinvointitoimialan vuosikate 30.9.2024?",
  "Voisitko kertoa", "near", "answer", NEAR, near=True)
t("musiikkiopisto €/asukas 2025", "moi, musiikkiopisto €/asukas 2025?", "moi", "near", "answer", NEAR, near=True)
t("virikkeellisen elämän toimintakulut tammi–maaliskuu 2025",
  "Kertoisitko virikkeellisen elämän toimintakulut tammi–maaliskuu 2025, kiitos.", ["Kertoisitko", "kiitos"], "near",
  "answer", NEAR, near=True)
t("hyvinvointitoimialan vuosikate 1–9/2022", "Heinolassa hyvinvointitoimialan vuosikate 1–9/2022", "Heinolassa",
  "near", "answer", NEAR, near=True)
t("varhaiskasvatus euroa asukasta kohden 2023", "kiitos jo etukäteen: varhaiskasvatus euroa asukasta kohden 2023",
  "kiitos jo etukäteen", "near", "answer", NEAR, near=True)
t("opkou ulkopuolinen rahoitus 2025", "opkou ulkopuolinen rahoitus 2025 euroina", "euroina", "near", "answer",
  NEAR + " (The figure is in euros.)", near=True)
t("Kuinka paljon varhaiskasvatuksen toimintakate alitti budjetin 2025?",
  "Kuinka paljon Heinolan varhaiskasvatuksen toimintakate alitti budjetin 2025?", "Heinolan", "near", "answer",
  NEAR, near=True)
t("Montako oppilasta Valo-luokassa opiskeli vuoden 2025 lopussa?",
  "Montako oppilasta Heinolan Valo-luokassa opiskeli vuoden 2025 lopussa?", "Heinolan", "near", "answer", NEAR,
  near=True)
t("virikkeellisen elämän henkilöstökulujen talousarvio 2024", "virikkeellisen elämän henkilöstökulujen talousarvio 2024, ei toteuma",
  "ei toteuma", "near", "answer", "The budget is asked; excluding the actual changes nothing.", near=True)
t("hyvinvointipalveluiden henkilöstökulut 3 kk 2025", "hyvinvointipalveluiden henkilöstökulut 3 kk 2025, ei koko vuosi",
  "ei koko vuosi", "near", "answer", "The 3-month figure is asked; excluding the full year changes nothing.", near=True)
t("hyte-kertoimen tavoite 2025", "Mikä oli kaupungin hyte-kertoimen tavoite 2025?", ["Mikä oli", "kaupungin"], "near",
  "answer", NEAR, near=True)
