package dev.stacksets.codegen;

import java.util.List;

/**
 * Writes the source of one model class: the shape the hand-written models had (private final fields, a private
 * constructor from the builder, {@code builder()}, {@code toBuilder()}, accessors without {@code get}, equals,
 * hashCode, a {@code toString()} through {@code ModelText}, and a nested mutable {@code Builder}).
 */
final class ModelWriter {
  private static final String NULLABLE = "@Nullable ";

  private final String pkg;
  private final String name;
  private final List<String> imports;
  private final String doc;
  private final List<FieldSpec> fields;
  private final List<String> extras;
  private final boolean additional;
  private final StringBuilder out = new StringBuilder();

  ModelWriter(String pkg, String name, List<String> imports, String doc, List<FieldSpec> fields,
      List<String> extras, boolean additional) {
    this.pkg = pkg;
    this.name = name;
    this.imports = imports;
    this.doc = doc;
    this.fields = fields;
    this.extras = extras;
    this.additional = additional;
  }

  String source() {
    line("package " + pkg + ";");
    line("");
    for (String i : imports) {
      line("import " + i + ";");
    }
    if (!imports.contains("org.jspecify.annotations.Nullable")) {
      line("import org.jspecify.annotations.Nullable;");
    }
    line("");
    javadoc("", doc);
    line("@javax.annotation.processing.Generated(\"dev.stacksets.codegen.ModelProcessor\")");
    line("public final class " + name + " {");
    for (FieldSpec f : fields) {
      line("  private final " + stored(f) + " " + f.name() + ";");
    }
    if (additional) {
      line("  private final java.util.Map<String, String> additionalFields;");
    }
    line("");
    line("  private " + name + "(Builder b) {");
    for (FieldSpec f : fields) {
      String v = "b." + f.name();
      if (isList(f)) {
        v = f.presence() ? v + " == null ? null : java.util.List.copyOf(" + v + ")" : "java.util.List.copyOf(" + v + ")";
      } else if (isMetadata(f)) {
        v = v + " == null ? " + f.type() + ".none() : " + v;
      }
      line("    this." + f.name() + " = " + v + ";");
    }
    if (additional) {
      line("    this.additionalFields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>("
          + "b.additionalFields));");
    }
    line("  }");
    line("");
    line("  /** Returns a new, empty builder. */");
    line("  public static Builder builder() {");
    line("    return new Builder();");
    line("  }");
    line("");
    line("  /** Returns a builder holding this object's values. */");
    line("  public Builder toBuilder() {");
    line("    Builder b = new Builder();");
    for (FieldSpec f : fields) {
      String v = f.name();
      if (isList(f)) {
        v = f.presence() ? v + " == null ? null : new java.util.ArrayList<>(" + v + ")" : "new java.util.ArrayList<>(" + v + ")";
      }
      line("    b." + f.name() + " = " + v + ";");
    }
    if (additional) {
      line("    b.additionalFields.putAll(additionalFields);");
    }
    line("    return b;");
    line("  }");
    for (FieldSpec f : fields) {
      accessors(f);
    }
    if (additional) {
      line("");
      line("  /** JSON fields this SDK version does not model, by name, each as its raw JSON text (e.g. {@code \"\\\"x\\\"\"} "
          + "or {@code \"{...}\"}); empty when there are none. Unmodifiable. */");
      line("  public java.util.Map<String, String> additionalFields() {");
      line("    return additionalFields;");
      line("  }");
    }
    equalsHashCodeToString();
    builder();
    line("}");
    return out.toString();
  }

  /**
   * Whether the field is a reply's transport metadata: never null (defaulted to {@code ResponseMetadata.none()}) and
   * left out of equals and hashCode, which compare the data only.
   */
  private static boolean isMetadata(FieldSpec f) {
    return f.type().equals("ResponseMetadata");
  }

