package dev.stacksets.rfs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.stacksets.core.internal.util.Json;
import dev.stacksets.core.testing.BodyMutations;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The {@link FastJsonParser} alone against Jackson's parser: on generated JSON within its subset (any nesting,
 * whitespace, names and texts of printable ASCII, integers up to 18 digits) both give the same tokens, texts and
 * numbers, also when members are skipped; on anything (JSON of every kind, mutated bodies) it either gives up with
 * {@link FastJsonParser.Unsupported} or reads what Jackson's parser reads, never something Jackson's parser refuses.
 */
class FastJsonParserTest {
  private static final KnownNames NAMES = new KnownNames("a", "status", "status_message", "stack_set_id",
      "create_time");

  /** A string of the subset: printable ASCII without {@code "} and {@code \}. */
  private static Arbitrary<String> plainText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange(' ', '~').excludeChars('"', '\\').ofMaxLength(20),
        Arbitraries.of("", "a", "status", "status_message", "stack_set_id", "create_time", "stat", "statusx",
            "2023-05-15T17:39:25.210Z", "2023-05-15T17:40:07.210Z", "0a1b2c3d-0000-4000-8000-000000000001"));
  }

  private static Arbitrary<String> integer() {
    return Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf),
        Arbitraries.longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L).map(String::valueOf),
        Arbitraries.of("0", "-0", "2147483647", "2147483648", "-2147483648", "-2147483649", "999999999999999999",
            "-999999999999999999"));
  }

  private static Arbitrary<String> whitespace() {
    return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("")),
        Tuple.of(1, Arbitraries.strings().withChars(' ', '\n', '\r', '\t').ofMinLength(1).ofMaxLength(3)));
  }

  /** A value of the subset, up to {@code depth} containers deep, with whitespace anywhere between tokens. */
  private static Arbitrary<String> value(int depth) {
    Arbitrary<String> scalar = Arbitraries.oneOf(plainText().map(s -> "\"" + s + "\""), integer(),
        Arbitraries.of("true", "false", "null"));
    if (depth <= 0) {
      return scalar;
    }
    Arbitrary<String> element = Combinators.combine(whitespace(), value(depth - 1), whitespace())
        .as((a, v, b) -> a + v + b);
    Arbitrary<String> array = element.list().ofMaxSize(4).map(vs -> "[" + String.join(",", vs) + "]");
    return Arbitraries.frequencyOf(Tuple.of(3, scalar), Tuple.of(1, array), Tuple.of(2, object(depth - 1)));
  }

  private static Arbitrary<String> object(int depth) {
    Arbitrary<String> member = Combinators.combine(whitespace(), plainText(), whitespace(), whitespace(),
        value(depth), whitespace()).as((a, k, b, c, v, d) -> a + "\"" + k + "\"" + b + ":" + c + v + d);
    return member.list().ofMaxSize(5).map(ms -> "{" + String.join(",", ms) + "}");
  }

  @Provide
  Arbitrary<String> subset() {
    return Combinators.combine(whitespace(), object(3), Arbitraries.of("", " ", "\n", " trailing [")).as(
        (a, o, tail) -> a + o + tail);
  }

  @Provide
  Arbitrary<String> anyJson() {
    return Arbitraries.oneOf(RfsBodies.anyValue(3).map(v -> "{\"x\":" + v + "}"),
        RfsBodies.operation(), RfsBodies.page("stack_set_operations", RfsBodies.operation()));
  }

  @Provide
  Arbitrary<byte[]> mutated() {
    return object(2).flatMap(BodyMutations::of);
  }

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void readsTheSubsetAsJacksonDoes(@ForAll("subset") String json, @ForAll Random random) throws Exception {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    long seed = random.nextLong();
    assertThat(tokens(fast(body), seed)).as(json).isEqualTo(tokens(jackson(body), seed));
  }

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void readsAnyJsonAsJacksonDoesOrGivesUp(@ForAll("anyJson") String json, @ForAll long seed) throws Exception {
    readsAsJacksonDoesOrGivesUp(json.getBytes(StandardCharsets.UTF_8), seed);
  }

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void readsMutatedJsonAsJacksonDoesOrGivesUp(@ForAll("mutated") byte[] body, @ForAll long seed) throws Exception {
    readsAsJacksonDoesOrGivesUp(body, seed);
  }

  private static void readsAsJacksonDoesOrGivesUp(byte[] body, long seed) throws Exception {
    String shown = new String(body, StandardCharsets.UTF_8);
    List<String> fast;
    try {
      FastJsonParser p = FastJsonParser.openObject(body, NAMES);
      if (p == null) {
        Statistics.collect("not an object to the fast parser");
        return;
      }
      fast = tokens(p, seed);
    } catch (FastJsonParser.Unsupported e) {
      Statistics.collect("gave up");
      return;
    }
    Statistics.collect("read");
    assertThat(fast).as(shown).isEqualTo(tokens(jackson(body), seed)); // Jackson's parser reads it too, alike
  }

  @Test
  void knownNamesAreTheTablesInstancesAndOthersAreReadAsSent() throws Exception {
    String status = new String("status".toCharArray()); // not the literal
    FastJsonParser p = fast(bytes("{\"status\":1,\"a\":{\"status\":2},\"other\":3,\"status\":4}"));
    List<String> names = new ArrayList<>();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      names.add(name);
      if (p.nextToken() == JsonToken.START_OBJECT) {
        names.add(p.nextFieldName());
        p.nextToken();
        p.nextToken();
      }
    }
    assertThat(names).containsExactly("status", "a", "status", "other", "status");
    assertThat(names.get(0)).isSameAs("status").isNotSameAs(status);
    assertThat(names.get(2)).isSameAs("status");
    assertThat(names.get(4)).isSameAs("status");
  }

  @Test
  void readsTheRootObjectAndNothingAfterIt() throws Exception {
    FastJsonParser p = fast(bytes(" {\"a\":[1,-0,\"x\",true,false,null,{}]} {\"not\": json"));
    List<String> tokens = tokens(p, null);
    assertThat(tokens).hasSize(13).endsWith("END_OBJECT");
    assertThatThrownBy(p::nextToken).isSameAs(FastJsonParser.UNSUPPORTED);
  }

  @Test
  void givesUpOnEverythingOutsideItsSubset() {
    for (String json : List.of("{\"a\":\"\\n\"}", "{\"a\":\"\\u0041\"}", "{\"a\\\"\":1}", "{\"a\":\"é\"}",
        "{\"abé\":1}", "{\"a\":\"\u007f\"}", "{\"a\":\"\t\"}", "{\"a\":1.5}", "{\"a\":1e5}", "{\"a\":1E5}",
        "{\"a\":-0.0}", "{\"a\":1234567890123456789}", "{\"a\":-1234567890123456789}", "{\"a\":01}",
        "{\"a\":-}", "{\"a\":+1}", "{\"a\":tru}", "{\"a\":truex}", "{\"a\":nul}", "{\"a\":1,}", "{\"a\":[1,]}",
        "{,\"a\":1}", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "{\"a\":[1 2]}", "{\"a\":]", "{\"a\":[}", "{'a':1}",
        "{a:1}", "{\"a\":NaN}", "{\"a\":1", "{\"a\":", "{\"a\"", "{\"a", "{", "{\"a\":\"x",
        "{\"a\":/*c*/1}", "{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}")) {
      assertThatThrownBy(() -> tokens(fast(bytes(json)), null)).as(json).isSameAs(FastJsonParser.UNSUPPORTED);
    }
    for (String json : List.of("", " ", "[]", "null", "\"x\"", "1", "\uFEFF{}", "\u0000{}", "{\"é\":1}")) {
      assertThat(FastJsonParser.openObject(bytes(json), NAMES)).as(json).isNull();
    }
    assertThat(FastJsonParser.openObject("{}".getBytes(StandardCharsets.UTF_16BE), NAMES)).isNull();
    assertThat(FastJsonParser.openObject("{}".getBytes(StandardCharsets.UTF_16LE), NAMES)).isNull();
  }

  @Test
  void nestsUpToItsLimit() throws Exception {
    int depth = FastJsonParser.MAX_DEPTH - 1; // inside the root object
    String json = "{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    assertThat(tokens(fast(bytes(json)), null)).isEqualTo(tokens(jackson(bytes(json)), null));
    String deeper = "{\"a\":" + "[".repeat(depth + 1) + "]".repeat(depth + 1) + "}";
    assertThatThrownBy(() -> tokens(fast(bytes(deeper)), null)).isSameAs(FastJsonParser.UNSUPPORTED);
  }

  @Test
  void givesUpOnCallsItDoesNotImplement() throws Exception {
    FastJsonParser p = fast(bytes("{\"a\":{\"b\":1}}"));
    p.nextFieldName();
    p.nextToken();
    assertThatThrownBy(() -> RfsJsonValues.json(p)).isSameAs(FastJsonParser.UNSUPPORTED); // a tree: Jackson's
    FastJsonParser q = fast(bytes("{\"a\":\"x\",\"b\":1}"));
    q.nextFieldName();
    assertThatThrownBy(q::currentName).isSameAs(FastJsonParser.UNSUPPORTED);
    assertThatThrownBy(q::getParsingContext).isSameAs(FastJsonParser.UNSUPPORTED);
    q.nextToken();
    assertThatThrownBy(q::getTextCharacters).isSameAs(FastJsonParser.UNSUPPORTED);
    assertThatThrownBy(q::getLongValue).isSameAs(FastJsonParser.UNSUPPORTED); // not a number
    assertThatThrownBy(q::getDoubleValue).isSameAs(FastJsonParser.UNSUPPORTED);
    assertThat(FastJsonParser.UNSUPPORTED).isNotInstanceOfAny(IllegalStateException.class,
        IllegalArgumentException.class, java.io.IOException.class);
    assertThat(FastJsonParser.UNSUPPORTED.getStackTrace()).isEmpty();
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static FastJsonParser fast(byte[] body) {
    FastJsonParser p = FastJsonParser.openObject(body, NAMES);
    assertThat(p).as("opens %s", new String(body, StandardCharsets.UTF_8)).isNotNull();
    return p;
  }

  private static JsonParser jackson(byte[] body) throws Exception {
    JsonParser p = Json.factory().createParser(body);
    assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
    return p;
  }

  /**
   * The tokens of the root object from its {@code START_OBJECT} on, as text: each token with its text, and an
   * integer's type and value; names read with {@code nextFieldName()} or {@code nextToken()}, and containers
   * sometimes skipped with {@code skipChildren()}, as {@code seed} decides.
   */
  private static List<String> tokens(JsonParser p, long seed) throws Exception {
    return tokens(p, new Random(seed));
  }

  /** {@link #tokens(JsonParser, long)}; with {@code random} null, every token by {@code nextToken()}. */
  private static List<String> tokens(JsonParser p, Random random) throws Exception {
    List<String> out = new ArrayList<>();
    out.add(p.currentToken().toString());
    int depth = 1;
    while (depth > 0) {
      JsonToken t;
      if (random != null && random.nextInt(3) == 0) {
        String name = p.nextFieldName();
        t = p.currentToken();
        assertThat(name).isEqualTo(t == JsonToken.FIELD_NAME ? p.getText() : null);
      } else {
        t = p.nextToken();
      }
      StringBuilder sb = new StringBuilder(String.valueOf(t));
      switch (t) {
        case START_OBJECT, START_ARRAY -> {
          if (random != null && random.nextInt(4) == 0) {
            p.skipChildren();
            sb.append(" skipped to ").append(p.currentToken());
          } else {
            depth++;
          }
        }
        case END_OBJECT, END_ARRAY -> depth--;
        case FIELD_NAME, VALUE_STRING -> sb.append(' ').append(p.getText()).append(" (").append(p.getTextLength())
            .append(')');
        case VALUE_NUMBER_INT -> sb.append(' ').append(p.getText()).append(' ').append(p.getNumberType())
            .append(' ').append(p.getLongValue()).append(' ').append(p.getBigIntegerValue())
            .append(p.getNumberType() == JsonParser.NumberType.INT ? " " + p.getIntValue() : "")
            .append(' ').append(p.getNumberValue()).append(' ').append(p.getNumberValue().getClass());
        default -> sb.append(' ').append(p.getText());
      }
      out.add(sb.toString());
    }
    return out;
  }
}
