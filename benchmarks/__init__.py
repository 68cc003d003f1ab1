"""Seatkeeper's benchmark harness: ``python -m benchmarks [--seats N]`` (``make bench``).

Every figure is measured beside a baseline that shows the machine's own limit
for the same work, in the same run. Not part of ``make test``; a test runs it
at a small N so it cannot rot.
"""
