"""What several subjects use: errors, progress and cancel, optional packages, area codes and
levels, text tables, and the strict readers of numbers and ranges."""
