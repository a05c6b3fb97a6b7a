"""The plugin's Processing provider, registered in QGIS's Processing registry for tests."""

from __future__ import annotations

_KEEP = []  # Processing keeps only the C++ side of a provider: keep the Python side alive


def ensure_provider():
    """The registered ``segregation`` provider, registered first when it is absent (a test of
    the plugin itself may remove and re-add it)."""
    from qgis.core import QgsApplication

    from segregation_plugin.processing.provider import PROVIDER_ID, SegregationProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById(PROVIDER_ID)
    if provider is None:
        provider = SegregationProvider()
        registry.addProvider(provider)
        _KEEP.append(provider)
    return provider
