// The dashlet "Tugas & tenggat DKIP": steps with each unit's state, due dates in working days, reviews.
const test = require("node:test");
const assert = require("node:assert/strict");
const T = require("./page.js").load("web-extension/site-webscripts/id/dkip/components/dashlets/dkip-tenggat.get.html.ftl").tenggat;

const msg = (k) => ({ "tenggat.sisa": "tenggat {0} ({1} hari kerja lagi)" }[k] || k);

test("each step lists its units as late, returned, running or sent, with working days left", () => {
  const html = T.bodyHtml({
    tugas: [
      { langkah: 1, unit: "GROUP_DKIP_PPID_YANKES", keadaan: "terlambat", tenggat: "2026-03-26", sisaHariKerja: -2 },
      { langkah: 1, unit: "GROUP_DKIP_PPID_P2P", keadaan: "dikembalikan", tenggat: "2026-03-30", sisaHariKerja: 1 },
    ],
    terkirim: [{ langkah: 1, unit: "GROUP_DKIP_PPID_SEKRET" }],
    tinjauan: [{ label: "3 - Rekam medis", tanggalTinjau: "2026-04-10" }],
  }, msg);
  assert.match(html, /<h4>tenggat\.langkah\.1<\/h4>/);
  assert.match(html, /YANKES: tenggat\.keadaan\.terlambat, tenggat 2026-03-26 \(-2 hari kerja lagi\)/);
  assert.match(html, /P2P: tenggat\.keadaan\.dikembalikan/);
  assert.match(html, /SEKRET: tenggat\.terkirim/);
  assert.match(html, /2026-04-10: 3 - Rekam medis/);
  assert.doesNotMatch(html, /langkah\.2/);
});

test("no run and no reviews say so", () => {
  const html = T.bodyHtml({ tugas: [], terkirim: [], tinjauan: [] }, msg);
  assert.match(html, /tenggat\.tidakAda</);
  assert.match(html, /tenggat\.tidakAdaTinjauan/);
  assert.doesNotMatch(T.bodyHtml({ tugas: [], terkirim: [] }, msg), /tinjauan/);
});
