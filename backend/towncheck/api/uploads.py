"""File uploads over GraphQL: the multipart request spec (operations, map, files).

Files are read into memory up to a limit that is checked before the body is read, so a
200 MB upload is refused at once with a clear message rather than after it has arrived.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson
from starlette.datastructures import UploadFile
from starlette.requests import Request

from towncheck.api.transport import Params, TransportError, check_params

MAX_UPLOAD = 50 * 1024 * 1024
_OVERHEAD = 64 * 1024  # multipart boundaries and the operations field


@dataclass(frozen=True, slots=True)
class UploadedFile:
    """What a resolver receives for an ``Upload`` variable."""

    filename: str
    content_type: str
    content: bytes


def _too_large() -> TransportError:
    return TransportError(413, f"文件过大（超过 {MAX_UPLOAD // (1024 * 1024)} MB）")


def _json_field(form: Any, name: str) -> Any:
    raw = form.get(name)
    if not isinstance(raw, str):
        raise TransportError(400, f"上传请求缺少 {name} 字段")
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise TransportError(400, f"上传请求的 {name} 字段不是合法的 JSON") from error


def _place(operations: dict[str, Any], path: str, value: UploadedFile) -> None:
    """Put a file where ``map`` says, e.g. ``variables.file`` or ``variables.files.0``."""
    parts = path.split(".")
    target: Any = operations
    try:
        for part in parts[:-1]:
            target = target[int(part)] if isinstance(target, list) else target[part]
        last = parts[-1]
        if isinstance(target, list):
            target[int(last)] = value
        elif isinstance(target, dict) and last in target:
            target[last] = value
        else:
            raise KeyError(last)
    except (KeyError, IndexError, ValueError, TypeError) as error:
        raise TransportError(400, f"上传请求的 map 路径无效: {path}") from error


async def params_from_multipart(request: Request) -> Params:
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > MAX_UPLOAD + _OVERHEAD:
        raise _too_large()
    form = await request.form(max_files=5, max_fields=10)
    operations, mapping = _json_field(form, "operations"), _json_field(form, "map")
    if not isinstance(operations, dict) or not isinstance(mapping, dict):
        raise TransportError(400, "上传请求的 operations 和 map 须为 JSON 对象")
    for key, paths in mapping.items():
        file = form.get(key)
        if not isinstance(file, UploadFile) or not isinstance(paths, list):
            raise TransportError(400, f"上传请求缺少文件 {key}")
        content = await file.read(MAX_UPLOAD + 1)
        if len(content) > MAX_UPLOAD:
            raise _too_large()
        uploaded = UploadedFile(
            filename=file.filename or "", content=content, content_type=file.content_type or ""
        )
        for path in paths:
            _place(operations, str(path), uploaded)
    return check_params(operations)
