"""The command line's answer: plain text, also the ``text`` field of ``kysy --json``.

    Varhaiskasvatus: Toimintakate 2025: −7 507 509 €
    Toimintakate alittui talousarvion 342 891 €.
    Tulkitsin: Varhaiskasvatus · Toimintakate · toteuma 2025
    Lähde: Tilinpäätös 2025 – Hyvinvointipalvelut, 9.3.2026
      taulukko Varhaiskasvatus
      Toimintakate: Tilinpäätös 2024 −7 738 516 € · Talousarvio 2025 −7 850 400 € · …
      (heinola-tp2025-hyvinvointipalvelut.txt, rivi 346)

No tabs, '⏎' or pipes; dates as 9.3.2026; options numbered '1) …'.
"""
from __future__ import annotations

from bot.presenters import common as c
from bot.reply import Item, Reply, Source

INDENT = "  "


def render_text(reply: Reply) -> str:
    """The whole answer as plain text, one part a line (see the module docstring)."""
    lines = [c.clean(reply.headline) or c.WORDS["no_answer"]]
    lines += body_lines(reply)
    lines += [c.clean(n.text) for n in reply.notes]
    change = c.change_line(reply)
    if change:
        lines.append(change)
    if reply.options and reply.kind == "help":
        lines.append(f"{c.WORDS['examples']}:")
    lines += c.numbered_options(reply)
    if reply.interpretation.line and reply.status == "answer":
        lines.append(c.interpretation(reply))
    lines += source_lines(reply)
    return "\n".join(line for line in lines if line)


def body_lines(reply: Reply) -> list[str]:
    """What follows the headline: the points of a series, the rows of a list, further figures."""
    if reply.items:
        return item_lines(reply)
    if reply.kind in ("series", "comparison"):
        return [f"{INDENT}{c.point_label(reply, a)}: {a.display}"
                + (f" ({c.WORDS['to_date']})" if c.is_partial(a) else "") for a in c.points(reply)]
    first = c.primary(reply)
    return [f"• {c.further_line(a, first)}" for a in c.further_answers(reply)]


def item_lines(reply: Reply) -> list[str]:
    numbered = reply.kind == "ranking"
    out = []
    for i, item in enumerate(reply.items, 1):
        lead = f"{i}. " if numbered else ("• " if reply.kind not in ("project", "help") else INDENT)
        out.append(lead + goal_line(item) if reply.kind == "goals" else lead + c.item_line(item))
        if reply.kind == "goals" and item.detail:
            out.append(f"{INDENT}{INDENT}{c.clean(item.detail)}")
    return out


def goal_line(item: Item) -> str:
    """'[Toteutuu osittain] VAKA: Kielitietoinen varhaiskasvatus toteutuu.'"""
    status = f"[{c.clean(item.status)}] " if item.status else ""
    return status + c.clean(item.full_text or item.label)


def source_lines(reply: Reply) -> list[str]:
    """'Lähde: …' for one figure (with its row and headings), 'Lähteet:' for a list."""
    if c.has_list(reply):
        groups = c.group_sources(c.list_sources(reply))
        if not groups:
            return []
        if len(groups) == 1:
            return one_source(groups[0].source, groups[0].detail(), with_row=False)
        out = [f"{c.WORDS['sources']}:"]
        for g in groups:
            where = c.where_line(g.source)
            out.append(f"{INDENT}{c.report_line(g.source)}" + (f" · {where}" if where else "")
                       + f" ({g.detail()})")
        return out
    first = c.primary(reply)
    if first is None:
        return []
    return one_source(first.source, c.detail_line(first.source), with_row=True)


def one_source(src: Source, detail: str, with_row: bool) -> list[str]:
    out = [f"{c.WORDS['source']}: {c.report_line(src)}"]
    where = c.where_line(src)
    if where:
        out.append(INDENT + where)
    row = c.row_line(src) if with_row else ""
    if row:
        out.append(INDENT + row)
    if detail:
        out.append(f"{INDENT}({detail})")
    return out
