// Loads the browser scripts (classic scripts that also export themselves for Node) in page order,
// and gives tests a store over an in-memory localStorage that can be made to fail.
"use strict";
const path = require("node:path");

const dir = path.join(__dirname, "..", "..", "docs", "assets", "quiz");
const load = (name) => require(path.join(dir, name + ".js"));
const strings = load("strings");
load("strings-practice"); // adds the practice pages' sentences to `strings`
// The English catalogue, as a page's JSON island gives it to strings.js (src/quizkit/i18n).
const catalogue = (lang) => require(path.join(__dirname, "..", "..", "src", "quizkit", "i18n", lang + ".json"));
strings.use(catalogue("en"), "en");
load("ui");
const store = load("store");
const queue = load("queue");
load("practice");
const transfer = load("transfer");
const pool = load("pool");
const exam = load("exam");
const progress = load("progress");

// A localStorage stand-in: a Map, with `full` to make setItem throw as a full quota does.
function fakeStorage(entries = {}) {
  const map = new Map(Object.entries(entries));
  return {
    map,
    full: false,
    getItem: (k) => (map.has(k) ? map.get(k) : null),
    setItem(k, v) {
      if (this.full) throw Object.assign(new Error("quota"), { name: "QuotaExceededError" });
      map.set(k, String(v));
    },
    removeItem: (k) => map.delete(k),
  };
}

// A store like the page's, with the sections queue.js registers, over `storage`.
function makeStore(storage, key = "ta-course:v1:/course/") {
  const s = store.createStore({ storage: () => storage, key });
  s.valid = store.valid;
  queue.register(s);
  return s;
}

// Data as JSON sees it: prototype-free maps compare equal to plain objects.
const plain = (v) => JSON.parse(JSON.stringify(v));

module.exports = { catalogue, strings, store, queue, transfer, pool, exam, progress, fakeStorage, makeStore, plain };
