import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes two equivalent synthetic corpora for the nk-vs-protoc benchmark: IDL/CDL/EDL files under
 * OUT/nk and the same declarations as .proto files under OUT/proto. Run with the JDK's source
 * launcher: {@code java CorpusGen.java OUT [idlCount]}. Output is deterministic.
 *
 * <p>Each IDL file imports its predecessor in its group (so resolution follows import chains),
 * declares constants with expressions, typedef chains, a struct and a union using the imported
 * struct, and an interface of eight methods. Every 10 IDL files get a CDL component; every 5
 * components an EDL task class. The .proto twin has one message per struct/union, one request and
 * one response message per method, and one service.
 */
public final class CorpusGen {
  static final int GROUP = 50;

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int idls = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    for (int i = 0; i < idls; i++) {
      int g = i / GROUP;
      write(out.resolve("nk/bench/g" + g + "/Svc" + i + ".idl"), idl(i, g));
      write(out.resolve("proto/bench/g" + g + "/svc" + i + ".proto"), proto(i, g));
    }
    int components = (idls + 9) / 10;
    for (int c = 0; c < components; c++) {
      write(out.resolve("nk/bench/comp/Comp" + c + ".cdl"), cdl(c, idls));
    }
    for (int t = 0; t * 5 < components; t++) {
      write(out.resolve("nk/bench/app/Task" + t + ".edl"), edl(t, components));
    }
  }

  static boolean hasPrev(int i) {
    return i % GROUP != 0;
  }

  static String idl(int i, int g) {
    StringBuilder s = new StringBuilder();
    s.append("package bench.g").append(g).append(".Svc").append(i).append("\n\n");
    if (hasPrev(i)) {
      s.append("import bench.g").append(g).append(".Svc").append(i - 1).append("\n\n");
    }
    s.append("// Synthetic interface ").append(i).append(" for the front-end benchmark.\n");
    s.append("const UInt32 Base").append(i).append(" = 0x40;\n");
    s.append("const UInt32 Max").append(i).append(" = (Base").append(i).append(" * 2 + 0o17) % 1000;\n");
    s.append("const SInt64 Mask").append(i).append(" = (1 << 20) - ").append(i).append(";\n");
    s.append("typedef string<Max").append(i).append("> Name").append(i).append(";\n");
    s.append("typedef Name").append(i).append(" Label").append(i).append(";\n");
    s.append("typedef sequence<UInt8, 256> Blob").append(i).append(";\n\n");
    s.append("/* A record that links to the previous file's record. */\n");
    s.append("struct Rec").append(i).append(" {\n");
    s.append("    UInt32 id;\n    Label").append(i).append(" name;\n    Blob").append(i).append(" data;\n");
    s.append("    array<SInt16, 4> quad;\n    UInt64 stamp;\n");
    if (hasPrev(i)) {
      s.append("    Rec").append(i - 1).append(" prev;\n");
    }
    s.append("}\n\n");
    s.append("union Value").append(i).append(" {\n    UInt32 number;\n    Name").append(i).append(" text;\n    Rec")
        .append(i).append(" rec;\n}\n\n");
    s.append("interface {\n");
    s.append("    Get(in UInt32 id, out Rec").append(i).append(" rec, error UInt32 status);\n");
    s.append("    Put(in Rec").append(i).append(" rec, out UInt32 id);\n");
    s.append("    Find(in Name").append(i).append(" name, out sequence<UInt32, 32> ids);\n");
    s.append("    Eval(in Value").append(i).append(" v, out Value").append(i).append(" result);\n");
    s.append("    Open(in Name").append(i).append(" path, in UInt32 flags, out Handle file);\n");
    s.append("    Share(in Handle file, in UInt32 rights);\n");
    s.append("    Stat(in UInt32 id, out UInt64 size, out UInt64 stamp, out UInt32 mode);\n");
    s.append("    Ping();\n");
    s.append("}\n");
    return s.toString();
  }

  static String proto(int i, int g) {
    StringBuilder s = new StringBuilder();
    s.append("syntax = \"proto3\";\n\n");
    s.append("package bench.g").append(g).append(".svc").append(i).append(";\n\n");
    if (hasPrev(i)) {
      s.append("import \"bench/g").append(g).append("/svc").append(i - 1).append(".proto\";\n\n");
    }
    s.append("// Synthetic interface ").append(i).append(" for the front-end benchmark.\n");
    s.append("enum Consts").append(i).append(" {\n  ZERO").append(i).append(" = 0;\n  BASE").append(i)
        .append(" = 64;\n  MAX").append(i).append(" = 143;\n}\n\n");
    s.append("/* A record that links to the previous file's record. */\n");
    s.append("message Rec").append(i).append(" {\n");
    s.append("  uint32 id = 1;\n  string name = 2;\n  bytes data = 3;\n  repeated sint32 quad = 4;\n  uint64 stamp = 5;\n");
    if (hasPrev(i)) {
      s.append("  bench.g").append(g).append(".svc").append(i - 1).append(".Rec").append(i - 1).append(" prev = 6;\n");
    }
    s.append("}\n\n");
    s.append("message Value").append(i).append(" {\n  oneof v {\n    uint32 number = 1;\n    string text = 2;\n    Rec")
        .append(i).append(" rec = 3;\n  }\n}\n\n");
    String[][] methods = {
      {"Get", "uint32 id = 1;", "Rec" + i + " rec = 1; uint32 status = 2;"},
      {"Put", "Rec" + i + " rec = 1;", "uint32 id = 1;"},
      {"Find", "string name = 1;", "repeated uint32 ids = 1;"},
      {"Eval", "Value" + i + " v = 1;", "Value" + i + " result = 1;"},
      {"Open", "string path = 1; uint32 flags = 2;", "uint32 file = 1;"},
      {"Share", "uint32 file = 1; uint32 rights = 2;", ""},
      {"Stat", "uint32 id = 1;", "uint64 size = 1; uint64 stamp = 2; uint32 mode = 3;"},
      {"Ping", "", ""},
    };
    for (String[] m : methods) {
      s.append("message ").append(m[0]).append("Req").append(i).append(" { ").append(m[1]).append(" }\n");
      s.append("message ").append(m[0]).append("Res").append(i).append(" { ").append(m[2]).append(" }\n");
    }
    s.append("\nservice Svc").append(i).append(" {\n");
    for (String[] m : methods) {
      s.append("  rpc ").append(m[0]).append(" (").append(m[0]).append("Req").append(i).append(") returns (")
          .append(m[0]).append("Res").append(i).append(");\n");
    }
    s.append("}\n");
    return s.toString();
  }

  static String cdl(int c, int idls) {
    StringBuilder s = new StringBuilder("component bench.comp.Comp" + c + "\n\nendpoints {\n");
    for (int k = 0; k < 10 && c * 10 + k < idls; k++) {
      int i = c * 10 + k;
      s.append("    ep").append(k).append(" : bench.g").append(i / GROUP).append(".Svc").append(i).append("\n");
    }
    return s.append("}\n").toString();
  }

  static String edl(int t, int components) {
    StringBuilder s = new StringBuilder("task class bench.app.Task" + t + "\n\ncomponents {\n");
    for (int k = 0; k < 5 && t * 5 + k < components; k++) {
      s.append("    part").append(k).append(" : bench.comp.Comp").append(t * 5 + k).append("\n");
    }
    s.append("}\n\nendpoints {\n    control : bench.g0.Svc0\n}\n");
    return s.toString();
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
