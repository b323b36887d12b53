package dev.stacksets.core.internal.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A parsed INI-style credentials file: {@code ~/.aws/credentials}, {@code ~/.aws/config} or
 * {@code ~/.huaweicloud/credentials}.
 *
 * <ul>
 *   <li>{@code [name]} starts a section (trailing {@code ;} or {@code #} comments allowed); a section seen twice is
 *       merged, later values winning;</li>
 *   <li>{@code name = value}; names are compared case-insensitively; a value ends before whitespace followed by
 *       {@code ;} or {@code #} (an inline comment);</li>
 *   <li>lines starting with {@code #} or {@code ;} and blank lines are ignored;</li>
 *   <li>an indented line under a property with an empty value is one of its sub-properties (AWS config style,
 *       e.g. {@code cloudformation =} followed by an indented {@code endpoint_url = ...}), kept as
 *       {@code parent.name} (here {@code cloudformation.endpoint_url}); any other indented line is read as a
 *       property.</li>
 * </ul>
 *
 * <p>Anything else is malformed: the {@link ConfigFileException} names the file and the 1-based line number but never
 * quotes the line, which may hold a secret. Immutable and thread-safe.
 */
public final class ProfileFile {
  private final Map<String, Map<String, String>> sections;

  private ProfileFile(Map<String, Map<String, String>> sections) {
    this.sections = sections;
  }

  /**
   * Parses the lines of a file.
   *
   * @param fileName the file's name for messages
   * @throws ConfigFileException naming the file and line when a line is malformed
   */
  public static ProfileFile parse(String fileName, List<String> lines) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    Map<String, String> current = null;
    String parent = null;
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      if (i == 0 && raw.startsWith("\uFEFF")) {
        raw = raw.substring(1);
      }
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      boolean indented = raw.charAt(0) == ' ' || raw.charAt(0) == '\t';
      if (line.startsWith("[")) {
        int close = line.indexOf(']');
        if (close < 0) {
          throw malformed(fileName, i, "a section header needs a closing ']'");
        }
        String rest = line.substring(close + 1).strip();
        if (!rest.isEmpty() && !rest.startsWith("#") && !rest.startsWith(";")) {
          throw malformed(fileName, i, "unexpected text after a section header");
        }
        String name = line.substring(1, close).strip();
        if (name.isEmpty()) {
          throw malformed(fileName, i, "empty section name");
        }
        current = sections.computeIfAbsent(name, k -> new LinkedHashMap<>());
        parent = null;
        continue;
      }
      int eq = line.indexOf('=');
      boolean subProperty = indented && parent != null;
      if (eq < 0 && subProperty) {
        continue; // not a setting of ours under an empty-valued property: skipped, as the AWS tools do
      }
      if (eq < 0) {
        throw malformed(fileName, i, "expected '[section]' or 'name = value'");
      }
      String key = line.substring(0, eq).strip();
      if (key.isEmpty()) {
        throw malformed(fileName, i, "a property needs a name before '='");
      }
      if (current == null) {
        throw malformed(fileName, i, "a property before the first [section]");
      }
      String value = stripInlineComment(line.substring(eq + 1)).strip();
      String name = key.toLowerCase(Locale.ROOT);
      if (subProperty) {
        current.put(parent + "." + name, value); // a sub-property of the empty-valued property above
        continue;
      }
      current.put(name, value);
      parent = value.isEmpty() ? name : null;
    }
    return new ProfileFile(sections);
  }

  /** The section's properties (lower-case names), or null when the file has no such section. */
  public Map<String, String> section(String name) {
    Map<String, String> s = sections.get(name);
    return s == null ? null : Collections.unmodifiableMap(s);
  }

  /** Section names in file order. */
  public List<String> sectionNames() {
    return List.copyOf(sections.keySet());
  }

  private static String stripInlineComment(String value) {
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c == '#' || c == ';') && Character.isWhitespace(value.charAt(i - 1))) {
        return value.substring(0, i);
      }
    }
    return value;
  }

  private static ConfigFileException malformed(String fileName, int index, String what) {
    return new ConfigFileException("malformed credentials file " + fileName + ", line " + (index + 1) + ": " + what);
  }
}
