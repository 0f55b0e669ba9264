"""The parsed form of a template document, shared by the YAML and JSON readers.

Both readers turn their text into these nodes, each carrying the 1-based line it starts
on, so that the checks are written once and every problem can name the line of the
offending value whatever the format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

MAX_BYTES = 1024 * 1024
"""The largest document accepted (1 MB, UTF-8)."""

MAX_DEPTH = 32
"""The deepest nesting accepted; a template needs eight levels."""

MAX_PROBLEMS = 500
"""Problems listed before the rest are summarised, so a garbage upload stays readable."""

ScalarValue = str | int | Decimal | bool | None


@dataclass(frozen=True, slots=True)
class ScalarNode:
    """A leaf: ``value`` as typed by the format, ``text`` as spelled in the source.

    ``refused`` marks what the reader already reported (an unsafe tag, an alias): the
    checks treat it as absent without reporting it again.
    """

    value: ScalarValue
    text: str
    line: int | None
    refused: bool = False


@dataclass(frozen=True, slots=True)
class ListNode:
    items: tuple[Node, ...]
    line: int | None


@dataclass(frozen=True, slots=True)
class Entry:
    """One key of a mapping, with the line of the key itself."""

    key: str
    line: int | None
    value: Node


@dataclass(frozen=True, slots=True)
class MapNode:
    """A mapping; duplicate keys are kept so that the checks can report them."""

    entries: tuple[Entry, ...]
    line: int | None


Node = ScalarNode | ListNode | MapNode


@dataclass(frozen=True, slots=True)
class DocumentProblem:
    """One thing wrong with a document: where it is and, in Chinese, what is wrong."""

    line: int | None
    path: str
    message: str


class DocumentError(Exception):
    """A document that cannot be read as a template; ``problems`` lists every reason."""

    def __init__(self, problems: list[DocumentProblem]) -> None:
        super().__init__("\n".join(problem.message for problem in problems))
        self.problems = problems


@dataclass(slots=True)
class Problems:
    """Collects problems, prefixing each message with its line as users read it."""

    items: list[DocumentProblem] = field(default_factory=list)
    truncated: bool = False

    def add(self, *, line: int | None, path: str, message: str) -> None:
        if len(self.items) == MAX_PROBLEMS:
            self.truncated = True
            return
        if line is not None:
            message = f"第 {line} 行：{message}"
        self.items.append(DocumentProblem(line=line, path=path, message=message))

    def __bool__(self) -> bool:
        return bool(self.items)

    def listing(self) -> list[DocumentProblem]:
        """The problems in document order (whole-document ones first), then any overflow note."""
        # Checks run by kind (keys, then values, then references), not top to bottom; people
        # fix a file top to bottom.
        ordered = sorted(self.items, key=lambda problem: problem.line or 0)
        if self.truncated:
            message = f"问题过多，仅列出前 {MAX_PROBLEMS} 条"
            ordered.append(DocumentProblem(line=None, path="", message=message))
        return ordered


def too_large(text: str) -> bool:
    """Whether the document is over ``MAX_BYTES`` once encoded."""
    # Four bytes a character at most: most texts are decided without encoding them.
    if len(text) * 4 <= MAX_BYTES:
        return False
    return len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES
