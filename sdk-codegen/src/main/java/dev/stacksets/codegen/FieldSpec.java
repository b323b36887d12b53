package dev.stacksets.codegen;

/**
 * One field of a model spec, as the processor read it.
 *
 * @param name the Java name (accessor and setter)
 * @param type the declared type as written in the spec, without {@code @Nullable}
 * @param nullable whether the spec marks it {@code @Nullable}
 * @param doc the field's Javadoc text (may be empty)
 * @param redacted how {@code toString()} hides it, or null when shown
 * @param presence whether a list keeps absent apart from empty ({@code hasX()})
 * @param kind what kind of field it is
 */
record FieldSpec(String name, String type, boolean nullable, String doc, Redacted redacted, boolean presence,
    Kind kind) {

  /** The kinds of field, each with its own accessors and setters. */
  enum Kind {
    /** A plain value: String, Integer, Boolean, Instant, or a hand-written type. */
    VALUE,
    /** Another generated model: also gets a {@code Consumer<Builder>} setter. */
    NESTED,
    /** An open enum, kept as its wire string: {@code x()}, {@code xAsString()}, and two setters. */
    ENUM,
    /** A list: copied in, unmodifiable out, empty when absent. */
    LIST,
    /** A list of open-enum values, kept as wire strings: {@code x()}, {@code xAsStrings()}. */
    ENUM_LIST
  }

  static FieldSpec of(String name, String type, boolean nullable, String doc, Redacted redacted, boolean presence,
      Kind kind) {
    return new FieldSpec(name, type, nullable, doc, redacted, presence, kind);
  }

  /** The name with its first letter upper-cased. */
  String capitalized() {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** The list's element type. */
  String elementType() {
    return type.substring(type.indexOf('<') + 1, type.lastIndexOf('>')).trim();
  }

  /** The singular of a list's name, for its {@code addX} setter: {@code regions -> region}, {@code statuses -> status}. */
  String singular() {
    String c = capitalized();
    if (c.endsWith("uses") || c.endsWith("sses")) {
      return c.substring(0, c.length() - 2);
    }
    if (c.endsWith("ies")) {
      return c.substring(0, c.length() - 3) + "y";
    }
    if (c.endsWith("s") && !c.endsWith("ss")) {
      return c.substring(0, c.length() - 1);
    }
    return c;
  }
}
