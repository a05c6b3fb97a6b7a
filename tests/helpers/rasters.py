"""Small GeoTIFFs written by hand for tests."""

from __future__ import annotations

from pathlib import Path


def write_raster(path: Path, values, transform, crs="EPSG:3006", nodata=-1) -> Path:
    """A one-band GeoTIFF of the 2-D array ``values`` (its dtype; rows from north to south)
    placed by ``transform`` (e.g. ``rasterio.transform.from_origin``)."""
    import rasterio

    with rasterio.open(
        path,
        "w",
        driver="GTiff",
        width=values.shape[1],
        height=values.shape[0],
        count=1,
        dtype=values.dtype,
        crs=crs,
        transform=transform,
        nodata=nodata,
    ) as dataset:
        dataset.write(values, 1)
    return path
