"""Toolbox group "4. Planning and tenure mix": one module per tool, parameters in ``params``,
output styles in ``styles``."""
