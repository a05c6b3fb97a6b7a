"""PxWebAPI 2.0: saved responses, and the client against a local server (never the internet).

The server (``tests/helpers/pxweb_fake.py``) answers like SCB's API as its specification describes it;
the clock is fake, so waiting for the rate limit takes no real time.
"""

from __future__ import annotations

import json
import socket

import pytest

from segregation_plugin.core.common import codes
from segregation_plugin.core.common.errors import InputError
from segregation_plugin.core.statistics.jsonstat import read_jsonstat
from segregation_plugin.core.statistics.pxweb import (
    PxWebClient,
    RateLimiter,
    parse_selection,
    read_pxweb_file,
)
from segregation_plugin.core.statistics.statistics_table import COUNT, info_of, variables_of
from tests.helpers.pxweb_fake import (
    DATA,
    TENURES,
    FakeClock,
    client_for,
    data_calls,
    start_fake_scb,
    value_of,
)


@pytest.fixture
def scb():
    fake, stop = start_fake_scb()
    yield fake
    stop()


# --- saved responses ------------------------------------------------------------------------
def test_saved_jsonstat_response():
    frame = read_pxweb_file(DATA / "TAB9001_data_0114_2024.json")
    info = info_of(frame)
    assert list(frame["region_code"]) == ["0114A0010", "0114C1010", "0114C1020"]
    assert set(frame["region_version"]) == {"DeSO2025"}
    assert set(frame["region_name"]) == {"Upplands Väsby"}
    assert variables_of(frame) == TENURES  # "Antal lägenheter" is the same for all: left out
    assert info.constants == {"tabellinnehåll": "Antal lägenheter"}
    row = frame.set_index("region_code").loc["0114A0010"]
    assert [row[t] for t in TENURES] == [70, 12, 236, 0]
    assert [(s.region_code, s.year, s.variable, s.marker) for s in info.suppressed] == [
        ("0114C1010", 2024, "uppgift saknas", "..")
    ]
    assert info.units["hyresrätt"] == COUNT  # from the unit "antal"
    assert info.reference == "TAB9001"
    assert info.title.startswith("Antal lägenheter efter region")


def test_saved_csv_response_agrees_with_jsonstat():
    from_json = read_pxweb_file(DATA / "TAB9001_data_0114_2024.json")
    from_csv = read_pxweb_file(DATA / "TAB9001_data_0114_2024.csv")
    assert from_csv.equals(from_json)
    assert info_of(from_csv).suppressed == info_of(from_json).suppressed


def test_jsonstat_that_is_not_a_dataset():
    with pytest.raises(InputError, match="not a JSON-stat 2.0 dataset"):
        read_jsonstat({"class": "collection"})
    with pytest.raises(InputError, match="not valid JSON"):
        read_jsonstat(b"{not json")


def test_jsonstat_with_monthly_periods_is_refused():
    dataset = json.loads((DATA / "TAB9001_data_0114_2024.json").read_text(encoding="utf-8"))
    dataset["dimension"]["Tid"]["category"] = {
        "index": {"2024M01": 0},
        "label": {"2024M01": "2024M01"},
    }
    with pytest.raises(InputError, match="not years"):
        read_jsonstat(dataset)


def test_parse_selection():
    assert parse_selection("Kon=1+2; Alder=totalt,65-69 ;ContentsCode=*") == {
        "Kon": ["1+2"],
        "Alder": ["totalt", "65-69"],
        "ContentsCode": ["*"],
    }
    assert parse_selection("") == {}
    with pytest.raises(InputError, match="not a selection"):
        parse_selection("Kon")


# --- the client ---------------------------------------------------------------------------------
def test_fetch_deso_of_two_kommuner(scb):
    client = client_for(scb)
    frame = client.fetch("TAB9001", years=[2024], level=codes.DESO, areas=["0114", "0180"])
    assert list(frame["region_code"]) == [
        "0114A0010",
        "0114C1010",
        "0114C1020",
        "0180C1010",
        "0180C1020",
    ]
    assert set(frame["region_version"]) == {"DeSO2025"} and set(frame["year"]) == {2024}
    # Upplåtelseform may be eliminated: SCB gives the total, named by the contents
    assert variables_of(frame) == ["Antal lägenheter"]
    row = frame.set_index("region_code").loc["0114A0010"]
    assert row["Antal lägenheter"] == sum(
        value_of("0114A0010_DeSO2025", t, "2024") for t in range(4)
    )
    assert frame.set_index("region_code")["Antal lägenheter"].isna().sum() == 1  # 0114C1010
    info = info_of(frame)
    assert info.reference == "TAB9001" and info.source.endswith("/tables/TAB9001/data")
    post = data_calls(scb)
    assert len(post) == 1
    body = post[0][3]["selection"]
    assert body[0] == {
        "variableCode": "Region",
        "valueCodes": [
            "0114A0010_DeSO2025",
            "0114C1010_DeSO2025",
            "0114C1020_DeSO2025",
            "0180C1010_DeSO2025",
            "0180C1020_DeSO2025",
        ],
    }
    assert {"variableCode": "Tid", "valueCodes": ["2024"]} in body
    assert post[0][2]["outputFormat"] == ["json-stat2"] and post[0][2]["lang"] == ["sv"]


