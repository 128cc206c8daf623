"""The Labels screen: print jobs with preview, layouts, printers and the reprint log."""

from merchant_app.gui.screens.labels.screen import LabelsScreen

__all__ = ["LabelsScreen"]
