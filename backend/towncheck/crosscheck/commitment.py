"""Commit–reveal for the draw (抽签): what a director commits to and how the seed is made.

Before the draw every office director picks a secret number and the platform records
only its commitment; once every commitment is in, the directors reveal their numbers, the
platform checks each against its commitment, and the draw's seed is a hash of all the
reveals. No single director (nor the platform) can steer the seed without knowing every
other secret in advance.

Encodings (all text is ASCII; integers are written in decimal without leading zeros;
every line ends with a single ``\\n``; SHA-256 is taken over the exact bytes):

Secret
    What the director types: after Unicode NFKC normalisation (full-width digits become
    ASCII) and stripping surrounding white space, 1–64 digits ``0-9``. Its canonical form
    drops leading zeros (``"007"`` → ``"7"``, ``"000"`` → ``"0"``), so a director who wrote
    ``007`` on paper may reveal ``7``.

Commitment — ``commitment_of``, lower-case hex of SHA-256 over::

    towncheck draw commitment v1
    cycle=<cycle id>
    team=<team id>
    secret=<canonical secret>

  The cycle and team are inside the hash so a commitment cannot be replayed in another
  cycle or by another team. Check it by hand with::

    printf 'towncheck draw commitment v1\\ncycle=7\\nteam=3\\nsecret=42\\n' | sha256sum

Seed — ``draw_seed``, the 32 raw bytes of SHA-256 over::

    towncheck draw seed v1
    cycle=<cycle id>
    team=<team id>;secret=<canonical secret>      (one line per reveal, by team id)
    fallback=<fallback value>                     (only when a fallback was recorded)

  The fallback is recorded when the town admin completes a draw without every reveal
  (a director absent or refusing to reveal); it is 1–128 printable ASCII characters with
  no surrounding space. By hand::

    printf 'towncheck draw seed v1\\ncycle=7\\nteam=1;secret=42\\nteam=3;secret=9\\n' \\
      | sha256sum

A commitment hides a secret only as well as the secret is hard to guess: a director who
commits ``7`` can be found out by trying every short number. The service should therefore
show commitments only after all are in, and directors should pick long numbers (the
64-digit limit leaves room for that). Likewise a fallback chosen by the town admin after
seeing the reveals could be picked to steer the result; it should be fixed in advance
(for example committed like a director's secret) or come from a public source.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from towncheck.crosscheck.errors import InvalidDrawInput, InvalidSecret

MAX_SECRET_DIGITS: Final = 64
MAX_FALLBACK_LENGTH: Final = 128

_COMMITMENT_HEADER: Final = "towncheck draw commitment v1\n"
_SEED_HEADER: Final = "towncheck draw seed v1\n"
_DIGITS: Final = re.compile(r"[0-9]{1,64}")
_FALLBACK: Final = re.compile(r"[\x21-\x7e]([\x20-\x7e]{0,126}[\x21-\x7e])?")
_HEX_DIGEST: Final = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, slots=True)
class Reveal:
    """A director's revealed secret for the team the director leads."""

    team_id: int
    secret: str


def canonical_secret(secret: str) -> str:
    """The secret's canonical digits, or ``InvalidSecret`` when it is not 1–64 digits."""
    digits = unicodedata.normalize("NFKC", secret).strip()
    if not _DIGITS.fullmatch(digits):
        raise InvalidSecret(f"秘密数须为 1–{MAX_SECRET_DIGITS} 位数字（0–9）")
    return digits.lstrip("0") or "0"


def commitment_of(*, cycle_id: int, team_id: int, secret: str) -> str:
    """The lower-case hex commitment a director records before the reveal."""
    text = (
        f"{_COMMITMENT_HEADER}cycle={_id(cycle_id, '周期')}\n"
        f"team={_id(team_id, '队伍')}\nsecret={canonical_secret(secret)}\n"
    )
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def check_reveal(*, commitment: str, cycle_id: int, team_id: int, secret: str) -> bool:
    """Whether ``secret`` is what was committed to (compared in constant time).

    A malformed secret raises ``InvalidSecret`` (the director mistyped, which deserves a
    message) rather than returning False (the director revealed something else).
    """
    expected = commitment_of(cycle_id=cycle_id, team_id=team_id, secret=secret)
    given = commitment.strip().lower()
    if not _HEX_DIGEST.fullmatch(given):
        return False
    return hmac.compare_digest(expected.encode("ascii"), given.encode("ascii"))


def seed_text(*, cycle_id: int, reveals: Sequence[Reveal], fallback: str | None) -> str:
    """The exact text ``draw_seed`` hashes (shown to evaluators next to the seed)."""
    lines = [_SEED_HEADER, f"cycle={_id(cycle_id, '周期')}\n"]
    seen: set[int] = set()
    for reveal in sorted(reveals, key=lambda r: r.team_id):
        team = _id(reveal.team_id, "队伍")
        if team in seen:
            raise InvalidDrawInput(f"队伍 {team} 揭示了不止一个秘密数")
        seen.add(team)
        lines.append(f"team={team};secret={canonical_secret(reveal.secret)}\n")
    if fallback is not None:
        if not _FALLBACK.fullmatch(fallback):
            raise InvalidDrawInput(
                f"补充随机值须为 1–{MAX_FALLBACK_LENGTH} 个可打印 ASCII 字符，首尾不能是空格"
            )
        lines.append(f"fallback={fallback}\n")
    elif not reveals:
        # Without any reveal or fallback the seed would be known to everyone in advance.
        raise InvalidDrawInput("没有任何揭示的秘密数，也没有补充随机值，无法生成抽签种子")
    return "".join(lines)


def draw_seed(*, cycle_id: int, reveals: Sequence[Reveal], fallback: str | None) -> bytes:
    """The draw's 32-byte seed: SHA-256 of ``seed_text`` (see the module docstring)."""
    text = seed_text(cycle_id=cycle_id, reveals=reveals, fallback=fallback)
    return hashlib.sha256(text.encode("ascii")).digest()


def _id(value: int, what: str) -> int:
    # bool is an int subclass; True would print as "True" and break the encoding.
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidDrawInput(f"{what}编号须为非负整数")
    return value
