"""Helpers of ``bench/scoring.py``: a county with a 40-household-checkpoint template, every
household's self-check visit and answers, and the timed scoring runs."""
