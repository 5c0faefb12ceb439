package org.kos.nkc.javagen;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.kos.nkc.CompileRequest;
import org.kos.nkc.CompileResult;
import org.kos.nkc.NkCompiler;
import org.kos.nkc.diag.SourceFile;
import org.kos.nkc.model.Component;
import org.kos.nkc.model.IdlPackage;
import org.kos.nkc.model.Model;

/**
 * The bundled SDK's files a model uses (an EDL embedding {@code env : kl.Env} uses {@code kl/Env.cdl}
 * and {@code kl/Env.idl}): stubs are generated for inputs only, so a program needs them as inputs
 * too. kl.core is left out (kos-runtime carries its stubs), and so is Einit (it serves nothing).
 */
public final class SdkInputs {
  private SdkInputs() {}

  /** The files, by name. */
  public static List<SourceFile> usedBy(Model model) {
    Map<String, SourceFile> files = new TreeMap<>();
    Stream.concat(model.packages().values().stream().map(IdlPackage::file),
        Stream.concat(model.components().values().stream(), model.classes().values().stream()).map(Component::file))
        .filter(f -> f.name().startsWith("<sdk>/") && !f.name().startsWith("<sdk>/kl/core/")
            && !f.name().equals("<sdk>/Einit.edl"))
        .forEach(f -> files.put(f.name(), f));
    return List.copyOf(files.values());
  }

  /**
   * {@code first}, the result of {@code request}, or when it used SDK files (and had no errors), the
   * request compiled again with them as inputs.
   *
   * @throws IOException when a file cannot be read
   */
  public static CompileResult withSdkInputs(CompileRequest request, CompileResult first) throws IOException {
    if (first.hasErrors() || first.model().isEmpty()) {
      return first;
    }
    List<SourceFile> sdk = usedBy(first.model().get());
    if (sdk.isEmpty()) {
      return first;
    }
    List<CompileRequest.Input> inputs = new ArrayList<>(request.inputs());
    sdk.forEach(f -> inputs.add(CompileRequest.Input.of(f)));
    return NkCompiler.compile(new CompileRequest(inputs, request.includeRoots(), request.bundledSdk(),
        request.syntaxOnly(), request.sdk()));
  }
}
