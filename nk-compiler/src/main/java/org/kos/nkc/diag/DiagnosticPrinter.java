package org.kos.nkc.diag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders diagnostics for people (clang/fidlc style: position, severity, id, message, then the
 * source line and a caret under the span) and for tools (JSON with 1-based positions).
 */
public final class DiagnosticPrinter {
  /** Jackson is loaded only when JSON is asked for: it costs a noticeable part of a short run's start-up. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  private DiagnosticPrinter() {}

  /** One diagnostic, its notes, each with source line and caret; ends with a newline. */
  public static String render(Diagnostic d) {
    StringBuilder out = new StringBuilder();
    header(out, d.span(), d.severity().label() + "[" + d.id() + "]", d.message());
    for (Diagnostic.Note note : d.notes()) {
      header(out, note.span(), "note", note.message());
    }
    return out.toString();
  }

  /** All diagnostics, in the given order, followed by a count line when there are any. */
  public static String renderAll(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      out.append(render(d));
    }
    String summary = summary(diagnostics);
    if (!summary.isEmpty()) {
      out.append(summary).append('\n');
    }
    return out.toString();
  }

  /** "2 errors, 1 warning" or the empty string when there is nothing to count. */
  public static String summary(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    List<String> parts = new ArrayList<>();
    if (errors > 0) {
      parts.add(errors + (errors == 1 ? " error" : " errors"));
    }
    if (warnings > 0) {
      parts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
    }
    return String.join(", ", parts);
  }

  private static void header(StringBuilder out, SourceSpan span, String kind, String message) {
    if (span != null) {
      out.append(span.position()).append(": ");
    }
    out.append(kind).append(": ").append(message).append('\n');
    if (span != null) {
      caret(out, span);
    }
  }

  /** Longest source line shown whole; a longer one is cut around the caret. */
  static final int MAX_LINE = 160;
  /** Characters shown on each side of the span when a line is cut. */
  private static final int CONTEXT = 60;

  /**
   * The span's first line and a caret line; tabs are kept so the caret lines up in any tab width.
   * A line longer than {@link #MAX_LINE} is cut around the span ("..." marks the cuts), and
   * control characters are shown escaped ({@code \x1b}), so that a diagnostic never prints a
   * megabyte of source or raw terminal escapes.
   */
  private static void caret(StringBuilder out, SourceSpan span) {
    int line = span.line();
    String text = span.file().lineText(line);
    int col = Math.min(span.column() - 1, text.length());
    int width = span.endLine() == line ? Math.max(1, span.endColumn() - 1 - col) : Math.max(1, text.length() - col);
    int from = 0;
    int to = text.length();
    if (text.length() > MAX_LINE) {
      from = Math.max(0, col - CONTEXT);
      to = Math.min(text.length(), col + Math.min(width, MAX_LINE - 2 * CONTEXT) + CONTEXT);
      width = Math.min(width, to - col);
    }
    StringBuilder shown = new StringBuilder(from > 0 ? "..." : "");
    StringBuilder pad = new StringBuilder(from > 0 ? "   " : "");
    int caretWidth = 0;
    for (int i = from; i < to; i++) {
      String c = visible(text.charAt(i));
      shown.append(c);
      if (i < col) {
        pad.append(c.equals("\t") ? "\t" : " ".repeat(c.length()));
      } else if (i < col + width) {
        caretWidth += c.length();
      }
    }
    if (to < text.length()) {
      shown.append("...");
    }
    out.append(shown).append('\n').append(pad).append('^');
    out.append("~".repeat(Math.max(0, caretWidth - 1))).append('\n');
  }

  /** A character as printed in a source line: itself, or an escape for a control character. */
  private static String visible(char c) {
    if (c == '\t' || (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0))) {
      return String.valueOf(c);
    }
    return String.format("\\x%02x", (int) c);
  }

  /** {@code {"diagnostics": [...], "errors": n, "warnings": n}} with stable key order. */
  public static String toJson(List<Diagnostic> diagnostics) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      Map<String, Object> item = position(d.span());
      item.put("severity", d.severity().label());
      item.put("id", d.id());
      item.put("message", d.message());
      List<Map<String, Object>> notes = new ArrayList<>();
      for (Diagnostic.Note n : d.notes()) {
        Map<String, Object> note = position(n.span());
        note.put("message", n.message());
        notes.add(note);
      }
      if (!notes.isEmpty()) {
        item.put("notes", notes);
      }
      items.add(item);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("diagnostics", items);
    root.put("errors", diagnostics.stream().filter(Diagnostic::isError).count());
    root.put("warnings", diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count());
    try {
      return Json.MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("diagnostics are plain maps and always serialise", e);
    }
  }

  private static Map<String, Object> position(SourceSpan span) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (span != null) {
      m.put("file", span.file().name());
      m.put("line", span.line());
      m.put("column", span.column());
      m.put("endLine", span.endLine());
      m.put("endColumn", span.endColumn());
    }
    return m;
  }
}
