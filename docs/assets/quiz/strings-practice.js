/* The practice pages' sentences (exam, review queue, progress), added to TACourse.strings on
 * practice pages only. The words are the catalogue's "practice" section, which the page carries in
 * its JSON island (see strings.js); here each sentence only names the values it fills in. */
(function (root) {
  "use strict";
  const S = root.TACourse.strings;
  const t = (key, values) => S.text(key, values);
  const pct = (value) => S.percent(value);

  Object.assign(S, {
    questionNumber: (n) => t("questionNumber", { n }),

    /* Practice exam (exam.js) */
    lengthOption: (n, all) => t(all ? "lengthAll" : "lengthSome", { n }),
    resumeBody: (pos, total, answered, left) =>
      t("resumeBody", { pos, total, answered }) + (left ? " " + t("resumeTimeLeft", { time: left }) : ""),
    resumed: (pos, total) => t("resumed", { pos, total }),
    position: (pos, total, flagged) => t(flagged ? "positionFlagged" : "position", { pos, total }),
    answeredCount: (n, total) => t("answeredCount", { n, total }),
    started: (n, time) => t(time ? "startedTimed" : "started", { n, time }),
    unansweredWarning: (n) => t("unansweredWarning", { n }),
    goTo: (n) => t("goTo", { n }),
    timeLeft: (clock, paused) => t(paused ? "timeLeftPaused" : "timeLeft", { clock }),
    halfTime: (time) => t("halfTime", { time }),
    timerRunning: (clock) => t("timerRunning", { clock }),
    timerPaused: (clock) => t("timerPaused", { clock }),
    score100: (right, total, percent) => t("score100", { right, total, percent: pct(percent) }),
    targetSummary: (target, score) =>
      score >= target ? t("targetReached", { target: pct(target) }) : t("targetShort", { target: pct(target), n: target - score }),
    fewCaution: (min) => t("fewCaution", { min }),
    rightOf: (right, total) => t("rightOf", { right, total }),
    retryMissedExam: (n) => t("retryMissedExam", { n }),

    /* Review queue (review.js) */
    dueDone: (n, upcoming) => t("dueDone", { n, upcoming }).trim(),
    dueSoFar: (n, done) => t("dueSoFar", { n, done }),
    upcoming: (date, n) => t("upcoming", { date, n }),
    nextReview: (date, days) => t("nextReview", { date, days }),

    /* Progress page (progress.js) */
    lastAttempt: (date, right, answered) => t("lastAttempt", { date, right, answered }),
    queueLine: (due, later, mastered) => t("queueLine", { due, later, mastered }),
    targetLine: (target) => t("targetLine", { target: pct(target) }),
    examLine: (date, right, total, percent, timed) =>
      t(timed ? "examLineTimed" : "examLine", { date, right, total, percent: pct(percent) }),
    exported: (name) => t("exported", { name }),
    imported: (name) => t("imported", { name }),
    merged: (name) => t("merged", { name }),
    importLeftOut: (n) => " " + t("importLeftOut", { n }),
    importCancelled: (name) => t("importCancelled", { name }),
    // Why a file was refused (transfer.checkImport's reasons, and "unsaved"); `limit` is a size in bytes.
    importRefused: {
      damaged: (name) => t("importDamaged", { name }),
      course: (name) => t("importCourse", { name }),
      unnamed: (name) => t("importUnnamed", { name }),
      size: (name, limit) => t("importSize", { name, limit: S.size(limit) }),
      unsaved: (name) => t("importUnsaved", { name }),
    },
    importHolds: (what) => t("importHolds", { what }),
    fileHolds: (what) => t("fileHolds", { what }),
    holdings: (answers, queued, exams) =>
      t("holdings", {
        answers: t("answeredQuestions", { n: answers }),
        queued: S.questions(queued),
        exams: t("practiceExams", { n: exams }),
      }),
  });
  // The progress table's column headings, in the language of the page's catalogue.
  Object.defineProperty(S, "progressColumns", {
    configurable: true,
    get: () => ["columnLesson", "columnBest", "columnLast", "columnMastered", "columnDue"].map((key) => t(key)),
  });
  if (typeof module !== "undefined") module.exports = S;
})(typeof window !== "undefined" ? window : globalThis);
