"""The course's own code for *Calling Out Genocide*.

Notebooks import from here: ``from calling_out_genocide import quiz, load``.
"""

from calling_out_genocide.data_package import DatasetError, load
from calling_out_genocide.figure_style import apply_course_style, source_note
from calling_out_genocide.letters import letter_builder
from calling_out_genocide.quizzes import quiz
from calling_out_genocide.quizzes.bank import QuizBankError

__all__ = [
    "DatasetError",
    "QuizBankError",
    "apply_course_style",
    "letter_builder",
    "load",
    "quiz",
    "source_note",
]
