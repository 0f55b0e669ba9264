"""Rectification (整改): the ledger of findings to fix, signed off independently and cleared."""