  private static boolean isList(FieldSpec f) {
    return f.kind() == FieldSpec.Kind.LIST || f.kind() == FieldSpec.Kind.ENUM_LIST;
  }

  /** The type of the private field: open enums are kept as their wire strings. */
  private static String stored(FieldSpec f) {
    return switch (f.kind()) {
      case ENUM -> "String";
      case ENUM_LIST -> "List<String>";
      default -> f.type();
    };
  }

  private static String nullable(FieldSpec f) {
    return f.nullable() ? NULLABLE : "";
  }

  private void accessors(FieldSpec f) {
    String n = f.name();
    line("");
    switch (f.kind()) {
      case VALUE, NESTED -> {
        javadoc("  ", f.doc());
        line("  public " + nullable(f) + f.type() + " " + n + "() {");
        line("    return " + n + ";");
        line("  }");
      }
      case ENUM -> {
        javadoc("  ", f.doc() + "\n\n<p>Null when absent; {@link " + f.type() + "#UNKNOWN_TO_SDK_VERSION} for a value "
            + "this SDK does not know (see {@link #" + n + "AsString()}).");
        line("  public @Nullable " + f.type() + " " + n + "() {");
        line("    return " + f.type() + ".fromValue(" + n + ");");
        line("  }");
        line("");
        javadoc("  ", firstSentence(f.doc()) + " The raw value as sent, or null when absent.");
        line("  public @Nullable String " + n + "AsString() {");
        line("    return " + n + ";");
        line("  }");
      }
      case LIST -> {
        javadoc("  ", f.doc() + "\n\n<p>Unmodifiable; empty when absent"
            + (f.presence() ? " (see {@link #has" + f.capitalized() + "()})." : "."));
        line("  public " + f.type() + " " + n + "() {");
        line("    return " + (f.presence() ? n + " == null ? List.of() : " + n : n) + ";");
        line("  }");
      }
      case ENUM_LIST -> {
        String e = f.elementType();
        javadoc("  ", f.doc() + "\n\n<p>Unmodifiable; empty when absent; unknown values map to {@link " + e
            + "#UNKNOWN_TO_SDK_VERSION}.");
        line("  public " + f.type() + " " + n + "() {");
        line("    return " + stringsOf(f) + ".stream().map(" + e + "::fromValue)"
            + ".collect(java.util.stream.Collectors.toUnmodifiableList());");
        line("  }");
        line("");
        javadoc("  ", firstSentence(f.doc()) + " The raw values as sent; unmodifiable, empty when absent.");
        line("  public List<String> " + n + "AsStrings() {");
        line("    return " + stringsOf(f) + ";");
        line("  }");
      }
      default -> throw new IllegalStateException(f.kind().toString());
    }
    if (f.presence()) {
      line("");
      line("  /** True when {@code " + n + "} was present (possibly empty), false when it was absent. */");
      line("  public boolean has" + f.capitalized() + "() {");
      line("    return " + n + " != null;");
      line("  }");
    }
  }

  private static String stringsOf(FieldSpec f) {
    return f.presence() ? "(" + f.name() + " == null ? List.<String>of() : " + f.name() + ")" : f.name();
  }

  /** The value equals, hashCode and toString compare: a present-but-empty list equals an absent one. */
  private static String compared(FieldSpec f) {
    if (f.kind() == FieldSpec.Kind.ENUM_LIST) {
      return f.name() + "AsStrings()";
    }
    return f.kind() == FieldSpec.Kind.LIST && f.presence() ? f.name() + "()" : f.name();
  }

