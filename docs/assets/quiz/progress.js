/* The progress page: a table by lesson, the practice exam history, export, import (checked by
 * transfer.js, confirmed before it replaces or merges anything, its save checked) and reset.
 * Which questions each lesson has comes from the pool's index (pool.js), not from the page: the
 * page stays the same size however many questions the course has. The whole view waits for the
 * index (a failed load says so, with Try again; nothing saved is touched until the view is there). */
(function (root) {
  "use strict";
  const T = (root.TACourse = root.TACourse || {});
  const S = T.strings;

  // The pool's questions ({id, lesson}, in pool order) as lesson path -> their ids.
  function byLesson(questions) {
    const lessons = new Map();
    questions.forEach((q) => {
      if (!lessons.has(q.lesson)) lessons.set(q.lesson, []);
      lessons.get(q.lesson).push(q.id);
    });
    return lessons;
  }

  function setupProgress(rootEl, info) {
    const { store, practice, ui } = T;
    practice.notices(rootEl, store.load(), store);
    const box = T.pool.statusBox();
    const view = ui.el("div");
    ui.add(rootEl, box, view);
    const pool = T.pool.forPage(rootEl, info);
    T.pool.whileLoading(box, view, pool.index).then((index) => showProgress(view, info, byLesson(index.questions)));
  }

  // The view in `rootEl`; `ids` is lesson path -> the ids of its questions.
  function showProgress(rootEl, info, ids) {
    const { store, queue, ui, practice, transfer } = T;
    const { el, add, button } = ui;
    const lessons = info.lessons.map((lesson) => ({ ...lesson, questions: ids.get(lesson.path) || [] }));
    const known = new Set([...ids.values()].flat());
    const tableBox = el("div");
    const examsBox = el("div");
    const status = el("p", "ta-progress__status");
    status.setAttribute("role", "status");
    add(rootEl, tableBox, examsBox);

    function render() {
      const data = store.load().data;
      const now = Date.now();
      const review = data.review || Object.create(null);
      const entry = (id) => (Object.prototype.hasOwnProperty.call(review, id) ? review[id] : null);
      const prac = queue.practice(data);
      tableBox.textContent = "";
      // Explicit roles: on a phone practice.css lays the rows out as blocks, which would otherwise
      // cost the table its semantics in some browsers.
      const withRole = (node, role) => (node.setAttribute("role", role), node);
      const table = add(withRole(el("table", "ta-progress__table"), "table"), el("caption", null, S.progressCaption));
      const head = withRole(el("tr"), "row");
      S.progressColumns.forEach((text) => {
        const th = withRole(el("th", null, text), "columnheader");
        th.scope = "col";
        head.appendChild(th);
      });
      const cell = (i, text) => {
        const td = withRole(el("td", null, text), "cell");
        td.setAttribute("data-label", S.progressColumns[i]);
        return td;
      };
      const body = withRole(el("tbody"), "rowgroup");
      lessons.forEach((lesson) => {
        const recs = Object.values(data.questions).filter((r) => lesson.quiz && r.quiz === lesson.quiz);
        const mastered = lesson.questions.filter((id) => entry(id) && entry(id).step === queue.MASTERED).length;
        const dueNow = lesson.questions.filter((id) => entry(id) && entry(id).step < queue.MASTERED && entry(id).due <= now).length;
        const best = lesson.quiz && Object.prototype.hasOwnProperty.call(prac.best, lesson.quiz) ? prac.best[lesson.quiz] : null;
        const th = withRole(el("th"), "rowheader");
        th.scope = "row";
        if (lesson.url) {
          const a = el("a", null, lesson.title);
          a.href = lesson.url;
          th.appendChild(a);
        } else th.textContent = lesson.title;
        add(body, add(withRole(el("tr"), "row"), th,
          cell(1, best === null ? S.notYet : S.rightOf(best, lesson.quizTotal)),
          cell(2, lastAttempt(recs)),
          cell(3, S.rightOf(mastered, lesson.questions.length)),
          cell(4, String(dueNow))));
      });
      // Scrolls in its own box on a narrow screen; its lesson links keep it reachable by keyboard.
      add(tableBox, practice.heading(2, S.byLessonHeading), add(el("div", "ta-scroll"), add(table, add(withRole(el("thead"), "rowgroup"), head), body)));
      const ids = Object.keys(review).filter((id) => known.has(id));
      const waiting = ids.filter((id) => review[id].step < queue.MASTERED).length;
      const dueAll = queue.due(data, now, known).length;
      add(tableBox, el("p", null, S.queueLine(dueAll, waiting - dueAll, ids.length - waiting)));

      examsBox.textContent = "";
      add(examsBox, practice.heading(2, S.examsHeading), el("p", null, S.targetLine(prac.target)));
      const exams = prac.exams.slice().reverse().slice(0, 5);
      if (!exams.length) add(examsBox, el("p", null, S.noExam));
      else {
        const list = el("ul");
        exams.forEach((e) => add(list, el("li", null, S.examLine(practice.date(e.at), e.correct, e.total, practice.percent(e.correct, e.total), e.timed))));
        add(examsBox, list);
      }
    }
    function lastAttempt(recs) {
      const answered = recs.filter((r) => r.correct !== null);
      if (!answered.length) return S.notYet;
      const at = Math.max(...answered.map((r) => r.at));
      return S.lastAttempt(practice.date(at), answered.filter((r) => r.correct).length, answered.length);
    }

    // Export, import, reset
    const keep = practice.section(practice.heading(2, S.keepHeading));
    const file = el("input");
    Object.assign(file, { type: "file", id: ui.nextId("ta-import"), accept: ".json,application/json" });
    const fileLabel = el("label", null, S.importLabel);
    fileLabel.htmlFor = file.id;
    add(keep, el("p", null, S.keepBody), add(el("p"), button(S.exportButton, exportProgress)), add(el("p", "ta-progress__import"), fileLabel, " ", file));

    let pending = null; // {name, data, leftOut} while the import confirmation is open
    const importDialog = ui.confirmDialog(keep, {
      title: S.importTitle,
      actions: [
        { label: S.replace, action: () => finishImport((d) => d), kind: "ta-btn--danger" },
        { label: S.merge, action: () => finishImport((d) => transfer.merge(store.load().data, d), true) },
      ],
      onCancel: () => {
        status.textContent = S.importCancelled(pending.name);
        pending = null;
      },
    });
    function finishImport(combine, merged) {
      const { name, data, leftOut } = pending;
      pending = null;
      if (!store.save(combine(data))) {
        status.textContent = S.importRefused.unsaved(name);
        return;
      }
      render();
      status.textContent = (merged ? S.merged(name) : S.imported(name)) + (leftOut ? S.importLeftOut(leftOut) : "");
    }
    file.addEventListener("change", () => {
      const chosen = file.files && file.files[0];
      if (!chosen) return;
      file.value = "";
      const refuse = (reason) => {
        status.textContent = S.importRefused[reason](chosen.name, transfer.MAX_BYTES);
      };
      if (chosen.size > transfer.MAX_BYTES) return refuse("size"); // before reading a byte of it
      chosen.text().then((text) => {
        const result = transfer.checkImport(text, { store, course: info.course, ids: known, size: chosen.size });
        if (!result.ok) return refuse(result.reason);
        pending = { name: chosen.name, data: result.data, leftOut: result.leftOut };
        const here = transfer.holdings(store.load().data, queue.MASTERED);
        if (transfer.isEmpty(here)) return finishImport((d) => d); // nothing to replace: no question to ask
        const there = transfer.holdings(result.data, queue.MASTERED);
        const words = (h) => S.holdings(h.answers, h.queued, h.exams);
        importDialog.open(file, [S.importHolds(words(here)), S.fileHolds(words(there)), S.importChoice]);
      }, () => refuse("damaged")); // the file could not be read at all
    });

    const reset = practice.section(practice.heading(2, S.startOverHeading));
    const resetDialog = ui.confirmDialog(reset, {
      title: S.resetAllTitle,
      body: [S.resetAllBody],
      actions: [
        {
          label: S.resetAllConfirm,
          action: () => {
            const saved = store.save(store.empty());
            render();
            if (saved) status.textContent = S.resetAllDone;
          },
          kind: "ta-btn--danger",
        },
      ],
    });
    const resetOpen = button(S.resetAllOpen, () => resetDialog.open(resetOpen));
    reset.insertBefore(add(el("p"), resetOpen), resetDialog.dialog);
    add(rootEl, keep, reset, status);
    render();

    function exportProgress() {
      const now = Date.now();
      const name = "course-progress-" + new Date(now).toISOString().slice(0, 10) + ".json";
      const payload = transfer.exportFile(store.load().data, info.course, now);
      const url = URL.createObjectURL(new Blob([JSON.stringify(payload, null, 2)], { type: "application/json" }));
      const a = el("a");
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      document.body.removeChild(a);
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      status.textContent = S.exported(name);
    }
  }

  T.progress = { byLesson };
  if (typeof module !== "undefined") module.exports = T.progress;
  if (T.practice) T.practice.start("progress", setupProgress);
})(typeof window !== "undefined" ? window : globalThis);
