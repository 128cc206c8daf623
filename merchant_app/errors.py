"""Known errors: rule violations the user can read and act on.

Anything raised that is *not* a :class:`KnownError` is a bug and is shown as a crash
dialog with its traceback (and written to the log file).

Messages are English templates with ``{named}`` fields.  They are marked with
``QT_TRANSLATE_NOOP`` so that Qt's ``lupdate`` extracts them; the window translates the
template in the ``Errors`` context and then fills in the fields.
"""

from __future__ import annotations

from typing import Any

ERRORS_CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction by Qt's lupdate without translating it here."""
    return text


class KnownError(Exception):
    """A failure the user caused or can fix; carries a translatable message template."""

    template: str = QT_TRANSLATE_NOOP("Errors", "The action could not be completed.")

    def __init__(self, template: str | None = None, /, **params: Any) -> None:
        if template is not None:
            self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The English message with its fields filled in."""
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template


class NotPermitted(KnownError):
    """The acting user lacks the permission the operation needs."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "You do not have the permission “{permission}” needed for this action."
    )


class InvalidInput(KnownError):
    """A value given by the user is not acceptable; ``field`` says which one."""


class NotFound(KnownError):
    """A record the action refers to does not exist (any more)."""


class InvalidTransition(KnownError):
    """The record is not in a state that allows the action."""


class Conflict(KnownError):
    """Another desk or user changed the same thing first."""


class AuthenticationFailed(KnownError):
    """Login, password or enrolment code is wrong, or the account may not sign in."""


class KeyringUnavailable(KnownError):
    """No usable OS keyring; the message explains how to get one."""


class DatabaseUnavailable(KnownError):
    """The database cannot be opened, is locked, read-only or full."""
