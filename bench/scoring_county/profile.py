"""Where one town's scoring run spends its time: each statement of ``score_cycle`` timed as
the app's login role, then the run again with ``auto_explain`` (analyze, buffers) for the
statements that took at least half as long as the slowest one."""

from __future__ import annotations

import asyncio
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy import event, text
from sqlalchemy.engine import make_url

from rules_town.county import CountyTown
from towncheck.config import Settings
from towncheck.db import Database, TenantScope, allow_town_write
from towncheck.scoring.runs import Target, score_cycle

SHOWN_CHARS: Final = 90


@dataclass
class Timings:
    rows: list[tuple[str, float]] = field(default_factory=list)

    def hook(self, engine: Any) -> None:
        def before(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
            conn.info.setdefault("began", []).append(time.perf_counter())

        def after(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
            began = conn.info["began"].pop()
            self.rows.append((statement, time.perf_counter() - began))

        event.listen(engine.sync_engine, "before_cursor_execute", before)
        event.listen(engine.sync_engine, "after_cursor_execute", after)


def _label(statement: str) -> str:
    return " ".join(statement.split())[:SHOWN_CHARS]


async def _timed(settings: Settings, town: CountyTown) -> tuple[float, list[tuple[str, float]]]:
    app = Database(settings.app_url(), pool_size=1)
    timings = Timings()
    timings.hook(app.engine)
    scope = TenantScope.system(county_id=town.county_id, town_ids=[town.id])
    try:
        began = time.perf_counter()
        async with app.unit_of_work(scope, repeatable=True) as session:
            await allow_town_write(session, town.id)
            await score_cycle(session, target=Target(town.id, town.cycle_id), job_id=uuid.uuid4())
        total = time.perf_counter() - began
    finally:
        await app.dispose()
    return total, timings.rows


async def _plans(settings: Settings, town: CountyTown, min_ms: float) -> list[str]:
    """The run as the login role (``set role`` from the owner, who may load auto_explain),
    with the plans of the statements of at least ``min_ms`` sent back as notices."""
    owner = Database(settings.owner_url(), pool_size=1)
    role = make_url(settings.app_url()).username
    notices: list[str] = []
    scope = TenantScope.system(county_id=town.county_id, town_ids=[town.id])
    try:
        async with owner.unit_of_work(scope, repeatable=True) as session:
            raw = await (await session.connection()).get_raw_connection()
            raw.driver_connection.add_log_listener(lambda _c, m: notices.append(m.message))
            for sql in (
                "load 'auto_explain'",
                f"set local auto_explain.log_min_duration = {int(min_ms)}",
                "set local auto_explain.log_analyze = on",
                "set local auto_explain.log_buffers = on",
                "set local auto_explain.log_level = 'notice'",
                f'set local role "{role}"',
            ):
                await session.execute(text(sql))
            await allow_town_write(session, town.id)
            await score_cycle(session, target=Target(town.id, town.cycle_id), job_id=uuid.uuid4())
    finally:
        await owner.dispose()
    return [n for n in notices if "plan:" in n]


def profile(settings: Settings, town: CountyTown, *, explain: bool) -> None:
    total, rows = asyncio.run(_timed(settings, town))
    print(f"\none town ({town.name}, id {town.id}) scored alone in {total:.2f} s; statements:")
    slowest = sorted(rows, key=lambda r: -r[1])
    for statement, seconds in slowest[:12]:
        print(f"  {seconds:8.3f} s  {100 * seconds / total:5.1f} %  {_label(statement)}")
    print(f"  ({len(rows)} statements, {sum(s for _, s in rows):.2f} s in all)")
    if not explain or not slowest:
        return
    plans = asyncio.run(_plans(settings, town, 500 * slowest[0][1]))
    for plan in plans:
        print(f"\nauto_explain (analyze, buffers):\n{plan}")
