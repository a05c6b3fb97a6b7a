"""The report's charts as small SVG files, one per kommun and chart, drawn from the figures.

QGIS 3.22 has no chart item in its print layouts (QGIS 3.40 added one, with its own data
model). A picture item (``QgsLayoutItemPicture``) that shows an SVG drawing held in a field
of the atlas layer is the nearest thing that works from 3.22 on: the chart is vector (sharp
in the PDF; Qt draws its words as outlines), it changes with every atlas page, and a planner
can move, resize or replace it in the Layout Manager. The SVG is written here from the numbers the report's
text shows, so the chart and the figures cannot disagree.
"""

from __future__ import annotations

import math
from xml.sax.saxutils import escape

from ....i18n import format_number

WIDTH, HEIGHT = 300.0, 150.0  # user units; the picture item scales the drawing to its frame
TEXT = "#222222"
GRID = "#bdbdbd"


def _c(value) -> str:
    """A coordinate for the SVG file (data for the renderer, not text people read)."""
    return str(round(float(value), 1))


def _text(x, y, text, size=9.0, anchor="start", weight="normal", family="sans-serif"):
    return (
        f'<text x="{_c(x)}" y="{_c(y)}" font-family="{escape(family)}" font-size="{_c(size)}" '
        f'font-weight="{weight}" text-anchor="{anchor}" fill="{TEXT}">{escape(str(text))}</text>'
    )


def _svg(body: list, height: float = HEIGHT) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_c(WIDTH)}" height="{_c(height)}" '
        f'viewBox="0 0 {_c(WIDTH)} {_c(height)}">\n' + "\n".join(body) + "\n</svg>\n"
    )


def _number(value, decimals=0):
    return (
        "–"
        if value is None or (isinstance(value, float) and math.isnan(value))
        else (format_number(value, decimals))
    )


def bar_chart(
    rows: list, title: str, family: str, unit: str = "", decimals: int = 0, maximum=None
) -> str:
    """Horizontal bars: ``rows`` of (label, value, colour); the value written at the bar's
    end (``unit`` after it). Bars share one scale from 0 to ``maximum`` (default the largest
    value); a missing value (None/NaN) draws no bar and writes "–"."""
    label_width, top, bar, gap = 64.0, 24.0, 14.0, 5.0
    values = [v for _, v, _ in rows if v is not None and not math.isnan(v)]
    top_value = maximum if maximum else max(values + [0.0]) or 1.0
    span = WIDTH - label_width - 52.0
    body = [_text(0, 12, title, 10.0, weight="bold", family=family)]
    y = top
    for label, value, colour in rows:
        body.append(_text(label_width - 4, y + bar - 3.5, label, 8.5, "end", family=family))
        length = 0.0
        if value is not None and not math.isnan(value) and value > 0:
            length = max(0.8, span * min(value, top_value) / top_value)
            body.append(
                f'<rect x="{_c(label_width)}" y="{_c(y)}" width="{_c(length)}" '
                f'height="{_c(bar)}" fill="{colour}" stroke="#6e6e6e" stroke-width="0.4"/>'
            )
        body.append(
            _text(
                label_width + length + 3,
                y + bar - 3.5,
                _number(value, decimals) + unit,
                8.5,
                family=family,
            )
        )
        y += bar + gap
    body.append(
        f'<line x1="{_c(label_width)}" y1="{_c(top - 2)}" x2="{_c(label_width)}" '
        f'y2="{_c(y - gap + 2)}" stroke="{GRID}" stroke-width="0.8"/>'
    )
    return _svg(body, y + 2)


def stacked_shares(rows: list, parts: list, title: str, family: str) -> str:
    """100 % bars, one per row: ``rows`` of (label, [share per part in %]); ``parts`` of
    (name, colour) for the key below the bars. Shares are written inside segments wide enough
    to hold them."""
    label_width, top, bar, gap = 70.0, 26.0, 22.0, 10.0
    span = WIDTH - label_width - 8.0
    body = [_text(0, 12, title, 10.0, weight="bold", family=family)]
    y = top
    for label, shares in rows:
        body.append(_text(label_width - 4, y + bar / 2 + 3, label, 8.5, "end", family=family))
        x = label_width
        for (_, colour), share in zip(parts, shares):
            if share is None or math.isnan(share) or share <= 0:
                continue
            width = span * share / 100.0
            body.append(
                f'<rect x="{_c(x)}" y="{_c(y)}" width="{_c(width)}" height="{_c(bar)}" '
                f'fill="{colour}" stroke="#ffffff" stroke-width="0.6"/>'
            )
            if width >= 26:
                body.append(
                    _text(
                        x + width / 2,
                        y + bar / 2 + 3,
                        _number(share) + " %",
                        8.0,
                        "middle",
                        family=family,
                    )
                )
            x += width
        y += bar + gap
    x = label_width
    for name, colour in parts:
        body.append(
            f'<rect x="{_c(x)}" y="{_c(y)}" width="9" height="9" fill="{colour}" '
            'stroke="#6e6e6e" stroke-width="0.4"/>'
        )
        body.append(_text(x + 12, y + 8, name, 8.0, family=family))
        x += 12 + 6.0 * len(name) + 10
    return _svg(body, y + 14)
