"""QTI 2.1 content package (Canvas, Moodle, Blackboard...): a zip of one item per question.

Each `assessmentItem` holds a `choiceInteraction` (maxChoices 1, or 0 for `multiple`), its
`correctResponse`, its response rules written out in full (match_correct for `single` and
true-false; for `multiple` map_response with the same partial credit as the GIFT export, see
`choice_weights`) plus one line that records the chosen choices in FEEDBACK, a `modalFeedback`
per choice and one for the explanation. No `template` attribute: a player that honours it runs
the template instead of the rules written out, never sets FEEDBACK and so shows no feedback.
Quiz text is rendered by `render_inline` (escaped, then sanitised) and rebuilt as XML with
lxml, so every item is well-formed and keeps only elements and attributes the QTI schema allows.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from decimal import Decimal

import lxml.html
from lxml import etree

from ..markup import render_inline, render_plain
from ..model import Question, Quiz
from ..names import file_names
from .common import (
    ExportedFile,
    ExportOptions,
    choice_weights,
    explanation_markdown,
    key_letters,
    letter,
    per_question,
)

QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
QTI_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
CP_XSD = "http://www.imsglobal.org/xsd/imscp_v1p1.xsd"
ITEM_TYPE = "imsqti_item_xmlv2p1"
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # fixed, so the same banks always give the same zip

# What render_inline may emit, and which attributes QTI's XHTML subset allows on each.
_QTI_ATTRIBUTES = {
    "a": {"href"},
    "abbr": set(),
    "br": set(),
    "code": set(),
    "em": set(),
    "kbd": set(),
    "li": set(),
    "ol": set(),
    "p": set(),
    "strong": set(),
    "sub": set(),
    "sup": set(),
    "ul": set(),
}
_NOT_NCNAME = re.compile(r"[^A-Za-z0-9_.-]")


def qti_identifier(question_id: str) -> str:
    """The question id as a QTI identifier (an XML NCName) and item file name: unchanged when it
    already is one, else `_` in front. No id starts with `_`, so two ids never share one
    (`q-` in front made `1abc` and `q-1abc` the same item)."""
    ident = _NOT_NCNAME.sub("_", question_id)
    return ident if re.match(r"[A-Za-z_]", ident) else f"_{ident}"


def _q(tag: str) -> str:
    return f"{{{QTI_NS}}}{tag}"


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, _q(tag), {k.rstrip("_"): v for k, v in attrs.items()})
    element.text = text
    return element


def _append_text(parent: etree._Element, text: str | None) -> None:
    if not text:
        return
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _copy_html(parent: etree._Element, node: lxml.html.HtmlElement) -> None:
    """Rebuild one sanitised HTML node under `parent` in the QTI namespace."""
    # A link whose unsafe address the sanitiser removed has no href, which QTI requires.
    if node.tag in _QTI_ATTRIBUTES and not (node.tag == "a" and not node.get("href")):
        attrs = {k: v for k, v in node.attrib.items() if k in _QTI_ATTRIBUTES[node.tag]}
        target = etree.SubElement(parent, _q(node.tag), attrs)
        target.text = node.text
        for child in node:
            _copy_html(target, child)
    else:  # keep the words, drop the tag
        _append_text(parent, node.text)
        for child in node:
            _copy_html(parent, child)
    _append_text(parent, node.tail)


def append_markdown(parent: etree._Element, text: str) -> None:
    """Quiz Markdown rendered (and sanitised) by render_inline, appended as QTI XHTML."""
    html = render_inline(text)
    if not html.strip():
        return
    if "<" not in html and "&" not in html:  # plain words (most text): nothing to parse or rebuild
        _append_text(parent, html)
        return
    for fragment in lxml.html.fragments_fromstring(html):
        if isinstance(fragment, str):
            _append_text(parent, fragment)
        else:
            _copy_html(parent, fragment)


def item_element(question: Question, options: ExportOptions) -> etree._Element:
    """One question as a QTI 2.1 `assessmentItem`; choices are identified A, B, C..."""
    choices = question.options()
    cardinality = "multiple" if question.type == "multiple" else "single"
    item = etree.Element(
        _q("assessmentItem"),
        {
            f"{{{XSI_NS}}}schemaLocation": f"{QTI_NS} {QTI_XSD}",
            "identifier": qti_identifier(question.id),
            "title": question.id,
            "adaptive": "false",
            "timeDependent": "false",
        },
        nsmap={None: QTI_NS, "xsi": XSI_NS},
    )
    response = _sub(
        item, "responseDeclaration", identifier="RESPONSE", cardinality=cardinality, baseType="identifier"
    )
    correct = _sub(response, "correctResponse")
    for key in key_letters(question):
        _sub(correct, "value", key)
    if question.type == "multiple":
        mapping = _sub(response, "mapping", lowerBound="0", upperBound="1", defaultValue="0")
        for i, weight in enumerate(choice_weights(question)):
            _sub(mapping, "mapEntry", mapKey=letter(i), mappedValue=_fraction(weight))
    score = _sub(item, "outcomeDeclaration", identifier="SCORE", cardinality="single", baseType="float")
    _sub(_sub(score, "defaultValue"), "value", "0")
    _sub(item, "outcomeDeclaration", identifier="FEEDBACK", cardinality=cardinality, baseType="identifier")

    body = _sub(item, "itemBody")
    append_markdown(_sub(body, "div", class_="prompt"), question.prompt)
    interaction = _sub(
        body,
        "choiceInteraction",
        responseIdentifier="RESPONSE",
        shuffle="false",
        maxChoices="0" if question.type == "multiple" else "1",
    )
    for i, choice in enumerate(choices):
        append_markdown(_sub(interaction, "simpleChoice", identifier=letter(i)), choice.text)

    _response_processing(item, partial=question.type == "multiple")
    for i, choice in enumerate(choices):
        if choice.feedback:
            feedback = _sub(
                item,
                "modalFeedback",
                outcomeIdentifier="FEEDBACK",
                showHide="show",
                identifier=letter(i),
                title=f"{letter(i)}. {render_plain(choice.text)}",
            )
            append_markdown(_sub(feedback, "div"), choice.feedback)
    # "hide" + an identifier FEEDBACK never takes: shown after every response, even by an
    # engine that never sets FEEDBACK.
    general = _sub(
        item, "modalFeedback", outcomeIdentifier="FEEDBACK", showHide="hide", identifier="EXPLANATION"
    )
    general.set("title", "Explanation")
    append_markdown(_sub(general, "div"), explanation_markdown(question, options))
    return item


def _fraction(percent: str) -> str:
    return format((Decimal(percent) / 100).normalize(), "f")


def _response_processing(item: etree._Element, partial: bool) -> None:
    """The scoring rules written out (match_correct, or map_response for partial credit), plus
    FEEDBACK = RESPONSE for the per-choice feedback."""
    processing = _sub(item, "responseProcessing")
    condition = _sub(processing, "responseCondition")
    when = _sub(condition, "responseIf")
    if partial:  # map_response: nothing chosen scores 0, else the sum of the chosen weights
        _sub(_sub(when, "isNull"), "variable", identifier="RESPONSE")
        _sub(_sub(when, "setOutcomeValue", identifier="SCORE"), "baseValue", "0", baseType="float")
        otherwise = _sub(condition, "responseElse")
        _sub(_sub(otherwise, "setOutcomeValue", identifier="SCORE"), "mapResponse", identifier="RESPONSE")
    else:
        match = _sub(when, "match")
        _sub(match, "variable", identifier="RESPONSE")
        _sub(match, "correct", identifier="RESPONSE")
        _sub(_sub(when, "setOutcomeValue", identifier="SCORE"), "baseValue", "1", baseType="float")
        otherwise = _sub(condition, "responseElse")
        _sub(_sub(otherwise, "setOutcomeValue", identifier="SCORE"), "baseValue", "0", baseType="float")
    _sub(_sub(processing, "setOutcomeValue", identifier="FEEDBACK"), "variable", identifier="RESPONSE")


def manifest_element(quizzes: Sequence[Quiz], stem: str) -> etree._Element:
    """The IMS CP 1.1 manifest: one item resource per question, in bank order."""
    manifest = etree.Element(
        f"{{{CP_NS}}}manifest",
        {
            f"{{{XSI_NS}}}schemaLocation": f"{CP_NS} {CP_XSD}",
            "identifier": _NOT_NCNAME.sub("_", f"MANIFEST-{stem}"),
        },
        nsmap={None: CP_NS, "xsi": XSI_NS},
    )
    metadata = etree.SubElement(manifest, f"{{{CP_NS}}}metadata")
    etree.SubElement(metadata, f"{{{CP_NS}}}schema").text = "QTIv2.1 Package"
    etree.SubElement(metadata, f"{{{CP_NS}}}schemaversion").text = "1.0.0"
    etree.SubElement(manifest, f"{{{CP_NS}}}organizations")
    resources = etree.SubElement(manifest, f"{{{CP_NS}}}resources")
    for quiz in quizzes:
        for question in quiz.questions:
            ident = qti_identifier(question.id)
            href = f"items/{ident}.xml"
            resource = etree.SubElement(
                resources,
                f"{{{CP_NS}}}resource",
                {"identifier": f"RES-{ident}", "type": ITEM_TYPE, "href": href},
            )
            etree.SubElement(resource, f"{{{CP_NS}}}file", {"href": href})
    return manifest


def _xml_bytes(element: etree._Element) -> bytes:
    return etree.tostring(element, xml_declaration=True, encoding="UTF-8", pretty_print=True)


@per_question
def item_bytes(question: Question, options: ExportOptions) -> bytes:
    return _xml_bytes(item_element(question, options))


def package_files(quizzes: Sequence[Quiz], stem: str, options: ExportOptions) -> dict[str, bytes]:
    """The zip's members, manifest first, by path inside the zip."""
    files = {"imsmanifest.xml": _xml_bytes(manifest_element(quizzes, stem))}
    for quiz in quizzes:
        for question in quiz.questions:
            files[f"items/{qti_identifier(question.id)}.xml"] = item_bytes(question, options)
    return files


def export_qti(quizzes: Sequence[Quiz], stem: str, options: ExportOptions) -> list[ExportedFile]:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, content in package_files(quizzes, stem, options).items():
            info = zipfile.ZipInfo(path, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    (name,) = file_names("qti", stem)
    return [ExportedFile(name, buffer.getvalue())]
