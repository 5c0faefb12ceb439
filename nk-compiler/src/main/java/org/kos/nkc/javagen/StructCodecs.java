package org.kos.nkc.javagen;

import com.palantir.javapoet.ClassName;
import org.kos.nkc.model.StructType;

/**
 * Where the codec of a struct or union lives: static {@code write<S>}/{@code read<S>} methods in
 * the codec class of its IDL package ({@code a.b.NameCodec}), so codecs of other packages reach
 * them too. ({@code write}/{@code read}, not {@code encode}/{@code decode}: those name whole
 * messages, and a struct may be called like a method's message.)
 */
final class StructCodecs {
  private final Names names;

  StructCodecs(Names names) {
    this.names = names;
  }

  ClassName codecOf(StructType s) {
    return names.packageClass(s.pkg(), "Codec");
  }

  static String writer(StructType s) {
    return "write" + JavaTypes.declarationName(s.name(), s.pkg());
  }

  static String reader(StructType s) {
    return "read" + JavaTypes.declarationName(s.name(), s.pkg());
  }
}
