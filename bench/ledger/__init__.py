"""Helpers for ``bench/ledger_pages.py``: the generated ledger (``fill``), the hand-written
baseline (``baseline``) and its server process and parity check (``servers``)."""
