"""Colours that the styles of several subjects share, defined once.

Presentation lives here and in the subjects' ``styles.py``, never in ``core``: core functions
that draw or write colours (the line profile's chart, the class raster) take them as
arguments.

- the five area types: red for challenges through blue for good conditions (ColorBrewer's
  RdBu), the same in every map, legend and chart; grey where an area has no type;
- the public-transport quality classes A–F: darkest blue for A through light green for F
  (one hue family, so "darker is better" reads at a glance).
"""

TYPE_COLOURS = {1: "#b2182b", 2: "#ef8a62", 3: "#fddbc7", 4: "#67a9cf", 5: "#2166ac"}
NO_TYPE_COLOUR = "#d9d9d9"

CLASS_COLOURS = {
    "A": "#0c2c84",
    "B": "#225ea8",
    "C": "#1d91c0",
    "D": "#41b6c4",
    "E": "#7fcdbb",
    "F": "#c7e9b4",
}
