// The document library page of a real Share 26.1 loads dkip-actions.js before dkip-util.js (both DocLibCustom and
// the forms dependencies declare dkip-util.js; the page gets it once, at the forms' place). The actions script must
// then wait for the page instead of failing with "DKIP is not defined".
const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const WEB = path.join(__dirname, "../../main/assembly/web/dkip/components");

test("dkip-actions.js read before dkip-util.js registers its action once the page is ready", () => {
  const ready = [];
  const fired = [];
  const sandbox = {
    window: { location: { protocol: "http:", host: "share" } },
    YAHOO: { util: { Event: { onDOMReady: (fn) => ready.push(fn) } }, Bubbling: { fire: (name, o) => fired.push(name) } },
    Alfresco: { constants: {} },
  };
  sandbox.window.window = sandbox.window;
  vm.createContext(sandbox);
  const run = (file) => vm.runInContext(fs.readFileSync(path.join(WEB, file), "utf8"), sandbox, { filename: file });

  run("dkip-actions.js");
  assert.strictEqual(ready.length, 1, "waits for the page");
  assert.deepStrictEqual(fired, []);

  run("dkip-util.js");
  ready.forEach((fn) => fn());
  assert.strictEqual(typeof sandbox.DKIP.ekspor.exportUrl, "function");
  assert.deepStrictEqual(fired, ["registerRenderer", "registerAction"]);
});
