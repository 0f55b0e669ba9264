"""Helpers for ``bench/ledger_pages.py``: the generated ledger (``fill``), the hand-written
baseline (``baseline``) and the page both endpoints are asked for with its start-up check
(``page_check``)."""
