"""QTI 2.1 export: every item and the manifest validate against the IMS schemas; keys are right."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from export_samples import hostile_quiz, sample_quiz
from lxml import etree

from quizkit.export import ExportOptions
from quizkit.export.common import key_letters
from quizkit.export.qti import QTI_NS, export_qti, item_element, qti_identifier
from quizkit.model import Choice, Question, Quiz

ROOT = Path(__file__).resolve().parents[2]

# The IMS schemas, vendored with their notices (tests/fixtures/qti-xsd/README.md).
XSD_DIR = ROOT / "tests" / "fixtures" / "qti-xsd"
NS = {"q": QTI_NS, "cp": "http://www.imsglobal.org/xsd/imscp_v1p1"}
OPTIONS = ExportOptions(course="Test course", site_url="https://example.org/course/")


def _schema(relative: str) -> etree.XMLSchema:
    path = XSD_DIR / relative
    if not path.exists():
        pytest.fail(f"The QTI schemas are missing: expected {path} (vendored in tests/fixtures/qti-xsd)")
    return etree.XMLSchema(etree.parse(str(path)))


@pytest.fixture(scope="session")
def qti_schema() -> etree.XMLSchema:
    return _schema("qtiv2p1/imsqti_v2p1.xsd")  # about a second: once per session


@pytest.fixture(scope="session")
def cp_schema() -> etree.XMLSchema:
    return _schema("imscp_v1p1.xsd")


def rich_quiz() -> Quiz:
    """Markdown that renders to blocks, lists, links and code, in every field that takes it."""
    question = Question(
        id="07-rich",  # starts with a digit: not an XML name as it stands
        type="single",
        topic="definition",
        difficulty="easy",
        prompt="First *paragraph* with `code` and a [link](https://example.org/a?b=1&c=2).\n\nSecond one.",
        choices=[
            Choice("- a list item\n- another", "Feedback with <b>raw html</b> & an ampersand.", True),
            Choice("Plain <script>alert(1)</script> text", "Two\n\nparagraphs of feedback."),
            Choice("H~2~O and x^2", "A [javascript link](javascript:alert(1))."),
        ],
        explanation="Why, with **strong** words.",
        source="lessons/01-what-is-the-alliance.md#a-working-definition",
        quiz="rich",
    )
    return Quiz(path="quizzes/rich.yml", name="rich", title="Rich", lesson="", questions=[question])


def unpack(quizzes: list[Quiz], stem: str = "bank") -> dict[str, etree._Element]:
    [exported] = export_qti(quizzes, stem, OPTIONS)
    assert exported.name == f"{stem}-qti.zip"
    with zipfile.ZipFile(io.BytesIO(exported.content)) as archive:
        return {name: etree.fromstring(archive.read(name)) for name in archive.namelist()}


ALL_SAMPLES = [sample_quiz(), hostile_quiz(), rich_quiz()]


def test_every_item_and_the_manifest_validate(qti_schema, cp_schema):
    members = unpack(ALL_SAMPLES)
    assert list(members)[0] == "imsmanifest.xml"
    assert cp_schema.validate(members["imsmanifest.xml"]), cp_schema.error_log
    items = {name: doc for name, doc in members.items() if name != "imsmanifest.xml"}
    assert len(items) == sum(len(q.questions) for q in ALL_SAMPLES)
    for name, item in items.items():
        assert qti_schema.validate(item), f"{name}: {qti_schema.error_log}"


def test_the_schema_check_is_real(qti_schema):
    item = item_element(sample_quiz().questions[0], OPTIONS)
    del item.attrib["identifier"]
    assert not qti_schema.validate(item)


def test_manifest_lists_each_item_once_and_every_file_exists():
    members = unpack(ALL_SAMPLES)
    resources = members["imsmanifest.xml"].findall(".//cp:resource", NS)
    hrefs = [r.get("href") for r in resources]
    assert sorted(hrefs) == sorted(name for name in members if name != "imsmanifest.xml")
    assert {r.get("type") for r in resources} == {"imsqti_item_xmlv2p1"}
    assert [r.find("cp:file", NS).get("href") for r in resources] == hrefs


@pytest.mark.parametrize("question", [q for quiz in ALL_SAMPLES for q in quiz.questions], ids=lambda q: q.id)
def test_correct_response_names_the_right_choices(question):
    item = item_element(question, OPTIONS)
    choices = item.findall(".//q:choiceInteraction/q:simpleChoice", NS)
    keys = [v.text for v in item.findall(".//q:correctResponse/q:value", NS)]
    texts = ["".join(c.itertext()).strip() for c in choices]
    assert keys == key_letters(question)
    assert {c.get("identifier") for c in choices} >= set(keys)
    options = question.options()
    for key in keys:
        index = [c.get("identifier") for c in choices].index(key)
        assert options[index].correct
        assert texts[index]  # the key is a visible choice
    declaration = item.find("q:responseDeclaration", NS)
    interaction = item.find(".//q:choiceInteraction", NS)
    if question.type == "multiple":
        assert (declaration.get("cardinality"), interaction.get("maxChoices")) == ("multiple", "0")
    else:
        assert (declaration.get("cardinality"), interaction.get("maxChoices")) == ("single", "1")


def test_true_false_has_true_and_false_choices():
    question = sample_quiz().questions[2]
    item = item_element(question, OPTIONS)
    choices = ["".join(c.itertext()) for c in item.findall(".//q:simpleChoice", NS)]
    assert choices == ["True", "False"]
    assert [v.text for v in item.findall(".//q:correctResponse/q:value", NS)] == ["A"]


def test_feedback_per_choice_and_general_feedback():
    question = sample_quiz().questions[0]
    item = item_element(question, OPTIONS)
    processing = item.find("q:responseProcessing", NS)
    # FEEDBACK takes the chosen choices, so each choice's modalFeedback shows for it.
    assert processing.find("q:setOutcomeValue[@identifier='FEEDBACK']/q:variable", NS).get("identifier") == (
        "RESPONSE"
    )
    feedback = {f.get("identifier"): f for f in item.findall("q:modalFeedback", NS)}
    assert set(feedback) == {"A", "B", "C", "EXPLANATION"}
    assert "".join(feedback["A"].itertext()).strip() == "Right: it is a partnership."
    assert feedback["A"].find(".//q:strong", NS).text == "partnership"
    explanation = feedback["EXPLANATION"]
    assert explanation.get("showHide") == "hide"
    assert "Bordin's definition" in "".join(explanation.itertext())
    link = explanation.find(".//q:a", NS)
    assert (
        link.get("href") == "https://example.org/course/lessons/01-what-is-the-alliance/#a-working-definition"
    )


def test_markup_is_sanitised_not_passed_through():
    members = unpack([rich_quiz()])
    text = b"".join(etree.tostring(doc) for doc in members.values())
    assert b"<script" not in text and b"javascript:" not in text and b"<b>" not in text
    assert b"&lt;b&gt;raw html&lt;/b&gt;" in text  # raw HTML typed in a quiz shows as text
    item = members["items/_07-rich.xml"]
    assert item.get("identifier") == "_07-rich" and item.get("title") == "07-rich"
    assert item.find(".//q:div[@class='prompt']/q:p/q:code", NS).text == "code"


def test_identifiers_are_xml_names():
    assert qti_identifier("alpha-definition") == "alpha-definition"
    assert qti_identifier("07-rich") == "_07-rich"
    assert qti_identifier("a b") == "a_b"


def test_same_banks_give_the_same_zip():
    assert export_qti([sample_quiz()], "x", OPTIONS) == export_qti([sample_quiz()], "x", OPTIONS)


def test_ids_that_differ_only_by_the_old_prefix_stay_two_items(qti_schema, cp_schema):
    # `q-` in front of ids starting with a digit made `1abc` and `q-1abc` one item file.
    quiz = sample_quiz()
    quiz.questions[0].id, quiz.questions[1].id = "1abc", "q-1abc"
    members = unpack([quiz])
    items = sorted(name for name in members if name != "imsmanifest.xml")
    assert len(items) == len(quiz.questions) == 3
    hrefs = [r.get("href") for r in members["imsmanifest.xml"].findall(".//cp:resource", NS)]
    assert sorted(hrefs) == items and len(set(hrefs)) == 3
    assert cp_schema.validate(members["imsmanifest.xml"]), cp_schema.error_log


@pytest.mark.parametrize("question", [q for quiz in ALL_SAMPLES for q in quiz.questions], ids=lambda q: q.id)
def test_response_rules_are_written_out_with_no_template(question, qti_schema):
    # A player that honours `template` runs it instead of the rules here, never sets FEEDBACK and
    # so shows no per-choice feedback (issue 15: 0 of 1,214 responses showed any).
    item = item_element(question, OPTIONS)
    processing = item.find("q:responseProcessing", NS)
    assert "template" not in processing.attrib and "templateLocation" not in processing.attrib
    assert processing.find("q:setOutcomeValue[@identifier='FEEDBACK']", NS) is not None
    assert qti_schema.validate(item), qti_schema.error_log


def test_multiple_answer_partial_credit_is_the_same_as_moodles():
    from quizkit.export.common import choice_weights

    question = sample_quiz().questions[1]  # three keys, two wrong choices
    item = item_element(question, OPTIONS)
    mapping = item.find("q:responseDeclaration/q:mapping", NS)
    assert (mapping.get("lowerBound"), mapping.get("upperBound"), mapping.get("defaultValue")) == (
        "0",
        "1",
        "0",
    )
    mapped = {e.get("mapKey"): Decimal(e.get("mappedValue")) for e in mapping.findall("q:mapEntry", NS)}
    assert mapped == {
        letter: Decimal(w) / 100 for letter, w in zip("ABCDE", choice_weights(question), strict=True)
    }
    assert item.find(".//q:responseElse/q:setOutcomeValue/q:mapResponse", NS).get("identifier") == "RESPONSE"

    # What a learner scores, by QTI's mapResponse (sum of the chosen, clamped to [0, 1]):
    def score(chosen: str) -> Decimal:
        return min(max(sum((mapped[c] for c in chosen), Decimal(0)), Decimal(0)), Decimal(1))

    assert score("ACD") == 1 and score("AC") == Decimal("0.6666666") and score("ACDB") == Decimal("0.5")
    assert score("B") == 0


def test_single_answer_items_score_all_or_nothing():
    item = item_element(sample_quiz().questions[0], OPTIONS)
    assert item.find("q:responseDeclaration/q:mapping", NS) is None
    assert item.find(".//q:responseIf/q:match/q:correct", NS).get("identifier") == "RESPONSE"
