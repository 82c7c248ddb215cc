"""A table's own arithmetic: split number runs into cells and mark every cell verified or not.

Row identities:    remaining = budget − actual,  deviation = budget − actual,  % = actual / budget × 100
Column identities: income rows sum to Toimintatuotot, cost rows to Toimintakulut,
                   Toimintakate = Toimintatuotot + Toimintakulut (+ Valmistus omaan käyttöön),
                   Vuosikate = Toimintakate + Rahoitustuotot ja -kulut,
                   Tilikauden tulos = Vuosikate + Poistot ja arvonalentumiset,
                   Netto = Menot + Tulot.
A PDF number run is split only where exactly one reading satisfies these identities (or all
readings agree on the cell); otherwise the cell is left unread and reported. A cell is verified
when at least one identity that contains it holds and none fails.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from . import numbers
from .tables import Column, Table, label_key

ROUNDING_EUR = 2.0        # printed totals vs their parts: ±1 € rounding, a little slack
ROUNDING_THOUSANDS = 2.0  # in the column's own unit (k€)


@dataclass
class Cell:
    col: int
    value: float | None      # in the column's printed unit (before scaling)
    printed: str | None
    line: int | None
    verified: bool = False
    note: str = ""


@dataclass
class Check:
    name: str
    cells: list[tuple[int, int]]   # (row, col)
    ok: bool
    diff: float


@dataclass
class SolvedTable:
    table: Table
    cells: list[list[Cell]]
    checks: list[Check] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)


def _role_columns(cols: list[Column]) -> dict[str, int]:
    years = [c.year for c in cols if c.year and c.basis in ("budget", "actual")]
    current = max(years) if years else None
    roles: dict[str, int] = {}
    amended = [i for i, c in enumerate(cols) if c.year == current and c.basis == "budget" and c.amended]
    if amended:
        roles["B"] = amended[0]   # deviation and % are counted from the budget after its changes
    for i, c in enumerate(cols):
        if c.year != current:
            continue
        if c.basis == "budget":
            roles.setdefault("B", i)
        elif c.basis == "actual":
            roles["A"] = i  # the current year's (latest) actual
        elif c.basis == "remaining":
            roles.setdefault("R", i)
        elif c.basis == "deviation":
            roles.setdefault("D", i)
        elif c.basis == "realization_pct":
            roles.setdefault("P", i)
    return roles


def _pct_ok(a: float, b: float, p: float, printed: str | None) -> bool:
    if b == 0:
        return abs(p) < 1e-9
    # '77,00' is often a one-decimal figure printed with two: judge by significant decimals
    text = (printed or "").strip()
    frac = text.split(",")[1].rstrip("0") if "," in text else ""
    d = max(1, len(frac)) if "," in text else 0
    tol = 0.5 * 10 ** (-d) + 0.011
    return abs(a / b * 100 - p) <= tol


def row_checks(vals: list[float | None], roles: dict[str, int], printed: list[str | None]) -> list[tuple[str, list[int], bool, float]]:
    out = []
    a, b = roles.get("A"), roles.get("B")
    if a is None or b is None or vals[a] is None or vals[b] is None:
        return out
    for key, name in (("R", "jäljellä = TA − toteuma"), ("D", "poikkeama = TA − toteuma")):
        k = roles.get(key)
        if k is not None and vals[k] is not None:
            diff = (vals[b] - vals[a]) - vals[k]
            out.append((name, [a, b, k], abs(diff) <= ROUNDING_EUR, diff))
    k = roles.get("P")
    if k is not None and vals[k] is not None:
        ok = _pct_ok(vals[a], vals[b], vals[k], printed[k])
        diff = (vals[a] / vals[b] * 100 - vals[k]) if vals[b] else vals[k]
        out.append(("toteuma-% = toteuma / TA × 100", [a, b, k], ok, diff))
    k = roles.get("F")   # only where the report's text says the budget holds
    if k is not None and vals[k] is not None:
        diff = vals[k] - vals[b]
        out.append(("ennuste = TA (raportin tekstin mukaan talousarvio toteutuu)", [k], abs(diff) <= ROUNDING_EUR, diff))
    return out


def column_identities(table: Table) -> list[tuple[str, int, list[int]]]:
    """(name, total row, member rows): total = Σ members."""
    keys = [label_key(r.label) for r in table.rows]
    idx = {}
    for i, k in enumerate(keys):
        idx.setdefault(k, i)
    out: list[tuple[str, int, list[int]]] = []
    start = 0
    for i, k in enumerate(keys):
        if k in ("toimintatuotot", "toimintakulut", "tulot", "menot") and table.kind != "investoinnit":
            members = [m for m in range(start, i) if keys[m] not in ("toimintatuotot", "toimintakulut")]
            if len(members) >= 2:
                out.append((f"{table.rows[i].label} = rivien summa", i, members))
            start = i + 1

    def add(name: str, total: str, parts: list[str], optional: tuple[str, ...] = ()) -> None:
        if total in idx and all(p in idx for p in parts):
            members = [idx[p] for p in parts] + [idx[o] for o in optional if o in idx]
            out.append((name, idx[total], members))

    add("toimintakate = tuotot + kulut", "toimintakate", ["toimintatuotot", "toimintakulut"], ("valmistus omaan käyttöön",))
    add("vuosikate = toimintakate + rahoituserät", "vuosikate", ["toimintakate", "rahoitustuotot ja kulut"])
    if "rahoitustuotot ja kulut" not in idx:
        add("vuosikate = toimintakate", "vuosikate", ["toimintakate"])
    add("tilikauden tulos = vuosikate + poistot", "tilikauden tulos", ["vuosikate", "poistot ja arvonalentumiset"],
        ("satunnaiset erät",))
    if "poistot ja arvonalentumiset" not in idx:
        add("tilikauden tulos = vuosikate", "tilikauden tulos", ["vuosikate"])
    add("netto = tulot + menot", "netto", ["tulot", "menot"])
    if "tulot" not in idx:
        add("netto = menot", "netto", ["menot"])
    return out


def _candidates(row, ncols: int, roles: dict[str, int]) -> list[list[tuple[float, str, int] | None]]:
    """Readings of a row as cells; each cell (value, printed, line) or None (empty)."""
    if row.cells is not None:
        vals = []
        for c in row.cells:
            v = numbers.parse_cell(c) if c else None
            vals.append((v, c.strip(), row.line_no) if v is not None else None)
        return [vals]
    toks = row.tokens
    out = []
    # a full row, or one whose last cells are empty (e.g. no % when the budget is 0)
    for count in range(ncols, max(0, ncols - 2), -1):
        for part in numbers.partitions(toks, count):
            cells: list[tuple[float, str, int] | None] = []
            ti = 0
            for value, printed in part:
                ntok = len(printed.replace("- ", "-").split(" "))
                cells.append((value, printed, row.token_lines[ti]))
                ti += ntok
            cells += [None] * (ncols - len(cells))
            out.append(cells)
    return out


def _score(cells, roles) -> tuple[int, int]:
    vals = [c[0] if c else None for c in cells]
    printed = [c[1] if c else None for c in cells]
    res = row_checks(vals, roles, printed)
    return sum(1 for r in res if not r[2]), sum(1 for r in res if r[2])


def solve(table: Table, max_combos: int = 200_000) -> SolvedTable:
    """Read every row's cells: where a number run splits several ways, keep the readings that satisfy
    the row identities, then the combinations that satisfy the column identities; mark each cell."""
    cols = table.columns
    roles = _role_columns(cols)
    forecast = [i for i, c in enumerate(cols) if c.basis == "forecast" and c.scale == cols[roles["B"]].scale] \
        if "B" in roles else []
    solved = SolvedTable(table=table, cells=[])
    row_cands = _row_candidates(table, roles, solved)   # the forecast check does not choose a split
    if table.forecast_text and forecast:
        roles["F"] = forecast[0]
    identities = column_identities(table)
    tol = _tolerances(cols)
    surviving = _consistent_readings(row_cands, identities, cols, tol, max_combos)
    final = _merge_readings(table, row_cands, surviving, solved)
    solved.checks = _checks(final, roles, identities, cols, tol)
    solved.cells = _mark(final, solved.checks)
    return solved


def _tolerances(cols: list[Column]) -> list[float]:
    return [ROUNDING_THOUSANDS if c.scale == 1000 else ROUNDING_EUR for c in cols]


def _row_candidates(table: Table, roles: dict[str, int], solved: SolvedTable) -> list[list]:
    """Each row's readings; of several, those that break no row identity and satisfy the most."""
    ncols = len(table.columns)
    row_cands = []
    for row in table.rows:
        cands = _candidates(row, ncols, roles)
        if not cands:
            row_cands.append([[None] * ncols])
            solved.unresolved.append(f"rivi {row.line_no} ({row.label}): lukuja ei saatu jaettua sarakkeisiin")
            continue
        if len(cands) > 1:
            scored = [(_score(c, roles), c) for c in cands]
            best_fail = min(s[0] for s, _ in scored)
            if best_fail == 0:
                best_ok = max(s[1] for s, _ in scored if s[0] == 0)
                cands = [c for s, c in scored if s[0] == 0 and s[1] == best_ok]
        row_cands.append(cands)
    return row_cands


