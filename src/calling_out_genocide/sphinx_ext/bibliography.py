"""The bibliography's style: pybtex's "plain", with every title kept as its source writes it.

"plain" sets titles in sentence case, so "Denmark's Rescue of Jews" printed as "Denmark's
rescue of jews", and "United Nations" as "united nations". Here a title keeps its capitals.
"""

from __future__ import annotations

from pybtex.plugin import register_plugin
from pybtex.style.formatting.plain import Style as PlainStyle
from pybtex.style.template import field, sentence

STYLE_NAME = "course"


class CourseStyle(PlainStyle):
    def format_title(self, e, which_field, as_sentence=True):
        title = field(which_field)
        return sentence[title] if as_sentence else title


def register() -> None:
    register_plugin("pybtex.style.formatting", STYLE_NAME, CourseStyle)
