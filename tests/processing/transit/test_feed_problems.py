"""A feed's problems reach the planner through Processing: warnings in the log, named as
'<file>.txt line N: …', errors as the tool's error, the departures counted right."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException

from tests.helpers.transit_feeds import BASE, stops_txt, write_feed

HEADER = "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"


def run_service(run_alg, path, feedback=None):
    params = {
        "GTFS": str(path),
        "DATE": "2022-10-12",
        "START": "06:00",
        "END": "20:00",
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    return run_alg("gtfsstopservice", params, feedback=feedback)


def test_doubled_stop_times_and_a_stop_at_0_0_are_logged(run_alg, tmp_path, feedback):
    rows = BASE["stop_times"].split("\n", 1)[1]
    stops = stops_txt(("A", 0, 0), ("B", 1000, 0), ("C", 2000, 0)) + "Z,Null island,0,0,,\n"
    result = run_service(
        run_alg, write_feed(tmp_path, stops=stops, stop_times=HEADER + rows + rows), feedback
    )
    assert result["DEPARTURES"] == 2  # t1 at A and B, once each
    assert any(w.startswith("stop_times.txt: 6 stop times occur twice") for w in feedback.warnings)
    assert any(
        w.startswith("stops.txt line 5: 1 stop has coordinates 0, 0") for w in feedback.warnings
    )


def test_empty_stop_times_is_the_tools_error(run_alg, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"stop_times\.txt has no rows"):
        run_service(run_alg, write_feed(tmp_path, stop_times=HEADER))
