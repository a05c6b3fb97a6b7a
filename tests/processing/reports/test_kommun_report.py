"""The report per kommun on the sample: the PDF read back with pdftotext holds every kommun's
name and the figures of the area-type layer and the Ojämlikhetsindex table; the layout stays
in the project; one file per kommun; a template without a map is refused."""

from __future__ import annotations

import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest
from qgis.core import QgsFeatureRequest

from tests.helpers.failures import assert_user_message

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)
NAMES = {1: "Major socioeconomic challenges", 5: "Very good socioeconomic conditions"}


def pdf_pages(path: Path) -> list:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [" ".join(page.replace("\u00a0", " ").split()) for page in text.split("\f")[:-1]]


def value(layer_or_id, context):
    return context.getMapLayer(layer_or_id) if isinstance(layer_or_id, str) else layer_or_id


@pytest.fixture(scope="module")
def inputs(statistics_runner, sample_regso_types):
    import processing

    context = statistics_runner.context
    inequality = processing.run(
        "segregation:inequalityindex",
        {
            "INPUT": statistics_runner.results["deso_stats"],
            "AREA_TYPES": sample_regso_types,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "LAN_OUTPUT": "TEMPORARY_OUTPUT",
            "KOMMUN_MAP": "TEMPORARY_OUTPUT",
        },
        context=context,
    )["OUTPUT"]
    return {
        "AREA_TYPES": value(sample_regso_types, context),
        "BOUNDARIES": statistics_runner.layers["kommun"],
        "INEQUALITY": value(inequality, context),
    }


@pytest.fixture
def report(statistics_runner, inputs, tmp_path):
    """Run the report; remove its layout and layers from the project afterwards."""
    import processing
    from qgis.core import QgsProject

    project = QgsProject.instance()
    before = set(project.mapLayers())

    def run(**params):
        return processing.run(
            "segregation:kommunreport",
            {**inputs, "OUTPUT": str(tmp_path / "report.pdf"), **params},
            context=statistics_runner.context,
        )

    yield run
    manager = project.layoutManager()
    for layout in list(manager.layouts()):
        manager.removeLayout(layout)
    project.removeMapLayers([i for i in project.mapLayers() if i not in before])


def expected(layer) -> dict:
    """Residents and areas per kommun and type, summed feature by feature (not with core)."""
    residents, areas = defaultdict(float), defaultdict(int)
    for feature in layer.getFeatures():
        kind = feature["area_type"]
        kind = int(kind) if kind not in (None, "") and kind == kind else "none"
        residents[feature["kommunkod"], kind] += float(feature["folkmängd"] or 0)
        areas[feature["kommunkod"], kind] += 1
    return {"residents": residents, "areas": areas}


def test_every_kommun_has_a_page_with_its_figures(report, inputs, tmp_path):
    from qgis.core import QgsProject

    result = report()
    pages = pdf_pages(tmp_path / "report.pdf")
    kommuner = {f["kommunkod"]: f["kommunnamn"] for f in inputs["BOUNDARIES"].getFeatures()}
    assert result["KOMMUNER"] == result["PAGES"] == len(kommuner) == len(pages) == 6
    figures = expected(inputs["AREA_TYPES"])
    table = {f["region"]: f for f in inputs["INEQUALITY"].getFeatures()}
    for page, (code, name) in zip(pages, sorted(kommuner.items())):
        assert page.startswith(name), page[:80]
        for kind in (1, 2, 3, 4, 5):
            residents = figures["residents"][code, kind]
            areas = figures["areas"][code, kind]
            total = sum(figures["residents"][code, k] for k in (1, 2, 3, 4, 5, "none"))
            name_of_type = f"{kind} {NAMES[kind]}" if kind in NAMES else f"{kind} "
            assert f"{name_of_type}" in page
            share = f"{100 * residents / total:.1f} %"
            assert f"{areas} {residents:,.0f} {share}" in page, (code, kind)
        # the share in types 1–2 equals the Ojämlikhetsindex table's, computed by another tool
        row = table[code]
        assert f"Kommun: {row['share_type12_pct']:.1f} %" in page
        assert f"Index: {row['ojamlikhetsindex']:.1f} (rank {row['rank_inequality']} of 6)" in page
        assert "Sweden: not available" in page  # one county is not the country
        assert "Source: SCB" in page
    layout = QgsProject.instance().layoutManager().layoutByName(result["LAYOUT"])
    assert layout is not None and layout.atlas().enabled()
    assert layout.atlas().coverageLayer().featureCount() == 6
    charts = sorted(p.name for p in (tmp_path / "report_charts").iterdir())
    assert charts == sorted(f"{code}_types.svg" for code in kommuner)


