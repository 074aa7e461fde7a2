/* Work that waits until it is wanted (TACourse.lazy), so setting up a long page never blocks the
 * main thread: soon(items, run) calls run(item, inSight) once for each item, and in this order of
 * need:
 *   1. in the next frame, for items within a screen of the viewport (the reader may see them);
 *   2. as an item comes within a screen of the viewport (IntersectionObserver, one screen margin),
 *      so it is ready before the reader scrolls to it;
 *   3. the rest in idle slices of a few milliseconds (requestIdleCallback, else timers), in page
 *      order, so everything is ready soon after load (find in page, a screen reader's reading).
 * The returned handle's now(item) runs one at once (the reader jumped or tabbed to it), all() runs
 * every one left (an action on the whole page), stop() drops the rest. `inSight` says whether the
 * item was on screen when it ran, so a run can leave alone what the reader may be reading (a slow
 * page where the reader got there first, a link that lands on it); items run ahead of the reader
 * (a screen away, idle slices, all()) are not. Without IntersectionObserver
 * everything runs at once, as before. `env` stands in for the window in tests (tests/js/lazy.test.js).
 * A classic script: the offline copy runs from file://. */
(function (root) {
  "use strict";
  const T = (root.TACourse = root.TACourse || {});
  // Idle work per slice. Lighthouse's mobile run counts a task over 50 ms on a 4x slower CPU as
  // blocking, so a slice stays well under 12 ms here.
  const SLICE_MS = 6;

  function soon(items, run, env = root) {
    const pending = new Set(items);
    const clock = () => (env.performance ? env.performance.now() : Date.now());
    let observer = null;
    let stopped = false;

    // A shown box reaching from `above` the viewport's top to `below` it (in screens).
    const within = (box, above, below) => {
      const height = env.innerHeight || 0;
      return !!(box.width || box.height) && box.bottom > -above * height && box.top < below * height;
    };
    const inSight = (box) => within(box, 0, 1);
    function runOne(item, seen) {
      if (!pending.delete(item)) return false;
      if (observer) observer.unobserve(item);
      run(item, seen);
      return true;
    }
    // Asked for by the page (focus, a link): one layout read, for one item.
    const now = (item) => pending.has(item) && runOne(item, inSight(item.getBoundingClientRect()));
    function all() {
      [...pending].forEach((item) => runOne(item, false));
    }
    function stop() {
      stopped = true;
      pending.clear();
      if (observer) observer.disconnect();
    }
    const handle = { now, all, stop, pending: () => pending.size };

    if (typeof env.IntersectionObserver !== "function") {
      all();
      return handle;
    }
    // 1. What is in sight or a screen away, looked at in the next frame: the page's layout is
    // read once, where the browser lays it out anyway, never forced in the middle of a script.
    function start() {
      if (stopped || !pending.size) return;
      const near = [...pending]
        .map((item) => [item, item.getBoundingClientRect()])
        .filter(([, box]) => within(box, 1, 2));
      near.forEach(([item, box]) => runOne(item, inSight(box)));
      if (!pending.size) return;
      // 2. What comes near later (the entry carries the box: no layout read).
      observer = new env.IntersectionObserver(
        (entries) =>
          entries.forEach((entry) => entry.isIntersecting && runOne(entry.target, inSight(entry.boundingClientRect))),
        { rootMargin: "100% 0px" },
      );
      pending.forEach((item) => observer.observe(item));
    }
    if (typeof env.requestAnimationFrame === "function") env.requestAnimationFrame(start);
    else start();

    // 3. The rest, in page order, a slice at a time while the page is idle.
    const idle =
      typeof env.requestIdleCallback === "function"
        ? (fn) => env.requestIdleCallback(fn, { timeout: 2000 })
        : (fn) => env.setTimeout(() => fn(null), 50);
    function slice(deadline) {
      if (stopped || !pending.size) return;
      const end = clock() + SLICE_MS;
      const left = () => Math.min(end - clock(), deadline && !deadline.didTimeout ? deadline.timeRemaining() : Infinity);
      // One item at least per slice, so a page that is never idle still gets there.
      for (const item of pending) {
        runOne(item, false); // out of sight: in sight, the frame or the observer ran it first
        if (left() <= 0) break;
      }
      if (pending.size) idle(slice);
      else if (observer) observer.disconnect();
    }
    idle(slice);
    return handle;
  }

  T.lazy = { soon, SLICE_MS };
  if (typeof module !== "undefined") module.exports = T.lazy;
})(typeof window !== "undefined" ? window : globalThis);
