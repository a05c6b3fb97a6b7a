"""The steps of the guided analysis, each one small function over the run's state.

Each step is a function of the run's state (:class:`.run.Analysis`) that runs the plugin's
own tools as children (:func:`.run.run_child`). Nothing a step makes is an output: the
guided tool stages the outputs at the end (all or none, ``processing/writing.py``).

:data:`STEPS` is the order. A later piece plugs in as one more function in the list, e.g.
a step that gets the boundaries ('Get area boundaries') before :func:`import_tables`, or
one that adds the indicator profile after :func:`join_deso`.
"""

from __future__ import annotations

import os

from ...core.common.errors import InputError
from ...i18n import format_number, tr
from . import tables as T
from .boundaries import get_boundaries
from .from_api import fetch_statistics
from .national import national_areas
from .official import compare_official, official_export
from .profile import indicator_profiles
from .run import TEMPORARY, Analysis, Table, run_child

EXTENSIONS = (".xlsx", ".csv", ".txt", ".json", ".px")


# --- the steps --------------------------------------------------------------------------------
def import_tables(analysis: Analysis) -> None:
    """Every export in the folder, imported; a second file of the same table left out."""
    from ...core.statistics import pxweb, scb_tables
    from ...core.statistics import statistics_table as st

    if not os.path.isdir(analysis.folder):
        raise InputError(tr("The statistics folder {} does not exist.").format(analysis.folder))
    files = sorted(
        os.path.join(analysis.folder, name)
        for name in os.listdir(analysis.folder)
        if name.lower().endswith(EXTENSIONS) and not name.startswith((".", "~$"))
    )
    if not files:
        raise InputError(
            tr(
                "The statistics folder {} holds no SCB exports (xlsx, csv, json). Download "
                "the tables from Statistikdatabasen into it."
            ).format(analysis.folder)
        )
    seen = {}
    for number, path in enumerate(files, start=1):
        name = os.path.basename(path)
        if official_export(analysis, path):
            continue
        try:
            frame = pxweb.read_statistics(path)
        except InputError as exc:  # e.g. SCB's key table in the same folder
            analysis.feedback.pushInfo(
                tr("{file} is left out: {reason}").format(file=name, reason=exc)
            )
            continue
        info, variables = st.info_of(frame), st.variables_of(frame)
        level = str(frame[st.REGION_LEVEL].dropna().iloc[0]) if len(frame) else ""
        key = T.duplicate_key(info.title, level, variables)
        if key in seen:
            analysis.feedback.pushInfo(
                tr("{file} is the same table as {other}: left out.").format(
                    file=name, other=seen[key]
                )
            )
            continue
        seen[key] = name
        known = scb_tables.recognise(info)  # as 'Import SCB table' recognises it
        recipe = T.recognise(known.code if known else "", variables, level)
        params = {"INPUT": path, "OUTPUT": TEMPORARY}
        if recipe is not None and recipe.total_of:
            params.update(TOTAL_OF=recipe.total_of, TOTAL_NAME=recipe.total_name)
        what = tr("Importing {file} ({n} of {total})").format(file=name, n=number, total=len(files))
        result = run_child(analysis, "importscbtable", params, what)
        years = sorted(int(y) for y in frame[st.YEAR].dropna().unique())
        analysis.tables.append(
            Table(
                path,
                analysis.layer(result["OUTPUT"]),
                info.title,
                info.reference,
                level,
                years,
                variables,
                recipe,
            )
        )


