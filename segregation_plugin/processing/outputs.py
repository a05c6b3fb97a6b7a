"""How the plugin styles its layers: one registry of named styles and one way to style an
algorithm's output, plus the symbol and font helpers the styles are built from.

**The registry.** A style is a name and a *styler*, ``f(layer, **options)``, that sets the
layer's renderer (and labels, diagrams, opacity …). A styler may return False when it cannot
style the layer (e.g. the field it classifies is missing); any other return value counts as
styled. Two kinds of styles share the registry:

- styles built in code, so their legends follow QGIS's language: each subject's
  ``processing/<subject>/styles.py`` registers its stylers with the :func:`output_style`
  decorator (``@output_style("area_types")`` above the function). The subject modules are
  imported on the first look-up of a name that is not registered yet, so a caller needs only
  the name;
- QML files in ``resources/styles`` (built by ``tools/make_styles.py``, ``make styles``):
  the name ``"deso"`` loads ``resources/styles/deso.qml``. A code style and a QML file never
  share a name (a test checks it).

An unknown name is a programming error: :func:`styler` raises ValueError naming it.

**Styling.** :func:`apply_style` styles a layer at hand (the sample's layers, the demo).
:func:`style_output` styles an algorithm's output once it is written. A tool names the style
when it stages the output, and the output writer (``processing/writing.py``) calls
:func:`style_output` after writing::

    self.writer.add_frame(self.OUTPUT, frame, style="area_types")

When the run loads the output into the project (the toolbox, the dock) Processing calls the
styler once the layer is loaded; when the output is a temporary layer returned to a script
(``processing.run`` with ``TEMPORARY_OUTPUT``) it is styled at once.

**Helpers.** :func:`fill_symbol` and :func:`marker_symbol` build the simple symbols of every
code style; :func:`system_font` and :func:`halo_text_format` the fonts of labels and legends,
in the family of QGIS's own user-interface font (:func:`ui_font_family`).
"""

from __future__ import annotations

import importlib
import importlib.util

from qgis.core import (
    Qgis,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsMessageLog,
    QgsProcessingLayerPostProcessorInterface,
)
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase, QFontInfo, QFontMetrics

from ..paths import resources_dir, style_path

LOG_TAG = "Segregation"
OUTPUT_KEY = "segregation/output"  # a layer's custom property: the tool whose output it is

_STYLERS: dict = {}  # name -> styler, filled by @output_style in the subjects' styles.py

# Processing keeps only a C++ pointer to a layer post-processor: the Python objects must
# outlive the run, or Python frees them before QGIS calls them (and QGIS crashes).
_post_processors: list = []


# --- the registry ---------------------------------------------------------------------------
def output_style(name: str):
    """Decorator: register the decorated function as the styler of style ``name``."""

    def register(function):
        known = _STYLERS.get(name)
        if known is not None and _qualified(known) != _qualified(function):
            raise ValueError(
                f"Output style {name!r} is registered twice: {_qualified(known)} and "
                f"{_qualified(function)}."
            )
        _STYLERS[name] = function
        return function

    return register


def _qualified(function) -> str:
    return f"{function.__module__}.{function.__qualname__}"


def _import_subject_styles() -> None:
    """Import every ``processing/<subject>/styles.py``, which registers its stylers."""
    from .algorithm import GROUPS

    for subject in GROUPS:
        module = f"{__package__}.{subject}.styles"
        if importlib.util.find_spec(module) is not None:
            importlib.import_module(module)


def _qml_styler(name: str):
    """A styler that loads ``resources/styles/<name>.qml``, or None without that file."""
    try:
        path = style_path(name)
    except FileNotFoundError:
        return None
    if not path.is_file():
        return None

    def load_qml(layer) -> bool:
        message, ok = layer.loadNamedStyle(str(path))
        if not ok:
            QgsMessageLog.logMessage(
                f"Could not apply style {path} to {layer.name()}: {message}",
                LOG_TAG,
                Qgis.MessageLevel.Warning,
            )
            return False
        layer.triggerRepaint()
        return True

    return load_qml


def styler(name: str):
    """The styler of style ``name``: registered in code, else a QML file of that name.

    Raises ValueError for a name that is neither (a programming error)."""
    if name not in _STYLERS:
        _import_subject_styles()
    function = _STYLERS.get(name) or _qml_styler(name)
    if function is None:
        raise ValueError(
            f"Unknown output style {name!r}: register a styler with @output_style({name!r}) "
            f"in a processing/<subject>/styles.py, or add resources/styles/{name}.qml. "
            f"Known styles: {', '.join(style_names())}."
        )
    return function


