/* Course progress kept in this browser only: one localStorage key for the whole site.
 *
 * Key "ta-course:v1" holds one JSON object (schema version 1):
 *   {
 *     "version": 1,
 *     "questions": {                       // by question id (unique across all banks)
 *       "<id>": {
 *         "quiz": "01-what-is-the-alliance", // bank the question came from
 *         "attempts": 2,                   // times the learner pressed Check
 *         "wrong": 1,                      // how many of those were wrong
 *         "last": [1] | null,              // current answer as file-order choice indexes
 *                                          //   (data-index); null while being tried again
 *         "correct": true | null,          // grade of "last"; null while being tried again
 *         "at": 1767225600000              // time of the last Check, ms since 1970
 *       }
 *     },
 *     "quizzes": {                         // by bank name
 *       "<name>": { "missed": ["<id>", ...] | null }  // ids shown by "Retry missed", or null
 *     }
 *   }
 * Other top-level sections (an exam, a review queue...) are kept as they are unless a
 * validator is registered for them: TACourse.store.sections.<name> = function (value) {
 * return cleanedValue or undefined to drop it; it may set report.dropped = true when it drops a
 * part }. queue.js registers "review" and "practice" this way. Entries that fail validation are dropped
 * and load() reports it, so the page can say so; nothing here ever throws or logs.
 * Without usable localStorage (disabled, blocked, full) the data lives in memory for the
 * page and load() reports "unavailable".
 * API: load() -> {data, notice: ""|"dropped"|"unavailable"}; save(data) -> bool;
 *      update(fn) -> data (fresh load, fn(data) mutates it, then save); empty() -> data.
 */
(function () {
  "use strict";
  var KEY = "ta-course:v1";
  var memory = null; // used when localStorage cannot be
  var own = Object.prototype.hasOwnProperty;

  function isObject(v) {
    return v !== null && typeof v === "object" && !Array.isArray(v);
  }
  function isCount(v) {
    return typeof v === "number" && v >= 0 && Math.floor(v) === v;
  }
  function empty() {
    return { version: 1, questions: {}, quizzes: {} };
  }
  // Keep only the entries of an object that pass `check`; report whether any were dropped.
  function filterEntries(value, check, report) {
    var out = {};
    if (!isObject(value)) {
      report.dropped = true;
      return out;
    }
    Object.keys(value).forEach(function (k) {
      var clean = check(value[k]);
      if (clean === undefined) report.dropped = true;
      else out[k] = clean;
    });
    return out;
  }
  function question(v) {
    if (!isObject(v) || !isCount(v.attempts) || !isCount(v.wrong) || typeof v.at !== "number") return;
    if (typeof v.quiz !== "string") return;
    var last = v.last === null || (Array.isArray(v.last) && v.last.every(isCount));
    if (!last || (v.correct !== null && typeof v.correct !== "boolean")) return;
    return {
      quiz: v.quiz,
      attempts: v.attempts,
      wrong: v.wrong,
      last: v.last && v.last.slice(),
      correct: v.correct,
      at: v.at,
    };
  }
  function quiz(v) {
    if (!isObject(v)) return;
    var ok = v.missed === null || (Array.isArray(v.missed) && v.missed.every(function (s) {
      return typeof s === "string";
    }));
    if (ok) return { missed: v.missed && v.missed.slice() };
  }
  var sections = { questions: question, quizzes: quiz };

  // Returns {data, dropped}: data always has the current shape; foreign or old data is dropped.
  function validate(raw) {
    var report = { dropped: false };
    if (!isObject(raw) || raw.version !== 1) return { data: empty(), dropped: true };
    var data = { version: 1 };
    Object.keys(raw).forEach(function (name) {
      if (name === "version") return;
      if (name === "questions" || name === "quizzes") {
        data[name] = filterEntries(raw[name], sections[name], report);
      } else if (own.call(store.sections, name)) {
        var clean = store.sections[name](raw[name], report);
        if (clean === undefined) report.dropped = true;
        else data[name] = clean;
      } else {
        data[name] = raw[name]; // another script's section: not ours to judge
      }
    });
    data.questions = data.questions || {};
    data.quizzes = data.quizzes || {};
    return { data: data, dropped: report.dropped };
  }

  function storage() {
    try {
      var s = window.localStorage;
      s.setItem(KEY + ":probe", "1");
      s.removeItem(KEY + ":probe");
      return s;
    } catch (e) {
      return null;
    }
  }

  function load() {
    var s = storage();
    if (!s) {
      memory = memory || empty();
      return { data: memory, notice: "unavailable" };
    }
    var text = s.getItem(KEY);
    if (text === null) return { data: empty(), notice: "" };
    var raw;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      raw = undefined;
    }
    var result = validate(raw);
    if (result.dropped) save(result.data); // drop the bad part once, so the notice shows once
    return { data: result.data, notice: result.dropped ? "dropped" : "" };
  }

  function save(data) {
    var s = storage();
    if (!s) {
      memory = data;
      return false;
    }
    try {
      s.setItem(KEY, JSON.stringify(data));
      return true;
    } catch (e) {
      memory = data; // quota exceeded: keep going for this page
      return false;
    }
  }

  function update(fn) {
    var data = load().data; // fresh read: another tab or page may have written since
    fn(data);
    save(data);
    return data;
  }

  var store = {
    KEY: KEY,
    VERSION: 1,
    sections: {},
    empty: empty,
    validate: validate,
    load: load,
    save: save,
    update: update,
  };
  window.TACourse = window.TACourse || {};
  window.TACourse.store = store;
})();
