/* German (de): the words of the practice pages (exam, review queue, progress), added to the lesson
 * quiz's words (TACourse.strings, from the strings file of the same language) and loaded only on
 * practice pages, so a lesson page carries no practice words. Same keys in every language
 * (tests/unit/test_i18n.py). */
(function (root) {
  "use strict";
  const T = root.TACourse;
  const { plural, questions } = T.strings;

  Object.assign(T.strings, {
    targetLabel: "Ihr Lernziel (% richtig)",
    targetHint: "Ein persönliches Übungsziel, keine offizielle Bestehensgrenze.",
    questionNumber: (n) => `Frage ${n}.`,

    setupHeading: "Übungsprüfung einrichten",
    lengthLegend: "Anzahl der Fragen",
    lengthOption: (n, all) => (all ? `Alle ${n} Fragen` : `${n} Fragen`),
    timerLegend: "Zeitmessung",
    timerOff: "Ohne Zeitlimit",
    timerOn: "Mit Zeitlimit: etwa eine Minute pro Frage",
    start: "Prüfung starten",
    resumeHeading: "Sie haben eine laufende Übungsprüfung",
    resumeBody: (pos, total, answered, left) =>
      `Sie waren bei Frage ${pos} von ${total} und hatten ${answered} beantwortet.` + (left ? ` Verbleibende Zeit: ${left}.` : ""),
    resume: "Prüfung fortsetzen",
    discard: "Verwerfen und neu beginnen",
    discarded: "Die laufende Prüfung wurde verworfen.",
    resumed: (pos, total) => `Prüfung bei Frage ${pos} von ${total} fortgesetzt.`,
    position: (pos, total, flagged) => `Frage ${pos} von ${total}` + (flagged ? " (markiert)" : ""),
    pauseTimer: "Zeit anhalten",
    resumeTimer: "Zeit fortsetzen",
    flag: "Zur Überprüfung markieren",
    flagged: "Frage zur Überprüfung markiert.",
    unflagged: "Markierung entfernt.",
    previous: "Zurück",
    next: "Weiter",
    reviewAndSubmit: "Überprüfen und abgeben",
    answeredCount: (n, total) => `${n} von ${total} beantwortet.`,
    started: (n, time) => `Prüfung gestartet: ${questions(n)}` + (time ? `, ${time}.` : "."),
    confirmHeading: "Vor dem Abgeben",
    unansweredWarning: (n) =>
      `Sie haben ${n === 1 ? "1 Frage" : `${n} Fragen`} nicht beantwortet. Eine unbeantwortete Frage zählt als falsch.`,
    allAnswered: "Sie haben alle Fragen beantwortet.",
    unansweredList: "Unbeantwortete Fragen",
    flaggedList: "Markierte Fragen",
    goTo: (n) => `Zu Frage ${n}`,
    backToExam: "Zurück zur Prüfung",
    submit: "Prüfung abgeben",
    timeLeft: (clock, paused) => `Verbleibende Zeit: ${clock}` + (paused ? " (angehalten)" : ""),
    halfTime: (time) => `Die Hälfte Ihrer Zeit ist noch übrig: ${time}.`,
    fiveMinutes: "Noch 5 Minuten.",
    oneMinute: "Noch 1 Minute.",
    timerRunning: (clock) => `Zeit läuft: noch ${clock}.`,
    timerPaused: (clock) => `Zeit angehalten, noch ${clock} übrig.`,
    timeUpNote: "Die Zeit ist abgelaufen: Die Prüfung wurde mit Ihren bisherigen Antworten abgegeben.",
    timeUpSpoken: "Die Zeit ist abgelaufen. Ihre Prüfung wurde mit Ihren bisherigen Antworten abgegeben.",
    leaveWarning: "Ihre Prüfung ist in diesem Browser gespeichert; Sie können sie fortsetzen, wenn Sie zurückkommen.",
    resultsHeading: "Ihre Ergebnisse",
    retryResultsHeading: "Ihre Ergebnisse: falsche Fragen wiederholt",
    retryNotRecorded: "Eine Wiederholung der falschen Fragen wird nicht in Ihren Verlauf der Übungsprüfungen aufgenommen.",
    score100: (right, total, pct) => `Sie haben ${right} von ${total} Fragen richtig beantwortet: ${pct}\u00a0%.`,
    targetSummary: (target, score) =>
      `Ihr Lernziel liegt bei ${target}\u00a0%. ` +
      (score >= target ? "Sie haben es erreicht." : `Ihnen fehlen ${target - score} Punkte bis dahin.`) +
      " Die gestrichelte Linie in jedem Balken unten markiert es.",
    fewCaution: (min) =>
      `Eine Zeile mit weniger als ${min} Fragen ist als „zu wenige für ein Urteil“ markiert: ` +
      "Eine richtige Antwort mehr oder weniger verschiebt sie um 20 Punkte oder mehr.",
    byTopic: "Ergebnisse nach Thema",
    byLesson: "Ergebnisse nach Lektion",
    topic: "Thema",
    lesson: "Lektion",
    correct: "Richtig",
    shareCorrect: "Anteil richtig",
    rightOf: (right, total) => `${right} von ${total}`,
    belowTarget: "unter dem Ziel",
    tooFew: "zu wenige für ein Urteil",
    reviewHeading: "Alle Fragen mit Ihrer Antwort",
    missedOnly: "Nur falsch beantwortete Fragen anzeigen",
    notAnswered: "Nicht beantwortet.",
    youFlagged: "Sie haben diese Frage zur Überprüfung markiert.",
    retryMissedExam: (n) => (n === 1 ? "Die falsche Frage wiederholen" : `Die ${n} falschen Fragen wiederholen`),
    missedToQueue: "Die falsch beantworteten Fragen stehen in Ihrer Wiederholungsliste; sie kommen morgen wieder.",
    newExam: "Neue Prüfung einrichten",

    dueHeading: "Heute fällig",
    dueDone: (n, upcoming) => `Für heute erledigt: Sie haben ${n === 1 ? "die fällige Frage" : `alle ${n} fälligen Fragen`} beantwortet. ${upcoming}`,
    dueSoFar: (n, done) => `${questions(n)} heute fällig; ${done} bisher beantwortet.`,
    queueEmpty:
      "Ihre Wiederholungsliste ist leer. Eine Frage, die Sie in einem Lektionsquiz oder einer Übungsprüfung falsch beantworten, erscheint hier am nächsten Tag.",
    upcoming: (date, n) => `Heute ist nichts mehr fällig. Nächste Wiederholung: ${date} (${questions(n)}).`,
    mastered: "Gemeistert: Diese Frage verlässt Ihre Wiederholungsliste.",
    nextReview: (date, days) => `Nächste Wiederholung: ${date}, in ${days}.`,
    startsOver: "Sie beginnt von vorn und kommt morgen wieder.",

    /* Laden der Fragen (pool.js), auf der Prüfungs- und der Wiederholungsseite */
    poolLoading: "Die Fragen werden geladen …",
    poolFailed:
      "Die Fragen konnten nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut; wurde der Kurs aktualisiert, seit Sie diese Seite geöffnet haben, laden Sie sie neu. Nichts, was Sie gespeichert haben, geht verloren.",
    poolRetry: "Erneut versuchen",

    byLessonHeading: "Nach Lektion",
    progressCaption: "Fortschritt nach Lektion",
    progressColumns: ["Lektion", "Bestes Quizergebnis", "Letzter Versuch", "Gemeistert", "Heute fällig"],
    notYet: "Noch nicht",
    lastAttempt: (date, right, answered) => `${date}: ${right} richtig von ${answered} beantwortet`,
    queueLine: (due, later, mastered) => `Wiederholungsliste: ${due} heute fällig, ${later} an einem späteren Tag, ${mastered} gemeistert.`,
    examsHeading: "Übungsprüfungen",
    targetLine: (t) => `Ihr Lernziel: ${t}\u00a0% (ein persönliches Ziel, keine offizielle Bestehensgrenze).`,
    noExam: "Noch keine Übungsprüfung.",
    examLine: (date, correct, total, pct, timed) => `${date}: ${correct} von ${total} (${pct}\u00a0%)` + (timed ? ", mit Zeitlimit" : ""),
    keepHeading: "Fortschritt behalten oder übertragen",
    keepBody:
      "„Exportieren“ speichert alles auf dieser Seite in einer Datei auf Ihrem Gerät. Beim Importieren einer Datei werden Sie gefragt, " +
      "bevor der Fortschritt in diesem Browser ersetzt oder mit ihr zusammengeführt wird.",
    exportButton: "Fortschritt exportieren",
    importLabel: "Fortschritt aus einer Datei importieren",
    exported: (name) => `Ihr Fortschritt wurde als „${name}“ gespeichert.`,
    imported: (name) => `Fortschritt aus „${name}“ importiert.`,
    merged: (name) => `Der Fortschritt aus „${name}“ wurde mit dem dieses Browsers zusammengeführt.`,
    importLeftOut: (n) =>
      n === 1
        ? " 1 Eintrag zu einer Frage, die dieser Kurs nicht hat, wurde ausgelassen."
        : ` ${n} Einträge zu Fragen, die dieser Kurs nicht hat, wurden ausgelassen.`,
    importCancelled: (name) => `„${name}“ wurde nicht importiert. Ihr Fortschritt ist unverändert.`,
    importRefused: {
      damaged: (name) => `„${name}“ wurde nicht importiert: Es ist keine Fortschrittsdatei dieses Kurses oder sie ist beschädigt. Ihr Fortschritt ist unverändert.`,
      course: (name) => `„${name}“ wurde nicht importiert: Es ist der Fortschritt eines anderen Kurses. Ihr Fortschritt ist unverändert.`,
      unnamed: (name) =>
        `„${name}“ wurde nicht importiert: Die Datei nennt nicht, aus welchem Kurs sie stammt (vor ` +
        "dieser Version exportierte Dateien tun das nicht), daher kann sie nicht geprüft werden. Ihr Fortschritt ist unverändert.",
      size: (name, limit) => `„${name}“ wurde nicht importiert: Die Datei ist größer als ${limit}, weit mehr als jede Fortschrittsdatei. Ihr Fortschritt ist unverändert.`,
      unsaved: (name) =>
        `„${name}“ konnte in diesem Browser nicht gespeichert werden (sein Speicher ist vielleicht voll oder gesperrt). Ihr Fortschritt ist unverändert.`,
    },
    importTitle: "Diesen Fortschritt importieren?",
    importHolds: (what) => `Dieser Browser enthält ${what}.`,
    fileHolds: (what) => `Die Datei enthält ${what}.`,
    holdings: (answers, queued, exams) =>
      `${plural(answers, "beantwortete Frage", "beantwortete Fragen")}, ${plural(queued, "Frage", "Fragen")} ` +
      `in der Wiederholungsliste und ${plural(exams, "Übungsprüfung", "Übungsprüfungen")}`,
    importChoice:
      "„Ersetzen“ setzt den Fortschritt aus der Datei an die Stelle des Fortschritts in diesem Browser. „Zusammenführen“ behält beides: " +
      "die neuere Antwort auf jede Frage, jede Prüfung und das höhere beste Ergebnis.",
    replace: "Ersetzen",
    merge: "Zusammenführen",
    resetAllOpen: "Gesamten Fortschritt zurücksetzen…",
    resetAllTitle: "Gesamten Fortschritt zurücksetzen?",
    resetAllBody:
      "Dadurch werden alle Antworten, Ihre Wiederholungsliste, Ihre Prüfungsergebnisse und Ihr Lernziel aus diesem Browser entfernt. " +
      "Das lässt sich nicht rückgängig machen; exportieren Sie Ihren Fortschritt vorher, falls Sie ihn noch brauchen.",
    resetAllConfirm: "Alles zurücksetzen",
    resetAllDone: "Der gesamte Fortschritt in diesem Browser wurde zurückgesetzt.",
    startOverHeading: "Neu beginnen",
  });
  if (typeof module !== "undefined") module.exports = T.strings;
})(typeof window !== "undefined" ? window : globalThis);
