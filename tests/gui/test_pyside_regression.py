"""Regression guard for the PySide6 pin (``PySide6>=6.11,<6.12`` in pyproject.toml).

PySide6 6.12.0 on Python 3.11 loses a reference to ``None`` each time Qt hands Python an
empty value: ``index.data()`` for a role nobody set, or ``super().headerData()`` inside a
``QAbstractTableModel`` subclass.  Every table in the app does both on each repaint, so
``None``'s reference count soon reaches zero and the process aborts with "Fatal Python
error: deallocating None".  These tests make that visible as a plain failure: they count
references to ``None`` around many such calls, in batches, and stop long before the count
could reach zero.  Python 3.12 made ``None`` immortal (PEP 683), which hides both the bug
and its symptom, so the count is only checked on 3.11.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

CALLS = 20_000
BATCH = 250
# References to None that may come and go for unrelated reasons while we count.
TOLERANCE = 100
UNSET_ROLE = int(Qt.ItemDataRole.UserRole) + 41  # a role nothing in these models sets
PINNED = ">=6.11,<6.12"
_ROOT = QModelIndex()

needs_mortal_none = pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal on Python >= 3.12 (PEP 683): its reference count never "
    "changes, so a lost reference can neither be measured nor crash the process",
)


class _HeaderModel(QAbstractTableModel):
    """A table model like the app's: its own headers, Qt's answer for every other role."""

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 3

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 2

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row()},{index.column()}"
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return ("Name", "Amount")[section]
        return super().headerData(section, orientation, role)


@contextmanager
def _no_garbage_collection() -> Iterator[None]:
    """Keep the collector from freeing unrelated objects (and their Nones) mid-count."""
    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _none_references_lost(call: Callable[[], object]) -> tuple[int, int]:
    """Run ``call`` up to :data:`CALLS` times; returns (references to None lost, calls).

    Counts after every batch and stops as soon as more than :data:`TOLERANCE` are gone,
    so a broken PySide6 fails this test instead of killing the whole test run."""
    for _ in range(100):  # warm up: first calls may fill caches that keep a None
        call()
    with _no_garbage_collection():
        before = sys.getrefcount(None)
        done = lost = 0
        while done < CALLS:
            for _ in range(BATCH):
                call()
            done += BATCH
            lost = before - sys.getrefcount(None)
            if lost > TOLERANCE:
                break
    return lost, done


def _assert_no_leak(what: str, call: Callable[[], object]) -> None:
    assert call() is None, f"{what} should give None for an unset role"
    lost, done = _none_references_lost(call)
    assert lost <= TOLERANCE, (
        f"{what} lost {lost} references to None in {done} calls: this PySide6 "
        f"({_pyside_version()}) has the None refcount bug of 6.12.0 on Python 3.11 and "
        "will abort the app with 'Fatal Python error: deallocating None'. "
        f"Keep PySide6{PINNED} (pyproject.toml)."
    )


def _pyside_version() -> str:
    import PySide6

    return PySide6.__version__


@needs_mortal_none
def test_index_data_for_unset_role_keeps_none_alive(qapp: QApplication) -> None:
    model = QStandardItemModel(2, 2)
    for row in range(2):
        for column in range(2):
            model.setItem(row, column, QStandardItem(f"{row},{column}"))
    index = model.index(1, 1)
    item = model.item(1, 1)
    assert index.data() == "1,1"

    _assert_no_leak("QModelIndex.data(unset role)", lambda: index.data(UNSET_ROLE))
    _assert_no_leak(
        "QStandardItemModel.data(index, unset role)", lambda: model.data(index, UNSET_ROLE)
    )
    _assert_no_leak("QStandardItem.data(unset role)", lambda: item.data(UNSET_ROLE))


@needs_mortal_none
def test_super_header_data_for_unset_role_keeps_none_alive(qapp: QApplication) -> None:
    model = _HeaderModel()
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    assert model.headerData(1, horizontal) == "Amount"

    _assert_no_leak(
        "super().headerData(unset role) called from Python",
        lambda: model.headerData(0, horizontal, UNSET_ROLE),
    )
    # The way views ask: C++ calls the Python override, whose super() call goes back to
    # C++ and returns an empty QVariant that must become None and back again.
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    _assert_no_leak(
        "headerData(unset role) through a C++ proxy",
        lambda: proxy.headerData(0, horizontal, UNSET_ROLE),
    )
    _assert_no_leak(
        "index.data(unset role) of a Python model through a C++ proxy",
        lambda: proxy.index(0, 0).data(UNSET_ROLE),
    )
    assert proxy.headerData(2, vertical) == 3  # Qt's own default still comes through


def _release(version: str) -> tuple[int, ...]:
    parts: list[int] = []
    for part in version.split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="the pin guards against a bug seen on Python 3.11 only",
)
def test_pyside6_version_is_the_pinned_one() -> None:
    from importlib.metadata import version

    installed = version("PySide6")
    assert (6, 11) <= _release(installed)[:2] < (6, 12), (
        f"PySide6 {installed} is installed, but pyproject.toml pins PySide6{PINNED}: "
        "6.12.0 on Python 3.11 loses a reference to None whenever Qt returns an empty "
        "value (index.data() for an unset role, super().headerData()), and the app soon "
        "aborts with 'Fatal Python error: deallocating None'. Reinstall with "
        f"pip install 'PySide6{PINNED}'; move the pin only after "
        "tests/gui/test_pyside_regression.py passes on the new version."
    )
    assert _release(_pyside_version())[:2] == _release(installed)[:2]
