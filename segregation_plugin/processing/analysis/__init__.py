"""The guided analysis: the subjects' tools run as the steps of one analysis."""
