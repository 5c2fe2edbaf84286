"use strict";

/*
 * A small, safe Markdown renderer for card details: HTML in the text is escaped first, then paragraphs,
 * "-"/"*" and "1." lists, **bold**, *italic* or _italic_ and [links](https://...) become HTML. Links
 * other than http(s) stay text; those kept open in a new tab without access to this page.
 */
window.renderMarkdown = (function () {
  const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  const BULLET = /^\s*[-*+]\s+(.*)$/;
  const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
  }

  /** Inline markup of one escaped line: links are set aside first so that their URLs stay as written. */
  function inline(escaped) {
    const links = [];
    let html = escaped.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, label, url) => {
      if (!/^https?:\/\//i.test(url)) {
        return whole;
      }
      links.push('<a href="' + url + '" target="_blank" rel="noopener noreferrer">' + label + "</a>");
      return "\u0000" + (links.length - 1) + "\u0000";
    });
    html = html.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
      .replace(/__([^_]+)__/g, "<strong>$1</strong>")
      .replace(/\*([^*\s][^*]*)\*/g, "<em>$1</em>")
      .replace(/(^|[^\w])_([^_\s][^_]*)_(?!\w)/g, "$1<em>$2</em>");
    return html.replace(/\u0000(\d+)\u0000/g, (whole, i) => links[Number(i)]);
  }

  function render(markdown) {
    const lines = escapeHtml(String(markdown || "").replace(/\u0000/g, "")).split(/\r?\n/);
    const out = [];
    let paragraph = [];
    let list = null;
    const flushParagraph = () => {
      if (paragraph.length) {
        out.push("<p>" + paragraph.map(inline).join("<br>") + "</p>");
        paragraph = [];
      }
    };
    const flushList = () => {
      if (list) {
        out.push("<" + list.tag + ">" + list.items.map((i) => "<li>" + inline(i) + "</li>").join("") + "</" + list.tag + ">");
        list = null;
      }
    };
    for (const line of lines) {
      const bullet = BULLET.exec(line);
      const numbered = bullet ? null : NUMBERED.exec(line);
      if (bullet || numbered) {
        const tag = bullet ? "ul" : "ol";
        flushParagraph();
        if (list && list.tag !== tag) {
          flushList();
        }
        list = list || { tag: tag, items: [] };
        list.items.push((bullet || numbered)[1]);
      } else if (line.trim() === "") {
        flushParagraph();
        flushList();
      } else {
        flushList();
        paragraph.push(line.trim());
      }
    }
    flushParagraph();
    flushList();
    return out.join("\n");
  }

  return render;
})();
