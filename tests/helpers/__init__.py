"""Test code more than one test module uses: hand-made layers, feeds and servers, the
sample's statistics layers as the demo builds them, and the paths of the project."""
