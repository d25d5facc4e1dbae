// Loads the module's client scripts the way Share's page does: the scripts a component declares (the <@script> tags
// of its .get.html.ftl, or the <js src> of a Share config), in their order, as plain scripts sharing one global
// scope. So a component that stopped loading dkip-util.js first fails its tests here too.
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const MAIN = path.join(__dirname, "../../main");
const WEB = path.join(MAIN, "assembly/web");
const EXT = path.join(MAIN, "resources/alfresco");

/** The scripts (paths under the AMP's web/ folder) a declaration file loads, in order. */
function declaredScripts(file) {
  const text = fs.readFileSync(path.join(EXT, file), "utf8");
  const re = /<@script\b[^>]*\bsrc="\$\{url\.context\}\/res\/([^"]+\.js)"|<js\s+src="\/([^"]+\.js)"/g;
  const out = [];
  let m;
  while ((m = re.exec(text)) !== null) out.push(m[1] || m[2]);
  if (out.length === 0) throw new Error("no script declared in " + file);
  return out;
}

/** Runs the scripts file declares, in order, and returns the DKIP namespace they built. */
function load(file) {
  for (const script of declaredScripts(file)) {
    const p = path.join(WEB, script);
    vm.runInThisContext(fs.readFileSync(p, "utf8"), { filename: p });
  }
  return globalThis.DKIP;
}

module.exports = { load, declaredScripts };
