package dev.stacksets.core.internal.util;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The one configured Jackson {@link ObjectMapper} of the SDK: java.time support, unknown properties ignored, dates
 * written as ISO strings. Created on first use (not at class-load of the clients), and never mutated afterwards,
 * which makes sharing it safe.
 */
public final class Json {
  private Json() {}

  /** The shared mapper. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return Holder.MAPPER;
  }

  /**
   * A streaming-only factory (jackson-core, with the mapper's defaults), for readers that pull tokens: using it
   * rather than {@code mapper().getFactory()} keeps databind and the java.time module unloaded until something
   * needs a tree, several hundred classes at start-up. Its parsers have no codec; read a tree with
   * {@code mapper().readTree(parser)}.
   */
  public static JsonFactory factory() {
    return FactoryHolder.FACTORY;
  }

  private static final class FactoryHolder {
    static final JsonFactory FACTORY = new JsonFactory();
  }

  /**
   * Hands every member of the object {@code node} whose name is not in {@code known} to {@code sink}, in document
   * order, as its raw JSON text (compact: {@code "x"}, {@code 1}, {@code {"a":1}}): how the readers of both services
   * keep the members this SDK version does not model in a model's {@code additionalFields()}.
   */
  public static void extras(JsonNode node, Set<String> known, BiConsumer<String, String> sink) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!known.contains(e.getKey())) {
        sink.accept(e.getKey(), e.getValue().toString());
      }
    }
  }

  private static final class Holder {
    static final ObjectMapper MAPPER = new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }
}
