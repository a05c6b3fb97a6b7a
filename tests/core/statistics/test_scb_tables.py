"""SCB's standard tables recognised by code or title (core/statistics/scb_tables.py)."""

from __future__ import annotations

import pytest

from segregation_plugin.core.statistics import scb_tables
from segregation_plugin.core.statistics.scb_export import read_scb_file
from segregation_plugin.core.statistics.statistics_table import TableInfo, info_of
from tests.helpers.labour_market_export import labour_counts, write_labour_market_export


def test_recognised_by_code_then_by_title():
    assert scb_tables.recognise(TableInfo(reference="000006OC")).name.startswith("Lägenheter")
    by_title = TableInfo(title="Befolkning 25-64 år efter region, år och utbildningsnivå")
    assert scb_tables.recognise(by_title).code == "000005MO"
    assert scb_tables.recognise(TableInfo(title="Folkmängden efter region och år")) is None
    label = scb_tables.table_label(TableInfo(reference="000005MO"), [2021, 2022])
    assert label == "Utbildningsnivå 25–64 år 2021–2022 (000005MO)"


def test_labour_market_export_keeps_every_meaningful_header(tmp_path):
    path = write_labour_market_export(tmp_path / "am.xlsx", {"0114A0010": (432, 48)})
    frame = read_scb_file(path)
    info = info_of(frame)
    assert list(frame.columns[5:]) == [
        "antal sysselsatta 16-64 år",
        "antal arbetslösa 16-64 år",
        "antal sysselsatta och arbetslösa (arbetskraften) 16-64 år",
        "antal personer utanför arbetskraften 16-64 år",
        "antal totalt 16-64 år",
    ]
    assert info.constants == {"header row 2": "totalt"}  # the sex, the same for all
    assert info.reference == "000007A8" and set(frame["year"]) == {2022}
    row = frame.iloc[0]
    # 540 persons 16-64 (432 × 1.25), 2 % + 30 % of the share with förgymnasial
    assert row["antal totalt 16-64 år"] == 540 == labour_counts(432, 48)[4]
    assert row["antal arbetslösa 16-64 år"] == round(540 * (0.02 + 0.3 * 48 / 432)) == 29
    added, table, lines = scb_tables.apply_known_table(frame)
    assert table.code == "000007A8" and list(added.columns) == list(frame.columns)
    assert lines == ["Recognised SCB's table 000007A8: Arbetsmarknadsstatus 16–64 år."]


@pytest.mark.shared
def test_education_total_includes_unknown_level(shared_data):
    frame = read_scb_file(shared_data / "scb" / "deso2018_utbildningsniva_25-64_2022.xlsx")
    added, table, lines = scb_tables.apply_known_table(frame)
    assert table.code == "000005MO"
    first = added[added["region_code"] == "0114A0010"].iloc[0]
    assert first["totalt 25-64 år"] == 48 + 188 + 65 + 119 + 12
    assert "uppgift om utbildningsnivå saknas" in info_of(added).derived["totalt 25-64 år"]
    assert "totalt 25-64 år" not in frame.columns  # the input is not changed


@pytest.mark.shared
def test_tenure_total_and_economic_standard_untouched(shared_data):
    scb = shared_data / "scb"
    tenure, _, _ = scb_tables.apply_known_table(
        read_scb_file(scb / "deso2018_upplatelseform_2022.xlsx")
    )
    first = tenure[tenure["region_code"] == "0114A0010"].iloc[0]
    assert first["totalt lägenheter"] == 68 + 11 + 234 + 0
    standard = read_scb_file(scb / "deso2018_ekonomisk_standard_2022.xlsx")
    same, table, _ = scb_tables.apply_known_table(standard)
    assert table.code == "000006TA" and list(same.columns) == list(standard.columns)
