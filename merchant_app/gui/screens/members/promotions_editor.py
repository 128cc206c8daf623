"""Promotions and coupons (MEM-4): the list and the editor."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput, KnownError
from merchant_app.gui.errors import translate_error
from merchant_app.gui.money_text import money_text
from merchant_app.gui.screens.members.table import CellsModel
from merchant_app.gui.widgets import (
    NoticeBar,
    action_button,
    configure_table,
    fit_dialog,
    local_datetime_text,
    screen_action,
    size_columns,
)
from merchant_app.services import catalog_queries, promotions
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.promotions import KIND_LABELS, PromotionInfo, PromotionInput


def kind_text(kind: str) -> str:
    """A kind of promotion in words."""
    return QCoreApplication.translate("Promotions", KIND_LABELS.get(kind, kind))


def _money_box(parent: QWidget) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setDecimals(2)
    box.setRange(0, 1e9)
    return box


class PromotionDialog(QDialog):
    """Create or edit a promotion; the fields that do not apply to a kind are off."""

    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        parent: QWidget | None = None,
        promo: PromotionInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._promo = ctx, actor, promo
        self.setWindowTitle(self.tr("Edit promotion") if promo else self.tr("New promotion"))
        self.notice = NoticeBar(self)
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        for code in promotions.KINDS:
            self.kind.addItem(kind_text(code), code)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("Empty: applies automatically"))
        self.sku = QLineEdit(self)
        self.sku.setPlaceholderText(self.tr("Empty: the whole order"))
        self.percent = QDoubleSpinBox(self)
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.amount = _money_box(self)
        self.threshold = _money_box(self)
        self.price = _money_box(self)
        self.repeat = QCheckBox(self.tr("For &every full amount spent"), self)
        self.min_spend = _money_box(self)
        self.members_only = QCheckBox(self.tr("Members &only"), self)
        self.stackable = QCheckBox(self.tr("&Stacks with other promotions"), self)
        self.usage_limit = QSpinBox(self)
        self.usage_limit.setRange(0, 10_000_000)
        self.usage_limit.setSpecialValueText(self.tr("Unlimited"))
        self.starts = QDateEdit(QDate.currentDate(), self)
        self.ends = QDateEdit(QDate.currentDate().addMonths(1), self)
        for d in (self.starts, self.ends):
            d.setCalendarPopup(True)
        self.active = QCheckBox(self.tr("&Active"), self)
        self.active.setChecked(True)
        dates = QHBoxLayout()
        dates.addWidget(self.starts)
        dates.addWidget(self.ends)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Coupon &code:"), self.code)
        form.addRow(self.tr("Product S&KU:"), self.sku)
        form.addRow(self.tr("&Percentage off:"), self.percent)
        form.addRow(self.tr("A&mount off (Y):"), self.amount)
        form.addRow(self.tr("Spend &threshold (X):"), self.threshold)
        form.addRow("", self.repeat)
        form.addRow(self.tr("Member p&rice:"), self.price)
        form.addRow(self.tr("Minimum sp&end:"), self.min_spend)
        form.addRow(self.tr("&Uses allowed:"), self.usage_limit)
        form.addRow(self.tr("Valid from / until:"), dates)
        form.addRow("", self.members_only)
        form.addRow("", self.stackable)
        form.addRow("", self.active)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        if promo is not None:
            self._fill(promo)
        self._on_kind_changed()
        fit_dialog(self, self.fontMetrics().averageCharWidth() * 64)

    def _fill(self, p: PromotionInfo) -> None:
        self.name.setText(p.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(p.kind)))
        self.code.setText(p.code)
        self.sku.setText(p.product_sku)
        self.percent.setValue(p.percent_bp / 100)
        self.amount.setValue(p.amount_minor / 100)
        self.threshold.setValue(p.threshold_minor / 100)
        self.price.setValue(p.price_minor / 100)
        self.repeat.setChecked(p.repeat)
        self.min_spend.setValue(p.min_spend_minor / 100)
        self.members_only.setChecked(p.members_only)
        self.stackable.setChecked(p.stackable)
        self.usage_limit.setValue(p.usage_limit)
        if p.starts_at:
            self.starts.setDate(QDate(p.starts_at.year, p.starts_at.month, p.starts_at.day))
        if p.ends_at:
            self.ends.setDate(QDate(p.ends_at.year, p.ends_at.month, p.ends_at.day))
        self.active.setChecked(p.active)

    def _on_kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.percent.setEnabled(kind == "percent")
        self.amount.setEnabled(kind in ("fixed", "spend_save"))
        self.threshold.setEnabled(kind == "spend_save")
        self.repeat.setEnabled(kind == "spend_save")
        self.price.setEnabled(kind == "member_price")
        self.sku.setEnabled(kind in ("percent", "member_price"))

    def _product_id(self) -> str | None:
        sku = self.sku.text().strip()
        if not sku or not self.sku.isEnabled():
            return None
        rows = catalog_queries.search_products(self._ctx, self._actor, sku, limit=20)
        for row in rows:
            if row.sku.lower() == sku.lower():
                return str(row.id)
        found = catalog_queries.find_by_barcode(self._ctx, self._actor, sku)
        if found is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "No product has the SKU or barcode “{sku}”."),
                sku=sku,
                field="product",
            )
        return str(found.id)

    def data(self, product_id: str | None) -> PromotionInput:
        """What the form holds."""

        def day(edit: QDateEdit) -> datetime:
            d = edit.date()
            return datetime(d.year(), d.month(), d.day(), tzinfo=UTC)

        return PromotionInput(
            name=self.name.text(),
            kind=self.kind.currentData(),
            code=self.code.text(),
            product_id=product_id,
            percent_bp=round(self.percent.value() * 100),
            amount_minor=round(self.amount.value() * 100),
            threshold_minor=round(self.threshold.value() * 100),
            price_minor=round(self.price.value() * 100),
            repeat=self.repeat.isChecked(),
            min_spend_minor=round(self.min_spend.value() * 100),
            members_only=self.members_only.isChecked(),
            stackable=self.stackable.isChecked(),
            usage_limit=self.usage_limit.value(),
            starts_at=day(self.starts),
            ends_at=day(self.ends),
            active=self.active.isChecked(),
        )

    def _on_buttons_accepted(self) -> None:
        try:
            data = self.data(self._product_id())
            if self._promo is None:
                promotions.create_promotion(self._ctx, self._actor, data)
            else:
                promotions.update_promotion(self._ctx, self._actor, self._promo.id, data)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self.accept()


class PromotionsPanel(QWidget):
    """The shop's promotions and coupons, with New and Edit."""

    def __init__(
        self, ctx: AppContext, actor: Actor, currency: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor, self._currency = ctx, actor, currency
        self.notice = NoticeBar(self)
        m = self._money
        self.model = CellsModel(
            (self.tr("Name"), self.tr("Kind"), self.tr("Coupon"), self.tr("Product"),
             self.tr("Terms"), self.tr("Used"), self.tr("From"), self.tr("Until"),
             self.tr("Active")),
            lambda p: (
                p.name, kind_text(p.kind), p.code, p.product_sku, self._terms(p),
                f"{p.used_count}/{p.usage_limit}" if p.usage_limit else str(p.used_count),
                local_datetime_text(p.starts_at), local_datetime_text(p.ends_at),
                self.tr("Yes") if p.active else self.tr("No"),
            ),
            self,
            numeric=(5,),
        )  # fmt: skip
        _ = m
        self.table = QTableView(self)
        self.table.setModel(self.model)
        configure_table(self.table)
        size_columns(self.table, {0: 28, 1: 16, 2: 13, 3: 10, 5: 7, 6: 19, 7: 19, 8: 6}, 4)
        self.table.doubleClicked.connect(self._on_edit)
        self.new_action = screen_action(self, self.tr("&New promotion…"), self._on_new)
        self.edit_action = screen_action(self, self.tr("&Edit…"), self._on_edit)
        for action in (self.new_action, self.edit_action):
            action.setEnabled(actor.can("price.change"))
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(action_button(self, self.new_action))
        top.addWidget(action_button(self, self.edit_action))
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def _money(self, minor: int) -> str:
        return money_text(minor, self._currency)

    def _terms(self, p: PromotionInfo) -> str:
        m = self._money
        if p.kind == "percent":
            text = self.tr("{pct} % off").format(pct=f"{p.percent_bp / 100:g}")
        elif p.kind == "fixed":
            text = self.tr("{amount} off").format(amount=m(p.amount_minor))
        elif p.kind == "spend_save":
            text = (
                self.tr("{y} off every {x}") if p.repeat else self.tr("Spend {x}, save {y}")
            ).format(x=m(p.threshold_minor), y=m(p.amount_minor))
        else:
            text = self.tr("Members pay {price}").format(price=m(p.price_minor))
        if p.min_spend_minor:
            text += self.tr(", minimum {min}").format(min=m(p.min_spend_minor))
        return text

    def refresh(self) -> None:
        """Reload the list."""
        try:
            self.model.set_rows(promotions.list_promotions(self._ctx, self._actor))
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)

    def _on_new(self) -> None:
        if PromotionDialog(self._ctx, self._actor, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _on_edit(self) -> None:
        index = self.table.currentIndex()
        promo = self.model.row_at(index.row()) if index.isValid() else None
        if promo is None or not self._actor.can("price.change"):
            return
        dialog = PromotionDialog(self._ctx, self._actor, self, promo)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
