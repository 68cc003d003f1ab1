"""Use cases. They take and return plain dataclasses, never ORM rows or widgets."""
