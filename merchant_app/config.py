"""Desk-local settings: where the shop lives and how this desk is set up.

Settings are a small JSON file in the data folder.  They never hold secrets: passwords
and keys live in the OS keyring.  Reading them is cheap and imports nothing heavy, so the
login window can show the shop's name before the database layer has loaded.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from merchant_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from merchant_app.security.server_secret import scrub, strip_password

SETTINGS_FILE = "settings.json"
DATABASE_FILE = "shop.sqlite3"
LANGUAGES = ("en", "zh_CN")
THEMES = ("system", "light", "dark")
DATABASE_SCHEMES = ("sqlite:", "postgresql:", "postgresql+psycopg:", "postgres:")


def default_data_dir() -> Path:
    """The platform's per-user data folder for the app (overridable by environment)."""
    env = os.environ.get("MERCHANT_APP_DATA_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("MerchantApp", "MerchantApp"))


@dataclass(frozen=True)
class Settings:
    """What this desk needs to know before it can open the database."""

    data_dir: Path
    database_url: str = field(default="", repr=False)  # a password in it is never shown
    desk_id: str = ""
    language: str = "en"
    theme: str = "system"
    idle_lock_minutes: int = 10
    shop_name: str = ""
    is_demo: bool = False
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def effective_database_url(self) -> str:
        """The configured URL, or the SQLite file inside the data folder."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / DATABASE_FILE).as_posix()}"

    @property
    def is_sqlite(self) -> bool:
        return self.effective_database_url.startswith("sqlite")

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    def database_exists(self) -> bool:
        """True when a shop database is configured or present (so no first-run wizard)."""
        return bool(self.database_url) or (self.data_dir / DATABASE_FILE).exists()

    def with_changes(self, **changes: object) -> Settings:
        """A copy with some fields changed and validated."""
        new = replace(self, **changes)  # type: ignore[arg-type]
        new.validate()
        return new

    def validate(self) -> None:
        """Raise :class:`InvalidInput` naming the first bad field (also a field holding
        the wrong kind of value, as a hand-edited settings file may)."""
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name != "data_dir" and not _kind_ok(f.type, value):
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The setting “{field}” has a value of the wrong kind: {value}"
                    ),
                    field=f.name,
                    value=scrub(repr(value))[:80],
                )
        if self.language not in LANGUAGES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Unknown language “{value}”."),
                value=self.language,
                field="language",
            )
        if self.theme not in THEMES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Unknown theme “{value}”."),
                value=self.theme,
                field="theme",
            )
        if not 1 <= self.idle_lock_minutes <= 240:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The idle lock time must be between 1 and 240 minutes."
                ),
                field="idle_lock_minutes",
            )
        if self.database_url and (
            not self.database_url.startswith(DATABASE_SCHEMES) or "\x00" in self.database_url
        ):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database address “{value}” is neither a SQLite file (sqlite:///…) "
                    "nor a PostgreSQL server (postgresql://…).",
                ),
                value=scrub(self.database_url)[:80],
                field="database_url",
            )


def _kind_ok(annotation: object, value: object) -> bool:
    """Whether ``value`` is of the kind a :class:`Settings` field declares (annotations
    are strings here: ``from __future__ import annotations``)."""
    if annotation == "str":
        return isinstance(value, str) and "\x00" not in value
    if annotation == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if annotation == "bool":
        return isinstance(value, bool)
    if annotation == "dict[str, str]":
        return isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        )
    return True


def load_settings(data_dir: Path | None = None) -> Settings:
    """Read the settings of the shop in ``data_dir`` (defaults when there is no file)."""
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    path = data_dir / SETTINGS_FILE
    values: dict[str, object] = {}
    if path.exists():
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError) as exc:  # deep nesting: RecursionError
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The settings file {path} cannot be read: {reason}"),
                path=str(path),
                reason=str(exc),
                field="settings",
            ) from exc
        if not isinstance(raw, dict):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The settings file {path} does not hold settings: {reason}"
                ),
                path=str(path),
                reason=f"a JSON {type(raw).__name__} instead of an object",
                field="settings",
            )
        known = {f.name for f in fields(Settings)} - {"data_dir"}
        values = {k: v for k, v in raw.items() if k in known}
    settings = Settings(data_dir=data_dir, **values)  # type: ignore[arg-type]
    settings.validate()
    return settings


def save_settings(settings: Settings) -> None:
    """Write the settings atomically (a crash never leaves half a file)."""
    settings.validate()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    data = asdict(settings)
    data.pop("data_dir")
    # a server's password lives in the OS keyring only (security/server_secret.py)
    data["database_url"] = strip_password(settings.database_url)
    path = settings.data_dir / SETTINGS_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
