// On a site dashboard the site's exemptions to review are shown too.
model.site = (page.url.templateArgs.site || "");
