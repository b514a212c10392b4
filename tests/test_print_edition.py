"""The print edition: LaTeX and PDF carry every quiz question and its answer-key entry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from calling_out_genocide.quizzes.bank import bank_names, load_bank
from calling_out_genocide.quizzes.render import answer_key
from calling_out_genocide.quizzes.text import latex_escape

LATEX_DIR = Path(__file__).resolve().parent.parent / "_build" / "latex"


def straight_quotes(text: str) -> str:
    """Sphinx curls quotation marks in print; compare them as straight ones."""
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


def squash(text: str) -> str:
    """Text as extracted from a PDF: join hyphenated line breaks and fold white space."""
    text = text.replace("\u00ad", "").replace("-\n", "")
    return straight_quotes(re.sub(r"\s+", " ", text)).strip()


def letters_only(text: str) -> str:
    """For comparing long passages: word spacing and hyphenation are layout, not content.

    pypdf drops some spaces in bold text, and TeX hyphenates at line ends, so both are
    removed on both sides; every character and its order are still compared.
    """
    return straight_quotes(re.sub(r"[\s\-\u00ad‐]+", "", text))


def body_text(page_text: str) -> str:
    """A page's text without its running head (first line) and running foot (last line)."""
    lines = page_text.splitlines()
    if lines and letters_only(lines[0]).startswith("CallingOutGenocide"):
        lines = lines[1:]
    if lines and re.search(r"^\d+\s|\s\d+$|^\d+$", lines[-1].strip()):
        lines = lines[:-1]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def tex(built_html: Path) -> str:
    # Sphinx writes the hyphens of running text as \sphinxhyphen{}, and curls quotation marks.
    text = (LATEX_DIR / "calling-out-genocide.tex").read_text(encoding="utf-8")
    return straight_quotes(text.replace(r"\sphinxhyphen{}", "-"))


@pytest.fixture(scope="module")
def pdf_pages(built_html: Path) -> list[str]:
    reader = PdfReader(LATEX_DIR / "calling-out-genocide.pdf")
    return [page.extract_text() for page in reader.pages]


@pytest.fixture(scope="module")
def pdf_text(pdf_pages: list[str]) -> str:
    return squash("\n".join(pdf_pages))


@pytest.fixture(scope="module")
def pdf_letters(pdf_pages: list[str]) -> str:
    return letters_only("\n".join(body_text(page) for page in pdf_pages))


@pytest.mark.parametrize("name", bank_names())
def test_latex_holds_every_question_and_answer(tex: str, name: str) -> None:
    bank = load_bank(name)

    # The tex fixture has straight quotation marks and plain hyphens; so has each expectation.
    def as_in_tex(text: str) -> str:
        return straight_quotes(latex_escape(text)).replace(r"\sphinxhyphen{}", "-")

    for question in bank.questions:
        assert as_in_tex(question.prompt) in tex, question.id
    for entry in answer_key(bank):
        assert as_in_tex(entry.answer) in tex, entry.number


@pytest.mark.parametrize("name", bank_names())
def test_pdf_holds_every_question_and_answer(pdf_letters: str, name: str) -> None:
    bank = load_bank(name)
    for question in bank.questions:
        assert letters_only(question.prompt) in pdf_letters, question.id
    for entry in answer_key(bank):
        assert letters_only(entry.answer) in pdf_letters, (name, entry.number, entry.answer)
        assert letters_only(entry.explanation) in pdf_letters, (name, entry.number)


def test_pdf_has_no_widget_debris_or_broken_references(pdf_text: str) -> None:
    for debris in ("VBox(", "HBox(", "model_id", "widget-view", "Loading widget"):
        assert debris not in pdf_text
    assert "??" not in pdf_text


# ------------------------------------------------------------------ the PDF as a book

SCRIPT_RANGES = {
    "Hebrew": (0x0590, 0x05FF),
    "Arabic script (Uyghur)": (0x0600, 0x06FF),
    "Khmer": (0x1780, 0x17FF),
    "Chinese": (0x4E00, 0x9FFF),
}