def style_names() -> list:
    """Every style name: the registered code styles and the QML files, sorted."""
    _import_subject_styles()
    try:
        qml = [p.stem for p in (resources_dir() / "styles").glob("*.qml")]
    except FileNotFoundError:
        qml = []
    return sorted(set(_STYLERS) | set(qml))


def _styled(result) -> bool:
    return result is not False


# --- styling layers -------------------------------------------------------------------------
def apply_style(layer, name: str, **options) -> bool:
    """Style ``layer`` with style ``name`` now; False when the styler could not (e.g. a QML
    file QGIS failed to read, logged). ValueError for an unknown name."""
    return _styled(styler(name)(layer, **options))


class _OutputStyler(QgsProcessingLayerPostProcessorInterface):
    """Applies a styler to a Processing output when QGIS loads it into the project, and
    marks it as the output of tool ``tool`` (:data:`OUTPUT_KEY`)."""

    def __init__(self, name: str, function, options: dict, tool: str = ""):
        super().__init__()
        self.name, self.function, self.options, self.tool = name, function, options, tool

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS's name)
        if layer is None:
            return
        if self.function is not None:
            self.function(layer, **self.options)
        if self.tool:
            layer.setCustomProperty(OUTPUT_KEY, self.tool)


def mark_output(context, dest_id: str, tool: str) -> None:
    """Mark output ``dest_id`` as a result of ``tool`` (the layer's custom property
    :data:`OUTPUT_KEY`, kept in the project), so "Save the analysis" finds it: when the run
    loads it into the project, or at once for a temporary layer returned to a script."""
    if context.willLoadLayerOnCompletion(dest_id):
        details = context.layerToLoadOnCompletionDetails(dest_id)
        processor = details.postProcessor()
        known = [p for p in _post_processors if p is processor]
        if known:
            known[0].tool = tool
        elif processor is None:
            processor = _OutputStyler("", None, {}, tool)
            _post_processors.append(processor)
            details.setPostProcessor(processor)
        return
    layer = context.temporaryLayerStore().mapLayer(dest_id)
    if layer is not None:
        layer.setCustomProperty(OUTPUT_KEY, tool)


def style_output(context, dest_id: str, name: str, **options) -> bool:
    """Style output ``dest_id`` with style ``name`` (``options`` go to the styler): when the
    run loads it into the project (the toolbox, the dock), or at once when it is a temporary
    layer returned to a script (``processing.run`` with ``TEMPORARY_OUTPUT``).

    True when a post-processor was set or the layer was styled; False when neither applies
    (e.g. a file written from a script: open it and :func:`apply_style`). An unknown ``name``
    raises ValueError in every case."""
    function = styler(name)
    if not dest_id:
        return False
    if context.willLoadLayerOnCompletion(dest_id):
        processor = _OutputStyler(name, function, options)
        _post_processors.append(processor)
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
        return True
    layer = context.temporaryLayerStore().mapLayer(dest_id)
    return layer is not None and _styled(function(layer, **options))


def name_output(context, dest_id: str, title: str) -> bool:
    """Name output ``dest_id`` after its content (``title``, e.g. 'Områdestyper RegSO 2022 —
    1480 Göteborg'): the name of the layer the run loads into the project, whether it is
    temporary or a file (QGIS's setting to name layers after their files does not apply),
    and of a temporary layer returned to a script. True when either was named."""
    if not dest_id or not title:
        return False
    named = False
    if context.willLoadLayerOnCompletion(dest_id):
        details = context.layerToLoadOnCompletionDetails(dest_id)
        details.name = title
        if hasattr(details, "forceName"):
            details.forceName = True
        named = True
    layer = context.temporaryLayerStore().mapLayer(dest_id)
    if layer is not None:
        layer.setName(title)
        named = True
    return named


def finish_output(context, dest_id: str, staged, tool: str) -> None:
    """A written output made ready for the user: styled (``staged.style`` with its options),
    named after its content (``staged.title``) and marked as ``tool``'s result."""
    if staged.style:
        style_output(context, dest_id, staged.style, **staged.options)
    if staged.title:
        name_output(context, dest_id, staged.title)
    mark_output(context, dest_id, tool)


# --- symbols and fonts ----------------------------------------------------------------------
def fill_symbol(
    colour: str,
    outline: str = None,
    width: float = 0.2,
    opacity: float = 1.0,
    join: str = "bevel",
) -> QgsFillSymbol:
    """A solid fill in ``colour`` with an ``outline`` of ``width`` mm (``outline`` None: no
    outline) and corners joined ``join`` ("bevel", "round" or "miter")."""
    symbol = QgsFillSymbol.createSimple(
        {
            "color": colour,
            "style": "solid",
            "outline_style": "solid" if outline else "no",
            "outline_color": outline or colour,
            "outline_width": str(width),
            "outline_width_unit": "MM",
            "joinstyle": join,
        }
    )
    symbol.setOpacity(opacity)
    return symbol


