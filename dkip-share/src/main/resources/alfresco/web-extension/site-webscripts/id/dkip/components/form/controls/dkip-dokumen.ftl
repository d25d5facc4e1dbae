<#-- A generated document the workflow names by its NodeRef (the drafts): a link to its details page. -->
<#assign ref = (field.value!"")?string>
<div class="form-field">
   <div class="viewmode-field">
      <span class="viewmode-label">${field.label?html}:</span>
      <span class="viewmode-value">
      <#if ref?matches("workspace://SpacesStore/[0-9A-Za-z-]+")>
         <a href="${url.context}/page/document-details?nodeRef=${ref?url}">${msg("dkip.dokumen.buka")?html}</a>
      <#else>
         ${msg("dkip.dokumen.kosong")?html}
      </#if>
      </span>
   </div>
</div>
