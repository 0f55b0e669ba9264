"""A deterministic, versioned random stream derived from a seed (``stream-v1``).

Python's ``random`` module is not used anywhere in the cross-check: its algorithms are an
implementation detail that may change between versions, and a recorded draw must be
recomputable by anyone, years later, in any language. The stream is defined here:

* block *i* (i = 0, 1, 2, …) is ``SHA-256(seed ‖ label ‖ 0x00 ‖ i)``, where ``seed`` is
  32 bytes, ``label`` is the stream's UTF-8 name (it may not contain a NUL byte) and *i*
  is written as 8 bytes big-endian;
* the stream is the concatenation block 0 ‖ block 1 ‖ … read byte by byte, in order.

Streams with different labels are independent, so the draw (label ``draw-v1``) and each
sample stratum (label ``sample-v1/area=…/category=…``) never share random bytes: adding
a household to one stratum leaves every other stratum's sample unchanged.

``below(n)`` — an exactly uniform integer in ``[0, n)`` by rejection sampling: with
``k = (n − 1).bit_length()``, read ``ceil(k / 8)`` bytes, read them as a big-endian
integer, keep its lowest ``k`` bits, and return it if it is below ``n``; otherwise read
again. ``n = 1`` returns 0 and reads nothing. Each try succeeds with probability > 1/2.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Final, TypeVar

from towncheck.crosscheck.errors import InvalidDrawInput

STREAM_VERSION: Final = "stream-v1"
SEED_BYTES: Final = 32

T = TypeVar("T")


class RandomStream:
    """Random integers, shuffles and samples drawn from one labelled stream of a seed."""

    def __init__(self, *, seed: bytes, label: str) -> None:
        if len(seed) != SEED_BYTES:
            raise InvalidDrawInput(f"随机种子须为 {SEED_BYTES} 字节")
        encoded = label.encode("utf-8")
        if not encoded or b"\x00" in encoded:
            raise InvalidDrawInput("随机流的标签不能为空，也不能含有 NUL 字符")
        self._prefix = bytes(seed) + encoded + b"\x00"
        self._counter = 0
        self._buffer = b""
        self._position = 0

    def read(self, count: int) -> bytes:
        """The next ``count`` bytes of the stream."""
        while len(self._buffer) - self._position < count:
            block = hashlib.sha256(self._prefix + self._counter.to_bytes(8, "big")).digest()
            self._buffer = self._buffer[self._position :] + block
            self._position = 0
            self._counter += 1
        chunk = self._buffer[self._position : self._position + count]
        self._position += count
        return chunk

    def below(self, n: int) -> int:
        """An exactly uniform integer in ``[0, n)``."""
        if n < 1:
            raise ValueError("below() needs n >= 1")
        bits = (n - 1).bit_length()
        if bits == 0:
            return 0
        size = (bits + 7) // 8
        mask = (1 << bits) - 1
        while True:
            value = int.from_bytes(self.read(size), "big") & mask
            if value < n:
                return value

    def shuffle(self, items: Sequence[T]) -> list[T]:
        """A uniformly random permutation (Fisher–Yates, from the last position down)."""
        result = list(items)
        for i in range(len(result) - 1, 0, -1):
            j = self.below(i + 1)
            result[i], result[j] = result[j], result[i]
        return result

    def sample(self, items: Sequence[T], k: int) -> list[T]:
        """``k`` distinct items, uniformly, in the order drawn (partial Fisher–Yates).

        Position ``i`` (0, 1, …, k − 1) is swapped with ``i + below(len − i)``.
        """
        if not 0 <= k <= len(items):
            raise ValueError("sample() needs 0 <= k <= len(items)")
        pool = list(items)
        for i in range(k):
            j = i + self.below(len(pool) - i)
            pool[i], pool[j] = pool[j], pool[i]
        return pool[:k]
