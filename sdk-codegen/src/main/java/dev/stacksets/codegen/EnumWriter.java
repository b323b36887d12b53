package dev.stacksets.codegen;

import java.util.List;

/** Writes the source of one open enum: the shape the hand-written open enums had. */
final class EnumWriter {
  private EnumWriter() {}

  /**
   * The enum's source.
   *
   * @param constants name and Javadoc text of each known constant, in order
   */
  static String source(String pkg, String name, String doc, List<String[]> constants) {
    StringBuilder out = new StringBuilder();
    out.append("package ").append(pkg).append(";\n\n")
        .append("import dev.stacksets.core.internal.util.OpenEnums;\n")
        .append("import java.util.Collections;\n")
        .append("import java.util.Map;\n")
        .append("import java.util.Set;\n")
        .append("import org.jspecify.annotations.Nullable;\n\n");
    javadoc(out, "", doc);
    out.append("@javax.annotation.processing.Generated(\"dev.stacksets.codegen.ModelProcessor\")\n");
    out.append("public enum ").append(name).append(" {\n");
    for (String[] c : constants) {
      javadoc(out, "  ", c[1].isEmpty() ? "{@code " + c[0] + "}." : c[1]);
      out.append("  ").append(c[0]).append("(\"").append(c[0]).append("\"),\n");
    }
    out.append("""
          /** A value this SDK version does not know; the model keeps the raw string (see its {@code ...AsString()}). */
          UNKNOWN_TO_SDK_VERSION(null);

          private static final Map<String, %1$s> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

          private final @Nullable String value;

          %1$s(@Nullable String value) {
            this.value = value;
          }

          /** The wire value, or null for {@link #UNKNOWN_TO_SDK_VERSION}. */
          public @Nullable String value() {
            return value;
          }

          /**
           * Maps a wire value (case-sensitive, as the service documents it) to a constant.
           *
           * @param value the value as the service sends it
           * @return null for null, {@link #UNKNOWN_TO_SDK_VERSION} for a value this SDK version does not know
           */
          public static @Nullable %1$s fromValue(@Nullable String value) {
            return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
          }

          /** Every constant except {@link #UNKNOWN_TO_SDK_VERSION}; unmodifiable. */
          public static Set<%1$s> knownValues() {
            return Collections.unmodifiableSet(OpenEnums.known(%1$s.class, UNKNOWN_TO_SDK_VERSION));
          }

          /** The wire value ({@code UNKNOWN_TO_SDK_VERSION} for the unknown constant). */
          @Override
          public String toString() {
            return value == null ? name() : value;
          }
        }
        """.formatted(name));
    return out.toString();
  }

  private static void javadoc(StringBuilder out, String indent, String text) {
    String[] lines = text.strip().split("\n", -1);
    if (lines.length == 1) {
      out.append(indent).append("/** ").append(lines[0].strip()).append(" */\n");
      return;
    }
    out.append(indent).append("/**\n");
    for (String l : lines) {
      String s = l.stripTrailing();
      s = s.startsWith(" ") ? s.substring(1) : s;
      out.append(indent).append(s.isEmpty() ? " *" : " * " + s).append('\n');
    }
    out.append(indent).append(" */\n");
  }
}
