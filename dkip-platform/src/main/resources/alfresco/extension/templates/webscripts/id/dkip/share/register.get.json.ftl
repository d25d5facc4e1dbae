<#escape x as jsonUtils.encodeJSONString(x)>
{
    "site": "${site}",
    "total": ${total?c},
    "entri": [
    <#list rows as r>
        <#assign e = r.entry()>
        {
            "nodeRef": "${r.nodeRef()}",
            "nomorUrut": <#if r.nomorUrut()??>${r.nomorUrut()?c}<#else>null</#if>,
            "label": "${r.label()}",
            "informasi": "${e.information()!""}",
            "unitKode": "${e.unitCode()!""}",
            "unitNama": "${e.unitName()!""}",
            "dasarPasal17": [<#list e.grounds()![] as g>"${g}"<#if g_has_next>, </#if></#list>],
            "tingkatKeamanan": "<#if e.securityLevel()??>${e.securityLevel().modelValue()}</#if>",
            "status": "<#if e.status()??>${e.status().modelValue()}</#if>",
            "tanggalKedaluwarsa": "<#if e.expiryDate()??>${e.expiryDate().toString()}</#if>",
            "jangkaWaktu": "${(e.period().original())!""}"
        }<#if r_has_next>,</#if>
    </#list>
    ]
}
</#escape>
