"""Roles (AUTH-1): bundles of permissions.  The Owner creates roles and chooses which
permissions each one holds; the services check those permissions on every action."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_app.errors import KnownError
from merchant_app.gui.errors import show_error
from merchant_app.gui.widgets import (
    LazyScreen,
    ModelIndex,
    NoticeBar,
    RecordsTableModel,
    action_button,
    configure_table,
    heading_label,
    screen_action,
)
from merchant_app.services import staff
from merchant_app.services.context import Actor, AppContext
from merchant_app.services.permissions import PERMISSIONS
from merchant_app.services.staff import RoleRow

# Permission groups, by the prefix before the first dot, in the order they are shown.
GROUP_ORDER = (
    "order",
    "discount",
    "warehouse",
    "stock",
    "product",
    "price",
    "member",
    "payment",
    "refund",
    "settlement",
    "aftersales",
    "label",
    "report",
    "backup",
    "user",
    "role",
    "audit",
    "settings",
)
NAME_ROLE = Qt.ItemDataRole.UserRole  # the technical permission name on a tree item


def group_title(prefix: str) -> str:
    """The translated title of a permission group."""
    titles = {
        "order": QCoreApplication.translate("RolesScreen", "Orders"),
        "discount": QCoreApplication.translate("RolesScreen", "Discounts"),
        "warehouse": QCoreApplication.translate("RolesScreen", "Warehouse"),
        "stock": QCoreApplication.translate("RolesScreen", "Stock"),
        "product": QCoreApplication.translate("RolesScreen", "Products"),
        "price": QCoreApplication.translate("RolesScreen", "Prices"),
        "member": QCoreApplication.translate("RolesScreen", "Members"),
        "payment": QCoreApplication.translate("RolesScreen", "Payments"),
        "refund": QCoreApplication.translate("RolesScreen", "Refunds"),
        "settlement": QCoreApplication.translate("RolesScreen", "Settlement"),
        "aftersales": QCoreApplication.translate("RolesScreen", "After-sales"),
        "label": QCoreApplication.translate("RolesScreen", "Labels and documents"),
        "report": QCoreApplication.translate("RolesScreen", "Reports"),
        "backup": QCoreApplication.translate("RolesScreen", "Backups"),
        "user": QCoreApplication.translate("RolesScreen", "Users"),
        "role": QCoreApplication.translate("RolesScreen", "Roles"),
        "audit": QCoreApplication.translate("RolesScreen", "Audit trail"),
        "settings": QCoreApplication.translate("RolesScreen", "Settings"),
    }
    return titles.get(prefix, QCoreApplication.translate("RolesScreen", "Other"))


def grouped_permissions() -> list[tuple[str, list[str]]]:
    """Every known permission, grouped by prefix in :data:`GROUP_ORDER` (others last)."""
    groups: dict[str, list[str]] = {prefix: [] for prefix in GROUP_ORDER}
    other: list[str] = []
    for name in PERMISSIONS:
        prefix = name.split(".", 1)[0]
        if prefix in groups:
            groups[prefix].append(name)
        else:
            other.append(name)
    result = [(prefix, names) for prefix, names in groups.items() if names]
    if other:
        result.append(("", other))
    return result


class RolesTableModel(RecordsTableModel[RoleRow]):
    """The roles list: name, how many users hold it, built-in or custom."""

    NAME, USERS, KIND = range(3)
    COLUMNS = 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Role"), self.tr("Users"), self.tr("Type"))[section]

    def _text(self, r: RoleRow, column: int) -> str:
        if column == self.NAME:
            return r.name
        if column == self.USERS:
            return str(r.user_count)
        return self.tr("Built-in") if r.builtin else self.tr("Custom")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        r = self.row_at(index.row())
        column = index.column()
        if r is None or not 0 <= column < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.KIND and r.builtin:
                return self.tr("Ships with the app; its permissions can be changed, not its name")
            if column == self.NAME:
                return r.description or r.name
            return self.tr("Permissions: {permissions} · Users: {users}").format(
                permissions=len(r.permissions), users=r.user_count
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.USERS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and column == self.KIND:
            palette = QGuiApplication.palette()
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == self.ROW_ROLE:
            return r
        return None


class RolesScreen(LazyScreen):
    """Roles on the left; the chosen role's name, description and permissions on the
    right, edited as a draft until saved (the draft is marked while unsaved)."""

    required_permission = "role.manage"

    dirty_changed = Signal(bool)  # the editor now holds (or no longer holds) unsaved changes

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._actor = ctx, actor
        self._loading = False
        # the role being edited (None: a new role) and its state as last loaded/saved
        self._role: RoleRow | None = None
        self._baseline: tuple[str, str, frozenset[str]] = ("", "", frozenset())
        self._editing = False
        self._was_dirty = False

        # left: the roles
        self.model = RolesTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        configure_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RolesTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RolesTableModel.USERS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RolesTableModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

        self.new_action = screen_action(
            self, self.tr("&New role"), self._on_new_action_triggered, QKeySequence.StandardKey.New
        )
        self.save_action = screen_action(
            self, self.tr("&Save"), self._on_save_action_triggered, QKeySequence.StandardKey.Save
        )
        self.revert_action = screen_action(
            self, self.tr("Re&vert"), self._on_revert_action_triggered
        )
        self.refresh_action = screen_action(
            self, self.tr("Refresh"), self.refresh, QKeySequence.StandardKey.Refresh
        )

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        roles_label = QLabel(self.tr("R&oles:"), left)
        roles_label.setBuddy(self.table)
        left_layout.addWidget(roles_label)
        left_layout.addWidget(self.table, 1)
        left_buttons = QHBoxLayout()
        self.new_button = action_button(self, self.new_action)
        self.refresh_button = action_button(self, self.refresh_action)
        left_buttons.addWidget(self.new_button)
        left_buttons.addStretch(1)
        left_buttons.addWidget(self.refresh_button)
        left_layout.addLayout(left_buttons)

        # right: the editor
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.name_edit = QLineEdit(right)
        self.name_edit.setMaxLength(60)
        self.description_edit = QLineEdit(right)
        self.description_edit.setPlaceholderText(self.tr("What people with this role do"))
        self.users_label = QLabel(right)
        self.users_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"), right)
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        description_label = QLabel(self.tr("&Description:"), right)
        description_label.setBuddy(self.description_edit)
        form.addRow(description_label, self.description_edit)
        form.addRow("", self.users_label)
        right_layout.addLayout(form)

        self.tree = QTreeWidget(right)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Permission"), self.tr("Technical name")])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._build_tree()
        self.tree.itemChanged.connect(self._on_tree_item_changed)
        permissions_label = QLabel(self.tr("&Permissions:"), right)
        permissions_label.setBuddy(self.tree)
        right_layout.addWidget(permissions_label)
        right_layout.addWidget(self.tree, 1)

        bottom = QHBoxLayout()
        self.dirty_label = QLabel(self.tr("● Unsaved changes"), right)
        self.dirty_label.setStyleSheet("color: rgb(214, 120, 0); font-weight: bold;")
        self.dirty_label.setVisible(False)
        bottom.addWidget(self.dirty_label)
        bottom.addStretch(1)
        self.revert_button = action_button(self, self.revert_action)
        self.save_button = action_button(self, self.save_action)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        right_layout.addLayout(bottom)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)

        self.notice = NoticeBar(self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Roles"), self))
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)

        self.name_edit.textChanged.connect(self._on_field_changed)
        self.description_edit.textChanged.connect(self._on_field_changed)
        chain: list[QWidget] = [
            self.table,
            self.new_button,
            self.refresh_button,
            self.name_edit,
            self.description_edit,
            self.tree,
            self.revert_button,
            self.save_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._set_editor_enabled(False)
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._grey_technical_names()  # e.g. the desk switched to dark mode

    def _grey_technical_names(self) -> None:
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for item in getattr(self, "_items", {}).values():
            item.setForeground(1, grey)

    def _build_tree(self) -> None:
        for prefix, names in grouped_permissions():
            group = QTreeWidgetItem(self.tree, [group_title(prefix)])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsAutoTristate
            )
            group.setFirstColumnSpanned(False)
            for name in names:
                text = QCoreApplication.translate("Permissions", PERMISSIONS[name])
                item = QTreeWidgetItem(group, [text, name])
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsSelectable
                )
                item.setCheckState(0, Qt.CheckState.Unchecked)
                item.setData(0, NAME_ROLE, name)
                item.setToolTip(0, name)
                item.setToolTip(1, text)
                self._items[name] = item
            group.setExpanded(True)
        self._grey_technical_names()

    # ------------------------------------------------------------------ data

    def refresh(self) -> None:
        """Reload the roles.  An unsaved draft is kept; otherwise the editor shows the
        selected role as it is now in the database."""
        self._loaded = True
        current_id = self._role.id if self._role is not None else None
        try:
            rows = staff.list_roles(self._ctx, self._actor)
        except KnownError as exc:
            self.model.set_rows([])
            show_error(self, exc)
            self._update_state()
            return
        dirty = self.is_dirty()
        self._loading = True
        try:
            self.model.set_rows(rows)
            row = self.model.row_of(current_id) if current_id else -1
            if row < 0 and not self._editing and rows:
                row = 0
            if row >= 0:
                self.table.selectRow(row)
        finally:
            self._loading = False
        fresh = self.model.row_at(row) if row >= 0 else None
        if fresh is not None and not dirty:
            self._load_role(fresh)
        elif fresh is not None:
            self._role = fresh  # keep the draft, but count users afresh
            self._show_user_count(fresh)
        self._update_state()

    def selected_role(self) -> RoleRow | None:
        """The role selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_role(self, role_id: str) -> None:
        """Select (and edit) ``role_id`` if it is listed."""
        row = self.model.row_of(role_id)
        if row >= 0:
            self.table.selectRow(row)

    def permission_item(self, name: str) -> QTreeWidgetItem:
        """The checklist item of permission ``name``."""
        return self._items[name]

    def checked_permissions(self) -> frozenset[str]:
        """The permissions ticked in the editor."""
        return frozenset(
            name
            for name, item in self._items.items()
            if item.checkState(0) == Qt.CheckState.Checked
        )

    def is_dirty(self) -> bool:
        """Whether the editor holds changes not saved yet."""
        if not self._editing:
            return False
        if self._role is None:
            return True  # a new role is unsaved until saved
        return self._editor_state() != self._baseline

    def _editor_state(self) -> tuple[str, str, frozenset[str]]:
        return (
            self.name_edit.text().strip(),
            self.description_edit.text().strip(),
            self.checked_permissions(),
        )

    def _set_editor_enabled(self, enabled: bool) -> None:
        for widget in (self.name_edit, self.description_edit, self.tree):
            widget.setEnabled(enabled)

    def _load_role(self, role: RoleRow | None) -> None:
        """Show ``role`` in the editor (None: a blank new role)."""
        self._loading = True
        try:
            self._role = role
            self._editing = True
            self.name_edit.setText(role.name if role else self.tr("New role"))
            self.description_edit.setText(role.description if role else "")
            granted = role.permissions if role else frozenset()
            for name, item in self._items.items():
                item.setCheckState(
                    0, Qt.CheckState.Checked if name in granted else Qt.CheckState.Unchecked
                )
            builtin = role is not None and role.builtin
            self.name_edit.setReadOnly(builtin)
            self.name_edit.setToolTip(self.tr("A built-in role keeps its name") if builtin else "")
            self._show_user_count(role)
            self._baseline = self._editor_state()
        finally:
            self._loading = False
        self._set_editor_enabled(True)
        self._update_state()

    def _show_user_count(self, role: RoleRow | None) -> None:
        if role is None:
            self.users_label.setText(self.tr("Not saved yet."))
        else:
            self.users_label.setText(
                self.tr("Users with this role: {n}. Changes apply at their next action.").format(
                    n=role.user_count
                )
            )

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        self.dirty_label.setVisible(dirty)
        self.save_action.setEnabled(dirty)
        self.revert_action.setEnabled(dirty)
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    def _confirm_discard(self) -> bool:
        """When the draft is unsaved, ask whether to save it first; False to stay."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The role “{name}” has unsaved changes. Save them?").format(
                name=self.name_edit.text().strip() or self.tr("New role")
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def save(self) -> bool:
        """Save the draft through the service; False (error shown) when refused."""
        name, description, permissions = self._editor_state()
        try:
            saved = staff.save_role(
                self._ctx,
                self._actor,
                role_id=self._role.id if self._role else None,
                name=name,
                description=description,
                permissions=set(permissions),
            )
        except KnownError as exc:
            show_error(self, exc)
            return False
        self._role = saved
        self._baseline = self._editor_state()
        self.notice.show_message(
            self.tr("The role “{name}” has been saved.").format(name=saved.name),
            NoticeBar.SUCCESS,
        )
        self.refresh()
        return True

    # ----------------------------------------------------------------- slots

    def _on_table_selection_changed(
        self, selected: QItemSelection, deselected: QItemSelection
    ) -> None:
        if self._loading:
            return
        role = self.selected_role()
        if role is not None and self._role is not None and role.id == self._role.id:
            return
        if not self._confirm_discard():
            # stay on the draft: put the selection back without reloading
            self._loading = True
            try:
                self.table.clearSelection()
                if self._role is not None:
                    self.select_role(self._role.id)
            finally:
                self._loading = False
            return
        if role is not None:
            self._load_role(role)

    def _on_field_changed(self, *_args: Any) -> None:
        if not self._loading:
            self._update_state()

    def _on_tree_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if not self._loading and column == 0:
            self._update_state()

    def _on_new_action_triggered(self) -> None:
        if not self._confirm_discard():
            return
        self._loading = True
        try:
            self.table.clearSelection()
        finally:
            self._loading = False
        self._load_role(None)
        self.name_edit.selectAll()
        self.name_edit.setFocus()

    def _on_save_action_triggered(self) -> None:
        self.save()

    def _on_revert_action_triggered(self) -> None:
        if self._role is None:
            # a new role: drop it and go back to the first role
            self._editing = False
            self._set_editor_enabled(False)
            first = self.model.row_at(0)
            if first is not None:
                self.select_role(first.id)
            self._update_state()
            return
        self._load_role(self._role)
