/**
 * DKIP for Alfresco: what every client script of the module shares, as DKIP.util. Loaded before them: by each
 * component's Surf dependencies (the <@script> of its .get.html.ftl, the document library's DocLibCustom and the
 * forms' config.global.forms dependencies), and by the Node tests the same way (src/test/js/page.js).
 * - escapeHtml(s): text for HTML content and attribute values;
 * - format(template, args): a "{0} dari {1}" message with its arguments;
 * - define(name, factory): DKIP[name] = factory(DKIP.util), a script's plain functions (the testable part).
 */
(function (root)
{
   var DKIP = root.DKIP = root.DKIP || {};

   function escapeHtml(s)
   {
      return String(s == null ? "" : s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
         .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
   }

   function format(template, args)
   {
      return String(template).replace(/\{(\d+)\}/g, function (all, i) { return args[i] === undefined ? all : String(args[i]); });
   }

   function define(name, factory)
   {
      DKIP[name] = factory(DKIP.util);
      return DKIP[name];
   }

   DKIP.util = { escapeHtml: escapeHtml, format: format, define: define };
}(this));
