<#import "rapat.lib.ftl" as lib/>
<#escape x as jsonUtils.encodeJSONString(x)>
{
    "task": "${task}",
    "entri": [
    <#list rows as r><@lib.rowJson r/><#if r_has_next>,</#if></#list>
    ],
    "tim": [
    <#list team as m>
        { "userName": "${m.userName()}", "nodeRef": "${m.nodeRef()!""}", "nama": "${m.name()}", "hadir": ${m.present()?c} }<#if m_has_next>,</#if>
    </#list>
    ],
    "jumlahAnggota": ${team?size?c},
    "jumlahHadir": ${present?c},
    "kuorum": ${quorum?c}
}
</#escape>
