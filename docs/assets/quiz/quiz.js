/* Makes the quiz forms rendered by src/quizkit/render.py interactive (the DOM contract is in
 * that file's docstring; progress goes through TACourse.store, see store.js).
 * A classic script, not a module, so the offline copy works from file://. DOM is built with
 * createElement, textContent and cloneNode of the page's own rendered nodes: never innerHTML.
 * Nothing is graded until the learner presses Check; arrow keys only move between choices. */
(function () {
  "use strict";
  var store = window.TACourse && window.TACourse.store;
  if (!store || !document.querySelectorAll) return; // the no-JS form still works
  var NOTICES = {
    dropped: "Saved quiz progress in this browser could not be read, so it was cleared.",
    unavailable:
      "This browser is not letting the site save data, so your progress will not be kept " +
      "after you leave this page.",
  };
  var MARKS = {
    right: ["\u2713", "Your answer: correct"],
    wrong: ["\u2717", "Your answer: incorrect"],
    key: ["\u2713", "Correct answer"],
    missed: ["!", "Missed: correct answer"],
  };
  var quizzes = []; // the quizzes on the current page
  var each = function (list, fn) {
    Array.prototype.forEach.call(list, fn);
  };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }
  function button(label, onClick, extra) {
    var b = el("button", "ta-btn" + (extra ? " " + extra : ""), label);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }
  function mark(kind) {
    var span = el("span", "ta-mark");
    var icon = el("span", "ta-mark__icon", MARKS[kind][0]);
    icon.setAttribute("aria-hidden", "true");
    span.appendChild(icon);
    span.appendChild(el("span", null, MARKS[kind][1]));
    return span;
  }
  function announce(quiz, text) {
    // Emptied first and filled after a tick, so screen readers announce a repeated message too.
    clearTimeout(quiz.timer);
    quiz.live.textContent = "";
    quiz.timer = setTimeout(function () {
      quiz.live.textContent = text;
    }, 150);
  }
  function isKey(li) {
    return li.getAttribute("data-correct") === "true";
  }
  function labelText(li) {
    return li.querySelector("label").textContent.trim();
  }

  function shuffle(q) {
    var order = q.items.map(function (_, i) {
      return i;
    });
    if (q.type !== "true-false") {
      for (var i = order.length - 1; i > 0; i--) {
        var j = Math.floor(Math.random() * (i + 1));
        var t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
    }
    q.order = order;
    placeChoices(q, order);
  }
  function placeChoices(q, order) {
    order.forEach(function (i) {
      q.list.appendChild(q.items[i]);
    });
  }

  function chosenIndexes(q) {
    return q.inputs.reduce(function (acc, input, i) {
      if (input.checked) acc.push(i);
      return acc;
    }, []);
  }
  // All-or-nothing: every key chosen and nothing else.
  function grade(q, chosen) {
    return q.items.every(function (li, i) {
      return isKey(li) === chosen.indexOf(i) >= 0;
    });
  }

  function showResult(q, chosen, correct) {
    q.result = { chosen: chosen, correct: correct };
    q.el.classList.add("is-checked");
    q.items.forEach(function (li, i) {
      var picked = chosen.indexOf(i) >= 0;
      q.inputs[i].checked = picked;
      q.inputs[i].disabled = true;
      var kind = picked ? (isKey(li) ? "right" : "wrong") : isKey(li) && (q.type === "multiple" ? "missed" : "key");
      if (!kind) return;
      li.classList.add("is-" + kind);
      var box = el("div", "ta-choice__feedback");
      box.appendChild(mark(kind));
      var fb = q.details.querySelector('.ta-answer__choice[data-index="' + i + '"] .ta-fb');
      if (fb) box.appendChild(fb.cloneNode(true));
      li.appendChild(box);
    });
    var verdict = el("p", "ta-q__verdict");
    verdict.appendChild(mark(correct ? "right" : "wrong"));
    verdict.firstChild.lastChild.textContent = correct
      ? "Correct."
      : q.type === "multiple"
        ? "Not quite: every correct choice, and only those, is needed."
        : "Not quite.";
    q.status.textContent = "";
    q.status.appendChild(verdict);
    each(q.details.querySelectorAll(".ta-explanation, .ta-answer__refs, .ta-answer__source"), function (node) {
      q.status.appendChild(node.cloneNode(true));
    });
    q.check.hidden = true;
    q.again.hidden = false;
  }

  function clearResult(q) {
    q.result = null;
    q.el.classList.remove("is-checked");
    q.items.forEach(function (li, i) {
      li.classList.remove("is-right", "is-wrong", "is-key", "is-missed");
      var box = li.querySelector(".ta-choice__feedback");
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
    var text = "Question " + q.number + ": " + (correct ? "correct." : "incorrect.");
    if (!correct) {
      var keys = q.items.filter(isKey).map(labelText);
      text += (keys.length > 1 ? " Correct answers: " : " Correct answer: ") + keys.join("; ") + ".";
    }
    var explanation = q.details.querySelector(".ta-explanation");
    return explanation ? text + " " + explanation.textContent.trim() : text;
  }

  function check(q) {
    var chosen = chosenIndexes(q);
    if (!chosen.length) {
      q.status.textContent = "";
      q.status.appendChild(el("p", "ta-q__verdict", "Choose an answer first, then press Check."));
      announce(q.quiz, "Question " + q.number + ": choose an answer first.");
      return;
    }
    var correct = grade(q, chosen);
    store.update(function (data) {
      var rec = data.questions[q.id] || { quiz: q.quiz.name, attempts: 0, wrong: 0 };
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
    showResult(q, chosen, correct);
    q.again.focus(); // Check is hidden now; keep focus in the question
    announce(q.quiz, resultText(q, chosen, correct));
    summarise(q.quiz);
  }

  function forget(data, q) {
    var rec = data.questions[q.id];
    if (rec) {
      rec.last = null;
      rec.correct = null;
    }
  }
  function focusFirstChoice(q) {
    var input = q && q.list.querySelector("input");
    if (input) input.focus();
  }

  function tryAgain(q) {
    store.update(function (data) {
      forget(data, q);
    });
    clearResult(q);
    focusFirstChoice(q);
    announce(q.quiz, "Question " + q.number + ": answer cleared, choose again.");
    summarise(q.quiz);
  }

  function filter(quiz, ids) {
    quiz.missed = ids && ids.length ? ids : null;
    quiz.questions.forEach(function (q) {
      q.el.hidden = !!quiz.missed && quiz.missed.indexOf(q.id) < 0;
    });
    quiz.showAll.hidden = !quiz.missed;
  }
  function saveFilter(quiz, ids) {
    store.update(function (data) {
      data.quizzes[quiz.name] = { missed: ids };
      quiz.questions.forEach(function (q) {
        if (ids && ids.indexOf(q.id) >= 0) forget(data, q);
      });
    });
  }

  function retryMissed(quiz) {
    var missed = quiz.questions.filter(function (q) {
      return q.result && !q.result.correct;
    });
    if (!missed.length) return;
    var ids = missed.map(function (q) {
      return q.id;
    });
    saveFilter(quiz, ids);
    missed.forEach(clearResult);
    filter(quiz, ids);
    focusFirstChoice(missed[0]);
    var noun = ids.length === 1 ? "question" : "questions";
    announce(quiz, "Showing only the " + ids.length + " " + noun + " you missed.");
    summarise(quiz);
  }

  function showAll(quiz) {
    saveFilter(quiz, null);
    filter(quiz, null);
    focusFirstChoice(quiz.questions[0]);
    announce(quiz, "Showing all " + quiz.questions.length + " questions.");
    summarise(quiz);
  }

  function reset(quiz) {
    store.update(function (data) {
      quiz.questions.forEach(function (q) {
        delete data.questions[q.id];
      });
      delete data.quizzes[quiz.name];
    });
    quiz.questions.forEach(clearResult);
    filter(quiz, null);
    focusFirstChoice(quiz.questions[0]);
    announce(quiz, "Quiz reset: all answers cleared.");
    summarise(quiz);
  }

  function summarise(quiz) {
    var answered = quiz.questions.filter(function (q) {
      return q.result;
    });
    var right = answered.filter(function (q) {
      return q.result.correct;
    }).length;
    var text = "Answered " + answered.length + " of " + quiz.questions.length + ", " + right + " correct.";
    if (quiz.missed) text += " Showing only the questions you missed.";
    quiz.summary.textContent = text;
    quiz.retry.hidden = right === answered.length;
  }

  function printAnswerKey() {
    var root = document.documentElement;
    var closed = Array.prototype.filter.call(document.querySelectorAll("details.ta-answer"), function (d) {
      return !d.open;
    });
    closed.forEach(function (d) {
      d.open = true;
    });
    root.classList.add("ta-print-key");
    function done() {
      root.classList.remove("ta-print-key");
      closed.forEach(function (d) {
        d.open = false;
      });
      window.removeEventListener("afterprint", done);
    }
    window.addEventListener("afterprint", done);
    window.print();
  }

  function setupQuestion(quiz, fieldset) {
    var q = {
      quiz: quiz,
      el: fieldset,
      id: fieldset.getAttribute("data-id"),
      type: fieldset.getAttribute("data-type"),
      number: fieldset.getAttribute("data-number"),
      list: fieldset.querySelector(".ta-q__choices"),
      details: fieldset.querySelector(".ta-answer"),
      result: null,
    };
    q.items = Array.prototype.slice.call(q.list.children);
    q.inputs = q.items.map(function (li) {
      return li.querySelector("input");
    });
    if (!q.details.querySelector(".ta-answer__choices")) q.details.classList.add("ta-answer--plain");
    q.details.querySelector("summary").textContent = "Why each choice is right or wrong";
    var actions = el("div", "ta-q__actions");
    q.check = button(
      "Check",
      function () {
        check(q);
      },
      "ta-btn--primary",
    );
    q.again = button("Try again", function () {
      tryAgain(q);
    });
    actions.appendChild(q.check);
    actions.appendChild(q.again);
    q.status = el("div", "ta-q__result");
    q.list.parentNode.insertBefore(q.status, q.details); // verdict first, then Try again
    q.list.parentNode.insertBefore(actions, q.details);
    clearResult(q);
    return q;
  }

  function setupQuiz(form) {
    if (form.getAttribute("data-ready")) return;
    form.setAttribute("data-ready", "true");
    form.classList.add("ta-quiz--js");
    form.addEventListener("submit", function (event) {
      event.preventDefault(); // Enter in a field never grades or reloads
    });
    var loaded = store.load();
    var quiz = { form: form, name: form.getAttribute("data-quiz"), missed: null };
    var how = form.querySelector(".ta-quiz__how");
    how.textContent =
      "Choose an answer, then press Check. Arrow keys move between choices; " +
      "nothing is marked until you press Check.";
    if (loaded.notice) {
      var notice = el("p", "ta-quiz__notice", NOTICES[loaded.notice]);
      notice.setAttribute("role", "note");
      how.parentNode.insertBefore(notice, how.nextSibling);
    }
    quiz.questions = Array.prototype.map.call(form.querySelectorAll("fieldset.ta-q"), function (fs) {
      return setupQuestion(quiz, fs);
    });
    var controls = el("div", "ta-quiz__controls");
    quiz.summary = el("p", "ta-quiz__summary");
    quiz.retry = button("Retry missed questions", function () {
      retryMissed(quiz);
    });
    quiz.showAll = button("Show all questions", function () {
      showAll(quiz);
    });
    controls.appendChild(quiz.summary);
    [
      quiz.retry,
      quiz.showAll,
      button("Reset", function () {
        reset(quiz);
      }),
      button("Print answer key", printAnswerKey),
    ].forEach(function (b) {
      controls.appendChild(b);
    });
    quiz.live = el("div", "ta-sr-only");
    quiz.live.setAttribute("role", "status"); // a polite live region, one per quiz
    quiz.live.setAttribute("aria-live", "polite");
    form.appendChild(controls);
    form.appendChild(quiz.live);
    restore(quiz, loaded.data);
    summarise(quiz);
    quizzes.push(quiz);
  }

  // Shows the answers kept from an earlier visit; a record that no longer fits the bank is ignored.
  function restore(quiz, data) {
    quiz.questions.forEach(function (q) {
      var rec = data.questions[q.id];
      if (!rec || !rec.last || !rec.last.length) return;
      var fits = rec.last.every(function (i) {
        return i < q.items.length;
      });
      if (fits && (q.type === "multiple" || rec.last.length === 1)) showResult(q, rec.last, grade(q, rec.last));
    });
    var state = data.quizzes[quiz.name];
    var ids = state && state.missed;
    filter(
      quiz,
      ids &&
        ids.filter(function (id) {
          return quiz.questions.some(function (q) {
            return q.id === id;
          });
        }),
    );
  }

  function init() {
    quizzes = quizzes.filter(function (quiz) {
      return document.body.contains(quiz.form);
    });
    each(document.querySelectorAll("form.ta-quiz"), setupQuiz);
  }

  // Paper shows choices in file order, as on a no-JS worksheet; the screen keeps its shuffle.
  function forEachQuestion(fn) {
    quizzes.forEach(function (quiz) {
      quiz.questions.forEach(fn);
    });
  }
  window.addEventListener("beforeprint", function () {
    forEachQuestion(function (q) {
      placeChoices(q, q.items.map(function (_, i) {
        return i;
      }));
    });
  });
  window.addEventListener("afterprint", function () {
    forEachQuestion(function (q) {
      placeChoices(q, q.order);
    });
  });

  // Shared with practice.js (exam, review queue): one grading rule and one way to show feedback.
  // `q` is the object setupQuestion builds: {el, type, number, list, items, inputs, details,
  // status, check, again}; check and again may be any object when a page has no such buttons.
  window.TACourse.quiz = {
    grade: grade,
    chosenIndexes: chosenIndexes,
    showResult: showResult,
    clearResult: clearResult,
    resultText: resultText,
    button: button,
  };

  // Material's instant navigation swaps pages without reloading; document$ fires for each one.
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
