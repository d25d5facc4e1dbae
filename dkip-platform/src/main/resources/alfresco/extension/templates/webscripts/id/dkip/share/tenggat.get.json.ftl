<#escape x as jsonUtils.encodeJSONString(x)>
{
    "hariIni": "${today.toString()}",
    "tugas": [
    <#list tasks as t>
        { "run": "${t.runId()}", "langkah": ${t.step()?c}, "jenis": "${t.type()}", "unit": "${t.unit()!""}",
          "tenggat": "<#if t.due()??>${t.due().toString()}</#if>", "sisaHariKerja": <#if t.workingDaysLeft()??>${t.workingDaysLeft()?c}<#else>null</#if>,
          "tenggatSementara": ${t.provisional()?c},
          "keadaan": "${t.state()}" }<#if t_has_next>,</#if>
    </#list>
    ],
    "terkirim": [
    <#list sent as s>
        { "run": "${s.runId()}", "langkah": ${s.step()?c}, "unit": "${s.unit()}" }<#if s_has_next>,</#if>
    </#list>
    ],
    "tinjauan": [
    <#list reviews as r>
        { "nodeRef": "${r.nodeRef()}", "label": "${r.label()}", "tanggalTinjau": "${r.reviewDate().toString()}",
          "tanggalTinjauSementara": ${r.provisional()?c},
          "tanggalKedaluwarsa": "<#if r.expiryDate()??>${r.expiryDate().toString()}</#if>" }<#if r_has_next>,</#if>
    </#list>
    ]
}
</#escape>
