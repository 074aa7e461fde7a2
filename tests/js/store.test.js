"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { store, fakeStorage, makeStore, plain } = require("./load.js");

const REC = { quiz: "01-x", attempts: 1, wrong: 0, last: [1], correct: true, at: 1 };

test("the key is scoped to the site's root, found from the script's own address", () => {
  assert.equal(store.keyFor("https://user.github.io/a/assets/quiz/store.js"), "ta-course:v1:/a/");
  assert.equal(store.keyFor("https://user.github.io/b/assets/quiz/store.js"), "ta-course:v1:/b/");
  assert.equal(store.keyFor("http://127.0.0.1:8000/assets/quiz/store.js"), "ta-course:v1:/");
  assert.equal(store.keyFor("file:///home/me/course-offline/assets/quiz/store.js"), "ta-course:v1:/home/me/course-offline/");
});

test("two courses on one host keep apart", () => {
  const storage = fakeStorage();
  const a = makeStore(storage, "ta-course:v1:/a/");
  const b = makeStore(storage, "ta-course:v1:/b/");
  a.update((d) => (d.questions["q1"] = REC));
  assert.deepEqual(plain(b.load().data.questions), {});
  assert.deepEqual(plain(a.load().data.questions), { q1: REC });
});

test("today's unscoped progress migrates once to the scoped key, and nothing is lost", () => {
  const old = JSON.stringify({ version: 1, questions: { q1: REC }, quizzes: {} });
  const storage = fakeStorage({ "ta-course:v1": old });
  const s = makeStore(storage);
  const first = s.load();
  assert.equal(first.notice, "");
  assert.deepEqual(plain(first.data.questions), { q1: REC });
  assert.equal(storage.getItem("ta-course:v1:/course/"), old, "copied to the scoped key");
  assert.equal(storage.getItem("ta-course:v1"), old, "left for the other courses on this host");
  // Once migrated, the scoped key is the truth: a later change is not overwritten by the old copy.
  s.update((d) => delete d.questions["q1"]);
  assert.deepEqual(plain(s.load().data.questions), {});
});

test("a scoped key that exists already is never overwritten by the old one", () => {
  const storage = fakeStorage({
    "ta-course:v1": JSON.stringify({ version: 1, questions: { old: REC }, quizzes: {} }),
    "ta-course:v1:/course/": JSON.stringify({ version: 1, questions: { q2: REC }, quizzes: {} }),
  });
  assert.deepEqual(Object.keys(makeStore(storage).load().data.questions), ["q2"]);
});

test("a __proto__ section or entry is dropped and changes no prototype", () => {
  const s = makeStore(fakeStorage());
  const raw = JSON.parse(
    '{"version":1,"__proto__":{"questions":{"evil":1}},"questions":{"__proto__":{"x":1},"q1":' +
      JSON.stringify(REC) +
      '},"quizzes":{"__proto__":{"missed":null}},"review":{"__proto__":{"step":0,"due":1}},' +
      '"practice":{"best":{"__proto__":3}}}',
  );
  const { data, dropped } = s.validate(raw);
  assert.equal(dropped, true);
  for (const part of [data, data.questions, data.quizzes, data.review, data.practice.best]) {
    const proto = Object.getPrototypeOf(part);
    assert.ok(proto === null || proto === Object.prototype, "prototype untouched");
  }
  assert.deepEqual(Object.keys(data.questions), ["q1"]);
  assert.deepEqual(Object.keys(data.review), []);
  assert.deepEqual(Object.keys(data.practice.best), []);
});

test("a question id that is also an Object method name is stored and read like any other", () => {
  const s = makeStore(fakeStorage());
  const fresh = s.load().data;
  assert.equal(fresh.questions["constructor"], undefined, "no inherited value for a missing id");
  s.update((d) => (d.questions["constructor"] = REC));
  assert.deepEqual(plain(s.load().data.questions), { constructor: REC });
});

test("keys that cannot be question ids (toString, upper case) are dropped from id maps", () => {
  const s = makeStore(fakeStorage());
  const { data, dropped } = s.validate({ version: 1, questions: { toString: REC }, quizzes: {}, review: { toString: { step: 0, due: 1 } } });
  assert.equal(dropped, true);
  assert.deepEqual(Object.keys(data.questions), []);
  assert.deepEqual(Object.keys(data.review), []);
});

test("non-finite and out-of-range numbers are refused", () => {
  const s = makeStore(fakeStorage());
  const bad = [
    { ...REC, at: Infinity }, // JSON's 1e999
    { ...REC, attempts: Infinity },
    { ...REC, attempts: -1 },
    { ...REC, attempts: 1.5 },
    { ...REC, wrong: 2 }, // more wrong than attempts
    { ...REC, last: [Infinity] },
  ];
  for (const rec of bad) {
    const { data, dropped } = s.validate({ version: 1, questions: { q1: rec }, quizzes: {} });
    assert.equal(dropped, true, JSON.stringify(rec));
    assert.deepEqual(Object.keys(data.questions), []);
  }
  assert.equal(s.validate(JSON.parse('{"version":1,"questions":{},"quizzes":{},"practice":{"target":1e999}}')).dropped, true);
  assert.equal(s.validate({ version: 1, questions: {}, quizzes: {}, practice: { target: 101 } }).dropped, true);
  assert.equal(s.validate({ version: 1, questions: {}, quizzes: {}, review: { q1: { step: 9, due: 1 } } }).dropped, true);
});

test("corrupt or foreign data is dropped once, with a notice", () => {
  for (const text of ["{not json", "null", "[1]", '{"version":2}']) {
    const storage = fakeStorage({ "ta-course:v1:/course/": text });
    const s = makeStore(storage);
    assert.equal(s.load().notice, "dropped", text);
    assert.equal(s.load().notice, "", "the bad part was cleared, so the notice shows once");
  }
});

test("a failed save returns false and tells every listener; a good one does not", () => {
  const storage = fakeStorage();
  const s = makeStore(storage);
  let told = 0;
  s.onSaveFailed(() => told++);
  assert.equal(s.update((d) => (d.questions["q1"] = REC)), true);
  assert.equal(told, 0);
  storage.full = true;
  assert.equal(s.update((d) => (d.questions["q2"] = REC)), false);
  assert.equal(told, 1);
});

test("without usable storage the data lives in memory and says so", () => {
  const s = store.createStore({
    storage: () => {
      throw new Error("blocked");
    },
    key: "k",
  });
  assert.equal(s.load().notice, "unavailable");
  assert.equal(s.update((d) => (d.questions["q1"] = REC)), false);
  assert.deepEqual(plain(s.load().data.questions), { q1: REC });
});
