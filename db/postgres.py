"""peewee's PostgreSQL database with the psycopg driver loaded on first use.

See :mod:`db` for why peewee itself is imported without its drivers.
"""

from __future__ import annotations

import uuid
from typing import Any

from peewee import ImproperlyConfigured, PostgresqlDatabase, Psycopg3Adapter


class LazyPsycopg3Adapter(Psycopg3Adapter):
    """peewee's psycopg 3 adapter, importing psycopg when the first database is made."""

    def __init__(self) -> None:
        try:
            import psycopg
            from psycopg.pq import TransactionStatus
            from psycopg.types.json import Json, Jsonb
        except ImportError as exc:
            raise ImproperlyConfigured(f"psycopg postgres driver not found: {exc}") from exc
        super().__init__()
        self.psycopg = psycopg
        self.transaction_status = TransactionStatus
        self.txn_idle = TransactionStatus.IDLE
        self.txn_inerror = TransactionStatus.INERROR
        self.txn_unknown = TransactionStatus.UNKNOWN
        self.json_type = Json
        self.jsonb_type = Jsonb

    def check_driver(self) -> None:
        """The driver was imported in ``__init__``."""

    def get_binary_type(self) -> type[Any]:
        return self.psycopg.Binary

    def connect(self, db: PostgresqlDatabase, **params: Any) -> Any:
        encoding = db._encoding  # type: ignore[attr-defined]  # peewee's private attribute, not in its stubs
        if encoding:
            params.setdefault("client_encoding", encoding)
        if db.database.startswith("postgresql://"):
            params.setdefault("conninfo", db.database)
        else:
            params.setdefault("dbname", db.database)
        return self.psycopg.connect(**params)

    def server_side_cursor(self, conn: Any) -> Any:
        in_transaction = self.txn_status(conn) == self.transaction_status.INTRANS
        return conn.cursor(name=str(uuid.uuid1()), withhold=not in_transaction)


class PostgresDatabase(PostgresqlDatabase):
    """A PostgreSQL database that always uses psycopg 3, imported on first use."""

    psycopg2_adapter = LazyPsycopg3Adapter
    psycopg3_adapter = LazyPsycopg3Adapter
