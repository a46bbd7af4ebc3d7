"""Tables, declared once with SQLAlchemy Core so SQLite and PostgreSQL share them."""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, DateTime, MetaData, String, Table

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("user_id", BigInteger, primary_key=True, autoincrement=False),
    Column("lang", String(8), nullable=True),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
