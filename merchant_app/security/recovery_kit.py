"""The recovery kit's sealed text (SAFE-2): a small dict locked with a passphrase.

Pure functions, no database, no keyring, no Qt.  :func:`seal_kit` turns a payload (shop
id and name, the member data key, when and by whom it was made, the Owners' password
verifiers; see :mod:`merchant_app.services.recovery_kit`) into one line of ASCII text;
:func:`open_kit` turns that text and the passphrase back into the payload.

The text
    ``MERCHANT-KIT-1:`` followed by RFC 4648 base32 (``A``-``Z``, ``2``-``7``, no padding).
    Base32 rather than base64: every character is in the QR code's *alphanumeric* set
    (upper case, digits, ``-`` and ``:``), so the code is ~18 % denser than base64 in byte
    mode and one QR code always holds the kit; and a person copying the printed text
    cannot confuse upper and lower case.  Reading is forgiving: spaces, line breaks and
    dashes inside the body are ignored, lower case is accepted, full-width characters
    (a Chinese input method) are folded, and ``0``/``1``/``8`` (not in the alphabet) are
    read as ``O``/``I``/``B``.

The sealed bytes (format 1)
    ``0x01 | salt (16) | nonce (12) | AES-256-GCM(zlib(JSON payload)) + tag (16) | check (4)``.
    The key is scrypt(passphrase, salt, n=2**15, r=8, p=1) (32 MiB, ~0.1 s), fixed by the
    format byte, so a crafted text cannot ask for a huge KDF cost.  The format byte and
    salt are authenticated as associated data.  ``check`` is the first 4 bytes of
    SHA-256 over everything before it: it tells a damaged or mistyped text
    (:class:`RecoveryKitDamaged`) from a wrong passphrase (:class:`WrongKitPassphrase`),
    which AES-GCM alone cannot do.

Passphrases are compared after Unicode NFC normalisation with surrounding spaces
removed, and must have at least :data:`MIN_PASSPHRASE_CHARS` characters.  Every failure
of :func:`open_kit`, whatever the text, is one of the named :class:`KitError` classes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import unicodedata
import zlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput

KIT_PREFIX = "MERCHANT-KIT-"
KIT_FORMAT = 1
ARMOUR = f"{KIT_PREFIX}{KIT_FORMAT}:"
MIN_PASSPHRASE_CHARS = 12
GROUP_CHARS = 5
GROUPS_PER_LINE = 10
MAX_KIT_CHARS = 2331
"""What one QR code (version 40, error correction M) holds even in byte mode (in the
alphanumeric mode a kit's characters allow it holds 3391); the largest kit the service
makes (four Owners, a 120-character Chinese shop name) is about 900 characters."""

_FORMAT_BYTE = bytes([KIT_FORMAT])
_SALT_BYTES = 16
_NONCE_BYTES = 12
_TAG_BYTES = 16
_CHECK_BYTES = 4
_MIN_BYTES = 1 + _SALT_BYTES + _NONCE_BYTES + _TAG_BYTES + _CHECK_BYTES
_AAD_LABEL = b"merchant-app recovery kit"
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**15, 8, 1
_BASE32 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})
_IGNORED = re.compile(r"[\s\-_.]+")
_VERSION = re.compile(r"([0-9]{1,4}):")


@dataclass(frozen=True)
class SealedKind:
    """What a sealed text is: its armour ``prefix`` (``MERCHANT-KIT-``) and the ``label``
    its seal authenticates.  Another kind (the desk set-up bundle,
    ``services/desk_connection.py``) never opens as a recovery kit, nor a kit as it."""

    prefix: str
    label: bytes


RECOVERY_KIT = SealedKind(KIT_PREFIX, _AAD_LABEL)


class KitError(InvalidInput):
    """Something about a recovery kit or its passphrase the user can fix."""


class NotARecoveryKit(KitError):
    """The text is something else (a product code, a random file)."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This is not a recovery kit: a kit's text starts with “MERCHANT-KIT-1:”. Scan the "
        "QR code on the printed kit, or paste the text of the kit's .txt file.",
    )


