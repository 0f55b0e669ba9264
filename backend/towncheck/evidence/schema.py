"""GraphQL of evidence uploads (the only strawberry module of the package)."""

from __future__ import annotations

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.file_uploads import Upload

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.errors import MutationError
from towncheck.api.mutations import attempt
from towncheck.api.relay import GlobalId
from towncheck.api.uploads import UploadedFile
from towncheck.errors import DomainError, invalid
from towncheck.evidence import service
from towncheck.evidence.models import EvidenceFile
from towncheck.evidence.storage import local_storage


@strawberry.type(description="证据文件 / A stored evidence file.")
class EvidenceFileType:
    key: str
    kind: str
    filename: str
    content_type: str
    size: int
    stripped: list[str] = strawberry.field(description="已去除的元数据 / Metadata removed.")


@strawberry.type
class EvidencePayload:
    file: EvidenceFileType | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class EvidenceMutation:
    @strawberry.mutation(description="上传证据（照片去除位置信息）/ Upload evidence.")
    async def upload_evidence(
        self, info: Info, town_id: strawberry.ID, file: Upload, kind: str = "photo"
    ) -> EvidencePayload:
        ctx, principal = info.context, viewer(info)
        if not isinstance(file, UploadedFile):
            return EvidencePayload(
                errors=[MutationError.of(invalid("请选择要上传的文件", field="file"))]
            )
        if kind not in ("photo", "document"):
            return EvidencePayload(
                errors=[MutationError.of(invalid("kind 须为 photo 或 document", field="kind"))]
            )

        async def act(session: AsyncSession) -> EvidenceFile:
            return await service.store_upload(
                session,
                policy=ctx.policy,
                principal=principal,
                storage=local_storage(ctx.settings),
                town_id=GlobalId.decode(town_id, expect="Town").id,
                filename=file.filename,
                content=file.content,
                kind="photo" if kind == "photo" else "document",
            )

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return EvidencePayload(errors=[MutationError.of(result)])
        return EvidencePayload(
            file=EvidenceFileType(
                key=result.storage_key,
                kind=result.kind,
                filename=result.filename,
                content_type=result.content_type,
                size=result.size,
                stripped=list(result.stripped),
            )
        )
