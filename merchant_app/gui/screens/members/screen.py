"""The Members screen: search and list on the left, the member on the right; promotions
and tickets as further tabs.  A scanned member card opens that member."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import translate_error
from merchant_app.gui.screens.members.detail import MemberDetail, segment_text
from merchant_app.gui.screens.members.promotions_editor import PromotionsPanel
from merchant_app.gui.screens.members.register_dialog import MemberDialog
from merchant_app.gui.screens.members.table import CellsModel
from merchant_app.gui.screens.members.tickets import TicketsPanel
from merchant_app.gui.widgets import (
    LazyScreen,
    NoticeBar,
    action_button,
    configure_table,
    local_datetime_text,
    screen_action,
    size_columns,
)
from merchant_app.services import member_keys, member_points, member_tiers, members
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.member_tiers import SEGMENTS
from merchant_app.services.members import MemberRow

SEARCH_DELAY_MS = 250


def _currency(ctx: AppContext, main_window: Any) -> str:
    currency = getattr(getattr(main_window, "shop", None), "currency", "")
    if currency:
        return str(currency)
    from merchant_app.services.shop import get_shop

    info = get_shop(ctx)
    return info.currency if info else "CNY"


class MembersScreen(LazyScreen):
    """Members for holders of ``member.view``: find, register, view, promotions, tickets."""

    required_permission = "member.view"

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        currency = _currency(ctx, parent)
        self.notice = NoticeBar(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("memberSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Name, phone, last 4 digits, email or card (Ctrl+F)")
        )
        self.search.setAccessibleName(self.tr("Find members"))
        self.segment = QComboBox(self)
        self.segment.setAccessibleName(self.tr("Segment"))
        self.segment.addItem(self.tr("All segments"), "")
        for code in SEGMENTS:
            self.segment.addItem(segment_text(code), code)
        self.counts = QLabel(self)
        self.model = CellsModel(
            (self.tr("Card"), self.tr("Name"), self.tr("Phone"), self.tr("Tier"),
             self.tr("Segment"), self.tr("Points"), self.tr("Last order")),
            lambda r: (
                r.card_number, r.name, r.phone_masked, r.tier.title(), segment_text(r.segment),
                str(r.points), local_datetime_text(r.last_order_at),
            ),
            self,
            numeric=(5,),
        )  # fmt: skip
        self.table = QTableView(self)
        self.table.setObjectName("membersTable")
        self.table.setModel(self.model)
        configure_table(self.table)
        # the name gets a real share: it is what the counter looks for
        size_columns(self.table, {0: 12, 1: 14, 2: 12, 3: 7, 4: 8, 5: 6, 6: 14}, 1)
        self.table.horizontalHeader().setMinimumSectionSize(
            self.table.fontMetrics().averageCharWidth() * 6
        )
        self.detail = MemberDetail(ctx, actor, currency, self)
        self.register_action = screen_action(
            self, self.tr("&Register member…"), self._on_register, QKeySequence.StandardKey.New
        )
        self.register_action.setEnabled(actor.can("member.edit"))
        self.recompute_action = screen_action(
            self, self.tr("Re&compute segments"), self._on_recompute
        )
        self.export_action = screen_action(
            self, self.tr("Export se&gment…"), self._on_export_segment
        )
        self.export_action.setEnabled(actor.can("member.export"))
        find = screen_action(self, self.tr("Find"), self._on_find, QKeySequence.StandardKey.Find)
        _ = find
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.segment)
        top.addWidget(action_button(self, self.register_action))
        top.addWidget(action_button(self, self.recompute_action))
        top.addWidget(action_button(self, self.export_action))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.counts)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        char = self.fontMetrics().averageCharWidth()
        splitter.setSizes([char * 100, char * 55])  # the list wide enough for every column
        members_tab = QWidget(self)
        members_layout = QVBoxLayout(members_tab)
        members_layout.addLayout(top)
        members_layout.addWidget(splitter, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(members_tab, self.tr("Members"))
        self.promotions = PromotionsPanel(ctx, actor, currency, self)
        self.tabs.addTab(self.promotions, self.tr("Promotions and coupons"))
        self.tickets = TicketsPanel(ctx, actor, self)
        self.tabs.addTab(self.tickets, self.tr("Service tickets"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_timer_timeout)
        self.segment.currentIndexChanged.connect(self._on_timer_timeout)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.detail.changed.connect(self._on_timer_timeout)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Load the list, the counts and the tab in front."""
        self._loaded = True
        if member_keys.key_status(self._ctx) in ("missing", "mismatch"):
            try:
                members.count_members(self._ctx, self._actor)
                from merchant_app.services.member_keys import cipher_in

                with self._ctx.db.transaction() as s:
                    cipher_in(s, self._ctx, create=False)
            except KnownError as exc:
                self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
                return
        with contextlib.suppress(KnownError):
            member_points.expire_due(self._ctx, self._actor)
        self._load_list()
        self._on_tabs_current_changed(self.tabs.currentIndex())

    def _load_list(self) -> None:
        text = self.search.text().strip()
        try:
            if text:
                rows = members.search_members(self._ctx, self._actor, text, limit=100)
                segment = self.segment.currentData()
                if segment:
                    rows = [r for r in rows if r.segment == segment]
            else:
                rows = members.list_members(
                    self._ctx, self._actor, segment=self.segment.currentData() or "", limit=200
                )
            counts = member_tiers.segment_counts(self._ctx, self._actor)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        current = self.detail.member.id if self.detail.member else None
        self.model.set_rows(rows)
        self.counts.setText(
            " · ".join(f"{segment_text(code)}: {counts.get(code, 0)}" for code in SEGMENTS)
        )
        row = self.model.row_of(current) if current else -1
        if row < 0 and len(rows) == 1:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        elif not rows:
            self.detail.show_member(None)

    def handle_scan(self, code: str) -> bool:
        """A scanned member card opens that member."""
        if not members.card_check_ok(code):
            return False
        self.tabs.setCurrentIndex(0)
        self.search.setText(code.strip())
        self._on_timer_timeout()
        return True

    def open_member(self, member_id: str) -> None:
        """Show ``member_id`` in the detail (it need not be in the list)."""
        self.detail.show_member(member_id)

    # ------------------------------------------------------------------ slots

    def _on_find(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def _on_search_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_timer_timeout(self, *_args: object) -> None:
        self._timer.stop()
        self._load_list()

    def _on_table_current_changed(self, current: Any, _previous: Any) -> None:
        row: MemberRow | None = self.model.row_at(current.row()) if current.isValid() else None
        if row is not None and (self.detail.member is None or self.detail.member.id != row.id):
            self.detail.show_member(row.id)

    def _on_tabs_current_changed(self, index: int) -> None:
        if index == 1:
            self.promotions.refresh()
        elif index == 2:
            self.tickets.refresh()

    def _on_register(self) -> None:
        dialog = MemberDialog(self._ctx, self._actor, self)
        if dialog.exec() != MemberDialog.DialogCode.Accepted or dialog.result_member is None:
            return
        m = dialog.result_member
        self.search.blockSignals(True)
        self.search.setText(m.card_number)
        self.search.blockSignals(False)
        self._load_list()
        self.detail.show_member(m.id)
        self.notice.show_message(
            self.tr("Member registered: card {card}.").format(card=m.card_number),
            NoticeBar.SUCCESS,
        )

    def _on_recompute(self) -> None:
        try:
            changed = member_tiers.recompute(self._ctx, self._actor)
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        self._load_list()
        self.notice.show_message(
            self.tr("Tiers and segments recomputed: {n} members changed.").format(n=changed),
            NoticeBar.SUCCESS,
        )

    def _on_export_segment(self) -> None:
        segment = self.segment.currentData() or "active"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export segment"),
            f"members-{segment}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if not path:
            return
        try:
            text = member_tiers.export_segment_csv(self._ctx, self._actor, segment)
            Path(path).write_text(text, encoding="utf-8-sig")
        except KnownError as exc:
            self.notice.show_message(translate_error(exc), NoticeBar.ERROR)
            return
        except OSError as exc:
            self.notice.show_message(str(exc), NoticeBar.ERROR)
            return
        self.notice.show_message(
            QCoreApplication.translate(
                "MembersScreen", "Segment “{segment}” exported to {path}."
            ).format(segment=segment_text(segment), path=path),
            NoticeBar.SUCCESS,
        )
