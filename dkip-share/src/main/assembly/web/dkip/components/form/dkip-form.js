/**
 * DKIP for Alfresco: client code of the module's Share form controls.
 * - DKIP.form.lines: a multi-valued text (findings, histories) one per line; NodeRefs cited in it become links.
 * - DKIP.form.Rapat: the meeting screen (SOP step 3): attendance checklist of the team with a live
 *   "hadir x dari n, kuorum q" counter, and per draft entry a decision, the consequence test and a note, each saved
 *   on the row by POST /dkip/share/rapat/keputusan.
 * Needs dkip-util.js. The logic is plain functions (DKIP.form, tested in Node: src/test/js); the widget part runs
 * only in Share.
 */
DKIP.util.define("form", function (util)
{
   var NODEREF = /workspace:\/\/SpacesStore\/[0-9A-Za-z-]+/g, escapeHtml = util.escapeHtml, format = util.format;

   /** Share joins a multi-valued property with ","; split it again before each line that starts like splitBefore. */
   function splitValues(value, splitBefore)
   {
      if (value == null || value === "") return [];
      if (Array.isArray(value)) return value.slice();
      if (!splitBefore) return [String(value)];
      // groups made non-capturing: split() would return what they capture as values of their own
      var re = new RegExp(",\\s*(?=" + String(splitBefore).replace(/\((?!\?)/g, "(?:") + ")");
      return String(value).split(re).map(function (s) { return s.trim(); }).filter(function (s) { return s !== ""; });
   }

   /**
    * Escaped text with every NodeRef as a link to its details page (context: Share's page context URL), reading
    * linkText ("lihat entri") where given, since the line already names the row in words.
    */
   function linkify(text, pageContext, linkText)
   {
      var out = "", last = 0, m;
      NODEREF.lastIndex = 0;
      while ((m = NODEREF.exec(text)) !== null)
      {
         out += escapeHtml(text.substring(last, m.index));
         out += '<a href="' + escapeHtml(pageContext + "document-details?nodeRef=" + encodeURIComponent(m[0])) +
            '" data-noderef="' + escapeHtml(m[0]) + '">' + escapeHtml(linkText || m[0]) + "</a>";
         last = m.index + m[0].length;
      }
      return out + escapeHtml(text.substring(last));
   }

   function lines(value, splitBefore, pageContext, emptyText, linkText)
   {
      var values = splitValues(value, splitBefore);
      if (values.length === 0) return '<span class="dkip-kosong">' + escapeHtml(emptyText) + "</span>";
      return '<ul class="dkip-baris">' + values.map(function (v) { return "<li>" + linkify(v, pageContext, linkText) + "</li>"; }).join("") + "</ul>";
   }

   function quorum(members)
   {
      return Math.floor(members / 2) + 1;
   }

   /**
    * Attendance: the team (with person nodeRefs) and who was recorded present when the form opened. Gives the
    * counter and the association's _added/_removed values Share's form processor expects.
    */
   function Attendance(team)
   {
      this.team = team || [];
      this.initial = {};
      this.present = {};
      for (var i = 0; i < this.team.length; i++)
      {
         var m = this.team[i];
         if (m.hadir && m.nodeRef)
         {
            this.initial[m.nodeRef] = true;
            this.present[m.nodeRef] = true;
         }
      }
   }
   Attendance.prototype.set = function (nodeRef, isPresent)
   {
      if (isPresent) this.present[nodeRef] = true; else delete this.present[nodeRef];
   };
   Attendance.prototype.count = function () { return Object.keys(this.present).length; };
   Attendance.prototype.quorum = function () { return quorum(this.team.length); };
   Attendance.prototype.reached = function () { return this.team.length > 0 && this.count() >= this.quorum(); };
   Attendance.prototype.counterText = function (template) { return format(template, [this.count(), this.team.length, this.quorum()]); };
   Attendance.prototype.added = function ()
   {
      var me = this;
      return Object.keys(this.present).filter(function (r) { return !me.initial[r]; }).join(",");
   };
   Attendance.prototype.removed = function ()
   {
      var me = this;
      return Object.keys(this.initial).filter(function (r) { return !me.present[r]; }).join(",");
   };

   /** The form body of POST /dkip/share/rapat/keputusan for one row. */
   function decisionParams(taskId, row)
   {
      return {
         task: taskId,
         entri: row.nodeRef,
         keputusan: row.keputusan || "",
         ujiKonsekuensi: row.ujiKonsekuensi || "",
         catatan: row.catatan || ""
      };
   }

   /** One row of the meeting grid (HTML); every control carries the row's index. */
   function rowHtml(row, i, msg)
   {
      function opt(value, key, current)
      {
         return '<option value="' + value + '"' + (current === value ? " selected" : "") + ">" + escapeHtml(msg(key)) + "</option>";
      }
      var temuan = row.temuan && row.temuan.length ? "<ul>" + row.temuan.map(function (t) { return "<li>" + escapeHtml(t) + "</li>"; }).join("") + "</ul>" : "";
      return '<tr data-row="' + i + '">' +
         "<td>" + escapeHtml(row.nomorUrut == null ? i + 1 : row.nomorUrut) + "</td>" +
         "<td>" + escapeHtml(row.informasi) + '<div class="dkip-ppid">' + escapeHtml(msg("dkip.rapat.ppidPembantu")) + ": " + escapeHtml(row.ppidPembantu) + "</div></td>" +
         "<td>" + escapeHtml(row.unit) + "</td>" +
         "<td>" + escapeHtml((row.dasarPasal17 || []).join(", ")) + '<div class="dkip-dasar">' + escapeHtml(row.dasarHukum) + "</div></td>" +
         "<td>" + temuan + "</td>" +
         '<td><select class="dkip-keputusan" data-row="' + i + '"><option value=""></option>' +
            opt("terima", "dkip.rapat.keputusan.terima", row.keputusan) + opt("revisi", "dkip.rapat.keputusan.revisi", row.keputusan) +
            opt("tolak", "dkip.rapat.keputusan.tolak", row.keputusan) + "</select></td>" +
         '<td><select class="dkip-uji" data-row="' + i + '"><option value=""></option>' +
            opt("lulus", "dkip.rapat.uji.lulus", row.ujiKonsekuensi) + opt("tidak", "dkip.rapat.uji.tidak", row.ujiKonsekuensi) + "</select></td>" +
         '<td><textarea class="dkip-catatan" data-row="' + i + '" rows="2" maxlength="2000">' + escapeHtml(row.catatan) + "</textarea>" +
         '<span class="dkip-status" data-row="' + i + '"></span></td></tr>';
   }

   /** Register rows whose label contains every word of text (case-insensitive). */
   function filterRows(rows, text)
   {
      var words = String(text || "").toLowerCase().split(/\s+/).filter(function (w) { return w !== ""; });
      return rows.filter(function (r)
      {
         var label = String(r.label || "").toLowerCase();
         return words.every(function (w) { return label.indexOf(w) !== -1; });
      });
   }

   /** The picker's options: an empty choice, then the rows by label; the current row stays listed and selected. */
   function entriOptions(rows, current, emptyLabel, all)
   {
      var shown = rows.slice();
      if (current && !shown.some(function (r) { return r.nodeRef === current; }))
      {
         var cur = (all || []).filter(function (r) { return r.nodeRef === current; })[0] || { nodeRef: current, label: current };
         shown.unshift(cur);
      }
      return '<option value="">' + escapeHtml(emptyLabel) + "</option>" + shown.map(function (r)
      {
         return '<option value="' + escapeHtml(r.nodeRef) + '"' + (r.nodeRef === current ? " selected" : "") + ">" + escapeHtml(r.label) + "</option>";
      }).join("");
   }

   /** A single association's change as Share's form processor takes it: {added, removed}. */
   function assocChange(initial, selected)
   {
      initial = initial || "";
      selected = selected || "";
      return initial === selected ? { added: "", removed: "" } : { added: selected, removed: initial };
   }

   return {
      filterRows: filterRows,
      entriOptions: entriOptions,
      assocChange: assocChange,
      splitValues: splitValues,
      linkify: linkify,
      lines: lines,
      quorum: quorum,
      Attendance: Attendance,
      decisionParams: decisionParams,
      rowHtml: rowHtml
   };
});

/* ---------------------------------------------------------------- the widget, in Share only */
if (typeof YAHOO !== "undefined" && typeof Alfresco !== "undefined")
{
   (function ()
   {
      var F = DKIP.form, U = DKIP.util, Dom = YAHOO.util.Dom, Event = YAHOO.util.Event;

      /**
       * DKIP entry picker: the site's DKIP rows by name (GET /dkip/share/register), searchable; options
       * {current, site, readOnly, messages}. Opens on the DKIP list, where Share's object finder would start
       * outside the data lists (the lists themselves are named by GUIDs).
       */
      DKIP.form.EntriPicker = function (fieldHtmlId, options)
      {
         this.id = fieldHtmlId;
         this.options = options;
         this.rows = [];
         var me = this;
         Event.onContentReady(fieldHtmlId + "-entri", function () { me.load(); });
      };
      DKIP.form.EntriPicker.prototype =
      {
         msg: function (key) { return this.options.messages[key] || key; },
         load: function ()
         {
            var me = this, site = this.options.site || Alfresco.constants.SITE;
            if (!site)
            {
               Dom.get(this.id + "-entri").innerHTML = U.escapeHtml(this.options.current || this.msg("dkip.entri.tanpaSitus"));
               return;
            }
            Alfresco.util.Ajax.jsonGet(
            {
               url: Alfresco.constants.PROXY_URI + "dkip/share/register?max=1000&site=" + encodeURIComponent(site),
               successCallback: { fn: function (res) { me.rows = res.json.entri; me.render(""); }, scope: this },
               failureCallback: { fn: function () { Dom.get(me.id + "-entri").innerHTML = U.escapeHtml(me.msg("dkip.entri.gagal")); }, scope: this }
            });
         },
         render: function (text)
         {
            var me = this, current = this.selected !== undefined ? this.selected : this.options.current;
            if (this.options.readOnly)
            {
               var row = this.rows.filter(function (r) { return r.nodeRef === current; })[0];
               Dom.get(this.id + "-entri").innerHTML = U.escapeHtml(row ? row.label : current);
               return;
            }
            if (!this.select)
            {
               Dom.get(this.id + "-entri").innerHTML = '<input type="text" class="dkip-entri-cari" placeholder="' +
                  U.escapeHtml(this.msg("dkip.entri.cari")) + '"/><select class="dkip-entri-pilih"></select>';
               this.search = Dom.getElementsByClassName("dkip-entri-cari", "input", this.id + "-entri")[0];
               this.select = Dom.getElementsByClassName("dkip-entri-pilih", "select", this.id + "-entri")[0];
               Event.on(this.search, "keyup", function () { me.render(me.search.value); });
               Event.on(this.select, "change", function ()
               {
                  me.selected = me.select.value;
                  var change = F.assocChange(me.options.current, me.selected);
                  Dom.get(me.id + "_added").value = change.added;
                  Dom.get(me.id + "_removed").value = change.removed;
               });
            }
            this.select.innerHTML = F.entriOptions(F.filterRows(this.rows, text), current, this.msg("dkip.entri.kosong"), this.rows);
         }
      };

      /** Meeting screen: options {taskId, fieldHtmlId, readOnly, messages}. */
      DKIP.form.Rapat = function (htmlId, options)
      {
         this.id = htmlId;
         this.options = options;
         this.rows = [];
         var me = this;
         Event.onContentReady(htmlId, function () { me.load(); });
      };
      DKIP.form.Rapat.prototype =
      {
         msg: function (key)
         {
            var args = Array.prototype.slice.call(arguments, 1), text = this.options.messages[key] || key;
            return U.format(text, args);
         },
         load: function ()
         {
            var me = this;
            Dom.get(this.id + "-grid").innerHTML = U.escapeHtml(this.msg("dkip.rapat.memuat"));
            Alfresco.util.Ajax.jsonGet(
            {
               url: Alfresco.constants.PROXY_URI + "dkip/share/rapat/entri?task=" + encodeURIComponent(this.options.taskId),
               successCallback: { fn: function (res) { me.render(res.json); }, scope: this },
               failureCallback: { fn: function (res)
               {
                  var why = (res.json && res.json.message) || (res.serverResponse && res.serverResponse.statusText) || "";
                  Dom.get(me.id + "-grid").innerHTML = U.escapeHtml(me.msg("dkip.rapat.gagalMemuat", why));
               }, scope: this }
            });
         },
         render: function (data)
         {
            var me = this, html = [], i;
            this.rows = data.entri;
            this.attendance = new F.Attendance(data.tim);
            for (i = 0; i < data.tim.length; i++)
            {
               var m = data.tim[i];
               html.push('<label class="dkip-hadir"><input type="checkbox" value="' + U.escapeHtml(m.nodeRef) + '"' +
                  (m.hadir ? " checked" : "") + (this.options.readOnly || !m.nodeRef ? " disabled" : "") + "/> " + U.escapeHtml(m.nama) + "</label>");
            }
            Dom.get(this.id + "-tim").innerHTML = html.join("");
            this.updateCounter();
            Event.on(this.id + "-tim", "change", function (e)
            {
               var t = Event.getTarget(e);
               me.attendance.set(t.value, t.checked);
               me.updateCounter();
            });
            if (this.rows.length === 0)
            {
               Dom.get(this.id + "-grid").innerHTML = U.escapeHtml(this.msg("dkip.rapat.kosong"));
               return;
            }
            html = ['<table class="dkip-rapat"><thead><tr>'];
            ["nomor", "informasi", "unit", "dasar", "temuan", "keputusan", "uji", "catatan"].forEach(function (k)
            {
               html.push("<th>" + U.escapeHtml(me.msg("dkip.rapat.kolom." + k)) + "</th>");
            });
            html.push("</tr></thead><tbody>");
            for (i = 0; i < this.rows.length; i++) html.push(F.rowHtml(this.rows[i], i, function (k) { return me.msg(k); }));
            html.push("</tbody></table>");
            Dom.get(this.id + "-grid").innerHTML = html.join("");
            // a choice is saved at once; a note when the field is left
            Event.on(this.id + "-grid", "change", function (e) { me.onEdit(Event.getTarget(e)); });
         },
         updateCounter: function ()
         {
            var a = this.attendance;
            Dom.get(this.id + "-penghitung").innerHTML = U.escapeHtml(a.counterText(this.msg("dkip.rapat.penghitung"))) +
               ' <span class="' + (a.reached() ? "dkip-kuorum-ok" : "dkip-kuorum-belum") + '">' +
               U.escapeHtml(this.msg(a.reached() ? "dkip.rapat.kuorumTercapai" : "dkip.rapat.kuorumBelum")) + "</span>";
            Dom.get(this.options.fieldHtmlId + "_added").value = a.added();
            Dom.get(this.options.fieldHtmlId + "_removed").value = a.removed();
         },
         onEdit: function (el)
         {
            var i = el.getAttribute("data-row");
            if (i === null) return;
            var row = this.rows[i], me = this, status = Dom.getElementsByClassName("dkip-status", "span", this.id + "-grid")[i];
            if (Dom.hasClass(el, "dkip-keputusan")) row.keputusan = el.value;
            else if (Dom.hasClass(el, "dkip-uji")) row.ujiKonsekuensi = el.value;
            else if (Dom.hasClass(el, "dkip-catatan")) row.catatan = el.value;
            status.innerHTML = U.escapeHtml(this.msg("dkip.rapat.menyimpan"));
            Alfresco.util.Ajax.request(
            {
               method: "POST",
               url: Alfresco.constants.PROXY_URI + "dkip/share/rapat/keputusan",
               requestContentType: Alfresco.util.Ajax.FORM,
               dataObj: F.decisionParams(this.options.taskId, row),
               successCallback: { fn: function () { status.innerHTML = U.escapeHtml(me.msg("dkip.rapat.tersimpan")); }, scope: this },
               failureCallback: { fn: function (res)
               {
                  var why = (res.json && res.json.message) || "";
                  status.innerHTML = '<span class="dkip-galat">' + U.escapeHtml(me.msg("dkip.rapat.gagalSimpan", why)) + "</span>";
               }, scope: this }
            });
         }
      };
   })();
}
