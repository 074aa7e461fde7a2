/* Spanish (es): every word the quiz and practice scripts show or announce; the same keys as the
 * English catalogue (../strings.js), which tests/unit/test_i18n.py checks. overrides/main.html loads
 * this file in its place when theme.language is es. */
(function (root) {
  "use strict";
  const T = (root.TACourse = root.TACourse || {});
  const rules = new Intl.PluralRules("es");
  const plural = (n, one, many) => n + " " + (rules.select(n) === "one" ? one : many);
  const questions = (n) => plural(n, "pregunta", "preguntas");

  T.strings = {
    plural,
    questions,
    minutes: (n) => plural(n, "minuto", "minutos"),
    days: (n) => plural(n, "día", "días"),

    notices: {
      dropped: "El progreso guardado en este navegador no se pudo leer completo, así que se borró la parte ilegible.",
      unavailable: "Este navegador no deja que el sitio guarde datos, así que tu progreso no se conservará al salir de esta página.",
      saveFailed:
        "No se pudo guardar tu último progreso: el almacenamiento de este navegador para el sitio está lleno. " +
        "Se mantiene en esta página, pero se perderá al salir; exporta tu progreso o libera espacio.",
    },
    cancel: "Cancelar",

    marks: {
      right: ["\u2713", "Tu respuesta: correcta"],
      wrong: ["\u2717", "Tu respuesta: incorrecta"],
      key: ["\u2713", "Respuesta correcta"],
      missed: ["!", "Omitida: respuesta correcta"],
    },
    feedbackRightWord: /^\s*(?:Right|Correcto|Correcta|Bien)\.\s*/,
    how: "Elige una respuesta y pulsa Comprobar. Las flechas del teclado recorren las opciones; nada se corrige hasta que pulses Comprobar.",
    whyEachChoice: "Por qué cada opción es correcta o incorrecta",
    check: "Comprobar",
    tryAgain: "Intentar de nuevo",
    verdictRight: "Correcto.",
    verdictWrong: "No exactamente.",
    verdictWrongMultiple: "No exactamente: hay que marcar todas las opciones correctas, y solo esas.",
    chooseFirst: "Elige primero una respuesta y después pulsa Comprobar.",
    chooseFirstSpoken: (n) => `Pregunta ${n}: elige primero una respuesta.`,
    resultSpoken: (n, correct) => `Pregunta ${n}: ${correct ? "correcta." : "incorrecta."}`,
    correctAnswers: (keys) => (keys.length > 1 ? " Respuestas correctas: " : " Respuesta correcta: ") + keys.join("; ") + ".",
    cleared: (n) => `Pregunta ${n}: respuesta borrada, vuelve a elegir.`,
    summary: (answered, total, right) => `Respondidas ${answered} de ${total}, ${right} correctas.`,
    summaryMissed: (answered, total, right) =>
      `Respondidas ${answered} de las ${total} ${total === 1 ? "pregunta" : "preguntas"} que fallaste, ${right} correctas. ` +
      "Solo se muestran las preguntas que fallaste.",
    score: (right, total) => `Tu puntuación: ${right} de ${total} correctas.`,
    retryMissed: "Reintentar las falladas",
    showAll: "Mostrar todas las preguntas",
    reset: "Reiniciar",
    printKey: "Imprimir las respuestas",
    showingMissed: (n) => `Solo se muestran ${n === 1 ? "la pregunta que fallaste" : `las ${n} preguntas que fallaste`}.`,
    showingAll: (n) => `Se muestran las ${n} preguntas.`,
    resetTitle: "¿Reiniciar este cuestionario?",
    resetBody: "Se borran todas las respuestas que diste en este cuestionario. Tu cola de repaso y tu mejor puntuación se mantienen.",
    resetConfirm: "Borrar respuestas",
    resetDone: "Cuestionario reiniciado: se borraron todas las respuestas.",
    resetKept: "No se reinició nada.",
  };
  if (typeof module !== "undefined") module.exports = T.strings;
})(typeof window !== "undefined" ? window : globalThis);
