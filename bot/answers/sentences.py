"""Numbers in a sentence of running text, and which of them fits the question.

Each number owns the words up to the nearest separator (',', 'ja', 'eli' …): 'vapaana 1,69 %
kaikista varhaiskasvatuspaikoista ja 4,76 % kaikista esiopetuspaikoista' → two numbers with their
own words. Dates, years, ordinals and units inside words ('m2') are not figures. A number next to a
change word ('laskenut 3,4 %') is a change, not the level asked for.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from data import numbers
from data.language import load
from data.text import fold
from nlp.lexicon import lexicon
from nlp.morphology import lemma_sets

WORDS = load("fi")["text"]
FIGURE_TAILS = frozenset(fold(w) for w in WORDS["figure_tails"])
CHANGE = frozenset(fold(w) for w in WORDS["change"])
WHOLE_YEAR = tuple(fold(w) for w in WORDS["whole_year"])
MONTHS = {stem: n for stem, n in lexicon().month_stems.items()}
MONTH_RE = re.compile(r"(?<![a-z])(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")kuu")
DATE_RE = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:(?:19|20)\d{2})?(?:\s*[-–]\s*\d{1,2}\.\d{1,2}\.(?:(?:19|20)\d{2})?)?")
YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
SEPARATOR = re.compile(r",|;|" + "|".join(r"\b" + re.escape(w) + r"\b" for w in WORDS["separators"] if w.isalpha()))


@dataclass
class Num:
    value: float
    printed: str
    start: int
    end: int
    is_pct: bool
    label: str                       # the text between the previous number and this one (folded)
    after: str                       # the 16 characters after it (folded)
    own: str = ""                    # the words that belong to this number alone


@dataclass
class Shape:
    """What the question asks of a number: a change or a level, a count or a percentage, a time."""
    change: bool = False
    count: bool = False
    pct: bool = False
    month: int | None = None
    date: tuple[int, int, int | None] | None = None
    dated: bool = False              # the date is the question's own ('31.3.2025'), not a year's end
    basis: str | None = None         # the column asked ('budget'), None for what happened
    whole_year: bool = False
    years: list[int] = field(default_factory=list)
    months: int | None = None        # a to-date period asked ('q1 2025')
    negated: bool = False            # the question negates something ('ei harrasta')
    euros: bool = False              # the question asks an amount of money ('maksoi', '€')


@functools.lru_cache(maxsize=20_000)
def sentences(text: str) -> tuple[str, ...]:
    return tuple(s for s in SENTENCE_SPLIT.split(text) if s.strip())


@dataclass(frozen=True)
class Words:
    """A text's words: whole words (folded surfaces, base forms, roots) and parts of its compounds."""
    whole: frozenset[str]
    parts: frozenset[str]

    def quality(self, alts) -> float:
        """1 when a whole word says it (or a compound that counts it: 'oppilasmäärä'), else 0. A part of
        another compound ('aine|opiskelija', 'koulunuoriso|työntekijä') names something narrower."""
        return 1.0 if any(alt <= self.whole for alt in alts) else 0.0

    def mentions(self, alts) -> bool:
        """Speaks of it at all, also inside a compound (for following a topic from sentence to sentence)."""
        return any(alt <= self.whole | self.parts for alt in alts)


@functools.lru_cache(maxsize=50_000)
def words_of(text: str) -> Words:
    low = fold(text)
    whole = set(re.findall(r"[a-z0-9]+(?:-[a-z]+)*", low))
    whole.update(w.replace("-", "") for w in list(whole) if "-" in w)
    bases, parts = lemma_sets(text, FIGURE_TAILS)
    whole |= bases
    return Words(frozenset(w for w in whole if len(w) > 1), frozenset(parts))


@functools.lru_cache(maxsize=50_000)
def is_change(text: str) -> bool:
    return bool(set(re.findall(r"[a-z]+", fold(text))) & CHANGE)


def months_in(text: str) -> set[int]:
    return {MONTHS[m] for m in MONTH_RE.findall(fold(text))}


@functools.lru_cache(maxsize=50_000)
def find_numbers(sent: str) -> tuple[Num, ...]:
    """The figures of a sentence with their own words (cached: reports repeat their sentences)."""
    return tuple(_find_numbers(sent))