def check_tables(analysis: Analysis) -> None:
    """The tables the area types need are there (else which to download), and the years."""
    roles = {t.recipe.role: t for t in analysis.tables if t.recipe is not None and t.recipe.role}
    missing = T.missing_tables(roles, analysis.without_v3)
    if missing:
        what = {
            "V1": tr("low economic standard (V1)"),
            "V2": tr("education 25–64 (V2)"),
            "V3": tr("labour-market status 16–64 (V3 at DeSO)"),
        }
        lines = [
            tr("- {what}: SCB table {code}, '{title}'").format(
                what=what.get(need.role, need.what), code=need.code, title=need.title
            )
            for need in missing
        ]
        raise InputError(
            tr(
                "The statistics folder {folder} lacks tables the area types need. Download "
                "these from Statistikdatabasen (per DeSO, the years you want) into the folder:"
            ).format(folder=analysis.folder)
            + "\n"
            + "\n".join(lines)
        )
    needed = [roles[r] for r in ("V1", "V2") if r in roles]
    v3 = roles.get("V3") or roles.get("V3 official")
    if v3 is not None and not analysis.without_v3:
        needed.append(v3)
    common = sorted(set.intersection(*(set(t.years) for t in needed)))
    if analysis.year is not None and analysis.year not in common:
        raise InputError(
            tr("The tables V1–V3 have no statistics for {year}; they have {years}.").format(
                year=analysis.year, years=", ".join(map(str, common)) or "–"
            )
        )
    year = analysis.year if analysis.year is not None else common[-1]
    earlier = [y for y in common if y < year]
    analysis.years = [earlier[-1], year] if earlier else [year]
    if "income quartiles" not in roles:
        analysis.feedback.pushWarning(
            tr(
                "No table of income quartiles: the ojämlikhetsindex is left out. For it, "
                "download '{title}' into the folder."
            ).format(title=T.INCOME_QUARTILES)
        )


def join_deso(analysis: Analysis) -> None:
    """The DeSO tables joined to the DeSO, one layer per year, the join reports kept."""
    for year in analysis.years:
        analysis.deso[year] = join_year(analysis, analysis.parameters["DESO"], year, "DeSO")


def join_year(analysis: Analysis, layer, year: int, areas: str, reports: bool = True):
    """Every DeSO table of ``year`` joined to ``layer`` (the DeSO given, or every DeSO of
    Sweden for the national reference); the join reports kept when ``reports``."""
    for table in analysis.tables:
        if table.level != T.DESO or year not in table.years:
            continue
        recipe = table.recipe
        params = {
            "INPUT": layer,
            "STATISTICS": table.layer,
            "YEARS": str(year),
            "VARIABLES": recipe.variables if recipe else "",
            "PREFIX": recipe.prefix if recipe else "",
            "OUTPUT": TEMPORARY,
            "REPORT": TEMPORARY,
        }
        what = tr("Joining {file} to the {areas} ({year})").format(
            file=os.path.basename(table.path), areas=areas, year=year
        )
        if recipe is None and _clashes(analysis.layer(layer), table.variables):
            analysis.feedback.pushInfo(
                tr("{file}: its fields are already on the DeSO; left out.").format(
                    file=os.path.basename(table.path)
                )
            )
            continue
        result = run_child(analysis, "joinstatistics", params, what)
        layer = analysis.layer(result["OUTPUT"])
        if reports:
            analysis.reports.append((table, year, analysis.layer(result["REPORT"])))
    return analysis.layer(layer)


def _clashes(layer, variables) -> bool:
    names = set(layer.fields().names()) if layer is not None else set()
    return bool(names & {str(v) for v in variables})


def aggregate_regso(analysis: Analysis) -> None:
    """The DeSO statistics summed to RegSO (shares through their bases), onto the RegSO
    boundaries when given, with the RegSO tables (SCB's official V3) joined."""
    for year in analysis.years:
        analysis.regso[year] = sum_to_regso(
            analysis, analysis.deso[year], year, analysis.parameters.get("REGSO")
        )


