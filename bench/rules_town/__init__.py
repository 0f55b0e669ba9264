"""The county that ``rules.py`` evaluates: its towns, registry, department lists and projects,
the rules run and its baseline (not named ``rules``: the backend has two modules so named)."""
