"""The shop's order-processing targets (how soon an order should leave each state).

:class:`TargetsDialog` edits a :class:`~merchant_app.services.report_types.TimelinessTargets`
within the ranges :func:`merchant_app.services.dashboard.set_timeliness_targets` accepts
(review 1 … 100,000 minutes, warehouse 1 … 10,000 hours, packing and shipping 0 … 10,000
hours, 0 being "no target"); the caller saves what :meth:`TargetsDialog.targets` gives.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from merchant_app.services.report_types import TimelinessTargets


def _spin(parent: QWidget, low: int, high: int, value: int, suffix: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setGroupSeparatorShown(True)
    return spin


class TargetsDialog(QDialog):
    """OK/Cancel over four targets; see the module docstring."""

    def __init__(self, targets: TimelinessTargets, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Order-processing targets"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "How soon after it was placed an order should leave each state. The "
                "dashboard counts the orders past their target as late."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        minutes, hours = self.tr(" min"), self.tr(" h")
        self.review = _spin(self, 1, 100_000, targets.review_minutes, minutes)
        self.warehouse = _spin(self, 1, 10_000, targets.warehouse_hours, hours)
        self.pack = _spin(self, 0, 10_000, targets.pack_hours, hours)
        self.ship = _spin(self, 0, 10_000, targets.ship_hours, hours)
        for spin in (self.pack, self.ship):
            spin.setSpecialValueText(self.tr("No target"))
        form.addRow(self.tr("&Reviewed within:"), self.review)
        form.addRow(self.tr("&Handed to the warehouse within:"), self.warehouse)
        form.addRow(self.tr("&Packed within:"), self.pack)
        form.addRow(self.tr("&Shipped within:"), self.ship)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def targets(self) -> TimelinessTargets:
        """The targets as entered."""
        return TimelinessTargets(
            self.review.value(), self.warehouse.value(), self.pack.value(), self.ship.value()
        )
