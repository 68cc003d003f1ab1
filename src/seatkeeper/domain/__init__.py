"""Pure domain rules: no Qt, no SQLAlchemy, no keyring, no I/O."""
