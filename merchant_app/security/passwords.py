"""Password rules (AUTH-3) and argon2id verifiers (AUTH-2).

Parameters are RFC 9106's low-memory profile (argon2id, 64 MiB, 3 passes, 4 lanes),
above OWASP's minimum of 19 MiB and 2 passes.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from argon2.profiles import RFC_9106_LOW_MEMORY

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput

MIN_LENGTH = 8
OWASP_MIN_MEMORY_KIB = 19 * 1024
OWASP_MIN_TIME_COST = 2

PRODUCTION_HASHER = PasswordHasher.from_parameters(RFC_9106_LOW_MEMORY)
# The hasher in use; the test suite swaps in a cheap one for speed (verifiers carry their
# own parameters, so either verifies the other's).  The app never changes it.
_hasher = PRODUCTION_HASHER


def check_password_rules(password: str, login: str) -> None:
    """Raise :class:`InvalidInput` saying which rule ``password`` breaks."""
    if len(password) < MIN_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The password must have at least {n} characters."),
            n=MIN_LENGTH,
        )
    if password.isdigit():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The password cannot be only digits."))
    if password.strip().casefold() == login.strip().casefold():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The password cannot be the same as the login.")
        )


def hash_password(password: str) -> str:
    """An argon2id verifier (PHC string) for ``password``."""
    return _hasher.hash(password)


def verify_password(verifier: str, password: str) -> bool:
    """True when ``password`` matches ``verifier``; a malformed verifier never matches."""
    try:
        return _hasher.verify(verifier, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
