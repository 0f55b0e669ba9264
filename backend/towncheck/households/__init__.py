"""Households and members: the registry every check is about."""
