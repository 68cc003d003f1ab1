"""Persistence: SQLAlchemy 2.x Core tables, engine set-up, queries, migrations."""
