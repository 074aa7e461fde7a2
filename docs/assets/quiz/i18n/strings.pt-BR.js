/* Brazilian Portuguese (pt-BR): every word the quiz and practice scripts show or announce; the same
 * keys as the English catalogue (../strings.js), which tests/unit/test_i18n.py checks.
 * overrides/main.html loads this file in its place when theme.language is pt-BR. */
(function (root) {
  "use strict";
  const T = (root.TACourse = root.TACourse || {});
  const rules = new Intl.PluralRules("pt-BR");
  const plural = (n, one, many) => n + " " + (rules.select(n) === "one" ? one : many);
  const questions = (n) => plural(n, "questão", "questões");

  T.strings = {
    plural,
    questions,
    minutes: (n) => plural(n, "minuto", "minutos"),
    days: (n) => plural(n, "dia", "dias"),

    notices: {
      dropped: "Não foi possível ler todo o progresso salvo neste navegador, então a parte ilegível foi apagada.",
      unavailable: "Este navegador não permite que o site salve dados, então seu progresso não será mantido quando você sair desta página.",
      saveFailed:
        "Não foi possível salvar seu progresso mais recente: o armazenamento deste navegador para o site está cheio. " +
        "Ele continua nesta página, mas será perdido quando você sair; exporte seu progresso ou libere espaço.",
    },
    cancel: "Cancelar",

    marks: {
      right: ["\u2713", "Sua resposta: correta"],
      wrong: ["\u2717", "Sua resposta: incorreta"],
      key: ["\u2713", "Resposta correta"],
      missed: ["!", "Faltou: resposta correta"],
    },
    feedbackRightWord: /^\s*(?:Right|Certo|Correto|Correta|Isso)\.\s*/,
    how: "Escolha uma resposta e pressione Verificar. As setas do teclado passam de uma opção a outra; nada é corrigido até você pressionar Verificar.",
    whyEachChoice: "Por que cada opção está certa ou errada",
    check: "Verificar",
    tryAgain: "Tentar de novo",
    verdictRight: "Correto.",
    verdictWrong: "Não exatamente.",
    verdictWrongMultiple: "Não exatamente: é preciso marcar todas as opções corretas, e somente elas.",
    chooseFirst: "Escolha uma resposta primeiro e depois pressione Verificar.",
    chooseFirstSpoken: (n) => `Questão ${n}: escolha uma resposta primeiro.`,
    resultSpoken: (n, correct) => `Questão ${n}: ${correct ? "correta." : "incorreta."}`,
    correctAnswers: (keys) => (keys.length > 1 ? " Respostas corretas: " : " Resposta correta: ") + keys.join("; ") + ".",
    cleared: (n) => `Questão ${n}: resposta apagada, escolha de novo.`,
    summary: (answered, total, right) => `${answered} de ${total} respondidas, ${right} corretas.`,
    summaryMissed: (answered, total, right) =>
      `${answered} respondidas das ${total} ${total === 1 ? "questão" : "questões"} que você errou, ${right} corretas. ` +
      "Mostrando só as questões que você errou.",
    score: (right, total) => `Sua pontuação: ${right} de ${total} corretas.`,
    retryMissed: "Refazer as erradas",
    showAll: "Mostrar todas as questões",
    reset: "Reiniciar",
    printKey: "Imprimir gabarito",
    showingMissed: (n) => (n === 1 ? "Mostrando só a questão que você errou." : `Mostrando só as ${n} questões que você errou.`),
    showingAll: (n) => `Mostrando todas as ${n} questões.`,
    resetTitle: "Reiniciar este quiz?",
    resetBody: "Isso apaga todas as respostas que você deu neste quiz. Sua fila de revisão e sua melhor pontuação continuam.",
    resetConfirm: "Apagar respostas",
    resetDone: "Quiz reiniciado: todas as respostas foram apagadas.",
    resetKept: "Nada foi reiniciado.",
  };
  if (typeof module !== "undefined") module.exports = T.strings;
})(typeof window !== "undefined" ? window : globalThis);
