"""GraphQL: sign-in, the viewer, password changes and evaluator tokens."""

from __future__ import annotations

from datetime import datetime, timedelta

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.auth import viewer
from towncheck.api.context import CookieChange, Info
from towncheck.api.errors import MutationError
from towncheck.api.mutations import attempt
from towncheck.api.relay import GlobalId, Node, node_id
from towncheck.auth import accounts, models, service, tokens
from towncheck.auth.principal import Membership as MembershipValue
from towncheck.auth.principal import Principal
from towncheck.auth.roles import ROLE_LABELS, Role, county_domain, town_domain
from towncheck.auth.secrets import csrf_token
from towncheck.errors import DomainError
from towncheck.tenancy.loaders import (
    AreaByIdLoader,
    OfficeByIdLoader,
    TownByIdLoader,
    VillageByIdLoader,
)
from towncheck.tenancy.schema import Area, Office, Town, Village

SESSION_COOKIE = "tc_session"
CSRF_COOKIE = "tc_csrf"

RoleEnum = strawberry.enum(Role, name="Role", description="角色 / Role.")


@strawberry.type(description="一项权限 / A permission: resource and action in a domain.")
class Permission:
    domain: str = strawberry.field(description="county:<id> 或 town:<id>")
    resource: str
    action: str


@strawberry.type(description="角色成员关系 / A role held in the county or in a town.")
class Membership:
    value: strawberry.Private[MembershipValue]
    role: RoleEnum  # type: ignore[valid-type]
    role_label: str = strawberry.field(description="角色中文名 / Role name in Chinese.")

    @strawberry.field(description="乡镇（县级角色为空）/ The town; null for county roles.")
    async def town(self, info: Info) -> Town | None:
        if self.value.town_id is None:
            return None
        row = await info.context.loader(TownByIdLoader).load(self.value.town_id)
        return None if row is None else Town.of(row)

    @strawberry.field(description="限定的管理区 / Area the role is narrowed to.")
    async def area(self, info: Info) -> Area | None:
        if self.value.area_id is None or self.value.town_id is None:
            return None
        row = await info.context.loader(AreaByIdLoader).load(
            (self.value.town_id, self.value.area_id)
        )
        return None if row is None else Area.of(row)

    @strawberry.field(description="限定的村 / Village the role is narrowed to.")
    async def village(self, info: Info) -> Village | None:
        if self.value.village_id is None or self.value.town_id is None:
            return None
        row = await info.context.loader(VillageByIdLoader).load(
            (self.value.town_id, self.value.village_id)
        )
        return None if row is None else Village.of(row)

    @strawberry.field(description="所属大办 / Office of an office director.")
    async def office(self, info: Info) -> Office | None:
        if self.value.office_id is None or self.value.town_id is None:
            return None
        row = await info.context.loader(OfficeByIdLoader).load(
            (self.value.town_id, self.value.office_id)
        )
        return None if row is None else Office.of(row)


@strawberry.type(description="当前登录者 / The signed-in viewer.")
class Viewer(Node):
    principal: strawberry.Private[Principal]
    kind: str = strawberry.field(description="user 或 token")
    display_name: str
    read_only: bool

    @classmethod
    def of(cls, principal: Principal) -> Viewer:
        gid = (
            node_id("User", principal.user_id)
            if principal.user_id is not None
            else (node_id("ApiToken", principal.token_id or 0))
        )
        return cls(
            id=gid,
            principal=principal,
            kind=principal.kind,
            display_name=principal.label,
            read_only=principal.read_only,
        )

    @strawberry.field(description="角色 / Memberships.")
    def memberships(self) -> list[Membership]:
        return [
            Membership(value=m, role=m.role, role_label=ROLE_LABELS[m.role])
            for m in self.principal.memberships
        ]

    @strawberry.field(description="可执行的操作 / What the viewer may do, per domain.")
    def permissions(self, info: Info) -> list[Permission]:
        policy, p = info.context.policy, self.principal
        found: list[Permission] = []
        if p.county_id is not None:
            for role in sorted(p.county_roles):
                found += [
                    Permission(domain=county_domain(p.county_id), resource=r, action=a)
                    for r, a in policy.permissions(role.value, "county")
                ]
        for town_id in sorted(p.read_towns):
            pairs = {
                pair
                for role in p.roles_in_town(town_id)
                for pair in policy.permissions(role.value, "town")
            }
            if p.read_only:
                pairs = {pair for pair in pairs if pair[1] == "read"}
            found += [
                Permission(domain=town_domain(town_id), resource=r, action=a)
                for r, a in sorted(pairs)
            ]
        return found


@strawberry.type(description="评估凭证 / An evaluator API token (the secret is never shown again).")
class ApiToken(Node):
    label: str
    prefix: str = strawberry.field(description="凭证前缀 / First characters of the secret.")
    expires_at: datetime
    revoked_at: datetime | None
    created_at: datetime
    town_ids: list[strawberry.ID]

    @classmethod
    def of(cls, row: models.ApiToken) -> ApiToken:
        return cls(
            id=node_id("ApiToken", row.id),
            label=row.label,
            prefix=row.prefix,
            expires_at=row.expires_at,
            revoked_at=row.revoked_at,
            created_at=row.created_at,
            town_ids=[node_id("Town", t) for t in row.town_ids],
        )


@strawberry.input
class LoginInput:
    username: str = strawberry.field(description="用户名或手机号 / Username or phone.")
    password: str
    use_cookie: bool = strawberry.field(
        default=False,
        description=(
            "浏览器登录：会话放在 HttpOnly Cookie 中，响应不含令牌 / Browser sign-in: the "
            "session goes into an HttpOnly cookie and is not returned in the response."
        ),
    )


