"""Imports every domain's models so that metadata is complete (alembic, tests)."""

from __future__ import annotations

from towncheck.audit import models as audit_models
from towncheck.auth import models as auth_models
from towncheck.checklists import models as checklists_models
from towncheck.crosscheck import models as crosscheck_models
from towncheck.cycles import models as cycles_models
from towncheck.evidence import models as evidence_models
from towncheck.households import models as households_models
from towncheck.jobs import models as jobs_models
from towncheck.orm import Base
from towncheck.programs import models as programs_models
from towncheck.projects import models as projects_models
from towncheck.projects import operation_models as project_operation_models
from towncheck.rectification import models as rectification_models
from towncheck.scoring import models as scoring_models
from towncheck.sectors import models as sectors_models
from towncheck.selfcheck import models as selfcheck_models
from towncheck.tenancy import models as tenancy_models

__all__ = [
    "Base",
    "audit_models",
    "auth_models",
    "checklists_models",
    "crosscheck_models",
    "cycles_models",
    "evidence_models",
    "households_models",
    "jobs_models",
    "programs_models",
    "project_operation_models",
    "projects_models",
    "rectification_models",
    "scoring_models",
    "sectors_models",
    "selfcheck_models",
    "tenancy_models",
]
