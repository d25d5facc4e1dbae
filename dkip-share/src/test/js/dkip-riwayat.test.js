// The exemption-history panel: the riwayat web script's events as a table, newest first; nothing when empty.
const test = require("node:test");
const assert = require("node:assert/strict");
const R = require("./page.js").load("web-extension/site-webscripts/id/dkip/components/riwayat/riwayat.get.html.ftl").riwayat;

test("events newest first, escaped, time to the minute", () => {
  const html = R.tableHtml([
    { waktu: "2026-03-17T09:15:02.000+07:00", pengguna: "ppid", jenis: "klasifikasi", tingkat: "Rahasia", rincian: "dasar=17h2" },
    { waktu: "2026-03-31T10:00:00.000+07:00", pengguna: "sistem", jenis: "pengarsipan", tingkat: "Rahasia", rincian: "<folder>" },
  ], (k) => k);
  assert.ok(html.indexOf("pengarsipan") < html.indexOf("klasifikasi"));
  assert.match(html, /2026-03-17 09:15/);
  assert.match(html, /&lt;folder&gt;/);
});

test("no events, no panel", () => {
  assert.equal(R.tableHtml([], (k) => k), "");
  assert.equal(R.tableHtml(undefined, (k) => k), "");
});
