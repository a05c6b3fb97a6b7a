"""The metadata of a PxWebAPI 2.0 table (its variables and codes) and selections of codes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..common.errors import InputError
from .jsonstat import dimensions


@dataclass
class Variable:
    id: str
    label: str
    codes: list
    labels: dict
    role: str  # region, time, contents or other
    elimination: bool = False
    codelists: list = field(default_factory=list)  # [(id, label)]


@dataclass
class TableMetadata:
    table: str
    title: str
    variables: list

    def role(self, role: str) -> Optional[Variable]:
        return next((v for v in self.variables if v.role == role), None)


def parse_metadata(data: dict, table: str) -> TableMetadata:
    """The variables of a table from its ``/metadata`` response (JSON-stat 2.0)."""
    if "dimension" not in data:
        raise InputError(f"The metadata of table {table} has no variables (no 'dimension').")
    roles = data.get("role") or {}
    variables = []
    for dim_id, label, dim_codes, labels in dimensions(data):
        dim = data["dimension"][dim_id]
        ext = dim.get("extension") or {}
        if dim_id in (roles.get("geo") or []):
            role = "region"
        elif dim_id in (roles.get("time") or []):
            role = "time"
        elif dim_id in (roles.get("metric") or []):
            role = "contents"
        else:
            role = "other"
        lists = []
        for item in ext.get("codelists") or ext.get("codeLists") or []:
            lists.append((item.get("id", ""), item.get("label", "")))
        for group in (ext.get("filters") or {}).values():
            for item in group or []:
                lists.append((item.get("id", ""), item.get("label", "")))
        elimination = bool(ext.get("elimination", ext.get("eliminination", False)))
        variables.append(Variable(dim_id, label, dim_codes, labels, role, elimination, lists))
    if not any(v.role == "region" for v in variables):
        for v in variables:
            if v.id.lower() == "region":
                v.role = "region"
    if not any(v.role == "time" for v in variables):
        for v in variables:
            if v.id.lower() in ("tid", "time", "year"):
                v.role = "time"
    return TableMetadata(table, str(data.get("label", "")), variables)


def parse_selection(text: str) -> dict:
    """``"Alder=totalt; Kon=1+2; ContentsCode=*"`` → ``{"Alder": ["totalt"], ...}``."""
    selection = {}
    for part in (text or "").split(";"):
        if not part.strip():
            continue
        if "=" not in part:
            raise InputError(
                f"'{part.strip()}' is not a selection. Write variable=code,code (e.g. Kon=1+2), "
                "several separated by ';'."
            )
        name, values = part.split("=", 1)
        selection[name.strip()] = [v.strip() for v in values.split(",") if v.strip()]
    return selection
