"""Tables fetched from PxWebAPI 2.0 into files (the guided analysis's API source).

Against a local server (``tests/helpers/pxweb_tables_fake.py``), never the internet.
"""

from __future__ import annotations

import json

import pytest

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.statistics import pxweb_cache
from segregation_plugin.core.statistics.pxweb import read_statistics
from segregation_plugin.core.statistics.statistics_table import info_of, variables_of
from tests.helpers.paths import SAMPLE
from tests.helpers.pxweb_tables_fake import FakeTable, start_fake_tables

EXPORT = SAMPLE / "scb" / "deso_utbildningsniva_25-64_2021-2022.xlsx"


@pytest.fixture
def education():
    frame = read_statistics(EXPORT)
    url, requests, stop = start_fake_tables({"TAB5956": FakeTable("TAB5956", frame)}, 1000)
    yield frame, url, requests
    stop()


def test_a_table_of_several_calls_is_one_file_equal_to_the_export(education, tmp_path):
    frame, url, requests = education
    client = pxweb_cache.RecordingClient(url)
    path = pxweb_cache.fetch_to_file(client, "TAB5956", str(tmp_path))
    assert path == str(tmp_path / "TAB5956_2021-2022.json")
    # 322 DeSO × 5 levels × 2 years = 3,220 cells, at most 1,000 per call: 100 DeSO per call
    assert [p for m, p in requests if m == "POST"] == ["/tables/TAB5956/data"] * 4
    saved = read_statistics(path)
    assert info_of(saved).title == "Befolkning 25-64 år efter region, år och utbildningsnivå"
    assert variables_of(saved) == variables_of(frame)
    columns = ["region_code", "year", *variables_of(frame)]
    key = ["region_code", "year"]
    got = saved[columns].sort_values(key).reset_index(drop=True)
    expected = frame[columns].sort_values(key).reset_index(drop=True)
    assert got.equals(expected)
    row = got.set_index(key).loc[("9901A0010", 2022)]
    assert row["förgymnasial utbildning"] == 22 and row["gymnasial utbildning"] == 351


def test_the_chosen_year_and_the_one_before(education, tmp_path):
    _, url, _ = education
    client = pxweb_cache.RecordingClient(url)
    path = pxweb_cache.fetch_to_file(client, "TAB5956", str(tmp_path), year=2021)
    assert sorted(read_statistics(path)["year"].unique()) == [2021]  # 2020 is not in it
    with pytest.raises(InputError, match="no statistics for 2030; it has 2021–2022"):
        pxweb_cache.fetch_to_file(client, "TAB5956", str(tmp_path), year=2030)


def test_years_to_fetch():
    assert pxweb_cache.years_to_fetch(["2019", "2020", "2021"]) == ["2020", "2021"]
    assert pxweb_cache.years_to_fetch(["2019", "2020", "2021"], 2020) == ["2019", "2020"]
    assert pxweb_cache.years_to_fetch(["2019"], 2022) == ["2022"]


def test_merge_places_every_cell_and_its_status():
    def part(regions, values, status):
        return {
            "id": ["Region", "Tid"],
            "size": [len(regions), 2],
            "dimension": {
                "Region": {"category": {"index": {r: k for k, r in enumerate(regions)}}},
                "Tid": {"category": {"index": {"2021": 0, "2022": 1}}},
            },
            "value": values,
            "status": status,
        }

    merged = pxweb_cache.merge_datasets(
        [part(["A", "B"], [1, 2, 3, 4], {}), part(["C"], [None, 6], {"0": ".."})]
    )
    assert merged["size"] == [3, 2]
    assert merged["value"] == [1, 2, 3, 4, None, 6]
    assert merged["status"] == {"4": ".."}
    assert json.loads(json.dumps(merged))["dimension"]["Region"]["category"]["index"] == {
        "A": 0,
        "B": 1,
        "C": 2,
    }


def test_clear_cache_removes_only_earlier_fetches(tmp_path):
    (tmp_path / "TAB5956_2021-2022.json").write_text("{}")
    (tmp_path / "min_export.xlsx").write_text("")
    assert pxweb_cache.clear_cache(str(tmp_path)) == ["TAB5956_2021-2022.json"]
    assert [p.name for p in tmp_path.iterdir()] == ["min_export.xlsx"]
