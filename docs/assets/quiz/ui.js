/* The small DOM helpers every quiz script shares (TACourse.ui): building elements, buttons, the
 * polite live region, notices, a confirmation dialog, the shuffle, focus that does not scroll.
 * DOM is built with createElement and textContent, never innerHTML. Loaded after strings.js. */
(function (root) {
  "use strict";
  const T = (root.TACourse = root.TACourse || {});
  const S = T.strings;
  let uid = 0;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }
  // Appends children (nodes or strings; falsy ones skipped) and returns the parent.
  function add(parent, ...children) {
    for (const child of children) {
      if (child) parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return parent;
  }
  function button(label, onClick, extra) {
    const b = el("button", "ta-btn" + (extra ? " " + extra : ""), label);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }
  const nextId = (prefix) => `${prefix}-${++uid}`;

  // A polite live region inside `parent`; the returned function announces a message. The region is
  // emptied first and filled after a tick, so screen readers announce a repeated message too.
  function announcer(parent) {
    const live = el("div", "ta-sr-only");
    live.setAttribute("role", "status");
    live.setAttribute("aria-live", "polite");
    parent.appendChild(live);
    let timer = null;
    const say = (text) => {
      clearTimeout(timer);
      live.textContent = "";
      timer = setTimeout(() => {
        live.textContent = text;
      }, 150);
    };
    say.region = live;
    return say;
  }

  // A notice in the page's words (S.notices[kind]); placed after `where`, or at the end of `parent`.
  function notice(kind, parent, where) {
    const p = el("p", "ta-quiz__notice", S.notices[kind]);
    p.setAttribute("role", kind === "saveFailed" ? "alert" : "note");
    if (where) parent.insertBefore(p, where.nextSibling);
    else parent.appendChild(p);
    return p;
  }
  // Shows the "could not be saved" alert at most once in `parent` whenever a save fails.
  function watchSaves(store, parent, where) {
    let shown = null;
    store.onSaveFailed(() => {
      if (!shown || !shown.isConnected) shown = notice("saveFailed", parent, where);
    });
  }

  // Focus a node (a verdict, a heading) without moving the page: what the learner was reading stays
  // where it was. Screen readers still read the focused node; the live region says the rest.
  function focusHere(node) {
    if (!node.hasAttribute("tabindex")) node.tabIndex = -1;
    node.focus({ preventScroll: true });
  }

  // Runs `change` (which adds feedback around `node`) and then scrolls by however far `node` moved,
  // so what the learner was looking at stays at the same place on the screen: feedback added above
  // it, or the browser's own scroll anchoring, would otherwise shift it.
  function keepInPlace(node, change) {
    const before = node.getBoundingClientRect().top;
    const result = change();
    const shift = node.getBoundingClientRect().top - before;
    if (Math.abs(shift) >= 1) root.scrollBy(0, shift);
    return result;
  }

  // A modal confirmation: title, body paragraphs and buttons [{label, action, kind}]. Cancel (or
  // Escape) closes it with nothing done; focus returns to `opener`. Returns {open, close, dialog}.
  function confirmDialog(parent, { title, body, actions, onCancel }) {
    const dialog = el("dialog", "ta-progress__dialog");
    const h = el("h2", null, title);
    h.id = nextId("ta-dialog");
    dialog.setAttribute("aria-labelledby", h.id);
    const bodyBox = el("div");
    let opener = null;
    let chosen = false;
    const close = () => dialog.open && dialog.close();
    const buttons = actions.map(({ label, action, kind }) =>
      button(label, () => {
        chosen = true;
        close();
        action();
      }, kind),
    );
    add(dialog, h, bodyBox, add(el("p", "ta-dialog__actions"), ...buttons, button(S.cancel, close)));
    dialog.addEventListener("close", () => {
      if (!chosen && onCancel) onCancel();
      if (opener && opener.isConnected) opener.focus();
    });
    parent.appendChild(dialog);
    function open(from, paragraphs) {
      opener = from || document.activeElement;
      chosen = false;
      const texts = paragraphs || body || [];
      bodyBox.textContent = "";
      texts.forEach((t) => add(bodyBox, el("p", null, t)));
      dialog.showModal();
    }
    return { open, close, dialog };
  }

  function shuffled(list, random = Math.random) {
    const out = list.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  T.ui = { el, add, button, nextId, announcer, notice, watchSaves, focusHere, keepInPlace, confirmDialog, shuffled };
  if (typeof module !== "undefined") module.exports = T.ui;
})(typeof window !== "undefined" ? window : globalThis);
