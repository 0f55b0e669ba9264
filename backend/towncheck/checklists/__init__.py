"""Checklist templates: sections, items and checkpoints, with their rules."""