@strawberry.type
class LoginPayload:
    viewer: Viewer | None = None
    token: str | None = strawberry.field(
        default=None,
        description="会话令牌（Bearer），仅限 API 登录 / Session token, API sign-in only.",
    )
    csrf_token: str | None = strawberry.field(
        default=None,
        description="Cookie 会话变更请求的 X-CSRF-Token 值 / CSRF header for cookie sessions.",
    )
    expires_at: datetime | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class OkPayload:
    ok: bool = False
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.input
class ChangePasswordInput:
    current_password: str
    new_password: str


@strawberry.input
class CreateApiTokenInput:
    label: str = strawberry.field(description="评估机构 / Evaluator organisation.")
    town_ids: list[strawberry.ID]
    expires_in_days: int = 30


@strawberry.type
class CreateApiTokenPayload:
    api_token: ApiToken | None = None
    secret: str | None = strawberry.field(
        default=None, description="凭证密钥，仅显示一次 / The secret, shown once."
    )
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.input
class RevokeApiTokenInput:
    id: strawberry.ID


@strawberry.type
class RevokeApiTokenPayload:
    api_token: ApiToken | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


def _ok(result: object) -> OkPayload:
    if isinstance(result, DomainError):
        return OkPayload(errors=[MutationError.of(result)])
    return OkPayload(ok=True)


@strawberry.type
class AuthQuery:
    @strawberry.field(description="当前登录者；未登录为 null / The viewer, or null.")
    def me(self, info: Info) -> Viewer | None:
        principal = info.context.principal
        return Viewer.of(principal) if principal.authenticated else None

    @strawberry.field(description="评估凭证列表 / Evaluator tokens the viewer manages.")
    async def api_tokens(self, info: Info) -> list[ApiToken]:
        principal = viewer(info)
        async with info.context.db as session:
            rows = await tokens.visible(session, policy=info.context.policy, principal=principal)
        return [ApiToken.of(r) for r in rows]


@strawberry.type
class AuthMutation:
    @strawberry.mutation(description="登录 / Sign in with username (or phone) and password.")
    async def login(self, info: Info, input: LoginInput) -> LoginPayload:
        ctx = info.context
        settings = ctx.settings
        throttle = service.Throttle(
            settings.login_max_failures, timedelta(minutes=settings.login_window_minutes)
        )
        async with ctx.db as session:
            await service.queue_attempt(session, username=input.username)
        outcome = await attempt(
            info,
            lambda s: service.login(
                s,
                actor=ctx.principal,
                username=input.username,
                password=input.password,
                address=ctx.address,
                session_hours=settings.session_hours,
                throttle=throttle,
            ),
        )
        if isinstance(outcome, DomainError):
            if isinstance(outcome, service.LoginRefused):
                # Outside the rolled-back savepoint: the request commits, so the count stays.
                async with ctx.db as session:
                    await service.record_failure(
                        session, account=outcome.account, address=ctx.address
                    )
            return LoginPayload(errors=[MutationError.of(outcome)])
        ctx.signed_in = outcome.principal
        payload = LoginPayload(viewer=Viewer.of(outcome.principal), expires_at=outcome.expires_at)
        if not input.use_cookie:
            payload.token = outcome.secret
            return payload
        # The secret stays out of the body, where page scripts could read it.
        payload.csrf_token = csrf_token(outcome.secret, settings.secret_key)
        max_age = settings.session_hours * 3600
        ctx.cookies += [
            CookieChange(SESSION_COOKIE, outcome.secret, max_age),
            CookieChange(CSRF_COOKIE, payload.csrf_token, max_age, http_only=False),
        ]
        return payload

    @strawberry.mutation(description="退出登录 / Sign out of this session.")
    async def logout(self, info: Info) -> OkPayload:
        result = await attempt(info, lambda s: service.logout(s, principal=viewer(info)))
        info.context.cookies += [
            CookieChange(SESSION_COOKIE, None),
            CookieChange(CSRF_COOKIE, None),
        ]
        return _ok(result)

    @strawberry.mutation(description="修改密码 / Change the viewer's password.")
    async def change_password(self, info: Info, input: ChangePasswordInput) -> OkPayload:
        result = await attempt(
            info,
            lambda s: accounts.change_password(
                s,
                policy=info.context.policy,
                principal=viewer(info),
                current_password=input.current_password,
                new_password=input.new_password,
            ),
        )
        return _ok(result)

    @strawberry.mutation(description="签发评估凭证 / Issue a read-only evaluator token.")
    async def create_api_token(
        self, info: Info, input: CreateApiTokenInput
    ) -> CreateApiTokenPayload:
        async def run(session: AsyncSession) -> tokens.IssuedToken:
            towns = [GlobalId.decode(t, expect="Town").id for t in input.town_ids]
            return await tokens.issue(
                session,
                policy=info.context.policy,
                principal=viewer(info),
                label=input.label,
                town_ids=towns,
                expires_in_days=input.expires_in_days,
            )

        result = await attempt(info, run)
        if isinstance(result, DomainError):
            return CreateApiTokenPayload(errors=[MutationError.of(result)])
        return CreateApiTokenPayload(api_token=ApiToken.of(result.token), secret=result.secret)

    @strawberry.mutation(description="吊销评估凭证 / Revoke an evaluator token.")
    async def revoke_api_token(
        self, info: Info, input: RevokeApiTokenInput
    ) -> RevokeApiTokenPayload:
        result = await attempt(
            info,
            lambda s: tokens.revoke(
                s,
                policy=info.context.policy,
                principal=viewer(info),
                token_id=GlobalId.decode(input.id, expect="ApiToken").id,
            ),
        )
        if isinstance(result, DomainError):
            return RevokeApiTokenPayload(errors=[MutationError.of(result)])
        return RevokeApiTokenPayload(api_token=ApiToken.of(result))
