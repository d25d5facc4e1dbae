/**
 * DKIP for Alfresco: the register page (/share/page/site/<site>/dkip-register). Filters the site's DKIP rows through
 * GET /dkip/share/register and offers the exports of GET /dkip/register/export (download code shared with the
 * document-library action: DKIP.ekspor in dkip-actions.js). Needs dkip-util.js. Plain functions (DKIP.register,
 * tested in Node).
 */
DKIP.util.define("register", function (util)
{
   var FILTERS = ["unit", "status", "level", "ground", "expiryBefore", "q"];

   var escapeHtml = util.escapeHtml;

   /** The query of GET /dkip/share/register: the site and every filter that has a value. */
   function query(site, filters)
   {
      var parts = ["site=" + encodeURIComponent(site)];
      FILTERS.forEach(function (k)
      {
         var v = filters[k] == null ? "" : String(filters[k]).trim();
         if (v !== "") parts.push(k + "=" + encodeURIComponent(v));
      });
      return parts.join("&");
   }

   /** The register table; each row links to the data-list item's details through its number. */
   function tableHtml(rows, msg)
   {
      if (!rows.length) return '<p class="dkip-register-kosong">' + escapeHtml(msg("register.kosong")) + "</p>";
      var head = ["nomor", "informasi", "unit", "dasar", "tingkat", "status", "kedaluwarsa"].map(function (k)
      {
         return "<th>" + escapeHtml(msg("register.kolom." + k)) + "</th>";
      }).join("");
      var body = rows.map(function (r)
      {
         return "<tr><td>" + escapeHtml(r.nomorUrut == null ? "" : r.nomorUrut) + "</td><td>" + escapeHtml(r.informasi) + "</td><td>" +
            escapeHtml(r.unitKode) + "</td><td>" + escapeHtml((r.dasarPasal17 || []).join(", ")) + "</td><td>" +
            '<span class="dkip-tingkat dkip-tingkat-' + escapeHtml(String(r.tingkatKeamanan || "").toLowerCase().replace(/[^a-z]+/g, "-")) + '">' +
            escapeHtml(r.tingkatKeamanan) + "</span></td><td>" + escapeHtml(r.status) + "</td><td>" + escapeHtml(r.tanggalKedaluwarsa) + "</td></tr>";
      }).join("");
      return '<table class="dkip-register-tabel"><thead><tr>' + head + "</tr></thead><tbody>" + body + "</tbody></table>";
   }

   return { query: query, tableHtml: tableHtml, FILTERS: FILTERS };
});

if (typeof YAHOO !== "undefined" && typeof Alfresco !== "undefined")
{
   (function ()
   {
      var R = DKIP.register, Dom = YAHOO.util.Dom, Event = YAHOO.util.Event;

      DKIP.Register = function (htmlId, options)
      {
         this.id = htmlId;
         this.options = options;
         var me = this;
         Event.onContentReady(htmlId, function () { me.init(); });
      };
      DKIP.Register.prototype =
      {
         msg: function (key)
         {
            return DKIP.util.format(this.options.messages[key] || key, Array.prototype.slice.call(arguments, 1));
         },
         init: function ()
         {
            var me = this;
            if (!this.options.site)
            {
               Dom.get(this.id + "-tabel").innerHTML = this.msg("register.tanpaSitus");
               return;
            }
            Event.on(this.id + "-filter", "submit", function (e) { Event.preventDefault(e); me.load(); });
            Event.on(Dom.getElementsByClassName("dkip-register-ekspor", "div", this.id)[0], "click", function (e)
            {
               var b = Event.getTarget(e), f = b.getAttribute("data-format");
               if (!f) return;
               DKIP.ekspor.download(DKIP.ekspor.exportUrl(Alfresco.constants.PROXY_URI, me.options.site, f, b.getAttribute("data-public") === "true"),
                  me.options.site, f,
                  {
                     XMLHttpRequest: window.XMLHttpRequest,
                     save: DKIP.ekspor.saveBlob,
                     onError: function (m) { Alfresco.util.PopupManager.displayPrompt({ text: me.msg("register.ekspor.gagal", m) }); }
                  });
            });
            this.load();
         },
         filters: function ()
         {
            var form = Dom.get(this.id + "-filter"), out = {};
            R.FILTERS.forEach(function (k) { out[k] = form.elements[k] ? form.elements[k].value : ""; });
            return out;
         },
         load: function ()
         {
            var me = this;
            Alfresco.util.Ajax.jsonGet(
            {
               url: Alfresco.constants.PROXY_URI + "dkip/share/register?" + R.query(this.options.site, this.filters()),
               successCallback: { fn: function (res)
               {
                  Dom.get(me.id + "-jumlah").innerHTML = me.msg("register.jumlah", res.json.total);
                  Dom.get(me.id + "-tabel").innerHTML = R.tableHtml(res.json.entri, function (k) { return me.msg(k); });
               }, scope: this },
               failureCallback: { fn: function (res)
               {
                  Dom.get(me.id + "-tabel").innerHTML = me.msg("register.gagal", (res.json && res.json.message) || "");
               }, scope: this }
            });
         }
      };
   })();
}
