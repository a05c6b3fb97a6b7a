"""What 'Aggregate areas' tells the planner about its source rows: rows left out (without a
code, or without a target in the key), codes that occur twice, and codes that contradict the
parent code they were given (a DeSO of one kommun with a regsokod of another).

Each sentence names the features (the layer's feature ids), the codes and the residents
concerned. Sentences a planner must act on are :class:`LogWarning` (a ``str``), so that the
Processing tool can show them as warnings.
"""

from __future__ import annotations

from ..common import codes
from ..common.dependencies import require

SHOWN = 5  # features or codes a sentence lists


class LogWarning(str):
    """A log line that is a warning."""


def left_out_table(frame, code_field, blank, target, held, work, residents):
    """The rows :func:`~.aggregate.aggregate` did not sum, one per row: ``code`` (as
    written), ``reason`` (``no code`` or ``no target``), ``target`` (where a row without a
    code would have gone) and ``residents`` (the value of the population field, else of the
    first count; its name is in ``attrs["residents"]``)."""
    pd = require("pandas")
    out = target.isna()
    table = pd.DataFrame(
        {
            "code": frame.loc[out, code_field],
            "reason": blank[out].map({True: "no code", False: "no target"}),
            "target": held[out],
            "residents": work.loc[out, residents] if residents in work.columns else float("nan"),
        }
    )
    table.attrs["residents"] = residents
    return table


def _listed(values) -> str:
    values = [str(v) for v in values]
    return ", ".join(values[:SHOWN]) + (", …" if len(values) > SHOWN else "")


def _residents(rows, name) -> str:
    if not name or rows["residents"].isna().all():
        return ""
    return f"; {name}: {rows['residents'].sum():,.0f}"


def source_lines(
    result, code_field: str, noun: str, target_noun: str, no_target: str, warn_no_target=True
) -> list:
    """Lines about the rows that were not summed: without a code (a warning), and with a
    code that has no target (``no_target`` says why; a warning unless ``warn_no_target`` is
    false: areas outside the user's districts may be so on purpose)."""
    table = result.attrs.get("left_out")
    lines = []
    if table is None or not len(table):
        return lines
    name = table.attrs.get("residents")
    blank = table[table["reason"] == "no code"]
    if len(blank):
        held = blank["target"].dropna()
        text = (
            f"{len(blank)} {noun} have no code in '{code_field}' (feature "
            f"{_listed(blank.index)}{_residents(blank, name)}) and were left out: fill in "
            "their codes, or remove them if they do not belong."
        )
        if len(held):
            text += (
                f" {len(held)} of them name a {target_noun} ({_listed(sorted(set(held)))}), "
                "whose values are left empty (with 'Sum what there is': too small) and "
                "explained in 'note'."
            )
        lines.append(LogWarning(text))
    lost = table[table["reason"] == "no target"]
    if len(lost):
        text = (
            f"{len(lost)} {noun} {no_target} and were left out ({_listed(lost['code'])}; "
            f"feature {_listed(lost.index)}{_residents(lost, name)})."
        )
        lines.append(LogWarning(text + " Check those codes.") if warn_no_target else text)
    return lines


def parent_lines(key, level: str, how: str, noun: str) -> list:
    """A warning for areas whose target lies in another kommun (or län) than their own
    code says: ``0114A0010`` with the regsokod ``0180R001``."""
    if level not in (codes.REGSO, codes.KOMMUN, codes.LAN):
        return []
    part = codes.LAN if level == codes.LAN else codes.KOMMUN
    pd = require("pandas")
    source = key["source"].map(lambda c: codes.code_of_level(c, part) if c else None)
    target = key["target"].map(lambda c: codes.code_of_level(c, part) if c else None)
    wrong = source.notna() & target.notna() & (source != target)
    if not wrong.any():
        return []
    pairs = pd.DataFrame({"s": key["source"][wrong], "t": key["target"][wrong]}).drop_duplicates()
    examples = [f"{s} → {t}" for s, t in zip(pairs["s"], pairs["t"])]
    return [
        LogWarning(
            f"{len(pairs)} {noun} lie in another {codes.LEVEL_NAMES[part]} than the "
            f"{codes.LEVEL_NAMES[level]} that {how} gives them ({_listed(examples)}). They were "
            "summed as given: check those codes."
        )
    ]
