<#-- Who may do what (docs/audit.md, "Graph"): a node per class, the kernel an octagon; an edge per granted endpoint
     labelled with its methods, dashed when granted under conditions, red for a dangerous kernel method or a high finding. -->
// kos solution audit: policy ${policy} over ${init}
digraph audit {
  rankdir=LR;
  node [shape=box, fontname="monospace"];
  edge [fontname="monospace", fontsize=10];
<#list nodes as n>
  ${dot(n.name)} [label=${dot(n.label)}<#if n.kernel>, shape=doubleoctagon</#if>];
</#list>
<#list edges as e>
  ${dot(e.src)} -> ${dot(e.dst)} [label=${dot(e.label)}<#if e.kind == "execute">, arrowhead=empty</#if><#if e.conditional>, style=dashed</#if><#if e.red>, color=red, fontcolor=red</#if><#if e.tooltip?has_content>, tooltip=${dot(e.tooltip)}</#if>];
</#list>
}
