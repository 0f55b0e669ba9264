"""Resident ID numbers: GB 11643-1999 validation, masking and the demo-data builder."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from towncheck.households.idcard import (
    IdNumber,
    IdNumberError,
    age_on,
    check_digit,
    make_id_number,
    mask_id_number,
    mask_phone,
    parse_id_number,
)

TODAY = date(2025, 6, 1)
GB_EXAMPLE = "11010519491231002X"


def _iso7064_check(first17: str) -> str:
    """ISO 7064 MOD 11-2 written from the standard's formula, independent of the module's table."""
    total = sum(int(c) * pow(2, 17 - i, 11) for i, c in enumerate(first17))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


def _error(value: str, *, today: date = TODAY) -> str:
    with pytest.raises(IdNumberError) as caught:
        parse_id_number(value, today=today)
    return caught.value.message


def test_classic_gb_example_parses():
    parsed = parse_id_number(GB_EXAMPLE, today=TODAY)
    assert parsed == IdNumber(
        number=GB_EXAMPLE, region="110105", birth_date=date(1949, 12, 31), sex="female"
    )


def test_second_published_example_is_refused_for_being_born_before_1900():
    # Its check digit is right; only the policy floor on birth dates rejects it.
    assert check_digit("44052418800101001") == "4"
    assert _error("440524188001010014") == "身份证号码中的出生日期 1880-01-01 早于 1900 年"


@pytest.mark.parametrize(
    ("first17", "expected"),
    [("11010519491231002", "X"), ("44052418800101001", "4"), ("37130219850612123", "0")],
)
def test_check_digit_known_values(first17, expected):
    assert check_digit(first17) == expected == _iso7064_check(first17)


@pytest.mark.parametrize("bad", ["1101051949123100", "110105194912310021", "1101051949123100X", ""])
def test_check_digit_needs_seventeen_digits(bad):
    with pytest.raises(ValueError, match="17 ASCII digits"):
        check_digit(bad)


def test_made_numbers_parse_back():
    male = make_id_number(region="371302", birth_date=date(1985, 6, 12), sequence=123, sex="male")
    female = make_id_number(
        region="370102", birth_date=date(2000, 2, 29), sequence=40, sex="female"
    )
    assert male == "371302198506121230"
    assert female == "37010220000229040X"
    assert parse_id_number(male, today=TODAY) == IdNumber(male, "371302", date(1985, 6, 12), "male")
    assert parse_id_number(female, today=TODAY) == IdNumber(
        female, "370102", date(2000, 2, 29), "female"
    )


def test_lower_case_x_is_normalised():
    assert parse_id_number("11010519491231002x", today=TODAY).number == GB_EXAMPLE


def test_spaces_and_full_width_characters_are_normalised():
    assert parse_id_number(" 110105 19491231 002X ", today=TODAY).number == GB_EXAMPLE
    full_width = "１１０１０５\u3000１９４９１２３１００２ｘ"
    assert parse_id_number(full_width, today=TODAY).number == GB_EXAMPLE


@pytest.mark.parametrize(
    ("sequence", "sex"), [(0, "female"), (1, "male"), (998, "female"), (999, "male")]
)
def test_sex_comes_from_the_seventeenth_digit(sequence, sex):
    number = f"11010519491231{sequence:03d}"
    number += check_digit(number)
    assert parse_id_number(number, today=TODAY).sex == sex


def test_error_is_a_value_error_carrying_the_message():
    with pytest.raises(ValueError, match="须为 18 位") as caught:
        parse_id_number("123", today=TODAY)
    assert isinstance(caught.value, IdNumberError)
    assert str(caught.value) == caught.value.message


def test_empty_input():
    assert _error("") == "请填写身份证号码"
    assert _error("   ") == "请填写身份证号码"


@pytest.mark.parametrize(
    ("value", "length"),
    [("110105491231002", 15), ("11010519491231002", 17), ("11010519491231002X1", 19)],
)
def test_wrong_length(value, length):
    assert _error(value) == f"身份证号码须为 18 位（当前 {length} 位）"


def test_letter_among_the_digits():
    assert _error("1101051949123A002X") == (
        "身份证号码第 14 位“A”无效：前 17 位须为数字，末位须为数字或 X"
    )


def test_x_is_only_allowed_last():
    assert _error("11010519491231X021") == (
        "身份证号码第 15 位“X”无效：前 17 位须为数字，末位须为数字或 X"
    )


def test_punctuation_is_rejected():
    assert _error("110105-1949123100X") == (
        "身份证号码第 7 位“-”无效：前 17 位须为数字，末位须为数字或 X"
    )


@pytest.mark.parametrize(
    "province", ["00", "10", "16", "20", "24", "38", "47", "55", "66", "72", "80", "83", "99"]
)
def test_unknown_province_code(province):
    first17 = f"{province}010519491231002"
    assert _error(first17 + check_digit(first17)) == (
        f"身份证号码前两位“{province}”不是有效的省级行政区代码"
    )


@pytest.mark.parametrize(
    "province",
    ["11", "15", "21", "23", "31", "37", "41", "46", "50", "54", "61", "65", "71", "81", "82"],
)
def test_every_range_boundary_province_is_accepted(province):
    first17 = f"{province}010519491231002"
    assert parse_id_number(first17 + check_digit(first17), today=TODAY).region == f"{province}0105"


@pytest.mark.parametrize(
    "birth", ["19490230", "19491301", "19490001", "19490100", "00000101", "19000229"]
)
def test_birth_date_that_is_not_a_calendar_date(birth):
    first17 = f"110105{birth}002"
    assert _error(first17 + check_digit(first17)) == (
        f"身份证号码中的出生日期“{birth}”不是有效日期"
    )


def test_birth_date_before_1900():
    first17 = "11010518991231002"
    assert (
        _error(first17 + check_digit(first17)) == "身份证号码中的出生日期 1899-12-31 早于 1900 年"
    )


def test_birth_date_after_today():
    first17 = "11010520250602002"
    assert _error(first17 + check_digit(first17)) == "身份证号码中的出生日期 2025-06-02 晚于今天"


def test_birth_date_boundaries_are_accepted():
    earliest = make_id_number(
        region="110105", birth_date=date(1900, 1, 1), sequence=2, sex="female"
    )
    born_today = make_id_number(region="110105", birth_date=TODAY, sequence=2, sex="female")
    assert parse_id_number(earliest, today=TODAY).birth_date == date(1900, 1, 1)
    assert parse_id_number(born_today, today=TODAY).birth_date == TODAY


def test_today_defaults_to_the_real_date():
    first17 = f"110105{date.today() + timedelta(days=1):%Y%m%d}002"
    with pytest.raises(IdNumberError, match="晚于今天"):
        parse_id_number(first17 + check_digit(first17))
    assert parse_id_number(GB_EXAMPLE).number == GB_EXAMPLE


def test_wrong_check_digit_says_what_it_should_be():
    assert _error("110105194912310021") == "身份证号码校验码错误（应为 X）"
    assert _error("371302198506121239") == "身份证号码校验码错误（应为 0）"


def test_structural_errors_are_reported_before_the_check_digit():
    # A typo in the date usually breaks the check digit too; the date is the more useful hint.
    assert _error("110105194902300020") == "身份证号码中的出生日期“19490230”不是有效日期"


def test_make_id_number_flips_sequence_parity_to_match_sex():
    assert (
        make_id_number(region="110105", birth_date=date(1949, 12, 31), sequence=3, sex="female")
        == GB_EXAMPLE
    )
    assert (
        make_id_number(region="110105", birth_date=date(1949, 12, 31), sequence=999, sex="female")[
            14:17
        ]
        == "998"
    )
    assert (
        make_id_number(region="110105", birth_date=date(1949, 12, 31), sequence=0, sex="male")[
            14:17
        ]
        == "001"
    )


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"region": "11010"}, "6 ASCII digits"),
        ({"region": "11010a"}, "6 ASCII digits"),
        ({"region": "990105"}, "province-level"),
        ({"birth_date": date(1899, 12, 31)}, "before 1900-01-01"),
        ({"sequence": -1}, "between 0 and 999"),
        ({"sequence": 1000}, "between 0 and 999"),
        ({"sex": "unknown"}, "'male' or 'female'"),
    ],
)
def test_make_id_number_rejects_bad_arguments(kwargs, problem):
    arguments = {
        "region": "110105",
        "birth_date": date(1949, 12, 31),
        "sequence": 2,
        "sex": "female",
    } | kwargs
    with pytest.raises(ValueError, match=problem):
        make_id_number(**arguments)


def test_mask_id_number():
    assert mask_id_number("371302198506121234") == "3713**********1234"
    assert mask_id_number(GB_EXAMPLE) == "1101**********002X"
    assert len(mask_id_number(GB_EXAMPLE)) == 18
    assert mask_id_number("110105491231002") == "1101*******1002"
    assert mask_id_number("12345678") == "********"
    assert mask_id_number("") == ""


def test_mask_phone():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("053112345678") == "053*******78"
    assert mask_phone("88123456") == "881***56"
    assert mask_phone("123456") == "123*56"
    assert mask_phone("12345") == "*****"
    assert mask_phone("") == ""


def test_age_on():
    born = date(1985, 6, 12)
    assert age_on(born, born) == 0
    assert age_on(born, date(2025, 6, 11)) == 39
    assert age_on(born, date(2025, 6, 12)) == 40
    assert age_on(born, date(2025, 12, 31)) == 40


def test_age_on_for_a_leap_day_birthday():
    born = date(2000, 2, 29)
    assert age_on(born, date(2001, 2, 28)) == 0
    assert age_on(born, date(2001, 3, 1)) == 1
    assert age_on(born, date(2004, 2, 29)) == 4


def test_age_on_before_birth_is_an_error():
    with pytest.raises(ValueError, match="before the birth date"):
        age_on(date(2000, 1, 2), date(2000, 1, 1))


def _random_case(rng: random.Random) -> tuple[str, date, int, str]:
    province = rng.choice(
        [
            11,
            12,
            13,
            14,
            15,
            21,
            22,
            23,
            31,
            32,
            33,
            34,
            35,
            36,
            37,
            41,
            42,
            43,
            44,
            45,
            46,
            50,
            51,
            52,
            53,
            54,
            61,
            62,
            63,
            64,
            65,
            71,
            81,
            82,
        ]
    )
    region = f"{province:02d}{rng.randrange(10_000):04d}"
    birth = date(1900, 1, 1) + timedelta(days=rng.randrange((TODAY - date(1900, 1, 1)).days + 1))
    return region, birth, rng.randrange(1000), rng.choice(["male", "female"])


def test_generated_numbers_parse_back_to_their_inputs():
    rng = random.Random(11643)
    seen_check_chars: set[str] = set()
    for _ in range(3000):
        region, birth, sequence, sex = _random_case(rng)
        number = make_id_number(region=region, birth_date=birth, sequence=sequence, sex=sex)
        assert number[17] == _iso7064_check(number[:17])
        assert parse_id_number(number, today=TODAY) == IdNumber(number, region, birth, sex)
        assert parse_id_number(number.lower(), today=TODAY).number == number
        assert mask_id_number(number) == number[:4] + "*" * 10 + number[-4:]
        seen_check_chars.add(number[17])
    assert seen_check_chars == set("0123456789X")


def test_single_typos_and_adjacent_swaps_are_always_caught():
    # MOD 11-2 detects every single substitution and every swap of two adjacent unequal digits.
    rng = random.Random(1999)
    for _ in range(500):
        region, birth, sequence, sex = _random_case(rng)
        number = make_id_number(region=region, birth_date=birth, sequence=sequence, sex=sex)
        position = rng.randrange(17)
        typo = rng.choice([d for d in "0123456789" if d != number[position]])
        with pytest.raises(IdNumberError):
            parse_id_number(number[:position] + typo + number[position + 1 :], today=TODAY)
        swap = rng.randrange(17)
        if number[swap] != number[swap + 1]:
            swapped = number[:swap] + number[swap + 1] + number[swap] + number[swap + 2 :]
            with pytest.raises(IdNumberError):
                parse_id_number(swapped, today=TODAY)
