"""Helpers for the household registry benchmarks, one concept per module.

``town`` finds the measured town (马站镇), fills it with synthetic households and creates
cycles as its poverty office. For ``households_page.py``: ``page_baseline`` is the
hand-written asyncpg endpoint and ``page_check`` the page both endpoints are asked for and
its start-up check. For ``registry_import.py``: ``workbook`` writes the spreadsheet and
``import_runs`` times the reader alone, the bare COPY and the real import.
"""
