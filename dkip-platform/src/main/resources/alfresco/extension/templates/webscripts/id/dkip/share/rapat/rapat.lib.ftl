<#-- One meeting row as JSON (shared by the GET and the POST). The caller's <#escape> does not reach into an imported
     macro (FreeMarker applies it lexically), so the row's strings are escaped here: a finding quoting a word
     ("kata "gaji pegawai"") made the meeting screen's JSON invalid in a real ACS 26.1. -->
<#macro rowJson r>
<#escape x as jsonUtils.encodeJSONString(x)>
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
</#escape>
</#macro>
