<#-- One meeting row as JSON (shared by the GET and the POST). -->
<#macro rowJson r>
        {
            "nodeRef": "${r.nodeRef()}",
            "nomorUrut": <#if r.nomorUrut()??>${r.nomorUrut()?c}<#else>null</#if>,
            "informasi": "${r.informasi()!""}",
            "unit": "${r.unit()!""}",
            "ppidPembantu": "${r.ppidPembantu()!""}",
            "dasarPasal17": [<#list r.dasarPasal17()![] as g>"${g}"<#if g_has_next>, </#if></#list>],
            "dasarHukum": "${r.dasarHukum()!""}",
            "temuan": [<#list r.temuan() as t>"${t}"<#if t_has_next>, </#if></#list>],
            "keputusan": "${r.keputusan()!""}",
            "ujiKonsekuensi": "${r.ujiKonsekuensi()!""}",
            "catatan": "${r.catatan()!""}"
        }
</#macro>
