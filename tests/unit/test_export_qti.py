"""QTI 2.1 export: every item and the manifest validate against the IMS schemas; keys are right."""

from __future__ import annotations

import io
import zipfile
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
    assert processing.get("template").endswith("/rptemplates/match_correct")
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
    item = members["items/q-07-rich.xml"]
    assert item.get("identifier") == "q-07-rich" and item.get("title") == "07-rich"
    assert item.find(".//q:div[@class='prompt']/q:p/q:code", NS).text == "code"


def test_identifiers_are_xml_names():
    assert qti_identifier("alpha-definition") == "alpha-definition"
    assert qti_identifier("07-rich") == "q-07-rich"
    assert qti_identifier("a b") == "a_b"


def test_same_banks_give_the_same_zip():
    assert export_qti([sample_quiz()], "x", OPTIONS) == export_qti([sample_quiz()], "x", OPTIONS)
