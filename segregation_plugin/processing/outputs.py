"""QML styles from ``resources/styles`` for the sample layers and for algorithm outputs.

:func:`apply_style` styles a layer that is already loaded; :func:`style_output_on_load`
asks Processing to style an output layer when it is added to the project after a run.
The styles themselves are built by ``tools/make_styles.py`` (``make styles``).
"""

from __future__ import annotations

from qgis.core import Qgis, QgsMessageLog, QgsProcessingLayerPostProcessorInterface
from qgis.PyQt.QtGui import QColor, QFont

from ..paths import style_path

LOG_TAG = "Segregation"

# Processing keeps only a C++ pointer to a layer post-processor: the Python objects must
# outlive the run, or Python frees them before QGIS calls them (and QGIS crashes).
_post_processors: list = []


def apply_style(layer, name: str) -> bool:
    """Load ``resources/styles/<name>.qml`` onto ``layer``; False (and a log line) on failure."""
    try:
        path = style_path(name)
    except FileNotFoundError as exc:
        QgsMessageLog.logMessage(str(exc), LOG_TAG, Qgis.MessageLevel.Warning)
        return False
    if not path.is_file():
        QgsMessageLog.logMessage(f"Style {path} not found.", LOG_TAG, Qgis.MessageLevel.Warning)
        return False
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


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Applies a named style to a Processing output layer when QGIS loads it."""

    def __init__(self, style_name: str):
        super().__init__()
        self.style_name = style_name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS's name)
        if layer is not None:
            apply_style(layer, self.style_name)


def style_output_on_load(context, dest_id: str, style_name: str) -> bool:
    """Style output ``dest_id`` with ``style_name`` if the run loads it into the project.

    Call it in ``processAlgorithm`` after the output is written. Returns True when a
    post-processor was set (False when the output is not loaded, e.g. from a script).
    """
    if not dest_id or not context.willLoadLayerOnCompletion(dest_id):
        return False
    processor = StyleOnLoad(style_name)
    _post_processors.append(processor)
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
    return True


def system_font(bold: bool = False, point_size: float = None) -> QFont:
    """A font without a family name: QGIS draws it in the user's default font and, unlike a
    named family (e.g. "DejaVu Sans"), a saved style or project never warns on another
    computer that the font is missing."""
    font = QFont()
    font.setFamily("")
    font.setBold(bold)
    if point_size:
        font.setPointSizeF(point_size)
    return font


def halo_text_format(size: float, bold: bool = False, colour=(40, 40, 40), halo: float = 1.0):
    """A label text format in the default font with a white halo, for labels over fills."""
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
