/**
 * DKIP for Alfresco: the dashlet "Tugas & tenggat DKIP" over GET /dkip/share/tenggat. Needs dkip-util.js. Plain
 * functions (DKIP.tenggat, tested in Node); the widget runs only in Share.
 */
DKIP.util.define("tenggat", function (util)
{
   var escapeHtml = util.escapeHtml, format = util.format;

   /** Unit group name as people read it: GROUP_DKIP_PPID_YANKES -> YANKES. */
   function unitName(group)
   {
      return String(group || "").replace(/^GROUP_/, "").replace(/^DKIP_PPID_/, "");
   }

   /** The dashlet body: per step its open tasks (state, due date, working days left) and the units that sent. */
   function bodyHtml(data, msg)
   {
      var html = [], step;
      if (!data.tugas.length)
      {
         html.push("<p>" + escapeHtml(msg("tenggat.tidakAda")) + "</p>");
      }
      for (step = 1; step <= 6; step++)
      {
         var tasks = data.tugas.filter(function (t) { return t.langkah === step; }),
            sent = data.terkirim.filter(function (s) { return s.langkah === step; });
         if (!tasks.length && !sent.length) continue;
         html.push('<h4>' + escapeHtml(msg("tenggat.langkah." + step)) + "</h4><ul>");
         tasks.forEach(function (t)
         {
            html.push('<li class="dkip-keadaan-' + escapeHtml(t.keadaan) + '">' + escapeHtml(unitName(t.unit) || "-") + ": " +
               escapeHtml(msg("tenggat.keadaan." + t.keadaan)) +
               (t.tenggat ? ", " + escapeHtml(format(msg("tenggat.sisa"), [t.tenggat, t.sisaHariKerja == null ? "?" : t.sisaHariKerja])) : "") + "</li>");
         });
         sent.forEach(function (s)
         {
            html.push('<li class="dkip-keadaan-terkirim">' + escapeHtml(unitName(s.unit)) + ": " + escapeHtml(msg("tenggat.terkirim")) + "</li>");
         });
         html.push("</ul>");
      }
      if (data.tinjauan)
      {
         html.push("<h4>" + escapeHtml(msg("tenggat.tinjauan")) + "</h4>");
         html.push(data.tinjauan.length ? "<ul>" + data.tinjauan.map(function (r)
         {
            return "<li>" + escapeHtml(r.tanggalTinjau) + ": " + escapeHtml(r.label) + "</li>";
         }).join("") + "</ul>" : "<p>" + escapeHtml(msg("tenggat.tidakAdaTinjauan")) + "</p>");
      }
      return html.join("");
   }

   return { bodyHtml: bodyHtml, unitName: unitName };
});

if (typeof YAHOO !== "undefined" && typeof Alfresco !== "undefined")
{
   DKIP.Tenggat = function (htmlId, options)
   {
      var msg = function (k) { return options.messages[k] || k; };
      YAHOO.util.Event.onContentReady(htmlId + "-isi", function ()
      {
         var el = this;
         Alfresco.util.Ajax.jsonGet(
         {
            url: Alfresco.constants.PROXY_URI + "dkip/share/tenggat" + (options.site ? "?site=" + encodeURIComponent(options.site) : ""),
            successCallback: { fn: function (res)
            {
               var data = res.json;
               if (!options.site) delete data.tinjauan;
               el.innerHTML = DKIP.tenggat.bodyHtml(data, msg);
            }, scope: this },
            failureCallback: { fn: function (res)
            {
               el.innerHTML = DKIP.util.format(msg("tenggat.gagal"), [(res.json && res.json.message) || ""]);
            }, scope: this }
         });
      });
   };
}
