"""peewee's PostgreSQL database with the psycopg driver loaded on first use.

See :mod:`db` for why peewee itself is imported without its drivers.
"""

from __future__ import annotations

import uuid

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

    def get_binary_type(self):
        return self.psycopg.Binary

    def connect(self, db, **params):
        if db._encoding:
            params.setdefault("client_encoding", db._encoding)
        if db.database.startswith("postgresql://"):
            params.setdefault("conninfo", db.database)
        else:
            params.setdefault("dbname", db.database)
        return self.psycopg.connect(**params)

    def server_side_cursor(self, conn):
        in_transaction = self.txn_status(conn) == self.transaction_status.INTRANS
        return conn.cursor(name=str(uuid.uuid1()), withhold=not in_transaction)


class PostgresDatabase(PostgresqlDatabase):
    """A PostgreSQL database that always uses psycopg 3, imported on first use."""

    psycopg2_adapter = LazyPsycopg3Adapter
    psycopg3_adapter = LazyPsycopg3Adapter
