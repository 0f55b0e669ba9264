"""Expected failures of the cross-check's pure core: a code to switch on, a Chinese message.

The service layer maps them to the platform's typed errors; they carry the ids they are
about so that a form or a report can point at the team or area concerned.
"""

from __future__ import annotations

from collections.abc import Iterable


class DrawError(Exception):
    """Base of every failure raised by the cross-check core."""

    code: str = "DRAW_ERROR"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidDrawInput(DrawError):
    """Inputs that do not describe a draw (duplicate ids, negative counts, bad values)."""

    code = "INVALID_DRAW_INPUT"


class InvalidSecret(DrawError):
    """A director's secret number is not 1–64 decimal digits."""

    code = "INVALID_SECRET"


class DrawTooLarge(DrawError):
    """More areas or teams, or more search work, than the exact algorithm accepts."""

    code = "DRAW_TOO_LARGE"


class UnsupportedAlgorithm(DrawError):
    """A recorded draw or sample names an algorithm version this code does not implement."""

    code = "UNSUPPORTED_ALGORITHM"

    def __init__(self, algorithm: str) -> None:
        super().__init__(f"不支持的算法版本「{algorithm}」，无法复核")
        self.algorithm = algorithm


class DrawInfeasible(DrawError):
    """No assignment satisfies the hard constraints; subclasses say which one blocks it."""

    code = "DRAW_INFEASIBLE"

    def __init__(
        self, message: str, *, area_ids: Iterable[int] = (), team_ids: Iterable[int] = ()
    ) -> None:
        super().__init__(message)
        self.area_ids = tuple(area_ids)
        self.team_ids = tuple(team_ids)


class AreaConflictsAllTeams(DrawInfeasible):
    """Some area has a responsible cadre in every team."""

    code = "AREA_CONFLICTS_ALL_TEAMS"


class TeamsShortOfAreas(DrawInfeasible):
    """A set of teams can take fewer areas than teams, yet each team needs at least one."""

    code = "TEAMS_SHORT_OF_AREAS"


class RotationInfeasible(DrawInfeasible):
    """Feasible without the rotation option, infeasible with it."""

    code = "ROTATION_INFEASIBLE"


class InvalidSample(DrawError):
    """Inputs that do not describe a household sample (bad rate, duplicate household)."""

    code = "INVALID_SAMPLE_INPUT"
