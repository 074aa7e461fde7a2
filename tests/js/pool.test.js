"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { pool } = require("./load.js");

// An index as quizkit/pool.py writes it: two banks, one of whose questions teaches another lesson.
const INDEX = {
  lessons: ["lessons/a.md", "lessons/b.md"],
  topics: ["t1", "t2"],
  banks: [
    { name: "a", file: "banks/a.111.json", questions: [["a1", 0, 0], ["a2", 0, 1], ["a3", 1, 0]] },
    { name: "b", file: "banks/b.222.json", questions: [["b1", 1, 1], ["b2", 1, 0]] },
    { name: "c", file: "banks/c.333.json", questions: [["c1", 0, 0]] },
  ],
};
const BANK_IDS = { a: ["a1", "a2", "a3"], b: ["b1", "b2"], c: ["c1"] };

// A file source over fake files: records every fetch; `failing` holds URLs that fail (once each,
// or always when `stay` is set), as a fetch does offline.
function files({ failing = new Set(), stay = false } = {}) {
  const fetched = [];
  const fetchText = (url) => {
    fetched.push(url.replace("https://site.test/assets/quiz/pool/", ""));
    if (failing.has(url.split("/").pop())) {
      if (!stay) failing.delete(url.split("/").pop());
      return Promise.reject(new Error("offline"));
    }
    if (url.endsWith("index.999.json")) return Promise.resolve(JSON.stringify(INDEX));
    return Promise.resolve(url.split("/").pop().split(".")[0]); // a bank file's "text": its name
  };
  const parse = (name, url) => new Map(BANK_IDS[name].map((id) => [id, { id, url }]));
  const source = pool.fileSource("https://site.test/assets/quiz/pool/index.999.json", fetchText, parse);
  return { source, fetched };
}

test("the index lists every question with its lesson, topic and bank", () => {
  const { questions, files: names } = pool.expand(INDEX);
  assert.deepEqual(questions[2], { id: "a3", lesson: "lessons/b.md", topic: "t1", bank: "a" });
  assert.equal(questions.length, 6);
  assert.equal(names.get("b"), "banks/b.222.json");
});

test("the banks to fetch are those holding the questions asked for, each once", () => {
  const byId = new Map(pool.expand(INDEX).questions.map((q) => [q.id, q]));
  assert.deepEqual(pool.banksFor(byId, ["b2", "a3", "b1", "a1"]), ["b", "a"]);
  assert.deepEqual(pool.banksFor(byId, []), []);
  assert.throws(() => pool.banksFor(byId, ["a1", "gone"]), /gone/);
});

test("a draw's questions fetch the index once and only their banks, from beside the index", async () => {
  const { source, fetched } = files();
  const p = pool.createPool(source);
  const found = await p.fieldsets(["b1", "a2"]);
  assert.deepEqual([...found.keys()], ["b1", "a2"]);
  assert.equal(found.get("a2").url, "https://site.test/assets/quiz/pool/banks/a.111.json");
  assert.deepEqual(fetched, ["index.999.json", "banks/b.222.json", "banks/a.111.json"]);
  assert.deepEqual(p.loaded().sort(), ["a", "b"]); // c is never fetched
});

test("loaded banks are kept: asking again fetches nothing, the same elements come back", async () => {
  const { source, fetched } = files();
  const p = pool.createPool(source);
  const first = await p.fieldsets(["a1"]);
  const again = await p.fieldsets(["a1", "a3"]);
  assert.equal(again.get("a1"), first.get("a1"));
  assert.deepEqual(fetched, ["index.999.json", "banks/a.111.json"]);
  await Promise.all([p.fieldsets(["b1"]), p.fieldsets(["b2"])]); // two at once: one fetch
  assert.deepEqual(fetched, ["index.999.json", "banks/a.111.json", "banks/b.222.json"]);
});

test("a failed fetch rejects and is forgotten, so trying again fetches again", async () => {
  const { source, fetched } = files({ failing: new Set(["b.222.json"]) });
  const p = pool.createPool(source);
  await assert.rejects(p.fieldsets(["a1", "b1"]), /offline/);
  const found = await p.fieldsets(["a1", "b1"]);
  assert.deepEqual([...found.keys()], ["a1", "b1"]);
  assert.deepEqual(fetched, ["index.999.json", "banks/a.111.json", "banks/b.222.json", "banks/b.222.json"]); // a kept
});

test("an index that cannot be fetched fails every ask until it can", async () => {
  const failing = new Set(["index.999.json"]);
  const { source, fetched } = files({ failing, stay: true });
  const p = pool.createPool(source);
  await assert.rejects(p.index(), /offline/);
  await assert.rejects(p.fieldsets(["a1"]), /offline/);
  failing.clear();
  assert.equal((await p.index()).byId.get("b2").bank, "b");
  assert.deepEqual(fetched, ["index.999.json", "index.999.json", "index.999.json"]);
});

test("a question the index names but its bank's file lacks is an error, not a hole", async () => {
  const { source } = files();
  const p = pool.createPool({ ...source, bank: () => Promise.resolve(new Map([["a1", {}]])) });
  await assert.rejects(p.fieldsets(["a1", "a2"]), /a2/);
  await assert.rejects(p.fieldsets(["nope"]), /nope/); // not in the index at all
});
