"""What a planner checks in a successful run's outputs, as small composable checks.

Each function returns a check ``f(run)`` that raises AssertionError (cause ``silently
wrong`` unless the text starts with another ``[cause]``). A check only looks at a run that
succeeded: an acceptable refusal is judged by the case's words.
"""

from __future__ import annotations

import math

# SWEREF 99 TM bounds of Sweden with a margin (x east, y north)
SWEDEN = (150_000.0, 6_050_000.0, 1_000_000.0, 7_750_000.0)


def _on_success(check):
    def run_check(run):
        if run.ok:
            check(run)

    return run_check


def all_of(*checks):
    return _on_success(lambda run: [c(run) for c in checks])


def rows(name: str, n: int, *fields: str):
    """Output ``name`` has ``n`` features and the fields ``fields``."""

    def check(run):
        layer = run.layer(name)
        count = layer.featureCount()
        assert count == n, f"[silently wrong] {name} has {count} features, not {n}"
        lacking = [f for f in fields if f not in layer.fields().names()]
        assert not lacking, f"[wrong outcome] {name} lacks the fields {lacking}"

    return _on_success(check)


def result(key: str, expected):
    """The run's result ``key`` (e.g. DEPARTURES) equals ``expected``."""

    def check(run):
        got = run.result.get(key)
        assert got == expected, f"[silently wrong] result {key} is {got!r}, not {expected!r}"

    return _on_success(check)


def result_not(key: str, wrong, why: str):
    def check(run):
        got = run.result.get(key)
        assert got != wrong, f"[silently wrong] result {key} is {got!r}: {why}"

    return _on_success(check)


def values(name: str, key: str, field: str, expected: dict, tol: float = 1e-6):
    """In output ``name``, the feature whose ``key`` is k has ``field`` = expected[k]
    (None: empty)."""

    def check(run):
        got = {r[key]: r[field] for r in run.rows(name)}
        for k, want in expected.items():
            assert k in got, f"[silently wrong] {name} has no feature {key}={k!r}"
            value = got[k]
            if want is None:
                assert _empty(value), f"[silently wrong] {name} {k}: {field}={value!r}, not empty"
            elif isinstance(want, float):
                ok = not _empty(value) and math.isclose(float(value), want, abs_tol=tol)
                assert ok, f"[silently wrong] {name} {k}: {field}={value!r}, not {want!r}"
            else:
                assert value == want, (
                    f"[silently wrong] {name} {k}: {field}={value!r}, not {want!r}"
                )

    return _on_success(check)


def column(name: str, field: str, predicate, what: str):
    """Every value of ``field`` in output ``name`` satisfies ``predicate``."""

    def check(run):
        bad = [r[field] for r in run.rows(name) if not predicate(r[field])]
        assert not bad, f"[silently wrong] {name}.{field}: {bad[:5]} ({what})"

    return _on_success(check)


def total(name: str, field: str, expected: float, tol: float = 0.5):
    def check(run):
        got = sum(float(r[field]) for r in run.rows(name) if not _empty(r[field]))
        assert math.isclose(got, expected, abs_tol=tol), (
            f"[silently wrong] the sum of {name}.{field} is {got:g}, not {expected:g}"
        )

    return _on_success(check)


def any_row(name: str, predicate, what: str):
    def check(run):
        assert any(predicate(r) for r in run.rows(name)), f"[silently wrong] {name}: {what}"

    return _on_success(check)


def warned(*words: str):
    """A warning or an error of the run names one of ``words`` (the user is told)."""

    def check(run):
        text = "\n".join(map(str, run.log)).casefold()
        assert any(w.casefold() in text for w in words), (
            f"[silently wrong] no warning names {' or '.join(map(repr, words))}; "
            f"warnings: {run.log[:5]}"
        )

    return _on_success(check)


def within_sweden(name: str):
    """Every geometry of output ``name`` lies in Sweden (not in the sea off Africa)."""

    def check(run):
        from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

        layer = run.layer(name)
        target = QgsCoordinateReferenceSystem("EPSG:3006")
        transform = QgsCoordinateTransform(layer.crs(), target, QgsProject.instance())
        for feature in layer.getFeatures():
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                continue  # no position: not in the sea (a warning is asked for separately)
            geometry.transform(transform)
            xs, ys = zip(*((v.x(), v.y()) for v in geometry.vertices()))
            inside = (
                min(xs) >= SWEDEN[0]
                and min(ys) >= SWEDEN[1]
                and max(xs) <= SWEDEN[2]
                and max(ys) <= SWEDEN[3]
            )
            where = f"x {min(xs):.0f}–{max(xs):.0f}, y {min(ys):.0f}–{max(ys):.0f}"
            assert inside, f"[silently wrong] {name} has a feature outside Sweden ({where})"

    return _on_success(check)


def layers_in(path_of, n: int):
    """The GeoPackage ``path_of(run)`` holds at least ``n`` layers with features."""

    def check(run):
        from qgis.core import QgsVectorLayer

        path = path_of(run)
        layer = QgsVectorLayer(path, "gpkg", "ogr")
        names = [s.split("!!::!!")[1] for s in layer.dataProvider().subLayers()]
        filled = [
            name
            for name in names
            if QgsVectorLayer(f"{path}|layername={name}", name, "ogr").featureCount() > 0
        ]
        assert len(filled) >= n, f"[silently wrong] {path} holds {filled}, not {n} outputs"

    return _on_success(check)


def _empty(value) -> bool:
    if value is None:
        return True
    if hasattr(value, "isNull") and value.isNull():
        return True
    return isinstance(value, float) and math.isnan(value)