def marker_symbol(
    colour,
    size: float = 2.2,
    shape: str = "circle",
    outline: str = "#ffffff",
    width: float = 0.3,
) -> QgsMarkerSymbol:
    """A ``shape`` marker of ``size`` mm in ``colour`` (None: the outline only) with an
    ``outline`` of ``width`` mm."""
    return QgsMarkerSymbol.createSimple(
        {
            "name": shape,
            "color": colour or "0,0,0,0",
            "size": str(size),
            "outline_color": outline,
            "outline_width": str(width),
        }
    )


# Sans-serif families to fall back on, in order, when QGIS's UI font does not resolve to a
# family that can write Swedish (one of them is on every desktop QGIS runs on).
FALLBACK_FAMILIES = (
    "DejaVu Sans",
    "Noto Sans",
    "Liberation Sans",
    "Segoe UI",
    "Arial",
    "Helvetica Neue",
    "Helvetica",
    "Open Sans",
    "Roboto",
    "Ubuntu",
    "Cantarell",
    "FreeSans",
)
# Letters every label may contain: a family without them draws symbols or boxes instead.
_SAMPLE_LETTERS = "Aaåäö"
_ui_family: list = []  # the family found, once per session


def _font_database():
    """Qt 5's QFontDatabase is used through an instance, Qt 6's through static functions."""
    try:
        return QFontDatabase()
    except TypeError:
        return QFontDatabase


def writes_text(family: str) -> bool:
    """True when the installed ``family`` writes Latin text with å, ä and ö: not a symbol or
    mathematics font (TeX's cmex10 calls itself a family like any other)."""
    if not family:
        return False
    database = _font_database()
    if family not in database.families():
        return False
    systems = database.writingSystems(family)
    if QFontDatabase.WritingSystem.Symbol in systems:
        return False
    if QFontDatabase.WritingSystem.Latin not in systems:
        return False
    metrics = QFontMetrics(QFont(family))
    return all(metrics.inFont(letter) for letter in _SAMPLE_LETTERS)


def _resolved(font: QFont) -> str:
    """The family Qt actually draws ``font`` in (a UI font such as "MS Shell Dlg 2" or
    "DejaVu LGC Sans" is an alias that resolves to an installed family)."""
    return QFontInfo(font).family()


def ui_font_family() -> str:
    """The installed font family of QGIS's user interface, for every label and legend the
    plugin styles: the family Qt draws the application font in (an alias such as "Sans
    Serif" resolved to its family), else the system's general font's family,
    else the first of :data:`FALLBACK_FAMILIES` installed, else any installed family that
    writes text. Never empty: an empty family lets Qt take the alphabetically first
    installed family, on Debian TeX's cmex10, and every label turns into symbols.

    A style saved with this family opens on a computer without it in that computer's UI
    font (QGIS substitutes its application font for a missing family)."""
    if not _ui_family:
        _ui_family.append(_find_ui_family())
    return _ui_family[0]


def _find_ui_family() -> str:
    from qgis.core import QgsApplication

    application = QgsApplication.font()
    candidates = [
        _resolved(application),  # "Sans Serif", "MS Shell Dlg 2" … are aliases: not saved
        _resolved(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)),
        *FALLBACK_FAMILIES,
    ]
    for family in candidates:
        if writes_text(family):
            return family
    families = _font_database().families()
    for family in sorted(families, key=lambda name: "sans" not in name.lower()):
        if writes_text(family):
            return family
    return application.family() or "Sans Serif"


def system_font(bold: bool = False, point_size: float = None) -> QFont:
    """A font in the family of QGIS's user interface (:func:`ui_font_family`)."""
    font = QFont()  # the application's font and size …
    font.setFamily(ui_font_family())  # … in an installed family
    font.setBold(bold)
    if point_size:
        font.setPointSizeF(point_size)
    return font


def halo_text_format(size: float, bold: bool = False, colour=(40, 40, 40), halo: float = 1.0):
    """A label text format in QGIS's UI font with a white halo, for labels over fills."""
    from qgis.core import QgsTextBufferSettings, QgsTextFormat

    text = QgsTextFormat()
    text.setFont(system_font(bold=bold))
    text.setSize(size)
    text.setColor(QColor(*colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(halo)
    buffer.setColor(QColor(255, 255, 255, 220))
    text.setBuffer(buffer)
    return text
