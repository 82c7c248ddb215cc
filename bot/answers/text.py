"""Figures from the reports' running text: 'montako oppilasta perusopetuksessa oli vuoden 2025 lopussa?'.

A number taken from prose has no arithmetic to check it, so the rules are strict:

* every topic word of the question stands in the sentence that holds the number — or, for at most
  half of them, in the same paragraph or table row (or the lines just above it in PDF text);
* the time fits: the year (named in the sentence, or the report's own year when it names none), a
  month, a date, or the whole year;
* exactly one number is left in the sentence; several → no figure from that sentence;
* different figures from equally good sentences → ask back (which year / which unit), never pick.

The words are looked up in the passages' lemma index (FTS5, exact base forms and compound parts),
never matched letter by letter. With nothing found the caller says which words it did not find.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from data.language import load
from data.text import fold
from nlp.lexicon import lexicon
from nlp.morphology import cases, is_partitive, passive_verb, readings
from nlp.parse import Parse
from nlp.tokens import Token

from .. import formatting as fmt
from ..reply import Answer, Option, Reply, Source
from .common import Ask, clarify, interpretation, not_found, town_choice, towns_clarify
from .sentences import FIGURE_TAILS, WHOLE_YEAR, YEAR_RE, Shape, find_numbers, pick, sentences, words_of

WORDS = load("fi")["text"]
LIGHT = frozenset(fold(w) for w in WORDS["light_verbs"])
PERCENT = frozenset(fold(w) for w in WORDS["percent"])
NOT_TOPIC = {"neutral", "follow_up", "basis", "report_kind", "half_year", "year_end", "level"}
NOT_TOPIC_OPS = {"count", "per", "which", "total", "list"}
CARDINAL_WORDS = frozenset(lexicon().cardinals)          # 'yksi', 'kolmen': numbers the number reader does not read
NEGATIONS = frozenset(fold(w) for w in load("fi")["negation"]["words"] if " " not in w) | {"eivat", "en", "emme"}
WORD_SPLIT = re.compile(r"[a-zåäö]+")
MONTH_WORD = re.compile(r"(?:" + "|".join(sorted(lexicon().month_stems, key=len, reverse=True)) + r")kuussa$")
EURO_AFTER = re.compile(r"\s*(?:€|e\b|eur|euro|milj|mrd|t€|tuhatta)")
# word classes that carry no topic: pronouns, adverbs, conjunctions, adpositions, interjections
NOT_CONTENT = {"asemosana", "seikkasana", "sidesana", "suhdesana", "huudahdussana", "kieltosana"}
UNIT_SIGNS = frozenset(fold(w) for w in WORDS["unit_signs"])
GENERIC_COUNTS = frozenset(fold(w) for w in WORDS["generic_counts"])
BOUNDS = frozenset(fold(w).rstrip(".") for w in WORDS["bounds"])
# words that make a number in prose a budget, a target or a forecast rather than what happened
COLUMN_WORDS = frozenset(ph.words[0] for ph in lexicon().phrases if ph.role == "basis" and len(ph.words) == 1
                         and ph.lang == "fi" and ph.value in ("budget", "target", "forecast")) | \
    frozenset(fold(w) for w in WORDS["column_markers"])
FIGURE_WORDS = frozenset(fold(w) for w in WORDS["figure"])
AMOUNT_QUESTIONS = frozenset(fold(w) for w in load("fi")["neutral"]["question"])


@dataclass
class Term:
    text: str
    alts: list[frozenset[str]]       # any alternative; every word of it must occur
    weight: float = 1.0              # how rare the word is in the reports (a unit's name is common)
    in_sentence: bool = False        # must stand in the figure's own sentence ('ei')
    counted: bool = False            # the thing a count question counts ('montako oppilasta')
    unit: bool = False               # a unit's name ('vire', 'varhaiskasvatuksessa'): may stand beside it
    noun: bool = False               # names a thing (a noun, or a word Voikko does not know)
    owned: bool = False              # a column word ('ennuste', 'varaukset'): in the number's own clause
    i: int = -1                      # the question's token

    def found_in(self, words) -> bool:
        return words.quality(self.alts) > 0

    def quality(self, words) -> float:
        return words.quality(self.alts)


@dataclass
class Candidate:
    value: float | None              # None: the sentence holds several numbers
    sentence: str
    passage: dict
    year: int | None
    in_sentence: float               # how much of the question the sentence itself holds (rare words weigh more)
    time: int                        # 3 the date, 2 the month/whole year, 1 the year named, 0 implied
    pct: bool = False
    unit_word: str = ""
    in_context: bool = True          # every word in the sentence or its context (else only a rival)
    bound: str = ""                  # said with a bound or as an estimate ('lähes', 'yli')


def _alternatives(tok: Token, org_synonyms: dict[str, str]) -> list[frozenset[str]]:
    alts = [frozenset({k}) for k in tok.keys if len(k) > 2]
    alts += [frozenset({root}) for r in tok.readings if len(r.parts) == 1 for root in r.roots if len(root) > 3]
    if len(tok.parts) > 1:
        alts.append(frozenset(p for p in tok.parts if len(p) > 2))
        if tok.parts[-1] in FIGURE_TAILS:      # 'opiskelija|määrä' is a number of students
            alts.append(frozenset({"".join(tok.parts[:-1])}))
    for key in tok.keys | tok.stems:
        if key in org_synonyms:
            alts.append(frozenset({key}))
            alts.append(frozenset(fold(w) for w in re.findall(r"\w+", org_synonyms[key]) if fold(w) not in ("ja", "seka")))
    return [a for a in dict.fromkeys(alts) if a]


def terms(parse: Parse) -> list[Term]:
    """The question's topic words: everything but question words, periods, bases and light verbs."""
    skip = {u.token for r in parse.roles if r.role in NOT_TOPIC or (r.role == "op" and r.value in NOT_TOPIC_OPS)
            for u in r.units if u.whole}
    skip |= {i for i, t in enumerate(parse.tokens) if any(a < t.end and t.start < b for a, b in parse.periods.spans)}
    skip |= set(parse.municipal_tokens)
    syn = lexicon().org_synonyms
    out = []
    negations = {u.token for r in parse.roles if r.role == "negation" for u in r.units}
    unit_tokens = {u.token for m in parse.reading.orgs + parse.reading.areas for u in m.units}
    out += _column_terms(parse, syn)
    for tok in parse.tokens:
        if tok.i in negations and tok.i not in skip:
            out.append(Term(tok.text, [frozenset({"ei"})], in_sentence=True, i=tok.i))   # 'ei harrasta': 'ei' in it too
            continue
        if tok.kind != "word" or tok.i in skip or len(tok.surface) < 3 or set(tok.keys) & LIGHT:
            continue
        if tok.readings and all(r.cls in NOT_CONTENT for r in tok.readings):
            continue      # 'näin', 'jo', 'minulla': not a topic
        is_unit = tok.i in unit_tokens or bool((tok.keys | tok.stems) & set(syn))
        noun = not tok.readings or any(r.cls in ("nimisana", "nimi", "paikannimi", "lyhenne") for r in tok.readings)
        out.append(Term(tok.text, _alternatives(tok, syn), unit=is_unit, noun=noun, i=tok.i))
    counted(parse, out)
    return out


