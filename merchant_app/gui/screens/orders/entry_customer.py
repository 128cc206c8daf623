"""The customer of the order being entered: a member found by name, phone or card (through
the member look-up seam), or just a name and phone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import translate_error
from merchant_app.gui.screens.orders.entry_popup import PickList, PickListModel
from merchant_app.gui.widgets import size_columns
from merchant_app.services import member_lookup
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.member_lookup import MemberRef


class CustomerBlock(QGroupBox):
    """Member look-up, customer name and phone; ``member_changed`` carries the member
    put on the order (None when taken off)."""

    member_changed = Signal(object)

    def __init__(
        self, ctx: AppContext, actor: Actor, host: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self.member: MemberRef | None = None
        self.setTitle(self.tr("Customer (F4)"))
        form = QFormLayout(self)
        # labels above their fields: the block is the narrowest on the screen
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.lookup = QLineEdit(self)
        self.lookup.setObjectName("memberLookup")
        self.lookup.setPlaceholderText(self.tr("Name, phone or member card"))
        self.lookup.setAccessibleName(self.tr("Find a member"))
        self.lookup.setClearButtonEnabled(True)
        form.addRow(self.tr("&Member:"), self.lookup)
        chosen = QHBoxLayout()
        self.member_label = QLabel(self)
        self.member_label.setWordWrap(True)
        # room for the member's name, masked phone, card and tier on two lines
        self.member_label.setMinimumHeight(self.member_label.fontMetrics().lineSpacing() * 2 + 6)
        chosen.addWidget(self.member_label, 1)
        self.remove_member = QToolButton(self)
        self.remove_member.setText(self.tr("Remove member"))
        self.remove_member.setAutoRaise(True)
        chosen.addWidget(self.remove_member)
        form.addRow(chosen)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Customer name"))
        form.addRow(self.tr("&Name:"), self.name)
        self.phone = QLineEdit(self)
        self.phone.setAccessibleName(self.tr("Customer phone"))
        form.addRow(self.tr("P&hone:"), self.phone)
        self.popup_model = PickListModel(
            (self.tr("Name"), self.tr("Phone"), self.tr("Card"), self.tr("Tier")), (), self
        )
        self.popup = PickList(self.lookup, host, self.popup_model)
        self.popup.setObjectName("memberPopup")
        size_columns(self.popup, {1: 12, 2: 14, 3: 8}, stretch=0)
        self.lookup.textChanged.connect(self._on_lookup_text_changed)
        self.lookup.returnPressed.connect(self._on_lookup_return_pressed)
        self.popup.picked.connect(self.set_member)
        self.remove_member.clicked.connect(self._on_remove_member_clicked)
        self.lookup.setEnabled(actor.can("member.view"))
        self._show_member()

    def focus_lookup(self) -> None:
        """Put the cursor in the member look-up (F4)."""
        target = self.lookup if self.lookup.isEnabled() else self.name
        target.setFocus()
        target.selectAll()

    def set_member(self, member: MemberRef | None) -> None:
        """Put ``member`` on the order (their name fills an empty customer name)."""
        self.member = member
        self.popup.close_list()
        if member is not None:
            self.lookup.blockSignals(True)
            self.lookup.clear()
            self.lookup.blockSignals(False)
            if not self.name.text().strip():
                self.name.setText(member.name)
        self._show_member()
        self.member_changed.emit(member)

    def find_card(self, code: str) -> MemberRef | None:
        """The member whose card is ``code`` (None when none, or members cannot be looked
        up by this user)."""
        if not self._actor.can("member.view"):
            return None
        return member_lookup.find_by_card(self._ctx, self._actor, code)

    def clear(self) -> None:
        """Empty (the next customer)."""
        self.lookup.clear()
        self.name.clear()
        self.phone.clear()
        self.hint.clear()
        if self.member is not None:
            self.set_member(None)

    def _show_member(self) -> None:
        m = self.member
        if m is None:
            self.member_label.setText(self.tr("No member on this order."))
            self.remove_member.hide()
            return
        parts = [m.name, m.phone_masked, m.card_number, m.tier]
        self.member_label.setText(" · ".join(p for p in parts if p))
        self.remove_member.show()

    def _on_lookup_text_changed(self, text: str) -> None:
        if not text.strip():
            self.popup.close_list()
            self.hint.clear()
            return
        try:
            found = member_lookup.find_members(self._ctx, self._actor, text)
        except KnownError as exc:
            self.hint.setText(translate_error(exc))
            return
        rows: list[tuple[list[str], Any]] = [
            ([m.name, m.phone_masked, m.card_number, m.tier], m) for m in found
        ]
        self.popup.show_rows(rows)
        if found:
            self.hint.clear()
        elif not member_lookup.lookup_available(self._ctx):
            self.hint.setText(
                self.tr("Members are not set up yet: type the customer's name and phone below.")
            )
        else:
            self.hint.setText(self.tr("No member matches “{text}”.").format(text=text.strip()))

    def _on_lookup_return_pressed(self) -> None:
        record = self.popup.current_record()
        if isinstance(record, MemberRef):
            self.set_member(record)
            self.name.setFocus()

    def _on_remove_member_clicked(self) -> None:
        self.set_member(None)
        self.focus_lookup()
