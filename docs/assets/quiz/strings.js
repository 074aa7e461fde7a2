/* English: every word the lesson quiz scripts show or announce (TACourse.strings); the practice
 * pages add theirs from strings-practice.js. Loaded first, before every other quiz script. Each
 * other language has the same two files in i18n/ (strings.LANG.js, strings-practice.LANG.js), and
 * overrides/main.html loads the site's language (theme.language) instead of these.
 * Functions build the sentences that hold numbers or names; plural() picks the word for a count. */
(function (root) {
  "use strict";
  const T = (root.TACourse = root.TACourse || {});
  const plural = (n, one, many) => n + " " + (n === 1 ? one : many);
  const questions = (n) => plural(n, "question", "questions");

  T.strings = {
    plural,
    questions,
    minutes: (n) => plural(n, "minute", "minutes"),
    days: (n) => plural(n, "day", "days"),

    /* Notices shared by every page */
    notices: {
      dropped: "Saved progress in this browser could not be read in full, so the unreadable part was cleared.",
      unavailable: "This browser is not letting the site save data, so your progress will not be kept after you leave this page.",
      saveFailed:
        "Your latest progress could not be saved: this browser's storage for the site is full. " +
        "It stays on this page but will be lost when you leave; export your progress or free some space.",
    },
    cancel: "Cancel",

    /* Lesson quizzes (quiz.js) and the feedback every question shows */
    marks: {
      right: ["\u2713", "Your answer: correct"],
      wrong: ["\u2717", "Your answer: incorrect"],
      key: ["\u2713", "Correct answer"],
      missed: ["!", "Missed: correct answer"],
    },
    // Authors start a key's feedback with this word, written for the learner who chose it; under a
    // key the learner did not choose it would contradict the mark, so it is left off there.
    feedbackRightWord: /^\s*Right\.\s*/,
    how: "Choose an answer, then press Check. Arrow keys move between choices; nothing is marked until you press Check.",
    whyEachChoice: "Why each choice is right or wrong",
    check: "Check",
    tryAgain: "Try again",
    verdictRight: "Correct.",
    verdictWrong: "Not quite.",
    verdictWrongMultiple: "Not quite: every correct choice, and only those, is needed.",
    chooseFirst: "Choose an answer first, then press Check.",
    chooseFirstSpoken: (n) => `Question ${n}: choose an answer first.`,
    resultSpoken: (n, correct) => `Question ${n}: ${correct ? "correct." : "incorrect."}`,
    correctAnswers: (keys) => (keys.length > 1 ? " Correct answers: " : " Correct answer: ") + keys.join("; ") + ".",
    cleared: (n) => `Question ${n}: answer cleared, choose again.`,
    summary: (answered, total, right) => `Answered ${answered} of ${total}, ${right} correct.`,
    summaryMissed: (answered, total, right) =>
      `Answered ${answered} of the ${total} ${total === 1 ? "question" : "questions"} you missed, ${right} correct. ` +
      "Showing only the questions you missed.",
    score: (right, total) => `Your score: ${right} of ${total} correct.`,
    retryMissed: "Retry missed questions",
    showAll: "Show all questions",
    reset: "Reset",
    printKey: "Print answer key",
    showingMissed: (n) => `Showing only the ${questions(n)} you missed.`,
    showingAll: (n) => `Showing all ${n} questions.`,
    resetTitle: "Reset this quiz?",
    resetBody: "This clears every answer you gave in this quiz. Your review queue and best score stay.",
    resetConfirm: "Reset answers",
    resetDone: "Quiz reset: all answers cleared.",
    resetKept: "Nothing was reset.",
  };
  if (typeof module !== "undefined") module.exports = T.strings;
})(typeof window !== "undefined" ? window : globalThis);
