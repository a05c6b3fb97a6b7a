"""Method logic of the plugin: pure Python (pandas, geopandas, numpy, rasterio).

Nothing in ``core`` imports QGIS or Qt. Every method of ``METHODS.md`` lives here, takes and
returns DataFrames/GeoDataFrames and plain values, and can be used from a notebook.
"""
