/* German (de): every word the quiz and practice scripts show or announce; the same keys as the
 * English catalogue (../strings.js), which tests/unit/test_i18n.py checks. overrides/main.html loads
 * this file in its place when theme.language is de. Formal address (Sie), as Material's German. */
(function (root) {
  "use strict";
  const T = (root.TACourse = root.TACourse || {});
  const rules = new Intl.PluralRules("de");
  const plural = (n, one, many) => n + " " + (rules.select(n) === "one" ? one : many);
  const questions = (n) => plural(n, "Frage", "Fragen");

  T.strings = {
    plural,
    questions,
    minutes: (n) => plural(n, "Minute", "Minuten"),
    days: (n) => plural(n, "Tag", "Tagen"),

    notices: {
      dropped: "Der in diesem Browser gespeicherte Fortschritt konnte nicht vollständig gelesen werden; der unlesbare Teil wurde daher gelöscht.",
      unavailable: "Dieser Browser erlaubt der Website nicht, Daten zu speichern; Ihr Fortschritt geht daher verloren, wenn Sie diese Seite verlassen.",
      saveFailed:
        "Ihr neuester Fortschritt konnte nicht gespeichert werden: Der Speicher dieses Browsers für die Website ist voll. " +
        "Er bleibt auf dieser Seite, geht aber beim Verlassen verloren; exportieren Sie Ihren Fortschritt oder schaffen Sie Platz.",
    },
    cancel: "Abbrechen",

    marks: {
      right: ["\u2713", "Ihre Antwort: richtig"],
      wrong: ["\u2717", "Ihre Antwort: falsch"],
      key: ["\u2713", "Richtige Antwort"],
      missed: ["!", "Übersehen: richtige Antwort"],
    },
    feedbackRightWord: /^\s*(?:Right|Richtig|Genau)\.\s*/,
    how: "Wählen Sie eine Antwort und drücken Sie dann „Prüfen“. Mit den Pfeiltasten wechseln Sie zwischen den Antworten; bewertet wird erst, wenn Sie „Prüfen“ drücken.",
    whyEachChoice: "Warum jede Antwort richtig oder falsch ist",
    check: "Prüfen",
    tryAgain: "Noch einmal versuchen",
    verdictRight: "Richtig.",
    verdictWrong: "Nicht ganz.",
    verdictWrongMultiple: "Nicht ganz: Es müssen alle richtigen Antworten gewählt werden, und nur diese.",
    chooseFirst: "Wählen Sie zuerst eine Antwort und drücken Sie dann „Prüfen“.",
    chooseFirstSpoken: (n) => `Frage ${n}: Wählen Sie zuerst eine Antwort.`,
    resultSpoken: (n, correct) => `Frage ${n}: ${correct ? "richtig." : "falsch."}`,
    correctAnswers: (keys) => (keys.length > 1 ? " Richtige Antworten: " : " Richtige Antwort: ") + keys.join("; ") + ".",
    cleared: (n) => `Frage ${n}: Antwort gelöscht, bitte erneut wählen.`,
    summary: (answered, total, right) => `${answered} von ${total} beantwortet, ${right} richtig.`,
    summaryMissed: (answered, total, right) =>
      `${answered} von ${total} falsch beantworteten ${total === 1 ? "Frage" : "Fragen"} erneut beantwortet, ${right} richtig. ` +
      "Es werden nur die falsch beantworteten Fragen angezeigt.",
    score: (right, total) => `Ihr Ergebnis: ${right} von ${total} richtig.`,
    retryMissed: "Falsche Fragen wiederholen",
    showAll: "Alle Fragen anzeigen",
    reset: "Zurücksetzen",
    printKey: "Lösungen drucken",
    showingMissed: (n) => (n === 1 ? "Es wird nur die falsch beantwortete Frage angezeigt." : `Es werden nur die ${n} falsch beantworteten Fragen angezeigt.`),
    showingAll: (n) => `Alle ${n} Fragen werden angezeigt.`,
    resetTitle: "Dieses Quiz zurücksetzen?",
    resetBody: "Dadurch werden alle Ihre Antworten in diesem Quiz gelöscht. Ihre Wiederholungsliste und Ihr bestes Ergebnis bleiben erhalten.",
    resetConfirm: "Antworten löschen",
    resetDone: "Quiz zurückgesetzt: Alle Antworten wurden gelöscht.",
    resetKept: "Es wurde nichts zurückgesetzt.",
  };
  if (typeof module !== "undefined") module.exports = T.strings;
})(typeof window !== "undefined" ? window : globalThis);
