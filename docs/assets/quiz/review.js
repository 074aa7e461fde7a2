/* The review queue page: the questions due today (queue.js keeps the schedule), each with its own
 * Check. After Check, focus goes to the verdict inside the question and the page does not move.
 * The questions come from the pool (pool.js): an empty queue needs none of it; otherwise the
 * pool's index (which questions the course still has) and then only the banks of due questions. */
(function (root) {
  "use strict";
  const T = (root.TACourse = root.TACourse || {});
  const S = T.strings;

  function setupReview(rootEl, info) {
    const { store, queue, ui, practice } = T;
    const shared = T.quiz;
    const { el, add, button } = ui;
    const loaded = store.load();
    practice.notices(rootEl, loaded, store);
    const h = practice.heading(2, S.dueHeading);
    const view = practice.section(h);
    const summary = el("p", "ta-review__summary");
    add(rootEl, view);
    const announce = ui.announcer(rootEl);
    let known = null; // the ids the course has (the pool's index), once a queue needs them
    let due = [];
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
    const now = Date.now();
    // Nothing waiting at all (a first visit): no pool to load.
    if (!queue.due(loaded.data, now).length && !queue.next(loaded.data, now)) return describe();

    const list = el("div", "ta-review__list ta-quiz--js");
    const box = T.pool.statusBox();
    add(view, box, list);
    const pool = T.pool.forPage(rootEl, info);
    const task = () =>
      pool.index().then((index) => {
        known = new Set(index.byId.keys());
        due = queue.due(store.load().data, now, known);
        return pool.fieldsets(due);
      });
    T.pool.whileLoading(box, list, task).then(show);

    function show(found) {
      due.forEach((id, i) => {
        const q = shared.questionParts(document.importNode(found.get(id), true));
        practice.renumber(q, i + 1);
        q.check = button(S.check, () => check(q), "ta-btn--primary");
        q.el.insertBefore(add(el("div", "ta-q__actions"), q.check), q.details);
        q.el.insertBefore(q.status, q.details);
        list.appendChild(q.el);
        shared.clearResult(q);
      });
      describe();
    }

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
      // The summary above may wrap to more lines; the chosen answer stays where the reader saw it.
      ui.keepInPlace(q.items[chosen[0]], describe);
      announce(shared.resultText(q, chosen, correct) + " " + next);
      ui.keepInPlace(q.items[chosen[0]], () => ui.focusHere(verdict));
    }
  }

  if (T.practice) T.practice.start("review", setupReview);
})(typeof window !== "undefined" ? window : globalThis);
