"""Checks every service applies to what people type: free text within a length."""

from __future__ import annotations

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput

TOO_LONG = QT_TRANSLATE_NOOP("Errors", "The {what} is too long (at most {limit} characters).")


def bounded_text(
    value: object, limit: int, field: str, *, what: str = "", required: str = ""
) -> str:
    """``value`` without surrounding spaces.  :class:`InvalidInput` naming ``field`` (and
    saying ``what`` it is, ``field`` when not given) when it is not text, is longer than
    ``limit`` or holds a NUL character; when ``required`` (an error template taking
    ``{what}``) is given, empty text is refused with it."""
    label = what or field
    text = value.strip() if isinstance(value, str) else None
    if text is None or len(text) > limit or "\x00" in text:
        raise InvalidInput(TOO_LONG, what=label, limit=limit, field=field)
    if required and not text:
        raise InvalidInput(required, what=label, field=field)
    return text
