<#-- The wiring as a Graphviz graph (docs/einit.md): a box per task listing its endpoints, an arrow per channel from client to server. -->
digraph einit {
  rankdir=LR;
  node [shape=box, fontname="monospace"];
  edge [fontname="monospace"];
<#list tasks as t>
  ${dot(t.name)} [label=${dot(t.name + "\n" + t.className + t.endpoints?map(e -> "\n" + e.riid + ": " + e.name + " (" + e.iface + ")")?join(""))}];
</#list>
<#list channels as c>
  ${dot(c.client)} -> ${dot(c.server)} [label=${dot(c.id)}];
</#list>
}
