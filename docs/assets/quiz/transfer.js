/* Moving progress between browsers: the export file, the checks an imported file must pass, and
 * the merge of an imported file with what this browser holds. Plain functions on store data (no
 * DOM), used by progress.js and tested under Node (tests/js/transfer.test.js).
 *
 * Export file: { "format": "ta-course-progress", "course": "<site name>", "exported": ISO date,
 *                "progress": <the store's data, see store.js> }
 * An import must be smaller than MAX_BYTES (checked before the file is read), carry this course's
 * name, and be valid in every part (store.validate, which refuses prototype keys and non-finite or
 * out-of-range numbers); entries for questions this course does not have are left out and counted.
 */
(function (root) {
  "use strict";
  const T = (root.TACourse = root.TACourse || {});
  const FORMAT = "ta-course-progress";
  const MAX_BYTES = 1000000; // a whole course's progress is under 100 KB
  const own = (obj, k) => Object.prototype.hasOwnProperty.call(obj, k);
  const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

  function exportFile(data, course, now) {
    return { format: FORMAT, course, exported: new Date(now).toISOString(), progress: data };
  }

  // {ok: true, data, leftOut} or {ok: false, reason: "size" | "damaged" | "unnamed" | "course"}.
  // `size` is the file's length in bytes, checked first; `ids` the question ids this course has.
  function checkImport(text, { store, course, ids, size = text.length }) {
    if (size > MAX_BYTES) return { ok: false, reason: "size" };
    let raw;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      return { ok: false, reason: "damaged" };
    }
    if (!isObject(raw) || raw.format !== FORMAT || !isObject(raw.progress)) return { ok: false, reason: "damaged" };
    if (typeof raw.course !== "string") return { ok: false, reason: "unnamed" }; // exported before files named their course
    if (raw.course !== course) return { ok: false, reason: "course" };
    const known = new Set(["version", "questions", "quizzes", ...Object.keys(store.sections)]);
    if (Object.keys(raw.progress).some((k) => !known.has(k))) return { ok: false, reason: "damaged" };
    const result = store.validate(raw.progress);
    if (result.dropped) return { ok: false, reason: "damaged" };
    const data = result.data;
    const gone = new Set();
    const keepKnown = (map) => {
      if (!map) return;
      for (const id of Object.keys(map)) {
        if (!ids.has(id)) {
          gone.add(id);
          delete map[id];
        }
      }
    };
    keepKnown(data.questions);
    keepKnown(data.review);
    for (const name of Object.keys(data.quizzes)) {
      const missed = data.quizzes[name].missed;
      if (missed) data.quizzes[name].missed = missed.filter((id) => ids.has(id));
    }
    if (data.exam && !data.exam.ids.every((id) => ids.has(id))) delete data.exam;
    return { ok: true, data, leftOut: gone.size };
  }

  // What a store holds, in the counts the import confirmation names.
  function holdings(data, mastered) {
    const review = data.review || {};
    return {
      answers: Object.keys(data.questions).length,
      queued: Object.keys(review).filter((id) => review[id].step < mastered).length,
      exams: data.practice ? data.practice.exams.length : 0,
    };
  }
  const isEmpty = (h) => !h.answers && !h.queued && !h.exams;

  // Both sides kept: per question the newer answer, per review entry the earlier step (it comes back
  // sooner), every exam once (newest 20), the higher best score; this browser's target and settings.
  function merge(current, incoming, keepExams = 20) {
    const out = Object.assign(Object.create(null), incoming, current);
    out.questions = Object.assign(Object.create(null), incoming.questions);
    for (const [id, rec] of Object.entries(current.questions)) {
      if (!own(out.questions, id) || out.questions[id].at <= rec.at) out.questions[id] = rec;
    }
    out.quizzes = Object.assign(Object.create(null), incoming.quizzes, current.quizzes);
    if (current.review || incoming.review) {
      out.review = Object.assign(Object.create(null), incoming.review);
      for (const [id, e] of Object.entries(current.review || {})) {
        const other = own(out.review, id) ? out.review[id] : null;
        const sooner = !other || e.step < other.step || (e.step === other.step && e.due !== null && e.due <= other.due);
        if (sooner) out.review[id] = e;
      }
    }
    if (current.practice || incoming.practice) {
      const a = current.practice || { target: incoming.practice.target, best: {}, exams: [] };
      const b = incoming.practice || { best: {}, exams: [] };
      const best = Object.assign(Object.create(null), b.best);
      for (const [bank, n] of Object.entries(a.best)) best[bank] = Math.max(n, own(best, bank) ? best[bank] : 0);
      const seen = new Set();
      const exams = a.exams
        .concat(b.exams)
        .filter((e) => {
          const k = [e.at, e.total, e.correct, e.timed].join();
          return !seen.has(k) && seen.add(k);
        })
        .sort((x, y) => x.at - y.at)
        .slice(-keepExams);
      out.practice = { target: a.target, best, exams };
    }
    return out;
  }

  T.transfer = { FORMAT, MAX_BYTES, exportFile, checkImport, holdings, isEmpty, merge };
  if (typeof module !== "undefined") module.exports = T.transfer;
})(typeof window !== "undefined" ? window : globalThis);
