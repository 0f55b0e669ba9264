"""Sector policies (行业扶贫政策): department lists matched to the registry, and the gaps."""
