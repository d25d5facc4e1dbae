model.nodeRef = (args.nodeRef || page.url.args.nodeRef || "");