def sum_to_regso(analysis: Analysis, deso, year: int, boundaries=None, reports: bool = True):
    """``deso`` summed to RegSO (onto ``boundaries`` when given), the RegSO tables joined."""
    counts, shares, ratios, residents = [], [], [], ""
    for table in analysis.recipes():
        counts += table.recipe.counts
        shares += [name for pair in table.recipe.shares for name in pair]
        ratios += [name for triple in table.recipe.ratios for name in triple]
        residents = residents or table.recipe.residents
    key = {"KEY_FIELD": "regsokod"} if "regsokod" in deso.fields().names() else {}
    if not key and analysis.parameters.get("KEY_TABLE"):
        key = {"KEY_TABLE": analysis.parameters["KEY_TABLE"]}
    params = {
        "INPUT": deso,
        "TARGET": 0,
        "COUNT_FIELDS": list(dict.fromkeys(counts)),
        "SHARES": shares,
        "RATIOS": ratios,
        "POPULATION_FIELD": residents or None,
        "MIN_POPULATION": analysis.min_population,
        "OUTPUT": TEMPORARY,
        **key,
    }
    result = run_child(
        analysis, "aggregateareas", params, tr("Summing the DeSO to RegSO ({})").format(year)
    )
    layer = analysis.layer(result["OUTPUT"])
    if boundaries:
        joined = run_child(
            analysis,
            "joinstatistics",
            {
                "INPUT": boundaries,
                "STATISTICS": layer,
                "STATISTICS_CODE_FIELD": "regsokod",
                "VARIABLES": "; ".join(_aggregated(layer)),
                "OUTPUT": TEMPORARY,
            },
            tr("Joining the sums to the RegSO ({})").format(year),
        )
        layer = analysis.layer(joined["OUTPUT"])
    for table in analysis.tables:
        if table.level == T.REGSO and year in table.years:
            result = run_child(
                analysis,
                "joinstatistics",
                {
                    "INPUT": layer,
                    "STATISTICS": table.layer,
                    "YEARS": str(year),
                    "OUTPUT": TEMPORARY,
                    "REPORT": TEMPORARY,
                },
                tr("Joining {file} to the RegSO ({year})").format(
                    file=os.path.basename(table.path), year=year
                ),
            )
            layer = analysis.layer(result["OUTPUT"])
            if reports:
                analysis.reports.append((table, year, analysis.layer(result["REPORT"])))
    return layer


def _aggregated(layer) -> list:
    """The fields 'Aggregate areas' made (all but the codes it carries)."""
    return [n for n in layer.fields().names() if n not in ("regsokod", "region_code")]


def classify(analysis: Analysis) -> None:
    """Area types of the RegSO and the DeSO, each year, μ and σ over all the areas given."""
    deso_v3 = analysis.without_v3 or any(t.recipe.role == "V3" for t in analysis.recipes())
    if not deso_v3:  # SCB's official V3 is a RegSO table: the DeSO need the labour market
        analysis.feedback.pushWarning(
            tr(
                "No labour-market table per DeSO (SCB table 000007A8): the DeSO get no area "
                "types. Download it into the folder for them."
            )
        )
    for level, layers, out in (
        ("RegSO", analysis.regso, analysis.regso_types),
        ("DeSO", analysis.deso if deso_v3 else {}, analysis.deso_types),
    ):
        for year, layer in layers.items():
            params = {"INPUT": layer, "YEAR": year, "OUTPUT": TEMPORARY}
            if analysis.without_v3:
                params["WITHOUT_V3"] = True
            national = analysis.national_regso if level == "RegSO" else analysis.national_deso
            if national.get(year) is not None:
                params["NATIONAL_TABLES"] = [national[year]]
            what = tr("Area types of the {level} ({year})").format(level=level, year=year)
            result = run_child(analysis, "areatypes", params, what)
            out[year] = (analysis.layer(result["OUTPUT"]), result)
            analysis.feedback.pushInfo(
                tr(
                    "{level} {year}: μ = {mean}, σ = {sd} over {n} areas; types 1–5: {counts}"
                ).format(
                    level=level,
                    year=year,
                    mean=format_number(result["MEAN"], 3),
                    sd=format_number(result["SD"], 3),
                    n=result["N_REFERENCE"],
                    counts=", ".join(str(result[f"TYPE_{t}"]) for t in range(1, 6)),
                )
            )