def _column_terms(parse: Parse, syn: dict[str, str]) -> list[Term]:
    """A column word other than the actual or a percentage ('ennuste', 'tavoite', 'varaukset'): the number
    itself must be said with it ('1253, joka oli kuusi oppilasta ennustetta enemmän' is no forecast)."""
    out = []
    for r in parse.roles:
        if r.role == "basis" and r.value not in ("actual", "realization_pct"):
            for u in r.units:
                tok = parse.tokens[u.token]
                out.append(Term(tok.text, _alternatives(tok, syn), in_sentence=True, owned=True, i=tok.i))
    return out


def counted(parse: Parse, ts: list[Term]) -> None:
    """'montako oppilasta …': the thing counted is the first partitive noun after the count word ('kuinka
    moni osallistui tapahtumiin' counts people, not events), and it must stand
    in the figure's own sentence (a sentence about hours in basic education does not count pupils)."""
    at = [u.token for r in parse.roles if r.role == "op" and r.value == "count" for u in r.units]
    if not at:
        return
    thing = next((t for t in sorted(ts, key=lambda t: t.i) if t.i > min(at) and t.noun and not t.unit
                  and is_partitive(parse.tokens[t.i].text)), None)
    if thing is not None:
        thing.in_sentence = thing.counted = True


def counts_other(sent: str, n, ts: list[Term]) -> bool:
    """The number counts something else than the question: '6 tuntia', '7 h / vko' when pupils are
    counted. A unit sign or a noun right after the number names what it counts ('9 kertaa' counts
    the thing asked, as does '741 henkilöä')."""
    thing = next((t for t in ts if t.counted), None)
    m = re.match(r"\s*([^\W\d_]+|[€%$£])", sent[n.end:n.end + 24])
    if thing is None or not m:
        return False
    word = m.group(1)
    if fold(word) in UNIT_SIGNS or not word.isalpha():
        return True
    nouns = [r for r in readings(word) if r.cls in ("nimisana", "lyhenne")]
    if not nouns or any(r.base in GENERIC_COUNTS for r in nouns):
        return False
    return not thing.found_in(words_of(word))


