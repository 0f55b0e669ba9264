"""The default checklist template shipped with TownCheck (评估细则（默认）).

It encodes section 三 of the 2020 Mazhan town plan; counties copy it and adjust weights,
evidence and rules before publishing their own.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from towncheck.checklists.content import TemplateContent
from towncheck.checklists.document import load_document

DEFAULT_TEMPLATE_FILE = "default_template.yaml"


def default_template_text() -> str:
    """The default template's YAML document, comments included."""
    resource = files("towncheck.checklists").joinpath("data", DEFAULT_TEMPLATE_FILE)
    return resource.read_text(encoding="utf-8")


@cache
def load_default_template() -> TemplateContent:
    """The default template's content, read once; the content is immutable, so it is shared."""
    return load_document(default_template_text(), format="yaml")