def column_sums(cols: list[Column], tol: list[float], assign, total: int, members: list[int]):
    """(column, total − Σ members, within rounding) for every column where all cells are read."""
    for c in range(len(cols)):
        if cols[c].basis == "realization_pct":
            continue
        t = assign[total][c]
        ms = [assign[m][c] for m in members]
        if t is None or any(m is None for m in ms):
            continue
        diff = t[0] - sum(m[0] for m in ms)
        yield c, diff, abs(diff) <= tol[c] * max(1, len(ms) - 1)


def _consistent_readings(row_cands, identities, cols, tol, max_combos: int) -> list[list]:
    """Backtracking over the ambiguous rows only: the whole-table readings where every column
    identity holds (none when there are too many combinations)."""
    ambiguous = [i for i, c in enumerate(row_cands) if len(c) > 1]
    surviving: list[list] = []
    if not ambiguous:
        return surviving
    total = 1
    for i in ambiguous:
        total *= len(row_cands[i])
    if total > max_combos:
        return surviving
    for choice in itertools.product(*(range(len(row_cands[i])) for i in ambiguous)):
        assign = [c[0] for c in row_cands]
        for i, k in zip(ambiguous, choice):
            assign[i] = row_cands[i][k]
        if all(all(ok for _, _, ok in column_sums(cols, tol, assign, t, m)) for _, t, m in identities):
            surviving.append(assign)
    return surviving


