// The register page's client code: the filters become the web script's query, the rows a table.
const test = require("node:test");
const assert = require("node:assert/strict");
const R = require("./page.js").load("web-extension/site-webscripts/id/dkip/components/register/register.get.html.ftl").register;

test("only filled filters go into the query, encoded", () => {
  assert.equal(R.query("dinkes yankes", { unit: " YANKES ", status: "", level: "Sangat Rahasia", ground: "17h2", expiryBefore: "2030-01-01", q: "" }),
    "site=dinkes%20yankes&unit=YANKES&level=Sangat%20Rahasia&ground=17h2&expiryBefore=2030-01-01");
  assert.equal(R.query("s", {}), "site=s");
});

test("the table shows number, information, unit, grounds, level badge, status and expiry, escaped", () => {
  const html = R.tableHtml([{ nomorUrut: 4, informasi: "Data <pasien>", unitKode: "YANKES", dasarPasal17: ["17h2", "17c"],
    tingkatKeamanan: "Sangat Rahasia", status: "ditetapkan", tanggalKedaluwarsa: "2030-01-01" }], (k) => k);
  assert.match(html, /<td>4<\/td><td>Data &lt;pasien&gt;<\/td><td>YANKES<\/td><td>17h2, 17c<\/td>/);
  assert.match(html, /class="dkip-tingkat dkip-tingkat-sangat-rahasia"/);
  assert.match(html, /2030-01-01/);
  assert.match(R.tableHtml([], (k) => "kosong:" + k), /kosong:register.kosong/);
});
