/* The review queue and the practice record: two sections of the one store (see store.js), validated
 * on every read. Loaded after store.js on every quiz page, so a wrong Check in any lesson quiz puts
 * the question in the queue (quiz.js calls store.recordAnswer), and on the practice pages.
 *
 * Schema version stays 1: both sections are optional additions, so older data is still valid.
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
 * API: store.recordAnswer(data, id, correct, now, {review, quiz}); TACourse.queue.{due, next, ...}.
 */
(function () {
  "use strict";
  var store = window.TACourse && window.TACourse.store;
  if (!store) return;
  var DAYS = [1, 3, 7];
  var MASTERED = DAYS.length;
  var KEEP_EXAMS = 20;
  var TARGET = 70;

  function isObject(v) {
    return v !== null && typeof v === "object" && !Array.isArray(v);
  }
  function isCount(v) {
    return typeof v === "number" && v >= 0 && Math.floor(v) === v;
  }
  function isTime(v) {
    return typeof v === "number" && isFinite(v);
  }
  function drop(report) {
    if (report) report.dropped = true;
  }
  // Local midnight `days` after `now`: "due today" means due by the calendar, not by the hour.
  function dayStart(now, days) {
    var d = new Date(now);
    d.setHours(0, 0, 0, 0);
    d.setDate(d.getDate() + days);
    return d.getTime();
  }

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
  // Bad entries are dropped one by one (and reported, so the page can say so); the rest is kept.
  function entries(value, check, report) {
    var out = {};
    Object.keys(isObject(value) ? value : {}).forEach(function (k) {
      var clean = check(value[k]);
      if (clean === undefined) drop(report);
      else out[k] = clean;
    });
    if (!isObject(value)) drop(report);
    return out;
  }
  store.sections.review = function (value, report) {
    if (isObject(value)) return entries(value, reviewEntry, report);
  };
  store.sections.practice = function (value, report) {
    if (!isObject(value)) return;
    var out = { target: TARGET, best: {}, exams: [] };
    if (isCount(value.target) && value.target >= 1 && value.target <= 100) out.target = value.target;
    else if (value.target !== undefined) drop(report);
    if (value.best !== undefined) {
      out.best = entries(value.best, function (n) {
        return isCount(n) ? n : undefined;
      }, report);
    }
    if (Array.isArray(value.exams)) {
      value.exams.forEach(function (e) {
        var clean = exam(e);
        if (clean) out.exams.push(clean);
        else drop(report);
      });
    } else if (value.exams !== undefined) drop(report);
    return out;
  };

  function practiceOf(data) {
    if (!isObject(data.practice)) data.practice = { target: TARGET, best: {}, exams: [] };
    return data.practice;
  }

  // A wrong answer anywhere (re)starts the question's spacing. A right one moves it up a step only
  // in review, when it is due: answering early in a lesson quiz would skip the spacing.
  // `how.quiz`: the answer came from that lesson quiz, whose best score may have risen.
  function recordAnswer(data, id, correct, now, how) {
    how = how || {};
    var queue = isObject(data.review) ? data.review : (data.review = {});
    var entry = queue[id];
    if (!correct) queue[id] = { step: 0, due: dayStart(now, DAYS[0]) };
    else if (how.review && entry && entry.step < MASTERED && entry.due <= now) {
      var step = entry.step + 1;
      queue[id] = { step: step, due: step === MASTERED ? null : dayStart(now, DAYS[step]) };
    }
    if (how.quiz) {
      var right = Object.keys(data.questions).filter(function (k) {
        var rec = data.questions[k];
        return rec.quiz === how.quiz && rec.correct === true;
      }).length;
      var best = practiceOf(data).best;
      best[how.quiz] = Math.max(best[how.quiz] || 0, right);
    }
    return queue[id];
  }

  function recordExam(data, result) {
    var exams = practiceOf(data).exams;
    exams.push(result);
    exams.splice(0, Math.max(0, exams.length - KEEP_EXAMS));
  }

  // Ids due by `now`, oldest first.
  function due(data, now) {
    var queue = data.review || {};
    return Object.keys(queue)
      .filter(function (id) {
        return queue[id].step < MASTERED && queue[id].due <= now;
      })
      .sort(function (a, b) {
        return queue[a].due - queue[b].due || (a < b ? -1 : 1);
      });
  }
  // The next time something comes due after `now`, with how many then; null when nothing waits.
  function next(data, now) {
    var queue = data.review || {};
    var soonest = null;
    Object.keys(queue).forEach(function (id) {
      var e = queue[id];
      if (e.step < MASTERED && e.due > now && (soonest === null || e.due < soonest)) soonest = e.due;
    });
    if (soonest === null) return null;
    var count = Object.keys(queue).filter(function (id) {
      return queue[id].due === soonest;
    }).length;
    return { due: soonest, count: count };
  }

  store.recordAnswer = recordAnswer;
  window.TACourse.queue = {
    DAYS: DAYS,
    MASTERED: MASTERED,
    TARGET: TARGET,
    dayStart: dayStart,
    due: due,
    next: next,
    practice: practiceOf,
    recordExam: recordExam,
  };
})();
