"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { queue, fakeStorage, makeStore, plain } = require("./load.js");

const at = (day, hour = 10) => new Date(2025, 2, day, hour).getTime(); // local time, March 2025
const midnight = (day) => new Date(2025, 2, day).getTime();
const fresh = () => makeStore(fakeStorage()).load().data;

test("a miss is due the next day at midnight; early right answers do not skip the spacing", () => {
  const data = fresh();
  assert.deepEqual(queue.recordAnswer(data, "q1", false, at(3)), { step: 0, due: midnight(4) });
  assert.deepEqual(queue.due(data, at(3, 23)), []);
  assert.deepEqual(queue.due(data, midnight(4)), ["q1"]);
  queue.recordAnswer(data, "q1", true, at(3, 12), { review: true }); // not due yet: no promotion
  assert.deepEqual(plain(data.review.q1), { step: 0, due: midnight(4) });
  queue.recordAnswer(data, "q1", true, at(4), { quiz: "01-x" }); // right in a lesson quiz: no promotion
  assert.deepEqual(plain(data.review.q1), { step: 0, due: midnight(4) });
});

test("right in review after 1, 3 and 7 days masters a question; a miss starts it over", () => {
  const data = fresh();
  queue.recordAnswer(data, "q1", false, at(3));
  assert.deepEqual(queue.recordAnswer(data, "q1", true, at(4), { review: true }), { step: 1, due: midnight(7) });
  assert.deepEqual(queue.recordAnswer(data, "q1", true, at(7), { review: true }), { step: 2, due: midnight(14) });
  assert.deepEqual(queue.recordAnswer(data, "q1", true, at(14), { review: true }), { step: 3, due: null });
  assert.deepEqual(queue.due(data, at(30)), []);
  assert.equal(queue.next(data, at(30)), null);
  assert.deepEqual(queue.recordAnswer(data, "q1", false, at(30)), { step: 0, due: midnight(31) });
});

test("due lists oldest first; next names the soonest day and how many come then", () => {
  const data = fresh();
  queue.recordAnswer(data, "b", false, at(3));
  queue.recordAnswer(data, "a", false, at(3));
  queue.recordAnswer(data, "c", false, at(5));
  assert.deepEqual(queue.due(data, at(10)), ["a", "b", "c"]);
  assert.deepEqual(queue.next(data, at(3)), { due: midnight(4), count: 2 });
});

test("ids the course does not have are neither due nor waiting", () => {
  const data = fresh();
  queue.recordAnswer(data, "ours", false, at(3));
  queue.recordAnswer(data, "other-fork", false, at(3));
  const known = new Set(["ours"]);
  assert.deepEqual(queue.due(data, at(5), known), ["ours"]);
  assert.deepEqual(queue.next(data, at(3), known), { due: midnight(4), count: 1 });
});

test("a question id named like an Object method is scheduled like any other", () => {
  const data = fresh();
  assert.deepEqual(queue.recordAnswer(data, "constructor", true, at(3), { review: true }), undefined);
  assert.deepEqual(queue.due(data, at(9)), []);
  queue.recordAnswer(data, "constructor", false, at(3));
  assert.deepEqual(queue.due(data, at(9)), ["constructor"]);
});

test("a lesson quiz's best score counts a score of 0", () => {
  const data = fresh();
  data.questions["q1"] = { quiz: "01-x", attempts: 1, wrong: 1, last: [0], correct: false, at: at(3) };
  queue.recordAnswer(data, "q1", false, at(3), { quiz: "01-x" });
  assert.equal(data.practice.best["01-x"], 0);
});

test("the exam history keeps the newest 20", () => {
  const data = fresh();
  for (let i = 0; i < 25; i++) queue.recordExam(data, { at: i, total: 20, correct: 10, timed: false });
  assert.equal(data.practice.exams.length, 20);
  assert.equal(data.practice.exams[0].at, 5);
});
