<@markup id="js">
   <@script type="text/javascript" src="${url.context}/res/dkip/components/dkip-util.js" group="dashlets"/>
   <@script type="text/javascript" src="${url.context}/res/dkip/components/dashlets/dkip-tenggat.js" group="dashlets"/>
</@>
<@markup id="html">
<#assign id = args.htmlid?html>
<div class="dashlet dkip-tenggat">
   <div class="title">${msg("tenggat.judul")?html}</div>
   <div class="body scrollableList" id="${id}-isi" style="height: 300px">${msg("tenggat.memuat")?html}</div>
</div>
<script type="text/javascript">//<![CDATA[
new DKIP.Tenggat("${id}",
{
   site: "${site?js_string}",
   messages: {<#list ["tenggat.langkah.1", "tenggat.langkah.2", "tenggat.langkah.3", "tenggat.langkah.4", "tenggat.langkah.5",
      "tenggat.langkah.6", "tenggat.keadaan.berjalan", "tenggat.keadaan.terlambat", "tenggat.keadaan.dikembalikan",
      "tenggat.terkirim", "tenggat.sisa", "tenggat.tidakAda", "tenggat.tinjauan", "tenggat.tidakAdaTinjauan", "tenggat.gagal"] as k>"${k}": "${msg(k)?js_string}"<#if k_has_next>, </#if></#list>}
});
//]]></script>
</@>
