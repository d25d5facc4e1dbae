// The export action's client code: a failed export is a message, never a navigation away from the page.
const test = require("node:test");
const assert = require("node:assert/strict");
const E = require("./page.js").load("site-data/extensions/dkip-share-extension.xml").ekspor;

/** A stand-in XMLHttpRequest answering with the given status, headers and body (as a Blob, like a browser). */
function fakeXhr(status, body, headers) {
  return class {
    open(method, url) { this.method = method; this.url = url; fakeXhr.last = this; }
    getResponseHeader(name) { return (headers || {})[name] || null; }
    send() {
      this.status = status;
      this.statusText = status === 200 ? "OK" : "Error";
      this.response = new Blob([body]);
      this.onload();
    }
  };
}

test("the export URL goes through Share's proxy with site and format", () => {
  assert.equal(E.exportUrl("/share/proxy/alfresco/", "dinkes yankes", "csv", false),
    "/share/proxy/alfresco/dkip/register/export?site=dinkes%20yankes&format=csv");
  assert.match(E.exportUrl("/p/", "s", "xlsx", true), /&public=true$/);
});

test("a successful export is saved under the repository's file name", async () => {
  const saved = await new Promise((resolve, reject) => E.download("/u", "yankes", "xlsx", {
    XMLHttpRequest: fakeXhr(200, "PK..", { "Content-Disposition": 'attachment; filename="DKIP Yankes.xlsx"' }),
    save: (blob, name) => resolve({ blob, name }),
    onError: reject,
  }));
  assert.equal(saved.name, "DKIP Yankes.xlsx");
  assert.equal(fakeXhr.last.method, "GET");
});

test("an error answer becomes the repository's message and nothing is saved", async () => {
  let saved = false;
  const message = await new Promise((resolve) => E.download("/u", "yankes", "xlsx", {
    XMLHttpRequest: fakeXhr(404, JSON.stringify({ status: { code: 404 }, message: "Situs yankes tidak punya daftar DKIP" })),
    save: () => { saved = true; },
    onError: resolve,
  }));
  assert.equal(message, "Situs yankes tidak punya daftar DKIP");
  assert.equal(saved, false);
});

test("a non-JSON error still gives the HTTP status", async () => {
  const message = await new Promise((resolve) => E.download("/u", "s", "csv", {
    XMLHttpRequest: fakeXhr(500, "<html>boom</html>"), save: () => {}, onError: resolve,
  }));
  assert.equal(message, "500 Error");
});

test("a drop folder's WebDAV address is the repository's /alfresco/webdav path on Share's host", () => {
  assert.equal(E.webdavAddress("https://dkip.example.go.id", "/webdav/Sites/yankes/documentLibrary/Arsip%20Informasi%20Dikecualikan/Penerimaan%20Arsip"),
    "https://dkip.example.go.id/alfresco/webdav/Sites/yankes/documentLibrary/Arsip%20Informasi%20Dikecualikan/Penerimaan%20Arsip");
  assert.equal(E.webdavAddress("https://x", undefined), "");
});