def _merge_readings(table: Table, row_cands, surviving, solved: SolvedTable) -> list[list]:
    """One reading per row: a cell is read where every remaining reading agrees on it."""
    cols = table.columns
    final: list[list] = []
    for r, cands in enumerate(row_cands):
        if len(cands) == 1:
            final.append(cands[0])
            continue
        pool = [s[r] for s in surviving] if surviving else cands
        merged = []
        for c in range(len(cols)):
            vals = {(x[c][0] if x[c] else None) for x in pool}
            if len(vals) == 1:
                merged.append(pool[0][c])
            else:
                merged.append(None)
                solved.unresolved.append(
                    f"rivi {table.rows[r].line_no} ({table.rows[r].label}), sarake {cols[c].label}: "
                    f"luvut voi jakaa {len(vals)} tavalla, taulukon laskutoimitukset eivät ratkaise"
                )
        final.append(merged)
    return final


def _checks(final, roles, identities, cols, tol) -> list[Check]:
    """Every row and column identity on the final reading."""
    checks: list[Check] = []
    for r, cells in enumerate(final):
        vals = [c[0] if c else None for c in cells]
        printed = [c[1] if c else None for c in cells]
        for name, cs, ok, diff in row_checks(vals, roles, printed):
            checks.append(Check(name, [(r, c) for c in cs], ok, diff))
    for name, t, members in identities:
        for c, diff, ok in column_sums(cols, tol, final, t, members):
            checks.append(Check(name, [(t, c)] + [(m, c) for m in members], ok, diff))
    return checks


