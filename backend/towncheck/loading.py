"""Base for DataLoaders that read through a request's guarded session."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Generic, TypeVar

from strawberry.dataloader import DataLoader

from towncheck.db import SessionGuard

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
R = TypeVar("R")


class SessionLoader(DataLoader[K, V], Generic[K, V]):
    """Subclasses implement ``fetch``; one instance per request (``Context.loader``)."""

    def __init__(self, db: SessionGuard) -> None:
        super().__init__(load_fn=self.fetch)
        self.db = db

    async def fetch(self, keys: Sequence[K]) -> Sequence[V]:
        raise NotImplementedError


def one_per_key(rows: Iterable[R], key: Callable[[R], K], keys: Sequence[K]) -> list[R | None]:
    found = {key(r): r for r in rows}
    return [found.get(k) for k in keys]


def many_per_key(rows: Iterable[R], key: Callable[[R], K], keys: Sequence[K]) -> list[list[R]]:
    grouped: dict[K, list[R]] = defaultdict(list)
    for r in rows:
        grouped[key(r)].append(r)
    return [grouped[k] for k in keys]
