"""GraphQL types, queries and mutations of the tenancy tree."""

from __future__ import annotations

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.errors import MutationError
from towncheck.api.mutations import attempt
from towncheck.api.nodes import resolves
from towncheck.api.relay import Connection, GlobalId, Node, node_id, paginate
from towncheck.tenancy import models, service
from towncheck.tenancy.loaders import (
    AreaByIdLoader,
    AreasByTownLoader,
    CountyByIdLoader,
    OfficeByIdLoader,
    OfficesByTownLoader,
    TownByIdLoader,
    VillageByIdLoader,
    VillagesByAreaLoader,
    VillagesByTownLoader,
)


async def _town(info: Info, town_id: int) -> Town | None:
    row = await info.context.loader(TownByIdLoader).load(town_id)
    return None if row is None else Town.of(row)


@strawberry.type(description="县 / A county: owns towns and checklist templates.")
class County(Node):
    name: str
    code: str

    @classmethod
    def of(cls, row: models.County) -> County:
        return cls(id=node_id("County", row.id), name=row.name, code=row.code)


@strawberry.type(description="乡镇（租户）/ A town, the tenant.")
class Town(Node):
    row: strawberry.Private[models.Town]
    name: str
    code: str

    @classmethod
    def of(cls, row: models.Town) -> Town:
        return cls(id=node_id("Town", row.id), row=row, name=row.name, code=row.code)

    @strawberry.field(description="所属县 / The county.")
    async def county(self, info: Info) -> County | None:
        row = await info.context.loader(CountyByIdLoader).load(self.row.county_id)
        return None if row is None else County.of(row)

    @strawberry.field(description="大办 / Offices.")
    async def offices(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Office]:
        rows = await info.context.loader(OfficesByTownLoader).load(self.row.id)
        return paginate(rows, Office.of, first=first, after=after)

    @strawberry.field(description="管理区 / Management areas.")
    async def areas(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Area]:
        rows = await info.context.loader(AreasByTownLoader).load(self.row.id)
        return paginate(rows, Area.of, first=first, after=after)

    @strawberry.field(description="村 / Villages.")
    async def villages(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Village]:
        rows = await info.context.loader(VillagesByTownLoader).load(self.row.id)
        return paginate(rows, Village.of, first=first, after=after)


@strawberry.type(description="大办 / An office; its director leads one cross-check team.")
class Office(Node):
    row: strawberry.Private[models.Office]
    name: str

    @classmethod
    def of(cls, row: models.Office) -> Office:
        return cls(id=node_id("Office", row.id, row.town_id), row=row, name=row.name)

    @strawberry.field(description="所属乡镇 / The town.")
    async def town(self, info: Info) -> Town | None:
        return await _town(info, self.row.town_id)


@strawberry.type(description="管理区 / A management area: a group of villages.")
class Area(Node):
    row: strawberry.Private[models.Area]
    name: str

    @classmethod
    def of(cls, row: models.Area) -> Area:
        return cls(id=node_id("Area", row.id, row.town_id), row=row, name=row.name)

    @strawberry.field(description="所属乡镇 / The town.")
    async def town(self, info: Info) -> Town | None:
        return await _town(info, self.row.town_id)

    @strawberry.field(description="村 / Villages of the area.")
    async def villages(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Village]:
        key = (self.row.town_id, self.row.id)
        rows = await info.context.loader(VillagesByAreaLoader).load(key)
        return paginate(rows, Village.of, first=first, after=after)


@strawberry.type(description="村 / A village.")
class Village(Node):
    row: strawberry.Private[models.Village]
    name: str
    is_key_village: bool = strawberry.field(description="是否重点村 / Key village.")

    @classmethod
    def of(cls, row: models.Village) -> Village:
        return cls(
            id=node_id("Village", row.id, row.town_id),
            row=row,
            name=row.name,
            is_key_village=row.is_key_village,
        )

    @strawberry.field(description="所属管理区 / The area.")
    async def area(self, info: Info) -> Area | None:
        row = await info.context.loader(AreaByIdLoader).load((self.row.town_id, self.row.area_id))
        return None if row is None else Area.of(row)

    @strawberry.field(description="所属乡镇 / The town.")
    async def town(self, info: Info) -> Town | None:
        return await _town(info, self.row.town_id)


