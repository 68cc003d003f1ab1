"""Alembic environment: always run on the connection Seatkeeper hands over."""

from __future__ import annotations

from alembic import context

from seatkeeper.store.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
context.run_migrations()
