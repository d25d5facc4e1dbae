/**
 * DKIP for Alfresco: client half of the document-library action "Ekspor DKIP" (id dkip-ekspor).
 * Downloads the current site's DKIP from the repository web script GET /dkip/register/export through Share's
 * proxy (the user's own session: the web script applies the user's permissions). The format comes from the
 * action's "format" parameter in share-config-custom.xml (xlsx by default). The file is fetched first and saved
 * from memory, so an error (no DKIP list, no permission) is shown as a message and the page stays where it is.
 * Needs dkip-util.js. Plain functions (DKIP.ekspor, tested in Node); the action and renderer register only in Share.
 */
// On the document library Surf can place dkip-util.js after this file: DocLibCustom and the forms dependencies both
// declare it and the page gets it once, at the forms' place (seen in a real Share 26.1). So this file runs once
// DKIP.util exists: at once, or when the page's scripts have all been read.
(function (run)
{
   if (typeof DKIP !== "undefined" && DKIP.util) run();
   else YAHOO.util.Event.onDOMReady(run);
})(function ()
{
   DKIP.util.define("ekspor", function ()
   {
      /** The export's URL under Share's proxy. */
      function exportUrl(proxyUri, siteId, format, publicView)
      {
         return proxyUri + "dkip/register/export?site=" + encodeURIComponent(siteId) + "&format=" + encodeURIComponent(format) +
            (publicView ? "&public=true" : "");
      }

      /** The file name the repository gives in Content-Disposition, or a fallback. */
      function fileName(disposition, siteId, format)
      {
         var m = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition || "");
         return m ? decodeURIComponent(m[1]) : "dkip-" + siteId + "." + format;
      }

      /**
       * Fetch url as a file; on success hand (blob, name) to save, otherwise call onError with the repository's
       * message (its JSON "message", or the HTTP status).
       */
      function download(url, siteId, format, env)
      {
         var xhr = new env.XMLHttpRequest();
         xhr.open("GET", url, true);
         xhr.responseType = "blob";
         xhr.onload = function()
         {
            if (xhr.status >= 200 && xhr.status < 300)
            {
               env.save(xhr.response, fileName(xhr.getResponseHeader("Content-Disposition"), siteId, format));
               return;
            }
            var fallback = xhr.status + " " + (xhr.statusText || "");
            if (xhr.response && typeof xhr.response.text === "function")
            {
               xhr.response.text().then(function(text)
               {
                  var message = fallback;
                  try { message = JSON.parse(text).message || fallback; } catch (e) { /* not JSON */ }
                  env.onError(message);
               }, function() { env.onError(fallback); });
            }
            else
            {
               env.onError(fallback);
            }
         };
         xhr.onerror = function() { env.onError(String(xhr.status || "network")); };
         xhr.send();
      }

      /** Save a blob under a name through a temporary link (every browser Share supports). */
      function saveBlob(blob, name)
      {
         var a = document.createElement("a"), href = window.URL.createObjectURL(blob);
         a.href = href;
         a.download = name;
         document.body.appendChild(a);
         a.click();
         document.body.removeChild(a);
         window.setTimeout(function() { window.URL.revokeObjectURL(href); }, 1000);
      }

      /** A folder's WebDAV address: the repository's /alfresco/webdav on the host Share is served from. */
      function webdavAddress(origin, webdavUrl)
      {
         return webdavUrl ? origin + "/alfresco" + webdavUrl : "";
      }

      return { exportUrl: exportUrl, fileName: fileName, download: download, saveBlob: saveBlob, webdavAddress: webdavAddress };
   });

   if (typeof YAHOO !== "undefined" && typeof Alfresco !== "undefined")
   {
      (function ()
      {
         var api = DKIP.ekspor;

         // Detailed view of a drop folder: "{dkipWebdav label}" in the metadata template shows its WebDAV address.
         YAHOO.Bubbling.fire("registerRenderer",
         {
            propertyName: "dkipWebdav",
            renderer: function DKIP_renderWebdav(record, label)
            {
               var address = api.webdavAddress(window.location.protocol + "//" + window.location.host, record.node && record.node.webdavUrl);
               return address ? '<span class="item">' + label + '<span class="dkip-webdav">' + DKIP.util.escapeHtml(address) + "</span></span>" : "";
            }
         });

         YAHOO.Bubbling.fire("registerAction",
         {
            actionName: "onActionDkipEkspor",
            fn: function DKIP_onActionDkipEkspor(record, owner)
            {
               var me = this,
                  action = this.getAction(record, owner),
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
               api.download(api.exportUrl(Alfresco.constants.PROXY_URI, siteId, format, false), siteId, format,
               {
                  XMLHttpRequest: window.XMLHttpRequest,
                  save: api.saveBlob,
                  onError: function(message)
                  {
                     Alfresco.util.PopupManager.displayPrompt(
                     {
                        text: me.msg("dkip.action.ekspor.gagal", message)
                     });
                  }
               });
            }
         });
      })();
   }
});
