// Each language's words (docs/assets/quiz/i18n/, issue 17) as a page gets them: the lesson quiz's
// file, then the practice pages' file adding to the same object, each in a fresh global scope.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const dir = path.join(__dirname, "..", "..", "docs", "assets", "quiz");
function words(lang) {
  const files = lang === "en" ? ["strings.js", "strings-practice.js"] : [`i18n/strings.${lang}.js`, `i18n/strings-practice.${lang}.js`];
  const scope = vm.createContext({ Intl });
  scope.window = scope;
  for (const file of files) vm.runInContext(fs.readFileSync(path.join(dir, file), "utf8"), scope, { filename: file });
  return scope.TACourse.strings;
}

test("plural forms follow each language's rules (French and Portuguese count 0 as one)", () => {
  assert.equal(words("en").questions(0), "0 questions");
  assert.equal(words("fr").questions(0), "0 question");
  assert.equal(words("fr").questions(2), "2 questions");
  assert.equal(words("pt-BR").questions(0), "0 questão");
  assert.equal(words("pt-BR").questions(3), "3 questões");
  assert.equal(words("es").questions(0), "0 preguntas");
  assert.equal(words("es").minutes(1), "1 minuto");
  assert.equal(words("de").days(1), "1 Tag");
  assert.equal(words("de").days(3), "3 Tagen");
});

test("sentences with numbers read naturally in each language", () => {
  assert.equal(words("es").position(2, 20, true), "Pregunta 2 de 20 (marcada)");
  assert.equal(words("de").score100(15, 20, 75), "Sie haben 15 von 20 Fragen richtig beantwortet: 75\u00a0%.");
  // French: a no-break space before the colon and the percent sign.
  assert.equal(words("fr").score100(15, 20, 75), "Vous avez répondu correctement à 15 questions sur 20\u00a0: 75\u00a0%.");
  assert.equal(words("pt-BR").retryMissedExam(1), "Refazer a questão errada");
  assert.equal(words("pt-BR").retryMissedExam(4), "Refazer as 4 questões erradas");
});

test("the practice words join the lesson quiz's words in the same language", () => {
  const english = words("en");
  for (const lang of ["es", "fr", "de", "pt-BR"]) {
    const s = words(lang);
    assert.notEqual(s.check, english.check, lang);
    assert.notEqual(s.start, english.start, lang);
  }
  assert.equal(words("es").started(3, ""), "Examen empezado: 3 preguntas.");
});
