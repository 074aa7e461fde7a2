/* The review queue page: the questions due today (queue.js keeps the schedule), each with its own
 * Check. After Check, focus goes to the verdict inside the question and the page does not move. */
(function (root) {
  "use strict";
  const T = (root.TACourse = root.TACourse || {});
  const S = T.strings;

  function setupReview(rootEl) {
    const { store, queue, ui, practice } = T;
    const shared = T.quiz;
    const { el, add, button } = ui;
    const template = rootEl.querySelector("template.ta-practice__pool");
    const loaded = store.load();
    const byId = new Map([...template.content.querySelectorAll("fieldset.ta-q")].map((fs) => [fs.getAttribute("data-id"), fs]));
    const known = new Set(byId.keys());
    const due = queue.due(loaded.data, Date.now(), known);
    practice.notices(rootEl, loaded, store);
    const h = practice.heading(2, S.dueHeading);
    const view = practice.section(h);
    const summary = el("p", "ta-review__summary");
    add(rootEl, view);
    const announce = ui.announcer(rootEl);
    let done = 0;

    function upcoming() {
      const next = queue.next(store.load().data, Date.now(), known);
      return next ? S.upcoming(practice.date(next.due, true), next.count) : "";
    }
    function describe() {
      if (due.length) summary.textContent = done === due.length ? S.dueDone(due.length, upcoming()) : S.dueSoFar(due.length, done);
      else summary.textContent = upcoming() || S.queueEmpty;
    }
    add(view, summary);
    if (!due.length) return describe();

    const list = el("div", "ta-review__list ta-quiz--js");
    due.forEach((id, i) => {
      const q = shared.questionParts(document.importNode(byId.get(id), true));
      practice.renumber(q, i + 1);
      q.check = button(S.check, () => check(q), "ta-btn--primary");
      q.el.insertBefore(add(el("div", "ta-q__actions"), q.check), q.details);
      q.el.insertBefore(q.status, q.details);
      list.appendChild(q.el);
      shared.clearResult(q);
    });
    add(view, list);
    describe();

    function check(q) {
      const chosen = shared.chosenIndexes(q);
      if (!chosen.length) return shared.askForChoice(q, announce);
      const correct = shared.grade(q, chosen);
      const at = Date.now();
      let entry;
      store.update((data) => {
        entry = store.recordAnswer(data, q.id, correct, at, { review: true });
      });
      const verdict = ui.keepInPlace(q.items[chosen[0]], () => shared.showResult(q, chosen, correct));
      const next =
        entry.step === queue.MASTERED
          ? S.mastered
          : correct
            ? S.nextReview(practice.date(entry.due, true), S.days(queue.DAYS[entry.step]))
            : S.startsOver;
      q.status.insertBefore(el("p", "ta-review__next", next), verdict.nextSibling);
      done += 1;
      describe();
      announce(shared.resultText(q, chosen, correct) + " " + next);
      ui.keepInPlace(q.items[chosen[0]], () => ui.focusHere(verdict));
    }
  }

  if (T.practice) T.practice.start("review", setupReview);
})(typeof window !== "undefined" ? window : globalThis);
