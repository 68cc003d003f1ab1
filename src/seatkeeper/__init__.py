"""Seatkeeper: a desktop licence manager for office administrators."""

__version__ = "0.1.0"
