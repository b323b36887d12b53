package dev.stacksets.rfs.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.stacksets.core.internal.util.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitrary RFS reply bodies as JSON text, for {@link StreamingReaderDifferentialTest}: each object's known members
 * (with the values RFS sends, and strings for numbers, integers for times, nulls, blanks, wrong types, values that
 * do not parse) and unknown members of every JSON type (nested, with escapes, non-ASCII and lone surrogates), in any
 * order, some of them repeated; list members that are missing, null, not an array or hold non-objects.
 */
final class RfsBodies {
  private RfsBodies() {}

  /** A JSON string literal: plain text, raw non-ASCII, and every kind of escape. */
  static Arbitrary<String> stringLiteral() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('a', 'z').withChars(" _-.:/0123456789").ofMaxLength(12),
        Arbitraries.of("é", "日志", "😀", "\u2028", "\u007f", "\u0080", "ǅ"),
        Arbitraries.of("\\n", "\\t", "\\r", "\\b", "\\f", "\\\"", "\\\\", "\\/"),
        Arbitraries.integers().between(0, 0xFFFF).map(c -> String.format("\\u%04x", c)),
        Arbitraries.of("\\u0000", "\\u001f", "\\ud800", "\\udc00", "\\ud83d\\ude00", "\\u00e9", "\\u0022"));
    return piece.list().ofMaxSize(4).map(ps -> "\"" + String.join("", ps) + "\"");
  }

  /** A JSON number literal: ints, longs, big integers, fractions and exponents. */
  static Arbitrary<String> numberLiteral() {
    return Arbitraries.oneOf(
        Arbitraries.integers().map(String::valueOf),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.bigIntegers().between(new java.math.BigInteger("-1" + "0".repeat(30)),
            new java.math.BigInteger("1" + "0".repeat(30))).map(String::valueOf),
        Arbitraries.of("0", "-0", "1.0", "1.5", "-0.0", "1e5", "1E2", "1.0e5", "0.1", "1e400", "-1e-400", "2.5E-3",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
            "2147483647", "2147483648", "100000000000000000000", "1684172365210", "-1684172365210",
            "123456789012345678901234567890.5"));
  }

  /** Any JSON value, up to {@code depth} containers deep; objects may repeat a name. */
  static Arbitrary<String> anyValue(int depth) {
    Arbitrary<String> scalar = Arbitraries.oneOf(stringLiteral(), numberLiteral(),
        Arbitraries.of("true", "false", "null"));
    if (depth <= 0) {
      return scalar;
    }
    Arbitrary<String> array = anyValue(depth - 1).list().ofMaxSize(3).map(vs -> "[" + String.join(",", vs) + "]");
    Arbitrary<String> object = Combinators.combine(Arbitraries.of("a", "b", "x_y", "é", ""), anyValue(depth - 1))
        .as((k, v) -> "\"" + k + "\":" + v).list().ofMaxSize(3).map(ms -> "{" + String.join(",", ms) + "}");
    return Arbitraries.frequencyOf(Tuple.of(4, scalar), Tuple.of(1, array),
        Tuple.of(1, object));
  }

  /** A member {@code "name":value}. */
  private static Arbitrary<String> member(String name, Arbitrary<String> value) {
    return value.map(v -> "\"" + name + "\":" + v);
  }

  /** An unknown member: a name no reader knows, any value. */
  static Arbitrary<String> unknownMember() {
    return Combinators.combine(Arbitraries.of("extra", "new_field", "tags", "Stack_Set_Id", "status ", "é_名",
        "a\\\"b", "x\\u0041"), anyValue(2)).as((k, v) -> "\"" + k + "\":" + v);
  }

  /**
   * An object of the given members: each known member absent (a quarter of the time), once, or twice (then usually
   * with different values), a few unknown ones, in any order.
   */
  static Arbitrary<String> object(List<Arbitrary<String>> known) {
    List<Arbitrary<List<String>>> parts = new ArrayList<>();
    for (Arbitrary<String> m : known) {
      parts.add(occurrences(m, 25));
    }
    parts.add(unknownMember().list().ofMaxSize(3));
    return shuffled(parts);
  }

  /** A member absent ({@code absentWeight} in 100), once, or twice. */
  static Arbitrary<List<String>> occurrences(Arbitrary<String> member, int absentWeight) {
    return Arbitraries.frequencyOf(Tuple.of(absentWeight, Arbitraries.just(List.<String>of())),
        Tuple.of(90 - absentWeight, member.map(List::of)), Tuple.of(10, member.list().ofSize(2)));
  }

  private static Arbitrary<String> shuffled(List<Arbitrary<List<String>>> parts) {
    Arbitrary<List<String>> members = Combinators.combine(parts).as(ls -> {
      List<String> all = new ArrayList<>();
      for (List<String> l : ls) {
        all.addAll(l);
      }
      return all;
    });
    return Combinators.combine(members, Arbitraries.randoms()).as((ms, random) -> {
      List<String> shuffled = new ArrayList<>(ms);
      Collections.shuffle(shuffled, random);
      return "{" + String.join(",", shuffled) + "}";
    });
  }

  /** Values for a text member: mostly strings, any JSON value sometimes. */
  static Arbitrary<String> textValue() {
    return Arbitraries.frequencyOf(Tuple.of(6, stringLiteral()),
        Tuple.of(1, Arbitraries.just("null")), Tuple.of(2, anyValue(2)));
  }

  /** Values for a time member. */
  static Arbitrary<String> timeValue() {
    Arbitrary<String> valid = Arbitraries.of("\"2023-05-15T17:39:25.210Z\"", "\"2023-05-15T17:39:25Z\"",
        "\"2023-05-15T17:39:25+08:00\"", "\"2023-05-15T17:39:25\"", "1684172365210", "null", "\"\"",
        "\"\\u0032023-05-15T17:39:25.210Z\"");
    return Arbitraries.frequencyOf(Tuple.of(8, valid), Tuple.of(2, anyTime()));
  }

  private static Arbitrary<String> anyTime() {
    return Arbitraries.oneOf(
        Arbitraries.of("\"2023-05-15T17:39:25.210Z\"", "\"2023-05-15T17:39:25Z\"", "\"2023-05-15T17:39:25+08:00\"",
            "\"2023-05-15T17:39:25.123456789-03:30\"", "\"2023-05-15T17:39:25\"", "\" 2023-05-15T17:39:25.1Z \"",
            "\"2023-02-30T00:00:00Z\"", "\"2024-02-29T23:59:60Z\"", "\"+12023-05-15T17:39:25Z\"", "\"\"", "\"  \"",
            "\"garbage\"", "\"1684172365210\"", "1684172365210", "-1", "0", "-0", "9223372036854775807",
            "-9223372036854775808", "99999999999999999999999", "-31556889864403199000", "1.5", "1e3", "true",
            "null", "{}", "[1]", "{\"a\":\"2023-05-15T17:39:25Z\"}"),
        anyValue(1));
  }

  /** Values for a whole-number member. */
  static Arbitrary<String> numberValue() {
    Arbitrary<String> valid = Arbitraries.of("1", "0", "-1", "\"2\"", "\" 3 \"", "2147483647", "null");
    return Arbitraries.frequencyOf(Tuple.of(8, valid), Tuple.of(2, anyNumber()));
  }

  private static Arbitrary<String> anyNumber() {
    return Arbitraries.oneOf(
        Arbitraries.of("1", "\"2\"", "\" 3 \"", "\"x\"", "\"\"", "1.0", "2147483647", "2147483648", "-2147483649",
            "9223372036854775807", "9223372036854775808", "\"9223372036854775808\"", "-5", "null", "true",
            "\"true\"", "[]", "{\"a\":1}", "\"\\u0031\"", "\"a\\nb\""),
        anyValue(1));
  }

  /** Values for a boolean member. */
  static Arbitrary<String> boolValue() {
    Arbitrary<String> valid = Arbitraries.of("true", "false", "\"TRUE\"", "\" false \"", "null");
    return Arbitraries.frequencyOf(Tuple.of(8, valid), Tuple.of(2, anyBool()));
  }

  private static Arbitrary<String> anyBool() {
    return Arbitraries.oneOf(
        Arbitraries.of("true", "false", "\"TRUE\"", "\" false \"", "\"yes\"", "1", "null", "{}", "[]", "0.0",
            "\"tru\\u0065\"", "\"\""),
        anyValue(1));
  }

  /** Values for a list-of-strings member. */
  static Arbitrary<String> stringsValue() {
    return Arbitraries.oneOf(
        textValue().list().ofMaxSize(4).map(vs -> "[" + String.join(",", vs) + "]"),
        Arbitraries.of("null", "\"cn-north-5\"", "[]", "[null]", "1", "{\"a\":[1]}"),
        anyValue(2));
  }

  /** A nested object member's value: mostly the object, sometimes another type. */
  private static Arbitrary<String> nested(Arbitrary<String> object) {
    return Arbitraries.frequencyOf(Tuple.of(5, object),
        Tuple.of(1, anyValue(1)));
  }

  static Arbitrary<String> pageInfo() {
    return object(List.of(member("next_marker", textValue()), member("previous_marker", textValue()),
        member("current_count", numberValue())));
  }

  static Arbitrary<String> managedOperation() {
    return object(List.of(member("enable_parallel_operation", boolValue())));
  }

  static Arbitrary<String> stackSet() {
    return object(List.of(member("stack_set_id", textValue()), member("stack_set_name", textValue()),
        member("stack_set_description", textValue()), member("permission_model", textValue()),
        member("status", textValue()), member("create_time", timeValue()), member("update_time", timeValue()),
        member("initial_stack_description", textValue()), member("administration_agency_name", textValue()),
        member("administration_agency_urn", textValue()), member("managed_agency_name", textValue()),
        member("vars_uri_content", textValue()), member("vars_body", textValue()),
        member("managed_operation", nested(managedOperation())),
        member("organizational_unit_ids", stringsValue())));
  }

  static Arbitrary<String> deploymentTargets() {
    return object(List.of(member("regions", stringsValue()), member("domain_ids", stringsValue()),
        member("domain_ids_uri", textValue()), member("organizational_unit_ids", stringsValue()),
        member("domain_id_filter_type", textValue())));
  }

  static Arbitrary<String> operationPreferences() {
    return object(List.of(member("region_concurrency_type", textValue()), member("region_order", stringsValue()),
        member("failure_tolerance_count", numberValue()), member("failure_tolerance_percentage", numberValue()),
        member("max_concurrent_count", numberValue()), member("max_concurrent_percentage", numberValue()),
        member("failure_tolerance_mode", textValue())));
  }

  static Arbitrary<String> operation() {
    return object(List.of(member("operation_id", textValue()), member("stack_set_operation_id", textValue()),
        member("stack_set_id", textValue()), member("stack_set_name", textValue()), member("action", textValue()),
        member("status", textValue()), member("status_message", textValue()), member("create_time", timeValue()),
        member("update_time", timeValue()), member("administration_agency_name", textValue()),
        member("administration_agency_urn", textValue()), member("managed_agency_name", textValue()),
        member("deployment_targets", nested(deploymentTargets())),
        member("operation_preferences", nested(operationPreferences()))));
  }

  static Arbitrary<String> varOverrides() {
    return object(List.of(member("vars_uri", textValue()), member("vars_body", textValue()),
        member("use_stack_set_vars", stringsValue())));
  }

  static Arbitrary<String> instance() {
    return object(List.of(member("stack_set_id", textValue()), member("stack_set_name", textValue()),
        member("status", textValue()), member("status_message", textValue()), member("stack_id", textValue()),
        member("stack_name", textValue()), member("stack_domain_id", textValue()),
        member("latest_stack_set_operation_id", textValue()), member("region", textValue()),
        member("create_time", timeValue()), member("update_time", timeValue()),
        member("var_overrides", nested(varOverrides()))));
  }

  /** A List reply: the list member (usually an array of items, sometimes with non-objects, null or another type). */
  static Arbitrary<String> page(String itemsKey, Arbitrary<String> item) {
    Arbitrary<String> element = Arbitraries.frequencyOf(Tuple.of(8, item),
        Tuple.of(1, anyValue(1)));
    Arbitrary<String> list = Arbitraries.frequencyOf(
        Tuple.of(10, element.list().ofMaxSize(4).map(es -> "[" + String.join(",", es) + "]")),
        Tuple.of(1, anyValue(1)));
    List<Arbitrary<List<String>>> parts = new ArrayList<>();
    parts.add(occurrences(member(itemsKey, list), 5));
    parts.add(occurrences(member("page_info", nested(pageInfo())), 25));
    parts.add(unknownMember().list().ofMaxSize(3));
    return Arbitraries.frequencyOf(Tuple.of(20, shuffled(parts)),
        Tuple.of(1, anyValue(2)), // not an object at all
        Tuple.of(1, Arbitraries.of("", " ", "\n", "{}", "{} x", "[] {", "{\"" + itemsKey + "\":[]}}",
            "\uFEFF{\"" + itemsKey + "\":[]}", "{\"" + itemsKey + "\":[]} {", "null", "\"x\"", "1.5", "[{}]")));
  }

  /** The members whose value the readers read as an object or array of their own. */
  private static final Set<String> CONTAINER_MEMBERS = Set.of("stack_set_operations", "stack_sets",
      "stack_instances", "page_info", "managed_operation", "organizational_unit_ids", "deployment_targets",
      "operation_preferences", "regions", "domain_ids", "region_order", "var_overrides", "use_stack_set_vars");
  /** The list members, whose elements are items (objects). */
  private static final Set<String> LIST_MEMBERS = Set.of("stack_set_operations", "stack_sets", "stack_instances");

  /**
   * {@code json} made plain, for the fast parser's subset ({@link FastJsonParser}): the same tokens in the same
   * order, with texts and names stripped of every character but printable ASCII without {@code "} and {@code \},
   * fractions truncated to integers and integers cut to at most 18 digits; a third of them pretty-printed (spaces and
   * line breaks between tokens). Half of them also flattened: a container where the readers read no container (in
   * an unknown member, where text is expected), on which the fast parser gives up, becomes the text {@code "c"}. A
   * body that is not one JSON value is returned as it is.
   */
  static String plain(String json) {
    StringWriter out = new StringWriter();
    boolean flatten = (json.hashCode() >>> 4 & 1) == 0;
    try (JsonParser p = Json.factory().createParser(json);
        JsonGenerator g = Json.factory().createGenerator(out)) {
      if (Math.floorMod(json.hashCode(), 3) == 0) {
        g.useDefaultPrettyPrinter();
      }
      java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>(); // "{" or "[" + the member's name
      String name = "";
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case FIELD_NAME -> {
            name = plainText(p.currentName());
            g.writeFieldName(name);
          }
          case VALUE_STRING -> g.writeString(plainText(p.getText()));
          case VALUE_NUMBER_INT -> g.writeNumber(upTo18Digits(p.getBigIntegerValue().longValue()));
          case VALUE_NUMBER_FLOAT -> g.writeNumber(upTo18Digits((long) p.getDoubleValue()));
          case START_OBJECT, START_ARRAY -> {
            String parent = open.peek();
            boolean read = parent == null || parent.equals("{") && CONTAINER_MEMBERS.contains(name)
                || parent.startsWith("[") && LIST_MEMBERS.contains(parent.substring(1))
                && t == JsonToken.START_OBJECT;
            if (flatten && !read) {
              p.skipChildren();
              g.writeString("c");
            } else {
              g.copyCurrentEvent(p);
              open.push(t == JsonToken.START_OBJECT ? "{" : "[" + name);
            }
          }
          case END_OBJECT, END_ARRAY -> {
            open.pop();
            g.copyCurrentEvent(p);
          }
          default -> g.copyCurrentEvent(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      return json;
    }
    return out.toString();
  }

  private static String plainText(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c <= 0x7E && c != '"' && c != '\\') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static long upTo18Digits(long v) {
    return v > 999_999_999_999_999_999L || v < -999_999_999_999_999_999L ? v / 100 : v;
  }

  /** A write reply carrying {@code key}. */
  static Arbitrary<String> started(String key) {
    List<Arbitrary<List<String>>> parts = new ArrayList<>();
    parts.add(occurrences(member(key, textValue()), 10));
    parts.add(unknownMember().list().ofMaxSize(3));
    return Arbitraries.frequencyOf(Tuple.of(20, shuffled(parts)), Tuple.of(1, anyValue(2)));
  }
}
