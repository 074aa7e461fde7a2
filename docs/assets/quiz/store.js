/* Course progress kept in this browser only: one localStorage key per copy of the course.
 *
 * The key is "ta-course:v1:<path of the site's root>" (e.g. "ta-course:v1:/therapeutic-alliance/"),
 * found from this script's own address, so two forks on one host (user.github.io/a/ and /b/) keep
 * apart, as Material does with its own keys. Progress saved before keys were scoped sits under
 * "ta-course:v1"; it is copied once to the scoped key when that key does not exist yet (and left in
 * place, because every course on the host may need its own copy).
 *
 * The key holds one JSON object (schema version 1):
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
 * Other sections (review queue, practice record, exam in progress) are validated by functions
 * registered in store.sections by queue.js; a section nobody registered is kept as it is.
 *
 * Untrusted keys: every map this file builds has no prototype (dict()), and a key is kept only if
 * it is a question id (ID) or at least not a prototype name (safeKey), so "__proto__", "toString"
 * or "constructor" can neither change an object's prototype nor read one of its methods.
 * Numbers must be finite (JSON's 1e999 parses as Infinity and would be written back as null).
 *
 * API (TACourse.store): load() -> {data, notice: ""|"dropped"|"unavailable"}; save(data) -> bool;
 * update(fn) -> bool (fresh load, fn(data) mutates it, then save); empty(); validate(raw);
 * onSaveFailed(fn): fn() runs whenever a save fails while storage exists (full, quota), so every
 * page can say so. createStore({storage, key, legacyKey}) makes another store (the Node tests).
 */
(function (root) {
  "use strict";
  const T = (root.TACourse = root.TACourse || {});
  const LEGACY_KEY = "ta-course:v1";
  const ID = /^[a-z0-9][a-z0-9_-]*$/; // quizkit's question id pattern (structure.py ID_PATTERN)
  const PROTO_NAMES = new Set(["__proto__", "prototype", "constructor"]);

  const dict = () => Object.create(null);
  const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  const isTime = (v) => typeof v === "number" && Number.isFinite(v);
  const isCount = (v) => Number.isSafeInteger(v) && v >= 0;
  const isId = (k) => typeof k === "string" && ID.test(k);
  const safeKey = (k) => typeof k === "string" && k !== "" && !PROTO_NAMES.has(k) && !(k in Object.prototype);
  const has = (obj, k) => Object.prototype.hasOwnProperty.call(obj, k);

  // Keep the entries of `value` whose key passes `keyOk` and whose value `check` cleans; any other
  // entry is dropped and reported (report.dropped), so the page can say so.
  function entries(value, check, report, keyOk = isId) {
    const out = dict();
    if (!isObject(value)) {
      report.dropped = true;
      return out;
    }
    for (const k of Object.keys(value)) {
      const clean = keyOk(k) ? check(value[k]) : undefined;
      if (clean === undefined) report.dropped = true;
      else out[k] = clean;
    }
    return out;
  }
  function question(v) {
    if (!isObject(v) || !isCount(v.attempts) || !isCount(v.wrong) || !isTime(v.at)) return;
    if (typeof v.quiz !== "string" || v.wrong > v.attempts) return;
    const last = v.last === null || (Array.isArray(v.last) && v.last.every(isCount));
    if (!last || (v.correct !== null && typeof v.correct !== "boolean")) return;
    return { quiz: v.quiz, attempts: v.attempts, wrong: v.wrong, last: v.last && v.last.slice(), correct: v.correct, at: v.at };
  }
  function quiz(v) {
    if (!isObject(v)) return;
    if (v.missed === null || (Array.isArray(v.missed) && v.missed.every(isId))) return { missed: v.missed && v.missed.slice() };
  }
  const empty = () => ({ version: 1, questions: dict(), quizzes: dict() });

  // Finds the scoped key from the address of this script (…/assets/quiz/store.js): the site's root.
  function keyFor(scriptUrl) {
    try {
      return LEGACY_KEY + ":" + new URL("../../", scriptUrl).pathname;
    } catch (e) {
      return LEGACY_KEY + ":/";
    }
  }

  function createStore({ storage, key, legacyKey = LEGACY_KEY }) {
    const sections = dict();
    const failed = [];
    let memory = null; // used when localStorage cannot be
    let unavailable = false; // load() found no usable storage and said so

    // Returns {data, dropped}: data always has the current shape; foreign or old data is dropped.
    function validate(raw) {
      const report = { dropped: false };
      if (!isObject(raw) || raw.version !== 1) return { data: empty(), dropped: true };
      const data = empty();
      for (const name of Object.keys(raw)) {
        if (name === "version") continue;
        if (name === "questions") data.questions = entries(raw.questions, question, report);
        else if (name === "quizzes") data.quizzes = entries(raw.quizzes, quiz, report, safeKey);
        else if (!safeKey(name)) report.dropped = true;
        else if (has(sections, name)) {
          const clean = sections[name](raw[name], report);
          if (clean === undefined) report.dropped = true;
          else data[name] = clean;
        } else data[name] = raw[name]; // another script's section: not ours to judge
      }
      return { data, dropped: report.dropped };
    }

    // Blocked storage (cookies off) throws on access. No write probe: a full storage would pass
    // for a blocked one, and a full one must be reported when a save fails (onSaveFailed).
    function usable() {
      try {
        const s = storage();
        s.getItem(key);
        return s;
      } catch (e) {
        return null;
      }
    }
    function parse(text) {
      try {
        return JSON.parse(text);
      } catch (e) {
        return undefined;
      }
    }

    function load() {
      const s = usable();
      unavailable = !s;
      if (!s) {
        memory = memory || empty();
        return { data: memory, notice: "unavailable" };
      }
      let text = s.getItem(key);
      if (text === null && legacyKey && legacyKey !== key) {
        text = s.getItem(legacyKey); // progress saved before keys were scoped: copy it once
        if (text !== null) {
          try {
            s.setItem(key, text);
          } catch (e) {
            /* full: the copy is tried again on the next load; the data is read either way */
          }
        }
      }
      if (text === null) return { data: empty(), notice: "" };
      const result = validate(parse(text));
      if (result.dropped) save(result.data); // drop the bad part once, so the notice shows once
      return { data: result.data, notice: result.dropped ? "dropped" : "" };
    }

    // A write that fails is reported to the listeners, unless the page already said at load that
    // this browser keeps nothing (storage blocked): then the failure is old news.
    function save(data) {
      try {
        storage().setItem(key, JSON.stringify(data));
        return true;
      } catch (e) {
        memory = data; // keep going for this page
        if (!unavailable) failed.forEach((fn) => fn());
        return false;
      }
    }

    function update(fn) {
      const data = load().data; // fresh read: another tab or page may have written since
      fn(data);
      return save(data);
    }

    return {
      KEY: key,
      VERSION: 1,
      sections,
      empty,
      validate,
      load,
      save,
      update,
      onSaveFailed: (fn) => failed.push(fn),
    };
  }

  const valid = { dict, isObject, isTime, isCount, isId, safeKey, entries, has };
  const script = root.document && root.document.currentScript;
  const store = createStore({
    storage: () => root.localStorage,
    key: keyFor(script && script.src ? script.src : (root.location && root.location.href) || "file:///"),
  });
  store.valid = valid;
  store.createStore = createStore;
  store.keyFor = keyFor;
  store.LEGACY_KEY = LEGACY_KEY;
  T.store = store;
  if (typeof module !== "undefined") module.exports = store;
})(typeof window !== "undefined" ? window : globalThis);
