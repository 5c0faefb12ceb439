package org.kos.nkc.vectors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;
import org.kos.nkc.layout.Layout;
import org.kos.nkc.layout.MessageLayout;
import org.kos.nkc.layout.MethodLayout;
import org.kos.nkc.model.Direction;
import org.kos.nkc.model.Method;
import org.kos.nkc.model.Model;
import org.kos.nkc.model.Parameter;

/** The IDL/EDL files of the vectors ({@code testdata/nk-vectors/vec}), compiled once. */
final class VectorModel {
  static final Path IDL_ROOT = VectorFiles.ROOT;
  private static VectorModel instance;

  final Model model;
  final Layout layout;

  private VectorModel(Model model) {
    this.model = model;
    this.layout = Layout.of(model);
  }

  static synchronized VectorModel get() {
    if (instance == null) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(IDL_ROOT.resolve("vec"))) {
        files = walk.filter(Files::isRegularFile).sorted().toList();
        CompileResult r = NkCompiler.compile(CompileRequest.of(files, List.of(IDL_ROOT)));
        if (!r.diagnostics().isEmpty()) {
          throw new IllegalStateException("the vector IDL does not compile cleanly: " + r.diagnostics());
        }
        instance = new VectorModel(r.model().orElseThrow());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  Method method(VectorFiles.MessageRef ref) {
    return model.iface(ref.iface()).orElseThrow(() -> new IllegalArgumentException("no interface " + ref.iface()))
        .methods().stream().filter(m -> m.name().equals(ref.method())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no method " + ref.method() + " in " + ref.iface()));
  }

  /** The parameters the message carries: in for a request, out for a response, error for an error. */
  List<Parameter> parameters(VectorFiles.MessageRef ref) {
    return method(ref).of(direction(ref.kind()));
  }

  MethodLayout methodLayout(VectorFiles.MessageRef ref) {
    return layout.iface(ref.iface()).method(ref.method());
  }

  MessageLayout messageLayout(VectorFiles.MessageRef ref) {
    MethodLayout m = methodLayout(ref);
    return switch (ref.kind()) {
      case REQUEST -> m.request();
      case RESPONSE -> m.response();
      case ERROR -> m.error();
    };
  }

  static Direction direction(MessageLayout.Kind kind) {
    return switch (kind) {
      case REQUEST -> Direction.IN;
      case RESPONSE -> Direction.OUT;
      case ERROR -> Direction.ERROR;
    };
  }
}
