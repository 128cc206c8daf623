"""Checks every service applies to what people type: free text within a length."""

from __future__ import annotations

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput

TOO_LONG = QT_TRANSLATE_NOOP("Errors", "The {what} is too long (at most {limit} characters).")
NOT_TEXT = QT_TRANSLATE_NOOP(
    "Errors", "The {what} must be text without NUL characters (code 0), which cannot be stored."
)


def bounded_text(
    value: object, limit: int, field: str, *, what: str = "", required: str = ""
) -> str:
    """``value`` without surrounding spaces.  :class:`InvalidInput` naming ``field`` (and
    saying ``what`` it is, ``field`` when not given) when it is not text, holds a NUL
    character or is longer than ``limit``; when ``required`` (an error template taking
    ``{what}``) is given, empty text is refused with it."""
    label = what or field
    text = value.strip() if isinstance(value, str) else None
    if text is None or "\x00" in text:
        raise InvalidInput(NOT_TEXT, what=label, field=field)
    if len(text) > limit:
        raise InvalidInput(TOO_LONG, what=label, limit=limit, field=field)
    if required and not text:
        raise InvalidInput(required, what=label, field=field)
    return text
