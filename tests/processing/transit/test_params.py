"""The service date parameter: every form QGIS and callers give becomes a datetime.date once."""

from __future__ import annotations

import datetime

import pytest
from qgis.core import QgsProcessingFeedback
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from segregation_plugin.core.common.errors import InputError
from segregation_plugin.processing.transit.params import service_date

WED = datetime.date(2022, 10, 12)


@pytest.mark.parametrize(
    "value",
    [
        QDate(2022, 10, 12),  # the dialog (date parameter)
        QDateTime(QDate(2022, 10, 12), QTime(8, 30)),  # the dialog, a date-time
        "2022-10-12",  # processing.run, models, scripts
        " 2022-10-12 ",
        "20221012",  # as in GTFS
        "2022-10-12T00:00:00",  # a date-time as text
        "2022-10-12 08:30:00",
        WED,  # Python
        datetime.datetime(2022, 10, 12, 23, 59),
    ],
)
def test_every_form_becomes_a_date(value):
    result = service_date(value)
    assert result == WED and type(result) is datetime.date


@pytest.mark.parametrize("value", [None, "", "  ", QDate(), QDateTime()])
def test_no_date_is_none(value):
    assert service_date(value) is None


@pytest.mark.parametrize(
    "value", ["12/10/2022", "2022-02-30", "2022-10", "20221312", "tomorrow", "2022-10-12x"]
)
def test_a_bad_date_says_how_to_write_it(value):
    with pytest.raises(
        InputError, match=r"is not a date; write it as YYYY-MM-DD, e\.g\. 2022-10-12"
    ):
        service_date(value)


def test_the_tool_reads_a_date_time_as_its_date_and_logs_the_window(run_alg, sample_dir):
    """QGIS itself accepts only ISO text for the parameter (20221012 is refused before the
    tool runs); a date-time counts the date's service, as the plain date does."""
    messages = []

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802
            messages.append(info)

    results = [
        run_alg(
            "gtfsstopservice",
            {
                "GTFS": str(sample_dir / "exempellan_gtfs.zip"),
                "DATE": value,
                "START": "07:00",
                "END": "08:00",
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
            feedback=Feedback(),
        )["DEPARTURES"]
        for value in ("2022-10-12", "2022-10-12T23:30:00")
    ]
    assert results[0] == results[1] > 0
    logged = [m for m in messages if m.startswith("Service date and window")]
    assert len(logged) == 2 and logged[0] == logged[1]
    assert logged[0].startswith("Service date and window: Wednesday 2022-10-12, 07:00–08:00; ")
