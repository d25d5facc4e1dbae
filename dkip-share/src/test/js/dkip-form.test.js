// Node's built-in test runner on the module's own client code (run by Maven: dkip-share pom, exec-maven-plugin).
const test = require("node:test");
const assert = require("node:assert/strict");
const F = require("./page.js").load("web-extension/dkip-workflow-share-config.xml").form;

test("findings Share joined with commas come back one per line, commas inside a finding kept", () => {
  const joined = "ERROR DKIP-CONSEQUENCE-MISSING [workspace://SpacesStore/a-1]: Akibat, bila dibuka, belum diisi," +
    "WARNING DKIP-PASAL18-CONSENT: Perlu persetujuan";
  const values = F.splitValues(joined, "(ERROR|WARNING) DKIP-");
  assert.deepEqual(values, ["ERROR DKIP-CONSEQUENCE-MISSING [workspace://SpacesStore/a-1]: Akibat, bila dibuka, belum diisi",
    "WARNING DKIP-PASAL18-CONSENT: Perlu persetujuan"]);
  const html = F.lines(joined, "(ERROR|WARNING) DKIP-", "/share/page/", "kosong");
  assert.equal((html.match(/<li>/g) || []).length, 2);
  assert.match(html, /<a href="\/share\/page\/document-details\?nodeRef=workspace%3A%2F%2FSpacesStore%2Fa-1"/);
});

test("a finding names its row in words and links the row as 'Lihat entri', never showing the NodeRef", () => {
  const line = 'ERROR DKIP-CONSEQUENCE-MISSING [workspace://SpacesStore/a-1] "Rekam medis pasien" (YANKES): Akibat belum diisi';
  const html = F.lines(line, "(ERROR|WARNING) DKIP-", "/share/page/", "kosong", "Lihat entri");
  assert.match(html, /\[<a href="[^"]+" data-noderef="workspace:\/\/SpacesStore\/a-1">Lihat entri<\/a>\] &quot;Rekam medis pasien&quot; \(YANKES\): Akibat belum diisi/);
  assert.doesNotMatch(html.replace(/<a [^>]*>/g, ""), /workspace:/);
});

test("text is escaped and an empty value says so", () => {
  assert.equal(F.lines("", null, "/p/", "Tidak ada temuan."), '<span class="dkip-kosong">Tidak ada temuan.</span>');
  assert.match(F.lines("<script>x</script>", null, "/p/", ""), /&lt;script&gt;/);
});

test("the counter reads 'hadir 5 dari 9, kuorum 5' and quorum is floor(n/2)+1", () => {
  const team = Array.from({ length: 9 }, (_, i) => ({ nodeRef: "workspace://SpacesStore/p" + i, hadir: i < 4 }));
  const a = new F.Attendance(team);
  assert.equal(a.counterText("hadir {0} dari {1}, kuorum {2}"), "hadir 4 dari 9, kuorum 5");
  assert.equal(a.reached(), false);
  a.set("workspace://SpacesStore/p7", true);
  assert.equal(a.counterText("hadir {0} dari {1}, kuorum {2}"), "hadir 5 dari 9, kuorum 5");
  assert.equal(a.reached(), true);
  assert.equal(F.quorum(8), 5);
  assert.equal(F.quorum(7), 4);
  assert.equal(new F.Attendance([]).reached(), false);
});

test("attendance is submitted as the association's added and removed people", () => {
  const a = new F.Attendance([{ nodeRef: "n1", hadir: true }, { nodeRef: "n2", hadir: false }, { nodeRef: "n3", hadir: true }]);
  a.set("n2", true);
  a.set("n3", false);
  assert.equal(a.added(), "n2");
  assert.equal(a.removed(), "n3");
});

test("a row's decision is posted with the three row fields, empty when cleared", () => {
  assert.deepEqual(F.decisionParams("activiti$5", { nodeRef: "workspace://SpacesStore/r", keputusan: "tolak", ujiKonsekuensi: "tidak" }),
    { task: "activiti$5", entri: "workspace://SpacesStore/r", keputusan: "tolak", ujiKonsekuensi: "tidak", catatan: "" });
});

test("a grid row shows number, information, grounds, findings and preselects the stored decision", () => {
  const html = F.rowHtml({ nomorUrut: 3, informasi: "Rekam medis", unit: "Yankes", ppidPembantu: "GROUP_DKIP_PPID_YANKES",
    dasarPasal17: ["17h2"], dasarHukum: "UU 14/2008 Pasal 17 huruf h angka 2", temuan: ["Akibat belum diisi"],
    keputusan: "revisi", ujiKonsekuensi: "lulus", catatan: "a<b" }, 0, (k) => k);
  assert.match(html, /<td>3<\/td><td>Rekam medis/);
  assert.match(html, /<option value="revisi" selected>/);
  assert.match(html, /<option value="lulus" selected>/);
  assert.match(html, /<li>Akibat belum diisi<\/li>/);
  assert.match(html, />a&lt;b<\/textarea>/);
});

test("the entry picker lists rows by name, filters by words and keeps the current row selected", () => {
  const rows = [
    { nodeRef: "workspace://SpacesStore/g1", label: "1 - Rekam medis pasien" },
    { nodeRef: "workspace://SpacesStore/g2", label: "2 - Dokumen pengadaan" },
  ];
  assert.deepEqual(F.filterRows(rows, "medis PASIEN").map((r) => r.nodeRef), ["workspace://SpacesStore/g1"]);
  assert.equal(F.filterRows(rows, "").length, 2);
  const html = F.entriOptions(F.filterRows(rows, "pengadaan"), "workspace://SpacesStore/g1", "(tidak ada)", rows);
  assert.match(html, /<option value="workspace:\/\/SpacesStore\/g1" selected>1 - Rekam medis pasien<\/option>/);
  assert.match(html, /2 - Dokumen pengadaan/);
  assert.doesNotMatch(html, />workspace:\/\//, "no GUID shown as a name");
});

test("choosing another entry submits it as added and the old one as removed", () => {
  assert.deepEqual(F.assocChange("n1", "n2"), { added: "n2", removed: "n1" });
  assert.deepEqual(F.assocChange("", "n2"), { added: "n2", removed: "" });
  assert.deepEqual(F.assocChange("n1", ""), { added: "", removed: "n1" });
  assert.deepEqual(F.assocChange("n1", "n1"), { added: "", removed: "" });
});