def toc_titles(repo_root: Path, pdf: str = "students") -> list[str]:
    """The first heading of every chapter in _toc.yml that the given PDF prints as a chapter.

    The teachers' "Sources and methods" starts a PDF of its own, and a site-only page (the
    bibliography page) gives way to the bibliography Sphinx prints at the end of the book.
    """
    import json

    import yaml

    toc = yaml.safe_load((repo_root / "_toc.yml").read_text(encoding="utf-8"))
    config = yaml.safe_load((repo_root / "_config.yml").read_text(encoding="utf-8"))
    sphinx = config["sphinx"]["config"]
    own_books = {doc[0] for doc in sphinx["course_latex_documents"]}
    site_only = set(sphinx["course_site_only_pages"])
    files = [c["file"] for part in toc["parts"] for c in part["chapters"]]
    if pdf == "students":
        files = [f for f in files if f not in own_books | site_only]
    elif pdf == "site-only":
        files = [f for f in files if f in site_only]
    titles = []
    for entry in files:
        path = repo_root / f"{entry}.md"
        if path.exists():
            text = path.read_text(encoding="utf-8")
        else:
            cells = json.loads((repo_root / f"{entry}.ipynb").read_text(encoding="utf-8"))["cells"]
            text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
        titles.append(re.search(r"^# (.+)$", text, re.MULTILINE).group(1).strip())
    return titles


def test_every_chapter_title_is_in_the_pdf(pdf_text: str, repo_root: Path) -> None:
    titles = toc_titles(repo_root)
    assert "How to use the notebooks" in titles
    for title in ["Calling Out Genocide", "Introduction", *titles]:
        assert squash(title) in pdf_text, title


def test_every_script_is_printed(pdf_text: str) -> None:
    for script, (low, high) in SCRIPT_RANGES.items():
        count = sum(low <= ord(c) <= high for c in pdf_text)
        assert count >= 20, f"{script}: only {count} characters in the PDF's text"
    for word in ("René Cassin", "égaux en dignité", "slobodna i jednaka", "人人生而自由"):
        assert word in pdf_text, word


def test_latex_log_has_no_missing_characters(built_html: Path) -> None:
    log = (LATEX_DIR / "calling-out-genocide.log").read_text(encoding="utf-8", errors="replace")
    missing = [line for line in log.splitlines() if "Missing character" in line]
    assert not missing, "\n".join(missing[:20])


def test_pdf_metadata_and_bookmarks(built_html: Path, repo_root: Path) -> None:
    reader = PdfReader(LATEX_DIR / "calling-out-genocide.pdf")
    assert reader.metadata.title == "Calling Out Genocide"
    assert reader.metadata.author == "The Calling Out Genocide course authors"
    assert reader.trailer["/Root"].get("/Lang") == "en-GB"
    outline = [straight_quotes(item.title) for item in reader.outline if not isinstance(item, list)]
    # The root page's title is the book's title page; its first section opens chapter 1.
    for title in ["Introduction", *toc_titles(repo_root)]:
        assert any(re.fullmatch(rf"([0-9]+|[A-Z]) {re.escape(title)}", b) for b in outline), (
            f"no numbered bookmark for {title!r}: {outline}"
        )
    for title in toc_titles(repo_root, "site-only"):  # the printed bibliography, unnumbered
        assert title in outline, f"no bookmark for {title!r}: {outline}"
    assert len(reader.pages) >= 20


def test_every_page_offers_the_pdf(built_html: Path) -> None:
    assert (built_html / "calling-out-genocide.pdf").is_file()
    pages = [
        p
        for p in built_html.rglob("*.html")
        if p.name not in {"search.html", "genindex.html"}
        and not {"_static", "_sources"} & set(p.relative_to(built_html).parts)
        and p.name != "index.html"  # the redirect to the landing page
    ]
    assert pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        match = re.search(r'<p class="pdf-edition">.*?<a href="([^"]+)"', html, re.DOTALL)
        assert match, f"{page.name} offers no PDF"
        assert (page.parent / match.group(1)).resolve() == (
            built_html / "calling-out-genocide.pdf"
        ).resolve()


