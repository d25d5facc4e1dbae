/**
 * DKIP for Alfresco: the exemption-history panel of the document details page, from GET /dkip/arsip/riwayat.
 * Hidden when the document has no history (never exempted) or the history cannot be read. Needs dkip-util.js.
 */
DKIP.util.define("riwayat", function (util)
{
   var escapeHtml = util.escapeHtml;

   /** The events as a table, newest first; "" when there are none. */
   function tableHtml(events, msg)
   {
      if (!events || events.length === 0) return "";
      var sorted = events.slice().sort(function (a, b) { return String(b.waktu).localeCompare(String(a.waktu)); });
      var head = ["waktu", "pengguna", "peristiwa", "tingkat", "rincian"].map(function (k)
      {
         return "<th>" + escapeHtml(msg("riwayat.kolom." + k)) + "</th>";
      }).join("");
      return '<table class="dkip-riwayat-tabel"><thead><tr>' + head + "</tr></thead><tbody>" + sorted.map(function (e)
      {
         return "<tr><td>" + escapeHtml(String(e.waktu).replace("T", " ").substring(0, 16)) + "</td><td>" + escapeHtml(e.pengguna) +
            "</td><td>" + escapeHtml(e.jenis) + "</td><td>" + escapeHtml(e.tingkat) + "</td><td>" + escapeHtml(e.rincian) + "</td></tr>";
      }).join("") + "</tbody></table>";
   }

   return { tableHtml: tableHtml };
});

if (typeof YAHOO !== "undefined" && typeof Alfresco !== "undefined")
{
   /** htmlId is the component's args.htmlid; Surf's own wrapper div carries that id, so the panel is htmlId-panel. */
   DKIP.Riwayat = function (htmlId, options)
   {
      var msg = function (k) { return options.messages[k] || k; };
      YAHOO.util.Event.onContentReady(htmlId, function ()
      {
         if (!options.nodeRef) return;
         Alfresco.util.Ajax.jsonGet(
         {
            url: Alfresco.constants.PROXY_URI + "dkip/arsip/riwayat?nodeRef=" + encodeURIComponent(options.nodeRef),
            successCallback: { fn: function (res)
            {
               var html = DKIP.riwayat.tableHtml(res.json.peristiwa, msg);
               if (html)
               {
                  YAHOO.util.Dom.get(htmlId + "-isi").innerHTML = html;
                  YAHOO.util.Dom.setStyle(htmlId + "-panel", "display", "block");
               }
            }, scope: this },
            failureCallback: { fn: function () { /* no history to show */ }, scope: this },
            noReloadOnAuthFailure: true
         });
      });
   };
}
