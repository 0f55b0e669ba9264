"""Helpers for the household registry benchmarks, one concept per module.

``town`` finds the measured town (马站镇) and fills it with synthetic households. For
``households_page.py``: ``page_baseline`` is the hand-written asyncpg endpoint and
``page_servers`` starts it and compares it with ``/graphql``. For ``registry_import.py``:
``workbook`` writes the spreadsheet and ``import_runs`` times the reader alone, the bare COPY
and the real import.
"""
