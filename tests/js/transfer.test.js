"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { transfer, fakeStorage, makeStore, plain } = require("./load.js");

const COURSE = "The Therapeutic Alliance";
const IDS = new Set(["q1", "q2", "constructor"]);
const REC = { quiz: "01-x", attempts: 1, wrong: 0, last: [1], correct: true, at: 5 };
const store = makeStore(fakeStorage());
const file = (progress, extra = {}) => JSON.stringify({ format: transfer.FORMAT, course: COURSE, exported: "x", progress, ...extra });
const check = (text, size) => transfer.checkImport(text, { store, course: COURSE, ids: IDS, size });
const base = (more = {}) => ({ version: 1, questions: {}, quizzes: {}, ...more });

test("an export carries the course's name and imports back exactly", () => {
  const data = base({ questions: { q1: REC }, review: { q1: { step: 1, due: 9 } }, practice: { target: 80, best: { "01-x": 1 }, exams: [] } });
  const text = JSON.stringify(transfer.exportFile(data, COURSE, 0));
  assert.equal(JSON.parse(text).course, COURSE);
  const result = check(text);
  assert.equal(result.ok, true);
  assert.equal(result.leftOut, 0);
  assert.deepEqual(plain(result.data), data);
});

test("a file over the size limit is refused before it is parsed", () => {
  assert.deepEqual(check("{not even json", transfer.MAX_BYTES + 1), { ok: false, reason: "size" });
  assert.ok(transfer.MAX_BYTES < 6e6, "a 6 MB file is refused");
});

test("a file from another course, or none named, is refused", () => {
  assert.deepEqual(check(file(base(), { course: "Another fork" })), { ok: false, reason: "course" });
  assert.deepEqual(check(JSON.stringify({ format: transfer.FORMAT, progress: base() })), { ok: false, reason: "unnamed" });
});

test("damaged files are refused: not JSON, other formats, unknown sections, bad entries", () => {
  for (const text of [
    "{not json",
    JSON.stringify({ some: "other app" }),
    file({ version: 2 }),
    file(base({ elsewhere: 1 })),
    file(base({ review: { q1: { step: 9, due: 1 } } })),
  ]) {
    assert.deepEqual(check(text), { ok: false, reason: "damaged" }, text);
  }
});

test("1e999 and other non-finite or out-of-range numbers are refused, not turned into null", () => {
  const big = file(base({ questions: { q1: REC } })).replace('"at":5', '"at":1e999');
  assert.ok(big.includes("1e999"));
  assert.deepEqual(check(big), { ok: false, reason: "damaged" });
  assert.deepEqual(check(file(base({ practice: { target: 1000, best: {}, exams: [] } }))), { ok: false, reason: "damaged" });
  assert.deepEqual(check(file(base({ practice: { target: 70, best: {}, exams: [{ at: 1, total: 5, correct: 9, timed: false }] } }))), {
    ok: false,
    reason: "damaged",
  });
});

test("prototype keys anywhere in the file are refused and pollute nothing", () => {
  for (const text of [
    file(base()).replace('"version":1', '"version":1,"__proto__":{"questions":{}}'),
    file(base()).replace('"questions":{}', '"questions":{"__proto__":{"x":1}}'),
    file(base({ review: {} })).replace('"review":{}', '"review":{"__proto__":{"step":0,"due":1}}'),
    file(base({ practice: { target: 70, best: {}, exams: [] } })).replace('"best":{}', '"best":{"__proto__":1}'),
  ]) {
    assert.deepEqual(check(text), { ok: false, reason: "damaged" }, text);
  }
  assert.equal({}.questions, undefined);
  assert.equal({}.x, undefined);
});

test("entries for questions this course does not have are left out and counted", () => {
  const result = check(
    file(
      base({
        questions: { q1: REC, "other-1": REC },
        quizzes: { "01-x": { missed: ["q1", "other-1"] } },
        review: { "other-1": { step: 0, due: 1 }, "other-2": { step: 0, due: 1 }, constructor: { step: 0, due: 1 } },
      }),
    ),
  );
  assert.equal(result.ok, true);
  assert.equal(result.leftOut, 2);
  assert.deepEqual(Object.keys(result.data.questions), ["q1"]);
  assert.deepEqual(Object.keys(result.data.review), ["constructor"]);
  assert.deepEqual(result.data.quizzes["01-x"].missed, ["q1"]);
});

test("holdings count what the confirmation names; an empty browser needs no confirmation", () => {
  const data = base({ questions: { q1: REC }, review: { q1: { step: 0, due: 1 }, q2: { step: 3, due: null } }, practice: { target: 70, best: {}, exams: [{ at: 1, total: 5, correct: 2, timed: false }] } });
  assert.deepEqual(transfer.holdings(data, 3), { answers: 1, queued: 1, exams: 1 });
  assert.equal(transfer.isEmpty(transfer.holdings(base(), 3)), true);
});

test("merge keeps the newer answer, the sooner review, every exam once and the higher best", () => {
  const older = { ...REC, at: 1, correct: false };
  const newer = { ...REC, at: 9 };
  const exam = (t) => ({ at: t, total: 20, correct: 10, timed: false });
  const here = base({
    questions: { q1: older, q2: newer },
    review: { q1: { step: 2, due: 50 } },
    practice: { target: 80, best: { "01-x": 3 }, exams: [exam(1), exam(2)] },
  });
  const there = base({
    questions: { q1: newer, constructor: REC },
    review: { q1: { step: 0, due: 10 }, constructor: { step: 1, due: 20 } },
    practice: { target: 60, best: { "01-x": 5, "02-y": 1 }, exams: [exam(2), exam(3)] },
  });
  const out = plain(transfer.merge(here, there));
  assert.deepEqual(out.questions, { q1: newer, constructor: REC, q2: newer });
  assert.deepEqual(out.review, { q1: { step: 0, due: 10 }, constructor: { step: 1, due: 20 } });
  assert.deepEqual(out.practice, { target: 80, best: { "01-x": 5, "02-y": 1 }, exams: [exam(1), exam(2), exam(3)] });
  assert.equal(store.validate(out).dropped, false);
});
