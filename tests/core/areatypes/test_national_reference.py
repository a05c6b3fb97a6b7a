"""The national reference by default: national tables, the cache, the plain fallback."""

from __future__ import annotations

import pytest

from segregation_plugin.core.areatypes import national_reference as N
from segregation_plugin.core.areatypes.area_types import Reference, classify_areas
from segregation_plugin.core.areatypes.ses_index import (
    INDEX_OFFICIAL,
    INDEX_WITHOUT_V3,
    V3_PROXY_UNEMPLOYED,
    Indicator,
)
from segregation_plugin.core.common.errors import InputError
from tests.helpers import national_tables as T

V1, V2, V3 = (Indicator.share(n) for n in (T.V1_NAME, T.V2_NAME, T.V3_NAME))
DEFINITION = dict(
    year=2022,
    index_definition=INDEX_OFFICIAL,
    v2_age_group="25–64",
    v3_definition=V3_PROXY_UNEMPLOYED,
)


def _national():
    return N.national_index(
        T.national_regso(),
        "regsokod",
        V1,
        V2,
        V3,
        year=2022,
        v2_age_group="25–64",
        v3_definition=V3_PROXY_UNEMPLOYED,
        source="national test table",
    )


def _types(reference):
    result = classify_areas(T.local_regso(), V1, V2, V3, reference=reference, year=2022)
    return tuple(int(t) for t in result.table["area_type"]), result


def test_national_values_of_the_hand_worked_table():
    national = _national()
    assert national.mean == pytest.approx(T.NATIONAL_MEAN)
    assert national.sd == pytest.approx(T.NATIONAL_SD)
    assert national.n_areas == 580 and national.level == "regso"


def test_national_reference_changes_the_type_of_one_area(tmp_path):
    local = T.local_regso()
    own, _ = _types(Reference.areas())
    assert own == T.LOCAL_TYPES
    reference, lines, to_store = N.national_reference(
        local["regsokod"], national=_national(), cache_dir=tmp_path, **DEFINITION
    )
    types, result = _types(reference)
    assert types == T.NATIONAL_TYPES  # the RegSO with index 45 is type 1 against the country
    assert (
        result.table["ref_description"]
        .iloc[0]
        .startswith("national: all 580 RegSO of Sweden 2022 (national test table, computed ")
    )
    assert lines[0].startswith("Reference: national: all 580 RegSO")
    # stored once, found again without the national table
    path = N.save_cached(tmp_path, to_store)
    assert path.parent == tmp_path and path.name.startswith("regso_2022_")
    again, lines, stored = N.national_reference(local["regsokod"], cache_dir=tmp_path, **DEFINITION)
    assert stored is None and _types(again)[0] == T.NATIONAL_TYPES
    assert again.mean == pytest.approx(T.NATIONAL_MEAN) and "stored in" in lines[0]
    # another year or index is another value: not taken from the cache
    other = dict(DEFINITION, year=2021)
    fallback, lines, _ = N.national_reference(local["regsokod"], cache_dir=tmp_path, **other)
    assert fallback.kind == "areas" and "not national" in fallback.description
    assert lines[0].startswith("The reference is NOT national: no national table given")


def test_without_national_data_the_layer_is_the_reference_and_says_so(tmp_path):
    reference, lines, stored = N.national_reference(
        T.local_regso()["regsokod"], cache_dir=tmp_path, **DEFINITION
    )
    types, result = _types(reference)
    assert types == T.LOCAL_TYPES and stored is None
    assert result.table["ref_description"].iloc[0] == (
        "all areas in the layer — not national: no national table given and none stored for "
        "RegSO 2022"
    )
    assert "μ and σ are of the 4 areas loaded (1 kommun(er))" in lines[0]


def test_areas_covering_the_country_are_the_national_reference(tmp_path):
    national = T.national_regso()
    reference, lines, _ = N.national_reference(national["regsokod"], **DEFINITION)
    assert reference.kind == "areas" and "national (all 290 kommuner)" in reference.description
    result = classify_areas(national, V1, V2, V3, reference=reference, year=2022)
    stored = N.from_result(result, "regso", "test")
    assert stored.mean == pytest.approx(T.NATIONAL_MEAN) and stored.sd == pytest.approx(
        T.NATIONAL_SD
    )


def test_a_table_that_is_not_national_or_of_another_index_is_refused():
    part = T.national_regso().iloc[:100]
    with pytest.raises(InputError, match="areas in 50 kommuner, not all 290"):
        N.national_index(part, "regsokod", V1, V2, V3, year=2022, v3_definition="x", source="part")
    with pytest.raises(InputError, match="must be the same index"):
        N.national_reference(
            T.local_regso()["regsokod"],
            national=_national(),
            **dict(DEFINITION, index_definition=INDEX_WITHOUT_V3, v3_definition="none (not given)"),
        )
    deso = ["2999A0010", "2999A0020"]
    with pytest.raises(InputError, match="holds RegSO but the areas are DeSO"):
        N.national_reference(deso, national=_national(), **DEFINITION)


def test_one_kommun_against_the_real_national_deso_gets_its_national_types(shared_data):
    """SCB's real 2022 exports of all 5,984 DeSO (V1, V2; no V3 export is stored): one
    kommun classified against the national μ and σ gets exactly the types its DeSO have in
    the classification of all of Sweden, and other types against its own DeSO."""
    from tests.helpers.scb_counts import real_deso_2022

    deso = real_deso_2022(shared_data / "scb").reset_index()
    v1, v2 = Indicator.counts("low", "persons"), Indicator.counts("forgym", "edu_total")
    common = dict(year=2022, v2_age_group="25–64", v3_definition="none (not given)")
    national = N.national_index(deso, "desokod", v1, v2, source="SCB 2022", **common)
    assert national.n_areas == 5984 and national.level == "deso"
    everything = classify_areas(deso, v1, v2, **common)
    assert national.mean == pytest.approx(everything.mean)
    assert national.sd == pytest.approx(everything.sd)
    malmo = deso[deso["desokod"].str.startswith("1280")].reset_index(drop=True)
    reference, _, _ = N.national_reference(
        malmo["desokod"],
        national=national,
        index_definition=INDEX_WITHOUT_V3,
        **common,
    )
    against_country = classify_areas(malmo, v1, v2, reference=reference, **common)
    expected = everything.table["area_type"][deso["desokod"].str.startswith("1280")]
    assert against_country.table["area_type"].tolist() == expected.tolist()
    own = classify_areas(malmo, v1, v2, **common)
    changed = (own.table["area_type"] != against_country.table["area_type"]).sum()
    assert len(malmo) > 100 and changed > 0
