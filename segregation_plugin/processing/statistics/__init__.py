"""Toolbox group "1. Areas and statistics": one module per tool, parameters in ``params``,
output styles in ``styles``."""
