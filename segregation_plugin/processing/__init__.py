"""Processing provider and algorithms: thin adapters from QGIS to ``core``."""
