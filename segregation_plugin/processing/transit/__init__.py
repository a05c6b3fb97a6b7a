"""Toolbox group "3. Public transport": one module per tool, parameters in ``params``, output
styles in ``styles``."""
