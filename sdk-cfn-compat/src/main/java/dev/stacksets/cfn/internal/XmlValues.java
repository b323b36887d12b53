package dev.stacksets.cfn.internal;

import dev.stacksets.core.internal.util.IsoTime;
import dev.stacksets.core.internal.util.XmlNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Typed reads of child elements for the Query XML readers. An absent element reads as null; an element with text
 * that does not fit its type fails with an {@link IllegalArgumentException} (which the pipeline reports as an
 * unreadable reply) rather than being silently dropped.
 */
final class XmlValues {
  private XmlValues() {}

  static String text(XmlNode parent, String name) {
    return parent.childText(name);
  }

  static Integer integer(XmlNode parent, String name) {
    String t = parent.childText(name);
    if (t == null || t.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(t.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("<" + name + "> is not an integer: '" + t + "'", e);
    }
  }

  static Boolean bool(XmlNode parent, String name) {
    String t = parent.childText(name);
    if (t == null || t.isBlank()) {
      return null;
    }
    String v = t.trim();
    if (v.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (v.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    throw new IllegalArgumentException("<" + name + "> is not a boolean: '" + t + "'");
  }

  static Instant instant(XmlNode parent, String name) {
    String t = parent.childText(name);
    if (t == null || t.isBlank()) {
      return null;
    }
    return isoInstant(t.trim(), name);
  }

  /** ISO-8601 date-time with {@code Z} or an offset, fractional seconds optional; a zone-less value is UTC. */
  static Instant isoInstant(String v, String name) {
    Instant fast = IsoTime.parseOrNull(v);
    if (fast != null) {
      return fast;
    }
    try {
      return OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(v, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        throw new IllegalArgumentException("<" + name + "> is not an ISO-8601 timestamp: '" + v + "'", e);
      }
    }
  }

  /** The texts of a list's {@code <member>} elements; null when the list element is absent. */
  static List<String> strings(XmlNode parent, String listName) {
    List<XmlNode> members = parent.members(listName);
    if (members == null) {
      return null;
    }
    List<String> out = new ArrayList<>(members.size());
    for (XmlNode m : members) {
      out.add(m.text());
    }
    return out;
  }

  /** A list of structures, each read by {@code reader}; null when the list element is absent. */
  static <T> List<T> structs(XmlNode parent, String listName, Function<XmlNode, T> reader) {
    List<XmlNode> members = parent.members(listName);
    if (members == null) {
      return null;
    }
    List<T> out = new ArrayList<>(members.size());
    for (XmlNode m : members) {
      out.add(reader.apply(m));
    }
    return out;
  }

  /** A nested structure read by {@code reader}; null when absent. */
  static <T> T struct(XmlNode parent, String name, Function<XmlNode, T> reader) {
    XmlNode n = parent.child(name);
    return n == null ? null : reader.apply(n);
  }
}
