<#-- DKIP meeting screen (SOP step 3) on the field dkipwf:hadir: attendance checklist with the quorum counter, and
     the draft's entries with a decision, the consequence test and a note per row (client: /dkip/components/form/
     dkip-form.js). Attendance is submitted like Share's pickers submit an association: <name>_added/_removed. -->
<#assign fieldHtmlId = args.htmlid?html + "_" + field.id>
<#assign keys = ["dkip.rapat.memuat", "dkip.rapat.gagalMemuat", "dkip.rapat.kosong", "dkip.rapat.kolom.nomor",
   "dkip.rapat.kolom.informasi", "dkip.rapat.kolom.unit", "dkip.rapat.kolom.dasar", "dkip.rapat.kolom.temuan",
   "dkip.rapat.kolom.keputusan", "dkip.rapat.kolom.uji", "dkip.rapat.kolom.catatan", "dkip.rapat.keputusan.terima",
   "dkip.rapat.keputusan.revisi", "dkip.rapat.keputusan.tolak", "dkip.rapat.uji.lulus", "dkip.rapat.uji.tidak",
   "dkip.rapat.penghitung", "dkip.rapat.kuorumTercapai", "dkip.rapat.kuorumBelum", "dkip.rapat.tersimpan",
   "dkip.rapat.menyimpan", "dkip.rapat.gagalSimpan", "dkip.rapat.ppidPembantu"]>
<div class="form-field dkip-rapat-field">
   <label>${msg("dkip.rapat.kehadiran")?html}:</label>
   <input type="hidden" id="${fieldHtmlId}" name="-" value="${field.value?html}"/>
   <input type="hidden" id="${fieldHtmlId}_added" name="${field.name}_added" value=""/>
   <input type="hidden" id="${fieldHtmlId}_removed" name="${field.name}_removed" value=""/>
   <div id="${fieldHtmlId}-rapat">
      <div id="${fieldHtmlId}-rapat-tim"></div>
      <div id="${fieldHtmlId}-rapat-penghitung" class="dkip-penghitung"></div>
      <div id="${fieldHtmlId}-rapat-grid"></div>
   </div>
</div>
<script type="text/javascript">//<![CDATA[
new DKIP.form.Rapat("${fieldHtmlId}-rapat",
{
   taskId: "${(form.arguments.itemId!"")?js_string}",
   fieldHtmlId: "${fieldHtmlId?js_string}",
   readOnly: ${(form.mode == "view" || field.disabled)?string("true", "false")},
   messages: {<#list keys as k>"${k}": "${msg(k)?js_string}"<#if k_has_next>, </#if></#list>}
});
//]]></script>
