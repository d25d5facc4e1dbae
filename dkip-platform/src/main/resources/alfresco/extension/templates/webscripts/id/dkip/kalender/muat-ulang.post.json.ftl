<#escape x as jsonUtils.encodeJSONString(x)>
{
    "tahunLengkap": [<#list completeYears as y>${y?c}<#if y_has_next>, </#if></#list>],
    "tahunBaru": [<#list newYears as y>${y?c}<#if y_has_next>, </#if></#list>],
    "peringatan": <#if warning??>"${warning}"<#else>null</#if>,
    "tanggalTinjauDihitungUlang": ${recomputed?c},
    "tanggalTinjauTetapSementara": ${stillProvisional?c},
    "tugasTenggatDikonfirmasi": ${tasksConfirmed?c},
    "tugasTenggatBerubah": ${tasksMoved?c}
}
</#escape>
