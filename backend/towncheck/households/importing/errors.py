"""What an import reports back: problems located by spreadsheet row and column."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Row 0 means the file as a whole (unreadable, too large, a heading missing).
FILE_ROW = 0


@dataclass(frozen=True, slots=True, order=True)
class RowError:
    """One problem: ``row`` is the 1-based row as Excel shows it, ``column`` the heading as
    written in the file, ``message`` says in Chinese what is wrong and how to fix it."""

    row: int
    column: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message}


class UnreadableFile(ValueError):
    """The upload is not a spreadsheet we can read; the message is shown to the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def file_error(message: str) -> RowError:
    return RowError(FILE_ROW, "", message)
