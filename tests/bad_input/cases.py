"""The cases, gathered from the subject modules."""

CASES = []
