/* Makes the quiz forms rendered by src/quizkit/render.py interactive (the DOM contract is in
 * that file's docstring; progress goes through TACourse.store, see store.js; words come from
 * strings.js, DOM helpers from ui.js). A classic script, not a module, so the offline copy works
 * from file://. Nothing is graded until the learner presses Check; arrow keys only move between
 * choices. After Check, focus goes to the verdict inside the question and the page does not move,
 * so the chosen answer and its feedback stay where the learner was looking.
 * Each quiz is set up at once (its score, its buttons, the answers saved earlier, read from the
 * store), but each question gets its controls only as it nears the viewport, or in idle moments
 * (TACourse.lazy, lazy.js), so a long quiz never blocks the page while it loads; until then
 * quiz.css keeps the room its Check button will take, so nothing moves when it comes. */
(function () {
  "use strict";
  const T = window.TACourse || {};
  const { store, strings: S, ui, lazy } = T;
  if (!store || !S || !ui || !lazy || !document.querySelectorAll) return; // the no-JS form still works
  const { el, add, button } = ui;
  let quizzes = []; // the quizzes on the current page

  function mark(kind) {
    const span = el("span", "ta-mark");
    const icon = el("span", "ta-mark__icon", S.marks[kind][0]);
    icon.setAttribute("aria-hidden", "true");
    return add(span, icon, el("span", null, S.marks[kind][1]));
  }
  const isKey = (li) => li.getAttribute("data-correct") === "true";
  const labelText = (li) => li.querySelector("label").textContent.trim();

  function shuffle(q) {
    const files = q.items.map((_, i) => i);
    q.order = q.type === "true-false" ? files : ui.shuffled(files);
    placeChoices(q, q.order);
  }
  function placeChoices(q, order) {
    order.forEach((i) => q.list.appendChild(q.items[i]));
  }

  const chosenIndexes = (q) => q.inputs.flatMap((input, i) => (input.checked ? [i] : []));
  // All-or-nothing: every key chosen and nothing else.
  const grade = (q, chosen) => q.items.every((li, i) => isKey(li) === chosen.includes(i));

  // A choice's own feedback, cloned from the answer details. Under a key the learner did not choose,
  // the author's opening "Right." would contradict the mark beside it, so it is left off there.
  function choiceFeedback(q, i, kind) {
    const fb = q.details.querySelector(`.ta-answer__choice[data-index="${i}"] .ta-fb`);
    if (!fb) return null;
    const copy = fb.cloneNode(true);
    if (kind === "missed" || kind === "key") {
      const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
      const first = walker.nextNode();
      if (first) first.textContent = first.textContent.replace(S.feedbackRightWord, "");
    }
    return copy;
  }

  function showResult(q, chosen, correct) {
    q.result = { chosen, correct };
    q.el.classList.add("is-checked");
    q.items.forEach((li, i) => {
      const picked = chosen.includes(i);
      q.inputs[i].checked = picked;
      q.inputs[i].disabled = true;
      const kind = picked ? (isKey(li) ? "right" : "wrong") : isKey(li) && (q.type === "multiple" ? "missed" : "key");
      if (!kind) return;
      li.classList.add("is-" + kind);
      li.appendChild(add(el("div", "ta-choice__feedback"), mark(kind), choiceFeedback(q, i, kind)));
    });
    const verdict = el("p", "ta-q__verdict");
    verdict.tabIndex = -1; // Check moves focus here
    verdict.appendChild(mark(correct ? "right" : "wrong"));
    verdict.firstChild.lastChild.textContent = correct ? S.verdictRight : q.type === "multiple" ? S.verdictWrongMultiple : S.verdictWrong;
    q.status.textContent = "";
    q.status.appendChild(verdict);
    q.details.querySelectorAll(".ta-explanation, .ta-answer__refs, .ta-answer__source").forEach((node) => q.status.appendChild(node.cloneNode(true)));
    q.check.hidden = true;
    q.again.hidden = correct; // a right answer is done; Reset starts the quiz over
    return verdict;
  }

  function clearResult(q) {
    q.result = null;
    q.el.classList.remove("is-checked");
    q.items.forEach((li, i) => {
      li.classList.remove("is-right", "is-wrong", "is-key", "is-missed");
      const box = li.querySelector(".ta-choice__feedback");
      if (box) li.removeChild(box);
      q.inputs[i].checked = false;
      q.inputs[i].disabled = false;
    });
    q.status.textContent = "";
    q.check.hidden = false;
    q.again.hidden = true;
    shuffle(q); // a new attempt gets a new order
  }

  function resultText(q, chosen, correct) {
    let text = S.resultSpoken(q.number, correct);
    if (!correct) text += S.correctAnswers(q.items.filter(isKey).map(labelText));
    const explanation = q.details.querySelector(".ta-explanation");
    return explanation ? text + " " + explanation.textContent.trim() : text;
  }

  // "Choose an answer first": shown in the question and announced; shared with the review queue.
  function askForChoice(q, say) {
    q.status.textContent = "";
    q.status.appendChild(el("p", "ta-q__verdict", S.chooseFirst));
    say(S.chooseFirstSpoken(q.number));
  }

  function check(q) {
    const chosen = chosenIndexes(q);
    if (!chosen.length) return askForChoice(q, q.quiz.announce);
    const correct = grade(q, chosen);
    store.update((data) => {
      const rec = data.questions[q.id] || { quiz: q.quiz.name, attempts: 0, wrong: 0 };
      rec.quiz = q.quiz.name;
      rec.attempts += 1;
      rec.wrong += correct ? 0 : 1;
      rec.last = chosen;
      rec.correct = correct;
      rec.at = Date.now();
      data.questions[q.id] = rec;
      // The review queue and the lesson's best score (queue.js); without it nothing else changes.
      if (store.recordAnswer) store.recordAnswer(data, q.id, correct, rec.at, { quiz: q.quiz.name });
    });
    ui.keepInPlace(q.items[chosen[0]], () => ui.focusHere(showResult(q, chosen, correct)));
    q.quiz.announce(resultText(q, chosen, correct));
    summarise(q.quiz);
  }

  function forget(data, q) {
    const rec = data.questions[q.id];
    if (rec) {
      rec.last = null;
      rec.correct = null;
    }
  }
  function focusFirstChoice(q) {
    const input = q && q.list.querySelector("input");
    if (input) input.focus();
  }

  function tryAgain(q) {
    store.update((data) => forget(data, q));
    clearResult(q);
    focusFirstChoice(q);
    q.quiz.announce(S.cleared(q.number));
    summarise(q.quiz);
  }

  const shown = (quiz) => quiz.questions.filter((q) => !quiz.missed || quiz.missed.includes(q.id));
  function filter(quiz, ids) {
    quiz.missed = ids && ids.length ? ids : null;
    quiz.questions.forEach((q) => {
      q.el.hidden = !!quiz.missed && !quiz.missed.includes(q.id);
    });
    quiz.showAll.hidden = !quiz.missed;
  }
  function saveFilter(quiz, ids) {
    store.update((data) => {
      data.quizzes[quiz.name] = { missed: ids };
      quiz.questions.forEach((q) => {
        if (ids && ids.includes(q.id)) forget(data, q);
      });
    });
  }

  function retryMissed(quiz) {
    enhanceAll(quiz);
    const missed = quiz.questions.filter((q) => q.result && !q.result.correct);
    if (!missed.length) return;
    const ids = missed.map((q) => q.id);
    saveFilter(quiz, ids);
    missed.forEach(clearResult);
    filter(quiz, ids);
    focusFirstChoice(missed[0]);
    quiz.announce(S.showingMissed(ids.length));
    summarise(quiz);
  }

  function showAll(quiz) {
    enhanceAll(quiz);
    saveFilter(quiz, null);
    filter(quiz, null);
    focusFirstChoice(quiz.questions[0]);
    quiz.announce(S.showingAll(quiz.questions.length));
    summarise(quiz);
  }

  function reset(quiz) {
    enhanceAll(quiz);
    store.update((data) => {
      quiz.questions.forEach((q) => delete data.questions[q.id]);
      delete data.quizzes[quiz.name];
    });
    quiz.questions.forEach(clearResult);
    filter(quiz, null);
    focusFirstChoice(quiz.questions[0]);
    quiz.announce(S.resetDone);
    summarise(quiz);
  }

  // The score sits at the top of the quiz (where a learner looks for it) and again by the buttons
  // at the end; while "Retry missed" is on, both count only the questions shown.
  function summarise(quiz) {
    const list = shown(quiz);
    const answered = list.filter((q) => q.result);
    const right = answered.filter((q) => q.result.correct).length;
    quiz.summary.textContent = (quiz.missed ? S.summaryMissed : S.summary)(answered.length, list.length, right);
    quiz.score.textContent = S.score(right, list.length);
    quiz.retry.hidden = right === answered.length;
  }

  function printAnswerKey() {
    quizzes.forEach(enhanceAll);
    const rootEl = document.documentElement;
    const closed = [...document.querySelectorAll("details.ta-answer")].filter((d) => !d.open);
    closed.forEach((d) => (d.open = true));
    rootEl.classList.add("ta-print-key");
    function done() {
      rootEl.classList.remove("ta-print-key");
      closed.forEach((d) => (d.open = false));
      window.removeEventListener("afterprint", done);
    }
    window.addEventListener("afterprint", done);
    window.print();
  }

  // A rendered question in the shape the functions above take (shared with the practice pages).
  function questionParts(fieldset) {
    const list = fieldset.querySelector(".ta-q__choices");
    const items = [...list.children];
    const details = fieldset.querySelector(".ta-answer");
    const q = {
      el: fieldset,
      id: fieldset.getAttribute("data-id"),
      type: fieldset.getAttribute("data-type"),
      topic: fieldset.getAttribute("data-topic"),
      lesson: fieldset.getAttribute("data-lesson"),
      number: fieldset.getAttribute("data-number"),
      list,
      items,
      inputs: items.map((li) => li.querySelector("input")),
      details,
      status: el("div", "ta-q__result"),
      check: {},
      again: {},
      result: null,
    };
    if (!details.querySelector(".ta-answer__choices")) details.classList.add("ta-answer--plain");
    details.querySelector("summary").textContent = S.whyEachChoice;
    return q;
  }

  // A question as the quiz first knows it: its parts, read without changing the page; its
  // controls come later (enhance). q.result may already hold an answer saved on an earlier visit.
  function setupQuestion(quiz, fieldset) {
    const q = questionParts(fieldset);
    q.quiz = quiz;
    q.ready = false;
    return q;
  }

  // Gives a question its Check and Try again buttons and shows its saved answer, if any. A learner
  // who got there first (a choice picked or focused, or the question on screen already: a slow
  // page, a link to it) keeps the file order they may be reading, and their focus.
  function enhance(q, inSight = false) {
    if (q.ready) return;
    q.ready = true;
    const actions = el("div", "ta-q__actions");
    q.check = button(S.check, () => check(q), "ta-btn--primary");
    q.again = button(S.tryAgain, () => tryAgain(q));
    q.again.hidden = true;
    add(actions, q.check, q.again);
    q.list.parentNode.insertBefore(q.status, q.details); // verdict first, then Try again
    q.list.parentNode.insertBefore(actions, q.details);
    q.el.classList.add("ta-q--ready");
    const touched = inSight || q.el.contains(document.activeElement) || q.inputs.some((input) => input.checked);
    if (touched) q.order = q.items.map((_, i) => i);
    else shuffle(q);
    if (q.result) showResult(q, q.result.chosen, q.result.correct);
  }
  const enhanceAll = (quiz) => quiz.later.all();

  function setupQuiz(form) {
    if (form.getAttribute("data-ready")) return;
    form.setAttribute("data-ready", "true");
    form.classList.add("ta-quiz--js");
    form.addEventListener("submit", (event) => event.preventDefault()); // Enter never grades or reloads
    const loaded = store.load();
    const quiz = { form, name: form.getAttribute("data-quiz"), missed: null };
    const how = form.querySelector(".ta-quiz__how");
    how.textContent = S.how;
    quiz.summary = el("p", "ta-quiz__summary");
    how.parentNode.insertBefore(quiz.summary, how.nextSibling);
    if (loaded.notice) ui.notice(loaded.notice, form, how);
    ui.watchSaves(store, form, how);
    quiz.questions = [...form.querySelectorAll("fieldset.ta-q")].map((fs) => setupQuestion(quiz, fs));
    const controls = el("div", "ta-quiz__controls");
    quiz.score = el("p", "ta-quiz__score");
    quiz.retry = button(S.retryMissed, () => retryMissed(quiz));
    quiz.showAll = button(S.showAll, () => showAll(quiz));
    const confirmReset = ui.confirmDialog(controls, {
      title: S.resetTitle,
      body: [S.resetBody],
      actions: [{ label: S.resetConfirm, action: () => reset(quiz), kind: "ta-btn--danger" }],
    });
    const resetButton = button(S.reset, () => confirmReset.open(resetButton));
    controls.insertBefore(quiz.score, controls.firstChild);
    [quiz.retry, quiz.showAll, resetButton, button(S.printKey, printAnswerKey)].forEach((b) => controls.insertBefore(b, confirmReset.dialog));
    form.appendChild(controls);
    quiz.announce = ui.announcer(form);
    restore(quiz, loaded.data);
    summarise(quiz);
    quizzes.push(quiz);
    const byElement = new Map(quiz.questions.map((q) => [q.el, q]));
    quiz.later = lazy.soon([...byElement.keys()], (fieldset, inSight) => enhance(byElement.get(fieldset), inSight));
    // Keyboard focus or a link to a question gets there before any observer: ready it first.
    form.addEventListener("focusin", (event) => readyAt(quiz, event.target));
    readyAt(quiz, target());
  }

  // The question holding `node` (a question, a choice, the focused input), set up now.
  function readyAt(quiz, node) {
    const fieldset = node && node.closest && node.closest("fieldset.ta-q");
    if (fieldset && quiz.form.contains(fieldset)) quiz.later.now(fieldset);
  }
  function target() {
    try {
      return location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    } catch (e) {
      return null; // a hash that is not valid percent-encoding names nothing on the page
    }
  }

  // Takes the answers kept from an earlier visit (enhance shows each one with its question); a
  // record that no longer fits the bank is ignored.
  function restore(quiz, data) {
    quiz.questions.forEach((q) => {
      const rec = data.questions[q.id];
      if (!rec || !rec.last || !rec.last.length) return;
      const fits = rec.last.every((i) => i < q.items.length);
      if (fits && (q.type === "multiple" || rec.last.length === 1)) q.result = { chosen: rec.last, correct: grade(q, rec.last) };
    });
    const state = data.quizzes[quiz.name];
    const ids = state && state.missed;
    filter(quiz, ids && ids.filter((id) => quiz.questions.some((q) => q.id === id)));
  }

  function init() {
    quizzes.forEach((quiz) => document.body.contains(quiz.form) || quiz.later.stop());
    quizzes = quizzes.filter((quiz) => document.body.contains(quiz.form));
    document.querySelectorAll("form.ta-quiz").forEach(setupQuiz);
  }
  // A link followed within the page (#question-id) lands on a question that is ready.
  window.addEventListener("hashchange", () => quizzes.forEach((quiz) => readyAt(quiz, target())));

  // Paper shows choices in file order, as on a no-JS worksheet; the screen keeps its shuffle.
  const forEachQuestion = (fn) => quizzes.forEach((quiz) => quiz.questions.forEach(fn));
  window.addEventListener("beforeprint", () => {
    quizzes.forEach(enhanceAll);
    forEachQuestion((q) => placeChoices(q, q.items.map((_, i) => i)));
  });
  window.addEventListener("afterprint", () => forEachQuestion((q) => placeChoices(q, q.order)));

  // Shared with the practice pages (exam, review queue): one grading rule and one way to show
  // feedback. `q` is what questionParts builds; check and again may be any object.
  T.quiz = { grade, chosenIndexes, showResult, clearResult, resultText, questionParts, askForChoice };

  // Material's instant navigation swaps pages without reloading; document$ fires for each one, in
  // the task where the theme sets the page up: the quizzes follow in a task of their own, so the
  // two never add up to one long task that blocks the page.
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(() => setTimeout(init));
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
