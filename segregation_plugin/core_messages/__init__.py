"""Core's English messages as templates, so that they can be translated while core stays Qt-free.

Core raises ``InputError(f"The field '{field}' is not numeric …")`` and writes its warnings as
plain English f-strings. This package reads core's source with :mod:`ast` and turns each such
message into a *template*, ``"The field '{field}' is not numeric …"``: ``tools/i18n.py`` puts
the templates into the ``.ts`` files for translators, and ``processing/messages.py`` matches a
message core wrote against them at run time and writes it in the UI language. Plain Python
(no Qt, no plugin imports), run on the ``.py`` files of core that the plugin ships.

The rules (:mod:`.source` finds the messages, :mod:`.extraction` makes the templates):

- **Messages** are the arguments of the calls listed in ``source.SINKS``:
  ``InputError(...)`` (and of core's subclasses of it), ``MissingDependencyError(...)``,
  ``warn(...)`` (its last argument: ``info.warn(text)``,
  ``feed.warn(file, line, text)``), ``progress.info(...)``, ``warnings.append(...)``,
  ``notes.append(...)``, ``lines.append(...)`` (lines for the log), the join report's
  ``report.add(check, severity, message)`` and the area checks' ``_row(…, problem,
  action)``; and the items of a list assigned or added to ``warnings``, ``notes`` or
  ``lines`` (``lines = [f"…", …]``). A string, an f-string, a ``+`` of them or an
  ``a if c else b`` of them is a message; a message that is a *variable* is followed to its
  assignments in the function (``text = …`` with each ``text += …``), one that is a *call*
  of a core function to that function's ``return`` values.
- **Placeholders**: each ``{expr}`` of an f-string, and each operand of a ``+`` that is not
  a string, becomes ``{name}``. The name is made of the identifiers in ``expr`` (names,
  attribute names and string keys of a subscript, in the order :mod:`ast` lists them;
  ``self``/``cls`` left out, leading ``_`` dropped, lower case), each once, the first four
  joined by ``_``: ``{field}``, ``{len(rows)}`` → ``{len_rows}``, ``{meta.table}`` →
  ``{meta_table}``, ``{', '.join(missing)}`` → ``{join_missing}``,
  ``{row['region']}`` → ``{row_region}``, ``{self.limiter.waited:.1f}`` →
  ``{limiter_waited}``; ``{value}`` when there is none. The format spec (``:,``, ``:.1f``)
  and conversion (``!r``) are kept beside the name, never in it. A name already used in the
  message for a different expression gets ``_2``, ``_3``.
- **Fragments** are the English pieces a placeholder may hold, translated with the
  disambiguation :data:`FRAGMENT`: any string of an ``a if c else b`` or ``a or b`` in the
  placeholder or assigned to its variable, the string arguments and literal ``return``
  values of a core function called in it (``_verb(n, 'is', 'are')``); and, when it has a
  space (prose, not a field name), a string assigned to its variable, its default as a
  parameter and what core's calls pass for that parameter (``what="a number of
  residents"``, or by position; through a caller's own parameter too). A value that is
  exactly one of its placeholder's fragments is translated too.
- A template without a letter outside its placeholders (nothing to translate) or with a
  literal brace is left out.

At run time a message is matched against every template (most literal text first); the
first that matches gives the values of its placeholders (:class:`.templates.Matcher`).
"""

from .extraction import read_catalogue
from .source import SINKS
from .templates import FRAGMENT, Catalogue, Matcher, Placeholder, Template, placeholder_name

__all__ = [
    "FRAGMENT",
    "SINKS",
    "Catalogue",
    "Matcher",
    "Placeholder",
    "Template",
    "placeholder_name",
    "read_catalogue",
]
