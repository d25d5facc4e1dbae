<@markup id="js">
   <@script type="text/javascript" src="${url.context}/res/dkip/components/dkip-util.js" group="dkip-riwayat"/>
   <@script type="text/javascript" src="${url.context}/res/dkip/components/riwayat/dkip-riwayat.js" group="dkip-riwayat"/>
</@>
<@markup id="html">
<#assign id = args.htmlid?html>
<div id="${id}-panel" class="document-details-panel dkip-riwayat" style="display: none">
   <h2 class="thin dark">${msg("riwayat.judul")?html}</h2>
   <div class="panel-body" id="${id}-isi"></div>
</div>
<script type="text/javascript">//<![CDATA[
new DKIP.Riwayat("${id}",
{
   nodeRef: "${nodeRef?js_string}",
   messages: {<#list ["riwayat.kolom.waktu", "riwayat.kolom.pengguna", "riwayat.kolom.peristiwa", "riwayat.kolom.tingkat", "riwayat.kolom.rincian"] as k>"${k}": "${msg(k)?js_string}"<#if k_has_next>, </#if></#list>}
});
//]]></script>
</@>
