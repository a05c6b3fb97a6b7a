"""The national reference of the Area types tool: national tables, the profile's cache.

The choice "national" (the default) takes μ and σ from national tables the user gives (all
DeSO or RegSO of Sweden with V1–V3, e.g. SCB's national exports imported), stores them per
level, year and index in a folder of the user's QGIS profile, reuses them from there, and
otherwise falls back to the areas loaded, saying so in the log and on the output
(``ref_description``). See :mod:`core.areatypes.national_reference`.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
)

from ...core.common.errors import InputError
from ...i18n import tr
from .. import compat
from ..frames import source_to_frame
from ..parameters import advanced

NATIONAL_TABLES, NATIONAL_CACHE = "NATIONAL_TABLES", "NATIONAL_CACHE"
CACHE_FOLDER = ("segregation_plugin", "national_reference")


def add_national_parameters(alg) -> None:
    alg.addParameter(
        QgsProcessingParameterMultipleLayers(
            NATIONAL_TABLES,
            tr(
                "National tables for μ and σ: all DeSO or RegSO of Sweden with V1–V3 "
                "(imported SCB exports; empty: values stored earlier)"
            ),
            compat.VECTOR,
            optional=True,
        )
    )
    add_cache_parameter(alg)


def add_cache_parameter(alg) -> None:
    """The folder where national values are stored (default: in the QGIS profile)."""
    alg.addParameter(
        advanced(
            QgsProcessingParameterFile(
                NATIONAL_CACHE,
                tr("Folder of stored national values (empty: in your QGIS profile)"),
                behavior=compat.FILE_BEHAVIOR_FOLDER,
                optional=True,
            )
        )
    )


def profile_cache_dir() -> Path:
    """The folder of stored national values in the user's QGIS profile."""
    return Path(QgsApplication.qgisSettingsDirPath()).joinpath(*CACHE_FOLDER)


def cache_dir(alg, parameters, context) -> Path:
    folder = alg.parameterAsFile(parameters, NATIONAL_CACHE, context)
    return Path(folder) if folder else profile_cache_dir()


def _code_column(frame):
    from ...core.common import codes as C

    if "region_code" in frame.columns:
        return "region_code"
    return C.guess_code_field(frame.columns) or next(
        (
            c
            for c in frame.columns
            if frame[c].dropna().astype(str).head(50).map(C.level_of).notna().mean() > 0.9
        ),
        None,
    )


def national_frame(alg, parameters, context, feedback):
    """``(frame, code field, source text)`` of the national tables merged on their codes,
    or ``(None, None, "")`` when none are given."""
    import pandas as pd

    from ...core.common import codes as C

    layers = alg.parameterAsLayerList(parameters, NATIONAL_TABLES, context)
    if not layers:
        return None, None, ""
    merged, names = None, []
    for layer in layers:
        frame = source_to_frame(layer, geometry=False, feedback=feedback, label=layer.name())
        code = _code_column(frame)
        if code is None:
            raise InputError(
                tr("The national table {} has no field of area codes.").format(layer.name())
            )
        frame = frame.assign(_code=frame[code].map(C.normalise_code)).dropna(subset=["_code"])
        frame = frame.drop(columns=[code]).drop_duplicates("_code")
        if merged is None:
            merged = frame
        else:
            new = [c for c in frame.columns if c not in merged.columns or c == "_code"]
            merged = merged.merge(frame[new], on="_code", how="outer")
        names.append(layer.name())
    merged = merged.rename(columns={"_code": "national_code"}).reset_index(drop=True)
    return pd.DataFrame(merged), "national_code", ", ".join(names)


def read_national(alg, parameters, context, feedback, codes, year, v2_age_group, v3, v3_definition):
    """``(reference, log lines, value to store or None)`` for the choice 'national'."""
    from ...core.areatypes import national_reference as N
    from ...core.areatypes.area_type_fields import guess_index_fields, v3_definition_of
    from ...core.areatypes.ses_index import INDEX_OFFICIAL, INDEX_WITHOUT_V3

    index_definition = INDEX_OFFICIAL if v3 is not None else INDEX_WITHOUT_V3
    v3_def = v3_definition if v3 is not None else "none (not given)"
    folder = cache_dir(alg, parameters, context)
    national = None
    if not N.covers_country(codes):
        frame, code, source = national_frame(alg, parameters, context, feedback)
        if frame is not None:
            guessed = guess_index_fields(list(frame.columns), year)
            missing = [
                name
                for name, ind in (("V1", guessed.v1), ("V2", guessed.v2))
                + ((("V3", guessed.v3),) if v3 is not None else ())
                if ind is None
            ]
            if missing:
                raise InputError(
                    tr(
                        "The national tables ({source}) have no field with SCB's name for {vars}: "
                        "import the national exports of the same variables as the areas'."
                    ).format(source=source, vars=", ".join(missing))
                )
            national_v3 = guessed.v3 if v3 is not None else None
            national = N.national_index(
                frame,
                code,
                guessed.v1,
                guessed.v2,
                national_v3,
                year=year,
                v2_age_group=v2_age_group,
                v3_definition=v3_definition_of(national_v3) if national_v3 else v3_def,
                source=source,
            )
    return N.national_reference(
        codes,
        year=year,
        index_definition=index_definition,
        v2_age_group=v2_age_group,
        v3_definition=v3_def,
        national=national,
        cache_dir=folder,
    )


def level_name(area_codes) -> str:
    """'RegSO', 'DeSO', 'kommun' … of the codes, for an output's name; '' when mixed."""
    from ...core.areatypes import national_reference as N
    from ...core.common import codes as C

    level = N.level_of_codes([str(c) for c in area_codes if c])
    return {C.DESO: "DeSO", C.REGSO: "RegSO"}.get(level, C.LEVEL_NAMES.get(level, ""))


def store(result, codes, value, folder, source: str):
    """Store the national values: those computed from national tables, or the areas' own
    when they cover the country. Returns the file written, or None."""
    from ...core.areatypes import national_reference as N

    if value is None and N.covers_country(codes):
        value = N.from_result(result, N.level_of_codes(codes), source)
    if value is None:
        return None
    try:
        return N.save_cached(folder, value)
    except OSError:
        return None