def _find_numbers(sent: str) -> list[Num]:
    masked = DATE_RE.sub(lambda m: " " * len(m.group(0)), sent)
    masked = re.sub(r"(?<!\d)(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?!\d)", lambda m: " " * len(m.group(0)), masked)
    out, prev = [], 0
    for value, printed, start, end in numbers.iter_numbers_in_text(masked):
        if start and (sent[start - 1].isalpha() or sent[start - 1] in "/-"):
            continue          # 'm2', 'CO2', '/2' – part of a word, not a figure
        if re.match(r"\.\s+[a-zåäö]", sent[end:end + 3]):
            continue          # '2. asteen': an ordinal
        if re.fullmatch(r"(?:19|20)\d{2}", printed.strip()):
            continue          # a year: not a figure, and part of the next number's label
        after = sent[end:end + 16]
        out.append(Num(value, printed, start, end, bool(re.match(r"\s*(%|prosent)", after)), fold(sent[prev:start]),
                       fold(after)))
        prev = end
    own_texts(sent, out)
    return out


def own_texts(sent: str, nums: list[Num]) -> None:
    """Split the words between numbers at separators: the part before the separator belongs to the
    number before, the part after it to the number after; the words before a colon label the number
    after it ('Hyvinvointi-indeksi: 142,3'). The words before the first number are shared by all,
    unless a separator marks them as the first number's own."""
    for i, n in enumerate(nums):
        before = sent[nums[i - 1].end:n.start] if i else sent[:n.start]
        parts = SEPARATOR.split(before)
        head = parts[-1]
        if ":" in head:
            pre, post = head.rsplit(":", 1)
            head = post if re.search(r"[^\W\d]", post) else re.split(r"[:.]", pre)[-1]
        elif not i and len(parts) == 1:
            head = ""
        after = sent[n.end:nums[i + 1].start] if i + 1 < len(nums) else sent[n.end:]
        m = re.search(r",|;|:|\bja\b|\bsekä\b|\beli\b|\bkun\b|\.", after)
        tail = "" if m and after[m.start()] == ":" else (after[:m.start()] if m else after)
        n.own = head + " " + " ".join(tail.split()[:6])


def sentence_years(sent: str) -> set[int]:
    return {int(y) for y in YEAR_RE.findall(sent)}


def _kind_filter(nums: list[Num], shape: Shape) -> list[Num]:
    if not shape.change:
        nums = [n for n in nums if not is_change(n.label[-40:] + " " + n.own)]
    if shape.count:
        return [n for n in nums if not n.is_pct]
    if shape.pct:
        return [n for n in nums if n.is_pct]
    return [n for n in nums if not n.is_pct] or nums


def _month_fit(sent: str, nums: list[Num], shape: Shape, report: dict, passage: str) -> tuple[list[Num], int] | None:
    """Numbers for the month asked: named right before it, dated in it, or — when the text names no
    other month — the report's own period ending in it. None: nothing fits."""
    labelled = [n for n in nums if MONTH_RE.search(n.label)]
    if not shape.month:
        if shape.months:     # 'syyskuun loppuun': a number labelled with that month fits, no other month does
            own = [n for n in labelled if shape.months in months_in(n.label[-40:])]
            if own:
                return own, 2
        return [n for n in nums if n not in labelled], 0
    named = [n for n in nums if shape.month in months_in(n.label[-30:])]
    dated = {int(x) for x in re.findall(r"(?<![\d.])\d{1,2}\.(\d{1,2})\.", sent)}
    if named:
        return named, 2
    if shape.month in dated and not labelled:
        return nums, 2
    if labelled:
        return None
    if report.get("months") != shape.month or months_in(passage) - {shape.month}:
        return None
    return nums, 0


def pick(sent: str, nums: list[Num], shape: Shape, report: dict, terms_in_own, passage: str = "") -> tuple[list[Num], int]:
    """(the numbers that fit the question — one is a figure, several are not —, how exactly the time fits)."""
    nums = _kind_filter(nums, shape)
    if not nums:
        return [], 0
    fit = _month_fit(sent, nums, shape, report, passage)
    if fit is None or not fit[0]:
        return [], 0
    nums, strong = fit
    if shape.whole_year:
        whole = [n for n in nums if any(w in n.label for w in WHOLE_YEAR)]
        if whole:
            nums, strong = whole, 2
    if shape.date:
        d, m, _ = shape.date
        dates = [tuple(map(int, x.split(".")[:2])) for x in re.findall(r"(?<![\d.])\d{1,2}\.\d{1,2}\.", sent)]
        if (d, m) in dates:
            strong = 3
        elif dates:
            return [], 0
    if len(nums) > 1:
        # the one number whose own words say most of the question; a tie leaves them all (no figure)
        scored = sorted(((terms_in_own(n.own), i) for i, n in enumerate(nums)), reverse=True)
        if scored[0][0] > 0 and scored[0][0] > scored[1][0]:
            nums = [nums[scored[0][1]]]
    if len({round(n.value, 6) for n in nums}) == 1:
        nums = nums[:1]
    return nums, strong
