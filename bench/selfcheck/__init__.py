"""Helpers for ``bench/visit_submissions.py``, one concept per module.

``town`` prepares the cycles and the submissions and counts the stored rows, ``baseline``
is the hand-written asyncpg endpoint, ``evidence`` the files every visit refers to and their
upload, ``clients`` the concurrent clients that submit the visits and time them.
"""