  private void equalsHashCodeToString() {
    line("");
    line("  @Override");
    line("  public boolean equals(@Nullable Object other) {");
    line("    if (this == other) {");
    line("      return true;");
    line("    }");
    line("    if (!(other instanceof " + name + " o)) {");
    line("      return false;");
    line("    }");
    StringBuilder eq = new StringBuilder();
    StringBuilder hash = new StringBuilder();
    for (FieldSpec f : fields) {
      if (isMetadata(f)) {
        continue;
      }
      String c = compared(f);
      eq.append(eq.length() == 0 ? "    return " : "\n        && ")
          .append("java.util.Objects.equals(").append(c).append(", o.").append(c).append(")");
      hash.append(hash.length() == 0 ? "" : ", ").append(c);
    }
    if (additional) {
      eq.append(eq.length() == 0 ? "    return " : "\n        && ").append("additionalFields.equals(o.additionalFields)");
      hash.append(hash.length() == 0 ? "" : ", ").append("additionalFields");
    }
    line(eq.length() == 0 ? "    return true;" : eq + ";");
    line("  }");
    line("");
    line("  @Override");
    line("  public int hashCode() {");
    line("    return java.util.Objects.hash(" + hash + ");");
    line("  }");
    line("");
    line("  /** The set fields only, in declaration order; secrets shown by length or mask, never by value. */");
    line("  @Override");
    line("  public String toString() {");
    line("    return new dev.stacksets.core.internal.util.ModelText(\"" + name + "\")");
    for (FieldSpec f : fields) {
      String n = f.name();
      Redacted r = f.redacted();
      if (r != null && !r.mask().isEmpty()) {
        line("        .add(\"" + n + "\", " + n + " == null ? null : \"" + r.mask() + "\")");
      } else if (r != null) {
        line("        .addLength(\"" + n + "\", " + n + ", \"" + r.before() + "\", \"" + r.after() + "\")");
      } else if (isList(f) && !f.presence()) {
        line("        .addIfAny(\"" + n + "\", " + n + ")");
      } else {
        line("        .add(\"" + n + "\", " + n + ")");
      }
    }
    if (additional) {
      line("        .addIfAny(\"additionalFields\", additionalFields.keySet())");
    }
    line("        .toString();");
    line("  }");
  }

  private void builder() {
    line("");
    line("  /** Mutable builder of {@link " + name + "}; not thread-safe. */");
    line("  public static final class Builder {");
    for (FieldSpec f : fields) {
      String init = isList(f) && !f.presence() ? " = new java.util.ArrayList<>()" : "";
      line("    private " + (f.kind() == FieldSpec.Kind.ENUM_LIST ? "List<String>" : stored(f)) + " " + f.name()
          + init + ";");
    }
    if (additional) {
      line("    private final java.util.Map<String, String> additionalFields = new java.util.LinkedHashMap<>();");
    }
    line("");
    line("    private Builder() {}");
    for (FieldSpec f : fields) {
      setters(f);
    }
    if (additional) {
      line("");
      line("    /** Replaces the additional fields (name to raw JSON text); null clears them. */");
      line("    public Builder additionalFields(java.util.@Nullable Map<String, String> fields) {");
      line("      ModelSupport.replaceAdditional(additionalFields, fields);");
      line("      return this;");
      line("    }");
      line("");
      line("    /** Adds one additional field (name to raw JSON text). */");
      line("    public Builder putAdditionalField(String name, String json) {");
      line("      ModelSupport.putAdditional(additionalFields, name, json);");
      line("      return this;");
      line("    }");
    }
    for (String e : extras) {
      line("");
      out.append(e);
    }
    line("");
    line("    /** Builds the immutable object. */");
    line("    public " + name + " build() {");
    line("      return new " + name + "(this);");
    line("    }");
    line("  }");
  }

