/* The review queue, the practice record and the exam in progress: three sections of the one store
 * (see store.js), validated on every read with store.js's validators. Loaded after store.js on
 * every quiz page, so a wrong Check in any lesson quiz puts the question in the queue (quiz.js calls
 * store.recordAnswer), and on the practice pages.
 *
 * Schema version stays 1: the sections are optional additions, so older data is still valid.
 *   "review": { "<question id>": { "step": 0 | 1 | 2 | 3, "due": ms | null } }
 *       steps 0, 1, 2 wait 1, 3, 7 days; due is local midnight that many days after the question
 *       was missed or last answered right in review; step 3 is mastered (due null), out of the
 *       queue until the question is missed again. One simple schedule is enough: expanding and
 *       uniform spacing did not differ (Latimier, Peyre & Ramus 2021).
 *   "practice": {
 *       "target": 70,                      // the learner's own study target, percent, 1 to 100
 *       "best": { "<bank>": 12 },          // most questions right at once in that lesson quiz
 *       "exams": [ { "at": ms, "total": 20, "correct": 14, "timed": false } ]  // newest last, 20 kept
 *   }
 *   "exam": {                              // the practice exam in progress, saved as it goes
 *       "ids": ["<id>", ...], "answers": { "<id>": [1] }, "flags": ["<id>"], "pos": 0,
 *       "timed": true, "left": ms | null, "retry": false, "at": ms
 *   }
 * API: store.recordAnswer(data, id, correct, now, {review, quiz}); TACourse.queue.{due, next, ...}.
 */
(function (root) {
  "use strict";
  const T = (root.TACourse = root.TACourse || {});
  const DAYS = [1, 3, 7];
  const MASTERED = DAYS.length;
  const KEEP_EXAMS = 20;
  const TARGET = 70;

  // Local midnight `days` after `now`: "due today" means due by the calendar, not by the hour.
  function dayStart(now, days) {
    const d = new Date(now);
    d.setHours(0, 0, 0, 0);
    d.setDate(d.getDate() + days);
    return d.getTime();
  }

  function register(store) {
    const { dict, isObject, isTime, isCount, isId, safeKey, entries } = store.valid;
    const drop = (report) => {
      if (report) report.dropped = true;
    };
    function reviewEntry(v) {
      if (!isObject(v) || !isCount(v.step) || v.step > MASTERED) return;
      if (v.step === MASTERED ? v.due !== null : !isTime(v.due)) return;
      return { step: v.step, due: v.due };
    }
    function exam(v) {
      if (!isObject(v) || !isTime(v.at) || !isCount(v.total) || !isCount(v.correct)) return;
      if (v.correct > v.total || typeof v.timed !== "boolean") return;
      return { at: v.at, total: v.total, correct: v.correct, timed: v.timed };
    }
    const ids = (list) => Array.isArray(list) && list.every(isId);

    store.sections.review = (value, report) => {
      if (isObject(value)) return entries(value, reviewEntry, report);
    };
    store.sections.practice = (value, report) => {
      if (!isObject(value)) return;
      const out = { target: TARGET, best: dict(), exams: [] };
      if (isCount(value.target) && value.target >= 1 && value.target <= 100) out.target = value.target;
      else if (value.target !== undefined) drop(report);
      if (value.best !== undefined) out.best = entries(value.best, (n) => (isCount(n) ? n : undefined), report, safeKey);
      if (Array.isArray(value.exams)) {
        for (const e of value.exams) {
          const clean = exam(e);
          if (clean) out.exams.push(clean);
          else drop(report);
        }
      } else if (value.exams !== undefined) drop(report);
      return out;
    };
    // An exam in progress is one piece: if any part is wrong, the whole draft goes.
    store.sections.exam = (v) => {
      if (!isObject(v) || !ids(v.ids) || !v.ids.length || new Set(v.ids).size !== v.ids.length) return;
      if (!ids(v.flags) || !isObject(v.answers) || !isCount(v.pos) || v.pos >= v.ids.length) return;
      if (typeof v.timed !== "boolean" || typeof v.retry !== "boolean" || !isTime(v.at)) return;
      if (v.timed ? !(isTime(v.left) && v.left > 0) : v.left !== null) return;
      const report = { dropped: false };
      const answers = entries(v.answers, (a) => (Array.isArray(a) && a.every(isCount) ? a.slice() : undefined), report);
      if (report.dropped || !Object.keys(answers).every((id) => v.ids.includes(id))) return;
      if (!v.flags.every((id) => v.ids.includes(id))) return;
      return { ids: v.ids.slice(), answers, flags: v.flags.slice(), pos: v.pos, timed: v.timed, left: v.left, retry: v.retry, at: v.at };
    };
  }

  function practiceOf(data) {
    if (!data.practice || typeof data.practice !== "object") data.practice = { target: TARGET, best: Object.create(null), exams: [] };
    return data.practice;
  }
  function reviewOf(data) {
    if (!data.review || typeof data.review !== "object") data.review = Object.create(null);
    return data.review;
  }
  const own = (obj, k) => Object.prototype.hasOwnProperty.call(obj, k);

  // A wrong answer anywhere (re)starts the question's spacing. A right one moves it up a step only
  // in review, when it is due: answering early in a lesson quiz would skip the spacing.
  // `how.quiz`: the answer came from that lesson quiz, whose best score may have risen.
  function recordAnswer(data, id, correct, now, how = {}) {
    const queue = reviewOf(data);
    const entry = own(queue, id) ? queue[id] : undefined;
    if (!correct) queue[id] = { step: 0, due: dayStart(now, DAYS[0]) };
    else if (how.review && entry && entry.step < MASTERED && entry.due <= now) {
      const step = entry.step + 1;
      queue[id] = { step, due: step === MASTERED ? null : dayStart(now, DAYS[step]) };
    }
    if (how.quiz) {
      const right = Object.keys(data.questions).filter((k) => {
        const rec = data.questions[k];
        return rec.quiz === how.quiz && rec.correct === true;
      }).length;
      const best = practiceOf(data).best;
      best[how.quiz] = Math.max(own(best, how.quiz) ? best[how.quiz] : 0, right);
    }
    return own(queue, id) ? queue[id] : undefined;
  }

  function recordExam(data, result) {
    const exams = practiceOf(data).exams;
    exams.push(result);
    exams.splice(0, Math.max(0, exams.length - KEEP_EXAMS));
  }

  // Ids due by `now`, oldest first; `known` (a Set), when given, leaves out ids this course lacks.
  function due(data, now, known) {
    const queue = data.review || {};
    return Object.keys(queue)
      .filter((id) => (!known || known.has(id)) && queue[id].step < MASTERED && queue[id].due <= now)
      .sort((a, b) => queue[a].due - queue[b].due || (a < b ? -1 : 1));
  }
  // The next time something comes due after `now`, with how many then; null when nothing waits.
  function next(data, now, known) {
    const queue = data.review || {};
    const waiting = Object.keys(queue).filter((id) => (!known || known.has(id)) && queue[id].step < MASTERED && queue[id].due > now);
    if (!waiting.length) return null;
    const soonest = Math.min(...waiting.map((id) => queue[id].due));
    return { due: soonest, count: waiting.filter((id) => queue[id].due === soonest).length };
  }

  const queue = { DAYS, MASTERED, TARGET, dayStart, due, next, practice: practiceOf, recordAnswer, recordExam, register };
  if (T.store) {
    register(T.store);
    T.store.recordAnswer = recordAnswer;
  }
  T.queue = queue;
  if (typeof module !== "undefined") module.exports = queue;
})(typeof window !== "undefined" ? window : globalThis);
