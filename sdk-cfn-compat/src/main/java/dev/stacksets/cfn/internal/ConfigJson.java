package dev.stacksets.cfn.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.stacksets.cfn.config.model.GetOrganizationConformancePackDetailedStatusRequest;
import dev.stacksets.cfn.config.model.GetOrganizationConformancePackDetailedStatusResponse;
import dev.stacksets.cfn.config.model.OrganizationConformancePackDetailedStatus;
import dev.stacksets.cfn.config.model.OrganizationResourceDetailedStatusFilters;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.util.EpochTime;
import dev.stacksets.core.internal.util.Json;
import dev.stacksets.core.internal.ResponseParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The AWS JSON 1.1 codec of the Config client, used by {@link ConfigOperations}: validates and writes requests
 * ({@code POST /},
 * {@code X-Amz-Target: StarlingDoveService.<Operation>}, {@code Content-Type: application/x-amz-json-1.1}, members
 * in model order, separators {@code ", "} and {@code ": "} as botocore writes them) and reads replies by hand from
 * a tree whose numbers keep their exact decimal value, so epoch-second timestamps in integer, fractional or
 * exponent form ({@code 1.597343458911E9}) become exact {@link Instant}s. The members this SDK version does not model
 * are kept, as their raw JSON text, in each model's {@code additionalFields()} (as sdk-rfs does, with the same
 * {@link Json#extras}). Stateless and thread-safe.
 */
public final class ConfigJson {
  /** The JSON 1.1 media type. */
  public static final String CONTENT_TYPE = "application/x-amz-json-1.1";
  /** The Config target prefix. */
  public static final String TARGET_PREFIX = "StarlingDoveService.";

  private static final Pattern PACK_NAME = Pattern.compile("[a-zA-Z][-a-zA-Z0-9]*");
  static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final ObjectReader READER =
      Json.mapper().reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  /** Longest numeric text read as a number; the rest is not a timestamp. */
  private static final int MAX_NUMBER_TEXT = 100;
  /** The members {@link #read} reads; the others are kept as additional fields. */
  private static final Set<String> RESPONSE = Set.of("OrganizationConformancePackDetailedStatuses", "NextToken");
  /** The members {@link #detailedStatus} reads; the others are kept as additional fields. */
  private static final Set<String> DETAILED_STATUS = Set.of("AccountId", "ConformancePackName", "Status",
      "ErrorCode", "ErrorMessage", "LastUpdateTime");

  private ConfigJson() {}

  /** Checks {@code GetOrganizationConformancePackDetailedStatus}. */
  static void validate(GetOrganizationConformancePackDetailedStatusRequest r) {
    packName(r.organizationConformancePackName(), "organizationConformancePackName");
    OrganizationResourceDetailedStatusFilters filters = r.filters();
    if (filters != null) {
      Validation.pattern(filters.accountId(), "filters.accountId", ACCOUNT, "be a 12-digit account id");
      Validation.notBlank(filters.statusAsString(), "filters.status");
    }
    Validation.range(r.limit(), "limit", 0, 100);
  }

  /** Checks a required organization conformance pack name: 1 to 128 characters of {@code [a-zA-Z][-a-zA-Z0-9]*}. */
  static void packName(String value, String name) {
    Validation.required(value, name);
    Validation.length(value, name, 1, 128);
    Validation.pattern(value, name, PACK_NAME, "start with a letter and hold only letters, digits and hyphens");
  }

  /** Writes the members of {@code GetOrganizationConformancePackDetailedStatus}. */
  static void write(GetOrganizationConformancePackDetailedStatusRequest r, JsonGenerator g) throws IOException {
    g.writeStringField("OrganizationConformancePackName", r.organizationConformancePackName());
    OrganizationResourceDetailedStatusFilters filters = r.filters();
    if (filters != null) {
      g.writeObjectFieldStart("Filters");
      if (filters.accountId() != null) {
        g.writeStringField("AccountId", filters.accountId());
      }
      if (filters.statusAsString() != null) {
        g.writeStringField("Status", filters.statusAsString());
      }
      g.writeEndObject();
    }
    if (r.limit() != null) {
      g.writeNumberField("Limit", r.limit());
    }
    if (r.nextToken() != null) {
      g.writeStringField("NextToken", r.nextToken());
    }
  }

  /** Reads {@code GetOrganizationConformancePackDetailedStatus}. */
  static GetOrganizationConformancePackDetailedStatusResponse read(JsonNode root, ResponseMetadata metadata) {
    JsonNode list = root.get("OrganizationConformancePackDetailedStatuses");
    List<OrganizationConformancePackDetailedStatus> statuses = null;
    if (list != null && !list.isNull()) {
      if (!list.isArray()) {
        throw new IllegalArgumentException("OrganizationConformancePackDetailedStatuses is not an array");
      }
      statuses = new ArrayList<>(list.size());
      for (JsonNode s : list) {
        statuses.add(detailedStatus(s));
      }
    }
    GetOrganizationConformancePackDetailedStatusResponse.Builder b =
        GetOrganizationConformancePackDetailedStatusResponse.builder()
            .organizationConformancePackDetailedStatuses(statuses)
            .nextToken(text(root, "NextToken"))
            .responseMetadata(metadata);
    Json.extras(root, RESPONSE, b::putAdditionalField);
    return b.build();
  }

  /** Writes an operation's members into a JSON object. */
  @FunctionalInterface
  interface Members<I> {
    void write(I request, JsonGenerator g) throws IOException;
  }

  /** {@code POST /} to {@code X-Amz-Target: StarlingDoveService.<operation>} with the members of {@code request}. */
  static <I> SdkHttpRequest request(String operation, I request, Members<I> members) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
      g.setPrettyPrinter(BotocoreSpacing.INSTANCE);
      g.writeStartObject();
      members.write(request, g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen writing to memory
    }
    return SdkHttpRequest.builder()
        .method("POST")
        .encodedPath("/")
        .header("Content-Type", CONTENT_TYPE)
        .header("X-Amz-Target", TARGET_PREFIX + operation)
        .body(out.toByteArray(), CONTENT_TYPE)
        .build();
  }

  /** The reader of a JSON reply: the body must be a JSON object, which {@code reader} maps. */
  static <T> ResponseParser<T> parser(BiFunction<JsonNode, ResponseMetadata, T> reader) {
    return parser(reader, false);
  }

  private static <T> ResponseParser<T> parser(BiFunction<JsonNode, ResponseMetadata, T> reader,
      boolean emptyIsAnObject) {
    return (response, metadata) -> {
      JsonNode root = READER.readTree(response.body());
      if ((root == null || root.isMissingNode()) && emptyIsAnObject) {
        root = Json.mapper().createObjectNode();
      }
      if (root == null || root.isMissingNode()) {
        throw new IllegalArgumentException("the reply is empty");
      }
      if (!root.isObject()) {
        throw new IllegalArgumentException("the reply is not a JSON object");
      }
      return reader.apply(root, metadata);
    };
  }

  /**
   * The reader of the JSON reply of an operation without output: an empty body reads as {@code {}}; anything else
   * must be a JSON object, which {@code reader} maps (its members are kept as additional fields).
   */
  static <T> ResponseParser<T> parserOfEmpty(BiFunction<JsonNode, ResponseMetadata, T> reader) {
    return parser(reader, true);
  }

  static OrganizationConformancePackDetailedStatus detailedStatus(JsonNode n) {
    if (!n.isObject()) {
      throw new IllegalArgumentException("a detailed status is not a JSON object");
    }
    OrganizationConformancePackDetailedStatus.Builder b = OrganizationConformancePackDetailedStatus.builder()
        .accountId(text(n, "AccountId"))
        .conformancePackName(text(n, "ConformancePackName"))
        .status(text(n, "Status"))
        .errorCode(text(n, "ErrorCode"))
        .errorMessage(text(n, "ErrorMessage"))
        .lastUpdateTime(epochSeconds(n.get("LastUpdateTime"), "LastUpdateTime"));
    Json.extras(n, DETAILED_STATUS, b::putAdditionalField);
    return b.build();
  }

  static String text(JsonNode parent, String name) {
    JsonNode n = parent.get(name);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isValueNode()) {
      throw new IllegalArgumentException(name + " is not a string");
    }
    return n.asText();
  }

  /** Epoch seconds (integer, fractional or exponent form); also accepts an ISO-8601 string. Null when absent. */
  static Instant epochSeconds(JsonNode n, String name) {
    if (n == null || n.isNull()) {
      return null;
    }
    BigDecimal seconds;
    if (n.isNumber()) {
      seconds = n.decimalValue();
    } else if (n.isTextual()) {
      String t = n.asText().trim();
      try {
        if (t.length() > MAX_NUMBER_TEXT) {
          throw new IllegalArgumentException(name + " is not a timestamp: " + t.length() + " characters");
        }
        seconds = new BigDecimal(t);
      } catch (NumberFormatException notNumeric) {
        return XmlValues.isoInstant(t, name);
      }
    } else {
      throw new IllegalArgumentException(name + " is not a timestamp: " + n);
    }
    return EpochTime.ofSeconds(seconds, name);
  }

  /** {@code {"a": 1, "b": {"c": "d"}}}: a space after every {@code :} and {@code ,}, nothing else. */
  private static final class BotocoreSpacing extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;
    static final BotocoreSpacing INSTANCE = new BotocoreSpacing();

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }
  }
}
