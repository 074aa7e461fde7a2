// The browser's words (issue 17) as a page gets them: strings.js and strings-practice.js in a fresh
// global scope, reading the catalogue src/quizkit/i18n/LANG.json from the page's JSON island, as
// the Markdown extension writes it. Checks the formatting helpers (plural forms, percentages,
// sizes, dates) per locale.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const dir = path.join(__dirname, "..", "..", "docs", "assets", "quiz");
const catalogueDir = path.join(__dirname, "..", "..", "src", "quizkit", "i18n");
const NBSP = "\u00a0";
// Where ICU versions differ (French "%" and units take a no-break space, narrow or not), either is right.
const SPACE = "[\u00a0\u202f]";

// A document holding the island `<template class="ta-strings" data-locale=...>` (or none).
function pageWith(island) {
  return {
    querySelector: (selector) =>
      selector === "template.ta-strings" && island
        ? { textContent: island.text, getAttribute: (name) => (name === "data-locale" ? island.locale : null) }
        : null,
  };
}
const islandOf = (lang, locale = lang) => ({ text: fs.readFileSync(path.join(catalogueDir, `${lang}.json`), "utf8"), locale });

// The scripts in a page of language `lang` (its island already in the page when they load).
function scripts(document) {
  const scope = vm.createContext({ Intl });
  scope.window = scope;
  scope.document = document;
  for (const file of ["strings.js", "strings-practice.js"]) {
    vm.runInContext(fs.readFileSync(path.join(dir, file), "utf8"), scope, { filename: file });
  }
  return scope.TACourse.strings;
}
const words = (lang, locale) => scripts(pageWith(islandOf(lang, locale)));

test("plural forms follow each language's rules (French and Portuguese count 0 as one)", () => {
  assert.equal(words("en").questions(0), "0 questions");
  assert.equal(words("en").questions(1), "1 question");
  assert.equal(words("fr").questions(0), "0 question");
  assert.equal(words("fr").questions(2), "2 questions");
  assert.equal(words("pt-BR").questions(0), "0 questão");
  assert.equal(words("pt-BR").questions(3), "3 questões");
  assert.equal(words("es").questions(0), "0 preguntas");
  assert.equal(words("es").minutes(1), "1 minuto");
  assert.equal(words("de").days(1), "1 Tag");
  assert.equal(words("de").days(3), "3 Tagen");
  // One point short is singular (the old English said "1 points").
  assert.match(words("en").targetSummary(80, 79), /You are 1 point short of it\./);
  assert.match(words("de").targetSummary(80, 78), /Ihnen fehlen 2 Punkte bis dahin\./);
});

test("a plural form the catalogue lacks falls back to 'other' (French 'many' for a million)", () => {
  // Intl.PluralRules("fr") puts 1,000,000 in "many"; the catalogue writes "one" and "other" only.
  assert.match(words("fr").questions(1000000), new RegExp(`^1${SPACE}000${SPACE}000 questions$`));
  assert.equal(words("en").questions(1000000), "1,000,000 questions");
});

test("percentages are Intl.NumberFormat's for the page language", () => {
  assert.equal(words("en").percent(75), "75%");
  assert.match(words("fr").percent(75), new RegExp(`^75${SPACE}%$`));
  assert.equal(words("de").percent(75), `75${NBSP}%`);
  assert.equal(words("es").percent(75), `75${NBSP}%`);
  assert.equal(words("pt-BR").percent(75), "75%");
  assert.equal(words("de").score100(15, 20, 75), `Sie haben 15 von 20 Fragen richtig beantwortet: 75${NBSP}%.`);
  assert.match(words("fr").score100(15, 20, 75), new RegExp(`^Vous avez répondu correctement à 15 questions sur 20\u00a0: 75${SPACE}%\\.$`));
  assert.equal(words("en").examLine("1 Mar 2026", 3, 4, 75, true), "1 Mar 2026: 3 of 4 (75%), timed");
  assert.match(words("fr").targetLine(70), new RegExp(`^Votre objectif d’étude\u00a0: 70${SPACE}% \\(un objectif personnel`));
});

test("sizes are Intl's megabytes and kilobytes in the page language", () => {
  assert.equal(words("en").size(1000000), "1 MB");
  assert.match(words("fr").size(1000000), new RegExp(`^1${SPACE}Mo$`));
  assert.equal(words("en").size(2500), "2.5 kB");
  assert.equal(words("de").size(2500), "2,5 kB");
  assert.match(words("fr").importRefused.size("p.json", 1000000), new RegExp(`il dépasse 1${SPACE}Mo,`));
});

test("dates are Intl.DateTimeFormat's for the page language", () => {
  const noon = Date.UTC(2026, 2, 2, 12); // noon UTC: the same day in every time zone a test runs in
  assert.match(words("en").date(noon, true), /Monday.*March 2|2 March/);
  assert.match(words("fr").date(noon, true), /^lundi 2 mars$/);
  assert.match(words("de").date(noon, true), /^Montag, 2\. März$/);
  assert.match(words("de").date(noon, false), /2\. März 2026/);
  assert.match(words("pt-BR").date(noon, true), /segunda-feira, 2 de março/);
});

