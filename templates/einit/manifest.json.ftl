<#-- The einit manifest (docs/einit.md): tasks in initialisation order, channels in connection order. -->
{
  "format": "kos-einit-manifest",
  "version": 1,
  "tasks": [<#if !tasks?has_content>],<#else>
<#list tasks as t>
    {
      "task": ${json(t.name)},
      "class": ${json(t.className)},
      "index": ${t.index},
      "path": ${json(t.path)},
      "argv": [<#list t.argv as a>${json(a)}<#sep>, </#sep></#list>],
      "env": [<#list t.env as e>${json(e)}<#sep>, </#sep></#list>],
<#if t.dynamicConnectionManager>
      "dynamicConnectionManager": true,
</#if>
      "endpoints": [<#if !t.endpoints?has_content>]<#else>
<#list t.endpoints as e>
        {"riid": ${e.riid}, "name": ${json(e.name)}, "qualifiedName": ${json(e.qualifiedName)}, "interface": ${json(e.iface)}}<#sep>,</#sep>
</#list>
      ]</#if>
    }<#sep>,</#sep>
</#list>
  ],
</#if>
  "channels": [<#if !channels?has_content>]<#else>
<#list channels as c>
    {"client": ${json(c.client)}, "server": ${json(c.server)}, "id": <#if c.include??>{"var": ${json(c.id)}, "include": ${json(c.include)}}<#else>${json(c.id)}</#if>}<#sep>,</#sep>
</#list>
  ]</#if>
}
