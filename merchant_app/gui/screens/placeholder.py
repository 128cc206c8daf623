"""Screens whose features arrive with later work: each says what will come there."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("ComingSoon", text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate; translated where it is shown."""
    return text


# screen key -> (permission, what will come there)
PLANNED: dict[str, tuple[str, str]] = {
    "orders": (
        "",
        QT_TRANSLATE_NOOP(
            "ComingSoon",
            "Order entry by scan and search, the review flow from customer service to the "
            "warehouse, payments and the order list will be here.",
        ),
    ),
    "inventory": (
        "",
        QT_TRANSLATE_NOOP(
            "ComingSoon",
            "Products and categories, stock per location, receiving, transfers, stock counts, "
            "replenishment and imports will be here.",
        ),
    ),
    "members": (
        "",
        QT_TRANSLATE_NOOP(
            "ComingSoon",
            "Members with their points, tiers, coupons and service tickets will be here.",
        ),
    ),
}


class PlannedScreen(QWidget):
    """An empty screen that tells the user what it will hold."""

    required_permission = ""

    def __init__(
        self,
        title: str,
        description: str,
        ctx: Any = None,
        actor: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        text = QLabel(_t(description))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(text)
        layout.addStretch(1)

    def refresh(self) -> None:
        """Nothing to reload yet."""
