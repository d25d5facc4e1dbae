<#import "rapat.lib.ftl" as lib/>
<#escape x as jsonUtils.encodeJSONString(x)>
{
    "task": "${task}",
    "entri": [
    <#list rows as r><@lib.rowJson r/><#if r_has_next>,</#if></#list>
    ]
}
</#escape>
