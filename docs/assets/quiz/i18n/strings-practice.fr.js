/* French (fr): the words of the practice pages (exam, review queue, progress), added to the lesson
 * quiz's words (TACourse.strings, from the strings file of the same language) and loaded only on
 * practice pages, so a lesson page carries no practice words. Same keys in every language
 * (tests/unit/test_i18n.py). */
(function (root) {
  "use strict";
  const T = root.TACourse;
  const { plural, questions } = T.strings;

  Object.assign(T.strings, {
    targetLabel: "Votre objectif d’étude (% de bonnes réponses)",
    targetHint: "Un objectif personnel d’entraînement, pas une note de réussite officielle.",
    questionNumber: (n) => `Question ${n}.`,

    setupHeading: "Préparez votre examen d’entraînement",
    lengthLegend: "Nombre de questions",
    lengthOption: (n, all) => (all ? `Les ${n} questions` : `${n} questions`),
    timerLegend: "Minuteur",
    timerOff: "Sans minuteur",
    timerOn: "Chronométré : environ une minute par question",
    start: "Commencer l’examen",
    resumeHeading: "Vous avez un examen d’entraînement en cours",
    resumeBody: (pos, total, answered, left) =>
      `Vous étiez à la question ${pos} sur ${total} et aviez répondu à ${answered}.` + (left ? ` Temps restant : ${left}.` : ""),
    resume: "Reprendre l’examen",
    discard: "L’abandonner et recommencer",
    discarded: "L’examen en cours a été abandonné.",
    resumed: (pos, total) => `Examen repris à la question ${pos} sur ${total}.`,
    position: (pos, total, flagged) => `Question ${pos} sur ${total}` + (flagged ? " (marquée)" : ""),
    pauseTimer: "Mettre le minuteur en pause",
    resumeTimer: "Relancer le minuteur",
    flag: "Marquer pour relecture",
    flagged: "Question marquée pour relecture.",
    unflagged: "Marque retirée.",
    previous: "Précédente",
    next: "Suivante",
    reviewAndSubmit: "Relire et rendre",
    answeredCount: (n, total) => `${n} sur ${total} répondues.`,
    started: (n, time) => `Examen commencé : ${questions(n)}` + (time ? `, ${time}.` : "."),
    confirmHeading: "Avant de rendre",
    unansweredWarning: (n) =>
      `${n === 1 ? "Une question est restée" : `${n} questions sont restées`} sans réponse. Une question sans réponse compte comme manquée.`,
    allAnswered: "Vous avez répondu à toutes les questions.",
    unansweredList: "Questions sans réponse",
    flaggedList: "Questions marquées",
    goTo: (n) => `Aller à la question ${n}`,
    backToExam: "Retour à l’examen",
    submit: "Rendre l’examen",
    timeLeft: (clock, paused) => `Temps restant : ${clock}` + (paused ? " (en pause)" : ""),
    halfTime: (time) => `Il vous reste la moitié du temps : ${time}.`,
    fiveMinutes: "Plus que 5 minutes.",
    oneMinute: "Plus qu’une minute.",
    timerRunning: (clock) => `Minuteur en marche : ${clock} restantes.`,
    timerPaused: (clock) => `Minuteur en pause avec ${clock} restantes.`,
    timeUpNote: "Le temps est écoulé : l’examen a été rendu avec les réponses que vous aviez données.",
    timeUpSpoken: "Le temps est écoulé. Votre examen a été rendu avec les réponses que vous aviez données.",
    leaveWarning: "Votre examen est enregistré dans ce navigateur ; vous pourrez le reprendre à votre retour.",
    resultsHeading: "Vos résultats",
    retryResultsHeading: "Vos résultats : questions manquées refaites",
    retryNotRecorded: "Refaire les questions manquées n’ajoute rien à votre historique d’examens d’entraînement.",
    score100: (right, total, pct) => `Vous avez répondu correctement à ${right} questions sur ${total} : ${pct} %.`,
    targetSummary: (target, score) =>
      `Votre objectif d’étude est de ${target} %. ` +
      (score >= target ? "Vous l’avez atteint." : `Il vous manque ${target - score} points pour l’atteindre.`) +
      " La ligne pointillée de chaque barre ci-dessous le signale.",
    fewCaution: (min) =>
      `Une ligne de moins de ${min} questions est marquée « trop peu pour juger » : ` +
      "une bonne réponse de plus ou de moins la déplace de 20 points ou plus.",
    byTopic: "Résultats par thème",
    byLesson: "Résultats par leçon",
    topic: "Thème",
    lesson: "Leçon",
    correct: "Correctes",
    shareCorrect: "Part de bonnes réponses",
    rightOf: (right, total) => `${right} sur ${total}`,
    belowTarget: "sous l’objectif",
    tooFew: "trop peu pour juger",
    reviewHeading: "Toutes les questions, avec votre réponse",
    missedOnly: "Afficher seulement les questions manquées",
    notAnswered: "Sans réponse.",
    youFlagged: "Vous avez marqué cette question pour relecture.",
    retryMissedExam: (n) => (n === 1 ? "Refaire la question manquée" : `Refaire les ${n} questions manquées`),
    missedToQueue: "Les questions manquées sont dans votre file de révision ; elles reviennent demain.",
    newExam: "Préparer un nouvel examen",

    dueHeading: "À revoir aujourd’hui",
    dueDone: (n, upcoming) => `Terminé pour aujourd’hui : vous avez répondu ${n === 1 ? "à la question prévue" : `aux ${n} questions prévues`}. ${upcoming}`,
    dueSoFar: (n, done) => `${questions(n)} à revoir aujourd’hui ; ${done} répondues jusqu’ici.`,
    queueEmpty:
      "Votre file de révision est vide. Une question manquée dans un quiz de leçon ou un examen d’entraînement revient ici le lendemain.",
    upcoming: (date, n) => `Rien d’autre à revoir aujourd’hui. Prochaine révision : ${date} (${questions(n)}).`,
    mastered: "Maîtrisée : cette question quitte votre file de révision.",
    nextReview: (date, days) => `Prochaine révision : ${date}, dans ${days}.`,
    startsOver: "Elle repart de zéro et revient demain.",

    /* Chargement des questions (pool.js), pour l’examen et la révision */
    poolLoading: "Chargement des questions…",
    poolFailed:
      "Les questions n’ont pas pu être chargées. Vérifiez votre connexion et réessayez ; si le cours a été mis à jour depuis que vous avez ouvert cette page, rechargez-la. Rien de ce que vous avez enregistré n’est perdu.",
    poolRetry: "Réessayer",

    byLessonHeading: "Par leçon",
    progressCaption: "Progression par leçon",
    progressColumns: ["Leçon", "Meilleur score au quiz", "Dernière tentative", "Maîtrisées", "À revoir aujourd’hui"],
    notYet: "Pas encore",
    lastAttempt: (date, right, answered) => `${date} : ${right} justes sur ${answered} répondues`,
    queueLine: (due, later, mastered) => `File de révision : ${due} à revoir aujourd’hui, ${later} pour plus tard, ${mastered} maîtrisées.`,
    examsHeading: "Examens d’entraînement",
    targetLine: (t) => `Votre objectif d’étude : ${t} % (un objectif personnel, pas une note de réussite officielle).`,
    noExam: "Aucun examen d’entraînement pour l’instant.",
    examLine: (date, correct, total, pct, timed) => `${date} : ${correct} sur ${total} (${pct} %)` + (timed ? ", chronométré" : ""),
    keepHeading: "Conserver ou transférer votre progression",
    keepBody:
      "Exporter enregistre tout le contenu de cette page dans un fichier sur votre appareil. Importer un fichier demande confirmation " +
      "avant de remplacer la progression de ce navigateur ou de la fusionner avec elle.",
    exportButton: "Exporter la progression",
    importLabel: "Importer la progression depuis un fichier",
    exported: (name) => `Votre progression a été enregistrée sous « ${name} ».`,
    imported: (name) => `Progression importée depuis « ${name} ».`,
    merged: (name) => `La progression de « ${name} » a été fusionnée avec celle de ce navigateur.`,
    importLeftOut: (n) =>
      n === 1
        ? " 1 entrée concernant une question absente de ce cours a été ignorée."
        : ` ${n} entrées concernant des questions absentes de ce cours ont été ignorées.`,
    importCancelled: (name) => `« ${name} » n’a pas été importé. Votre progression est inchangée.`,
    importRefused: {
      damaged: (name) => `« ${name} » n’a pas été importé : ce n’est pas un fichier de progression de ce cours, ou il est endommagé. Votre progression est inchangée.`,
      course: (name) => `« ${name} » n’a pas été importé : c’est la progression d’un autre cours. Votre progression est inchangée.`,
      unnamed: (name) =>
        `« ${name} » n’a pas été importé : il n’indique pas de quel cours il provient (les fichiers exportés avant ` +
        "cette version ne l’indiquent pas) ; il ne peut donc pas être vérifié. Votre progression est inchangée.",
      size: (name, limit) => `« ${name} » n’a pas été importé : il dépasse ${limit}, bien plus que tout fichier de progression. Votre progression est inchangée.`,
      unsaved: (name) =>
        `« ${name} » n’a pas pu être enregistré dans ce navigateur (son stockage est peut-être plein ou bloqué). Votre progression est inchangée.`,
    },
    importTitle: "Importer cette progression ?",
    importHolds: (what) => `Ce navigateur contient ${what}.`,
    fileHolds: (what) => `Le fichier contient ${what}.`,
    holdings: (answers, queued, exams) =>
      `${plural(answers, "question répondue", "questions répondues")}, ${plural(queued, "question", "questions")} ` +
      `dans la file de révision et ${plural(exams, "examen d’entraînement", "examens d’entraînement")}`,
    importChoice:
      "Remplacer met la progression du fichier à la place de celle de ce navigateur. Fusionner garde les deux : la réponse la plus " +
      "récente à chaque question, tous les examens et le meilleur score le plus élevé.",
    replace: "Remplacer",
    merge: "Fusionner",
    resetAllOpen: "Réinitialiser toute la progression…",
    resetAllTitle: "Réinitialiser toute la progression ?",
    resetAllBody:
      "Toutes les réponses, votre file de révision, vos résultats d’examens et votre objectif d’étude seront supprimés de ce navigateur. " +
      "C’est irréversible ; exportez d’abord votre progression si vous risquez d’en avoir besoin.",
    resetAllConfirm: "Tout réinitialiser",
    resetAllDone: "Toute la progression de ce navigateur a été réinitialisée.",
    startOverHeading: "Recommencer",
  });
  if (typeof module !== "undefined") module.exports = T.strings;
})(typeof window !== "undefined" ? window : globalThis);
