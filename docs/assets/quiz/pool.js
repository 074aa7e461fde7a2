/* The question pool of the practice pages (TACourse.pool): which questions there are (id,
 * lesson, topic, bank: what a draw, the review queue or the progress page needs), and the rendered
 * <fieldset>s of the ones a page shows. quizkit/pool.py builds both sources from the one renderer:
 *  - files, on a site built with the MkDocs plugin: the page's data names the index
 *    (assets/quiz/pool/index.HASH.json); it is fetched when questions are first needed, then
 *    only the banks holding the questions asked for (banks/BANK.HASH.json), each once per page.
 *    Names change with the content, so the browser may cache them; fetches stay on the site's
 *    own origin (the CSP's default-src 'self' allows exactly that).
 *  - inline, elsewhere (Zensical; the offline copy, whose file:// pages cannot fetch): every
 *    question is in the page's inert <template class="ta-practice__pool">.
 * A failed fetch is forgotten, so asking again fetches again; nothing the learner saved depends on
 * it. createPool() is plain logic over a source (tests/js/pool.test.js runs it under Node). */
(function (root) {
  "use strict";
  const T = (root.TACourse = root.TACourse || {});

  // The banks holding `ids` (a Map id -> question from the index), each once, in first-needed order.
  function banksFor(byId, ids) {
    const names = [];
    ids.forEach((id) => {
      const q = byId.get(id);
      if (!q) throw new Error(`question ${id} is not in the pool`);
      if (!names.includes(q.bank)) names.push(q.bank);
    });
    return names;
  }

  // The index file's data (quizkit/pool.py: lessons and topics by number) as a list of questions.
  function expand(data) {
    const questions = [];
    const files = new Map();
    data.banks.forEach((bank) => {
      files.set(bank.name, bank.file);
      bank.questions.forEach(([id, lesson, topic]) =>
        questions.push({ id, lesson: data.lessons[lesson], topic: data.topics[topic], bank: bank.name }),
      );
    });
    return { questions, files };
  }

  // A pool over `source`: { index(): Promise<{questions, files}>, bank(name, file): Promise<Map id ->
  // fieldset> }. Each is asked once, and again only after it failed.
  function createPool(source) {
    let index = null;
    const banks = new Map();
    function remembered(make, forget) {
      const promise = make();
      promise.catch(forget);
      return promise;
    }
    function loadIndex() {
      if (!index) {
        index = remembered(
          () =>
            source.index().then((data) => ({ ...data, byId: new Map(data.questions.map((q) => [q.id, q])) })),
          () => (index = null),
        );
      }
      return index;
    }
    function loadBank(name, file) {
      if (!banks.has(name)) banks.set(name, remembered(() => source.bank(name, file), () => banks.delete(name)));
      return banks.get(name);
    }
    // The fieldsets of `ids` (Map id -> element), fetching the banks that hold them.
    async function fieldsets(ids) {
      const { byId, files } = await loadIndex();
      const names = banksFor(byId, ids);
      const loaded = await Promise.all(names.map((name) => loadBank(name, files.get(name))));
      const all = new Map();
      loaded.forEach((bank) => bank.forEach((fs, id) => all.set(id, fs)));
      const found = new Map();
      ids.forEach((id) => {
        if (!all.has(id)) throw new Error(`question ${id} is missing from its bank's file`);
        found.set(id, all.get(id));
      });
      return found;
    }
    return { index: loadIndex, fieldsets, loaded: () => [...banks.keys()] };
  }

  // The fieldsets in `fragment`, by question id.
  function byQuestion(fragment) {
    return new Map([...fragment.querySelectorAll("fieldset.ta-q")].map((fs) => [fs.getAttribute("data-id"), fs]));
  }

  // Pool files: the index at `indexUrl`, bank files beside it. `fetchText(url)` resolves with a
  // file's text or rejects; `parse(text, url)` gives a bank file's fieldsets by id.
  function fileSource(indexUrl, fetchText, parse) {
    return {
      index: () => fetchText(indexUrl).then((text) => expand(JSON.parse(text))),
      bank: (name, file) => {
        const url = new URL(file, indexUrl).href;
        return fetchText(url).then((text) => parse(text, url));
      },
    };
  }

  // The inlined pool: the index read from the fieldsets' own data attributes.
  function templateSource(template) {
    const all = byQuestion(template.content);
    const questions = [...all.values()].map((fs) => ({
      id: fs.getAttribute("data-id"),
      lesson: fs.getAttribute("data-lesson"),
      topic: fs.getAttribute("data-topic"),
      bank: fs.getAttribute("data-quiz"),
    }));
    return {
      index: () => Promise.resolve({ questions, files: new Map() }),
      bank: (name) => Promise.resolve(new Map(questions.filter((q) => q.bank === name).map((q) => [q.id, all.get(q.id)]))),
    };
  }

  function fetchText(url) {
    return root.fetch(url, { credentials: "same-origin" }).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.text();
    });
  }
  // A bank file's fieldsets ({"html": ...}), parsed into an inert <template> (nothing in it runs or
  // loads; the file is the site's own, written by quizkit.render from sanitised text). Its links are
  // relative to the file, so they are made absolute before the questions move into the page.
  function parseBank(text, url) {
    const template = document.createElement("template");
    template.innerHTML = JSON.parse(text).html;
    template.content.querySelectorAll("a[href]").forEach((a) => a.setAttribute("href", new URL(a.getAttribute("href"), url).href));
    return byQuestion(template.content);
  }

  // The pool of a practice page, from its data (`pool`: the index, relative to the page) or template.
  function forPage(rootEl, info) {
    if (info.pool) return createPool(fileSource(new URL(info.pool, document.baseURI).href, fetchText, parseBank));
    const template = rootEl.querySelector("template.ta-practice__pool");
    return createPool(templateSource(template || document.createElement("template")));
  }

  // Runs `task` (a function returning a promise) while `box` (a polite live region) says the
  // questions are loading and `busy` is aria-busy. If it fails, `box` says so, with a Try again
  // button that runs it again. Resolves with the task's value once it succeeds; never rejects.
  function whileLoading(box, busy, task) {
    const { el, add, button } = T.ui;
    const S = T.strings;
    return new Promise((resolve) => {
      const attempt = () => {
        box.textContent = "";
        add(box, el("p", "ta-pool__loading", S.poolLoading));
        busy.setAttribute("aria-busy", "true");
        task().then(
          (value) => {
            box.textContent = "";
            busy.removeAttribute("aria-busy");
            resolve(value);
          },
          () => {
            box.textContent = "";
            busy.removeAttribute("aria-busy");
            const message = el("p", "ta-quiz__notice ta-pool__error", S.poolFailed);
            message.setAttribute("role", "alert");
            add(box, message, button(S.poolRetry, attempt));
          },
        );
      };
      attempt();
    });
  }
  // The box whileLoading() writes in: empty, and so out of the layout, until a load starts.
  function statusBox() {
    const box = T.ui.el("div", "ta-pool");
    box.setAttribute("aria-live", "polite");
    return box;
  }

  T.pool = { banksFor, expand, createPool, fileSource, templateSource, forPage, whileLoading, statusBox };
  if (typeof module !== "undefined") module.exports = T.pool;
})(typeof window !== "undefined" ? window : globalThis);
