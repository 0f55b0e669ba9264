"""Demo data: 沂水县 with three towns, their offices, areas, villages and one account per role."""