def type_change(analysis: Analysis) -> None:
    """The RegSO's change of type between the two years, when there are two."""
    if len(analysis.years) < 2:
        analysis.feedback.pushInfo(tr("One year of statistics: no change of type."))
        return
    first, second = (analysis.regso_types[y][0] for y in analysis.years)
    if analysis.choice:  # the change of the chosen kommuner (our own temporary layers)
        for layer in (first, second):
            layer.setSubsetString(_chosen_expression(analysis.choice, layer))
    result = run_child(
        analysis,
        "typechange",
        {"FIRST": first, "SECOND": second, "TRANSITIONS": TEMPORARY, "CHANGED": TEMPORARY},
        tr("Change of type of the RegSO {}–{}").format(*analysis.years),
    )
    analysis.change = {
        "TRANSITIONS": analysis.layer(result["TRANSITIONS"]),
        "CHANGED": analysis.layer(result["CHANGED"]),
    }


def _chosen_expression(choice, layer) -> str:
    """A filter of ``layer``'s areas to the chosen kommuner and län, by the area code."""
    from ...core.common.codes import guess_code_field

    names = layer.fields().names()
    field = "regsokod" if "regsokod" in names else guess_code_field(names)
    quoted = ", ".join(f"'{code}'" for code in choice.kommuner) or "''"
    lan = ", ".join(f"'{code}'" for code in choice.lan) or "''"
    column = f'"{field}"'
    return f"left({column}, 4) IN ({quoted}) OR left({column}, 2) IN ({lan})"


def inequality(analysis: Analysis) -> None:
    """The ojämlikhetsindex and Delmos' criteria per kommun, the latest year."""
    if not any(t.recipe.role == "income quartiles" for t in analysis.recipes()):
        return
    from .national import national_area_types

    year = analysis.years[-1]
    national = {}
    if analysis.national_deso.get(year) is not None:
        national = {"NATIONAL_DESO": analysis.national_deso[year], "YEAR": year}
        types = national_area_types(analysis, year)
        if types is not None:
            national["NATIONAL_AREA_TYPES"] = types
    result = run_child(
        analysis,
        "inequalityindex",
        {
            "INPUT": analysis.deso[year],
            "GROUPS": 0,
            "AREA_TYPES": analysis.regso_types[year][0],
            **national,
            "OUTPUT": TEMPORARY,
            "LAN_OUTPUT": TEMPORARY,
            **({"KOMMUN_MAP": TEMPORARY} if analysis.deso[year].isSpatial() else {}),
        },
        tr("Ojämlikhetsindex per kommun ({})").format(year),
    )
    # the kommuner with their boundaries when the DeSO have them, else the table
    analysis.inequality = analysis.layer(result.get("KOMMUN_MAP") or result["OUTPUT"])


STEPS = (
    fetch_statistics,
    import_tables,
    check_tables,
    get_boundaries,
    join_deso,
    aggregate_regso,
    national_areas,
    classify,
    indicator_profiles,
    compare_official,
    type_change,
    inequality,
)


def title(step) -> str:
    """What the progress dialog says while ``step`` runs (a step added later without a
    title here shows the first line of its docstring)."""
    titles = {
        fetch_statistics: tr("Fetching SCB's tables from the API"),
        import_tables: tr("Importing the SCB exports"),
        check_tables: tr("Checking the tables and the years"),
        get_boundaries: tr("Getting the boundaries"),
        join_deso: tr("Joining the statistics to the DeSO"),
        aggregate_regso: tr("Summing the DeSO to RegSO"),
        national_areas: tr("Preparing the national reference"),
        classify: tr("Classifying the area types"),
        indicator_profiles: tr("Computing the indicator profile"),
        compare_official: tr("Comparing with SCB's official area types"),
        type_change: tr("Comparing the years"),
        inequality: tr("Computing the ojämlikhetsindex"),
    }
    return titles.get(step) or (step.__doc__ or step.__name__).strip().splitlines()[0]
