"""A small, safe expression language for checkpoint rules.

Rules are tokenized, parsed and evaluated by this package alone; no rule text ever reaches
Python's own parser or object model.
"""

from __future__ import annotations

from towncheck.checklists.rules.evaluate import Rule, compile_rule
from towncheck.checklists.rules.tokens import RuleError

__all__ = ["Rule", "RuleError", "compile_rule"]
