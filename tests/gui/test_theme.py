"""Themes: dark and light palettes are readable and switch back and forth cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QToolTip

from merchant_app.gui.theme import apply_theme, build_palette, configure_high_dpi, is_dark

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# (foreground, background, minimum WCAG contrast ratio)
READABLE_PAIRS = [
    (Role.WindowText, Role.Window, 4.5),
    (Role.Text, Role.Base, 4.5),
    (Role.Text, Role.AlternateBase, 4.5),
    (Role.ButtonText, Role.Button, 4.5),
    (Role.PlaceholderText, Role.Base, 4.5),
    (Role.HighlightedText, Role.Highlight, 4.5),
    (Role.Link, Role.Base, 4.5),
    (Role.LinkVisited, Role.Base, 4.5),
    (Role.ToolTipText, Role.ToolTipBase, 4.5),
]
DISABLED_PAIRS = [
    (Role.WindowText, Role.Window, 3.0),
    (Role.Text, Role.Base, 3.0),
    (Role.ButtonText, Role.Button, 3.0),
]


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def app(qapp) -> Iterator[QApplication]:
    """The application, given back with the platform's style and palette afterwards."""
    yield qapp
    apply_theme(qapp, "system")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_role_is_readable(theme: str) -> None:
    palette = build_palette(theme)
    for group in (Group.Active, Group.Inactive):
        for fg, bg, minimum in READABLE_PAIRS:
            ratio = contrast(palette.color(group, fg), palette.color(group, bg))
            assert ratio >= minimum, (theme, group, fg, bg, round(ratio, 2))
    for fg, bg, minimum in DISABLED_PAIRS:
        ratio = contrast(palette.color(Group.Disabled, fg), palette.color(Group.Disabled, bg))
        assert ratio >= minimum, (theme, "disabled", fg, bg, round(ratio, 2))


def test_dark_theme(app: QApplication, qtbot) -> None:
    apply_theme(app, "dark")
    edit = QLineEdit()
    qtbot.addWidget(edit)

    palette = app.palette()
    assert app.style().name().lower() == "fusion"
    assert palette.color(Role.Window).lightness() < 80
    assert palette.color(Role.WindowText).lightness() > 200
    assert palette.color(Role.Text).lightness() > 200
    assert is_dark(app)
    assert edit.palette().color(Role.Base).lightness() < 80  # widgets follow
    assert QToolTip.palette().color(Role.ToolTipBase).lightness() < 80


def test_light_after_dark_restores_light(app: QApplication) -> None:
    apply_theme(app, "dark")
    apply_theme(app, "light")

    palette = app.palette()
    assert palette.color(Role.Window).lightness() > 200
    assert palette.color(Role.WindowText).lightness() < 60
    assert not is_dark(app)
    assert QToolTip.palette().color(Role.ToolTipText).lightness() < 60


def test_system_after_dark_gives_the_platform_back(app: QApplication) -> None:
    apply_theme(app, "system")
    original = QPalette(app.palette())
    style = app.style().name()
    tooltip_palette = QPalette(QToolTip.palette())

    apply_theme(app, "dark")
    apply_theme(app, "system")

    assert app.style().name() == style
    assert QToolTip.palette() == tooltip_palette
    assert app.palette().color(Role.Window) == original.color(Role.Window)
    assert app.palette().color(Role.WindowText) == original.color(Role.WindowText)
    assert is_dark(app) == (original.color(Role.Window).lightness() < 128)


def test_unknown_theme_is_refused(app: QApplication) -> None:
    with pytest.raises(ValueError, match="unknown theme"):
        apply_theme(app, "sepia")


def test_high_dpi_policy_needs_to_come_first(qapp) -> None:
    assert configure_high_dpi() is False  # too late: the application exists


def test_high_dpi_policy_before_the_application() -> None:
    script = (
        "from PySide6.QtGui import QGuiApplication\n"
        "from merchant_app.gui.theme import configure_high_dpi\n"
        "assert configure_high_dpi()\n"
        "app = QGuiApplication([])\n"
        "print(QGuiApplication.highDpiScaleFactorRoundingPolicy().name)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
        env={**_clean_env(), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.stdout.strip() == "PassThrough"


def _clean_env() -> dict[str, str]:
    """The environment without the rounding policy the test suite sets for itself."""
    env = dict(os.environ)
    env.pop("QT_SCALE_FACTOR_ROUNDING_POLICY", None)
    return env
