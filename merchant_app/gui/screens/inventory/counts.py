"""Stock counts built for a scanner: start a count for a location, scan every item
(each scan adds one), see the variance against the snapshot, apply the differences.

Unknown codes are shown in red and listed, never silently dropped.  The variance takes
into account what was sold while the count ran (INV-4).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import show_error, translate_error
from merchant_app.gui.money_text import money_text
from merchant_app.gui.paged_model import PagedTableModel
from merchant_app.gui.screens.inventory.product_editor import flatten_categories
from merchant_app.gui.widgets import NoticeBar, configure_table, size_columns
from merchant_app.services import catalog, locations, stock_counts
from merchant_app.services.context import Actor, AppContext

_OK_STYLE = "QLabel { color: palette(text); background: rgba(46,150,67,60); padding: 10px; }"
_BAD_STYLE = "QLabel { color: palette(text); background: rgba(205,45,45,70); padding: 10px; }"


class VarianceModel(PagedTableModel[Any]):
    """The count's lines: expected at the snapshot, moved since, counted, difference."""

    SKU, NAME, EXPECTED, MOVED, COUNTED, DIFFERENCE, VALUE = range(7)
    RIGHT_ALIGNED = frozenset({EXPECTED, MOVED, COUNTED, DIFFERENCE, VALUE})

    def __init__(self, currency: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = currency

    def titles(self) -> Sequence[str]:
        return (
            self.tr("SKU"),
            self.tr("Name"),
            self.tr("Expected"),
            self.tr("Moved since"),
            self.tr("Counted"),
            self.tr("Difference"),
            self.tr("Value"),
        )

    def key(self, row: Any) -> Any:
        return row.sku

    def cell(self, row: Any, column: int) -> str:
        if column == self.SKU:
            return str(row.sku)
        if column == self.NAME:
            return str(row.name)
        if column == self.EXPECTED:
            return str(row.expected)
        if column == self.MOVED:
            return f"{row.moved_since:+d}" if row.moved_since else "0"
        if column == self.COUNTED:
            return str(row.counted)
        if column == self.DIFFERENCE:
            return f"{row.difference:+d}" if row.difference else "0"
        return "—" if row.value_minor is None else money_text(row.value_minor, self.currency)


class CountedModel(PagedTableModel[Any]):
    """A blind count as the counter sees it: what was counted, never what is expected."""

    SKU, NAME, COUNTED = range(3)
    RIGHT_ALIGNED = frozenset({COUNTED})

    def titles(self) -> Sequence[str]:
        return (self.tr("SKU"), self.tr("Name"), self.tr("Counted"))

    def key(self, row: Any) -> Any:
        return row.sku

    def cell(self, row: Any, column: int) -> str:
        return str((row.sku, row.name, row.counted)[column])


class CountPanel(QWidget):
    """Start or continue a count, scan into it, review and apply the variance."""

    def __init__(
        self, ctx: AppContext, actor: Actor, currency: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._currency = ctx, actor, currency
        self.count: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.location = QComboBox(self)
        self.location.setAccessibleName(self.tr("Location to count"))
        location_label = QLabel(self.tr("&Location:"), self)
        location_label.setBuddy(self.location)
        top.addWidget(location_label)
        top.addWidget(self.location, 1)
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Category to count"))
        category_label = QLabel(self.tr("C&ategory:"), self)
        category_label.setBuddy(self.category)
        top.addWidget(category_label)
        top.addWidget(self.category, 1)
        self.start_button = QPushButton(self.tr("&Start count"), self)
        top.addWidget(self.start_button)
        layout.addLayout(top)
        self.notice = NoticeBar(self)
        layout.addWidget(self.notice)
        self.feedback = QLabel(self.tr("Start a count, then scan each item."), self)
        self.feedback.setObjectName("scanFeedback")
        font = self.feedback.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.feedback.setFont(font)
        self.feedback.setWordWrap(True)
        layout.addWidget(self.feedback)
        manual = QHBoxLayout()
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText(self.tr("Scan, or type a barcode or SKU and press Enter"))
        self.code_edit.setAccessibleName(self.tr("Barcode or SKU"))
        manual.addWidget(self.code_edit, 1)
        layout.addLayout(manual)
        # Whoever may approve the count sees the variance; a counter sees only what was
        # counted (a blind count shows no expected stock).
        self.sees_variance = actor.can("stock.count.apply")
        self.table = QTableView(self)
        self.table.setObjectName("countLines")
        configure_table(self.table)
        self.model: PagedTableModel[Any]
        if self.sees_variance:
            self.model = VarianceModel(currency, self)
            vm = VarianceModel
            widths = {vm.SKU: 12, vm.EXPECTED: 8, vm.MOVED: 10, vm.COUNTED: 8, vm.DIFFERENCE: 9}
            stretch = vm.NAME
        else:
            self.model = CountedModel(self)
            widths, stretch = {CountedModel.SKU: 12, CountedModel.COUNTED: 8}, CountedModel.NAME
        self.table.setModel(self.model)
        size_columns(self.table, widths, stretch=stretch)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.totals = QLabel(self)
        bottom.addWidget(self.totals, 1)
        self.apply_button = QPushButton(self.tr("&Apply differences…"), self)
        bottom.addWidget(self.apply_button)
        layout.addLayout(bottom)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.code_edit.returnPressed.connect(self._on_code_edit_return_pressed)
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        self.start_button.setEnabled(actor.can("stock.count"))
        self.apply_button.setEnabled(False)
        self.code_edit.setEnabled(False)

    def refresh(self) -> None:
        """Reload the locations (and the open count's lines)."""
        current = self.location.currentData()
        self.location.clear()
        try:
            for loc in locations.list_locations(self._ctx, self._actor):
                self.location.addItem(f"{loc.code} · {loc.name}", loc.id)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
        self.location.setCurrentIndex(max(self.location.findData(current), 0))
        chosen = self.category.currentData()
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        try:
            for node in flatten_categories(catalog.category_tree(self._ctx, self._actor)):
                self.category.addItem(node.path, node.id)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
        self.category.setCurrentIndex(max(self.category.findData(chosen), 0))
        if self.count is not None:
            self._load_variance()

    def handle_scan(self, code: str) -> None:
        """A scan adds one of that product to the open count."""
        if self.count is None:
            self._say(self.tr("Start a count before scanning."), ok=False)
            return
        try:
            result = stock_counts.scan(self._ctx, self._actor, self.count.id, code)
        except KnownError as exc:
            self._say(translate_error(exc), ok=False)
            return
        if not result.known:
            self._say(
                self.tr("Unknown code {code}: set the item aside; it is listed for review.").format(
                    code=code
                ),
                ok=False,
            )
        else:
            self._say(
                self.tr("{name} ({sku}): counted {n}").format(
                    name=result.name, sku=result.sku, n=result.counted
                ),
                ok=True,
            )
        self._load_variance()

    def _say(self, text: str, ok: bool) -> None:
        self.feedback.setText(text)
        self.feedback.setStyleSheet(_OK_STYLE if ok else _BAD_STYLE)
        if not ok:
            from PySide6.QtWidgets import QApplication

            QApplication.beep()

    def _load_variance(self) -> None:
        if not self.sees_variance:
            self._load_counted()
            return
        try:
            report = stock_counts.variance(self._ctx, self._actor, self.count.id)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        lines = list(report.lines)
        self.model.set_query(lambda after, _n: [] if after else lines)
        self.totals.setText(
            self.tr(
                "{lines} products · {diff:+d} units net · value {value} · {unknown} unknown codes"
            ).format(
                lines=len(lines),
                diff=report.total_difference,
                value="—"
                if report.total_value_minor is None
                else money_text(report.total_value_minor, self._currency),
                unknown=len(report.unknown_codes),
            )
        )

    def _load_counted(self) -> None:
        try:
            view = stock_counts.counted_so_far(self._ctx, self._actor, self.count.id)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        lines = list(view.lines)
        self.model.set_query(lambda after, _n: [] if after else lines)
        self.totals.setText(
            self.tr("{lines} products counted · {units} units · {unknown} unknown codes").format(
                lines=len(lines),
                units=sum(line.counted for line in lines),
                unknown=len(view.unknown_scans),
            )
        )

    def _on_start_button_clicked(self) -> None:
        location_id = self.location.currentData()
        if location_id is None:
            return
        try:
            self.count = stock_counts.start_count(
                self._ctx, self._actor, location_id, self.category.currentData()
            )
        except KnownError as exc:
            show_error(self, exc)
            return
        self.code_edit.setEnabled(True)
        self.apply_button.setEnabled(self._actor.can("stock.count.apply"))
        self._say(
            self.tr("Count {number} started. Scan each item.").format(number=self.count.number),
            ok=True,
        )
        self._load_variance()
        self.code_edit.setFocus()

    def _on_code_edit_return_pressed(self) -> None:
        code = self.code_edit.text().strip()
        self.code_edit.clear()
        if code:
            self.handle_scan(code)

    def _on_apply_button_clicked(self) -> None:
        if self.count is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Apply count"),
            self.tr(
                "Write the differences of count {number} to the stock ledger? This cannot "
                "be undone."
            ).format(number=self.count.number),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            stock_counts.apply_count(self._ctx, self._actor, self.count.id)
        except KnownError as exc:
            show_error(self, exc)
            return
        self.notice.show_message(
            self.tr("Count {number} applied.").format(number=self.count.number),
            NoticeBar.SUCCESS,
        )
        self.count = None
        self.code_edit.setEnabled(False)
        self.apply_button.setEnabled(False)
        self.model.set_query(None)
        self.feedback.setAlignment(Qt.AlignmentFlag.AlignLeft)
