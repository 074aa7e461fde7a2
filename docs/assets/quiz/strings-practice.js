/* English: the words of the practice pages (exam, review queue, progress), added to the lesson
 * quiz's words (TACourse.strings, from the strings file of the same language) and loaded only on
 * practice pages, so a lesson page carries no practice words. Same keys in every language
 * (tests/unit/test_i18n.py). */
(function (root) {
  "use strict";
  const T = root.TACourse;
  const { plural, questions } = T.strings;

  Object.assign(T.strings, {
    targetLabel: "Your study target (% correct)",
    targetHint: "A personal target for practice, not an official pass mark.",
    questionNumber: (n) => `Question ${n}.`,

    /* Practice exam (exam.js) */
    setupHeading: "Set up your practice exam",
    lengthLegend: "Number of questions",
    lengthOption: (n, all) => (all ? `All ${n} questions` : `${n} questions`),
    timerLegend: "Timer",
    timerOff: "No timer",
    timerOn: "Timed: about one minute per question",
    start: "Start exam",
    resumeHeading: "You have a practice exam in progress",
    resumeBody: (pos, total, answered, left) =>
      `You were on question ${pos} of ${total} and had answered ${answered}.` + (left ? ` Time left: ${left}.` : ""),
    resume: "Resume the exam",
    discard: "Discard it and start over",
    discarded: "The exam in progress was discarded.",
    resumed: (pos, total) => `Exam resumed at question ${pos} of ${total}.`,
    position: (pos, total, flagged) => `Question ${pos} of ${total}` + (flagged ? " (flagged)" : ""),
    pauseTimer: "Pause timer",
    resumeTimer: "Resume timer",
    flag: "Flag for review",
    flagged: "Question flagged for review.",
    unflagged: "Flag removed.",
    previous: "Previous",
    next: "Next",
    reviewAndSubmit: "Review and submit",
    answeredCount: (n, total) => `Answered ${n} of ${total}.`,
    started: (n, time) => `Exam started: ${questions(n)}` + (time ? `, ${time}.` : "."),
    confirmHeading: "Before you submit",
    unansweredWarning: (n) => `You have not answered ${questions(n)}. An unanswered question counts as missed.`,
    allAnswered: "You have answered every question.",
    unansweredList: "Unanswered questions",
    flaggedList: "Flagged questions",
    goTo: (n) => `Go to question ${n}`,
    backToExam: "Back to the exam",
    submit: "Submit exam",
    timeLeft: (clock, paused) => `Time left: ${clock}` + (paused ? " (paused)" : ""),
    halfTime: (time) => `Half your time is left: ${time}.`,
    fiveMinutes: "5 minutes left.",
    oneMinute: "1 minute left.",
    timerRunning: (clock) => `Timer running: ${clock} left.`,
    timerPaused: (clock) => `Timer paused with ${clock} left.`,
    timeUpNote: "Time is up: the exam was submitted with the answers you had given.",
    timeUpSpoken: "Time is up. Your exam was submitted with the answers you had given.",
    leaveWarning: "Your exam is saved in this browser; you can resume it when you come back.",
    resultsHeading: "Your results",
    retryResultsHeading: "Your results: missed questions retried",
    retryNotRecorded: "A retry of missed questions is not added to your practice exam history.",
    score100: (right, total, pct) => `You answered ${right} of ${total} questions correctly: ${pct}%.`,
    targetSummary: (target, score) =>
      `Your study target is ${target}%. ` +
      (score >= target ? "You reached it." : `You are ${target - score} points short of it.`) +
      " The dashed line in each bar below marks it.",
    fewCaution: (min) =>
      `A row with fewer than ${min} questions is marked “too few to judge”: ` +
      "one answer more or less right moves it by 20 points or more.",
    byTopic: "Results by topic",
    byLesson: "Results by lesson",
    topic: "Topic",
    lesson: "Lesson",
    correct: "Correct",
    shareCorrect: "Share correct",
    rightOf: (right, total) => `${right} of ${total}`,
    belowTarget: "below target",
    tooFew: "too few to judge",
    reviewHeading: "Every question, with your answer",
    missedOnly: "Show only the questions I missed",
    notAnswered: "Not answered.",
    youFlagged: "You flagged this question for review.",
    retryMissedExam: (n) => `Retry the ${plural(n, "missed question", "missed questions")}`,
    missedToQueue: "The questions you missed are in your review queue; they come back tomorrow.",
    newExam: "Set up a new exam",

    /* Review queue (review.js) */
    dueHeading: "Due today",
    dueDone: (n, upcoming) => `Done for today: you answered all ${questions(n)} due. ${upcoming}`,
    dueSoFar: (n, done) => `${questions(n)} due today; ${done} answered so far.`,
    queueEmpty:
      "Your review queue is empty. A question you miss in a lesson quiz or a practice exam comes back here the next day.",
    upcoming: (date, n) => `Nothing else is due today. Next review: ${date} (${questions(n)}).`,
    mastered: "Mastered: this question leaves your review queue.",
    nextReview: (date, days) => `Next review: ${date}, in ${days}.`,
    startsOver: "It starts over and comes back tomorrow.",

    /* Loading the question pool (pool.js), on the exam and review pages */
    poolLoading: "Loading the questions…",
    poolFailed:
      "The questions could not be loaded. Check your connection and try again; if the course has been updated since you opened this page, reload it. Nothing you saved is lost.",
    poolRetry: "Try again",

    /* Progress page (progress.js) */
    byLessonHeading: "By lesson",
    progressCaption: "Progress by lesson",
    progressColumns: ["Lesson", "Best quiz score", "Last attempt", "Mastered", "Due today"],
    notYet: "Not yet",
    lastAttempt: (date, right, answered) => `${date}: ${right} right of ${answered} answered`,
    queueLine: (due, later, mastered) => `Review queue: ${due} due today, ${later} waiting for a later day, ${mastered} mastered.`,
    examsHeading: "Practice exams",
    targetLine: (t) => `Your study target: ${t}% (a personal target, not an official pass mark).`,
    noExam: "No practice exam yet.",
    examLine: (date, correct, total, pct, timed) => `${date}: ${correct} of ${total} (${pct}%)` + (timed ? ", timed" : ""),
    keepHeading: "Keep or move your progress",
    keepBody:
      "Export saves everything on this page to a file on your device. Importing a file asks before it replaces " +
      "or merges with the progress in this browser.",
    exportButton: "Export progress",
    importLabel: "Import progress from a file",
    exported: (name) => `Your progress was saved as “${name}”.`,
    imported: (name) => `Progress imported from “${name}”.`,
    merged: (name) => `Progress from “${name}” was merged with this browser’s.`,
    importLeftOut: (n) =>
      ` ${plural(n, "entry", "entries")} for questions this course does not have ${n === 1 ? "was" : "were"} left out.`,
    importCancelled: (name) => `“${name}” was not imported. Your progress is unchanged.`,
    importRefused: {
      damaged: (name) => `“${name}” was not imported: it is not a progress file from this course, or it is damaged. Your progress is unchanged.`,
      course: (name) => `“${name}” was not imported: it is progress from another course. Your progress is unchanged.`,
      unnamed: (name) =>
        `“${name}” was not imported: it does not say which course it comes from (files exported before ` +
        "this version do not), so it cannot be checked. Your progress is unchanged.",
      size: (name, limit) => `“${name}” was not imported: it is larger than ${limit}, far more than any progress file. Your progress is unchanged.`,
      unsaved: (name) =>
        `“${name}” could not be saved in this browser (its storage may be full or blocked). Your progress is unchanged.`,
    },
    importTitle: "Import this progress?",
    importHolds: (what) => `This browser holds ${what}.`,
    fileHolds: (what) => `The file holds ${what}.`,
    holdings: (answers, queued, exams) =>
      `${plural(answers, "answered question", "answered questions")}, ${plural(queued, "question", "questions")} ` +
      `in the review queue and ${plural(exams, "practice exam", "practice exams")}`,
    importChoice:
      "Replace puts the file’s progress in place of this browser’s. Merge keeps both: the newer answer to each question, " +
      "every exam, and the higher best score.",
    replace: "Replace",
    merge: "Merge",
    resetAllOpen: "Reset all progress…",
    resetAllTitle: "Reset all progress?",
    resetAllBody:
      "This removes every answer, your review queue, your exam results and your study target from this browser. " +
      "It cannot be undone; export your progress first if you may want it back.",
    resetAllConfirm: "Reset everything",
    resetAllDone: "All progress in this browser was reset.",
    startOverHeading: "Start over",
  });
  if (typeof module !== "undefined") module.exports = T.strings;
})(typeof window !== "undefined" ? window : globalThis);
