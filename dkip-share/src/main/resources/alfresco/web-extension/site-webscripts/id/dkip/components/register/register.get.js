// The site whose register is shown (the page's URL), and the filters' choices.
model.site = page.url.templateArgs.site || "";
model.levels = ["Biasa/Terbuka", "Terbatas", "Rahasia", "Sangat Rahasia"];
model.statuses = ["usulan", "rancangan", "ditetapkan", "dicabut", "dibuka"];