def test_exercise_solutions_are_hidden_online_and_in_the_appendix_on_paper(
    built_html: Path, pdf_text: str
) -> None:
    page = (built_html / "notebooks" / "how-to-use-the-notebooks.html").read_text(encoding="utf-8")
    assert 'class="solution dropdown admonition"' in page  # collapsed until the reader opens it
    # Exercises are numbered through the book; find this one's number rather than assume it.
    found = re.search(r"Exercise (\d+) \(Counting states by region\)", pdf_text)
    assert found, "the exercise is not in the PDF"
    number = found.group(1)
    exercise = found.start()
    appendix = pdf_text.index("Exercise solutions Worked solutions")
    solution = pdf_text.index(f"Solution to Exercise {number} (Counting states by region)")
    assert exercise < appendix < solution
    assert pdf_text.count(f"Solution to Exercise {number} (") == 1


# ------------------------------------------------------------------ a book for paper

TEACHERS_PDF = LATEX_DIR / "sources-and-methods.pdf"
CODE_IN_PRINT = re.compile(
    r"^\s*(import \w|from \w+ import |\w+ = load\(|.*\bload\(\"|.*\bplt\.|.*\.value_counts\(|"
    r"def \w+\(|print\()",
    re.MULTILINE,
)
DATAFRAME_DEBRIS = re.compile(
    r"dtype: \w+|Name: \w+, dtype|\[\d+ rows x \d+ columns\]|^\s*\d+\s{2,}\S"
)
TEX_LEAKS = ("``", "''", r"\TU", "textbackslash", r"\textbf", r"\emph", "??")


@pytest.fixture(scope="module")
def pdf_raw_pages(built_html: Path) -> list[str]:
    """Each page's text with its lines kept, as a reader sees the page."""
    import pdfplumber

    with pdfplumber.open(LATEX_DIR / "calling-out-genocide.pdf") as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def quiz_pages(pages: list[str]) -> list[str]:
    """Pages holding a quiz's questions or its answer sheet (not the answer key's pages)."""
    return [p for p in pages if re.search(r"Quiz:.+\(\d+questions\)|Answersheet:", letters_only(p))]


def test_no_code_and_no_dataframe_debris_in_print(pdf_raw_pages: list[str]) -> None:
    for number, page in enumerate(pdf_raw_pages, start=1):
        code = CODE_IN_PRINT.findall(page)
        assert not code, f"PDF page {number} prints code: {code[:3]}"
        debris = DATAFRAME_DEBRIS.findall(page)
        assert not debris, f"PDF page {number} prints DataFrame debris: {debris[:3]}"


def test_no_tex_markup_leaks_onto_the_page(pdf_raw_pages: list[str]) -> None:
    for number, page in enumerate(pdf_raw_pages, start=1):
        for leak in TEX_LEAKS:
            assert leak not in page, f"PDF page {number} shows {leak!r}"


def test_quiz_pages_speak_to_paper(pdf_raw_pages: list[str]) -> None:
    pages = quiz_pages(pdf_raw_pages)
    assert len(pages) >= len(bank_names())
    for page in pages:
        lowered = letters_only(page).lower()  # bold text can lose its spaces in extraction
        for screen_word in ("type a number", "click", "on this site", "press the button"):
            assert letters_only(screen_word) not in lowered, f"{screen_word!r} on:\n{page[:300]}"


@pytest.mark.parametrize("name", bank_names())
def test_every_quiz_has_a_one_page_answer_sheet(pdf_raw_pages: list[str], name: str) -> None:
    bank = load_bank(name)
    title = letters_only(f"Answer sheet: {bank.title}")
    sheets = [p for p in pdf_raw_pages if title in letters_only(p)]
    assert len(sheets) == 1, f"{len(sheets)} pages hold the answer sheet of {name!r}"
    sheet = sheets[0]
    numbers = [int(n) for n in re.findall(r"Question(\d+)\.", letters_only(sheet))]
    assert numbers == list(range(1, len(bank.questions) + 1)), numbers
    for entry in answer_key(bank):  # an answer sheet carries no answers
        if len(entry.explanation) > 30:
            assert letters_only(entry.explanation) not in letters_only(sheet)


