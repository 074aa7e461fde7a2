/* The practice pages: exam, review queue, progress (scripts/practice_pages.py renders their markers).
 * A classic script (the offline copy runs from file://), loaded only on those pages, after store.js,
 * queue.js and quiz.js, whose grading and feedback it reuses (TACourse.quiz). Questions are the
 * page's own rendered <fieldset>s (the DOM contract is in src/quizkit/render.py); the rest is
 * built with createElement and textContent, never innerHTML. Time comes from Date.now and timers,
 * so a test can drive the clock.
 */
(function () {
  "use strict";
  var T = window.TACourse || {};
  var store = T.store;
  var shared = T.quiz;
  var queue = T.queue;
  if (!store || !shared || !queue || !document.querySelector) return;
  var MINUTE = 60000;
  var DAY = 864e5;
  var NOTICES = {
    dropped: "Saved progress in this browser could not be read in full, so the unreadable part was cleared.",
    unavailable:
      "This browser is not letting the site save data, so your progress will not be kept " +
      "after you leave this page.",
  };
  var uid = 0;

  function slice(list) {
    return Array.prototype.slice.call(list);
  }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function add(parent) {
    slice(arguments)
      .slice(1)
      .forEach(function (child) {
        if (child) parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
      });
    return parent;
  }
  var button = shared.button; // same buttons as the lesson quizzes
  function heading(level, text) {
    var h = el("h" + level, "ta-practice__heading", text);
    h.id = "ta-h-" + ++uid;
    h.tabIndex = -1; // focus lands here when the view changes
    return h;
  }
  function section(h) {
    var s = el("section", "ta-practice__view");
    s.setAttribute("aria-labelledby", h.id);
    return add(s, h);
  }
  function liveRegion(root) {
    var live = el("div", "ta-sr-only");
    live.setAttribute("role", "status"); // a polite live region: announcements, never the focus
    root.appendChild(live);
    return function (text) {
      // Emptied first and filled after a tick, so a repeated message is announced too.
      live.textContent = "";
      setTimeout(function () {
        live.textContent = text;
      }, 150);
    };
  }
  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }
  function percent(right, total) {
    return total ? Math.round((100 * right) / total) : 0;
  }
  function date(ms, long) {
    var options = long ? { weekday: "long", day: "numeric", month: "long" } : { day: "numeric", month: "short", year: "numeric" };
    return new Date(ms).toLocaleDateString(document.documentElement.lang || "en", options);
  }
  function label(id) {
    return id.charAt(0).toUpperCase() + id.slice(1);
  }
  function readData(root) {
    try {
      return JSON.parse(root.querySelector(".ta-practice__data").textContent);
    } catch (e) {
      return { lessons: [], topics: [] };
    }
  }
  function notice(root, loaded) {
    if (!loaded.notice) return;
    var p = el("p", "ta-quiz__notice", NOTICES[loaded.notice]);
    p.setAttribute("role", "note");
    root.appendChild(p);
  }
  // A rendered question, in the shape quiz.js's shared functions take (see the end of quiz.js).
  function questionParts(fieldset) {
    var list = fieldset.querySelector(".ta-q__choices");
    var items = slice(list.children);
    var details = fieldset.querySelector(".ta-answer");
    var q = {
      el: fieldset,
      id: fieldset.getAttribute("data-id"),
      type: fieldset.getAttribute("data-type"),
      topic: fieldset.getAttribute("data-topic"),
      lesson: fieldset.getAttribute("data-lesson"),
      number: fieldset.getAttribute("data-number"),
      list: list,
      items: items,
      inputs: items.map(function (li) {
        return li.querySelector("input");
      }),
      details: details,
      status: el("div", "ta-q__result"),
      check: {},
      again: {},
    };
    if (!details.querySelector(".ta-answer__choices")) details.classList.add("ta-answer--plain");
    details.querySelector("summary").textContent = "Why each choice is right or wrong";
    fieldset.insertBefore(q.status, details);
    return q;
  }
  function renumber(q, n) {
    q.number = String(n);
    q.el.querySelector(".ta-q__number").textContent = "Question " + n + ".";
  }
  // The learner's own study target, kept in the store; every control on the page shows the same one.
  function targetControl(onChange) {
    var id = "ta-target-" + ++uid;
    var p = el("p", "ta-target");
    var input = el("input");
    input.type = "number";
    input.id = input.name = id;
    input.min = "1";
    input.max = "100";
    input.step = "1";
    input.value = String(queue.practice(store.load().data).target);
    var hint = el("span", "ta-target__hint", "A personal target for practice, not an official pass mark.");
    hint.id = id + "-hint";
    input.setAttribute("aria-describedby", hint.id);
    var lab = el("label", null, "Your study target (% correct)");
    lab.htmlFor = id;
    input.addEventListener("change", function () {
      var value = Math.round(Number(input.value));
      if (!(value >= 1 && value <= 100)) value = queue.practice(store.load().data).target;
      input.value = String(value);
      store.update(function (data) {
        queue.practice(data).target = value;
      });
      if (onChange) onChange(value);
    });
    return add(p, lab, " ", input, " ", hint);
  }

  /* ---- Practice exam ---- */

  function shuffled(list) {
    var out = list.slice();
    for (var i = out.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var t = out[i];
      out[i] = out[j];
      out[j] = t;
    }
    return out;
  }
  function groupBy(list, key) {
    var groups = {};
    list.forEach(function (item) {
      (groups[item[key]] = groups[item[key]] || []).push(item);
    });
    return groups;
  }
  // Stratified draw: each lesson gets a share of the length in proportion to its questions (largest
  // remainders first), and within a lesson the topics take turns, so no lesson or topic crowds out.
  function draw(all, length) {
    if (length >= all.length) return shuffled(all);
    var lessons = groupBy(all, "lesson");
    var names = shuffled(Object.keys(lessons));
    var quota = {};
    var given = 0;
    names.forEach(function (name) {
      quota[name] = Math.floor((length * lessons[name].length) / all.length);
      given += quota[name];
    });
    names
      .slice()
      .sort(function (a, b) {
        var ra = (length * lessons[a].length) / all.length - quota[a];
        var rb = (length * lessons[b].length) / all.length - quota[b];
        return rb - ra;
      })
      .slice(0, length - given)
      .forEach(function (name) {
        quota[name] += 1;
      });
    var picked = [];
    names.forEach(function (name) {
      var topics = groupBy(shuffled(lessons[name]), "topic");
      var order = shuffled(Object.keys(topics));
      for (var taken = 0, round = 0; taken < quota[name]; round++) {
        order.forEach(function (topic) {
          if (taken < quota[name] && topics[topic][round]) {
            picked.push(topics[topic][round]);
            taken++;
          }
        });
      }
    });
    return shuffled(picked);
  }
  function clock(ms) {
    var s = Math.max(0, Math.ceil(ms / 1000));
    var m = Math.floor(s / 60);
    return m + ":" + (s % 60 < 10 ? "0" : "") + (s % 60);
  }
  function spoken(ms) {
    var m = Math.max(1, Math.round(ms / MINUTE));
    return plural(m, "minute");
  }

  function setupExam(root, info) {
    // The pool waits in an inert <template>; drawn questions move into the page and back.
    var pool = root.querySelector("template.ta-practice__pool").content;
    var all = slice(pool.querySelectorAll("fieldset.ta-q")).map(questionParts);
    var titles = {};
    info.lessons.forEach(function (l) {
      titles[l.path] = l.title;
    });
    var loaded = store.load();
    var announce;
    var exam = null; // {qs, pos, flags, timed, timer}
    notice(root, loaded);

    // Setup view
    var setupH = heading(2, "Set up your practice exam");
    var setup = section(setupH);
    var lengths = [20, 40].filter(function (n) {
      return n < all.length;
    });
    lengths.push(all.length);
    var lengthSet = radios("Number of questions", "ta-exam-length", lengths.map(function (n) {
      return [String(n), n === all.length ? "All " + n + " questions" : n + " questions"];
    }));
    var timerSet = radios("Timer", "ta-exam-timer", [
      ["off", "No timer"],
      ["on", "Timed: about one minute per question"],
    ]);
    add(setup, lengthSet, timerSet, targetControl(), button("Start exam", function () {
      var n = Number(lengthSet.querySelector("input:checked").value);
      start(draw(all, n), timerSet.querySelector("input:checked").value === "on");
    }, "ta-btn--primary"));

    // Exam view: one question at a time
    var posH = heading(2, "");
    var run = section(posH);
    var progress = el("progress", "ta-exam__progress");
    progress.setAttribute("aria-labelledby", posH.id);
    var answered = el("p", "ta-exam__answered");
    var timerBox = el("p", "ta-exam__timer");
    var timerText = el("span", "ta-exam__clock");
    timerText.setAttribute("role", "timer");
    var pauseBtn = button("Pause timer", togglePause);
    add(timerBox, timerText, " ", pauseBtn);
    var stage = el("div", "ta-exam__stage ta-quiz--js");
    var flagBtn = button("Flag for review", function () {
      var q = exam.qs[exam.pos];
      exam.flags[q.id] = !exam.flags[q.id];
      show(exam.pos, false);
      announce(exam.flags[q.id] ? "Question flagged for review." : "Flag removed.");
    });
    var prevBtn = button("Previous", function () {
      show(exam.pos - 1, true);
    });
    var nextBtn = button("Next", function () {
      show(exam.pos + 1, true);
    });
    var finishBtn = button("Review and submit", confirmView, "ta-btn--primary");
    var nav = add(el("div", "ta-exam__nav"), flagBtn, prevBtn, nextBtn, finishBtn);
    add(run, add(el("div", "ta-exam__status"), progress, answered), stage, nav);
    stage.addEventListener("change", countAnswered);

    // Confirmation view
    var confirmH = heading(2, "Before you submit");
    var confirm = section(confirmH);
    var confirmBody = el("div");
    add(confirm, confirmBody, button("Back to the exam", function () {
      show(exam.pos, true);
    }), button("Submit exam", function () {
      submit(false);
    }, "ta-btn--primary"));

    // Results view
    var resultsH = heading(2, "Your results");
    var results = section(resultsH);
    var resultsBody = el("div");
    add(results, resultsBody);

    [timerBox, run, confirm, results].forEach(function (v) {
      v.hidden = true;
    });
    add(root, setup, timerBox, run, confirm, results); // the timer stays in sight while confirming
    announce = liveRegion(root);

    function radios(legend, name, options) {
      var fs = add(el("fieldset", "ta-practice__choice"), el("legend", null, legend));
      options.forEach(function (opt, i) {
        var id = name + "-" + i;
        var input = el("input");
        input.type = "radio";
        input.name = name;
        input.id = id;
        input.value = opt[0];
        input.checked = i === 0;
        var lab = el("label", null, opt[1]);
        lab.htmlFor = id;
        add(fs, add(el("div"), input, " ", lab));
      });
      return fs;
    }
    function view(which, focus) {
      [setup, run, confirm, results].forEach(function (v) {
        v.hidden = v !== which;
      });
      timerBox.hidden = !(exam && exam.timed && (which === run || which === confirm));
      if (focus) focus.focus();
    }

    function start(qs, timed) {
      all.forEach(function (q) {
        pool.appendChild(q.el); // back from an earlier exam's review
      });
      qs.forEach(function (q, i) {
        shared.clearResult(q); // unchecked, enabled, choices shuffled
        renumber(q, i + 1);
        stage.appendChild(q.el);
      });
      stopTimer();
      exam = { qs: qs, pos: 0, flags: {}, timed: timed, timer: null };
      progress.max = qs.length;
      if (timed) startTimer(qs.length * MINUTE);
      show(0, true);
      announce("Exam started: " + plural(qs.length, "question") + (timed ? ", " + spoken(qs.length * MINUTE) + "." : "."));
    }
    function isAnswered(q) {
      return shared.chosenIndexes(q).length > 0;
    }
    function countAnswered() {
      var n = exam.qs.filter(isAnswered).length;
      answered.textContent = "Answered " + n + " of " + exam.qs.length + ".";
    }
    function show(pos, focus) {
      exam.pos = pos;
      var q = exam.qs[pos];
      exam.qs.forEach(function (other) {
        other.el.hidden = other !== q;
      });
      posH.textContent = "Question " + (pos + 1) + " of " + exam.qs.length + (exam.flags[q.id] ? " (flagged)" : "");
      progress.value = pos + 1;
      flagBtn.setAttribute("aria-pressed", exam.flags[q.id] ? "true" : "false");
      prevBtn.disabled = pos === 0;
      nextBtn.disabled = pos === exam.qs.length - 1;
      countAnswered();
      view(run, focus ? posH : null);
    }
    function jumpList(title, qs) {
      var box = add(el("div", "ta-exam__jump"), el("h3", null, title + " (" + qs.length + ")"));
      var list = el("ul");
      qs.forEach(function (q) {
        var i = exam.qs.indexOf(q);
        add(list, add(el("li"), button("Go to question " + (i + 1), function () {
          show(i, true);
        })));
      });
      return add(box, list);
    }
    function confirmView() {
      var unanswered = exam.qs.filter(function (q) {
        return !isAnswered(q);
      });
      var flagged = exam.qs.filter(function (q) {
        return exam.flags[q.id];
      });
      confirmBody.textContent = "";
      add(confirmBody, el("p", null, unanswered.length
        ? "You have not answered " + plural(unanswered.length, "question") + ". An unanswered question counts as missed."
        : "You have answered every question."));
      if (unanswered.length) add(confirmBody, jumpList("Unanswered questions", unanswered));
      if (flagged.length) add(confirmBody, jumpList("Flagged questions", flagged));
      view(confirm, confirmH);
    }

    // Timer: the deadline is a time, not a count of ticks, so a slow or paused tab stays honest.
    function startTimer(total) {
      var marks = [
        [total / 2, "Half your time is left: " + spoken(total / 2) + "."],
        [5 * MINUTE, "5 minutes left."],
        [MINUTE, "1 minute left."],
      ].filter(function (m) {
        return m[0] < total;
      });
      exam.timer = { end: Date.now() + total, left: total, paused: false, marks: marks, handle: null };
      pauseBtn.textContent = "Pause timer";
      tick();
      exam.timer.handle = setInterval(tick, 1000);
    }
    function timeLeft() {
      var t = exam.timer;
      return t.paused ? t.left : t.end - Date.now();
    }
    function tick() {
      var left = timeLeft();
      timerText.textContent = "Time left: " + clock(left) + (exam.timer.paused ? " (paused)" : "");
      var due = exam.timer.marks.filter(function (m) {
        return left <= m[0];
      });
      if (due.length) {
        exam.timer.marks = exam.timer.marks.filter(function (m) {
          return left > m[0];
        });
        if (left > 0) announce(due[due.length - 1][1]); // after a long pause or sleep, only the latest
      }
      if (left <= 0) submit(true);
    }
    function togglePause() {
      var t = exam.timer;
      if (t.paused) {
        t.end = Date.now() + t.left;
        t.paused = false;
        t.handle = setInterval(tick, 1000);
        pauseBtn.textContent = "Pause timer";
        announce("Timer running: " + clock(t.left) + " left.");
      } else {
        t.left = timeLeft();
        t.paused = true;
        clearInterval(t.handle);
        pauseBtn.textContent = "Resume timer";
        announce("Timer paused with " + clock(t.left) + " left.");
      }
      tick();
    }
    function stopTimer() {
      if (exam && exam.timer) clearInterval(exam.timer.handle);
    }

    function submit(timeUp) {
      stopTimer();
      var now = Date.now();
      var graded = exam.qs.map(function (q) {
        var chosen = shared.chosenIndexes(q);
        return { q: q, chosen: chosen, correct: chosen.length > 0 && shared.grade(q, chosen), flagged: !!exam.flags[q.id] };
      });
      var right = graded.filter(function (g) {
        return g.correct;
      }).length;
      store.update(function (data) {
        graded.forEach(function (g) {
          store.recordAnswer(data, g.q.id, g.correct, now);
        });
        queue.recordExam(data, { at: now, total: graded.length, correct: right, timed: exam.timed });
      });
      exam.graded = graded;
      exam.timeUp = timeUp;
      showResults();
      if (timeUp) announce("Time is up. Your exam was submitted with the answers you had given.");
    }

    function showResults() {
      var graded = exam.graded;
      var right = graded.filter(function (g) {
        return g.correct;
      }).length;
      var missed = graded.filter(function (g) {
        return !g.correct;
      });
      resultsBody.textContent = "";
      if (exam.timeUp) {
        var up = el("p", "ta-quiz__notice", "Time is up: the exam was submitted with the answers you had given.");
        up.setAttribute("role", "note");
        add(resultsBody, up);
      }
      var score = percent(right, graded.length);
      add(resultsBody, el("p", "ta-exam__score", "You answered " + right + " of " + graded.length + " questions correctly: " + score + "%."));
      var summary = el("p");
      var charts = el("div");
      function drawTarget(target) {
        summary.textContent =
          "Your study target is " + target + "%. " +
          (score >= target ? "You reached it." : "You are " + (target - score) + " points short of it.") +
          " The dashed line in each bar below marks it.";
        charts.textContent = "";
        add(charts,
          chart("Results by topic", "Topic", tally(graded, "topic", info.topics), target),
          chart("Results by lesson", "Lesson", tally(graded, "lesson", info.lessons.map(function (l) {
            return l.path;
          })), target));
      }
      add(resultsBody, summary, targetControl(drawTarget), charts);
      drawTarget(queue.practice(store.load().data).target);

      var review = add(el("div", "ta-exam__review ta-quiz--js"), el("h3", null, "Every question, with your answer"));
      graded.forEach(function (g) {
        g.q.el.hidden = false;
        shared.showResult(g.q, g.chosen, g.correct);
        if (!g.chosen.length) g.q.status.querySelector(".ta-q__verdict .ta-mark").lastChild.textContent = "Not answered.";
        if (g.flagged) g.q.status.insertBefore(el("p", "ta-exam__flagged", "You flagged this question for review."), g.q.status.firstChild);
        review.appendChild(g.q.el);
      });
      var actions = el("div", "ta-exam__nav");
      if (missed.length) {
        add(actions, button("Retry the " + plural(missed.length, "missed question"), function () {
          start(missed.map(function (g) {
            return g.q;
          }), exam.timed);
        }, "ta-btn--primary"));
        add(resultsBody, el("p", null, "The questions you missed are in your review queue; they come back tomorrow."));
      }
      add(actions, button("Set up a new exam", function () {
        view(setup, setupH);
      }));
      add(resultsBody, actions, review);
      view(results, resultsH);
    }

    function tally(graded, key, order) {
      var rows = {};
      graded.forEach(function (g) {
        var row = (rows[g.q[key]] = rows[g.q[key]] || { right: 0, total: 0 });
        row.total += 1;
        if (g.correct) row.right += 1;
      });
      var keys = order.filter(function (k) {
        return rows[k];
      });
      Object.keys(rows).forEach(function (k) {
        if (keys.indexOf(k) < 0) keys.push(k);
      });
      return keys.map(function (k) {
        return { name: key === "lesson" ? titles[k] || k : label(k), right: rows[k].right, total: rows[k].total };
      });
    }
  }

  // A table that is itself the chart: each row has the numbers in words and a bar drawn beside them
  // (the bar is decoration for sighted readers; its width is set through the CSSOM, which the CSP allows).
  function chart(caption, what, rows, target) {
    var table = add(el("table", "ta-chart"), el("caption", null, caption));
    var head = el("tr");
    [what, "Correct", "Share correct"].forEach(function (text) {
      var th = el("th", null, text);
      th.scope = "col";
      head.appendChild(th);
    });
    add(table, add(el("thead"), head));
    var body = el("tbody");
    rows.forEach(function (row) {
      var p = percent(row.right, row.total);
      var tr = el("tr");
      var th = el("th", null, row.name);
      th.scope = "row";
      var bar = el("span", "ta-chart__bar");
      bar.setAttribute("aria-hidden", "true");
      var fill = el("span", "ta-chart__fill");
      fill.style.width = p + "%";
      var line = el("span", "ta-chart__target");
      line.style.left = target + "%";
      add(bar, fill, line);
      var cell = add(el("td", "ta-chart__cell"), el("span", "ta-chart__value", p + "%"));
      if (p < target) add(cell, el("span", "ta-chart__below", "below target"));
      add(cell, bar);
      add(body, add(tr, th, el("td", null, row.right + " of " + row.total), cell));
    });
    return add(table, body);
  }

  /* ---- Review queue ---- */

  function setupReview(root) {
    var template = root.querySelector("template.ta-practice__pool");
    var loaded = store.load();
    var now = Date.now();
    var byId = {};
    slice(template.content.querySelectorAll("fieldset.ta-q")).forEach(function (fs) {
      byId[fs.getAttribute("data-id")] = fs;
    });
    var due = queue.due(loaded.data, now).filter(function (id) {
      return byId[id];
    });
    notice(root, loaded);
    var h = heading(2, "Due today");
    var view = section(h);
    var summary = el("p", "ta-review__summary");
    add(root, view);
    var announce = liveRegion(root);
    var done = 0;

    function describe() {
      if (due.length) {
        summary.textContent = done === due.length
          ? "Done for today: you answered all " + plural(due.length, "question") + " due. " + upcoming()
          : plural(due.length, "question") + " due today; " + done + " answered so far.";
        return;
      }
      summary.textContent = upcoming() || "Your review queue is empty. A question you miss in a lesson quiz " +
        "or a practice exam comes back here the next day.";
    }
    function upcoming() {
      var next = queue.next(store.load().data, Date.now());
      if (!next) return "";
      return "Nothing else is due today. Next review: " + date(next.due, true) + " (" + plural(next.count, "question") + ").";
    }
    add(view, summary);
    if (!due.length) {
      describe();
      return;
    }
    var list = el("div", "ta-review__list ta-quiz--js");
    due.forEach(function (id, i) {
      var q = questionParts(document.importNode(byId[id], true));
      renumber(q, i + 1);
      q.check = button("Check", function () {
        check(q);
      }, "ta-btn--primary");
      q.again = {};
      q.el.insertBefore(add(el("div", "ta-q__actions"), q.check), q.status);
      q.status.tabIndex = -1;
      list.appendChild(q.el);
      shared.clearResult(q);
    });
    add(view, list);
    describe();

    function check(q) {
      var chosen = shared.chosenIndexes(q);
      if (!chosen.length) {
        q.status.textContent = "";
        add(q.status, el("p", "ta-q__verdict", "Choose an answer first, then press Check."));
        announce("Question " + q.number + ": choose an answer first.");
        return;
      }
      var correct = shared.grade(q, chosen);
      var at = Date.now();
      var entry;
      store.update(function (data) {
        entry = store.recordAnswer(data, q.id, correct, at, { review: true });
      });
      shared.showResult(q, chosen, correct);
      var next = entry.step === queue.MASTERED
        ? "Mastered: this question leaves your review queue."
        : correct
          ? "Next review: " + date(entry.due, true) + ", in " + plural(queue.DAYS[entry.step], "day") + "."
          : "It starts over and comes back tomorrow.";
      q.status.insertBefore(el("p", "ta-review__next", next), q.status.children[1] || null);
      done += 1;
      describe();
      announce(shared.resultText(q, chosen, correct) + " " + next);
      q.status.focus();
    }
  }

  /* ---- Progress ---- */

  var FORMAT = "ta-course-progress";

  // A file is imported only if it is this course's export and every part of it is valid.
  function checkImport(text) {
    var raw;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      return null;
    }
    if (!raw || raw.format !== FORMAT || !raw.progress || typeof raw.progress !== "object") return null;
    var known = ["version", "questions", "quizzes"].concat(Object.keys(store.sections));
    var foreign = Object.keys(raw.progress).some(function (k) {
      return known.indexOf(k) < 0;
    });
    var result = store.validate(raw.progress);
    return foreign || result.dropped ? null : result.data;
  }

  function setupProgress(root, info) {
    var loaded = store.load();
    notice(root, loaded);
    var tableBox = el("div");
    var examsBox = el("div");
    var status = el("p", "ta-progress__status");
    status.setAttribute("role", "status");
    add(root, tableBox, examsBox);

    function render() {
      var data = store.load().data;
      var now = Date.now();
      var review = data.review || {};
      var practice = queue.practice(data);
      tableBox.textContent = "";
      var h = heading(2, "By lesson");
      var table = add(el("table", "ta-progress__table"), el("caption", null, "Progress by lesson"));
      var head = el("tr");
      ["Lesson", "Best quiz score", "Last attempt", "Mastered", "Due today"].forEach(function (text) {
        var th = el("th", null, text);
        th.scope = "col";
        head.appendChild(th);
      });
      var body = el("tbody");
      info.lessons.forEach(function (lesson) {
        var recs = Object.keys(data.questions)
          .map(function (id) {
            return data.questions[id];
          })
          .filter(function (r) {
            return lesson.quiz && r.quiz === lesson.quiz;
          });
        var mastered = lesson.questions.filter(function (id) {
          return review[id] && review[id].step === queue.MASTERED;
        }).length;
        var dueNow = lesson.questions.filter(function (id) {
          return review[id] && review[id].step < queue.MASTERED && review[id].due <= now;
        }).length;
        var best = lesson.quiz && practice.best[lesson.quiz];
        var th = el("th");
        th.scope = "row";
        if (lesson.url) {
          var a = el("a", null, lesson.title);
          a.href = lesson.url;
          th.appendChild(a);
        } else th.textContent = lesson.title;
        add(body, add(el("tr"), th,
          el("td", null, best ? best + " of " + lesson.quizTotal : "Not yet"),
          el("td", null, lastAttempt(recs)),
          el("td", null, mastered + " of " + lesson.questions.length),
          el("td", null, String(dueNow))));
      });
      // Scrolls in its own box on a narrow screen; its lesson links keep it reachable by keyboard.
      add(tableBox, h, add(el("div", "ta-scroll"), add(table, add(el("thead"), head), body)));
      var waiting = Object.keys(review).filter(function (id) {
        return review[id].step < queue.MASTERED;
      }).length;
      var dueAll = queue.due(data, now).length;
      add(tableBox, el("p", null, "Review queue: " + dueAll + " due today, " + (waiting - dueAll) +
        " waiting for a later day, " + (Object.keys(review).length - waiting) + " mastered."));

      examsBox.textContent = "";
      add(examsBox, heading(2, "Practice exams"));
      add(examsBox, el("p", null, "Your study target: " + practice.target + "% (a personal target, not an official pass mark)."));
      var exams = practice.exams.slice().reverse().slice(0, 5);
      if (!exams.length) add(examsBox, el("p", null, "No practice exam yet."));
      else {
        var list = el("ul");
        exams.forEach(function (e) {
          add(list, el("li", null, date(e.at) + ": " + e.correct + " of " + e.total + " (" +
            percent(e.correct, e.total) + "%)" + (e.timed ? ", timed" : "")));
        });
        add(examsBox, list);
      }
    }
    function lastAttempt(recs) {
      var answered = recs.filter(function (r) {
        return r.correct !== null;
      });
      if (!answered.length) return "Not yet";
      var at = Math.max.apply(null, answered.map(function (r) {
        return r.at;
      }));
      var right = answered.filter(function (r) {
        return r.correct;
      }).length;
      return date(at) + ": " + right + " right of " + answered.length + " answered";
    }

    // Export, import, reset
    var keep = section(heading(2, "Keep or move your progress"));
    var fileId = "ta-import-" + ++uid;
    var file = el("input");
    file.type = "file";
    file.id = fileId;
    file.accept = ".json,application/json";
    var fileLabel = el("label", null, "Import progress from a file");
    fileLabel.htmlFor = fileId;
    add(keep,
      el("p", null, "Export saves everything on this page to a file on your device. Importing a file replaces the progress in this browser."),
      add(el("p"), button("Export progress", exportProgress)),
      add(el("p", "ta-progress__import"), fileLabel, " ", file));
    file.addEventListener("change", function () {
      var chosen = file.files && file.files[0];
      if (!chosen) return;
      chosen.text().then(function (text) {
        var data = checkImport(text);
        file.value = "";
        if (!data) {
          status.textContent = "“" + chosen.name + "” was not imported: it is not a progress file from this " +
            "course, or it is damaged. Your progress is unchanged.";
          return;
        }
        store.save(data);
        render();
        status.textContent = "Progress imported from “" + chosen.name + "”.";
      });
    });

    var dialog = el("dialog", "ta-progress__dialog");
    var dialogH = el("h2", null, "Reset all progress?");
    dialogH.id = "ta-reset-title";
    dialog.setAttribute("aria-labelledby", dialogH.id);
    var resetOpen = button("Reset all progress…", function () {
      dialog.showModal();
    });
    add(dialog, dialogH,
      el("p", null, "This removes every answer, your review queue, your exam results and your study target from this browser. " +
        "It cannot be undone; export your progress first if you may want it back."),
      button("Cancel", function () {
        dialog.close();
      }),
      button("Reset everything", function () {
        store.save(store.empty());
        dialog.close();
        render();
        status.textContent = "All progress in this browser was reset.";
      }, "ta-btn--danger"));
    dialog.addEventListener("close", function () {
      resetOpen.focus();
    });
    var reset = section(heading(2, "Start over"));
    add(reset, add(el("p"), resetOpen), dialog);
    add(root, keep, reset, status);
    render();

    function exportProgress() {
      var now = Date.now();
      var name = "course-progress-" + new Date(now).toISOString().slice(0, 10) + ".json";
      var payload = { format: FORMAT, exported: new Date(now).toISOString(), progress: store.load().data };
      var url = URL.createObjectURL(new Blob([JSON.stringify(payload, null, 2)], { type: "application/json" }));
      var a = el("a");
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      document.body.removeChild(a);
      setTimeout(function () {
        URL.revokeObjectURL(url);
      }, 1000);
      status.textContent = "Your progress was saved as “" + name + "”.";
    }
  }

  var PAGES = { exam: setupExam, review: setupReview, progress: setupProgress };

  function init() {
    slice(document.querySelectorAll(".ta-practice[data-practice]")).forEach(function (root) {
      var setup = PAGES[root.getAttribute("data-practice")];
      if (!setup || root.getAttribute("data-ready")) return;
      root.setAttribute("data-ready", "true");
      root.classList.add("ta-practice--js");
      setup(root, readData(root));
    });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(init);
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
