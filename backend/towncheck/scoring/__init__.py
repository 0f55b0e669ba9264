"""Scoring: scores, indicators and the mock evaluation, computed in background runs."""
