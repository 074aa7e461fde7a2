/* The practice exam page: set up, one question at a time with flags and an optional timer, a check
 * before submitting, then results by topic and by lesson and every question with its feedback.
 * The exam in progress is saved as it goes (store section "exam", see queue.js), so a reload, a
 * tab the phone discarded or a link followed by mistake can resume it; leaving mid-exam asks first.
 * Questions are rendered <fieldset>s from the pool (pool.js): the draw needs only the pool's index,
 * then the banks of the drawn questions are loaded (a resumed exam loads its saved questions').
 * draw() and rowNote() are plain functions, tested under Node (tests/js/exam.test.js). */
(function (root) {
  "use strict";
  const T = (root.TACourse = root.TACourse || {});
  const S = T.strings;
  const MINUTE = 60000;
  const MIN_ROW = 5; // fewer questions than this in a results row are too few to judge
  const SAVE_EVERY = 5000; // the timer's remaining time is saved this often (and when the page hides)

  function shuffled(list, random) {
    return T.ui.shuffled(list, random);
  }
  function groupBy(list, key) {
    const groups = new Map();
    list.forEach((item) => {
      if (!groups.has(item[key])) groups.set(item[key], []);
      groups.get(item[key]).push(item);
    });
    return groups;
  }
  // Stratified draw: each lesson gets a share of the length in proportion to its questions (largest
  // remainders first), and within a lesson the topics take turns, so no lesson or topic crowds out.
  function draw(all, length, random = Math.random) {
    if (length >= all.length) return shuffled(all, random);
    const lessons = groupBy(all, "lesson");
    const names = shuffled([...lessons.keys()], random);
    const exact = (name) => (length * lessons.get(name).length) / all.length;
    const quota = new Map(names.map((name) => [name, Math.floor(exact(name))]));
    const given = [...quota.values()].reduce((a, b) => a + b, 0);
    names
      .slice()
      .sort((a, b) => exact(b) - quota.get(b) - (exact(a) - quota.get(a)))
      .slice(0, length - given)
      .forEach((name) => quota.set(name, quota.get(name) + 1));
    const picked = [];
    for (const name of names) {
      const topics = groupBy(shuffled(lessons.get(name), random), "topic");
      const order = shuffled([...topics.keys()], random);
      for (let taken = 0, round = 0; taken < quota.get(name); round++) {
        for (const topic of order) {
          if (taken < quota.get(name) && topics.get(topic)[round]) {
            picked.push(topics.get(topic)[round]);
            taken++;
          }
        }
      }
    }
    return shuffled(picked, random);
  }
  // What a results row says beside its share: "few" (too few questions to judge), "below" target, "".
  function rowNote(right, total, target) {
    if (total < MIN_ROW) return "few";
    return T.practice.percent(right, total) < target ? "below" : "";
  }
  function clock(ms) {
    const s = Math.max(0, Math.ceil(ms / 1000));
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }
  const spoken = (ms) => S.minutes(Math.max(1, Math.round(ms / MINUTE)));

  // The exam's countdown. The deadline is a time, not a count of ticks, so a slow, paused or sleeping
  // tab stays honest. `total` is the whole exam's time (it places the spoken marks), `left` what is
  // left now (less than total when an exam resumes). Every second it calls onTick(left, paused);
  // when it crosses a mark (half time, 5 minutes, 1 minute) it calls onMark(text) once, only the
  // latest after a long pause or sleep; at zero it stops and calls onEnd(). Clock: Date.now, setInterval.
  function countdown(total, left, { onTick, onMark, onEnd }) {
    let marks = [
      [total / 2, S.halfTime(spoken(total / 2))],
      [5 * MINUTE, S.fiveMinutes],
      [MINUTE, S.oneMinute],
    ].filter((m) => m[0] < total && m[0] < left);
    let end = Date.now() + left;
    let paused = false;
    let handle = null;
    let ended = false; // onEnd runs once, even if a queued tick still arrives
    const remaining = () => (paused ? left : end - Date.now());
    function tick() {
      if (ended) return;
      const now = remaining();
      onTick(now, paused);
      const due = marks.filter((m) => now <= m[0]);
      if (due.length) {
        marks = marks.filter((m) => now > m[0]);
        if (now > 0) onMark(due[due.length - 1][1]);
      }
      if (now <= 0) {
        ended = true;
        stop();
        onEnd();
      }
    }
    const run = () => (handle = setInterval(tick, 1000));
    function stop() {
      clearInterval(handle);
      handle = null;
    }
    // Pauses or resumes; returns whether it is paused now.
    function toggle() {
      if (paused) {
        end = Date.now() + left;
        paused = false;
        run();
      } else {
        left = remaining();
        paused = true;
        stop();
      }
      tick();
      return paused;
    }
    tick();
    if (remaining() > 0) run();
    return { remaining, toggle, stop, isPaused: () => paused };
  }

  // Results rows: right and total per value of q[key] ("topic" or "lesson"), in `order` first, then
  // any value `order` lacks; `name` labels a row.
  function tally(graded, key, order, name) {
    const rows = new Map();
    graded.forEach((g) => {
      if (!rows.has(g.q[key])) rows.set(g.q[key], { right: 0, total: 0 });
      const row = rows.get(g.q[key]);
      row.total += 1;
      if (g.correct) row.right += 1;
    });
    const keys = order.filter((k) => rows.has(k));
    rows.forEach((_, k) => {
      if (!keys.includes(k)) keys.push(k);
    });
    return keys.map((k) => ({ name: name(k), ...rows.get(k) }));
  }
  // A topic's label from course.yml (the page's data), else its id with a capital.
  const topicLabeller = (labels) => (id) =>
    (labels && Object.hasOwn(labels, id) && labels[id]) || id.charAt(0).toUpperCase() + id.slice(1);

  // Every question with its verdict and feedback. It is long (a screen or more per question on a
  // phone), so when some were right a checkbox keeps only the missed ones.
  function answerReview(graded, missedCount) {
    const { el, add, nextId } = T.ui;
    const review = add(el("div", "ta-exam__review ta-quiz--js"), el("h3", null, S.reviewHeading));
    const only = el("input");
    Object.assign(only, { type: "checkbox", id: nextId("ta-missed-only") });
    const onlyLabel = el("label", null, S.missedOnly);
    onlyLabel.htmlFor = only.id;
    only.addEventListener("change", () => graded.forEach((g) => (g.q.el.hidden = only.checked && g.correct)));
    if (missedCount && missedCount < graded.length) add(review, add(el("p", "ta-exam__filter"), only, " ", onlyLabel));
    graded.forEach((g) => {
      g.q.el.hidden = false;
      T.quiz.showResult(g.q, g.chosen, g.correct);
      if (!g.chosen.length) g.q.status.querySelector(".ta-q__verdict .ta-mark").lastChild.textContent = S.notAnswered;
      if (g.flagged) g.q.status.insertBefore(el("p", "ta-exam__flagged", S.youFlagged), g.q.status.firstChild);
      review.appendChild(g.q.el);
    });
    return review;
  }

  // A table that is itself the chart: each row has the numbers in words and a bar drawn beside them
  // (the bar is decoration for sighted readers; its width is set through the CSSOM, which the CSP allows).
  function chart(caption, what, rows, target) {
    const { el, add } = T.ui;
    const table = add(el("table", "ta-chart"), el("caption", null, caption));
    const head = el("tr");
    [what, S.correct, S.shareCorrect].forEach((text) => {
      const th = el("th", null, text);
      th.scope = "col";
      head.appendChild(th);
    });
    add(table, add(el("thead"), head));
    const body = el("tbody");
    rows.forEach((row) => {
      const p = T.practice.percent(row.right, row.total);
      const th = el("th", null, row.name);
      th.scope = "row";
      const bar = el("span", "ta-chart__bar");
      bar.setAttribute("aria-hidden", "true");
      const fill = el("span", "ta-chart__fill");
      fill.style.width = p + "%";
      const line = el("span", "ta-chart__target");
      line.style.left = target + "%";
      add(bar, fill, line);
      const cell = add(el("td", "ta-chart__cell"), el("span", "ta-chart__value", S.percent(p)));
      const note = rowNote(row.right, row.total, target);
      if (note) add(cell, el("span", "ta-chart__below", note === "few" ? S.tooFew : S.belowTarget));
      add(cell, bar);
      add(body, add(el("tr"), th, el("td", null, S.rightOf(row.right, row.total)), cell));
    });
    return add(table, body);
  }

  function setupExam(rootEl, info) {
    const { store, queue, ui, practice } = T;
    const shared = T.quiz;
    const { el, add, button } = ui;
    // The pool (pool.js) gives the index for the draw and the fieldsets of drawn questions, which
    // are made into questions once and move into the page (and out again for the next exam).
    const pool = T.pool.forPage(rootEl, info);
    const made = new Map(); // id -> question
    let placed = [];
    function questions(ids) {
      return pool.fieldsets(ids).then((found) =>
        ids.map((id) => {
          if (!made.has(id)) {
            const q = shared.questionParts(found.get(id));
            q.el.insertBefore(q.status, q.details);
            made.set(id, q);
          }
          return made.get(id);
        }),
      );
    }
    // Loads with a visible, announced state and a Try again on failure; one load at a time.
    const poolBox = T.pool.statusBox();
    let loading = false;
    function load(task, then) {
      if (loading) return;
      loading = true;
      T.pool.whileLoading(poolBox, stage, task).then((value) => {
        loading = false;
        then(value);
      });
    }
    const titles = new Map(info.lessons.map((l) => [l.path, l.title]));
    const loaded = store.load();
    let exam = null; // {qs, pos, flags: Set of ids, timed, retry, timer, done}
    let lastSave = 0;
    practice.notices(rootEl, loaded, store);

    // Resume view: an exam in progress was saved
    const resumeH = practice.heading(2, S.resumeHeading);
    const resumeBox = practice.section(resumeH);
    const resumeText = el("p");
    add(resumeBox, resumeText, button(S.resume, () => resumeSaved(), "ta-btn--primary"), " ",
      button(S.discard, () => {
        store.update((data) => delete data.exam);
        view(setup, setupH);
        announce(S.discarded);
      }));

    // Setup view
    const setupH = practice.heading(2, S.setupHeading);
    const setup = practice.section(setupH);
    const total = info.total || 0;
    const lengths = [20, 40].filter((n) => n < total).concat(total);
    const lengthSet = radios(S.lengthLegend, "ta-exam-length", lengths.map((n) => [String(n), S.lengthOption(n, n === total)]));
    const timerSet = radios(S.timerLegend, "ta-exam-timer", [["off", S.timerOff], ["on", S.timerOn]]);
    add(setup, lengthSet, timerSet, practice.targetControl(store, queue), button(S.start, () => {
      const n = Number(lengthSet.querySelector("input:checked").value);
      const timed = timerSet.querySelector("input:checked").value === "on";
      load(
        () => pool.index().then((index) => questions(draw(index.questions, n).map((q) => q.id))),
        (qs) => start(qs, timed, false),
      );
    }, "ta-btn--primary"));

    // Exam view: one question at a time
    const posH = practice.heading(2, "");
    const run = practice.section(posH);
    const progress = el("progress", "ta-exam__progress");
    progress.setAttribute("aria-labelledby", posH.id);
    const answered = el("p", "ta-exam__answered");
    const timerBox = el("p", "ta-exam__timer");
    const timerText = el("span", "ta-exam__clock");
    timerText.setAttribute("role", "timer");
    const pauseBtn = button(S.pauseTimer, togglePause);
    add(timerBox, timerText, " ", pauseBtn);
    const stage = el("div", "ta-exam__stage ta-quiz--js");
    const flagBtn = button(S.flag, () => {
      const q = exam.qs[exam.pos];
      if (exam.flags.has(q.id)) exam.flags.delete(q.id);
      else exam.flags.add(q.id);
      show(exam.pos, false);
      announce(exam.flags.has(q.id) ? S.flagged : S.unflagged);
    });
    const prevBtn = button(S.previous, () => show(exam.pos - 1, true));
    const nextBtn = button(S.next, () => show(exam.pos + 1, true));
    const finishBtn = button(S.reviewAndSubmit, confirmView, "ta-btn--primary");
    add(run, add(el("div", "ta-exam__status"), progress, answered), stage, add(el("div", "ta-exam__nav"), flagBtn, prevBtn, nextBtn, finishBtn));
    stage.addEventListener("change", () => {
      countAnswered();
      saveDraft();
    });

    // Confirmation view
    const confirmH = practice.heading(2, S.confirmHeading);
    const confirm = practice.section(confirmH);
    const confirmBody = el("div");
    add(confirm, confirmBody, button(S.backToExam, () => show(exam.pos, true)), button(S.submit, () => submit(false), "ta-btn--primary"));

    // Results view
    const resultsH = practice.heading(2, S.resultsHeading);
    const results = practice.section(resultsH);
    const resultsBody = el("div");
    add(results, resultsBody);

    const views = [resumeBox, setup, run, confirm, results];
    views.concat(timerBox).forEach((v) => (v.hidden = true));
    add(rootEl, resumeBox, setup, poolBox, timerBox, run, confirm, results); // the timer stays in sight while confirming
    const announce = ui.announcer(rootEl);

    // The exam in progress, saved as it goes; the saved copy is what a return to the page resumes.
    const inProgress = () => !!exam && !exam.done;
    function draft() {
      const answers = Object.create(null);
      exam.qs.forEach((q) => {
        const chosen = shared.chosenIndexes(q);
        if (chosen.length) answers[q.id] = chosen;
      });
      const left = exam.timed ? Math.max(1, timeLeft()) : null;
      return { ids: exam.qs.map((q) => q.id), answers, flags: [...exam.flags], pos: exam.pos, timed: exam.timed, left, retry: exam.retry, at: Date.now() };
    }
    function saveDraft() {
      if (!inProgress()) return;
      lastSave = Date.now();
      const d = draft();
      store.update((data) => {
        data.exam = d;
      });
    }
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "hidden") saveDraft();
    });
    root.addEventListener("pagehide", saveDraft);
    root.addEventListener("beforeunload", (event) => {
      if (!inProgress()) return;
      saveDraft();
      event.preventDefault(); // the browser asks before leaving; the exam is saved either way
      event.returnValue = S.leaveWarning;
    });

    function radios(legend, name, options) {
      const fs = add(el("fieldset", "ta-practice__choice"), el("legend", null, legend));
      options.forEach(([value, text], i) => {
        const input = el("input");
        Object.assign(input, { type: "radio", name, id: `${name}-${i}`, value, checked: i === 0 });
        const lab = el("label", null, text);
        lab.htmlFor = input.id;
        add(fs, add(el("div"), input, " ", lab));
      });
      return fs;
    }
    function view(which, focus) {
      views.forEach((v) => (v.hidden = v !== which));
      timerBox.hidden = !(exam && exam.timed && (which === run || which === confirm));
      if (focus) focus.focus();
    }

    function place(qs) {
      placed.forEach((q) => q.el.remove()); // out of an earlier exam's review
      placed = qs;
      qs.forEach((q, i) => {
        shared.clearResult(q); // unchecked, enabled, choices shuffled
        practice.renumber(q, i + 1);
        stage.appendChild(q.el);
      });
    }
    function start(qs, timed, retry) {
      place(qs);
      stopTimer();
      exam = { qs, pos: 0, flags: new Set(), timed, retry, timer: null, done: false };
      progress.max = qs.length;
      if (timed) startTimer(qs.length * MINUTE, qs.length * MINUTE);
      show(0, true);
      announce(S.started(qs.length, timed ? spoken(qs.length * MINUTE) : ""));
    }
    // The saved exam's questions are loaded first; the saved copy stays unless the course no
    // longer has them all (then it is set aside, as on arrival).
    const stillHas = (index, d) => d.ids.every((id) => index.byId.has(id));
    function resumeSaved() {
      const d = store.load().data.exam;
      if (!d) return;
      load(
        () => pool.index().then((index) => (stillHas(index, d) ? questions(d.ids) : null)),
        (qs) => {
          if (!store.load().data.exam) return; // discarded while loading
          if (qs) resume(d, qs);
          else setAside();
        },
      );
    }
    function setAside() {
      store.update((data) => delete data.exam);
      view(setup, null);
    }
    function resume(d, qs) {
      place(qs);
      stopTimer();
      exam = { qs, pos: d.pos, flags: new Set(d.flags), timed: d.timed, retry: d.retry, timer: null, done: false };
      qs.forEach((q) => {
        const chosen = d.answers[q.id] || [];
        if (chosen.every((i) => i < q.inputs.length)) chosen.forEach((i) => (q.inputs[i].checked = true));
      });
      progress.max = qs.length;
      if (d.timed) startTimer(qs.length * MINUTE, d.left);
      show(d.pos, true);
      announce(S.resumed(d.pos + 1, qs.length));
    }
    const isAnswered = (q) => shared.chosenIndexes(q).length > 0;
    function countAnswered() {
      answered.textContent = S.answeredCount(exam.qs.filter(isAnswered).length, exam.qs.length);
    }
    function show(pos, focus) {
      exam.pos = pos;
      const q = exam.qs[pos];
      exam.qs.forEach((other) => (other.el.hidden = other !== q));
      posH.textContent = S.position(pos + 1, exam.qs.length, exam.flags.has(q.id));
      progress.value = pos + 1;
      flagBtn.setAttribute("aria-pressed", exam.flags.has(q.id) ? "true" : "false");
      prevBtn.disabled = pos === 0;
      nextBtn.disabled = pos === exam.qs.length - 1;
      countAnswered();
      view(run, focus ? posH : null);
      saveDraft();
    }
    function jumpList(title, qs) {
      const list = el("ul");
      qs.forEach((q) => {
        const i = exam.qs.indexOf(q);
        add(list, add(el("li"), button(S.goTo(i + 1), () => show(i, true))));
      });
      return add(el("div", "ta-exam__jump"), el("h3", null, `${title} (${qs.length})`), list);
    }
    function confirmView() {
      const unanswered = exam.qs.filter((q) => !isAnswered(q));
      const flagged = exam.qs.filter((q) => exam.flags.has(q.id));
      confirmBody.textContent = "";
      add(confirmBody, el("p", null, unanswered.length ? S.unansweredWarning(unanswered.length) : S.allAnswered));
      if (unanswered.length) add(confirmBody, jumpList(S.unansweredList, unanswered));
      if (flagged.length) add(confirmBody, jumpList(S.flaggedList, flagged));
      view(confirm, confirmH);
    }

    function startTimer(total, left) {
      pauseBtn.textContent = S.pauseTimer;
      exam.timer = countdown(total, left, {
        onTick: (now, paused) => {
          timerText.textContent = S.timeLeft(clock(now), paused);
          // exam.timer is unset during the first tick, while countdown() is still starting.
          if (exam.timer && now > 0 && Date.now() - lastSave >= SAVE_EVERY) saveDraft();
        },
        onMark: announce,
        onEnd: () => submit(true),
      });
    }
    const timeLeft = () => exam.timer.remaining();
    function togglePause() {
      const paused = exam.timer.toggle();
      pauseBtn.textContent = paused ? S.resumeTimer : S.pauseTimer;
      announce((paused ? S.timerPaused : S.timerRunning)(clock(timeLeft())));
    }
    function stopTimer() {
      if (exam && exam.timer) exam.timer.stop();
    }

    function submit(timeUp) {
      stopTimer();
      exam.done = true;
      const now = Date.now();
      const graded = exam.qs.map((q) => {
        const chosen = shared.chosenIndexes(q);
        return { q, chosen, correct: chosen.length > 0 && shared.grade(q, chosen), flagged: exam.flags.has(q.id) };
      });
      const right = graded.filter((g) => g.correct).length;
      store.update((data) => {
        graded.forEach((g) => store.recordAnswer(data, g.q.id, g.correct, now));
        // A retry of missed questions is practice on a chosen few, not an exam: not in the history.
        if (!exam.retry) queue.recordExam(data, { at: now, total: graded.length, correct: right, timed: exam.timed });
        delete data.exam;
      });
      showResults(graded, timeUp);
      if (timeUp) announce(S.timeUpSpoken);
    }

    function showResults(graded, timeUp) {
      const right = graded.filter((g) => g.correct).length;
      const missed = graded.filter((g) => !g.correct);
      resultsH.textContent = exam.retry ? S.retryResultsHeading : S.resultsHeading;
      resultsBody.textContent = "";
      if (timeUp) {
        const up = el("p", "ta-quiz__notice", S.timeUpNote);
        up.setAttribute("role", "note");
        add(resultsBody, up);
      }
      const score = practice.percent(right, graded.length);
      add(resultsBody, el("p", "ta-exam__score", S.score100(right, graded.length, score)));
      if (exam.retry) add(resultsBody, el("p", null, S.retryNotRecorded));
      const summary = el("p");
      const charts = el("div");
      const tallies = [
        [S.byTopic, S.topic, tally(graded, "topic", info.topics, topicLabeller(info.topicLabels))],
        [S.byLesson, S.lesson, tally(graded, "lesson", info.lessons.map((l) => l.path), (k) => titles.get(k) || k)],
      ];
      const few = tallies.some(([, , rows]) => rows.some((r) => r.total < MIN_ROW));
      function drawTarget(target) {
        summary.textContent = S.targetSummary(target, score);
        charts.textContent = "";
        if (few) add(charts, el("p", "ta-chart__caution", S.fewCaution(MIN_ROW)));
        tallies.forEach(([caption, what, rows]) => add(charts, chart(caption, what, rows, target)));
      }
      add(resultsBody, summary, practice.targetControl(store, queue, drawTarget), charts);
      drawTarget(queue.practice(store.load().data).target);

      const review = answerReview(graded, missed.length);
      const actions = el("div", "ta-exam__nav");
      if (missed.length) {
        add(actions, button(S.retryMissedExam(missed.length), () => start(missed.map((g) => g.q), exam.timed, true), "ta-btn--primary"));
        add(resultsBody, el("p", null, S.missedToQueue));
      }
      add(actions, button(S.newExam, () => view(setup, setupH)));
      add(resultsBody, actions, review);
      view(results, resultsH);
    }

    // A saved exam is offered back at once; once the pool's index is in, one whose questions are
    // no longer all in the course is set aside. If the index cannot be loaded now, the exam stays
    // saved and offered: Resume tries again and says what failed.
    const saved = loaded.data.exam;
    if (saved) {
      const left = saved.timed ? clock(saved.left) : "";
      resumeText.textContent = S.resumeBody(saved.pos + 1, saved.ids.length, Object.keys(saved.answers).length, left);
      view(resumeBox, null);
      pool.index().then(
        (index) => {
          if (!exam && !loading && !stillHas(index, saved)) setAside();
        },
        () => {},
      );
    } else {
      view(setup, null);
    }
  }

  T.exam = { draw, rowNote, tally, clock, countdown, MIN_ROW };
  if (T.practice) T.practice.start("exam", setupExam);
  if (typeof module !== "undefined") module.exports = T.exam;
})(typeof window !== "undefined" ? window : globalThis);
