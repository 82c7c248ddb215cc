"""Periods by rule: years, year ranges, months to date, bare months, quarters, half-years and dates.

'2025', '2021–2025', '1–9/2024', '9 kk', 'tammi–syyskuu 2024', 'syyskuun loppuun', 'kolmen ensimmäisen
kuukauden', 'kesäkuu 2025', 'helmikuussa', 'Q2', 'toisella neljänneksellä', 'puolivuotiskatsaus',
'31.12.2024', 'vuoden lopussa', 'viime vuonna'. Every rule records the characters it read, so the
parser knows which words the period accounts for. Month and quarter words come from data/lang/fi.toml.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from data.text import fold

from .lexicon import Lexicon

YEAR = r"(?:19|20)\d{2}"
DASH = r"\s*[-–—]\s*"


@dataclass
class Periods:
    years: list[int] = field(default_factory=list)
    year_range: tuple[int, int] | None = None
    months: int | None = None           # to date: 1–months, cumulative from January
    month: int | None = None            # one month alone ('kesäkuu 2025', 'helmikuussa')
    quarter: int | None = None          # one quarter alone (Q2 = months 4–6); Q1 is months 1–3 to date
    month_range: tuple[int, int] | None = None   # months not from January ('kesä–elokuu')
    date: tuple[int, int, int | None] | None = None    # 31.12.2024 → (31, 12, 2024)
    year_end: bool = False
    to_date_years: list[int] = field(default_factory=list)   # years read as '1–9/2024': no plain year beside them
    spans: list[tuple[int, int]] = field(default_factory=list)
    read_from: dict[str, str] = field(default_factory=dict)

    @property
    def any(self) -> bool:
        return bool(self.years or self.year_range or self.months or self.month or self.quarter or self.date)

    @property
    def to_month(self) -> int | None:
        """The months from January asked: a to-date period ('1–9/2024') or the month of a date ('30.9.2024')."""
        return self.months or (self.date[1] if self.date else None)

    @property
    def only_period(self) -> bool:
        """A single month or a quarter other than the first: not a to-date period of any report."""
        return self.month is not None or self.month_range is not None or (self.quarter is not None and self.quarter > 1)


def fold_same_length(text: str) -> str:
    """Folded text with the same character offsets as the original."""
    out = []
    for ch in text:
        f = fold(ch)
        out.append(f if len(f) == 1 else ch.lower()[:1])
    return "".join(out)


class PeriodReader:
    def __init__(self, lex: Lexicon, today: dt.date | None = None) -> None:
        self.lex = lex
        self.today = today or dt.date.today()
        w = lex.period_words
        one = lambda words: "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # noqa: E731
        stems, kuu = one(lex.month_stems), w["month_suffix"]
        self.month_re = re.compile(r"(?<![a-z])(" + stems + r")" + kuu + r"(\w*)")
        self.range_re = re.compile(r"(?<![a-z])(" + stems + r")(?:" + kuu + r"\w*)?" + DASH + r"(" + stems + r")" + kuu + r"\w*")
        after = r"(?:\s+(?:" + one(w["after_period"]) + r"))?"
        self.first_months_re = re.compile(r"(?<![a-z])(" + one(lex.cardinals) + r")\s+(?:" + w["first_stem"] + r"\w*\s+)?"
                                          + w["month_stem"] + r"\w*" + after)
        # 'syyskuun loppuun', 'syyskuun 2024 loppuun mennessä': to the end of the month, from January
        self.month_end_re = re.compile(self.month_re.pattern + r"(?:\s+(" + YEAR + r"))?\s+(?:" + one(w["to_end"]) + r")")
        ends = one(lex.year_end["ends"])
        self.year_end_re = re.compile(r"(?<![a-z])(?:" + one(lex.year_end["year_word"]) + r")(?:\s+" + YEAR + r")?\s+(?:"
                                      + ends + r")|(?:"
                                      + one(lex.year_end["turn"]) + r")\w*")
        self.relative_re = re.compile(r"(?<![a-z])(" + one(lex.relative_years) + r")\s+(?:"
                                      + "|".join(x + r"\w*" for x in w["year_stems"]) + r")")
        ords = "|".join(re.escape(k) for k in sorted(lex.quarter_ordinals, key=len, reverse=True))
        qwords = "|".join(sorted(lex.quarter_words, key=len, reverse=True))
        self.half_res = [re.compile(r"(?<![a-z])" + r"\w*\s+".join(map(re.escape, ph.words)) + r"\w*")
                         for ph in lex.phrases if ph.role == "half_year"]
        self.quarter_re = re.compile(r"(?<![a-z\d])(" + ords + r")\w*\s+(?:vuosi)?(" + qwords + r")\w*" + after)

    def read(self, text: str, tokens: list | None = None) -> Periods:
        p = Periods()
        low = fold_same_length(text)
        for rule in (self._to_date, self._month_range, self._year_range, self._date, self._years,
                     self._kk, self._quarter_q, self._quarter_words, self._first_months, self._month_end,
                     self._months, self._half, self._year_end, self._relative):
            rule(low, p)
        if tokens:
            self._quarter_tokens(tokens, p)
        for what, where in list(p.read_from.items()):       # as written, not folded: 'kesäkuu'
            if re.fullmatch(r"\d+:\d+", where):
                a, b = map(int, where.split(":"))
                p.read_from[what] = text[a:b].strip()
        return p

    def _quarter_tokens(self, tokens: list, p: Periods) -> None:
        """'toisella neljänneksellä': an inflected ordinal before a quarter word (by base form)."""
        after = set(self.lex.period_words["after_period"])
        for i, (prev, tok) in enumerate(zip(tokens, tokens[1:])):
            if not set(tok.keys) & self.lex.quarter_words or any(a < tok.end and tok.start < b for a, b in p.spans):
                continue
            for key in prev.keys:
                if key in self.lex.quarter_ordinals:
                    self._set_quarter(p, self.lex.quarter_ordinals[key])
                    nxt = tokens[i + 2] if i + 2 < len(tokens) else None      # '… neljänneksen jälkeen'
                    end = nxt.end if nxt is not None and (set(nxt.keys) | {nxt.surface}) & after else tok.end
                    p.spans.append((prev.start, end))
                    p.read_from.setdefault("period", f"{prev.text} {tok.text}")
                    return

    @staticmethod
    def _take(p: Periods, m: re.Match, what: str, group: int = 0) -> None:
        p.spans.append((m.start(group), m.end(group)))
        p.read_from.setdefault(what, f"{m.start(group)}:{m.end(group)}")   # the question's own words, below

    def _free(self, p: Periods, m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in p.spans)

    def _to_date(self, low: str, p: Periods) -> None:
        """'1–9/2024'; two of the same length ('1–3/2024 ja 1–3/2025') are those months of two years.
        Two of different lengths are not compared, nor a plain year beside one: the other is left unread,
        so the reply names it and asks."""
        found = [m for m in re.finditer(r"(?<![\d.])1" + DASH + r"(\d{1,2})\s*[/.]\s*(" + YEAR + r")(?::[a-zåäö]+)?(?!\d)", low)
                 if 1 <= int(m.group(1)) <= 12]
        for m in found:
            if p.months not in (None, int(m.group(1))):
                break
            p.months = int(m.group(1))
            p.years = list(dict.fromkeys(p.years + [int(m.group(2))]))
            p.to_date_years.append(int(m.group(2)))
            self._take(p, m, "period")

    def _month_range(self, low: str, p: Periods) -> None:
        m = self.range_re.search(low)
        if m and self._free(p, m):
            start, end = self.lex.month_stems[m.group(1)], self.lex.month_stems[m.group(2)]
            if start == 1:
                p.months = p.months or end
            elif end - start == 2 and end % 3 == 0:
                p.quarter = p.quarter or end // 3
            else:
                p.month_range = p.month_range or (start, end)
            self._take(p, m, "period")

    def _year_range(self, low: str, p: Periods) -> None:
        m = re.search(r"(?<!\d)(" + YEAR + r")" + DASH + r"(" + YEAR + r")(?!\d)", low)
        if m and self._free(p, m) and int(m.group(1)) < int(m.group(2)):
            p.year_range = (int(m.group(1)), int(m.group(2)))
            self._take(p, m, "years")

    def _date(self, low: str, p: Periods) -> None:
        m = re.search(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(" + YEAR + r")?(?![\d])", low)
        if m and self._free(p, m) and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 31:
            year = int(m.group(3)) if m.group(3) else None
            p.date = (int(m.group(1)), int(m.group(2)), year)
            if year and year not in p.years:
                p.years.append(year)
            self._take(p, m, "date")

    def _years(self, low: str, p: Periods) -> None:
        for m in re.finditer(r"(?<![\d/.,])(" + YEAR + r")(?::\w+)?(?!\d|,\d|\.\d)", low):
            if not self._free(p, m):
                continue
            y = int(m.group(1))
            if p.to_date_years and y not in p.to_date_years:
                continue      # '2023 ja 1–9/2024': the full year or its first nine months? left unread: asked
            if y not in p.years:
                p.years.append(y)
            self._take(p, m, "years")

    def _kk(self, low: str, p: Periods) -> None:
        m = re.search(r"(?<![\d,.])(\d{1,2})\s*kk(?::\w+)?\b", low)
        if m and 1 <= int(m.group(1)) <= 12:
            p.months = p.months or int(m.group(1))
            self._take(p, m, "period")

    def _quarter_q(self, low: str, p: Periods) -> None:
        m = re.search(r"(?<![a-z])q([1-4])(?![a-z\d])|(?<![a-z\d])([1-4])\s*q(?![a-z])", low)
        if m:
            self._set_quarter(p, int(m.group(1) or m.group(2)))
            self._take(p, m, "period")

    def _quarter_words(self, low: str, p: Periods) -> None:
        m = self.quarter_re.search(low)
        if m and self._free(p, m):
            self._set_quarter(p, self.lex.quarter_ordinals[m.group(1)])
            self._take(p, m, "period")

    @staticmethod
    def _set_quarter(p: Periods, q: int) -> None:
        if q == 1:
            p.months = p.months or 3
        else:
            p.quarter = p.quarter or q

    def _first_months(self, low: str, p: Periods) -> None:
        m = self.first_months_re.search(low)
        if m and self._free(p, m):
            p.months = p.months or self.lex.cardinals[m.group(1)]
            self._take(p, m, "period")

    def _month_end(self, low: str, p: Periods) -> None:
        m = self.month_end_re.search(low)
        if m and not any(a < m.end(2) and m.start(1) < b for a, b in p.spans):   # the year inside is read already
            p.months = p.months or self.lex.month_stems[m.group(1)]
            self._take(p, m, "period")

    def _months(self, low: str, p: Periods) -> None:
        for m in self.month_re.finditer(low):
            month = self.lex.month_stems[m.group(1)]
            if self._free(p, m) and p.month in (None, month):   # a second, other month is not read: asked
                p.month = month
                self._take(p, m, "month")

    def _half(self, low: str, p: Periods) -> None:
        for pattern in self.half_res:
            m = pattern.search(low)
            if m and self._free(p, m):
                p.months = p.months or 6
                self._take(p, m, "period")

    def _year_end(self, low: str, p: Periods) -> None:
        m = self.year_end_re.search(low)
        if m:
            p.year_end = True
            p.spans.append((m.start(), m.end()))

    def _relative(self, low: str, p: Periods) -> None:
        m = self.relative_re.search(low)
        if m and not p.years and not p.year_range:
            p.years = [self.today.year + self.lex.relative_years[m.group(1)]]
            self._take(p, m, "years")
