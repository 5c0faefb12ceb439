package org.kos.nkc.template;

/**
 * Something in a template the expander could not follow, at {@code [start, end)} of the template's
 * text (the tag, expression or comment concerned). The kind lets a tool pick its diagnostic id.
 */
public record TemplateProblem(Kind kind, int start, int end, String message) {
  public enum Kind {
    /** Jinja the subset does not cover: other tags, {@code {{ }}} expressions, {@code {# #}} comments. */
    UNSUPPORTED,
    /** A malformed or unbalanced {@code if}/{@code elif}/{@code else}/{@code endif}, an unclosed tag. */
    SYNTAX,
    /** Jinja syntax in a template expanded without Jinja: once, at the first <code>{%</code> or <code>{{</code>. */
    NOT_ENABLED
  }
}
