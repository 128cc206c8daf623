"""PostgreSQL backups with the server's own tools: ``pg_dump``, ``pg_restore``, ``psql``.

A dump is taken from an exported snapshot: the manifest's row counts, shop id and
schema revision are read in the very snapshot ``pg_dump`` copies, so they match the
archive exactly while the desks keep working.  Only the app's schema (the connection's
``current_schema()``) is dumped.

A restore runs in one ``psql`` transaction: it drops the app's tables in that schema and
replays the archive; any error rolls the whole of it back, so the database is either the
backup or what it was before.  When a program is missing the error names it and the
package that provides it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from merchant_app.database import Database
from merchant_app.errors import QT_TRANSLATE_NOOP, KnownError
from merchant_app.services.backup_checks import Problem
from merchant_app.services.backup_files import MAIN_TABLES, Manifest

# Seconds a restore waits for other desks' locks before it gives up (and changes nothing).
LOCK_TIMEOUT_S = 30


class ProgramMissing(KnownError):
    """A PostgreSQL client program the backup or restore needs is not installed."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The program “{program}” is not installed, so PostgreSQL backups cannot be made or "
        "restored on this computer. Install the PostgreSQL client tools (on Debian or "
        "Ubuntu: the package postgresql-client).",
    )


class PostgresToolFailed(KnownError):
    """``pg_dump``, ``pg_restore`` or ``psql`` reported an error."""

    template = QT_TRANSLATE_NOOP("Errors", "{program} failed: {reason}")


def program(name: str) -> str:
    """The full path of a PostgreSQL client program, or :class:`ProgramMissing`."""
    found = shutil.which(name)
    if found is None:
        raise ProgramMissing(program=name)
    return found


def libpq_target(url: str) -> tuple[str, dict[str, str]]:
    """The connection URI for the command-line tools and the environment carrying the
    password (never on the command line, where other users could read it)."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _run(
    args: list[str], env: dict[str, str], **kwargs: object
) -> subprocess.CompletedProcess[bytes]:
    done = subprocess.run(args, env=env, capture_output=True, check=False, **kwargs)  # type: ignore[call-overload]
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise PostgresToolFailed(
            program=Path(args[0]).name, reason=(reason[-1] if reason else f"exit {done.returncode}")
        )
    return done


class DumpFacts:
    """The identity and row counts read in the dump's snapshot."""

    def __init__(self, schema: str, revision: str, shop_id: str, shop_name: str) -> None:
        self.schema = schema
        self.revision = revision
        self.shop_id = shop_id
        self.shop_name = shop_name
        self.counts: dict[str, int] = {}


def dump(db: Database, target: Path) -> DumpFacts:
    """``pg_dump -Fc`` of the app's schema into ``target``; returns what it holds."""
    pg_dump = program("pg_dump")
    uri, env = libpq_target(db.url)
    with db.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            snapshot = conn.execute(text("SELECT pg_export_snapshot()")).scalar_one()
            schema = conn.execute(text("SELECT current_schema()")).scalar_one()
            tables = set(
                conn.execute(
                    text(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = :s"
                    ),
                    {"s": schema},
                ).scalars()
            )
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
            shop = conn.execute(text("SELECT id, name FROM shop LIMIT 1")).one_or_none()
            facts = DumpFacts(schema, revision, shop[0] if shop else "", shop[1] if shop else "")
            for table in MAIN_TABLES:
                if table in tables:
                    facts.counts[table] = conn.execute(
                        text(f'SELECT count(*) FROM "{table}"')
                    ).scalar_one()
            _run(
                [
                    pg_dump,
                    "-Fc",
                    "--no-owner",
                    "-n",
                    schema,
                    f"--snapshot={snapshot}",
                    "-f",
                    str(target),
                    uri,
                ],
                env,
            )
    return facts


def _toc(path: Path) -> str:
    done = _run([program("pg_restore"), "--list", str(path)], dict(os.environ))
    return done.stdout.decode("utf-8", "replace")


def _copy_rows(path: Path, schema: str, table: str) -> tuple[list[str], list[list[str]]]:
    """The columns and first rows of one table's data in the archive."""
    args = [program("pg_restore"), "--data-only", "-n", schema, "-t", table, "-f", "-", str(path)]
    out = _run(args, dict(os.environ)).stdout.decode("utf-8", "replace")
    match = re.search(r"^COPY \S+ \(([^)]*)\) FROM stdin;\n(.*?)^\\\.$", out, re.M | re.S)
    if match is None:
        return [], []
    columns = [c.strip().strip('"') for c in match.group(1).split(",")]
    rows = [line.split("\t") for line in match.group(2).splitlines() if line]
    return columns, rows


