"""The plugin's tests, in the plugin's folders: ``core/<subject>/``, ``processing/<subject>/``
and ``gui/`` hold the tests of those modules; plugin-wide tests stay here. Shared fixtures
are in ``conftest.py``, shared test code in ``helpers/``."""
