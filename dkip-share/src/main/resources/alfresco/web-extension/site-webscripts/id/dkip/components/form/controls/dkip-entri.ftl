<#-- DKIP entry picker for dkip:entriDkip and the filing action's entri-dkip: the site's DKIP rows by name
     ("3 - Rekam medis pasien", given by the repository), searchable (client: DKIP.form.EntriPicker in dkip-form.js,
     rows from GET /dkip/share/register). Share's object finder would start outside the data lists, whose own names
     are GUIDs. The choice is submitted like Share's own pickers submit an association. -->
<#assign fieldHtmlId = args.htmlid?html + "_" + field.id>
<#assign keys = ["dkip.entri.cari", "dkip.entri.kosong", "dkip.entri.gagal", "dkip.entri.tanpaSitus"]>
<div class="form-field">
<#if form.mode == "view">
   <div class="viewmode-field">
      <span class="viewmode-label">${field.label?html}:</span>
      <span id="${fieldHtmlId}-entri" class="viewmode-value"></span>
   </div>
<#else>
   <label for="${fieldHtmlId}-entri">${field.label?html}:<#if field.endpointMandatory!false || field.mandatory!false><span class="mandatory-indicator">${msg("form.required.fields.marker")}</span></#if></label>
   <#if field.disabled == false>
      <input type="hidden" id="${fieldHtmlId}" name="-" value="${field.value?html}"/>
      <input type="hidden" id="${fieldHtmlId}_added" name="${field.name}_added"/>
      <input type="hidden" id="${fieldHtmlId}_removed" name="${field.name}_removed"/>
   </#if>
   <div id="${fieldHtmlId}-entri" class="dkip-entri"></div>
</#if>
</div>
<script type="text/javascript">//<![CDATA[
new DKIP.form.EntriPicker("${fieldHtmlId}",
{
   current: "${field.value?string?js_string}",
   site: "${((page.url.templateArgs.site)!"")?js_string}",
   readOnly: ${(form.mode == "view" || field.disabled)?string("true", "false")},
   messages: {<#list keys as k>"${k}": "${msg(k)?js_string}"<#if k_has_next>, </#if></#list>}
});
//]]></script>
