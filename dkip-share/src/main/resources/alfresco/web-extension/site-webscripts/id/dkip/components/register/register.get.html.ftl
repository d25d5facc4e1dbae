<@markup id="css">
   <@link rel="stylesheet" type="text/css" href="${url.context}/res/dkip/components/register/dkip-register.css" group="dkip-register"/>
</@>
<@markup id="js">
   <@script type="text/javascript" src="${url.context}/res/dkip/components/dkip-util.js" group="dkip-register"/>
   <@script type="text/javascript" src="${url.context}/res/dkip/components/dkip-actions.js" group="dkip-register"/>
   <@script type="text/javascript" src="${url.context}/res/dkip/components/register/dkip-register.js" group="dkip-register"/>
</@>
<@markup id="html">
<#assign id = args.htmlid?html>
<div id="${id}-body" class="dkip-register">
   <h2>${msg("register.judul")?html}</h2>
   <form id="${id}-filter" class="dkip-register-filter" onsubmit="return false;">
      <label>${msg("register.filter.unit")?html} <input type="text" name="unit" size="10"/></label>
      <label>${msg("register.filter.status")?html}
         <select name="status"><option value=""></option><#list statuses as s><option value="${s?html}">${msg("register.status." + s)?html}</option></#list></select></label>
      <label>${msg("register.filter.tingkat")?html}
         <select name="level"><option value=""></option><#list levels as l><option value="${l?html}">${l?html}</option></#list></select></label>
      <label>${msg("register.filter.dasar")?html} <input type="text" name="ground" size="6" placeholder="17h2"/></label>
      <label>${msg("register.filter.kedaluwarsa")?html} <input type="date" name="expiryBefore"/></label>
      <label>${msg("register.filter.cari")?html} <input type="text" name="q" size="20"/></label>
      <button type="submit" id="${id}-terapkan">${msg("register.filter.terapkan")?html}</button>
   </form>
   <div class="dkip-register-ekspor">
      <button type="button" data-format="xlsx">${msg("register.ekspor.xlsx")?html}</button>
      <button type="button" data-format="csv">${msg("register.ekspor.csv")?html}</button>
      <button type="button" data-format="xlsx" data-public="true">${msg("register.ekspor.publik")?html}</button>
   </div>
   <div id="${id}-jumlah" class="dkip-register-jumlah"></div>
   <div id="${id}-tabel"></div>
</div>
<script type="text/javascript">//<![CDATA[
new DKIP.Register("${id}",
{
   site: "${site?js_string}",
   messages:
   {
      <#list ["register.kolom.nomor", "register.kolom.informasi", "register.kolom.unit", "register.kolom.dasar", "register.kolom.tingkat",
              "register.kolom.status", "register.kolom.kedaluwarsa", "register.jumlah", "register.kosong", "register.gagal",
              "register.tanpaSitus", "register.ekspor.gagal"] as k>"${k}": "${msg(k)?js_string}"<#if k_has_next>, </#if></#list>
   }
});
//]]></script>
</@>