class NewerKitFormat(KitError):
    """The kit was made by a newer version of the app."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This recovery kit was made by a newer version of the app (kit format {version}). "
        "Update the app on this computer, then import the kit again.",
    )


class RecoveryKitDamaged(KitError):
    """The text does not check out: a typing mistake, a cut-off copy, a bad scan."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The recovery kit's text is damaged or mistyped: it does not match its own check. "
        "Compare it with the printed kit, or scan the QR code instead.",
    )


class RecoveryKitBadCharacter(RecoveryKitDamaged):
    """A character that never appears in a kit's text."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The recovery kit's text is mistyped: “{char}” in line {line}, group {group} never "
        "appears in a kit. A kit uses only the letters A to Z and the digits 2 to 7.",
    )


class WrongKitPassphrase(KitError):
    """The text is intact but the passphrase does not open it."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The passphrase does not open this recovery kit. Check it (capital letters, "
        "spaces, input language) and try again.",
    )


class KitPassphraseTooShort(KitError):
    """A new kit's passphrase is too short to resist guessing."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The recovery kit's passphrase must have at least {n} characters; a few unrelated "
        "words are easy to remember and hard to guess.",
    )


def normalise_passphrase(passphrase: str) -> str:
    """The passphrase as it is used: NFC, without surrounding spaces."""
    return unicodedata.normalize("NFC", passphrase).strip()


def check_passphrase(passphrase: str) -> str:
    """Raise :class:`KitPassphraseTooShort` unless ``passphrase`` is long enough; returns
    it normalised."""
    value = normalise_passphrase(passphrase)
    if len(value) < MIN_PASSPHRASE_CHARS:
        raise KitPassphraseTooShort(field="passphrase", n=MIN_PASSPHRASE_CHARS)
    return value


def _derive(passphrase: str, salt: bytes) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P)
    return kdf.derive(passphrase.encode("utf-8", "surrogatepass"))


def _check(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()[:_CHECK_BYTES]


def seal_kit(payload: dict[str, Any], passphrase: str, *, kind: SealedKind = RECOVERY_KIT) -> str:
    """``payload`` (JSON-serialisable; ``format`` is added) sealed with ``passphrase``,
    as one line of ASCII text that fits one QR code.  Each call uses a fresh salt and
    nonce, so sealing the same payload twice gives two different, equally valid texts.

    Raises :class:`KitPassphraseTooShort`; ``ValueError`` if the payload is too large
    for one QR code (a caller's bug: the service keeps kits small)."""
    secret = check_passphrase(passphrase)
    body = dict(payload)
    body["format"] = KIT_FORMAT
    plain = zlib.compress(
        json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8"),
        9,
    )
    salt, nonce = os.urandom(_SALT_BYTES), os.urandom(_NONCE_BYTES)
    head = _FORMAT_BYTE + salt
    sealed = AESGCM(_derive(secret, salt)).encrypt(nonce, plain, head + kind.label)
    data = head + nonce + sealed
    data += _check(data)
    text = f"{kind.prefix}{KIT_FORMAT}:" + base64.b32encode(data).decode("ascii").rstrip("=")
    if len(text) > MAX_KIT_CHARS:
        raise ValueError(f"a recovery kit of {len(text)} characters does not fit a QR code")
    return text


def kit_lines(text: str) -> list[str]:
    """The kit's text as printed and saved: the ``MERCHANT-KIT-1:`` line, then the body
    in lines of :data:`GROUPS_PER_LINE` groups of :data:`GROUP_CHARS` characters (the
    lines and groups :class:`RecoveryKitBadCharacter` counts).
    :func:`open_kit` reads this layout back as it reads the single line."""
    head, _, body = text.partition(":")
    per_line = GROUP_CHARS * GROUPS_PER_LINE
    lines = [head + ":"]
    for start in range(0, len(body), per_line):
        chunk = body[start : start + per_line]
        lines.append(
            " ".join(chunk[i : i + GROUP_CHARS] for i in range(0, len(chunk), GROUP_CHARS))
        )
    return lines


def looks_like_kit(text: str, *, kind: SealedKind = RECOVERY_KIT) -> bool:
    """Whether ``text`` starts like a kit (for routing a scan); says nothing of its
    soundness."""
    return unicodedata.normalize("NFKC", text).strip().upper().startswith(kind.prefix)


def _kit_bytes(text: str, kind: SealedKind = RECOVERY_KIT) -> bytes:
    """The sealed bytes of a kit's text, or a named error saying what is wrong."""
    folded = unicodedata.normalize("NFKC", text).strip().upper()
    if not folded.startswith(kind.prefix):
        raise NotARecoveryKit(field="kit")
    rest = folded[len(kind.prefix) :]
    version = _VERSION.match(rest)
    if version is None:
        raise RecoveryKitDamaged(field="kit")
    if int(version.group(1)) != KIT_FORMAT:
        if int(version.group(1)) > KIT_FORMAT:
            raise NewerKitFormat(field="kit", version=version.group(1))
        raise RecoveryKitDamaged(field="kit")
    body = _IGNORED.sub("", rest[version.end() :]).translate(_LOOKALIKES)
    for position, char in enumerate(body, start=1):
        if char not in _BASE32:
            line, column = divmod(position - 1, GROUP_CHARS * GROUPS_PER_LINE)
            raise RecoveryKitBadCharacter(
                field="kit", char=char, line=line + 1, group=column // GROUP_CHARS + 1
            )
    if len(body) % 8 in (1, 3, 6):  # lengths base32 never produces
        raise RecoveryKitDamaged(field="kit")
    try:
        data = base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError):
        raise RecoveryKitDamaged(field="kit") from None
    if base64.b32encode(data).decode("ascii").rstrip("=") != body:
        raise RecoveryKitDamaged(field="kit")  # a typo in the last character's spare bits
    if len(data) < _MIN_BYTES or _check(data[:-_CHECK_BYTES]) != data[-_CHECK_BYTES:]:
        raise RecoveryKitDamaged(field="kit")
    if data[:1] != _FORMAT_BYTE:
        raise RecoveryKitDamaged(field="kit")
    return data[:-_CHECK_BYTES]


