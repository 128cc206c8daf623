"""Order entry (ORD-1, ORD-5, ORD-7): keyboard-first, scanner-first.

A scan adds the product (or one more of it) wherever the focus is; a code that is no
product is tried as a member card; anything else is refused in red with a beep and adds
nothing.  Typing in the search field lists matching products under it (Down/Up choose,
Enter adds, Esc closes); an exact SKU or barcode typed and Enter adds at once.  Selling
more than the sellable stock at the order's location is refused at once, naming the
product and what is there (unless it allows backorders).

The totals are re-quoted by the orders service after every change (nothing is written)
and shown large; payments may be split and partial, cash tendered shows the change.
F12 (or Ctrl+Enter) places the order; a discount beyond the shop's floor asks for a
manager's login at the desk.  Refusals leave everything on screen.

Keys: F2 search · F3 line discount · F4 customer · F5 delivery · F9 payment ·
F12 / Ctrl+Enter place · in the lines: + / − quantity, Delete removes, Enter edits the
quantity, typing a number replaces it.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError, NotPermitted
from merchant_app.gui.errors import translate_error
from merchant_app.gui.money_text import money_text
from merchant_app.gui.screens.orders.entry_approval import ManagerApprovalDialog
from merchant_app.gui.screens.orders.entry_customer import CustomerBlock
from merchant_app.gui.screens.orders.entry_delivery import DeliveryBlock
from merchant_app.gui.screens.orders.entry_model import EntryLine, OrderLinesModel, SaleFacts
from merchant_app.gui.screens.orders.entry_popup import PickList, PickListModel
from merchant_app.gui.screens.orders.entry_promotions import (
    PricedDraft,
    apply_promotions,
    coupon_codes,
)
from merchant_app.gui.screens.orders.entry_totals import OrderTotalsPanel
from merchant_app.gui.screens.orders.payment_panel import PaymentPanel, PaymentRow
from merchant_app.gui.widgets import (
    NoticeBar,
    configure_table,
    heading_label,
    screen_action,
    size_columns,
)
from merchant_app.money import minor_digits, parse_amount
from merchant_app.services import auth, catalog, delivery, orders, promotions, stock
from merchant_app.services import shop as shop_service
from merchant_app.services.catalog_queries import ProductListRow
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.locations import DEFAULT_CODE
from merchant_app.services.member_lookup import MemberRef
from merchant_app.services.orders import OrderDraft, OrderInfo, OrderQuote

_KEY_PRESS = QEvent.Type.KeyPress
_PLUS = Qt.Key.Key_Plus.value
_MINUS = Qt.Key.Key_Minus.value
_DELETE = Qt.Key.Key_Delete.value
_RETURN = Qt.Key.Key_Return.value
_ENTER = Qt.Key.Key_Enter.value
_DOWN = Qt.Key.Key_Down.value
SEARCH_LIMIT = 30


def shop_currency(ctx: AppContext, main_window: Any) -> str:
    """The shop's currency: from the main window when there is one, else the database."""
    shop = getattr(main_window, "shop", None)
    currency = getattr(shop, "currency", "")
    if currency:
        return str(currency)
    info = shop_service.get_shop(ctx)
    return info.currency if info else "CNY"


