"use strict";
// lazy.js's schedule (TACourse.lazy.soon) under a fake window: frames, idle periods, an
// IntersectionObserver and a clock the test drives, so what runs when is exact.
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const lazy = require(path.join(__dirname, "..", "..", "docs", "assets", "quiz", "lazy.js"));

const SCREEN = 800;

// An element at `top` (px from the viewport's top), `height` tall (0: hidden, display: none).
const item = (name, top, height = 100) => ({
  name,
  getBoundingClientRect: () => (height ? { top, bottom: top + height, width: 300, height } : { top: 0, bottom: 0, width: 0, height: 0 }),
});

// A window with queued frames and idle callbacks; each run() costs `cost` ms on its clock.
function fakeWindow({ observer = true, idle = true } = {}) {
  const win = {
    innerHeight: SCREEN,
    clock: 0,
    frames: [],
    idles: [],
    timers: [],
    observers: [],
    performance: { now: () => win.clock },
    requestAnimationFrame: (fn) => win.frames.push(fn),
    setTimeout: (fn) => win.timers.push(fn),
    frame() {
      win.frames.splice(0).forEach((fn) => fn());
    },
    // One idle period of `ms` (a deadline as the browser gives it), or a timed-out callback.
    idle(ms = 50, didTimeout = false) {
      const start = win.clock;
      const deadline = { didTimeout, timeRemaining: () => (didTimeout ? 0 : Math.max(0, ms - (win.clock - start))) };
      win.idles.splice(0).forEach((fn) => fn(deadline));
    },
  };
  if (idle) win.requestIdleCallback = (fn, options) => win.idles.push(Object.assign(fn, { options }));
  if (observer) {
    win.IntersectionObserver = class {
      constructor(callback, options) {
        Object.assign(this, { callback, options, watched: new Set(), disconnected: false });
        win.observers.push(this);
      }
      observe(el) {
        this.watched.add(el);
      }
      unobserve(el) {
        this.watched.delete(el);
      }
      disconnect() {
        this.watched.clear();
        this.disconnected = true;
      }
      // The browser reports `els` as within the margin now.
      near(...els) {
        this.callback(els.map((target) => ({ target, isIntersecting: true, boundingClientRect: target.getBoundingClientRect() })));
      }
    };
  }
  return win;
}

function setup(items, options) {
  const win = fakeWindow(options);
  const ran = [];
  const handle = lazy.soon(items, (el) => {
    ran.push(el.name);
    win.clock += 2;
  }, win);
  return { win, ran, handle };
}

test("nothing runs while the page's script runs; the next frame runs what is within a screen", () => {
  const items = [item("in-view", 100), item("next-screen", 1500), item("far", 5000), item("above", -700), item("hidden", 0, 0)];
  const { win, ran } = setup(items);
  assert.deepEqual(ran, []);
  win.frame();
  assert.deepEqual(ran, ["in-view", "next-screen", "above"]);
  const [observer] = win.observers;
  assert.equal(observer.options.rootMargin, "100% 0px");
  assert.deepEqual([...observer.watched].map((el) => el.name), ["far", "hidden"]);
});

test("an item is run as it comes near, once, and then no longer watched", () => {
  const far = item("far", 5000);
  const { win, ran } = setup([item("a", 3000), far]);
  win.frame();
  win.observers[0].near(far);
  win.observers[0].near(far);
  assert.deepEqual(ran, ["far"]);
  assert.deepEqual([...win.observers[0].watched].map((el) => el.name), ["a"]);
});

test("now() runs one item at once (a link or focus reached it) and never again; all() runs the rest in order", () => {
  const items = ["a", "b", "c", "d"].map((name, i) => item(name, 3000 + 500 * i));
  const { win, ran, handle } = setup(items);
  assert.equal(handle.now(items[2]), true);
  assert.equal(handle.now(items[2]), false);
  win.frame();
  handle.all();
  assert.deepEqual(ran, ["c", "a", "b", "d"]);
  assert.equal(handle.pending(), 0);
  win.idle();
  assert.deepEqual(ran, ["c", "a", "b", "d"]);
});

test("idle slices run the rest in page order, a few milliseconds at a time, until all are done", () => {
  const items = Array.from({ length: 10 }, (_, i) => item("q" + i, 3000 + 500 * i));
  const { win, ran } = setup(items);
  win.frame();
  assert.equal(win.idles[0].options.timeout, 2000);
  win.idle(); // 2 ms each: three fit in a slice
  assert.equal(ran.length, lazy.SLICE_MS / 2);
  win.idle(3); // a short idle period: two (the first always runs)
  assert.equal(ran.length, lazy.SLICE_MS / 2 + 2);
  while (win.idles.length) win.idle();
  assert.deepEqual(ran, items.map((el) => el.name));
  assert.equal(win.observers[0].disconnected, true);
});

test("a page that is never idle still gets there: each timed-out callback runs one slice", () => {
  const items = Array.from({ length: 5 }, (_, i) => item("q" + i, 3000 + 500 * i));
  const { win, ran } = setup(items);
  win.idle(0, true);
  assert.equal(ran.length, lazy.SLICE_MS / 2);
  win.idle(0, true);
  assert.deepEqual(ran, items.map((el) => el.name));
});

test("without requestIdleCallback, timers give the slices", () => {
  const { win, ran } = setup([item("a", 3000), item("b", 4000)], { idle: false });
  win.frame();
  win.timers.splice(0).forEach((fn) => fn());
  assert.deepEqual(ran, ["a", "b"]);
});

test("without IntersectionObserver everything runs at once, as before", () => {
  const { ran } = setup([item("a", 3000), item("b", 100)], { observer: false });
  assert.deepEqual(ran, ["a", "b"]);
});

test("stop() (the page was swapped away) drops what is left", () => {
  const { win, ran, handle } = setup([item("a", 100), item("b", 3000)]);
  handle.stop();
  win.frame();
  win.idle();
  assert.deepEqual(ran, []);
});

test("each run says whether its item was on screen: only the frame's, the observer's and now()'s can be", () => {
  // The quiz keeps a question's order when the reader may be reading it already (quiz.js).
  const items = [
    item("in-view", 100),
    item("next-screen", 1500),
    item("comes-into-view", 2600),
    item("comes-near", 4000),
    item("linked", 5000),
    item("idle", 9000),
    item("left", 9500),
  ];
  const win = fakeWindow();
  const seen = {};
  const handle = lazy.soon(items, (el, inSight) => (seen[el.name] = inSight), win);
  win.frame();
  assert.deepEqual(seen, { "in-view": true, "next-screen": false });
  // The reader scrolled: one is on screen when the observer reports it, one only near it.
  items[2].getBoundingClientRect = () => ({ top: 200, bottom: 300, width: 300, height: 100 });
  items[3].getBoundingClientRect = () => ({ top: 1200, bottom: 1300, width: 300, height: 100 });
  win.observers[0].near(items[2], items[3]);
  assert.equal(seen["comes-into-view"], true);
  assert.equal(seen["comes-near"], false);
  // A link lands on one (it is on screen now); another is asked for while off screen.
  items[4].getBoundingClientRect = () => ({ top: 60, bottom: 160, width: 300, height: 100 });
  handle.now(items[4]);
  assert.equal(seen.linked, true);
  win.idle(50);
  assert.equal(seen.idle, false);
  handle.all();
  assert.deepEqual(Object.keys(seen).length, items.length);
  assert.equal(seen.left, false);
});
