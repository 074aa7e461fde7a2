"""Render quizzes as plain HTML that works without JavaScript; docs/assets/quiz/quiz.js enhances it.

This is the one renderer: lesson pages use `render_quiz`, the practice exam and review pages
reuse `render_question`. All quiz text goes through `markup.render_inline` (escaped, sanitised).

DOM contract (quiz.js and later scripts select by these classes and data attributes only):

    <form class="ta-quiz" id="quiz-NAME" data-quiz="NAME" data-lesson="lessons/01-x.md"
          aria-labelledby="quiz-NAME-title" data-search-exclude>
      <p class="ta-quiz__title" id="quiz-NAME-title">TITLE</p>
      <p class="ta-quiz__how">instructions for readers without JavaScript</p>
      <fieldset class="ta-q" id="{prefix}ID" data-id="ID" data-quiz="NAME"
                data-lesson="lessons/01-x.md" data-topic="T" data-type="single|multiple|true-false"
                data-difficulty="easy|medium|hard" data-number="1">
        <legend class="ta-q__prompt"><span class="ta-q__number">Question 1.</span> PROMPT</legend>
        <p class="ta-q__hint">Choose one answer. | Choose all that apply.</p>
        <ul class="ta-q__choices">                   (file order; quiz.js shuffles these <li>s)
          <li class="ta-choice" data-index="0" data-correct="true|false">
            <input type="radio|checkbox" name="{prefix}ID" id="{prefix}ID-0" value="0">
            <label for="{prefix}ID-0">CHOICE</label>
          </li>
        </ul>
        <details class="ta-answer">
          <summary>Answer and explanation</summary>
          <p class="ta-answer__key"><strong>Correct answer:</strong> <span>CHOICE</span>; ...</p>
          <ul class="ta-answer__choices">            (only when some choice has feedback)
            <li class="ta-answer__choice" data-index="0" data-correct="true|false">
              <p><strong>Correct:|Incorrect:</strong> CHOICE</p><div class="ta-fb">FEEDBACK</div>
            </li>
          </ul>
          <div class="ta-explanation"><strong>Explanation:</strong> EXPLANATION</div>
          <p class="ta-answer__refs">Source: <a href="REL#ID">Author (year)</a>; ...</p>   (with refs)
          <p class="ta-answer__source"><a class="ta-source" href="REL">Review in the lesson</a></p>
        </details>
      </fieldset>
    </form>

quiz.js then adds, per quiz: class `ta-quiz--js`, `.ta-quiz__summary` (the score, under the
instructions), a `.ta-quiz__notice[role=note]` when storage was unusable (`[role=alert]` when a save
fails), `.ta-quiz__controls` (score, Retry missed, Show all, Reset with its confirmation dialog,
Print answer key) and a `[role=status][aria-live=polite]` region; per question: `.ta-q__result`
(verdict, explanation, lesson link cloned from the details), `.ta-q__actions` (Check / Try again),
class `ta-q--ready` once those are there (a question gets them as it nears the viewport: lazy.js),
class `is-checked`, and on each marked choice class `is-right|is-wrong|is-key|is-missed` with a
`.ta-choice__feedback` (icon + words + the cloned `.ta-fb`). `<html>` gets `ta-print-key` while
the answer key prints. Storage: see the header of docs/assets/quiz/store.js.

`data-index` is the choice's position in the file (true-false: 0 is True, 1 is False); it is
what storage records as an answer, so answers survive shuffling. The element ids take a prefix
(default "q-") so a page can hold the same question twice (e.g. an exam and a review list).
The emitted HTML has no scripts, event handlers or style attributes (a CSP will forbid them).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import replace

from quizkit.i18n import Words, words
from quizkit.markup import render_inline
from quizkit.model import Choice, Question, Quiz
from quizkit.references import REFERENCES_PAGE

# Turns a docs-relative target ("lessons/x.md#anchor") into the href to write: the site's
# Markdown extension gives hrefs relative to the page's source, which the generator rewrites.
LinkFor = Callable[[str], str]

_INPUT_TYPE = {"single": "radio", "true-false": "radio", "multiple": "checkbox"}
_HINT = {"single": "hint_single", "true-false": "hint_true_false", "multiple": "hint_multiple"}


def render_quiz(quiz: Quiz, *, link_for: LinkFor, id_prefix: str = "q-", t: Words | None = None) -> str:
    """The whole quiz as one `<form>`, questions in file order, worded in `t` (default English)."""
    t = t or words()
    name = _attr(quiz.name)
    total = len(quiz.questions)
    questions = "\n".join(
        render_question(q, number=n, link_for=link_for, id_prefix=id_prefix, lesson=quiz.lesson, t=t)
        for n, q in enumerate(quiz.questions, start=1)
    )
    return (
        f'<form class="ta-quiz" id="quiz-{name}" data-quiz="{name}" data-lesson="{_attr(quiz.lesson)}"'
        # Out of the site search (Material and Zensical honour `data-search-exclude`): a search
        # would otherwise list quiz blocks, answers included, above the lessons that teach the term.
        f' aria-labelledby="quiz-{name}-title" data-search-exclude>\n'
        f'<p class="ta-quiz__title" id="quiz-{name}-title"><strong>{_phrasing(quiz.title)}</strong></p>\n'
        f'<p class="ta-quiz__how">{_text(t.count("quiz_how", total, answer=t["answer_summary"]))}</p>\n'
        f"{questions}\n</form>"
    )


def render_question(
    question: Question,
    *,
    number: int,
    link_for: LinkFor,
    id_prefix: str = "q-",
    lesson: str = "",
    t: Words | None = None,
) -> str:
    """One question as a `<fieldset>` with its answer `<details>` (see the module docstring)."""
    t = t or words()
    qid = f"{id_prefix}{question.id}"
    data = {
        "id": question.id,
        "quiz": question.quiz,
        "lesson": lesson,
        "topic": question.topic,
        "type": question.type,
        "difficulty": question.difficulty,
        "number": str(number),
    }
    data_attrs = "".join(f' data-{key}="{_attr(value)}"' for key, value in data.items())
    options = question.options()
    if question.type == "true-false":  # the two choices the model names True and False, worded here
        options = [replace(options[0], text=t["true"]), replace(options[1], text=t["false"])]
    input_type = _INPUT_TYPE.get(question.type, "radio")
    choices = "\n".join(_render_choice(qid, i, c, input_type) for i, c in enumerate(options))
    label = _text(t.fmt("question_number", n=number))
    return (
        f'<fieldset class="ta-q" id="{_attr(qid)}"{data_attrs}>\n'
        f'<legend class="ta-q__prompt"><span class="ta-q__number">{label}</span> '
        f"{_phrasing(question.prompt)}</legend>\n"
        f'<p class="ta-q__hint">{_text(t[_HINT.get(question.type, _HINT["single"])])}</p>\n'
        f'<ul class="ta-q__choices">\n{choices}\n</ul>\n'
        f"{_render_answer(question, options, link_for, t)}\n"
        "</fieldset>"
    )


def _render_choice(qid: str, index: int, choice: Choice, input_type: str) -> str:
    input_id = _attr(f"{qid}-{index}")
    return (
        f'<li class="ta-choice" data-index="{index}" data-correct="{_bool(choice.correct)}">'
        f'<input type="{input_type}" name="{_attr(qid)}" id="{input_id}" value="{index}"> '
        f'<label for="{input_id}">{_phrasing(choice.text)}</label></li>'
    )


def _render_answer(question: Question, options: list[Choice], link_for: LinkFor, t: Words) -> str:
    keys = "; ".join(f"<span>{_phrasing(c.text)}</span>" for c in options if c.correct)
    label = t["correct_answers" if sum(c.correct for c in options) > 1 else "correct_answer"]
    parts = [
        '<details class="ta-answer">',
        f"<summary>{_text(t['answer_summary'])}</summary>",
        f'<p class="ta-answer__key"><strong>{_text(label)}</strong> {keys}</p>',
    ]
    if any(c.feedback for c in options):
        items = "\n".join(_render_rationale(i, c, t) for i, c in enumerate(options))
        parts.append(f'<ul class="ta-answer__choices">\n{items}\n</ul>')
    explanation = render_inline(question.explanation)
    heading = _text(t["explanation"])
    parts.append(f'<div class="ta-explanation"><strong>{heading}</strong> {explanation}</div>')
    if question.citations:
        cited = "; ".join(
            f'<a href="{_attr(link_for(f"{REFERENCES_PAGE}#{ref}"))}">{html.escape(label)}</a>'
            for ref, label in question.citations
        )
        noun = t["sources" if len(question.citations) > 1 else "source"]
        parts.append(f'<p class="ta-answer__refs">{_text(noun)} {cited}</p>')
    if question.source:
        href, review = _attr(link_for(question.source)), _text(t["review_in_lesson"])
        parts.append(f'<p class="ta-answer__source"><a class="ta-source" href="{href}">{review}</a></p>')
    parts.append("</details>")
    return "\n".join(parts)


def _render_rationale(index: int, choice: Choice, t: Words) -> str:
    verdict = _text(t["choice_correct" if choice.correct else "choice_incorrect"])
    feedback = f'<div class="ta-fb">{render_inline(choice.feedback)}</div>' if choice.feedback else ""
    return (
        f'<li class="ta-answer__choice" data-index="{index}" data-correct="{_bool(choice.correct)}">'
        f"<p><strong>{verdict}</strong> {_phrasing(choice.text)}</p>{feedback}</li>"
    )


_BLOCK_BREAK = re.compile(r"\s*</p>\s*<p>\s*|\s*</li>\s*<li>\s*")
_BLOCK_TAG = re.compile(r"\s*</?(?:p|ul|ol|li)>\s*")


def _phrasing(text: str) -> str:
    """Inline HTML for places that only take phrasing content (legend, label, summary).

    render_inline keeps paragraphs and lists when an author writes several; those become line
    breaks here so the page stays valid HTML.
    """
    rendered = render_inline(text)
    if "<p>" not in rendered and "<li>" not in rendered:
        return rendered
    return _BLOCK_TAG.sub("", _BLOCK_BREAK.sub("<br>", rendered))


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def _bool(value: bool) -> str:
    return "true" if value else "false"