class OrderEntryPanel(QWidget):
    """Enter an order by scanner and keyboard, take payment and place it.

    ``order_placed`` carries the :class:`OrderInfo` of each order placed; the form is
    then empty for the next customer."""

    order_placed = Signal(object)
    loads_when_built = True  # __init__ loads the delivery methods and the totals

    def __init__(self, ctx: AppContext, actor: Actor, main_window: Any = None) -> None:
        super().__init__(main_window if isinstance(main_window, QWidget) else None)
        self.setObjectName("orderEntry")
        self._ctx, self._actor = ctx, actor
        self.main_window = main_window
        self.currency = shop_currency(ctx, main_window)
        self.digits = minor_digits(self.currency)
        self._code_to_id: dict[str, str] = {}
        self._facts_by_id: dict[str, SaleFacts] = {}
        self._quote: OrderQuote | None = None
        self._priced: PricedDraft | None = None
        self._last_placed: OrderInfo | None = None
        self._quote_timer = QTimer(self)
        self._quote_timer.setSingleShot(True)
        self._quote_timer.setInterval(0)
        self._quote_timer.timeout.connect(self.refresh_quote)
        self._build()
        self._wire()
        self._load_methods()
        self.refresh_quote()
        self.search.setFocus()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(heading_label(self.tr("New order"), self))
        self.keys_label = QLabel(
            self.tr(
                "F2 search · F3 line discount · F4 customer · F5 delivery · F9 payment · "
                "F12 place order"
            ),
            self,
        )
        header.addWidget(self.keys_label, 1)
        self.clear_button = QPushButton(self.tr("&Clear order"), self)
        header.addWidget(self.clear_button)
        outer.addLayout(header)
        self.notice = NoticeBar(self)
        outer.addWidget(self.notice)
        grid = QGridLayout()
        grid.setColumnStretch(0, 10)
        grid.setColumnStretch(1, 13)
        grid.setColumnStretch(2, 11)
        grid.setRowStretch(0, 1)
        outer.addLayout(grid, 1)

        lines_box = QVBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("orderProductSearch")
        self.search.setPlaceholderText(self.tr("Scan, or type a name, SKU or barcode (F2)"))
        self.search.setAccessibleName(self.tr("Find a product"))
        self.search.setClearButtonEnabled(True)
        font = self.search.font()
        font.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 10.0) * 1.2)
        self.search.setFont(font)
        lines_box.addWidget(self.search)
        self.model = OrderLinesModel(self.currency, self)
        self.table = QTableView(self)
        self.table.setObjectName("orderLines")
        configure_table(self.table)
        self.table.setModel(self.model)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAccessibleName(self.tr("Order lines"))
        m = OrderLinesModel
        size_columns(
            self.table,
            {m.SKU: 11, m.QTY: 5, m.PRICE: 9, m.DISCOUNT: 9, m.TOTAL: 10, m.SELLABLE: 7},
            stretch=m.NAME,
        )
        lines_box.addWidget(self.table, 1)
        below = QHBoxLayout()
        self.last_label = QLabel(self)
        self.last_label.setObjectName("lastScan")
        below.addWidget(self.last_label, 1)
        discount_label = QLabel(self.tr("Order &discount:"), self)
        self.order_discount = QLineEdit(self)
        self.order_discount.setObjectName("orderDiscount")
        self.order_discount.setPlaceholderText("0")
        self.order_discount.setAccessibleName(self.tr("Order discount"))
        self.order_discount.setMaximumWidth(self.fontMetrics().averageCharWidth() * 14)
        discount_label.setBuddy(self.order_discount)
        below.addWidget(discount_label)
        below.addWidget(self.order_discount)
        coupon_label = QLabel(self.tr("Co&upon:"), self)
        self.coupon = QLineEdit(self)
        self.coupon.setObjectName("couponCode")
        self.coupon.setPlaceholderText(self.tr("Code (or scan)"))
        self.coupon.setAccessibleName(self.tr("Coupon code"))
        self.coupon.setMaximumWidth(self.fontMetrics().averageCharWidth() * 18)
        coupon_label.setBuddy(self.coupon)
        below.addWidget(coupon_label)
        below.addWidget(self.coupon)
        lines_box.addLayout(below)
        grid.addLayout(lines_box, 0, 0, 1, 2)

        right = QVBoxLayout()
        self.totals = OrderTotalsPanel(self.currency, self)
        right.addWidget(self.totals)
        self.payment = PaymentPanel(self.currency, self)
        right.addWidget(self.payment, 1)
        self.place_button = QPushButton(self.tr("&Place order (F12)"), self)
        self.place_button.setObjectName("placeOrder")
        self.place_button.setAutoDefault(False)
        pfont = self.place_button.font()
        pfont.setPointSizeF((pfont.pointSizeF() if pfont.pointSizeF() > 0 else 10.0) * 1.3)
        pfont.setBold(True)
        self.place_button.setFont(pfont)
        self.place_button.setMinimumHeight(self.place_button.sizeHint().height() + 12)
        right.addWidget(self.place_button)
        grid.addLayout(right, 0, 2, 2, 1)
        self.customer = CustomerBlock(self._ctx, self._actor, self, self)
        grid.addWidget(self.customer, 1, 0)
        self.delivery = DeliveryBlock(self.currency, self)
        grid.addWidget(self.delivery, 1, 1)

        self.popup_model = PickListModel(
            (self.tr("SKU"), self.tr("Name"), self.tr("Price"), self.tr("Sellable")), (2, 3), self
        )
        self.popup = PickList(self.search, self, self.popup_model)
        self.popup.setObjectName("productPopup")
        size_columns(self.popup, {0: 11, 2: 9, 3: 7}, stretch=1)

        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        """Tab goes down the screen: search, lines, discount, customer, delivery,
        payments, place."""
        chain: list[QWidget] = [
            self.search,
            self.table,
            self.order_discount,
            self.coupon,
            self.customer.lookup,
            self.customer.remove_member,
            self.customer.name,
            self.customer.phone,
            *self.delivery.tab_chain(),
            *self.payment.tab_chain(),
            self.place_button,
            self.clear_button,
        ]
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)

    def _wire(self) -> None:
        screen_action(self, self.tr("Find a product"), self.focus_search).setShortcut(
            QKeySequence("F2")
        )
        screen_action(self, self.tr("Line discount"), self.edit_line_discount).setShortcut(
            QKeySequence("F3")
        )
        screen_action(self, self.tr("Customer"), self.customer.focus_lookup).setShortcut(
            QKeySequence("F4")
        )
        screen_action(self, self.tr("Delivery"), self.delivery.focus_first).setShortcut(
            QKeySequence("F5")
        )
        screen_action(self, self.tr("Add payment"), self.add_payment).setShortcut(
            QKeySequence("F9")
        )
        place = screen_action(self, self.tr("Place order"), self.place_order)
        place.setShortcuts(
            [QKeySequence("F12"), QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")]
        )
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.popup.picked.connect(self._on_popup_picked)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        self.model.refresh_line = self._refresh_line
        self.model.refused.connect(self._on_model_refused)
        self.model.lines_changed.connect(self._on_model_lines_changed)
        self.order_discount.textChanged.connect(self._schedule_quote)
        self.coupon.editingFinished.connect(self._schedule_quote)
        self.coupon.returnPressed.connect(self._schedule_quote)
        self.delivery.changed.connect(self._schedule_quote)
        self.customer.member_changed.connect(self._on_customer_member_changed)
        self.payment.changed.connect(self._show_totals)
        self.payment.rows_changed.connect(self._fix_tab_order)
        self.place_button.clicked.connect(self.place_order)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)

    def _load_methods(self) -> None:
        try:
            methods = delivery.list_methods(self._ctx, self._actor)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            methods = ()
        self.delivery.load_methods(methods)

    # -- public actions ------------------------------------------------------------------

    def refresh(self) -> None:
        """Shown again: fresh delivery methods and totals (the lines stay)."""
        code = self.delivery.method_code
        self._load_methods()
        index = self.delivery.method.findData(code)
        if index >= 0:
            self.delivery.method.setCurrentIndex(index)
        self._facts_by_id.clear()
        self._code_to_id.clear()
        self.refresh_quote()

    def focus_search(self) -> None:
        """Back to the product search (F2)."""
        self.search.setFocus()
        self.search.selectAll()

    def handle_scan(self, code: str) -> None:
        """A scanner read ``code``: add the product whose barcode (or exact SKU) it is, or
        put the member whose card it is on the order; otherwise refuse it (nothing added)."""
        code = code.strip()
        if not code:
            return
        try:
            facts = self._lookup(code)
        except KnownError as exc:
            self._refuse(translate_error(exc))
            return
        if facts is not None:
            self.add_product(facts)
            return
        try:
            member = self.customer.find_card(code)
        except KnownError as exc:
            self._refuse(translate_error(exc))
            return
        if member is not None:
            self.customer.set_member(member)
            self.notice.show_message(
                self.tr("Member {name} is on this order.").format(name=member.name),
                NoticeBar.INFO,
            )
            return
        try:
            coupon = promotions.is_coupon(self._ctx, self._actor, code)
        except KnownError:
            coupon = False
        if coupon:
            codes = coupon_codes(self.coupon.text())
            if code not in codes:
                self.coupon.setText(" ".join((*codes, code)))
            self.refresh_quote()
            return
        self._refuse(self.tr("No product or member has the code {code}.").format(code=code))

    def add_product(self, facts: SaleFacts, quantity: int = 1) -> bool:
        """Add ``quantity`` of a product (or more on its line); False when refused."""
        if facts.is_parent:
            self._refuse(
                self.tr("{sku} groups variants: scan or choose one of its variants.").format(
                    sku=facts.sku
                )
            )
            return False
        if facts.status != "listed":
            self._refuse(
                self.tr("{sku} “{name}” is not on sale.").format(sku=facts.sku, name=facts.name)
            )
            return False
        try:  # fresh each time: another desk may have sold some meanwhile
            sellable = self._sellable(facts.product_id)
        except KnownError as exc:
            self._refuse(translate_error(exc))
            return False
        row, problem = self.model.add_product(facts, sellable, quantity)
        if row >= 0:
            self._select_row(row)
        if problem:
            self._refuse(problem)
            return False
        line = self.model.line_at(row)
        if line is not None:
            self.last_label.setText(
                self.tr("{sku} {name} × {qty}").format(
                    sku=line.sku, name=line.name, qty=line.quantity
                )
            )
        if self.notice.level == NoticeBar.ERROR:
            self.notice.clear()
        return True

    def edit_line_discount(self) -> None:
        """Edit the current line's discount (F3)."""
        row = self._current_row()
        if row < 0:
            return
        index = self.model.index(row, OrderLinesModel.DISCOUNT)
        self.table.setFocus()
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def add_payment(self) -> PaymentRow:
        """Add a payment for what is still owed (F9)."""
        self.refresh_quote()
        return self.payment.add_payment()

    def draft(self) -> OrderDraft:
        """The order as typed; a figure that is not an amount is refused naming it."""
        values = self.delivery.values()
        name = self.customer.name.text().strip()
        phone = self.customer.phone.text().strip()
        if self.delivery.kind() != "pickup":
            values["ship_name"] = values["ship_name"] or name
            values["ship_phone"] = values["ship_phone"] or phone
        text = self.order_discount.text().strip()
        discount = parse_amount(text, self.digits, field="order_discount") if text else 0
        member = self.customer.member
        typed = OrderDraft(
            lines=self.model.line_inputs(),
            member_id=member.id if member else None,
            customer_name=name,
            customer_phone=phone,
            order_discount_minor=discount,
            **values,
        )
        self._priced = None
        if not typed.lines:
            return typed
        priced = apply_promotions(
            self._ctx, self._actor, typed, coupon_codes(self.coupon.text()), self.currency
        )
        self._priced = priced
        return priced.draft

    def refresh_quote(self) -> None:
        """Work the totals out again (nothing is written) and show them."""
        self._quote_timer.stop()
        self._quote = None
        if not self.model.rowCount():
            self.totals.set_reasons(())
            self.payment.set_total(0)
            self.delivery.fee_label.clear()
            self._show_totals()
            last = self._last_placed
            if last is not None:
                self.totals.show_figures(None, 0, last.change_minor)
                self.totals.set_note(
                    self.tr("Change due shown for order {number}.").format(number=last.number)
                )
            else:
                self.totals.set_note("")
            return
        try:
            quote = orders.quote_order(self._ctx, self._actor, self.draft())
        except KnownError as exc:
            self.totals.set_note(translate_error(exc), problem=True)
            self.delivery.fee_label.setText("—")
            return
        self._quote = quote
        priced = self._priced
        self.totals.set_reasons(priced.reasons if priced else ())
        self.payment.set_total(quote.total_minor)
        self._show_totals()
        self._show_fee(quote)
        percent = f"{quote.discount_bp / 100:.1f}"
        if quote.needs_approval:
            self.totals.set_note(
                self.tr(
                    "{percent} % off is beyond the shop's floor: a manager approves it when "
                    "the order is placed."
                ).format(percent=percent),
                problem=True,
            )
        elif priced is not None and priced.refused:
            self.totals.set_note(" ".join(priced.refused), problem=True)
        elif quote.discount_bp:
            self.totals.set_note(self.tr("{percent} % off catalog prices.").format(percent=percent))
        else:
            self.totals.set_note("")

    def place_order(self) -> OrderInfo | None:
        """Place the order as typed (F12); returns it, or None when refused (the form
        keeps everything)."""
        if self.model.rowCount() == 0:
            self._refuse(self.tr("Add at least one product before placing the order."))
            self.focus_search()
            return None
        try:
            draft = self.draft()
            payments = self.payment.payments()
            quote = orders.quote_order(self._ctx, self._actor, draft)
        except KnownError as exc:
            self._refuse(translate_error(exc))
            return None
        approver: Actor | None = None
        if quote.needs_approval:
            approver = self._manager_approval(quote.discount_bp)
            if approver is None:
                return None
        try:
            info = orders.place_order(
                self._ctx, self._actor, draft, payments, discount_approver=approver
            )
        except NotPermitted as exc:
            if exc.params.get("permission") != "discount.approve" or approver is not None:
                self._refuse(translate_error(exc))
                return None
            approver = self._manager_approval(quote.discount_bp)
            if approver is None:
                return None
            try:
                info = orders.place_order(
                    self._ctx, self._actor, draft, payments, discount_approver=approver
                )
            except KnownError as again:
                self._refuse(translate_error(again))
                return None
        except KnownError as exc:
            self._refuse(translate_error(exc))
            return None
        self._placed(info)
        return info

    def clear_form(self) -> None:
        """Empty every field for the next customer; the cursor goes back to the search."""
        self.popup.close_list()
        self.search.clear()
        self.model.clear()
        self.customer.clear()
        self.delivery.clear()
        self.order_discount.clear()
        self.coupon.clear()
        self.payment.clear()
        self.last_label.clear()
        self._code_to_id.clear()  # prices and listings may have changed meanwhile
        self._facts_by_id.clear()
        self.refresh_quote()
        self.focus_search()

    # -- internals -----------------------------------------------------------------------

    def _placed(self, info: OrderInfo) -> None:
        change = info.change_minor
        text = self.tr("Order {number} placed: total {total}, paid {paid}.").format(
            number=info.number,
            total=money_text(info.total_minor, self.currency),
            paid=money_text(info.paid_minor, self.currency),
        )
        if change:
            text += " " + self.tr("Change due: {change}.").format(
                change=money_text(change, self.currency)
            )
        self.clear_form()
        self._last_placed = info
        self.refresh_quote()
        self.notice.show_message(text, NoticeBar.SUCCESS)
        self.order_placed.emit(info)

    def _manager_approval(self, discount_bp: int) -> Actor | None:
        reason = self.tr(
            "This order is {percent} % off catalog prices, beyond the shop's floor. "
            "A manager signs in here to approve it."
        ).format(percent=f"{discount_bp / 100:.1f}")
        credentials = ManagerApprovalDialog.ask(reason, self)
        if credentials is None:
            self.notice.show_message(
                self.tr("The order was not placed: its discount needs a manager's approval."),
                NoticeBar.WARNING,
            )
            return None
        login, password = credentials
        try:
            approver = auth.authenticate(self._ctx, login, password, purpose="approval.credentials")
        except KnownError as exc:
            self._refuse(translate_error(exc))
            return None
        if not approver.can("discount.approve"):
            self._refuse(
                self.tr("{name} may not approve discounts beyond the floor.").format(
                    name=approver.display_name
                )
            )
            return None
        return approver

    def _lookup(self, code: str) -> SaleFacts | None:
        """The product whose barcode or exact SKU is ``code`` (cached per code)."""
        product_id = self._code_to_id.get(code)
        if product_id is not None:
            return self._facts_by_id[product_id]
        facts: SaleFacts | None = None
        found = catalog.find_by_barcode(self._ctx, self._actor, code)
        if found is not None:
            facts = SaleFacts(
                found.id,
                found.sku,
                found.name,
                found.price_minor,
                None,
                found.status,
                found.is_parent,
            )
        else:
            key = code.casefold()
            rows = catalog.search_products(self._ctx, self._actor, code, limit=50)
            row = next((r for r in rows if r.sku.casefold() == key), None)
            if row is not None:
                facts = self._row_facts(row)
        if facts is None:
            return None
        facts = self._facts_by_id.setdefault(facts.product_id, facts)
        self._code_to_id[code] = facts.product_id
        return facts

    def _row_facts(self, row: ProductListRow) -> SaleFacts:
        facts = self._facts_by_id.get(row.id)
        if facts is None:
            facts = SaleFacts(
                row.id, row.sku, row.name, row.price_minor, None, row.status, row.is_parent
            )
            self._facts_by_id[row.id] = facts
        return facts

    def _complete(self, facts: SaleFacts) -> SaleFacts:
        """``facts`` with the backorder flag looked up (the product card)."""
        if facts.allow_backorder is not None:
            return facts
        d = catalog.get_product(self._ctx, self._actor, facts.product_id)
        facts = SaleFacts(
            d.id, d.sku, d.name, d.price_minor, d.allow_backorder, d.status, d.is_parent
        )
        self._facts_by_id[d.id] = facts
        return facts

    def _sellable(self, product_id: str) -> int:
        """Sellable stock where the order reserves it (the shop's main location)."""
        for level in stock.levels(self._ctx, self._actor, product_id):
            if level.location_code == DEFAULT_CODE:
                return level.sellable
        return 0

    def _refresh_line(self, line: EntryLine) -> None:
        """Fresh sellable stock and backorder flag, before a line is refused for stock."""
        try:
            line.sellable = self._sellable(line.product_id)
            facts = self._complete(
                self._facts_by_id.get(line.product_id)
                or SaleFacts(line.product_id, line.sku, line.name, line.price_minor)
            )
        except KnownError:
            return
        line.allow_backorder = bool(facts.allow_backorder)

    def _refuse(self, text: str) -> None:
        self.notice.show_message(text, NoticeBar.ERROR)
        QApplication.beep()

    def _current_row(self) -> int:
        row = self.table.currentIndex().row()
        if row < 0 and self.model.rowCount():
            row = self.model.rowCount() - 1
        return row

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, OrderLinesModel.QTY)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _schedule_quote(self, *_args: Any) -> None:
        self._quote_timer.start()

    def _show_totals(self) -> None:
        self.totals.show_figures(
            self._quote, self.payment.paid_minor(), self.payment.change_minor()
        )

    def _show_fee(self, quote: OrderQuote) -> None:
        cur = self.currency
        if self.delivery.kind() == "pickup":
            text = self.tr("None (pickup)")
        elif quote.free_shipping:
            text = self.tr("Free shipping")
        else:
            text = money_text(quote.shipping_fee_minor, cur)
        if quote.extra_fees_minor:
            text += " " + self.tr("+ {extras} packaging/insurance").format(
                extras=money_text(quote.extra_fees_minor, cur)
            )
        if self.delivery.kind() != "pickup" and quote.chargeable_weight_g:
            text += " · " + self.tr("{kg} kg").format(kg=f"{quote.chargeable_weight_g / 1000:.2f}")
        self.delivery.fee_label.setText(text)

    def _add_search_choice(self) -> bool:
        text = self.search.text().strip()
        if not text:
            return False
        facts: SaleFacts | None = None
        try:
            if not self.popup.navigated:
                facts = self._lookup(text)
            if facts is None:
                record = self.popup.current_record()
                if isinstance(record, ProductListRow):
                    facts = self._row_facts(record)
        except KnownError as exc:
            self._refuse(translate_error(exc))
            return False
        if facts is None:
            self._refuse(self.tr("No product matches “{text}”.").format(text=text))
            return False
        added = self.add_product(facts)
        if added:
            self.search.clear()
        return added

    def _line_key(self, event: QKeyEvent) -> bool:
        """+ / − / Delete / Enter on the current line; True when used."""
        key = event.key()
        row = self._current_row()
        if row < 0:
            return False
        if key == _PLUS or event.text() == "+":
            self.model.change_quantity(row, 1)
            return True
        if key == _MINUS or event.text() == "-":
            self.model.change_quantity(row, -1)
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != _KEY_PRESS or not isinstance(event, QKeyEvent):
            return False
        if not hasattr(self, "popup"):  # being torn down
            return False
        if watched is self.search:
            if not self.search.text() and self.popup.isHidden():
                if self._line_key(event):
                    return True
                if event.key() == _DOWN and self.model.rowCount():
                    self.table.setFocus()
                    return True
            return False
        if watched is self.table and self.table.state() != QAbstractItemView.State.EditingState:
            key = event.key()
            if key == _DELETE:
                row = self.table.currentIndex().row()
                if row >= 0:
                    self.model.remove(row)
                return True
            if key in (_RETURN, _ENTER):
                row = self._current_row()
                if row >= 0:
                    index = self.model.index(row, OrderLinesModel.QTY)
                    self.table.setCurrentIndex(index)
                    self.table.edit(index)
                return True
            if self._line_key(event):
                return True
        return False

    # -- slots ---------------------------------------------------------------------------

    def _on_search_text_changed(self, text: str) -> None:
        text = text.strip()
        if not text:
            self.popup.close_list()
            return
        try:
            rows = catalog.search_products(
                self._ctx, self._actor, text, status="listed", limit=SEARCH_LIMIT
            )
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        cur = self.currency
        self.popup.show_rows(
            [
                ([r.sku, r.name, money_text(r.price_minor, cur), str(r.sellable)], r)
                for r in rows
                if not r.is_parent
            ]
        )

    def _on_search_return_pressed(self) -> None:
        self._add_search_choice()

    def _on_popup_picked(self, record: Any) -> None:
        if isinstance(record, ProductListRow):
            if self.add_product(self._row_facts(record)):
                self.search.clear()
            self.search.setFocus()

    def _on_model_refused(self, text: str) -> None:
        self._refuse(text)

    def _on_model_lines_changed(self) -> None:
        if self.model.rowCount():
            self._last_placed = None
        self._schedule_quote()

    def _on_customer_member_changed(self, member: MemberRef | None) -> None:
        self.payment.set_member(member is not None)
        self._schedule_quote()

    def _on_clear_button_clicked(self) -> None:
        if self.model.rowCount():
            answer = QMessageBox.question(
                self,
                self.tr("Clear order"),
                self.tr("Throw away the order being entered?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._last_placed = None
        self.notice.clear()
        self.clear_form()