  private void setters(FieldSpec f) {
    String n = f.name();
    String d = builderDoc(f.doc());
    line("");
    switch (f.kind()) {
      case VALUE, NESTED -> {
        javadoc("    ", d);
        setter(n, nullable(f) + f.type() + " value", "this." + n + " = value;");
        if (f.kind() == FieldSpec.Kind.NESTED) {
          line("");
          javadoc("    ", d + "\n\n<p>Built in place by {@code consumer}.");
          setter(n, "java.util.function.Consumer<" + f.type() + ".Builder> consumer",
              "this." + n + " = ModelSupport.consume(consumer, " + f.type() + ".builder(), \"" + n + "\").build();");
        }
      }
      case ENUM -> {
        javadoc("    ", d + "\n\n<p>{@link " + f.type() + "#UNKNOWN_TO_SDK_VERSION} is refused: use the raw-string setter.");
        setter(n, "@Nullable " + f.type() + " value", "this." + n + " = ModelSupport.wire(value, \"" + n + "\");");
        line("");
        javadoc("    ", d + "\n\n<p>As the raw wire string, kept as is even when this SDK does not know it.");
        setter(n, "@Nullable String value", "this." + n + " = value;");
      }
      case LIST -> {
        String e = f.elementType();
        javadoc("    ", d + "\n\n<p>Replaces the list with a copy of {@code values}; null clears it; a null element is "
            + "refused.");
        setter(n, "java.util.@Nullable Collection<? extends " + e + "> values",
            "this." + n + " = ModelSupport.copy(values, \"" + n + "\", " + !f.presence() + ");");
        line("");
        javadoc("    ", d + "\n\n<p>Replaces the list with {@code values}; null clears it.");
        setter(n, e + " @Nullable ... values",
            "return " + n + "(values == null ? null : java.util.Arrays.asList(values));");
        line("");
        javadoc("    ", d + "\n\n<p>Appends one element; null is refused.");
        setter("add" + f.singular(), e + " value", "this." + n + " = ModelSupport.add(" + n + ", value, \"" + n + "\");");
      }
      case ENUM_LIST -> {
        String e = f.elementType();
        javadoc("    ", d + "\n\n<p>Replaces the list; null clears it; null and {@code UNKNOWN_TO_SDK_VERSION} are "
            + "refused.");
        setter(n, "java.util.@Nullable Collection<" + e + "> values",
            "this." + n + " = ModelSupport.wireAll(values, \"" + n + "\", " + !f.presence() + ");");
        line("");
        javadoc("    ", d + "\n\n<p>Replaces the list; null clears it.");
        setter(n, e + " @Nullable ... values",
            "return " + n + "(values == null ? null : java.util.Arrays.asList(values));");
        line("");
        javadoc("    ", d + "\n\n<p>As raw wire strings; replaces the list; null clears it.");
        setter(n + "WithStrings", "java.util.@Nullable Collection<String> values",
            "this." + n + " = ModelSupport.copy(values, \"" + n + "\", " + !f.presence() + ");");
      }
      default -> throw new IllegalStateException(f.kind().toString());
    }
  }

  /** A builder method that passes the result of a spec's static method to a generated setter. */
  static String builderMethod(String doc, String method, String params, String setter, String call) {
    ModelWriter w = new ModelWriter("", "", List.of(), "", List.of(), List.of(), false);
    w.javadoc("    ", doc);
    w.line("    public Builder " + method + "(" + params + ") {");
    w.line("      return " + setter + "(" + call + ");");
    w.line("    }");
    return w.out.toString();
  }

  private void setter(String method, String param, String body) {
    boolean returns = body.startsWith("return ");
    line("    public Builder " + method + "(" + param + ") {");
    line("      " + body);
    if (!returns) {
      line("      return this;");
    }
    line("    }");
  }

  /** The field's doc for the builder: links to the model's own members point at the model class. */
  private String builderDoc(String d) {
    return d.replace("{@link #", "{@link " + name + "#").replace("{@linkplain #", "{@linkplain " + name + "#");
  }

  private static String firstSentence(String d) {
    int end = d.indexOf(". ");
    String s = end < 0 ? d : d.substring(0, end + 1);
    int tag = s.indexOf("\n@");
    s = (tag < 0 ? s : s.substring(0, tag)).strip();
    return s.endsWith(".") ? s : s + ".";
  }

