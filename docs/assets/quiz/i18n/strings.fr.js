/* French (fr): every word the quiz and practice scripts show or announce; the same keys as the
 * English catalogue (../strings.js), which tests/unit/test_i18n.py checks. overrides/main.html loads
 * this file in its place when theme.language is fr. French spacing: a no-break space before : ; ? ! %
 * and inside « ». */
(function (root) {
  "use strict";
  const T = (root.TACourse = root.TACourse || {});
  const rules = new Intl.PluralRules("fr");
  const plural = (n, one, many) => n + " " + (rules.select(n) === "one" ? one : many);
  const questions = (n) => plural(n, "question", "questions");

  T.strings = {
    plural,
    questions,
    minutes: (n) => plural(n, "minute", "minutes"),
    days: (n) => plural(n, "jour", "jours"),

    notices: {
      dropped: "La progression enregistrée dans ce navigateur n’a pas pu être lue entièrement ; la partie illisible a donc été effacée.",
      unavailable: "Ce navigateur ne permet pas au site d’enregistrer des données ; votre progression ne sera donc pas conservée quand vous quitterez cette page.",
      saveFailed:
        "Votre dernière progression n’a pas pu être enregistrée : l’espace de stockage de ce navigateur pour le site est plein. " +
        "Elle reste sur cette page mais sera perdue quand vous la quitterez ; exportez votre progression ou libérez de l’espace.",
    },
    cancel: "Annuler",

    marks: {
      right: ["\u2713", "Votre réponse : correcte"],
      wrong: ["\u2717", "Votre réponse : incorrecte"],
      key: ["\u2713", "Bonne réponse"],
      missed: ["!", "Oubliée : bonne réponse"],
    },
    feedbackRightWord: /^\s*(?:Right|Exact|Juste|Oui)\.\s*/,
    how: "Choisissez une réponse, puis appuyez sur Vérifier. Les flèches passent d’un choix à l’autre ; rien n’est corrigé avant que vous appuyiez sur Vérifier.",
    whyEachChoice: "Pourquoi chaque choix est juste ou faux",
    check: "Vérifier",
    tryAgain: "Réessayer",
    verdictRight: "Correct.",
    verdictWrong: "Pas tout à fait.",
    verdictWrongMultiple: "Pas tout à fait : il faut cocher tous les bons choix, et seulement eux.",
    chooseFirst: "Choisissez d’abord une réponse, puis appuyez sur Vérifier.",
    chooseFirstSpoken: (n) => `Question ${n} : choisissez d’abord une réponse.`,
    resultSpoken: (n, correct) => `Question ${n} : ${correct ? "correct." : "incorrect."}`,
    correctAnswers: (keys) => (keys.length > 1 ? " Bonnes réponses : " : " Bonne réponse : ") + keys.join(" ; ") + ".",
    cleared: (n) => `Question ${n} : réponse effacée, choisissez à nouveau.`,
    summary: (answered, total, right) => `${answered} sur ${total} répondues, ${right} correctes.`,
    summaryMissed: (answered, total, right) =>
      `${answered} répondues sur les ${total} ${total === 1 ? "question" : "questions"} manquées, ${right} correctes. ` +
      "Seules les questions manquées sont affichées.",
    score: (right, total) => `Votre score : ${right} sur ${total} correctes.`,
    retryMissed: "Refaire les questions manquées",
    showAll: "Afficher toutes les questions",
    reset: "Réinitialiser",
    printKey: "Imprimer le corrigé",
    showingMissed: (n) => (n === 1 ? "Seule la question manquée est affichée." : `Seules les ${n} questions manquées sont affichées.`),
    showingAll: (n) => `Les ${n} questions sont affichées.`,
    resetTitle: "Réinitialiser ce quiz ?",
    resetBody: "Toutes les réponses données dans ce quiz seront effacées. Votre file de révision et votre meilleur score sont conservés.",
    resetConfirm: "Effacer les réponses",
    resetDone: "Quiz réinitialisé : toutes les réponses ont été effacées.",
    resetKept: "Rien n’a été réinitialisé.",
  };
  if (typeof module !== "undefined") module.exports = T.strings;
})(typeof window !== "undefined" ? window : globalThis);