def open_kit(text: str, passphrase: str, *, kind: SealedKind = RECOVERY_KIT) -> dict[str, Any]:
    """The payload sealed in ``text`` (with its ``format``).

    Raises exactly one of :class:`NotARecoveryKit`, :class:`NewerKitFormat`,
    :class:`RecoveryKitDamaged` (or its :class:`RecoveryKitBadCharacter`) and
    :class:`WrongKitPassphrase`, whatever ``text`` and ``passphrase`` are; the text is
    checked before the slow key derivation runs."""
    data = _kit_bytes(text, kind)
    secret = normalise_passphrase(passphrase)
    if len(secret) < MIN_PASSPHRASE_CHARS:  # no kit was ever sealed with one this short
        raise WrongKitPassphrase(field="passphrase")
    head = data[: 1 + _SALT_BYTES]
    nonce = data[len(head) : len(head) + _NONCE_BYTES]
    try:
        plain = AESGCM(_derive(secret, head[1:])).decrypt(
            nonce, data[len(head) + _NONCE_BYTES :], head + kind.label
        )
    except InvalidTag:
        raise WrongKitPassphrase(field="passphrase") from None
    try:
        payload = json.loads(zlib.decompress(plain).decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError, RecursionError):
        raise RecoveryKitDamaged(field="kit") from None
    if not isinstance(payload, dict) or payload.get("format") != KIT_FORMAT:
        raise RecoveryKitDamaged(field="kit")
    return payload
