"""segregation:importscbtable on csv files that used to be read wrong or end in a traceback."""

from __future__ import annotations

import csv

import pytest
from qgis.core import QgsProcessingException

OUT = "TEMPORARY_OUTPUT"


def test_a_comma_separated_export_with_decimal_commas_is_refused(run_alg, tmp_path):
    path = tmp_path / "komma.csv"
    path.write_text(
        '"Låg ekonomisk standard efter region och år"\n\n'
        '"region","Låg ekonomisk standard, procent 2021","Låg ekonomisk standard, procent 2022"\n'
        '"9901A0010",3,0,2,0\n',
        encoding="utf-8",
    )
    with pytest.raises(QgsProcessingException, match=r"komma.csv: 1 rows.*line 4 has 5.*;"):
        run_alg("importscbtable", {"INPUT": str(path), "OUTPUT": OUT})


@pytest.fixture
def default_csv_limit():
    """The csv module's default limit, 131,072 characters (a larger file read earlier in
    the session raised it)."""
    before = csv.field_size_limit(131_072)
    yield
    csv.field_size_limit(before)


def test_a_line_longer_than_128_kb_is_read(run_alg, tmp_path, default_csv_limit):
    path = tmp_path / "lang.csv"
    note = "x" * 150_000
    path.write_text(
        f'"Folkmängd efter region och år"\n\n"region";"2021";"2022"\n'
        f'"9901A0010";5;6\n"9901A0020";7;8\n\n"Fotnot: {note}"\n',
        encoding="utf-8",
    )
    result = run_alg("importscbtable", {"INPUT": str(path), "OUTPUT": OUT})
    values = {(f["region_code"], f["year"]): f["Folkmängd"] for f in result["OUTPUT"].getFeatures()}
    assert values == {
        ("9901A0010", 2021): 5,
        ("9901A0010", 2022): 6,
        ("9901A0020", 2021): 7,
        ("9901A0020", 2022): 8,
    }
