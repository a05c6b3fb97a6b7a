"""Deterministic generator of the bundled sample region (a fictional county, län 99).

``python tools/make_sample.py resources/sample`` (``make sample``) writes the same bytes on
every run in the project's environment: all randomness comes from one seeded generator and
every file format is written with fixed timestamps.
"""
