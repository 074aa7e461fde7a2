"""quizkit.render: the quiz as plain, valid, inert HTML that works before any script runs."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from quizkit.model import Choice, Question, Quiz
from quizkit.render import render_question, render_quiz


class Tree(HTMLParser):
    """Just enough of a DOM for assertions: every start tag with its attributes and ancestors."""

    VOID = {"input", "br", "img", "meta", "link", "hr"}

    def __init__(self, html: str) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str], tuple[str, ...]]] = []
        self.stack: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, {k: v or "" for k, v in attrs}, tuple(self.stack)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1:]}>"
        self.stack.pop()

    def find(self, tag: str, **attrs: str) -> list[dict[str, str]]:
        return [a for t, a, _ in self.elements if t == tag and all(a.get(k) == v for k, v in attrs.items())]

    def inside(self, tag: str, ancestor: str) -> bool:
        return all(ancestor in parents for t, _, parents in self.elements if t == tag)


def link_to_self(source: str) -> str:
    return "#" + source.partition("#")[2]


def sample_quiz() -> Quiz:
    single = Question(
        id="q-single",
        prompt="Which is *the* alliance?",
        explanation="It is the working relationship.",
        source="lessons/01.md#definition",
        type="single",
        topic="definition",
        difficulty="easy",
        quiz="01",
        choices=[
            Choice("Session rules", "Rules frame therapy."),
            Choice("The working relationship", "Right.", correct=True),
            Choice("A medication plan", "A treatment task."),
        ],
    )
    multiple = Question(
        id="q-multiple",
        prompt="Which are parts of Bordin's model?",
        explanation="Goals, tasks and bond.",
        source="lessons/01.md#parts",
        type="multiple",
        topic="definition",
        difficulty="medium",
        quiz="01",
        choices=[
            Choice("Goals", "Right.", correct=True),
            Choice("Fees", "Part of the frame."),
            Choice("Tasks", "Right.", correct=True),
        ],
    )
    true_false = Question(
        id="q-tf",
        prompt="The link is moderate.",
        explanation="About r = .28.",
        source="lessons/03.md#evidence",
        type="true-false",
        topic="evidence",
        difficulty="hard",
        quiz="01",
        answer=False,
    )
    return Quiz(
        path="quizzes/01.yml",
        name="01",
        title="Lesson 1 check",
        lesson="lessons/01.md",
        questions=[single, multiple, true_false],
    )


@pytest.fixture
def tree() -> Tree:
    return Tree(render_quiz(sample_quiz(), link_for=link_to_self))


def test_one_form_one_fieldset_with_a_legend_per_question(tree):
    assert len(tree.find("form", **{"data-quiz": "01"})) == 1
    assert len(tree.find("fieldset")) == 3
    assert len(tree.find("legend")) == 3
    assert tree.inside("fieldset", "form") and tree.inside("legend", "fieldset")


def test_fieldsets_carry_the_data_attributes_later_scripts_rely_on(tree):
    single = tree.find("fieldset", id="q-q-single")[0]
    assert single["data-id"] == "q-single"
    assert single["data-quiz"] == "01"
    assert single["data-lesson"] == "lessons/01.md"
    assert single["data-topic"] == "definition"
    assert single["data-type"] == "single"
    assert single["data-difficulty"] == "easy"
    assert single["data-number"] == "1"


def test_native_inputs_each_with_its_own_label(tree):
    inputs = tree.find("input")
    assert [i["type"] for i in inputs] == ["radio"] * 3 + ["checkbox"] * 3 + ["radio"] * 2
    ids = [i["id"] for i in inputs]
    assert len(set(ids)) == len(ids)
    assert sorted(label["for"] for label in tree.find("label")) == sorted(ids)
    assert {i["name"] for i in inputs} == {"q-q-single", "q-q-multiple", "q-q-tf"}


def test_choices_keep_file_order_and_mark_the_key():
    html = render_quiz(sample_quiz(), link_for=link_to_self)
    assert html.index("Session rules") < html.index("The working relationship") < html.index("A medication")
    tree = Tree(html)
    keys = [li["data-index"] for li in tree.find("li", **{"class": "ta-choice", "data-correct": "true"})]
    assert keys == ["1", "0", "2", "1"]  # single: 2nd; multiple: 1st and 3rd; true-false: False


def test_true_false_offers_true_and_false():
    question = sample_quiz().questions[2]
    html = render_question(question, number=3, link_for=link_to_self)
    assert ">True</label>" in html and ">False</label>" in html
    assert "<strong>Correct answer:</strong> <span>False</span>" in html


def test_details_hold_answer_feedback_explanation_and_lesson_link(tree):
    html = render_quiz(sample_quiz(), link_for=lambda source: "../01/#" + source.partition("#")[2])
    first = html[: html.index("</fieldset>")]
    assert "<details" in first and "<summary>Answer and explanation</summary>" in first
    assert "<strong>Correct answer:</strong> <span>The working relationship</span>" in first
    for feedback in ("Rules frame therapy.", "Right.", "A treatment task."):
        assert feedback in first
    assert "It is the working relationship." in first
    assert '<a class="ta-source" href="../01/#definition">Review in the lesson</a>' in first
    assert "Correct answers:" in html  # the multiple question's key is plural


def test_quiz_text_is_markdown(tree):
    html = render_quiz(sample_quiz(), link_for=link_to_self)
    assert "Which is <em>the</em> alliance?" in html


def test_id_prefix_lets_a_page_hold_the_same_question_twice():
    question = sample_quiz().questions[0]
    html = render_question(question, number=1, link_for=link_to_self, id_prefix="exam-")
    tree = Tree(html)
    assert tree.find("fieldset")[0]["id"] == "exam-q-single"
    assert {i["name"] for i in tree.find("input")} == {"exam-q-single"}


def test_block_markdown_in_a_prompt_stays_valid_inside_legend_and_label():
    question = sample_quiz().questions[0]
    question.prompt = "First paragraph.\n\nSecond paragraph."
    question.choices[0].text = "- one\n- two"
    tree = Tree(render_question(question, number=1, link_for=link_to_self))
    for tag in ("p", "ul", "li"):
        assert not any(
            parents and parents[-1] in ("legend", "label") for t, _, parents in tree.elements if t == tag
        )
    assert len(tree.find("br")) >= 2


HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[link](javascript:alert(1))",
    '<a href="javascript:alert(1)">raw</a>',
    '"><svg onload=alert(1)>',
]


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_text_renders_inert(payload):
    quiz = sample_quiz()
    quiz.title = payload
    for question in quiz.questions:
        question.prompt = question.explanation = payload
        for choice in question.choices:
            choice.text = choice.feedback = f"{payload} {choice.text}"
    tree = Tree(render_quiz(quiz, link_for=link_to_self))
    tags = {tag for tag, _, _ in tree.elements}
    assert not tags & {"script", "img", "svg", "iframe", "style"}
    for _, attrs, _ in tree.elements:
        assert not any(name.startswith("on") for name in attrs)
        assert not attrs.get("href", "").lower().startswith("javascript")


def test_no_inline_script_style_or_handler_for_the_content_security_policy(tree):
    for tag, attrs, _ in tree.elements:
        assert tag != "script"
        assert "style" not in attrs
        assert not any(name.startswith("on") for name in attrs)


def test_ids_and_attributes_are_escaped():
    quiz = sample_quiz()
    quiz.name = 'x" onmouseover="alert(1)'
    tree = Tree(render_quiz(quiz, link_for=link_to_self))
    assert tree.find("form")[0]["data-quiz"] == 'x" onmouseover="alert(1)'
    assert "onmouseover" not in tree.find("form")[0]


def test_cited_references_are_linked_under_the_explanation():
    question = sample_quiz().questions[0]
    question.citations = [("bordin-1979", "Bordin (1979)"), ("hook-2013", "Hook et al. (2013)")]
    html = render_question(question, number=1, link_for=lambda source: "../../" + source)
    assert (
        '<p class="ta-answer__refs">Sources: <a href="../../references.md#bordin-1979">Bordin (1979)</a>;'
        ' <a href="../../references.md#hook-2013">Hook et al. (2013)</a></p>'
    ) in html
    assert html.index("ta-explanation") < html.index("ta-answer__refs") < html.index("ta-source")


def test_inline_code_is_escaped_once():
    # Escaping the text before Markdown escaped code spans twice: `a < b` showed as "a &lt; b".
    quiz = sample_quiz()
    quiz.questions[0].prompt = "Is `a < b && c > d` true?"
    quiz.questions[0].choices[0].text = "Use `<br>` & `&amp;`"
    html = render_quiz(quiz, link_for=link_to_self)
    assert "<code>a &lt; b &amp;&amp; c &gt; d</code>" in html
    assert "<code>&lt;br&gt;</code> &amp; <code>&amp;amp;</code>" in html
    assert "&amp;lt;" not in html and "&amp;gt;" not in html


@pytest.mark.parametrize(
    "text",
    [
        "<b>bold</b>",
        "&copy; &#38;",
        "<!-- note -->",
        "> not a quote",
        "<https://x.org>",
        # Block syntax the sanitiser would drop with its words (feedback "#" rendered as nothing):
        "#",
        "# Not a heading",
        "***",
        "Not a\n---",
        "[x]: https://example.org",
    ],
)
def test_raw_html_entities_and_angle_brackets_show_as_typed(text):
    from quizkit.markup import render_plain

    assert render_plain(text) == text