def test_latest_year_by_default_and_a_selection(scb):
    frame = client_for(scb).fetch("TAB9001", areas=["0114"], selection={"Upplatelseform": ["*"]})
    assert set(frame["year"]) == {2024}
    assert variables_of(frame) == TENURES
    assert frame.set_index("region_code").loc["0114C1020", "äganderätt"] == value_of(
        "0114C1020_DeSO2025", 2, "2024"
    )


def test_chunks_stay_within_the_cell_limit(scb):
    scb.config["maxDataCells"] = 8  # 4 tenures × 2 years = 8 cells per DeSO: one DeSO per call
    client = client_for(scb)
    frame = client.fetch(
        "TAB9001", years=[2023, 2024], areas=["01"], selection={"Upplatelseform": ["*"]}
    )
    calls = data_calls(scb)
    assert len(calls) == 5
    for _, _, _, body in calls:
        cells = 1
        for sel in body["selection"]:
            cells *= len(sel["valueCodes"])
        assert cells <= 8
    assert len(frame) == 10  # 5 DeSO × 2 years, every chunk kept
    assert frame.set_index(["region_code", "year"]).loc[
        ("0180C1020", 2023), "hyresrätt"
    ] == value_of("0180C1020_DeSO2025", 0, "2023")


def test_years_are_split_when_one_area_is_too_many_cells(scb):
    scb.config["maxDataCells"] = 4
    frame = client_for(scb).fetch(
        "TAB9001", years=[2023, 2024], areas=["0114"], selection={"Upplatelseform": ["*"]}
    )
    assert len(data_calls(scb)) == 6  # 3 DeSO × 2 years
    assert len(frame) == 6


def test_rate_limit_waits_in_fake_time(scb):
    scb.config["maxDataCells"] = 1  # one cell per call: 5 data calls
    scb.config["maxCallsPerTimeWindow"] = 3
    scb.config["timeWindow"] = 10
    clock = FakeClock()
    client = client_for(scb, clock)
    client.fetch("TAB9001", years=[2024], areas=["01"])
    # config, metadata, then 5 data calls = 7 calls: 3 at t=0, 3 at t=10, 1 at t=20
    assert len(scb.requests) == 7
    assert clock.sleeps == [10.0, 10.0]
    assert client.limiter.waited == 20.0


def test_rate_limiter_sliding_window():
    clock = FakeClock()
    limiter = RateLimiter(30, 10, clock, clock.sleep)
    for _ in range(30):
        limiter.wait()
        clock.now += 0.1
    assert clock.sleeps == []
    limiter.wait()  # the 31st call at t=3.0 waits until the first leaves the window
    assert clock.sleeps == [pytest.approx(7.0)]


def test_too_many_requests_is_retried(scb):
    clock = FakeClock()
    client = client_for(scb, clock)
    client.config()
    scb.fail_next_with_429 = 1
    meta = client.metadata("TAB9001")
    assert meta.title.startswith("Antal lägenheter")
    assert clock.sleeps == [10.0]


def test_regso_through_a_code_list(scb):
    client = client_for(scb)
    frame = client.fetch("TAB9001", years=[2024], level=codes.REGSO, areas=["0114"])
    assert list(frame["region_code"]) == ["0114R001", "0114R002"]
    assert set(frame["region_version"]) == {"RegSO2025"}
    assert frame.iloc[0]["region_name"] == "Bollstanäs"
    paths = [r[1] for r in scb.requests]
    assert "/codelists/vs_RegSO2025" in paths
    assert data_calls(scb)[0][3]["selection"][0]["codelist"] == "vs_RegSO2025"


def test_fetch_as_csv(scb):
    frame = client_for(scb).fetch("TAB9001", years=[2024], areas=["0114"], output_format="csv")
    post = data_calls(scb)[0]
    assert post[2]["outputFormat"] == ["csv"]
    assert list(frame["region_code"]) == ["0114A0010", "0114C1010", "0114C1020"]
    assert info_of(frame).suppressed_count == 1


def test_clear_errors(scb):
    client = client_for(scb)
    with pytest.raises(InputError, match="404 – there is no such table"):
        client.fetch("TAB0000")
    with pytest.raises(InputError, match="no statistics for 2019"):
        client.fetch("TAB9001", years=[2019])
    with pytest.raises(InputError, match="no DeSO codes in 2584"):
        client.fetch("TAB9001", areas=["2584"])
    with pytest.raises(InputError, match="no variable Kon"):
        client.fetch("TAB9001", selection={"Kon": ["1+2"]})


def test_offline_gives_a_clear_error():
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = PxWebClient(f"http://127.0.0.1:{port}/api/v2", timeout=2)
    with pytest.raises(InputError, match="Could not reach SCB's API.*import the file instead"):
        client.fetch("TAB9001")
