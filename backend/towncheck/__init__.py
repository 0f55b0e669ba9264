"""TownCheck — 乡镇自查互查评估平台."""

from __future__ import annotations

__version__ = "0.1.0"