def test_the_full_texts_of_the_declaration_and_the_convention_are_printed(
    pdf_letters: str,
) -> None:
    from calling_out_genocide.data_package import load

    udhr = load("udhr_text")
    articles = udhr[udhr["section"] == "article"]
    assert articles["number"].nunique() == 30
    convention = load("genocide_convention_text")
    assert convention[convention["section"] == "article"]["number"].nunique() == 19
    for frame in (udhr, convention):
        for text in frame["text"]:
            assert letters_only(text) in pdf_letters, text[:60]


def test_the_verso_carries_the_licence_edition_and_commit(pdf_raw_pages: list[str]) -> None:
    verso = letters_only(pdf_raw_pages[1])  # small type can lose its spaces in extraction
    licence = "Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)"
    assert letters_only(licence) in verso
    assert "MITLicense" in verso
    assert re.search(r"Editionof\d{1,2}\w+\d{4}\.Builtfromcommit[0-9a-f]{12}", verso)
    assert "Toreportanerror" in verso


def test_bibliography_keeps_the_capitals_of_titles(built_html: Path) -> None:
    import pdfplumber

    with pdfplumber.open(LATEX_DIR / "calling-out-genocide.pdf") as pdf:
        texts = [page.extract_text() or "" for page in pdf.pages]
        start = next(i for i, p in enumerate(texts) if p.lstrip().startswith("Bibliography"))
        # Web addresses (set in the monospaced face) keep their own letters; titles are checked.
        bibliography = "\n".join(
            page.filter(
                lambda obj: obj.get("object_type") != "char" or "Mono" not in obj["fontname"]
            ).extract_text()
            or ""
            for page in pdf.pages[start:]
        )
    for word in ("jews", "holocaust", "united nations", "nazi"):
        lowered = re.findall(rf"(?<![/\w-]){word}(?![\w/-])", bibliography)
        assert not lowered, f"the bibliography prints {word!r} in lower case"


CJK_HALF_INKED = set("。、，．：；")


@pytest.mark.parametrize("pdf_name", ["calling-out-genocide.pdf", "sources-and-methods.pdf"])
def test_no_line_runs_into_the_right_margin(built_html: Path, pdf_name: str) -> None:
    import pdfplumber

    with pdfplumber.open(LATEX_DIR / pdf_name) as pdf:
        # The text block's right edge: where the running head's rule ends on a normal page.
        edges = [max(float(line["x1"]) for line in page.lines) for page in pdf.pages if page.lines]
        right_edge = max(set(edges), key=edges.count)
        overflows = []
        for number, page in enumerate(pdf.pages, start=1):
            for char in page.chars:
                overflow = char["x1"] - right_edge
                # A full-width CJK full stop or comma inks only the left half of its em box,
                # and xeCJK sets it half-width at a line's end: its box may pass the edge.
                if char["text"] in CJK_HALF_INKED and overflow <= (char["x1"] - char["x0"]) / 2:
                    continue
                if overflow > 1.5 and char["text"].strip():
                    overflows.append((number, char["text"], round(char["x1"] - right_edge, 1)))
                    break
    assert not overflows, f"characters past the right margin (page, char, points): {overflows[:10]}"


def test_the_teachers_edition_is_its_own_book(built_html: Path, pdf_text: str) -> None:
    import pdfplumber

    with pdfplumber.open(TEACHERS_PDF) as pdf:
        teachers = squash("\n".join(page.extract_text() or "" for page in pdf.pages))
    assert "Sources and methods" in teachers
    assert "How the values were collected." in teachers
    assert "How the values were collected." not in pdf_text
    assert "Where the numbers come from" in pdf_text
    assert (built_html / "sources-and-methods.pdf").is_file()