def asks_figure(parse: Parse, ts: list[Term]) -> bool:
    """A question a figure from the text can answer: it asks for an amount (a question word, a count,
    a percentage, a figure word) or names a period — and one topic word alone needs a period."""
    p = parse.periods
    has_period = bool(p.years or p.month or p.date or p.year_end or p.months)
    keys = set().union(*(t.keys | set(t.parts) for t in parse.tokens)) if parse.tokens else set()
    # 'mikä oli', 'paljonko' by their own form: 'missä' is a form of 'mikä' but asks where, not how much
    asking = has_period or "count" in parse.ops or bool(keys & (FIGURE_WORDS | PERCENT)) or any(
        r.role == "neutral" and r.value == "question" and fold(r.text) in AMOUNT_QUESTIONS for r in parse.roles)
    nouns = [t for t in ts if t.noun]
    # a word of a statement the parse could not place ('jos', 'vaikka', 'edes'): not a question about a figure
    # every word the parse could not place must be a topic word the sentence will have to hold: a word of
    # a statement ('jos', 'vaikka', 'edes') or a stray code ('Q4') is no question about a figure
    roled = {u.token for r in parse.roles for u in r.units}
    term_tokens = {t.i for t in ts}
    loose = [i for i in parse.reading.unexplained if i not in roled and i not in term_tokens
             and not set(parse.tokens[i].keys) & LIGHT]
    # a unit's name alone says what the figure is of, not what it is ('opetuksen … 2025')
    units = {u.token for m in parse.reading.orgs + parse.reading.areas for u in m.units if u.whole}
    thing = any(t.i not in units for t in ts if not t.owned)
    return (bool(ts) and asking and bool(nouns) and thing and not loose and not parse.basis_conflict
            and (len(ts) >= 2 or has_period))


def shape_of(parse: Parse) -> Shape:
    p = parse.periods
    date = p.date
    if p.year_end and p.years:
        date = (31, 12, p.years[0])
    keys = set().union(*(t.keys | set(t.parts) for t in parse.tokens)) if parse.tokens else set()
    low = fold(parse.text)
    return Shape(months=p.months, dated=p.date is not None, basis=parse.basis, change="change" in parse.ops, count="count" in parse.ops and not keys & PERCENT,
                 pct=bool(keys & PERCENT) or parse.basis == "realization_pct", month=p.month, date=date,
                 whole_year=any(w in low for w in WHOLE_YEAR),
                 years=list(p.years), negated=any(r.role == "negation" for r in parse.roles),
                 euros=any(r.role == "indicator" and r.value == "euro" for r in parse.roles))


def _fts(term: Term) -> str:
    return " OR ".join("(" + " AND ".join(f'"{w}"' for w in sorted(alt)) + ")" for alt in term.alts if alt)


