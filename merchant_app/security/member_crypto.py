"""Field encryption and keyed look-up hashes for member records (MEM-1).

One 32-byte *data key* per shop lives in the OS keyring of each desk (``ctx.keys``,
entry :data:`DATA_KEY_NAME` under the shop's id), never in the database.  From it two
keys are derived with HKDF-SHA256: one for AES-256-GCM (the sealed personal fields) and
one for HMAC-SHA256 (look-up hashes of phone, email and name tokens).

* Sealing binds a ciphertext to its row: the row id is the associated data, so a
  ciphertext copied onto another member's row fails to open (``InvalidTag``).
* The database keeps a *key check* (an HMAC of a fixed text, in ``shop_setting``) written
  when the key is made.  A desk whose keyring has no key, while the database says one
  exists, must not make a new one: it raises :class:`DataKeyMissing` (the recovery kit
  is needed); a different key raises :class:`DataKeyMismatch`.

Pure functions and a small class; no Qt, no database access (the service passes the
stored key check in and out).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import unicodedata
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from merchant_app.errors import QT_TRANSLATE_NOOP, KnownError

DATA_KEY_NAME = "member-data-key"
KEY_CHECK_SETTING = "member_data_key_check"
_VERSION = b"\x01"
_NONCE_BYTES = 12
_HASH_CHARS = 32  # 128 bits of the HMAC, as hex
NAME_PREFIX_MIN = 2
NAME_PREFIX_MAX = 12


class DataKeyMissing(KnownError):
    """Members exist but this desk's keyring has no data key."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Member records are encrypted, and this computer does not have the shop's data "
        "key. Import the shop's recovery kit (Settings → Backups) on this computer, then "
        "try again.",
    )


class DataKeyMismatch(KnownError):
    """The keyring holds a data key, but not the one the records were sealed with."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The data key on this computer does not belong to this shop's member records. "
        "Import this shop's recovery kit, then try again.",
    )


class SealedDataDamaged(KnownError):
    """A sealed record does not open: damaged, or moved from another row."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The personal data of member {card} cannot be read: it is damaged or was altered "
        "outside the app.",
    )


def new_data_key() -> bytes:
    """32 random bytes from the OS."""
    return os.urandom(32)


def encode_key(key: bytes) -> str:
    """The key as text for the keyring or the recovery kit."""
    return base64.b64encode(key).decode("ascii")


def decode_key(text: str) -> bytes:
    """A key from :func:`encode_key`'s text; ``ValueError`` if it is not 32 bytes."""
    raw = base64.b64decode(text.strip().encode("ascii"), validate=True)
    if len(raw) != 32:
        raise ValueError("a data key has 32 bytes")
    return raw


def _derive(key: bytes, label: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(key)


def key_check(key: bytes) -> str:
    """What the database stores to recognise the right key (reveals nothing of it)."""
    return hmac.new(key, b"merchant-app member data key check v1", hashlib.sha256).hexdigest()[:32]


@dataclass(frozen=True)
class MemberCipher:
    """Seals and opens member fields and makes look-up hashes, from one data key."""

    seal_key: bytes
    index_key: bytes

    @classmethod
    def from_data_key(cls, key: bytes) -> MemberCipher:
        """The two working keys derived from the shop's data key."""
        return cls(_derive(key, b"member-fields-aes-gcm-v1"), _derive(key, b"member-lookup-v1"))

    def seal(self, row_id: str, fields: dict[str, Any]) -> bytes:
        """``fields`` as JSON, encrypted and authenticated, bound to ``row_id``."""
        nonce = os.urandom(_NONCE_BYTES)
        plain = json.dumps(fields, ensure_ascii=False, sort_keys=True).encode("utf-8")
        return _VERSION + nonce + AESGCM(self.seal_key).encrypt(nonce, plain, _aad(row_id))

    def open(self, row_id: str, sealed: bytes) -> dict[str, Any]:
        """The fields sealed for ``row_id``; ``InvalidTag`` if altered or from another
        row."""
        data = bytes(sealed)
        if not data or data[:1] != _VERSION:
            raise InvalidTag()
        nonce = data[1 : 1 + _NONCE_BYTES]
        plain = AESGCM(self.seal_key).decrypt(nonce, data[1 + _NONCE_BYTES :], _aad(row_id))
        value = json.loads(plain.decode("utf-8"))
        if not isinstance(value, dict):
            raise InvalidTag()
        return value

    def lookup_hash(self, kind: str, value: str) -> str:
        """The keyed hash of an already normalised value (empty value: empty hash)."""
        if not value:
            return ""
        msg = kind.encode() + b"\x00" + value.encode("utf-8")
        return hmac.new(self.index_key, msg, hashlib.sha256).hexdigest()[:_HASH_CHARS]

    def name_hashes(self, name: str) -> set[str]:
        """Keyed hashes of every search key of a name (see :func:`name_keys`)."""
        return {self.lookup_hash("name", k) for k in name_keys(name)}


def _aad(row_id: str) -> bytes:
    return b"member:" + row_id.encode("ascii")


# ---------------------------------------------------------------------------- normalising


def normalise_email(email: str) -> str:
    """Lower case, no surrounding spaces."""
    return email.strip().lower()


def phone_tail(phone_key: str) -> str:
    """The last four digits of a normalised phone (what a clerk may be told)."""
    return phone_key[-4:] if len(phone_key) >= 4 else ""


def _is_cjk(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F") and ch.isalpha()


def name_tokens(text: str) -> list[str]:
    """Case-folded words of a name, accents removed; a run of CJK characters is one
    word per character (Chinese names are written without spaces)."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    tokens: list[str] = []
    word: list[str] = []
    for ch in plain:
        if _is_cjk(ch):
            if word:
                tokens.append("".join(word))
                word = []
            tokens.append(ch)
        elif ch.isalnum():
            word.append(ch)
        elif word:
            tokens.append("".join(word))
            word = []
    if word:
        tokens.append("".join(word))
    return tokens


def name_keys(name: str) -> set[str]:
    """What a name can be found by: each word and each of its prefixes of 2 … 12
    letters; for CJK names each character and each run of 2 or 3 characters."""
    keys: set[str] = set()
    tokens = name_tokens(name)
    for token in tokens:
        keys.add(token)
        for n in range(NAME_PREFIX_MIN, min(len(token), NAME_PREFIX_MAX) + 1):
            keys.add(token[:n])
    cjk = [t for t in tokens if len(t) == 1 and _is_cjk(t)]
    for size in (2, 3):
        for i in range(len(cjk) - size + 1):
            keys.add("".join(cjk[i : i + size]))
    return keys


def query_keys(text: str) -> list[str]:
    """The keys a search text must all match: each word (cut to 12 letters); CJK text
    as runs of up to three characters."""
    tokens = name_tokens(text)
    out: list[str] = []
    run: list[str] = []
    for token in [*tokens, ""]:
        if len(token) == 1 and _is_cjk(token):
            run.append(token)
            continue
        while run:
            out.append("".join(run[:3]))
            run = run[3:]
        if token:
            out.append(token[:NAME_PREFIX_MAX])
    return out
