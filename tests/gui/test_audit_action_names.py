"""Every action the services audit has a name in words on the audit screen (otherwise the
Owner reads technical names such as ``stock.count.apply``)."""

from __future__ import annotations

import ast
from pathlib import Path

from merchant_app.gui.screens.audit_log import action_text

PACKAGE = Path(__file__).resolve().parents[2] / "merchant_app"


def audited_actions() -> set[str]:
    """The literal action names passed to ``audit.record(session, ctx, actor, action, …)``."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name != "record" or len(node.args) < 4:
                continue
            action = node.args[3]
            if isinstance(action, ast.Constant) and isinstance(action.value, str):
                found.add(action.value)
    return found


def test_every_audited_action_has_a_name(qapp) -> None:  # type: ignore[no-untyped-def]
    actions = audited_actions()
    assert len(actions) > 50  # the scan found the services' calls
    unnamed = sorted(a for a in actions if action_text(a) == a)
    assert not unnamed, f"audit actions without a name on the audit screen: {unnamed}"
