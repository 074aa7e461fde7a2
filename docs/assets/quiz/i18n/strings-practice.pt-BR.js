/* Brazilian Portuguese (pt-BR): the words of the practice pages (exam, review queue, progress), added to the lesson
 * quiz's words (TACourse.strings, from the strings file of the same language) and loaded only on
 * practice pages, so a lesson page carries no practice words. Same keys in every language
 * (tests/unit/test_i18n.py). */
(function (root) {
  "use strict";
  const T = root.TACourse;
  const { plural, questions } = T.strings;

  Object.assign(T.strings, {
    targetLabel: "Sua meta de estudo (% de acertos)",
    targetHint: "Uma meta pessoal de prática, não uma nota oficial de aprovação.",
    questionNumber: (n) => `Questão ${n}.`,

    setupHeading: "Monte seu simulado",
    lengthLegend: "Número de questões",
    lengthOption: (n, all) => (all ? `Todas as ${n} questões` : `${n} questões`),
    timerLegend: "Cronômetro",
    timerOff: "Sem cronômetro",
    timerOn: "Cronometrado: cerca de um minuto por questão",
    start: "Iniciar simulado",
    resumeHeading: "Você tem um simulado em andamento",
    resumeBody: (pos, total, answered, left) =>
      `Você estava na questão ${pos} de ${total} e tinha respondido ${answered}.` + (left ? ` Tempo restante: ${left}.` : ""),
    resume: "Retomar o simulado",
    discard: "Descartar e começar de novo",
    discarded: "O simulado em andamento foi descartado.",
    resumed: (pos, total) => `Simulado retomado na questão ${pos} de ${total}.`,
    position: (pos, total, flagged) => `Questão ${pos} de ${total}` + (flagged ? " (marcada)" : ""),
    pauseTimer: "Pausar cronômetro",
    resumeTimer: "Retomar cronômetro",
    flag: "Marcar para revisão",
    flagged: "Questão marcada para revisão.",
    unflagged: "Marcação removida.",
    previous: "Anterior",
    next: "Próxima",
    reviewAndSubmit: "Revisar e enviar",
    answeredCount: (n, total) => `${n} de ${total} respondidas.`,
    started: (n, time) => `Simulado iniciado: ${questions(n)}` + (time ? `, ${time}.` : "."),
    confirmHeading: "Antes de enviar",
    unansweredWarning: (n) =>
      `Você não respondeu ${n === 1 ? "1 questão" : `${n} questões`}. Uma questão sem resposta conta como errada.`,
    allAnswered: "Você respondeu todas as questões.",
    unansweredList: "Questões sem resposta",
    flaggedList: "Questões marcadas",
    goTo: (n) => `Ir para a questão ${n}`,
    backToExam: "Voltar ao simulado",
    submit: "Enviar simulado",
    timeLeft: (clock, paused) => `Tempo restante: ${clock}` + (paused ? " (pausado)" : ""),
    halfTime: (time) => `Resta metade do seu tempo: ${time}.`,
    fiveMinutes: "Restam 5 minutos.",
    oneMinute: "Resta 1 minuto.",
    timerRunning: (clock) => `Cronômetro correndo: restam ${clock}.`,
    timerPaused: (clock) => `Cronômetro pausado com ${clock} restantes.`,
    timeUpNote: "O tempo acabou: o simulado foi enviado com as respostas que você tinha dado.",
    timeUpSpoken: "O tempo acabou. Seu simulado foi enviado com as respostas que você tinha dado.",
    leaveWarning: "Seu simulado está salvo neste navegador; você pode retomá-lo quando voltar.",
    resultsHeading: "Seus resultados",
    retryResultsHeading: "Seus resultados: questões erradas refeitas",
    retryNotRecorded: "Refazer as questões erradas não entra no seu histórico de simulados.",
    score100: (right, total, pct) => `Você acertou ${right} de ${total} questões: ${pct}%.`,
    targetSummary: (target, score) =>
      `Sua meta de estudo é ${target}%. ` +
      (score >= target ? "Você a alcançou." : `Faltam ${target - score} pontos para alcançá-la.`) +
      " A linha tracejada em cada barra abaixo a indica.",
    fewCaution: (min) =>
      `Uma linha com menos de ${min} questões é marcada como “poucas para avaliar”: ` +
      "uma resposta certa a mais ou a menos a move 20 pontos ou mais.",
    byTopic: "Resultados por tema",
    byLesson: "Resultados por lição",
    topic: "Tema",
    lesson: "Lição",
    correct: "Corretas",
    shareCorrect: "Percentual de acertos",
    rightOf: (right, total) => `${right} de ${total}`,
    belowTarget: "abaixo da meta",
    tooFew: "poucas para avaliar",
    reviewHeading: "Todas as questões, com a sua resposta",
    missedOnly: "Mostrar só as questões que errei",
    notAnswered: "Sem resposta.",
    youFlagged: "Você marcou esta questão para revisão.",
    retryMissedExam: (n) => (n === 1 ? "Refazer a questão errada" : `Refazer as ${n} questões erradas`),
    missedToQueue: "As questões que você errou estão na sua fila de revisão; elas voltam amanhã.",
    newExam: "Montar um novo simulado",

    dueHeading: "Para hoje",
    dueDone: (n, upcoming) => `Concluído por hoje: você respondeu ${n === 1 ? "a questão pendente" : `as ${n} questões pendentes`}. ${upcoming}`,
    dueSoFar: (n, done) => `${questions(n)} para hoje; ${done} respondidas até agora.`,
    queueEmpty:
      "Sua fila de revisão está vazia. Uma questão que você errar no quiz de uma lição ou num simulado volta aqui no dia seguinte.",
    upcoming: (date, n) => `Nada mais para hoje. Próxima revisão: ${date} (${questions(n)}).`,
    mastered: "Dominada: esta questão sai da sua fila de revisão.",
    nextReview: (date, days) => `Próxima revisão: ${date}, daqui a ${days}.`,
    startsOver: "Ela recomeça e volta amanhã.",

    /* Carregamento das questões (pool.js), no simulado e na revisão */
    poolLoading: "Carregando as questões…",
    poolFailed:
      "Não foi possível carregar as questões. Verifique sua conexão e tente de novo; se o curso foi atualizado depois que você abriu esta página, recarregue-a. Nada do que você salvou se perde.",
    poolRetry: "Tentar de novo",

    byLessonHeading: "Por lição",
    progressCaption: "Progresso por lição",
    progressColumns: ["Lição", "Melhor pontuação no quiz", "Última tentativa", "Dominadas", "Para hoje"],
    notYet: "Ainda não",
    lastAttempt: (date, right, answered) => `${date}: ${right} certas de ${answered} respondidas`,
    queueLine: (due, later, mastered) => `Fila de revisão: ${due} para hoje, ${later} para outro dia, ${mastered} dominadas.`,
    examsHeading: "Simulados",
    targetLine: (t) => `Sua meta de estudo: ${t}% (uma meta pessoal, não uma nota oficial de aprovação).`,
    noExam: "Nenhum simulado ainda.",
    examLine: (date, correct, total, pct, timed) => `${date}: ${correct} de ${total} (${pct}%)` + (timed ? ", cronometrado" : ""),
    keepHeading: "Guarde ou transfira seu progresso",
    keepBody:
      "Exportar salva tudo o que está nesta página em um arquivo no seu dispositivo. Importar um arquivo pergunta antes de " +
      "substituir o progresso deste navegador ou de mesclá-lo.",
    exportButton: "Exportar progresso",
    importLabel: "Importar progresso de um arquivo",
    exported: (name) => `Seu progresso foi salvo como “${name}”.`,
    imported: (name) => `Progresso importado de “${name}”.`,
    merged: (name) => `O progresso de “${name}” foi mesclado com o deste navegador.`,
    importLeftOut: (n) =>
      n === 1
        ? " 1 registro de uma questão que este curso não tem foi deixado de fora."
        : ` ${n} registros de questões que este curso não tem foram deixados de fora.`,
    importCancelled: (name) => `“${name}” não foi importado. Seu progresso não mudou.`,
    importRefused: {
      damaged: (name) => `“${name}” não foi importado: não é um arquivo de progresso deste curso ou está danificado. Seu progresso não mudou.`,
      course: (name) => `“${name}” não foi importado: é o progresso de outro curso. Seu progresso não mudou.`,
      unnamed: (name) =>
        `“${name}” não foi importado: ele não diz de qual curso vem (arquivos exportados antes ` +
        "desta versão não dizem), então não pode ser verificado. Seu progresso não mudou.",
      size: (name, limit) => `“${name}” não foi importado: é maior que ${limit}, muito mais que qualquer arquivo de progresso. Seu progresso não mudou.`,
      unsaved: (name) =>
        `Não foi possível salvar “${name}” neste navegador (o armazenamento pode estar cheio ou bloqueado). Seu progresso não mudou.`,
    },
    importTitle: "Importar este progresso?",
    importHolds: (what) => `Este navegador contém ${what}.`,
    fileHolds: (what) => `O arquivo contém ${what}.`,
    holdings: (answers, queued, exams) =>
      `${plural(answers, "questão respondida", "questões respondidas")}, ${plural(queued, "questão", "questões")} ` +
      `na fila de revisão e ${plural(exams, "simulado", "simulados")}`,
    importChoice:
      "Substituir coloca o progresso do arquivo no lugar do progresso deste navegador. Mesclar mantém os dois: a resposta mais recente " +
      "a cada questão, todos os simulados e a maior melhor pontuação.",
    replace: "Substituir",
    merge: "Mesclar",
    resetAllOpen: "Reiniciar todo o progresso…",
    resetAllTitle: "Reiniciar todo o progresso?",
    resetAllBody:
      "Isso remove deste navegador todas as respostas, sua fila de revisão, seus resultados de simulados e sua meta de estudo. " +
      "Não dá para desfazer; exporte seu progresso antes se puder querer recuperá-lo.",
    resetAllConfirm: "Reiniciar tudo",
    resetAllDone: "Todo o progresso deste navegador foi reiniciado.",
    startOverHeading: "Recomeçar",
  });
  if (typeof module !== "undefined") module.exports = T.strings;
})(typeof window !== "undefined" ? window : globalThis);