def test_a_page_per_lan_against_the_country(report, inputs, tmp_path):
    """A page per län: the sample's one län, its figures the sums over all six kommuner
    (summed here feature by feature), the map of the län with its kommun boundaries."""
    from qgis.core import QgsProject

    result = report(LEVEL=1, KOMMUNER="9901")  # a kommun chooses its län
    pages = pdf_pages(tmp_path / "report.pdf")
    assert (result["PAGES"], result["KOMMUNER"], len(pages)) == (1, 6, 1)
    lan_name = "Län 99"  # no layer given has the län's name (lansnamn)
    page = pages[0]
    assert page.startswith(lan_name), page[:80]
    figures = expected(inputs["AREA_TYPES"])
    kommuner = {code for code, _ in figures["residents"]}
    assert len(kommuner) == 6
    total = sum(figures["residents"].values())
    for kind in (1, 2, 3, 4, 5):
        residents = sum(figures["residents"][code, kind] for code in kommuner)
        areas = sum(figures["areas"][code, kind] for code in kommuner)
        assert f"{areas} {residents:,.0f} {100 * residents / total:.1f} %" in page, kind
    in_12 = sum(figures["residents"][code, kind] for code in kommuner for kind in (1, 2))
    assert f"{lan_name}: {100 * in_12 / total:.1f} % ({in_12:,.0f})" in page
    assert "Sweden: not available" in page and "Kommun:" not in page
    assert "Delmos' criteria judge kommuner" in page
    layout = QgsProject.instance().layoutManager().layoutByName(result["LAYOUT"])
    coverage = layout.atlas().coverageLayer()
    feature = next(coverage.getFeatures())
    assert (coverage.featureCount(), feature["kommunkod"]) == (1, "99")
    union = sum(f.geometry().area() for f in inputs["BOUNDARIES"].getFeatures())
    assert feature.geometry().area() == pytest.approx(union, rel=1e-6)
    # the map shows the kommun boundaries under the län's
    shown = [layer.id() for layer in layout.itemById("map").layers()]
    assert inputs["BOUNDARIES"].id() in shown or any(
        layer.source() == inputs["BOUNDARIES"].source() for layer in layout.itemById("map").layers()
    )


def test_one_file_per_kommun_for_the_chosen_kommuner(report, tmp_path):
    result = report(KOMMUNER="9902, 9901", PER_KOMMUN=True)
    files = sorted(Path(p).name for p in result["FILES"])
    assert files == ["report_9901_Storstad.pdf", "report_9902_Norrvik.pdf"]
    assert pdf_pages(tmp_path / files[1])[0].startswith("Norrvik")


def test_the_report_in_swedish(report, tmp_path):
    from segregation_plugin.i18n import install_translators

    try:
        assert install_translators("sv"), "no compiled translations: make translations"
        report(KOMMUNER="9901")
    finally:
        install_translators("en")
    page = pdf_pages(tmp_path / "report.pdf")[0]
    assert "1 Stora socioekonomiska utmaningar" in page
    assert "Riket: uppgift saknas" in page
    assert "Källa: SCB" in page and "egen bearbetning" in page


def test_a_template_without_a_map_is_refused(report, tmp_path):
    from qgis.core import QgsProcessingException

    template = tmp_path / "no_map.qpt"
    template.write_text('<Layout name="x" units="mm"><PageCollection/></Layout>', "utf-8")
    with pytest.raises(QgsProcessingException) as error:
        report(TEMPLATE=str(template))
    assert_user_message(error.value, "no_map.qpt", "'map'")
    assert not (tmp_path / "report.pdf").exists()
    # the charts drawn for the pages before the template was read go too: no partial output
    assert not (tmp_path / "report_charts").exists()


def test_an_empty_area_layer_is_refused_naming_it(report, inputs, project_layers):
    from qgis.core import QgsProcessingException

    empty = project_layers(inputs["AREA_TYPES"].materialize(QgsFeatureRequest().setLimit(0)))
    with pytest.raises(QgsProcessingException) as error:
        report(AREA_TYPES=empty)
    assert_user_message(error.value, "Area types")


def test_the_saved_project_reopens_with_the_layout_and_its_layers(inputs, tmp_path):
    """Written with package_project (as the demo does), the project opens with the layout,
    its atlas over the six kommuner and its map's layers read from the GeoPackage. The run
    uses a project of its own (the shared one holds other tests' layers)."""
    import processing
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsLayoutExporter,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProject,
    )
    from qgis.PyQt.QtCore import QSize

    from segregation_plugin.processing.colours import TYPE_COLOURS
    from segregation_plugin.processing.project_export import package_project

    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:3006"))
    context = QgsProcessingContext()
    context.setProject(project)
    params = {**inputs, "OUTPUT": str(tmp_path / "report.pdf")}
    feedback = QgsProcessingFeedback()
    name = processing.run("segregation:kommunreport", params, context=context, feedback=feedback)[
        "LAYOUT"
    ]
    package_project(project, tmp_path / "saved")
    project.clear()
    # moved: the folder copied elsewhere, the original and the chart files gone
    moved = tmp_path / "elsewhere" / "copy"
    shutil.copytree(tmp_path / "saved", moved)
    shutil.rmtree(tmp_path / "saved")
    shutil.rmtree(tmp_path / "report_charts")
    reopened = QgsProject()
    assert reopened.read(str(moved / "sample.qgz"))
    layout = reopened.layoutManager().layoutByName(name)
    coverage = layout.atlas().coverageLayer()
    assert coverage.featureCount() == 6 and "elsewhere/copy/sample.gpkg" in coverage.source()
    assert [layer.name() for layer in layout.itemById("map").layers()][0] == coverage.name()
    # the charts travel inside the project's layers: the moved copy still draws them (the
    # type-4 bar of "Residents by area type" inside the chart's frame on every page)
    atlas = layout.atlas()
    chart = layout.itemById("chart_types")
    frame = chart.sceneBoundingRect()
    assert atlas.beginRender()
    drawn = []
    while atlas.next():
        image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(), 72)
        scale = 72 / 25.4
        bar = [
            image.pixelColor(x, y).name() == TYPE_COLOURS[4]
            for x in range(int(frame.left() * scale) + 1, int(frame.right() * scale))
            for y in range(int(frame.top() * scale) + 1, int(frame.bottom() * scale))
        ]
        drawn.append((chart.isMissingImage(), sum(bar)))
    atlas.endRender()
    assert len(drawn) == 6
    assert all(not missing and pixels > 20 for missing, pixels in drawn), drawn
    del atlas, chart, layout, coverage
    reopened.clear()
