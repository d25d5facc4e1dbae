// The helpers every client script shares (dkip-util.js), loaded as the page loads it.
const test = require("node:test");
const assert = require("node:assert/strict");
const U = require("./page.js").load("web-extension/site-webscripts/id/dkip/components/riwayat/riwayat.get.html.ftl").util;

test("escapeHtml escapes markup and both quotes, and shows nothing for null", () => {
  assert.equal(U.escapeHtml(`<a href="x" title='y'>&</a>`), "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  assert.equal(U.escapeHtml(null), "");
  assert.equal(U.escapeHtml(0), "0");
});

test("format fills numbered arguments and leaves unknown ones as written", () => {
  assert.equal(U.format("hadir {0} dari {1}, kuorum {2}", [5, 9, 5]), "hadir 5 dari 9, kuorum 5");
  assert.equal(U.format("{0} {3}", ["a"]), "a {3}");
});

test("define puts a script's functions on the DKIP namespace and hands them the helpers", () => {
  const api = U.define("contoh", (util) => ({ tebal: (s) => "<b>" + util.escapeHtml(s) + "</b>" }));
  assert.equal(globalThis.DKIP.contoh, api);
  assert.equal(api.tebal("<x>"), "<b>&lt;x&gt;</b>");
});
