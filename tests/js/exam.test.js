"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { exam, fakeStorage, makeStore } = require("./load.js");

// A seeded generator, so a failing draw can be replayed.
function seeded(seed) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}
// 3 lessons of 30, 20 and 10 questions; each lesson spread over its own topics.
function pool() {
  const all = [];
  [["l1", 30, ["a", "b", "c"]], ["l2", 20, ["a", "d"]], ["l3", 10, ["e"]]].forEach(([lesson, n, topics]) => {
    for (let i = 0; i < n; i++) all.push({ id: `${lesson}-${i}`, lesson, topic: topics[i % topics.length] });
  });
  return all;
}
const count = (list, key) => list.reduce((m, q) => m.set(q[key], (m.get(q[key]) || 0) + 1), new Map());

test("the draw gives each lesson its share, no question twice, and exactly the length asked", () => {
  for (let seed = 1; seed <= 50; seed++) {
    const picked = exam.draw(pool(), 20, seeded(seed));
    assert.equal(picked.length, 20);
    assert.equal(new Set(picked.map((q) => q.id)).size, 20);
    const lessons = count(picked, "lesson");
    assert.deepEqual([lessons.get("l1"), lessons.get("l2"), lessons.get("l3")], [10, 7, 3], `seed ${seed}`);
  }
});

test("within a lesson the topics take turns", () => {
  for (let seed = 1; seed <= 50; seed++) {
    const l1 = exam.draw(pool(), 20, seeded(seed)).filter((q) => q.lesson === "l1");
    const topics = [...count(l1, "topic").values()];
    assert.ok(Math.max(...topics) - Math.min(...topics) <= 1, `seed ${seed}: ${topics}`);
  }
});

test("asking for the whole pool or more gives every question once", () => {
  const all = pool();
  const picked = exam.draw(all, 100, seeded(3));
  assert.deepEqual(picked.map((q) => q.id).sort(), all.map((q) => q.id).sort());
});

test("a results row with too few questions is not called below target", () => {
  assert.equal(exam.rowNote(0, 1, 70), "few");
  assert.equal(exam.rowNote(1, 3, 70), "few");
  assert.equal(exam.rowNote(2, 4, 70), "few");
  assert.equal(exam.rowNote(3, 5, 70), "below");
  assert.equal(exam.rowNote(4, 5, 70), "");
});

test("an exam in progress is saved whole, or not at all", () => {
  const store = makeStore(fakeStorage());
  const good = { ids: ["q1", "constructor"], answers: { q1: [1] }, flags: ["constructor"], pos: 1, timed: true, left: 600000, retry: false, at: 5 };
  const clean = store.validate({ version: 1, questions: {}, quizzes: {}, exam: good });
  assert.equal(clean.dropped, false);
  assert.deepEqual(JSON.parse(JSON.stringify(clean.data.exam)), good);
  const bad = [
    { ...good, pos: 2 }, // past the end
    { ...good, left: Infinity },
    { ...good, left: 0 },
    { ...good, timed: false }, // untimed exams keep no time
    { ...good, ids: ["q1", "q1"] },
    { ...good, flags: ["elsewhere"] },
    { ...good, answers: { elsewhere: [0] } },
    { ...good, answers: { q1: [-1] } },
    { ...good, ids: ["toString"] },
  ];
  for (const draft of bad) {
    const result = store.validate({ version: 1, questions: {}, quizzes: {}, exam: draft });
    assert.equal(result.data.exam, undefined, JSON.stringify(draft));
    assert.equal(result.dropped, true);
  }
  const answers = JSON.parse('{"__proto__":[1]}');
  assert.equal(store.validate({ version: 1, questions: {}, quizzes: {}, exam: { ...good, answers } }).data.exam, undefined);
});

test("the clock shows minutes and seconds, never below zero", () => {
  assert.equal(exam.clock(20 * 60000), "20:00");
  assert.equal(exam.clock(61001), "1:02");
  assert.equal(exam.clock(-5), "0:00");
});

// The page's clock, second by second, as the interval runs in a browser.
function seconds(t, n) {
  for (let i = 0; i < n; i++) t.mock.timers.tick(1000);
}

test("the countdown keeps time by the clock, pauses, speaks each mark once and ends at zero", (t) => {
  t.mock.timers.enable({ apis: ["setInterval", "Date"], now: 0 });
  const shown = [];
  const said = [];
  let ended = 0;
  const timer = exam.countdown(20 * 60000, 20 * 60000, {
    onTick: (left, paused) => shown.push([exam.clock(left), paused]),
    onMark: (text) => said.push(text),
    onEnd: () => ended++,
  });
  assert.deepEqual(shown.at(-1), ["20:00", false]);
  seconds(t, 5 * 60);
  assert.deepEqual(shown.at(-1), ["15:00", false]);
  assert.equal(timer.toggle(), true); // paused: time stands still
  t.mock.timers.tick(30 * 60000);
  assert.deepEqual(shown.at(-1), ["15:00", true]);
  assert.equal(timer.toggle(), false);
  seconds(t, 5 * 60);
  assert.deepEqual(said, ["Half your time is left: 10 minutes."]);
  seconds(t, 9 * 60 + 1);
  assert.deepEqual(said, ["Half your time is left: 10 minutes.", "5 minutes left.", "1 minute left."]);
  assert.equal(ended, 0);
  seconds(t, 60);
  assert.equal(ended, 1);
  seconds(t, 60);
  assert.equal(ended, 1, "stopped at zero");
  assert.deepEqual(shown.at(-1), ["0:00", false]);
});

test("after a long sleep only the latest mark is spoken", (t) => {
  t.mock.timers.enable({ apis: ["setInterval", "Date"], now: 0 });
  const said = [];
  exam.countdown(20 * 60000, 20 * 60000, { onTick: () => {}, onMark: (text) => said.push(text), onEnd: () => {} });
  t.mock.timers.setTime(16 * 60000); // the laptop slept for 16 minutes
  seconds(t, 1);
  assert.deepEqual(said, ["5 minutes left."]);
});

test("a resumed countdown starts from the time that was left and skips marks already passed", (t) => {
  t.mock.timers.enable({ apis: ["setInterval", "Date"], now: 0 });
  const said = [];
  const shown = [];
  exam.countdown(20 * 60000, 8 * 60000, { onTick: (left) => shown.push(exam.clock(left)), onMark: (text) => said.push(text), onEnd: () => {} });
  assert.equal(shown[0], "8:00");
  seconds(t, 4 * 60);
  assert.deepEqual(said, ["5 minutes left."]);
});

test("results rows count right and total per topic, in the course's order, then any other", () => {
  const g = (topic, correct) => ({ q: { topic }, correct });
  const rows = exam.tally([g("bond", true), g("goals", false), g("bond", false), g("extra", true)], "topic", ["goals", "bond", "tasks"], (k) => k.toUpperCase());
  assert.deepEqual(rows, [
    { name: "GOALS", right: 0, total: 1 },
    { name: "BOND", right: 1, total: 2 },
    { name: "EXTRA", right: 1, total: 1 },
  ]);
});
