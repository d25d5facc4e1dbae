<#-- A multi-valued DKIP text (findings, meeting or return history) one value per line, NodeRefs as links
     reading "lihat entri" (the workflow's finding lines name the row in words after its id). Share hands
     the values joined by ","; control-param splitBefore (a regular expression) says where a new value starts
     (default: the workflow's finding lines "ERROR DKIP-..." / "WARNING DKIP-..."). -->
<#assign fieldHtmlId = args.htmlid?html + "_" + field.id>
<#assign splitBefore = (field.control.params.splitBefore!"(ERROR|WARNING) DKIP-")>
<div class="form-field">
   <div class="viewmode-field">
      <span class="viewmode-label">${field.label?html}:</span>
      <div id="${fieldHtmlId}" class="viewmode-value"></div>
   </div>
</div>
<script type="text/javascript">//<![CDATA[
YAHOO.util.Event.onContentReady("${fieldHtmlId}", function ()
{
   this.innerHTML = DKIP.form.lines("${field.value?string?js_string}", "${splitBefore?js_string}",
      Alfresco.constants.URL_PAGECONTEXT, "${msg("dkip.temuan.kosong")?js_string}", "${msg("dkip.temuan.lihatEntri")?js_string}");
});
//]]></script>
