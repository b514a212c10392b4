"""Tables for the printed page: a notebook's DataFrame as a tidy table, not a text dump.

In a notebook a DataFrame shows as pandas' HTML table; on paper the plain-text dump (index
numbers, "dtype: int64", cut-off cells) is noise. ``enable()`` gives every DataFrame and Series
a ``text/latex`` rendering as well, which the PDF edition prints (see
``sphinx_ext.print_latex``): readable column headers, no index column unless the index holds
the row labels, full cell text wrapped in its column, missing values as a dash, source keys
left to the "Where the numbers come from" page, and long tables cut with a line saying so.
"""

from __future__ import annotations

import numbers

import pandas as pd

from calling_out_genocide.sphinx_ext.print_latex import PRINT_MARKER

MAX_PRINTED_ROWS = 25
MISSING = "\u2014"


def _escape(text: str) -> str:
    from calling_out_genocide.quizzes.text import latex_escape

    return latex_escape(text)


def readable_header(name: object) -> str:
    """``victims_low`` -> ``Victims low``: a column name as a reader would write it."""
    text = str(name).replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def _is_source_key_column(name: object) -> bool:
    text = str(name).lower()
    return (
        text in {"source", "sources", "bibkey"}
        or text.startswith("source_")
        or text.endswith(("_source", "_sources"))
    )


def _cell(value: object) -> str:
    if value is None or (
        not isinstance(value, str) and pd.api.types.is_scalar(value) and pd.isna(value)
    ):
        return MISSING
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, numbers.Integral):
        return f"{value:,}"
    if isinstance(value, numbers.Real):
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")
    return str(value)


def as_table(data: pd.DataFrame | pd.Series) -> pd.DataFrame:
    """The rows and columns a reader should see: row labels as a column, source keys dropped."""
    frame = data.to_frame() if isinstance(data, pd.Series) else data
    counting = list(frame.index) == list(range(len(frame)))  # 0, 1, 2...: no row labels
    if not counting and (not isinstance(frame.index, pd.RangeIndex) or any(frame.index.names)):
        frame = frame.reset_index()
    return frame[[c for c in frame.columns if not _is_source_key_column(c)]]


def dataframe_latex(data: pd.DataFrame | pd.Series) -> str:
    """A print rendering of a table, as raw LaTeX the PDF edition passes through."""
    frame = as_table(data)
    shown = frame.head(MAX_PRINTED_ROWS)
    cells = [[_cell(v) for v in row] for row in shown.itertuples(index=False)]
    headers = [readable_header(c) for c in frame.columns]
    # Share the line by how much each column holds, so no column is squeezed to a letter.
    lengths = [
        max([len(h), *(len(row[i]) for row in cells)], default=1) for i, h in enumerate(headers)
    ]
    # A column is never narrower than its longest word (its bold header included), so no word
    # runs out of its cell into the margin.
    longest_word = [
        max([len(w) for w in (h, *(row[i] for row in cells)) for w in str(w).split()] or [1])
        for i, h in enumerate(headers)
    ]
    weights = [min(max(n, 10, word + 2), 60) for n, word in zip(lengths, longest_word, strict=True)]
    total = sum(weights) or 1
    numeric = [pd.api.types.is_numeric_dtype(frame[c]) for c in frame.columns]
    columns = "".join(
        (r">{\raggedleft\arraybackslash}" if is_number else r">{\raggedright\arraybackslash}")
        + f"p{{\\dimexpr {0.96 * w / total:.3f}\\linewidth-2\\tabcolsep\\relax}}"
        for w, is_number in zip(weights, numeric, strict=True)
    )
    lines = [
        PRINT_MARKER,
        r"\begingroup\small",
        rf"\begin{{longtable}}{{@{{}}{columns}@{{}}}}",
        r"\toprule",
        # \hspace{0pt} lets TeX hyphenate a cell's first word, which a narrow column may need.
        " & ".join(rf"\hspace{{0pt}}\textbf{{{_escape(h)}}}" for h in headers) + r" \\",
        r"\midrule\endhead",
        *(" & ".join(rf"\hspace{{0pt}}{_escape(c)}" for c in row) + r" \\" for row in cells),
        r"\bottomrule",
        r"\end{longtable}",
    ]
    if len(frame) > len(shown):
        lines.append(
            rf"\noindent\emph{{The first {len(shown)} of {len(frame)} rows are shown.}}\par"
        )
    lines.append(r"\endgroup")
    return "\n".join(lines)


def enable() -> None:
    """Give DataFrames and Series their print rendering in this IPython session."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None:
        return
    latex = shell.display_formatter.formatters["text/latex"]
    latex.for_type(pd.DataFrame, dataframe_latex)
    latex.for_type(pd.Series, dataframe_latex)
