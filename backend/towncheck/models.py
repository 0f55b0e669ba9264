"""Imports every domain's models so that metadata is complete (alembic, tests)."""

from __future__ import annotations

from towncheck.audit import models as audit_models
from towncheck.auth import models as auth_models
from towncheck.households import models as households_models
from towncheck.jobs import models as jobs_models
from towncheck.orm import Base
from towncheck.tenancy import models as tenancy_models

__all__ = [
    "Base",
    "audit_models",
    "auth_models",
    "households_models",
    "jobs_models",
    "tenancy_models",
]
