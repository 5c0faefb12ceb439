package org.kos.nkc.ast;

import org.kos.nkc.diag.SourceSpan;

/** A type as written. Built-in scalar names ({@code UInt32}, {@code Handle}) are {@link Named} too. */
public sealed interface TypeRef {
  SourceSpan span();

  /** A built-in, typedef, struct or union name, possibly qualified ({@code kl.core.Types.Char}). */
  record Named(QualifiedName name, SourceSpan span) implements TypeRef {}

  /** {@code handle<Iface>} (1.4): a handle to an endpoint implementing {@code Iface}. */
  record InterfaceHandle(QualifiedName iface, SourceSpan span) implements TypeRef {}

  /** {@code bytes<N>}: at most N bytes. */
  record Bytes(Expr bound, SourceSpan span) implements TypeRef {}

  /** {@code string<N>}: at most N characters plus the terminating NUL. */
  record Str(Expr bound, SourceSpan span) implements TypeRef {}

  /** {@code array<T, N>}: exactly N elements inline. */
  record Array(TypeRef element, Expr length, SourceSpan span) implements TypeRef {}

  /** {@code sequence<T, N>}: at most N elements. */
  record Sequence(TypeRef element, Expr bound, SourceSpan span) implements TypeRef {}
}
