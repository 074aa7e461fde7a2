/* What the three practice pages share (TACourse.practice): the page's data island, headings and
 * sections, the study target control, dates, and start(kind, setup), which runs a page's setup on
 * its `.ta-practice[data-practice=kind]` root once the page is ready. scripts/practice_pages.py
 * renders the roots; exam.js, review.js and progress.js each register one page. Loaded after the
 * quiz scripts (strings, ui, store, queue, quiz), on the practice pages only.
 * A classic script: the offline copy runs from file://. Time comes from Date.now and timers, so a
 * test can drive the clock. */
(function (root) {
  "use strict";
  const T = (root.TACourse = root.TACourse || {});
  const { strings: S, ui } = T;

  const percent = (right, total) => (total ? Math.round((100 * right) / total) : 0);

  function readData(rootEl) {
    try {
      // An inert <template> (quizkit/island.py): its text is in .content.
      return JSON.parse(rootEl.querySelector("template.ta-practice__data").content.textContent);
    } catch (e) {
      return { lessons: [], topics: [], course: "" };
    }
  }
  function heading(level, text) {
    const h = ui.el("h" + level, "ta-practice__heading", text);
    h.id = ui.nextId("ta-h");
    h.tabIndex = -1; // focus lands here when the view changes
    return h;
  }
  function section(h) {
    const s = ui.el("section", "ta-practice__view");
    s.setAttribute("aria-labelledby", h.id);
    return ui.add(s, h);
  }
  const date = (ms, long) => S.date(ms, long); // in the catalogue's locale (strings.js)
  function renumber(q, n) {
    q.number = String(n);
    q.el.querySelector(".ta-q__number").textContent = S.questionNumber(n);
  }
  // A page's notice about storage, and the alert when a later save fails.
  function notices(rootEl, loaded, store) {
    if (loaded.notice) ui.notice(loaded.notice, rootEl);
    ui.watchSaves(store, rootEl);
  }

  // The learner's own study target, kept in the store; every control on the page shows the same one.
  function targetControl(store, queue, onChange) {
    const id = ui.nextId("ta-target");
    const input = ui.el("input");
    Object.assign(input, { type: "number", id, name: id, min: "1", max: "100", step: "1" });
    input.value = String(queue.practice(store.load().data).target);
    const hint = ui.el("span", "ta-target__hint", S.targetHint);
    hint.id = id + "-hint";
    input.setAttribute("aria-describedby", hint.id);
    const lab = ui.el("label", null, S.targetLabel);
    lab.htmlFor = id;
    input.addEventListener("change", () => {
      let value = Math.round(Number(input.value));
      if (!(value >= 1 && value <= 100)) value = queue.practice(store.load().data).target;
      input.value = String(value);
      store.update((data) => {
        queue.practice(data).target = value;
      });
      if (onChange) onChange(value);
    });
    return ui.add(ui.el("p", "ta-target"), lab, " ", input, " ", hint);
  }

  function start(kind, setup) {
    if (!root.document || !T.store || !T.quiz || !T.queue) return;
    const init = () => {
      document.querySelectorAll(`.ta-practice[data-practice="${kind}"]`).forEach((rootEl) => {
        if (rootEl.getAttribute("data-ready")) return;
        rootEl.setAttribute("data-ready", "true");
        rootEl.classList.add("ta-practice--js");
        setup(rootEl, readData(rootEl));
      });
    };
    // In a task of its own, not in the one where the theme sets the page up (see quiz.js).
    if (root.document$ && typeof root.document$.subscribe === "function") root.document$.subscribe(() => setTimeout(init));
    else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
    else init();
  }

  T.practice = { percent, readData, heading, section, date, renumber, notices, targetControl, start };
  if (typeof module !== "undefined") module.exports = T.practice;
})(typeof window !== "undefined" ? window : globalThis);
