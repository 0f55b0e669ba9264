"""Assembles the schema from the domains' schema modules."""

from __future__ import annotations

import asyncio
from functools import cache

import strawberry
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)
from strawberry.tools import merge_types

from towncheck.api.context import Info
from towncheck.api.errors import PresentErrors
from towncheck.api.execution import FastExecutionContext, plain_fields
from towncheck.api.limits import SingleSignIn
from towncheck.api.nodes import resolve_node
from towncheck.api.relay import MAX_PAGE, Node
from towncheck.audit.schema import AuditMutation, AuditQuery
from towncheck.auth.schema import AuthMutation, AuthQuery
from towncheck.checklists.schema import ChecklistMutation, ChecklistQuery
from towncheck.config import Settings
from towncheck.crosscheck.schema import CrossCheckMutation, CrossCheckQuery
from towncheck.cycles.schema import CycleMutation, CycleQuery
from towncheck.errors import invalid
from towncheck.evidence.schema import EvidenceMutation
from towncheck.households.schema import HouseholdMutation, HouseholdQuery, RegistryImportMutation
from towncheck.programs.schema import ProgramMutation, ProgramQuery
from towncheck.projects.schema import (
    ProjectMutation,
    ProjectOperationMutation,
    ProjectQuery,
    ProjectRecordMutation,
)
from towncheck.rectification.schema import (
    ClearanceQuery,
    LedgerMutation,
    LedgerQuery,
    NotificationMutation,
    NotificationQuery,
)
from towncheck.scoring.schema import ScoringMutation, ScoringQuery
from towncheck.sectors.schema import SectorMutation, SectorQuery
from towncheck.selfcheck.schema import SatisfactionQuery, SelfCheckMutation, SelfCheckQuery
from towncheck.tenancy.schema import TenancyMutation, TenancyQuery


@strawberry.type
class NodeQuery:
    @strawberry.field(description="按全局 ID 取对象 / Fetch any object by its global ID.")
    async def node(self, info: Info, id: strawberry.ID) -> Node | None:
        return await resolve_node(info, id)  # type: ignore[no-any-return]

    @strawberry.field(description="按全局 ID 批量取对象（最多 100 个）/ Fetch up to 100 objects.")
    async def nodes(self, info: Info, ids: list[strawberry.ID]) -> list[Node | None]:
        if len(ids) > MAX_PAGE:
            raise invalid(f"一次最多查询 {MAX_PAGE} 个对象", field="ids")
        # Concurrent on purpose: the DataLoaders behind each type batch them into one query.
        return list(await asyncio.gather(*(resolve_node(info, i) for i in ids)))


Query = merge_types(
    "Query",
    (
        NodeQuery,
        AuthQuery,
        TenancyQuery,
        HouseholdQuery,
        AuditQuery,
        ChecklistQuery,
        CycleQuery,
        SelfCheckQuery,
        SatisfactionQuery,
        CrossCheckQuery,
        LedgerQuery,
        NotificationQuery,
        ClearanceQuery,
        ProjectQuery,
        SectorQuery,
        ProgramQuery,
        ScoringQuery,
    ),
)
Mutation = merge_types(
    "Mutation",
    (
        AuthMutation,
        TenancyMutation,
        HouseholdMutation,
        RegistryImportMutation,
        AuditMutation,
        ChecklistMutation,
        CycleMutation,
        SelfCheckMutation,
        EvidenceMutation,
        CrossCheckMutation,
        LedgerMutation,
        NotificationMutation,
        ProjectMutation,
        ProjectRecordMutation,
        ProjectOperationMutation,
        SectorMutation,
        ProgramMutation,
        ScoringMutation,
    ),
)


@cache
def build_schema(
    max_depth: int = 10, max_aliases: int = 30, max_tokens: int = 2000
) -> strawberry.Schema:
    # The validation cache is keyed by the rule classes, and the limiters make a new class
    # per instance: build the rules once so that every request brings the same ones.
    rules = (
        *QueryDepthLimiter(max_depth=max_depth).validation_rules,
        *MaxAliasesLimiter(max_alias_count=max_aliases).validation_rules,
        SingleSignIn,
    )
    schema = strawberry.Schema(
        query=Query,
        mutation=Mutation,
        execution_context_class=FastExecutionContext,
        extensions=[
            lambda: ParserCache(maxsize=256),
            lambda: MaxTokensLimiter(max_token_count=max_tokens),
            lambda: AddValidationRules(list(rules)),
            lambda: ValidationCache(maxsize=256),
            PresentErrors,
        ],
    )
    FastExecutionContext.plain = plain_fields(schema)
    return schema


def schema_for(settings: Settings) -> strawberry.Schema:
    return build_schema(settings.max_query_depth, settings.max_aliases, settings.max_tokens)


def export_sdl() -> str:
    return build_schema().as_str() + "\n"
