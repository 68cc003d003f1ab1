"""Alembic revision scripts (each file one revision)."""
