"""``towncheck serve | worker | migrate | demo | create-user | export-schema | audit verify``."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import os
import signal
import sys
from dataclasses import replace
from pathlib import Path

import uvicorn
from alembic import command
from alembic.config import Config
from sqlalchemy import select

from towncheck import embedded
from towncheck.api.relay import GlobalId
from towncheck.app import Services, build_services, create_app
from towncheck.audit import service as audit
from towncheck.auth import accounts
from towncheck.auth.policy import default_policy
from towncheck.auth.principal import Membership, Principal
from towncheck.auth.roles import Role
from towncheck.config import PROJECT_ROOT, Settings
from towncheck.crosscheck.verify import verify_recorded
from towncheck.cycles.models import Cycle
from towncheck.db import Database, TenantScope
from towncheck.demo.load import DemoLogins, load_demo
from towncheck.errors import DomainError, not_found
from towncheck.graphql import export_sdl
from towncheck.personal import Vault, vault_for
from towncheck.rectification.daily import run_daily
from towncheck.scheduler import run_ticks
from towncheck.tenancy.models import County, Town

SCHEMA_FILE = PROJECT_ROOT / "frontend" / "schema.graphql"
log = logging.getLogger("towncheck")


def resolve_settings(**overrides: object) -> Settings:
    """Fall back to embedded servers when no URLs are given."""
    settings = Settings.from_env(**overrides)
    if settings.database_url is None:
        settings = replace(settings, database_url=embedded.start_postgres(settings.data_dir))
    if settings.redis_url is None:
        settings = replace(settings, redis_url=embedded.start_redis(settings.data_dir / "redis"))
    return settings


def migrate(settings: Settings) -> None:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.attributes["database_url"] = settings.owner_url()
    command.upgrade(config, "head")


def _require_keys(settings: Settings) -> None:
    missing = settings.insecure_defaults()
    if missing:
        raise SystemExit(f"请设置 {'、'.join(missing)}（生产环境不能使用开发默认密钥）")


def serve(settings: Settings, *, host: str, port: int, with_worker: bool) -> None:
    _require_keys(settings)
    app = create_app(build_services(settings, run_worker=with_worker))
    uvicorn.run(app, host=host, port=port, log_level="info" if settings.debug else "warning")


def worker(settings: Settings) -> None:
    _require_keys(settings)
    services = build_services(settings)
    assert services.jobs is not None
    running = services.jobs.worker(threads=4)
    running.start()
    print("TownCheck worker running; Ctrl+C to stop.", flush=True)
    try:
        asyncio.run(_background(services))
    finally:
        running.stop()


async def _background(services: Services) -> None:
    """The daily deadline check and the scheduler's ticks, until SIGTERM or Ctrl+C."""
    assert services.jobs is not None
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    try:
        await asyncio.gather(
            run_daily(services.database, services.jobs, stop),
            run_ticks(services.database, services.jobs, services.settings, stop),
        )
    finally:
        await services.database.dispose()


def demo(settings: Settings, *, host: str, port: int, households: int) -> None:
    settings = replace(settings, demo=True)
    migrate(settings)
    owner = Database(settings.owner_url(), pool_size=1)
    logins = asyncio.run(_load(owner, vault_for(settings.data_key), households))
    url = f"http://{host}:{port}"
    lines = [
        "",
        f"TownCheck 演示已启动: {url}/graphql",
        f"所有演示账号的密码: {logins.password}",
        "",
    ]
    lines += [f"  {role:<16} {username:<18} {name}" for username, name, role in logins.accounts]
    token = logins.evaluator_token
    lines += ["", f"  {'evaluator':<16} 评估凭证 (Authorization: Bearer): {token}", ""]
    print("\n".join(lines), flush=True)
    serve(settings, host=host, port=port, with_worker=True)


async def _load(owner: Database, vault: Vault, households: int) -> DemoLogins:
    try:
        return await load_demo(owner, default_policy(), vault=vault, households=households)
    finally:
        await owner.dispose()


async def _create_user(settings: Settings, args: argparse.Namespace) -> str:
    owner = Database(settings.owner_url(), pool_size=1)
    try:
        async with owner.unit_of_work(TenantScope()) as session:
            county = await session.get(County, args.county) if args.county else None
            town = await session.get(Town, args.town) if args.town else None
            county_id = town.county_id if town else (county.id if county else None)
            if county_id is None:
                raise not_found("县或乡镇不存在")
            in_county = select(Town.id).where(Town.county_id == county_id)
            towns = list((await session.scalars(in_county)).all())
        password = args.password or getpass.getpass("密码: ")
        scope = TenantScope.system(county_id=county_id, town_ids=towns)
        async with owner.unit_of_work(scope) as session:
            actor = Principal(kind="system", county_id=county_id, label="命令行")
            membership = Membership(
                role=accounts.role_of(args.role),
                county_id=county_id,
                town_id=town.id if town else None,
            )
            user = await accounts.create_user(
                session,
                actor=actor,
                county_id=county_id,
                username=args.username,
                display_name=args.name or args.username,
                password=password,
                memberships=[membership],
            )
            return f"已创建用户 {user.username} (id={user.id})"
    finally:
        await owner.dispose()


