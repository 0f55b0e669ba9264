"""Resident ID numbers (居民身份证号码, GB 11643-1999): validation, masking, generation."""

from __future__ import annotations

import operator
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

Sex = Literal["male", "female"]

LENGTH: Final = 18
_DIGITS: Final = frozenset("0123456789")
# GB 11643-1999 weights are 2^(18-i) mod 11 for positions i = 1..17.
_WEIGHTS: Final = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS: Final = "10X98765432"
# Σ weight × ASCII code of "0": subtracted once instead of converting each digit.
_ZERO_OFFSET: Final = sum(_WEIGHTS) * ord("0")
# A number that is already clean: 18 ASCII characters, digits except perhaps a final X.
_CLEAN: Final = re.compile(r"[0-9]{17}[0-9X]")
# Province-level codes (GB/T 2260); 71 Taiwan, 81 Hong Kong and 82 Macao residents
# hold mainland-format numbers too, so they are accepted.
PROVINCE_CODES: Final = frozenset(
    [
        *range(11, 16),
        *range(21, 24),
        *range(31, 38),
        *range(41, 47),
        *range(50, 55),
        *range(61, 66),
        71,
        81,
        82,
    ]
)
EARLIEST_BIRTH: Final = date(1900, 1, 1)


class IdNumberError(ValueError):
    """An ID number the user typed is wrong; the message says how, in words a clerk can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True, slots=True)
class IdNumber:
    number: str
    region: str
    birth_date: date
    sex: Sex


def check_digit(first17: str) -> str:
    """The 18th character for the given first 17 digits."""
    if len(first17) != LENGTH - 1 or not _DIGITS.issuperset(first17):
        raise ValueError("check_digit needs exactly 17 ASCII digits")
    return _check_char(first17)


def _check_char(first17: str) -> str:
    # Weighted sum over the ASCII codes (done in C by map): a county's import checks
    # hundreds of thousands of numbers.
    total = sum(map(operator.mul, first17.encode("ascii"), _WEIGHTS)) - _ZERO_OFFSET
    return _CHECK_CHARS[total % 11]


def normalise(value: str) -> str:
    """Undo what input methods and copy-paste do: full-width characters, spaces, lower-case x."""
    if _CLEAN.fullmatch(value):
        return value  # the common case, and NFKC would return it unchanged
    # NFKC turns full-width digits, "Ｘ" and the ideographic space into their ASCII forms,
    # which Chinese input methods produce easily and which are otherwise invisible mistakes.
    folded = unicodedata.normalize("NFKC", value)
    return "".join(folded.split()).replace("x", "X")


def parse_id_number(value: str, *, today: date | None = None) -> IdNumber:
    number = normalise(value)
    if not _CLEAN.fullmatch(number):
        raise IdNumberError(_malformed(number))
    if int(number[:2]) not in PROVINCE_CODES:
        raise IdNumberError(f"身份证号码前两位“{number[:2]}”不是有效的省级行政区代码")
    birth_date = _birth_date(number[6:14], today=today or date.today())
    expected = _check_char(number[:17])
    if number[17] != expected:
        raise IdNumberError(f"身份证号码校验码错误（应为 {expected}）")
    sex: Sex = "male" if int(number[16]) % 2 == 1 else "female"
    return IdNumber(number=number, region=number[:6], birth_date=birth_date, sex=sex)


def _malformed(number: str) -> str:
    """What is wrong with a number that is not 17 digits and a digit or X."""
    if not number:
        return "请填写身份证号码"
    if len(number) != LENGTH:
        return f"身份证号码须为 18 位（当前 {len(number)} 位）"
    for position, char in enumerate(number, start=1):
        if not (char in _DIGITS or (position == LENGTH and char == "X")):
            return f"身份证号码第 {position} 位“{char}”无效：前 17 位须为数字，末位须为数字或 X"
    return "身份证号码格式无效"


def _birth_date(digits: str, *, today: date) -> date:
    try:
        born = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise IdNumberError(f"身份证号码中的出生日期“{digits}”不是有效日期") from None
    if born < EARLIEST_BIRTH:
        raise IdNumberError(f"身份证号码中的出生日期 {born.isoformat()} 早于 1900 年")
    if born > today:
        raise IdNumberError(f"身份证号码中的出生日期 {born.isoformat()} 晚于今天")
    return born


def make_id_number(*, region: str, birth_date: date, sequence: int, sex: str) -> str:
    """Build a valid number for demo data and tests.

    `sequence` (0–999) is the order code; if its parity does not match `sex` its lowest
    bit is flipped, so callers can pass any counter or random value and still get the sex
    they asked for.
    """
    if len(region) != 6 or not _DIGITS.issuperset(region):
        raise ValueError(f"region must be 6 ASCII digits, got {region!r}")
    if int(region[:2]) not in PROVINCE_CODES:
        raise ValueError(f"region {region!r} does not start with a province-level code")
    if birth_date < EARLIEST_BIRTH:
        raise ValueError(f"birth_date {birth_date} is before {EARLIEST_BIRTH}")
    if not 0 <= sequence <= 999:
        raise ValueError(f"sequence must be between 0 and 999, got {sequence}")
    if sex not in ("male", "female"):
        raise ValueError(f"sex must be 'male' or 'female', got {sex!r}")
    wanted_parity = 1 if sex == "male" else 0
    if sequence % 2 != wanted_parity:
        sequence ^= 1
    first17 = f"{region}{birth_date:%Y%m%d}{sequence:03d}"
    return first17 + check_digit(first17)


def mask_id_number(number: str) -> str:
    """Keep the first 4 (province and city) and last 4 characters: enough to tell people apart."""
    number = number.strip()
    if len(number) <= 8:
        # Too short to reveal both ends without showing most of it.
        return "*" * len(number)
    return number[:4] + "*" * (len(number) - 8) + number[-4:]


def mask_phone(phone: str) -> str:
    """138****5678 for mobile numbers; other lengths keep the first 3 and last 2."""
    phone = phone.strip()
    if len(phone) == 11:
        return phone[:3] + "****" + phone[-4:]
    if len(phone) <= 5:
        return "*" * len(phone)
    return phone[:3] + "*" * (len(phone) - 5) + phone[-2:]


def age_on(birth_date: date, on: date) -> int:
    """Completed years (周岁); someone born on 29 February turns a year older on 1 March."""
    if on < birth_date:
        raise ValueError(f"{on} is before the birth date {birth_date}")
    had_birthday = (on.month, on.day) >= (birth_date.month, birth_date.day)
    return on.year - birth_date.year - (0 if had_birthday else 1)
