package org.kos.nkc.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kos.nkc.Compile.files;
import static org.kos.nkc.layout.MessageLayoutTest.layout;

import java.util.List;
import org.junit.jupiter.api.Test;

/** RIIDs, both endpoint names, iid offsets and component bounds. */
class EndpointNumberingTest {
  private static final String[] TREE = {
      "a/I.idl", "package a.I\ninterface { Get(in string<63> key, out bytes<512> value); }\n",
      "a/J.idl", "package a.J\ninterface { Put(in Handle h, in bytes<1000> data); }\n",
      "a/Leaf.cdl", "component a.Leaf\nendpoints {\n  x : a.I\n  y : a.J\n}\n",
      "a/Mid.cdl", "component a.Mid\nendpoints { m : a.I }\ncomponents {\n  l1 : a.Leaf\n  l2 : a.Leaf\n}\n",
      "a/Top.edl", "task class a.Top\ncomponents {\n  mid : a.Mid\n  leaf : a.Leaf\n}\nendpoints { own : a.J }\n",
      "a/Other.edl", "entity a.Other\nendpoints { own : a.J }\ncomponents { leaf : a.Leaf }\n",
      "a/Empty.edl", "entity a.Empty\n",
  };

  /** riid:name|qualifiedName|iface for each endpoint. */
  private static List<String> endpoints(ComponentLayout c) {
    return c.endpoints().stream().map(e -> e.riid() + ":" + e.name() + "|" + e.qualifiedName() + "|" + e.iface())
        .toList();
  }

  private static List<String> instances(ComponentLayout c) {
    return c.instances().stream().map(i -> i.path() + "=" + i.component() + "@" + i.iidOffset() + "+" + i.endpointCount())
        .toList();
  }

  @Test
  void componentInsideAClassGetsRiidZeroUnderBothNames() {
    Layout l = layout(files(
        "echo/Ping.idl", "package echo.Ping\ninterface { Ping(in UInt32 value, out UInt32 result); }\n",
        "echo/CPing.cdl", "component echo.CPing\nendpoints { ping : echo.Ping }\n",
        "echo/Server.edl", "task class echo.Server\ncomponents { cserver : echo.CPing }\n"));
    assertEquals(List.of("0:cserver.ping|echo.CPing.ping|echo.Ping"), endpoints(l.taskClass("echo.Server")));
    assertEquals(List.of("0:ping|echo.CPing.ping|echo.Ping"), endpoints(l.component("echo.CPing")));
  }

  @Test
  void componentNumbersItsOwnEndpointsThenItsInstancesDepthFirst() {
    ComponentLayout mid = layout(files(TREE)).component("a.Mid");
    assertEquals(List.of("0:m|a.Mid.m|a.I", "1:l1.x|a.Leaf.x|a.I", "2:l1.y|a.Leaf.y|a.J", "3:l2.x|a.Leaf.x|a.I",
        "4:l2.y|a.Leaf.y|a.J"), endpoints(mid));
    assertEquals(List.of("l1=a.Leaf@1+2", "l2=a.Leaf@3+2"), instances(mid));
    assertEquals(5, mid.iidMax());
  }

  @Test
  void classWithComponentsBeforeEndpointsNumbersTheInstancesFirst() {
    ComponentLayout top = layout(files(TREE)).taskClass("a.Top");
    assertEquals(List.of("0:mid.m|a.Mid.m|a.I", "1:mid.l1.x|a.Leaf.x|a.I", "2:mid.l1.y|a.Leaf.y|a.J",
        "3:mid.l2.x|a.Leaf.x|a.I", "4:mid.l2.y|a.Leaf.y|a.J", "5:leaf.x|a.Leaf.x|a.I", "6:leaf.y|a.Leaf.y|a.J",
        "7:own|a.Top.own|a.J"), endpoints(top));
    assertEquals(List.of("mid=a.Mid@0+5", "mid.l1=a.Leaf@1+2", "mid.l2=a.Leaf@3+2", "leaf=a.Leaf@5+2"),
        instances(top));
  }

  @Test
  void classWithEndpointsBeforeComponentsNumbersItsOwnEndpointsFirst() {
    ComponentLayout other = layout(files(TREE)).taskClass("a.Other");
    assertEquals(List.of("0:own|a.Other.own|a.J", "1:leaf.x|a.Leaf.x|a.I", "2:leaf.y|a.Leaf.y|a.J"),
        endpoints(other));
    assertEquals(List.of("leaf=a.Leaf@1+2"), instances(other));
  }

  @Test
  void endpointIsFoundByEitherName() {
    ComponentLayout top = layout(files(TREE)).taskClass("a.Top");
    assertEquals(6, top.endpoint("leaf.y").riid());
    assertEquals(7, top.endpoint("a.Top.own").riid());
  }

  @Test
  void componentBoundsAreTheMaximumOverItsEndpointsInterfaces() {
    Layout l = layout(files(TREE));
    // a.I: req arena 64 (string<63>), res 512; a.J: req arena 1000, 1 handle, res none
    assertEquals(new MessageBounds(1000, 512, 1000, 1, 0, 0, 48, 32), l.taskClass("a.Top").bounds());
    assertEquals(new MessageBounds(64, 512, 512, 0, 0, 0, 32, 32), l.iface("a.I").bounds());
  }

  @Test
  void classWithoutEndpointsHasNoneAndNoBounds() {
    ComponentLayout empty = layout(files(TREE)).taskClass("a.Empty");
    assertEquals(List.of(), empty.endpoints());
    assertEquals(MessageBounds.NONE, empty.bounds());
  }
}