test("sentences with numbers read naturally in each language", () => {
  assert.equal(words("es").position(2, 20, true), "Pregunta 2 de 20 (marcada)");
  assert.equal(words("pt-BR").retryMissedExam(1), "Refazer a questão errada");
  assert.equal(words("pt-BR").retryMissedExam(4), "Refazer as 4 questões erradas");
  assert.equal(words("es").started(3, ""), "Examen empezado: 3 preguntas.");
  assert.equal(words("fr").correctAnswers(["A", "B"]), " Bonnes réponses\u00a0: A\u00a0; B.");
  assert.equal(
    words("en").holdings(1, 2, 0),
    "1 answered question, 2 questions in the review queue and 0 practice exams",
  );
  assert.deepEqual([...words("de").progressColumns], ["Lektion", "Bestes Quizergebnis", "Letzter Versuch", "Gemeistert", "Heute fällig"]);
  assert.equal(words("de").marks.wrong[1], "Ihre Antwort: falsch");
  assert.ok(words("fr").feedbackRightWord.test("Juste. Parce que"));
});

test("the practice words join the lesson quiz's words in the same language", () => {
  const english = words("en");
  for (const lang of ["es", "fr", "de", "pt-BR"]) {
    const s = words(lang);
    assert.notEqual(s.check, english.check, lang);
    assert.notEqual(s.start, english.start, lang);
  }
});

test("the locale formats numbers while the catalogue gives the words (es-MX, and a made-up tag)", () => {
  const mexican = words("es", "es-MX");
  assert.equal(mexican.locale, "es-MX");
  assert.equal(mexican.percent(75), "75%"); // Mexico writes no space before "%", Spain does
  const madeUp = words("en", "not a tag!");
  assert.equal(madeUp.locale, "en");
  assert.equal(madeUp.check, "Check");
});

test("a page without an island keeps the words it had; a new page's island replaces them", () => {
  const page = { island: islandOf("de") };
  const document = { querySelector: (sel) => pageWith(page.island).querySelector(sel) };
  const s = scripts(document);
  assert.equal(s.check, "Prüfen");
  page.island = null; // instant navigation to a page with no quiz
  s.load(document);
  assert.equal(s.check, "Prüfen");
  page.island = islandOf("fr");
  s.load(document);
  assert.equal(s.check, "Vérifier");
  assert.equal(s.notices.unavailable.startsWith("Ce navigateur"), true);
  page.island = { text: "{not json", locale: "es" };
  s.load(document);
  assert.equal(s.check, "Vérifier");
});

// strings.js in a page's scope where Intl's formatters are counted as they are made.
function countingWords(lang, locale) {
  const made = [];
  const counting = {};
  for (const name of ["PluralRules", "NumberFormat", "DateTimeFormat"]) {
    counting[name] = class extends Intl[name] {
      constructor(...args) {
        super(...args);
        made.push(name);
      }
    };
  }
  const scope = vm.createContext({ Intl: { ...counting, getCanonicalLocales: Intl.getCanonicalLocales } });
  scope.window = scope;
  scope.document = pageWith(islandOf(lang, locale));
  vm.runInContext(fs.readFileSync(path.join(dir, "strings.js"), "utf8"), scope, { filename: "strings.js" });
  return { S: scope.TACourse.strings, made };
}

test("loading the words and showing counts under 1,000 make no Intl formatter", () => {
  // The first formatter a page makes loads Intl's data: tens of milliseconds of one task on a
  // phone, as the page loads (issue 16). The counts a page shows as it loads need none.
  const { S, made } = countingWords("fr");
  assert.equal(S.check, "Vérifier");
  assert.equal(S.summary(3, 17, 2), S.text("summary", { answered: "3", total: "17", right: "2" }));
  assert.match(S.summary(3, 17, 2), /\b17\b/);
  assert.deepEqual(made, []);
  // A plural choice needs the language's rules; a large number needs its grouping; each is made once.
  assert.equal(S.questions(0), "0 question");
  assert.equal(S.questions(2), "2 questions");
  assert.deepEqual(made, ["PluralRules"]);
  assert.match(S.questions(1500), new RegExp(`^1${SPACE}500 questions$`));
  assert.match(S.questions(2500), new RegExp(`^2${SPACE}500 questions$`));
  assert.deepEqual(made, ["PluralRules", "NumberFormat"]);
});

test("every whole number under 1,000 reads as Intl writes it, in every shipped language", () => {
  const languages = fs.readdirSync(catalogueDir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5));
  assert.ok(languages.length >= 5);
  for (const lang of languages) {
    const S = words(lang);
    const intl = new Intl.NumberFormat(S.locale);
    for (const n of [0, 1, 7, 42, 100, 999, 1000, 12345, 2.5]) assert.equal(S.number(n), intl.format(n), `${lang}: ${n}`);
  }
  // Where the everyday digits are not 0-9, every number goes through Intl.
  for (const locale of ["fa", "ar-EG", "bn", "mr", "my"]) {
    const S = words("en", locale);
    assert.equal(S.number(42), new Intl.NumberFormat(locale).format(42), locale);
    assert.notEqual(S.number(42), "42", locale);
  }
});
