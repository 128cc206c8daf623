"""Light, dark and system themes, and high-DPI set-up.

"light" and "dark" use the Fusion style with an explicit palette, so they look the same
on every platform and every role is readable (disabled text, links, selections, tool
tips, placeholder text included).  "system" gives the platform's own style and palette
back, and on Qt 6.8 and later also lets the platform's colour scheme (light or dark
mode) through again.
"""

from __future__ import annotations

import os

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

THEMES = ("system", "light", "dark")

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup

# Role -> (normal colour, disabled colour).  Normal applies to the active and inactive
# groups.  Text on its background keeps a WCAG contrast of at least 4.5:1, disabled
# text at least 3:1 (tests/gui/test_theme.py measures it).
_DARK: dict[QPalette.ColorRole, tuple[str, str]] = {
    _Role.Window: ("#2d2d30", "#2d2d30"),
    _Role.WindowText: ("#e8e8e8", "#8c8c8c"),
    _Role.Base: ("#1f1f21", "#262628"),
    _Role.AlternateBase: ("#29292c", "#29292c"),
    _Role.Text: ("#e8e8e8", "#8c8c8c"),
    _Role.PlaceholderText: ("#9e9e9e", "#7a7a7a"),
    _Role.Button: ("#3a3a3e", "#333336"),
    _Role.ButtonText: ("#e8e8e8", "#8c8c8c"),
    _Role.BrightText: ("#ff7070", "#ff7070"),
    _Role.Light: ("#55555a", "#4a4a4e"),
    _Role.Midlight: ("#47474b", "#3f3f43"),
    _Role.Mid: ("#2a2a2d", "#2a2a2d"),
    _Role.Dark: ("#19191b", "#19191b"),
    _Role.Shadow: ("#000000", "#000000"),
    _Role.Highlight: ("#2f62c4", "#45454a"),
    _Role.HighlightedText: ("#ffffff", "#a6a6a6"),
    _Role.Accent: ("#2f62c4", "#45454a"),
    _Role.Link: ("#71b7ff", "#7d8ea3"),
    _Role.LinkVisited: ("#c9a3ff", "#8f84a3"),
    _Role.ToolTipBase: ("#3c3c40", "#3c3c40"),
    _Role.ToolTipText: ("#f2f2f2", "#f2f2f2"),
}

_LIGHT: dict[QPalette.ColorRole, tuple[str, str]] = {
    _Role.Window: ("#efefef", "#efefef"),
    _Role.WindowText: ("#1a1a1a", "#7a7a7a"),
    _Role.Base: ("#ffffff", "#f4f4f4"),
    _Role.AlternateBase: ("#f5f5f5", "#f5f5f5"),
    _Role.Text: ("#1a1a1a", "#7a7a7a"),
    _Role.PlaceholderText: ("#6e6e6e", "#a0a0a0"),
    _Role.Button: ("#efefef", "#e8e8e8"),
    _Role.ButtonText: ("#1a1a1a", "#7a7a7a"),
    _Role.BrightText: ("#ffffff", "#ffffff"),
    _Role.Light: ("#ffffff", "#ffffff"),
    _Role.Midlight: ("#cacaca", "#d6d6d6"),
    _Role.Mid: ("#b8b8b8", "#c4c4c4"),
    _Role.Dark: ("#9f9f9f", "#bebebe"),
    _Role.Shadow: ("#767676", "#b1b1b1"),
    _Role.Highlight: ("#2a62c9", "#c8c8c8"),
    _Role.HighlightedText: ("#ffffff", "#707070"),
    _Role.Accent: ("#2a62c9", "#c8c8c8"),
    _Role.Link: ("#0b57c2", "#7a93bd"),
    _Role.LinkVisited: ("#7a2fb8", "#a08ab4"),
    _Role.ToolTipBase: ("#ffffdc", "#ffffdc"),
    _Role.ToolTipText: ("#1a1a1a", "#1a1a1a"),
}

# What "system" gives back, saved from the application before the first change.
_SYSTEM_STYLE_PROPERTY = "merchant_app_system_style"
_system_tooltip_palette: QPalette | None = None


def configure_high_dpi() -> bool:
    """Let Qt scale by the screen's exact factor (1.25, 1.5 …) instead of rounding it.

    Must run before the QApplication is created; returns ``False`` (and changes
    nothing) when an application object already exists.
    """
    if QGuiApplication.instance() is not None:
        return False
    # Qt reads the variable when the application starts; a value the user set wins.  (The
    # variable rather than setHighDpiScaleFactorRoundingPolicy: that call would create
    # the Qt namespace before the first window, ~20 ms of start-up.)
    os.environ.setdefault("QT_SCALE_FACTOR_ROUNDING_POLICY", "PassThrough")
    return True


def build_palette(theme: str) -> QPalette:
    """The explicit palette of the "light" or "dark" theme."""
    colours = {"light": _LIGHT, "dark": _DARK}.get(theme)
    if colours is None:
        raise ValueError(f"no palette for theme {theme!r}")
    palette = QPalette()
    for role, (normal, disabled) in colours.items():
        palette.setColor(role, QColor(normal))  # every group
        palette.setColor(_Group.Disabled, role, QColor(disabled))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch ``app`` to the "system", "light" or "dark" theme; can be called any time."""
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}; expected one of {', '.join(THEMES)}")
    global _system_tooltip_palette
    if app.property(_SYSTEM_STYLE_PROPERTY) is None:
        if theme == "system":
            return  # nothing has been changed yet: the platform's look is in place
        # saved just before the first change (QToolTip.palette() is already a copy)
        app.setProperty(_SYSTEM_STYLE_PROPERTY, app.style().name())
        _system_tooltip_palette = QToolTip.palette()
    _set_color_scheme(app, theme)
    if theme == "system":
        app.setStyle(str(app.property(_SYSTEM_STYLE_PROPERTY)))
        app.setPalette(QPalette())  # an empty palette: the platform's own again
        if _system_tooltip_palette is not None:
            QToolTip.setPalette(_system_tooltip_palette)
        return
    palette = build_palette(theme)
    app.setStyle("Fusion")
    app.setPalette(palette)
    QToolTip.setPalette(palette)


def is_dark(app: QApplication) -> bool:
    """Whether the palette in use is dark (light text on a dark window)."""
    palette = app.palette()
    return palette.color(_Role.Window).lightness() < palette.color(_Role.WindowText).lightness()


def _set_color_scheme(app: QApplication, theme: str) -> None:
    """Tell Qt ≥ 6.8 the scheme, so native parts (title bars, dialogs) match."""
    hints = app.styleHints()
    if not hasattr(hints, "setColorScheme"):
        return
    from PySide6.QtCore import Qt

    scheme = {
        "light": Qt.ColorScheme.Light,
        "dark": Qt.ColorScheme.Dark,
    }.get(theme, Qt.ColorScheme.Unknown)
    hints.setColorScheme(scheme)