def search(ask: Ask, ts: list[Term]) -> list[tuple[dict, int]]:
    """Passages with a number holding at least half of the terms, with how many they hold: one query of the
    index a term, then only the passages that hold enough of them are read."""
    held: dict[int, int] = {}
    for t in ts:
        query = _fts(t)
        ids = ask.store.search_ids(query) if query else []
        t.weight = 1.0 / (1 + len(ids)) ** 0.5
        for i in ids:
            held[i] = held.get(i, 0) + 1
    need = max(1, (len(ts) + 1) // 2)
    keep = [i for i, n in held.items() if n >= need]
    rows = ask.store.passages(keep, numbers=True)
    return [(rows[i], held[i]) for i in keep if i in rows]


def row_words(ask: Ask, p: dict):
    """A unit's name may stand beside the figure: in the same table row (the other cells on its line) or
    as the passage's heading ('VAKA:' in the first cell of the row)."""
    same = [o for o in ask.store.passages_near(p["report"], p["line_start"], 0) if o["id"] != p["id"]]
    return words_of(" ".join([o["text"] for o in same] + [p["heading"] or ""]))


def earlier_sentences(ask: Ask, p: dict, sents: list[str], i: int, k: int = 3) -> list[str]:
    """Up to k sentences before sentence i, nearest first: in the same passage, then the passage right
    above it (PDF text breaks a paragraph at blank lines)."""
    out = list(reversed(sents[max(0, i - k):i]))
    if len(out) < k:
        above = [o for o in ask.store.passages_near(p["report"], p["line_start"], 12) if o["id"] != p["id"]
                 and o["line_start"] < p["line_start"] and (o["line_end"] or o["line_start"]) >= p["line_start"] - 3]
        if above:
            out += list(reversed(sentences(above[-1]["text"])))[:k - len(out)]
    return out


def holds_question(ask: Ask, ts: list[Term], inside: list[Term], p: dict, sents: list[str], i: int) -> bool:
    """Every topic word in the figure's sentence — except a unit's name standing beside it, and words the
    sentence inherits from the ones just before it while they speak of the same thing (each shares a word
    of the question with what follows: 'Päiväkotien käyttöaste oli …. Koko vuoden käyttöaste oli 75,99 %.')."""
    missing = [t for t in ts if t not in inside]
    earlier = earlier_sentences(ask, p, sents, i)
    units = [t for t in missing if t.unit]
    if units:
        around = row_words(ask, p)
        before = [words_of(x) for x in earlier]
        if not all(t.found_in(around) or any(t.found_in(w) for w in before) for t in units):
            return False
    rest = [t for t in missing if not t.unit]
    held = set(map(id, inside))
    for sent in earlier:
        if not rest:
            break
        w = words_of(sent)
        if not any(w.mentions(t.alts) for t in ts if id(t) in held):
            break                      # another topic: the chain ends here
        held |= {id(t) for t in ts if t.found_in(w)}
        rest = [t for t in rest if not t.found_in(w)]
    return not rest


def _unit_word(after: str) -> str:
    """A counted noun in the partitive right after the number ('193 opiskelijaa', '741 henkilöä')."""
    m = re.match(r"\s*([a-zåäö]+)", after)
    return m.group(1) if m and re.fullmatch(r"[a-zåäö]{3,16}[aä]", m.group(1)) else ""


def _year_of(sent: str, num_start: int, report: dict) -> tuple[int | None, bool]:
    """The year a number belongs to: the nearest year named before it, else after it, else the report's."""
    before = YEAR_RE.findall(sent[:num_start])
    after = YEAR_RE.findall(sent[num_start:])
    named = int(before[-1]) if before else (int(after[0]) if after else None)
    return named or report.get("year"), named is not None


def candidates(ask: Ask, ts: list[Term], shape: Shape) -> list[Candidate]:
    out = []
    held: dict[str, list[tuple[int, str, list[Term]]]] = {}     # reports repeat their passages …
    made: dict[tuple, Candidate | None] = {}                     # … and a sentence reads alike in a like report
    for p, _ in search(ask, ts):
        report = ask.store.reports.get(p["report"], {})
        sents = sentences(p["text"])
        if p["text"] not in held:
            held[p["text"]] = list(_holding(sents, ts))
        for i, sent, inside in held[p["text"]]:
            key = (sent, p["text"], report.get("year"), report.get("months"), tuple(map(id, inside)))
            if key not in made:
                made[key] = _candidate(ask, sent, p, report, inside, shape)
            c = made[key] and dataclasses.replace(made[key], passage=p)
            if c:
                c.in_context = holds_question(ask, ts, inside, p, sents, i)
                out.append(c)
    return out


def _holding(sents, ts: list[Term]):
    """The sentences with a number that hold at least half of the question (and every word that must
    stand in the sentence itself), with the terms they hold."""
    for i, sent in enumerate(sents):
        if not re.search(r"\d", sent):
            continue
        words = words_of(sent)
        inside = [t for t in ts if t.found_in(words)]
        if len(inside) * 2 >= len(ts) and not any(t.in_sentence and t not in inside for t in ts):
            yield i, sent, inside


def _candidate(ask: Ask, sent: str, p: dict, report: dict, inside: list[Term], shape: Shape) -> Candidate | None:
    nums = find_numbers(sent)
    if not nums:
        return None
    own = lambda text: sum(t.quality(words_of(text)) for t in inside)  # noqa: E731 - a scorer
    nums, time = pick(sent, nums, shape, report, own, p["text"])
    if shape.count:
        nums = [n for n in nums if not counts_other(sent, n, inside)]
    if not nums:
        return None
    year, named = _year_of(sent, nums[0].start, report)
    if shape.years and year not in shape.years:
        return None
    dated = {int(m) for m in re.findall(r"\b\d{1,2}\.(\d{1,2})\.", sent)}
    months = shape.months or (shape.date[1] if shape.date and shape.dated else None)
    if months and ((report.get("months") or 12) != months if not dated else months not in dated):
        return None       # 'q1 2025', '31.3.2025': the report of that period, or a sentence dated in it ('31.3.')
    if _doubtful(sent, nums[0], shape, inside) or (shape.count and _acted_on(ask, sent, nums[0])):
        return None
    if shape.years and not (shape.months or shape.month or shape.date or named or dated) and \
            (report.get("months") or 12) < 12 and _year_reported(ask, year):
        return None       # 'kerhoja pidettiin 128 kertaa' in the 1–3/2025 report is not the year 2025's
    if named and shape.years:
        time = max(time, 1)
    n = nums[0]
    weight = round(sum(t.weight for t in inside), 6)
    before = re.findall(r"[^\W\d_]+", sent[:n.start])[-1:]          # as printed: 'lähes', 'yli'
    return Candidate(n.value if len(nums) == 1 else None, sent.strip(), p, year, weight, time, n.is_pct,
                     "" if n.is_pct else _unit_word(n.after), bound=next((w for w in before if fold(w) in BOUNDS), ""))


def _acted_on(ask: Ask, sent: str, n) -> bool:
    """A count of what an action the question does not name reached ('Konsultoinneilla tavoitettiin 308
    lasta' counts the children the consultations reached, not the children): the number's clause is
    passive and its verb is neither light nor the question's."""
    clause = re.split(r"[.,;:()\d]", sent[:n.start])[-1]
    verbs = {v for w in re.findall(r"[^\W\d_]+", clause)[-3:] if (v := passive_verb(w))}
    asked = {k for t in ask.parse.tokens for k in t.keys}
    return bool(verbs - LIGHT - asked)


def _year_reported(ask: Ask, year: int | None) -> bool:
    """A report of the whole year is in the store (a financial statement): an interim report's number is not
    that year's."""
    return any(r.get("year") == year and (r.get("months") or 12) == 12 for r in ask.store.reports.values())


def _of_another(n, inside: list) -> bool:
    """A count whose thing is named beside the number only as whose it is ('… yksittäisen lapsen asioissa 87'
    counts visits, not children): the counted word stands there in the genitive alone, and no noun follows."""
    thing = next((t for t in inside if t.counted), None)
    if thing is None or _unit_word(n.after):
        return False
    named = [w for w in WORD_SPLIT.findall(n.label + " " + n.own) if thing.found_in(words_of(w))]
    return bool(named) and all(cases(w) == {"omanto"} for w in named)


def _other_column(n, shape: Shape) -> bool:
    """A number said as a budget, a target or a forecast ('on varattu rahaa 200 000 €', 'Mittari: … vähintään
    10') when the question asks what happened: the number's own words name that column."""
    if shape.basis not in (None, "actual", "realization_pct"):
        return False
    words = set(WORD_SPLIT.findall(fold(n.label + " " + n.own)))
    bases = {fold(r.base) for w in words for r in readings(w)} | words
    return bool(bases & COLUMN_WORDS)


def _month_of_its_own(n, shape: Shape) -> bool:
    """A to-date period asked ('1–3/2025') and the number is one month's ('maaliskuussa 75,77 %'; 'syyskuun
    loppuun mennessä' is to date)."""
    if not shape.months or shape.month:
        return False
    return any(MONTH_WORD.match(w) for w in WORD_SPLIT.findall(fold(n.label)))


def _doubtful(sent: str, n, shape: Shape, inside: list) -> bool:
    """A number the sentence may not give as asked: one said 'ei …' when the question negates nothing
    ('… vastasi 660 lasta ja heistä 146 ei harrasta'); one that does not own the question's words while a
    number written as a word stands beside it ('21 oppilasta, joista yksi esiopetuksessa': the word is not
    read as a number); a number of another thing than the question names ('6 tuntia' for pupils); a count
    where euros are asked."""
    own = words_of(n.label + " " + n.own)
    if not all(t.found_in(own) for t in inside if t.owned) or _of_another(n, inside) or _month_of_its_own(n, shape) \
            or _other_column(n, shape):
        return True
    if set(WORD_SPLIT.findall(fold(sent))) & CARDINAL_WORDS and not all(t.found_in(own) for t in inside):
        return True
    if not shape.negated and set(WORD_SPLIT.findall(fold(n.own))) & NEGATIONS:
        return True
    unit = "" if n.is_pct else _unit_word(sent[n.end:n.end + 16].lower())
    if unit:
        bases = {fold(r.base) for r in readings(unit)} | {fold(unit)}
        named = set().union(*(alt for t in inside for alt in t.alts))
        if not bases & (GENERIC_COUNTS | named) and not any(t.found_in(words_of(unit)) for t in inside):
            return True
    return shape.euros and not EURO_AFTER.match(n.after)


def answer(ask: Ask) -> Reply | None:
    """A figure from the text, an ask-back between figures, or None (nothing that holds the question)."""
    ts = terms(ask.parse)
    if not asks_figure(ask.parse, ts):
        return None
    shape = shape_of(ask.parse)
    if ask.store.scope is None and len(ask.store.towns) > 1:
        towns = ask.store.towns_matching(" AND ".join(f"({_fts(t)})" for t in ts if t.alts))
        if len(towns) > 1:     # the question's words in several municipalities' reports: which, before reading
            return towns_clarify(ask, towns, "Kysymyksen sanat ovat")
        if towns:
            ask = dataclasses.replace(ask, store=ask.store.scoped({fold(t) for t in towns}))
    rivals = candidates(ask, ts, shape)
    kind = ask.parse.report_kind            # 'TP 2025', 'tilinpäätöksessä': that kind of report only
    if kind:
        rivals = [c for c in rivals if ask.store.reports.get(c.passage["report"], {}).get("kind") == kind]
    found = [c for c in rivals if c.in_context]
    if not found:
        return None
    best_cov = max(c.in_sentence for c in found)
    cands = [c for c in found if c.in_sentence == best_cov]
    best_time = max(c.time for c in cands)
    cands = [c for c in cands if c.time == best_time]
    # a sentence dated as asked holds another figure of the same words ('Vuoden 2025 aikana … 147' beside
    # '… yhteensä 52 …' that says no time): both are shown, neither picked
    dated = [c for c in found if c.time > best_time and c.value is not None and c.value not in {x.value for x in cands}]
    if dated:
        return between(ask, cands + dated)
    cands.sort(key=lambda c: -(ask.store.reports.get(c.passage["report"], {}).get("rank") or 0))
    if not shape.years:
        # the same words and time in another year's report, even without the rest of the question
        # around it: which year?
        years = sorted({c.year for c in rivals if c.year and c.in_sentence >= best_cov})
        if len(years) > 1:
            options = [Option(str(y), f"{ask.parse.text.rstrip('?')} {y}") for y in years[-6:]]
            return clarify("Luku on raporteissa useammalta vuodelta. Minkä vuoden?", options)
    town = town_choice(ask, [c.passage for c in cands])
    if town:
        return town
    values = {round(c.value, 6) if c.value is not None else ("several", c.sentence) for c in cands}
    if len(values) > 1 or cands[0].value is None:
        return between(ask, cands)
    return figure(ask, cands[0], cands[1:], ts)


def passage_source(p: dict) -> Source:
    return Source(report=p["report"], title=p["report_title"], date=p.get("report_date"), table=p.get("heading"),
                  line=p["line_start"], page=p.get("page"), quote=p["text"][:400], kind="text")


def figure(ask: Ask, c: Candidate, others: list[Candidate], ts: list[Term]) -> Reply:
    p = c.passage
    unit = "%" if c.pct else (c.unit_word or "kpl")
    display = f"{c.bound + ' ' if c.bound else ''}{fmt.number(c.value)} {'%' if c.pct else c.unit_word}".strip()
    src = Source(report=p["report"], title=p["report_title"], date=p.get("report_date"), table=p.get("heading"),
                 line=p["line_start"], page=p.get("page"), quote=c.sentence[:400], kind="text")
    a = Answer(value=c.value, unit=unit, display=display, label=c.sentence[:80], source=src, measure="luku tekstistä",
               year=c.year, basis="actual", verified=False, check="luku on raportin tekstistä")
    reply = Reply("answer", "text", f"{display} — raportin tekstistä: «{c.sentence[:300]}»", answers=[a],
                  interpretation=interpretation(ask, None, "luku raportin tekstistä", None, c.year, None, "text",
                                                " ".join(t.text for t in ts)))
    for o in others:
        if o.passage["report"] != p["report"]:
            reply.note("other_report", f"Sama luku myös: {o.passage['report_title']}, rivi {o.passage['line_start']}.")
    reply.note("unverified", "Huom: luku on poimittu raportin tekstistä, ei taulukosta, joten sitä ei voitu ristiintarkistaa.")
    return reply


def between(ask: Ask, cands: list[Candidate]) -> Reply:
    """Several figures fit equally: ask which unit (or report) is meant, or show them without a figure."""
    labels: dict[str, Candidate] = {}
    for c in cands:
        label = unit_label(ask, c) or ask.store.reports.get(c.passage["report"], {}).get("period") or c.passage["report"]
        labels.setdefault(label, c)
    if len(labels) > 1:
        options = [Option(label, f"{ask.parse.text.rstrip('?')} ({label})") for label in list(labels)[:6]]
        return clarify("Raporteissa on tästä useampi luku. Mitä niistä tarkoitat?", options)
    lines = "; ".join(f"«{c.sentence[:200]}» ({c.passage['report_title']}, rivi {c.passage['line_start']})" for c in cands[:3])
    return not_found("Raporteissa on tästä useampi eri luku, enkä osaa sanoa varmasti, mitä niistä tarkoitat: " + lines)


def unit_label(ask: Ask, c: Candidate) -> str | None:
    """The unit a passage speaks of: 'VAKA:' or 'varhaiskasvatuksessa' in it or just before it."""
    syn = lexicon().org_synonyms
    texts = [c.sentence, c.passage["text"]] + [o["text"] for o in ask.store.passages_near(
        c.passage["report"], c.passage["line_start"], 0) if o["id"] != c.passage["id"]]
    for t in texts:
        words = set(re.findall(r"[a-z]+", fold(t)))
        for key, name in syn.items():
            if len(key) >= 4 and key in words:
                return f"{name[:1].upper() + name[1:]} ({key.upper()})"
    return None
