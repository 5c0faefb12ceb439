package org.kos.rcdb.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.kos.rc.Retcode;
import org.kos.rcdb.model.RcEntry;
import org.kos.rcdb.model.SourceRef;

/**
 * The database file's JSON, with Jackson's streaming parser and generator rather than data
 * binding: `kos rc decode` reads the file at start-up, and binding's reflective set-up costs more
 * than the whole decode. Keys are written in one fixed order; unknown keys are skipped on reading
 * so that newer files with additions still read.
 */
final class DbCodec {
  private static final JsonFactory FACTORY = new JsonFactory();

  private DbCodec() {}

  static String write(RcDatabase db) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter()
          .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));
      g.writeStartObject();
      g.writeStringField("format", RcDatabase.FORMAT);
      g.writeNumberField("version", RcDatabase.VERSION);
      g.writeArrayFieldStart("codes");
      for (RcEntry e : db.entries()) {
        writeEntry(g, e);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out + "\n";
  }

  private static void writeEntry(JsonGenerator g, RcEntry e) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", e.name());
    g.writeStringField("value", e.hex());
    g.writeNumberField("customer", e.customer());
    g.writeNumberField("space", e.space());
    g.writeNumberField("facility", e.facility());
    g.writeNumberField("code", e.code());
    if (e.spaceName() != null) {
      g.writeStringField("spaceName", e.spaceName());
    }
    if (e.facilityName() != null) {
      g.writeStringField("facilityName", e.facilityName());
    }
    g.writeStringField("description", e.description());
    if (e.source() != null) {
      g.writeObjectFieldStart("source");
      g.writeStringField("file", e.source().file());
      if (e.source().line() > 0) {
        g.writeNumberField("line", e.source().line());
      }
      if (e.source().column() > 0) {
        g.writeNumberField("column", e.source().column());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  static RcDatabase read(String text, String name) throws DbFormatException {
    try (JsonParser p = FACTORY.createParser(text)) {
      return readDatabase(p, name);
    } catch (JsonProcessingException e) {
      // Jackson's own words name its classes and features: say what was expected instead.
      JsonLocation at = e.getLocation();
      throw new DbFormatException(name, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
          "malformed JSON: " + JsonSyntax.describe(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new DbFormatException(name, e.getMessage());
    }
  }

  private static RcDatabase readDatabase(JsonParser p, String name) throws IOException, DbFormatException {
    expect(p, p.nextToken(), JsonToken.START_OBJECT, name, "the file");
    String format = null;
    Integer version = null;
    List<RcEntry> entries = new ArrayList<>();
    JsonLocation start = p.currentTokenLocation();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken t = p.nextToken();
      switch (key) {
        case "format" -> format = t == JsonToken.VALUE_STRING ? p.getText() : null;
        case "version" -> version = t == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : null;
        case "codes" -> {
          expect(p, t, JsonToken.START_ARRAY, name, "\"codes\"");
          int i = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            entries.add(readEntry(p, name, "codes[" + i++ + "]"));
          }
        }
        default -> p.skipChildren();
      }
    }
    if (!RcDatabase.FORMAT.equals(format)) {
      throw new DbFormatException(name, start.getLineNr(), start.getColumnNr(),
          "not a return-code database (\"format\" is not \"" + RcDatabase.FORMAT + "\")");
    }
    if (version == null || version != RcDatabase.VERSION) {
      throw new DbFormatException(name, start.getLineNr(), start.getColumnNr(),
          "database version " + version + " is not supported (expected " + RcDatabase.VERSION + ")");
    }
    return new RcDatabase(entries);
  }

  private static RcEntry readEntry(JsonParser p, String file, String where) throws IOException, DbFormatException {
    expect(p, p.currentToken(), JsonToken.START_OBJECT, file, where + ": a code");
    JsonLocation start = p.currentTokenLocation();
    String name = null;
    String value = null;
    Long customer = null;
    Long space = null;
    Long facility = null;
    Long code = null;
    String spaceName = null;
    String facilityName = null;
    String description = "";
    SourceRef source = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken t = p.nextToken();
      switch (key) {
        case "name" -> name = text(p, t);
        case "value" -> value = text(p, t);
        case "customer" -> customer = number(p, t, file, where, key);
        case "space" -> space = number(p, t, file, where, key);
        case "facility" -> facility = number(p, t, file, where, key);
        case "code" -> code = number(p, t, file, where, key);
        case "spaceName" -> spaceName = text(p, t);
        case "facilityName" -> facilityName = text(p, t);
        case "description" -> description = t == JsonToken.VALUE_NULL ? "" : text(p, t);
        case "source" -> source = readSource(p, t, file, where);
        default -> p.skipChildren();
      }
    }
    if (name == null || name.isEmpty()) {
      throw new DbFormatException(file, start.getLineNr(), start.getColumnNr(), where + ": \"name\" is missing");
    }
    where = where + " (" + name + ")";
    if (value == null || !value.matches("0x[0-9A-Fa-f]{1,8}")) {
      throw new DbFormatException(file, start.getLineNr(), start.getColumnNr(),
          where + ": \"value\" must be hex like 0x90000015, not " + value);
    }
    int v = Integer.parseUnsignedInt(value.substring(2), 16);
    return new RcEntry(name, v, or(customer, Retcode.customer(v)), or(space, Retcode.space(v)),
        or(facility, Retcode.facility(v)), or(code, Retcode.code(v)), spaceName, facilityName,
        description == null ? "" : description, source);
  }

  private static SourceRef readSource(JsonParser p, JsonToken t, String dbFile, String where)
      throws IOException, DbFormatException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(p, t, JsonToken.START_OBJECT, dbFile, where + ": \"source\"");
    String file = null;
    int line = 0;
    int column = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonToken v = p.nextToken();
      switch (key) {
        case "file" -> file = text(p, v);
        case "line" -> line = position(p, v, dbFile, where, "source.line");
        case "column" -> column = position(p, v, dbFile, where, "source.column");
        default -> p.skipChildren();
      }
    }
    return file == null ? null : new SourceRef(file, line, column);
  }

  private static String text(JsonParser p, JsonToken t) throws IOException {
    if (t.isStructStart()) {
      p.skipChildren();
      return null;
    }
    return t == JsonToken.VALUE_NULL ? null : p.getText();
  }

  private static Long number(JsonParser p, JsonToken t, String file, String where, String key)
      throws IOException, DbFormatException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_NUMBER_INT) {
      JsonLocation at = p.currentTokenLocation();
      throw new DbFormatException(file, at.getLineNr(), at.getColumnNr(),
          where + ": \"" + key + "\" must be an integer, not " + p.getText());
    }
    return p.getLongValue();
  }

  /**
   * A line or column: 0 (unknown, as null is) or more and within an int; anything else would not
   * survive a write and a read (the writer leaves out what is not positive).
   */
  private static int position(JsonParser p, JsonToken t, String file, String where, String key)
      throws IOException, DbFormatException {
    Long n = number(p, t, file, where, key);
    if (n == null) {
      return 0;
    }
    if (n < 0 || n > Integer.MAX_VALUE) {
      JsonLocation at = p.currentTokenLocation();
      throw new DbFormatException(file, at.getLineNr(), at.getColumnNr(),
          where + ": \"" + key + "\" must be a number from 0 to " + Integer.MAX_VALUE + ", not " + n);
    }
    return n.intValue();
  }

  private static long or(Long stored, int fromValue) {
    return stored == null ? fromValue : stored;
  }

  private static void expect(JsonParser p, JsonToken got, JsonToken wanted, String file, String what)
      throws DbFormatException {
    if (got != wanted) {
      JsonLocation at = p.currentTokenLocation();
      throw new DbFormatException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
          what + " must be a JSON " + (wanted == JsonToken.START_ARRAY ? "array" : "object"));
    }
  }
}