async def audit_verify(settings: Settings, county_code: str | None) -> bool:
    owner = Database(settings.owner_url(), pool_size=1)
    intact = True
    try:
        async with owner.unit_of_work(TenantScope()) as session:
            query = select(County).order_by(County.id)
            if county_code:
                query = query.where(County.code == county_code)
            counties = (await session.scalars(query)).all()
            for county in counties:
                in_county = select(Town).where(Town.county_id == county.id).order_by(Town.id)
                towns = (await session.scalars(in_county)).all()
                scope = TenantScope.system(county_id=county.id, town_ids=[t.id for t in towns])
                async with owner.unit_of_work(scope) as scoped:
                    reports = [await audit.verify_county(scoped, county_id=county.id)]
                    reports += [await audit.verify_town(scoped, town_id=t.id) for t in towns]
                for report in reports:
                    intact &= report.intact
                    state = (
                        "完整"
                        if report.intact
                        else (f"第 {report.first_broken_seq} 条起断裂: {report.reason}")
                    )
                    print(f"{report.chain:<12} {report.entries:>6} 条  {state}")
    finally:
        await owner.dispose()
    return intact


async def draw_verify(settings: Settings, cycle: str) -> bool:
    """Recompute a cycle's draw from its record; the cycle by number or global ID."""
    cycle_id = int(cycle) if cycle.isdigit() else GlobalId.decode(cycle, expect="Cycle").id
    owner = Database(settings.owner_url(), pool_size=1)
    try:
        async with owner.unit_of_work(TenantScope()) as session:
            row = await session.scalar(select(Cycle).where(Cycle.id == cycle_id))
            if row is None:
                raise not_found("评估周期不存在")
            result = await verify_recorded(session, town_id=row.town_id, cycle_id=row.id)
    finally:
        await owner.dispose()
    print(f"周期 {row.name}（{cycle_id}）算法 {result.algorithm} 种子 {result.seed_hex}")
    print("复核一致：抽签与样本均可由记录重算得出" if result.matches else "复核不一致：")
    for difference in result.differences:
        print(f"  - {difference}")
    return result.matches


def export_schema(check: bool, path: Path = SCHEMA_FILE) -> int:
    sdl = export_sdl()
    if check:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != sdl:
            print(f"{path} 与代码不一致，请运行 towncheck export-schema", file=sys.stderr)
            return 1
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(sdl, encoding="utf-8")
    print(f"已写入 {path}")
    return 0


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="towncheck", description="TownCheck 乡镇自查互查评估平台")
    sub = root.add_subparsers(dest="command", required=True)
    port = int(os.environ.get("PORT", "8000"))
    for name in ("serve", "demo"):
        p = sub.add_parser(name)
        p.add_argument("--host", default="127.0.0.1")
        p.add_argument("--port", type=int, default=port)
        if name == "serve":
            p.add_argument("--with-worker", action="store_true")
        else:
            p.add_argument(
                "--households",
                type=int,
                default=300,
                help="每个演示乡镇生成的农户数（0 表示不生成）",
            )
    sub.add_parser("worker")
    sub.add_parser("migrate")
    user = sub.add_parser("create-user")
    user.add_argument("username")
    roles = [r.value for r in Role if r != Role.EVALUATOR]
    user.add_argument("--role", required=True, choices=roles)
    user.add_argument("--county", type=int)
    user.add_argument("--town", type=int)
    user.add_argument("--name")
    user.add_argument("--password")
    schema = sub.add_parser("export-schema")
    schema.add_argument("--check", action="store_true")
    audit_cmd = sub.add_parser("audit")
    audit_sub = audit_cmd.add_subparsers(dest="audit_command", required=True)
    verify = audit_sub.add_parser("verify")
    verify.add_argument("--county")
    draw_cmd = sub.add_parser("draw")
    draw_sub = draw_cmd.add_subparsers(dest="draw_command", required=True)
    draw_verify_cmd = draw_sub.add_parser("verify", help="按记录重算抽签并比对")
    draw_verify_cmd.add_argument("cycle", help="评估周期编号或全局 ID")
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("towncheck").setLevel(logging.INFO)
    if args.command == "export-schema":
        return export_schema(args.check)
    try:
        return run(args, resolve_settings())
    finally:
        embedded.stop_all()


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "migrate":
        migrate(settings)
    elif args.command == "serve":
        serve(settings, host=args.host, port=args.port, with_worker=args.with_worker)
    elif args.command == "demo":
        demo(settings, host=args.host, port=args.port, households=args.households)
    elif args.command == "worker":
        worker(settings)
    elif args.command == "create-user":
        try:
            print(asyncio.run(_create_user(settings, args)))
        except DomainError as error:
            print(error.message, file=sys.stderr)
            return 1
    elif args.command == "audit":
        return 0 if asyncio.run(audit_verify(settings, args.county)) else 1
    elif args.command == "draw":
        try:
            return 0 if asyncio.run(draw_verify(settings, args.cycle)) else 1
        except DomainError as error:
            print(error.message, file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