def inspect_archive(path: Path, manifest: Manifest | None) -> tuple[str, str, list[Problem]]:
    """Check an archive can be read and holds the manifest's tables; returns its schema
    revision, its shop's id, and the problems found."""
    problems: list[Problem] = []
    try:
        toc = _toc(path)
    except KnownError as exc:
        return "", "", [Problem(exc.template, {k: str(v) for k, v in exc.params.items()})]
    schema = manifest.pg_schema if manifest is not None and manifest.pg_schema else "public"
    for table in sorted(manifest.row_counts if manifest is not None else ("shop",)):
        if f" TABLE DATA {schema} {table} " not in toc:
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP("Errors", "The archive holds no data for table {table}."),
                    {"table": table},
                )
            )
    revision = shop_id = ""
    try:
        columns, rows = _copy_rows(path, schema, "alembic_version")
        if rows and "version_num" in columns:
            revision = rows[0][columns.index("version_num")]
        columns, rows = _copy_rows(path, schema, "shop")
        if rows and "id" in columns:
            shop_id = rows[0][columns.index("id")]
    except KnownError as exc:
        problems.append(Problem(exc.template, {k: str(v) for k, v in exc.params.items()}))
    if not revision and not problems:
        problems.append(
            Problem(QT_TRANSLATE_NOOP("Errors", "The file is not a database of this app."))
        )
    return revision, shop_id, problems


_DROP_APP_TABLES = f"""
SET lock_timeout = '{LOCK_TIMEOUT_S}s';
DO $$
DECLARE r record;
BEGIN
  FOR r IN
    SELECT format('DROP %s IF EXISTS %I.%I CASCADE',
                  CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                 WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
                  n.nspname, c.relname) AS stmt
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
    ORDER BY c.relkind = 'S'
  LOOP
    EXECUTE r.stmt;
  END LOOP;
END $$;
"""


def restore(db_url: str, path: Path, schema: str, work_dir: Path) -> None:
    """Replace the app's tables in ``schema`` with the archive's, in one transaction
    (all or nothing).  ``schema`` must be the schema the archive was dumped from."""
    pg_restore, psql = program("pg_restore"), program("psql")
    uri, env = libpq_target(db_url)
    toc = _toc(path)
    # The schema itself stays (it may hold other things, or belong to another role):
    # only its tables are replaced.
    keep = [
        line
        for line in toc.splitlines()
        if not re.match(r"^\d+; \d+ \d+ SCHEMA ", line) and " COMMENT - SCHEMA " not in line
    ]
    listing = work_dir / f".{path.name}.toc"
    listing.write_text("\n".join(keep) + "\n", encoding="utf-8")
    errors = work_dir / f".{path.name}.err"
    try:
        with open(errors, "wb") as err:
            script = subprocess.Popen(
                [
                    pg_restore,
                    "--no-owner",
                    "--no-privileges",
                    "-n",
                    schema,
                    "-L",
                    str(listing),
                    "-f",
                    "-",
                    str(path),
                ],
                stdout=subprocess.PIPE,
                stderr=err,
                env=env,
            )
            failure: PostgresToolFailed | None = None
            try:
                _run(
                    [
                        psql,
                        "-X",
                        "-q",
                        "-v",
                        "ON_ERROR_STOP=1",
                        "--single-transaction",
                        "-c",
                        _DROP_APP_TABLES,
                        "-f",
                        "-",
                        "-d",
                        uri,
                    ],
                    env,
                    stdin=script.stdout,
                )
            except PostgresToolFailed as exc:
                failure = exc
            finally:
                assert script.stdout is not None
                script.stdout.close()
                code = script.wait()
        if failure is not None:
            raise failure
        if code != 0:
            reason = errors.read_text(encoding="utf-8", errors="replace").strip().splitlines()
            raise PostgresToolFailed(
                program="pg_restore", reason=reason[-1] if reason else f"exit {code}"
            )
    finally:
        listing.unlink(missing_ok=True)
        errors.unlink(missing_ok=True)
