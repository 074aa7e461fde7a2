/* Spanish (es): the words of the practice pages (exam, review queue, progress), added to the lesson
 * quiz's words (TACourse.strings, from the strings file of the same language) and loaded only on
 * practice pages, so a lesson page carries no practice words. Same keys in every language
 * (tests/unit/test_i18n.py). */
(function (root) {
  "use strict";
  const T = root.TACourse;
  const { plural, questions } = T.strings;

  Object.assign(T.strings, {
    targetLabel: "Tu objetivo de estudio (% de aciertos)",
    targetHint: "Un objetivo personal para practicar, no una nota oficial de aprobado.",
    questionNumber: (n) => `Pregunta ${n}.`,

    setupHeading: "Prepara tu examen de práctica",
    lengthLegend: "Número de preguntas",
    lengthOption: (n, all) => (all ? `Las ${n} preguntas` : `${n} preguntas`),
    timerLegend: "Temporizador",
    timerOff: "Sin temporizador",
    timerOn: "Con tiempo: alrededor de un minuto por pregunta",
    start: "Empezar el examen",
    resumeHeading: "Tienes un examen de práctica en curso",
    resumeBody: (pos, total, answered, left) =>
      `Estabas en la pregunta ${pos} de ${total} y habías respondido ${answered}.` + (left ? ` Tiempo restante: ${left}.` : ""),
    resume: "Continuar el examen",
    discard: "Descartarlo y empezar de nuevo",
    discarded: "Se descartó el examen en curso.",
    resumed: (pos, total) => `Examen retomado en la pregunta ${pos} de ${total}.`,
    position: (pos, total, flagged) => `Pregunta ${pos} de ${total}` + (flagged ? " (marcada)" : ""),
    pauseTimer: "Pausar el temporizador",
    resumeTimer: "Reanudar el temporizador",
    flag: "Marcar para revisar",
    flagged: "Pregunta marcada para revisar.",
    unflagged: "Marca quitada.",
    previous: "Anterior",
    next: "Siguiente",
    reviewAndSubmit: "Revisar y entregar",
    answeredCount: (n, total) => `Respondidas ${n} de ${total}.`,
    started: (n, time) => `Examen empezado: ${questions(n)}` + (time ? `, ${time}.` : "."),
    confirmHeading: "Antes de entregar",
    unansweredWarning: (n) =>
      `Te ${n === 1 ? "queda 1 pregunta" : `quedan ${n} preguntas`} sin responder. Una pregunta sin responder cuenta como fallada.`,
    allAnswered: "Has respondido todas las preguntas.",
    unansweredList: "Preguntas sin responder",
    flaggedList: "Preguntas marcadas",
    goTo: (n) => `Ir a la pregunta ${n}`,
    backToExam: "Volver al examen",
    submit: "Entregar el examen",
    timeLeft: (clock, paused) => `Tiempo restante: ${clock}` + (paused ? " (en pausa)" : ""),
    halfTime: (time) => `Te queda la mitad del tiempo: ${time}.`,
    fiveMinutes: "Quedan 5 minutos.",
    oneMinute: "Queda 1 minuto.",
    timerRunning: (clock) => `Temporizador en marcha: quedan ${clock}.`,
    timerPaused: (clock) => `Temporizador en pausa con ${clock} restantes.`,
    timeUpNote: "Se acabó el tiempo: el examen se entregó con las respuestas que habías dado.",
    timeUpSpoken: "Se acabó el tiempo. Tu examen se entregó con las respuestas que habías dado.",
    leaveWarning: "Tu examen está guardado en este navegador; puedes continuarlo cuando vuelvas.",
    resultsHeading: "Tus resultados",
    retryResultsHeading: "Tus resultados: preguntas falladas reintentadas",
    retryNotRecorded: "Un reintento de las preguntas falladas no se añade a tu historial de exámenes de práctica.",
    score100: (right, total, pct) => `Respondiste bien ${right} de ${total} preguntas: ${pct}\u00a0%.`,
    targetSummary: (target, score) =>
      `Tu objetivo de estudio es ${target}\u00a0%. ` +
      (score >= target ? "Lo alcanzaste." : `Te faltan ${target - score} puntos para alcanzarlo.`) +
      " La línea discontinua de cada barra lo señala.",
    fewCaution: (min) =>
      `Una fila con menos de ${min} preguntas se marca como «muy pocas para valorar»: ` +
      "una respuesta bien o mal de más la mueve 20 puntos o más.",
    byTopic: "Resultados por tema",
    byLesson: "Resultados por lección",
    topic: "Tema",
    lesson: "Lección",
    correct: "Correctas",
    shareCorrect: "Porcentaje de aciertos",
    rightOf: (right, total) => `${right} de ${total}`,
    belowTarget: "por debajo del objetivo",
    tooFew: "muy pocas para valorar",
    reviewHeading: "Todas las preguntas, con tu respuesta",
    missedOnly: "Mostrar solo las preguntas que fallé",
    notAnswered: "Sin responder.",
    youFlagged: "Marcaste esta pregunta para revisar.",
    retryMissedExam: (n) => (n === 1 ? "Reintentar la pregunta fallada" : `Reintentar las ${n} preguntas falladas`),
    missedToQueue: "Las preguntas que fallaste están en tu cola de repaso; vuelven mañana.",
    newExam: "Preparar un examen nuevo",

    dueHeading: "Para hoy",
    dueDone: (n, upcoming) => `Terminado por hoy: respondiste ${n === 1 ? "la pregunta pendiente" : `las ${n} preguntas pendientes`}. ${upcoming}`,
    dueSoFar: (n, done) => `${questions(n)} para hoy; ${done} respondidas hasta ahora.`,
    queueEmpty:
      "Tu cola de repaso está vacía. Una pregunta que falles en un cuestionario de lección o en un examen de práctica vuelve aquí al día siguiente.",
    upcoming: (date, n) => `No queda nada más para hoy. Próximo repaso: ${date} (${questions(n)}).`,
    mastered: "Dominada: esta pregunta sale de tu cola de repaso.",
    nextReview: (date, days) => `Próximo repaso: ${date}, dentro de ${days}.`,
    startsOver: "Vuelve a empezar y regresa mañana.",

    /* Carga de las preguntas (pool.js), en el examen y el repaso */
    poolLoading: "Cargando las preguntas…",
    poolFailed:
      "No se pudieron cargar las preguntas. Comprueba tu conexión e inténtalo de nuevo; si el curso se actualizó después de que abrieras esta página, vuelve a cargarla. No se pierde nada de lo que guardaste.",
    poolRetry: "Intentar de nuevo",

    byLessonHeading: "Por lección",
    progressCaption: "Progreso por lección",
    progressColumns: ["Lección", "Mejor puntuación", "Último intento", "Dominadas", "Para hoy"],
    notYet: "Todavía no",
    lastAttempt: (date, right, answered) => `${date}: ${right} correctas de ${answered} respondidas`,
    queueLine: (due, later, mastered) => `Cola de repaso: ${due} para hoy, ${later} para otro día, ${mastered} dominadas.`,
    examsHeading: "Exámenes de práctica",
    targetLine: (t) => `Tu objetivo de estudio: ${t}\u00a0% (un objetivo personal, no una nota oficial de aprobado).`,
    noExam: "Todavía no hay ningún examen de práctica.",
    examLine: (date, correct, total, pct, timed) => `${date}: ${correct} de ${total} (${pct}\u00a0%)` + (timed ? ", con tiempo" : ""),
    keepHeading: "Conserva o traslada tu progreso",
    keepBody:
      "Exportar guarda todo lo de esta página en un archivo de tu dispositivo. Al importar un archivo se te pregunta antes de " +
      "reemplazar el progreso de este navegador o combinarlo con él.",
    exportButton: "Exportar el progreso",
    importLabel: "Importar el progreso desde un archivo",
    exported: (name) => `Tu progreso se guardó como «${name}».`,
    imported: (name) => `Progreso importado desde «${name}».`,
    merged: (name) => `El progreso de «${name}» se combinó con el de este navegador.`,
    importLeftOut: (n) =>
      n === 1
        ? " Se omitió 1 entrada de una pregunta que este curso no tiene."
        : ` Se omitieron ${n} entradas de preguntas que este curso no tiene.`,
    importCancelled: (name) => `«${name}» no se importó. Tu progreso no ha cambiado.`,
    importRefused: {
      damaged: (name) => `«${name}» no se importó: no es un archivo de progreso de este curso o está dañado. Tu progreso no ha cambiado.`,
      course: (name) => `«${name}» no se importó: es el progreso de otro curso. Tu progreso no ha cambiado.`,
      unnamed: (name) =>
        `«${name}» no se importó: no indica de qué curso procede (los archivos exportados antes de ` +
        "esta versión no lo indican), así que no se puede comprobar. Tu progreso no ha cambiado.",
      size: (name, limit) => `«${name}» no se importó: ocupa más de ${limit}, mucho más que cualquier archivo de progreso. Tu progreso no ha cambiado.`,
      unsaved: (name) =>
        `«${name}» no se pudo guardar en este navegador (puede que su almacenamiento esté lleno o bloqueado). Tu progreso no ha cambiado.`,
    },
    importTitle: "¿Importar este progreso?",
    importHolds: (what) => `Este navegador contiene ${what}.`,
    fileHolds: (what) => `El archivo contiene ${what}.`,
    holdings: (answers, queued, exams) =>
      `${plural(answers, "pregunta respondida", "preguntas respondidas")}, ${plural(queued, "pregunta", "preguntas")} ` +
      `en la cola de repaso y ${plural(exams, "examen de práctica", "exámenes de práctica")}`,
    importChoice:
      "Reemplazar pone el progreso del archivo en lugar del de este navegador. Combinar conserva ambos: la respuesta más reciente " +
      "a cada pregunta, todos los exámenes y la mejor puntuación más alta.",
    replace: "Reemplazar",
    merge: "Combinar",
    resetAllOpen: "Reiniciar todo el progreso…",
    resetAllTitle: "¿Reiniciar todo el progreso?",
    resetAllBody:
      "Se eliminan de este navegador todas las respuestas, tu cola de repaso, tus resultados de exámenes y tu objetivo de estudio. " +
      "No se puede deshacer; exporta antes tu progreso si quizá lo quieras recuperar.",
    resetAllConfirm: "Reiniciar todo",
    resetAllDone: "Se reinició todo el progreso de este navegador.",
    startOverHeading: "Empezar de nuevo",
  });
  if (typeof module !== "undefined") module.exports = T.strings;
})(typeof window !== "undefined" ? window : globalThis);