@resolves("County")
async def _county_node(info: Info, gid: GlobalId) -> County | None:
    if gid.id != viewer(info).county_id:
        return None
    row = await info.context.loader(CountyByIdLoader).load(gid.id)
    return None if row is None else County.of(row)


@resolves("Town")
async def _town_node(info: Info, gid: GlobalId) -> Town | None:
    if gid.id not in viewer(info).read_towns:
        return None
    row = await info.context.loader(TownByIdLoader).load(gid.id)
    return None if row is None else Town.of(row)


@resolves("Area")
async def _area_node(info: Info, gid: GlobalId) -> Area | None:
    viewer(info)
    # Row-level security hides other towns' areas even when the id names one.
    row = await info.context.loader(AreaByIdLoader).load((gid.town_id or 0, gid.id))
    return None if row is None else Area.of(row)


@resolves("Office")
async def _office_node(info: Info, gid: GlobalId) -> Office | None:
    viewer(info)
    row = await info.context.loader(OfficeByIdLoader).load((gid.town_id or 0, gid.id))
    return None if row is None else Office.of(row)


@resolves("Village")
async def _village_node(info: Info, gid: GlobalId) -> Village | None:
    viewer(info)
    row = await info.context.loader(VillageByIdLoader).load((gid.town_id or 0, gid.id))
    return None if row is None else Village.of(row)


@strawberry.type
class TenancyQuery:
    @strawberry.field(description="当前用户所在的县 / The viewer's county.")
    async def county(self, info: Info) -> County | None:
        principal = viewer(info)
        if principal.county_id is None:
            return None
        row = await info.context.loader(CountyByIdLoader).load(principal.county_id)
        return None if row is None else County.of(row)

    @strawberry.field(description="可查看的乡镇 / Towns the viewer may read.")
    async def towns(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Town]:
        principal = viewer(info)
        async with info.context.db as session:
            rows = await service.viewer_towns(session, principal=principal)
        return paginate(rows, Town.of, first=first, after=after)


@strawberry.input(description="新建大办 / Create an office.")
class CreateOfficeInput:
    town_id: strawberry.ID
    name: str


@strawberry.input(description="新建管理区 / Create a management area.")
class CreateAreaInput:
    town_id: strawberry.ID
    name: str


@strawberry.input(description="新建村 / Create a village.")
class CreateVillageInput:
    area_id: strawberry.ID
    name: str
    is_key_village: bool = False


@strawberry.type
class CreateOfficePayload:
    office: Office | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class CreateAreaPayload:
    area: Area | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class CreateVillagePayload:
    village: Village | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class TenancyMutation:
    @strawberry.mutation(description="新建大办 / Create an office in a town.")
    async def create_office(self, info: Info, input: CreateOfficeInput) -> CreateOfficePayload:
        ctx = info.context
        result = await attempt(
            info,
            lambda s: service.create_office(
                s,
                policy=ctx.policy,
                principal=viewer(info),
                town_id=GlobalId.decode(input.town_id, expect="Town").id,
                name=input.name,
            ),
        )
        if isinstance(result, models.Office):
            return CreateOfficePayload(office=Office.of(result))
        return CreateOfficePayload(errors=[MutationError.of(result)])

    @strawberry.mutation(description="新建管理区 / Create a management area in a town.")
    async def create_area(self, info: Info, input: CreateAreaInput) -> CreateAreaPayload:
        ctx = info.context
        result = await attempt(
            info,
            lambda s: service.create_area(
                s,
                policy=ctx.policy,
                principal=viewer(info),
                town_id=GlobalId.decode(input.town_id, expect="Town").id,
                name=input.name,
            ),
        )
        if isinstance(result, models.Area):
            return CreateAreaPayload(area=Area.of(result))
        return CreateAreaPayload(errors=[MutationError.of(result)])

    @strawberry.mutation(description="新建村 / Create a village in an area.")
    async def create_village(self, info: Info, input: CreateVillageInput) -> CreateVillagePayload:
        ctx = info.context

        async def run(session: AsyncSession) -> models.Village:
            area = GlobalId.decode(input.area_id, expect="Area")
            return await service.create_village(
                session,
                policy=ctx.policy,
                principal=viewer(info),
                town_id=area.town_id or 0,
                area_id=area.id,
                name=input.name,
                is_key_village=input.is_key_village,
            )

        result = await attempt(info, run)
        if isinstance(result, models.Village):
            return CreateVillagePayload(village=Village.of(result))
        return CreateVillagePayload(errors=[MutationError.of(result)])