def _mark(final, checks: list[Check]) -> list[list[Cell]]:
    """A cell is verified when an identity containing it holds and none fails."""
    holds: dict[tuple[int, int], int] = {}
    fails: dict[tuple[int, int], list[str]] = {}
    for ch in checks:
        for rc in ch.cells:
            if ch.ok:
                holds[rc] = holds.get(rc, 0) + 1
            else:
                fails.setdefault(rc, []).append(ch.name)
    out = []
    for r, cells in enumerate(final):
        out_row = []
        for c, cell in enumerate(cells):
            if cell is None:
                out_row.append(Cell(c, None, None, None))
                continue
            v, printed, line = cell
            verified = holds.get((r, c), 0) > 0 and not fails.get((r, c))
            if fails.get((r, c)):
                note = "ei täsmää: " + "; ".join(sorted(set(fails[(r, c)])))
            elif holds.get((r, c)):
                note = "täsmää taulukon laskutoimituksiin"
            else:
                note = "ei tarkistettavissa laskutoimituksella"
            out_row.append(Cell(c, v, printed, line, verified, note))
        out.append(out_row)
    return out


# --- parent unit = sum of its sub-units --------------------------------------------------------------

KEY_ROWS = ("toimintatuotot", "toimintakulut", "toimintakate")


def unit_sums(facts: list[dict], max_units: int = 12) -> list[dict]:
    """Find, by arithmetic alone, which units of one report are the sums of which others: a unit whose
    toimintatuotot, toimintakulut and toimintakate equal, in every actual and budget column they share,
    the sum of two or more other units' (±1 € per summand, ±2 per summand in thousands columns). No
    organisation chart is assumed, so a new report's structure is checked the same way.
    Returns one check per parent found: {org, parts, columns, max_diff}."""
    vectors: dict[str, dict] = {}
    for f in facts:
        if f.get("kind") != "tuloslaskelma" or not f.get("org") or f.get("measure_key") not in KEY_ROWS \
                or f.get("basis") not in ("actual", "budget"):
            continue
        key = (f["measure_key"], f["year"], f["basis"], f["months"])
        vectors.setdefault(f["org"], {}).setdefault(key, (f["value"], f.get("scale") or 1))
    orgs = sorted(vectors, key=lambda o: -max(abs(v) for v, _ in vectors[o].values()))[:max_units]
    found = []
    for parent in orgs:
        pv = vectors[parent]
        size = max(abs(v) for v, _ in pv.values())
        others = [o for o in orgs if o != parent and max(abs(v) for v, _ in vectors[o].values()) < size]
        best = None
        for r in range(2, len(others) + 1):
            for parts in itertools.combinations(others, r):
                keys = set(pv).intersection(*(vectors[o] for o in parts))
                if len(keys) < 3 or not {k[0] for k in keys} >= set(KEY_ROWS):
                    continue
                worst = 0.0
                for k in keys:
                    scale = max(s for _, s in [pv[k]] + [vectors[o][k] for o in parts])
                    tol = (2 if scale > 1 else 1) * scale * len(parts) + 1e-6
                    diff = abs(pv[k][0] - sum(vectors[o][k][0] for o in parts))
                    if diff > tol:
                        break
                    worst = max(worst, diff)
                else:
                    best = {"org": parent, "parts": list(parts), "columns": len(keys), "max_diff": worst}
                    break
            if best:
                break
        if best:
            found.append(best)
    return found
