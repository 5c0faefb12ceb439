package org.kos.nkc.source;

import java.io.IOException;
import java.io.InputStream;
import org.kos.nkc.diag.SourceFile;

/**
 * The IDL files bundled with the compiler (resources under {@code org/kos/nkc/sdk/}), searched
 * after every user directory, like protoc's well-known types. Holds {@code kl/core/Types.idl}, the
 * kernel's own endpoints ({@code kl/core/*.idl}, {@code *.cdl}, {@code Core.edl}) and the SDK's
 * standard programs and components ({@code kl/Vfs.cdl}, {@code kl/VfsRamFs.edl}, {@code kl/drivers/},
 * ...; docs/nk-sdk.md lists them).
 * Files are shown as {@code <sdk>/kl/core/Types.idl}.
 */
public final class SdkRoot implements SourceRoot {
  public static final SdkRoot INSTANCE = new SdkRoot();
  private static final String PREFIX = "org/kos/nkc/sdk/";

  private SdkRoot() {}

  @Override
  public SourceFile open(String relativePath) throws IOException {
    try (InputStream in = SdkRoot.class.getClassLoader().getResourceAsStream(PREFIX + relativePath)) {
      return in == null ? null : SourceFile.decode("<sdk>/" + relativePath, in.readAllBytes());
    }
  }

  @Override
  public String describe() {
    return "<sdk>";
  }
}
