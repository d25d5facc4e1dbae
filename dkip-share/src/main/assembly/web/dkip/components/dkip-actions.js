/**
 * DKIP for Alfresco: client half of the document-library action "Ekspor DKIP" (id dkip-ekspor).
 * Downloads the current site's DKIP from the repository web script GET /dkip/register/export through Share's
 * proxy (the user's own session: the web script applies the user's permissions). The format comes from the
 * action's "format" parameter in share-config-custom.xml (xlsx by default).
 */
(function()
{
   YAHOO.Bubbling.fire("registerAction",
   {
      actionName: "onActionDkipEkspor",
      fn: function DKIP_onActionDkipEkspor(record, owner)
      {
         var action = this.getAction(record, owner),
            format = (action && action.params && action.params.format) || "xlsx",
            siteId = this.options.siteId || (record.location && record.location.site ? record.location.site.name : null);

         if (!siteId)
         {
            Alfresco.util.PopupManager.displayMessage(
            {
               text: this.msg("dkip.action.ekspor.noSite")
            });
            return;
         }
         window.location.href = Alfresco.constants.PROXY_URI + "dkip/register/export?site=" +
            encodeURIComponent(siteId) + "&format=" + encodeURIComponent(format);
      }
   });
})();
