"""The report per kommun: one page for each of the sample's six kommuner in out/report.pdf,
and the print layout "Segregationsrapport per kommun" left in the project (out/sample.qgz
opens with it in the Layout Manager, an atlas over the kommuner)."""

TITLE = "Report per kommun: out/report.pdf and the layout in the project"


def _by_table(demo, table):
    """The project's result layer written as ``table`` (the steps name each one)."""
    for layer in demo.project.mapLayers().values():
        if layer.customProperty("segregation/table") == table:
            return layer
    raise RuntimeError(f"demo: no layer for the table {table}; did an earlier step fail?")


def run(demo):
    path = demo.out / "report.pdf"
    result = demo.run(
        "kommunreport",
        {
            "AREA_TYPES": demo.results["regso_types"],
            "RESIDENTS": "folkmängd",
            "AREA_TYPES_BEFORE": demo.results["regso_types_2021"],
            "RESIDENTS_BEFORE": "2021 folkmängd",
            "BOUNDARIES": demo.layers["kommun"],
            "INEQUALITY": _by_table(demo, "ojamlikhetsindex_kommun"),
            "TRANSIT": _by_table(demo, "transit_access_per_area"),
            "TENURE": demo.results["tenure_mix"],
            "PROJECTS": demo.results["projects_flagged"],
            "LAYOUT_NAME": "Segregationsrapport per kommun",
            "OUTPUT": str(path),
        },
    )
    demo.written.append(path)
    demo.results["report_layout"] = result["LAYOUT"]
    demo.say(
        f"{result['KOMMUNER']} kommuner in {path.name}; layout «{result['LAYOUT']}» in the "
        "project's Layout Manager (charts in report_charts/)"
    )
