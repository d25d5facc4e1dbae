<#escape x as jsonUtils.encodeJSONString(x)>
{
    "nodeRef": "${nodeRef}",
    "peristiwa": [
    <#list events as e>
        {
            "id": ${e.id()?c},
            "waktu": "${xmldate(e.time())}",
            "pengguna": "${e.user()!""}",
            "jenis": "${e.type()!""}",
            "tingkat": "${e.level()!""}",
            "unit": "${e.unit()!""}",
            "rincian": "${e.detail()!""}"
        }<#if e_has_next>,</#if>
    </#list>
    ]
}
</#escape>
