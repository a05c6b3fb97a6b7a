"""Toolbox group "2. Area types and inequality": one module per tool, parameters in
``params``, output styles in ``styles``."""