  private void javadoc(String indent, String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      t = "See the model's documentation.";
    }
    String[] lines = t.split("\n", -1);
    if (lines.length == 1) {
      line(indent + "/** " + t + " */");
      return;
    }
    line(indent + "/**");
    for (String l : lines) {
      String s = l.stripTrailing();
      s = s.startsWith(" ") ? s.substring(1) : s;
      line(indent + (s.isEmpty() ? " *" : " * " + s));
    }
    line(indent + " */");
  }

  private void line(String s) {
    out.append(s).append('\n');
  }

  /** The package-private helpers every generated builder of {@code pkg} calls; messages name the field. */
  static String support(String pkg) {
    return """
        package %s;

        import java.util.ArrayList;
        import java.util.Collection;
        import java.util.List;
        import java.util.Map;
        import java.util.function.Consumer;
        import org.jspecify.annotations.Nullable;

        /** The argument checks of this package's model builders, written once. Stateless. */
        @javax.annotation.processing.Generated("dev.stacksets.codegen.ModelProcessor")
        final class ModelSupport {
          private ModelSupport() {}

          /** A mutable copy of {@code values}; for null, an empty list or null (when absence is kept). */
          static <T> @Nullable List<T> copy(@Nullable Collection<? extends T> values, String name, boolean emptyForNull) {
            if (values == null) {
              return emptyForNull ? new ArrayList<>() : null;
            }
            List<T> out = new ArrayList<>(values.size());
            for (T v : values) {
              out.add(element(v, name));
            }
            return out;
          }

          /** {@code list} (created when null) with {@code value} appended. */
          static <T> List<T> add(@Nullable List<T> list, T value, String name) {
            List<T> out = list == null ? new ArrayList<>() : list;
            out.add(element(value, name));
            return out;
          }

          private static <T> T element(@Nullable T value, String name) {
            if (value == null) {
              throw new IllegalArgumentException(name + " must not contain null");
            }
            return value;
          }

          /** The wire value of an open-enum constant, or null for null; {@code UNKNOWN_TO_SDK_VERSION} is refused. */
          static @Nullable String wire(@Nullable Enum<?> value, String name) {
            if (value == null) {
              return null;
            }
            if (value.name().equals("UNKNOWN_TO_SDK_VERSION")) {
              throw new IllegalArgumentException(name + ": UNKNOWN_TO_SDK_VERSION has no wire value; pass the raw string");
            }
            return value.toString();
          }

          /** The wire values of open-enum constants; null and {@code UNKNOWN_TO_SDK_VERSION} are refused. */
          static @Nullable List<String> wireAll(@Nullable Collection<? extends Enum<?>> values, String name,
              boolean emptyForNull) {
            if (values == null) {
              return emptyForNull ? new ArrayList<>() : null;
            }
            List<String> out = new ArrayList<>(values.size());
            for (Enum<?> v : values) {
              out.add(wire(element(v, name), name));
            }
            return out;
          }

          /** Hands {@code builder} to {@code consumer} and returns it; a null consumer is refused. */
          static <B> B consume(@Nullable Consumer<B> consumer, B builder, String name) {
            if (consumer == null) {
              throw new IllegalArgumentException(name + " consumer cannot be null");
            }
            consumer.accept(builder);
            return builder;
          }

          /** Replaces the additional fields with {@code fields}; null clears them. */
          static void replaceAdditional(Map<String, String> target, @Nullable Map<String, String> fields) {
            target.clear();
            if (fields != null) {
              fields.forEach((name, json) -> putAdditional(target, name, json));
            }
          }

          /** Adds one additional field; the name and JSON text are required. */
          static void putAdditional(Map<String, String> target, @Nullable String name, @Nullable String json) {
            if (name == null || json == null) {
              throw new IllegalArgumentException("additionalFields: name and JSON text are required");
            }
            target.put(name, json);
          }
        }
        """.formatted(pkg);
  }
}
