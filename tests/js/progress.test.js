"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { pool, progress } = require("./load.js");

// The progress page counts each lesson's questions from the pool's index, not from its own data:
// a question counts under the lesson that teaches it, whichever bank holds it.
test("the index's questions are grouped by the lesson that teaches them, in pool order", () => {
  const index = {
    lessons: ["lessons/a.md", "lessons/b.md"],
    topics: ["t1"],
    banks: [
      { name: "a", file: "banks/a.1.json", questions: [["a1", 0, 0], ["a2", 1, 0], ["a3", 0, 0]] },
      { name: "exam", file: "banks/exam.2.json", questions: [["x1", 1, 0]] },
    ],
  };
  const lessons = progress.byLesson(pool.expand(index).questions);
  assert.deepEqual([...lessons.entries()], [
    ["lessons/a.md", ["a1", "a3"]],
    ["lessons/b.md", ["a2", "x1"]],
  ]);
  assert.equal(progress.byLesson([]).size, 0);
});
