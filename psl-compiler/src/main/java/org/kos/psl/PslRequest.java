package org.kos.psl;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.kos.nkc.sdk.SdkVersion;

/**
 * What to check: policy files (each a top-level policy unless another input includes it), the
 * {@code -I} directories searched for fragments ({@code use a.b._}) and EDL/CDL/IDL files (in order,
 * then the bundled SDK), template macro values ({@code -D NAME=VALUE}), whether to stop after
 * parsing, and the SDK generation whose rules the classes are compiled with (docs/sdk-versions.md).
 */
public record PslRequest(List<Path> inputs, List<Path> includeDirs, Map<String, String> macros, boolean syntaxOnly,
    SdkVersion sdk) {
  public PslRequest {
    inputs = List.copyOf(inputs);
    includeDirs = List.copyOf(includeDirs);
    macros = Map.copyOf(macros);
    sdk = sdk == null ? SdkVersion.NEWEST : sdk;
  }

  /** The newest SDK. */
  public PslRequest(List<Path> inputs, List<Path> includeDirs, Map<String, String> macros, boolean syntaxOnly) {
    this(inputs, includeDirs, macros, syntaxOnly, SdkVersion.NEWEST);
  }

  public static PslRequest of(List<Path> inputs, List<Path> includeDirs) {
    return new PslRequest(inputs, includeDirs, Map.of(), false);
  }

  public PslRequest withMacros(Map<String, String> values) {
    return new PslRequest(inputs, includeDirs, values, syntaxOnly, sdk);
  }

  public PslRequest withSyntaxOnly(boolean only) {
    return new PslRequest(inputs, includeDirs, macros, only, sdk);
  }

  public PslRequest withSdk(SdkVersion version) {
    return new PslRequest(inputs, includeDirs, macros, syntaxOnly, version);
  }
}
