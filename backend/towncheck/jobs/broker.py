"""The Dramatiq broker (Redis), set explicitly, with the AsyncIO middleware."""

from __future__ import annotations

import dramatiq
import redis
from dramatiq.brokers.redis import RedisBroker
from dramatiq.middleware import AsyncIO

from towncheck.config import Settings


def make_broker(settings: Settings) -> RedisBroker:
    if settings.redis_url is None:
        raise RuntimeError("REDIS_URL 未设置")
    client = redis.Redis.from_url(settings.redis_url)
    broker = RedisBroker(client=client, namespace=settings.redis_namespace)  # type: ignore[no-untyped-call]
    broker.add_middleware(AsyncIO())
    dramatiq.set_broker(broker)
    return broker


def ping(broker: RedisBroker) -> bool:
    try:
        return bool(broker.client.ping())
    except redis.RedisError:
        return False
