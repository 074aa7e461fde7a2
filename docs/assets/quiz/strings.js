/* The words the lesson quiz scripts show or announce (TACourse.strings), in the page's language.
 * No words live here: the Markdown extension writes the site language's catalogue
 * (src/quizkit/i18n/LANG.json, sections "quiz" and, on practice pages, "practice") into the page as
 * a JSON island, <template class="ta-strings" data-locale="fr">, which this
 * file reads on load and again after each instant navigation. So one file per language holds every
 * word, and the same build works under MkDocs, Zensical and the offline copy (no fetch).
 * This file owns how an entry becomes text: {name} placeholders, plural forms picked by
 * Intl.PluralRules on {n}, numbers, percentages, sizes and dates formatted by Intl for the locale.
 * strings-practice.js adds the practice pages' sentences the same way. Loaded before every other
 * quiz script; other scripts read S.word when they show it, never at load. */
(function (root) {
  "use strict";
  const T = (root.TACourse = root.TACourse || {});
  const S = (T.strings = T.strings || {});
  const MARK_SYMBOLS = { right: "\u2713", wrong: "\u2717", key: "\u2713", missed: "!" };
  let entries = {};
  let locale = "en";
  // Intl's formatters are made on first use, not at load: the first one a page makes loads the
  // locale's data, tens of milliseconds on a phone, in the task that loads the page.
  let plurals = null;
  let numbers = null;
  const pluralOf = (n) => (plurals = plurals || new Intl.PluralRules(locale)).select(n);

  // A locale Intl accepts: the catalogue's, else English (a made-up tag such as "xx" is valid
  // syntax and falls back to the browser's default by itself; a malformed one would throw).
  function usable(tag) {
    try {
      return Intl.getCanonicalLocales(tag)[0] || "en";
    } catch (e) {
      return "en";
    }
  }

  // A whole number under 1,000 reads the same from Intl as from String() wherever the everyday
  // digits are 0-9, so the counts a page shows as it loads make no formatter. Languages whose
  // default digits are others (CLDR's default numbering system) always go through Intl.
  const OTHER_DIGITS = /^(ar|fa|ps|ur|ks|sd|bn|as|mni|mr|ne|sat|bgc|bho|raj|my|dz|ckb|lrc|mzn|uz-Arab)\b/i;
  function format(value) {
    if (typeof value !== "number") return String(value);
    if (Number.isInteger(value) && value >= 0 && value < 1000 && !OTHER_DIGITS.test(locale)) return String(value);
    return (numbers = numbers || new Intl.NumberFormat(locale)).format(value);
  }

  // The entry `key` with its {placeholders} filled in; a plural entry ({one, other, ...}) picks
  // the form for values.n by the locale's rules, "other" when the language has no such form.
  function text(key, values = {}) {
    let entry = entries[key];
    if (entry === undefined) return key; // a missing entry shows its name rather than nothing
    if (typeof entry === "object") entry = entry[pluralOf(Number(values.n))] ?? entry.other;
    return entry.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? format(values[name]) : whole));
  }

  // 75 -> "75%" (en), "75 %" (fr, de): the value is a whole percentage, Intl wants a fraction.
  const percent = (value) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value / 100);
  // Bytes as a reader reads them: 1000000 -> "1 MB" (en), "1 Mo" (fr).
  function size(bytes) {
    const [unit, value] = bytes >= 1e6 ? ["megabyte", bytes / 1e6] : ["kilobyte", Math.max(1, bytes / 1e3)];
    return new Intl.NumberFormat(locale, { style: "unit", unit, maximumFractionDigits: 1 }).format(value);
  }
  // A day as the locale writes it: long ("Monday 3 March") for what comes next, short with the year for history.
  function date(ms, long) {
    const options = long ? { weekday: "long", day: "numeric", month: "long" } : { day: "numeric", month: "short", year: "numeric" };
    return new Intl.DateTimeFormat(locale, options).format(new Date(ms));
  }

  // Takes a catalogue ({quiz: {...}, practice: {...}}): plain entries become S.key, and the
  // objects the scripts read (notices, marks) are rebuilt in the new language.
  function use(catalogue, tag) {
    entries = Object.assign({}, catalogue.quiz, catalogue.practice);
    locale = usable(tag || "en");
    plurals = null;
    numbers = null;
    S.locale = locale;
    for (const [key, entry] of Object.entries(entries)) {
      if (typeof entry === "string" && !/\{\w+\}/.test(entry) && typeof S[key] !== "function") S[key] = entry;
    }
    S.notices = { dropped: text("noticeDropped"), unavailable: text("noticeUnavailable"), saveFailed: text("noticeSaveFailed") };
    S.marks = {};
    for (const kind of Object.keys(MARK_SYMBOLS)) S.marks[kind] = [MARK_SYMBOLS[kind], text("mark" + kind[0].toUpperCase() + kind.slice(1))];
    // Authors start a key's feedback with this word, written for the learner who chose it; under a
    // key the learner did not choose it would contradict the mark, so it is left off there.
    const words = (entries.feedbackRightWords || "Right").split("|").map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    S.feedbackRightWord = new RegExp("^\\s*(?:" + words.join("|") + ")\\.\\s*");
  }

  // The page's catalogue, if it has one (a page without a quiz keeps the words it had).
  function load(doc) {
    const island = doc && doc.querySelector && doc.querySelector("template.ta-strings");
    if (!island) return;
    try {
      use(JSON.parse((island.content || island).textContent), island.getAttribute("data-locale"));
    } catch (e) {
      /* a damaged island leaves the words as they were */
    }
  }

  // Sentences that hold numbers or names; the scripts call them with the values.
  const sentences = {
    questions: (n) => text("questions", { n }),
    minutes: (n) => text("minutes", { n }),
    days: (n) => text("days", { n }),
    chooseFirstSpoken: (n) => text("chooseFirstSpoken", { n }),
    resultSpoken: (n, correct) => text(correct ? "resultSpokenRight" : "resultSpokenWrong", { n }),
    correctAnswers: (keys) => " " + text("correctAnswers", { n: keys.length, answers: keys.join(text("answerSeparator")) }),
    cleared: (n) => text("cleared", { n }),
    summary: (answered, total, right) => text("summary", { answered, total, right }),
    summaryMissed: (answered, total, right) => text("summaryMissed", { answered, n: total, right }),
    score: (right, total) => text("score", { right, total }),
    showingMissed: (n) => text("showingMissed", { n }),
    showingAll: (n) => text("showingAll", { n }),
  };
  Object.assign(S, sentences, { text, use, load, percent, size, date, number: format });
  load(root.document);
  // Material's instant navigation swaps pages without reloading scripts; this subscription comes
  // first (this script loads first), so each page's words are in place before the quiz starts.
  if (root.document$ && typeof root.document$.subscribe === "function") root.document$.subscribe(() => load(root.document));
  if (typeof module !== "undefined") module.exports = S;
})(typeof window !== "undefined" ? window : globalThis);
