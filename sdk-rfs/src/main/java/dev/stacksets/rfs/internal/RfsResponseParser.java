package dev.stacksets.rfs.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.http.SdkHttpResponse;
import dev.stacksets.core.internal.ResponseParser;
import dev.stacksets.core.internal.util.Json;
import dev.stacksets.rfs.model.CreateStackInstancesResponse;
import dev.stacksets.rfs.model.CreateStackSetResponse;
import dev.stacksets.rfs.model.DeleteStackInstancesResponse;
import dev.stacksets.rfs.model.DeleteStackSetResponse;
import dev.stacksets.rfs.model.DeployStackSetResponse;
import dev.stacksets.rfs.model.ListStackInstancesResponse;
import dev.stacksets.rfs.model.ListStackSetOperationsResponse;
import dev.stacksets.rfs.model.ListStackSetsResponse;
import dev.stacksets.rfs.model.PageInfo;
import dev.stacksets.rfs.model.ShowStackInstanceResponse;
import dev.stacksets.rfs.model.ShowStackSetMetadataResponse;
import dev.stacksets.rfs.model.ShowStackSetOperationMetadataResponse;
import dev.stacksets.rfs.model.ShowStackSetTemplateResponse;
import dev.stacksets.rfs.model.StackInstance;
import dev.stacksets.rfs.model.StackSet;
import dev.stacksets.rfs.model.StackSetOperation;
import dev.stacksets.rfs.model.UpdateStackInstancesResponse;
import dev.stacksets.rfs.model.UpdateStackSetResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Maps RFS response bodies onto the models by hand (no databinding): one streaming {@link JsonParser} over the body
 * fills the model builders directly ({@link RfsModelReader}), every documented field by its JSON name, the rest kept
 * in each model's {@code additionalFields()} as its compact JSON text. Unknown enum values stay as raw strings. The
 * result and the errors are those of reading the body as a {@code JsonNode} tree and walking it (how this class
 * worked before): a repeated member counts with its last value, errors about values come in the order of the
 * documented fields, not of the body, and only after the whole document has been read, so malformed JSON is always
 * reported as such. Only the root object is read; what follows it is ignored.
 *
 * <p>The parser is first a {@link FastJsonParser}, which reads the plain replies RFS sends (ASCII text without
 * escapes, integers, no containers in unknown members) several times faster than Jackson's; when it gives up, and
 * whenever the read fails, the body is read again from the start with Jackson's parser ({@link #read}), so replies
 * outside its subset and every error are read by Jackson's parser exactly as before.
 *
 * <p>A 2xx body must be the document the operation returns: a JSON object, and for the list operations one that
 * holds the list member ({@code stack_sets}, {@code stack_set_operations}, {@code stack_instances}; an empty array
 * is an empty page). Anything else (a proxy's {@code {}} or HTML page) throws {@link IllegalStateException} naming
 * what is missing, which the pipeline reports as an unreadable body, instead of becoming an empty last page that
 * silently ends a paginator. Unknown extra members are kept, not refused. The same holds for the writes: the replies
 * that carry an id ({@code stack_set_id}, {@code stack_set_operation_id}) must carry it, or the caller would be told
 * of a write without being able to follow it; the {@code 204} replies of UpdateStackSet and DeleteStackSet are not
 * read. ShowStackSetTemplate's answer is a redirect: {@link #SHOW_STACK_SET_TEMPLATE} reads its {@code Location}.
 *
 * <p>Stateless and thread-safe.
 */
public final class RfsResponseParser {
  /**
   * ShowStackSetTemplate: the {@code Location} header of the temporary redirect (any 2xx or 3xx reply is the
   * answer; the redirect is never followed). A reply without a {@code Location}, or with one that is not a URI,
   * throws {@link IllegalStateException} (an unreadable reply). The URI's text is never put into a message: a
   * pre-signed URL grants access.
   */
  public static final ResponseParser<ShowStackSetTemplateResponse> SHOW_STACK_SET_TEMPLATE = new ResponseParser<>() {
    @Override
    public ShowStackSetTemplateResponse parse(SdkHttpResponse response, ResponseMetadata metadata) {
      String location = response.header("Location");
      if (location == null || location.isBlank()) {
        throw new IllegalStateException("the reply (status " + response.statusCode() + ") has no Location header");
      }
      URI uri;
      try {
        uri = new URI(location.strip());
      } catch (URISyntaxException e) {
        throw new IllegalStateException("the reply's Location header is not a URI (" + e.getReason() + " at index "
            + e.getIndex() + ")");
      }
      return ShowStackSetTemplateResponse.builder().location(uri).responseMetadata(metadata).build();
    }

    @Override
    public boolean accepts(int statusCode) {
      return statusCode >= 200 && statusCode < 400;
    }
  };

  /**
   * Every member name the readers ({@link RfsModelReader} and this class) look for, as the literals of their
   * {@code switch} cases: the fast parser reads these names as these very instances. A name missing here is still
   * read correctly, only more slowly; {@code KnownNamesTest} checks that every case of {@link RfsModelReader} is here.
   */
  static final KnownNames NAMES = new KnownNames(
      // List replies, page info, write replies
      "stack_set_operations", "stack_sets", "stack_instances", "page_info", "next_marker", "previous_marker",
      "current_count", "stack_set_operation_id",
      // stack set
      "stack_set_id", "stack_set_name", "stack_set_description", "permission_model", "status", "create_time",
      "update_time", "initial_stack_description", "administration_agency_name", "administration_agency_urn",
      "managed_agency_name", "vars_uri_content", "vars_body", "managed_operation", "organizational_unit_ids",
      "enable_parallel_operation",
      // operation
      "operation_id", "action", "status_message", "deployment_targets", "operation_preferences", "regions",
      "domain_ids", "domain_ids_uri", "domain_id_filter_type", "region_concurrency_type", "region_order",
      "failure_tolerance_count", "failure_tolerance_percentage", "max_concurrent_count",
      "max_concurrent_percentage", "failure_tolerance_mode",
      // stack instance
      "stack_id", "stack_name", "stack_domain_id", "latest_stack_set_operation_id", "region", "var_overrides",
      "vars_uri", "use_stack_set_vars");

  private RfsResponseParser() {}

  /** CreateStackSet: {@code {stack_set_id}}. */
  public static CreateStackSetResponse createStackSet(byte[] body, ResponseMetadata metadata) throws IOException {
    return read(body, metadata, RfsResponseParser::createStackSet);
  }

  static CreateStackSetResponse createStackSet(JsonParser p, byte[] body, ResponseMetadata metadata)
      throws IOException {
    CreateStackSetResponse.Builder b = CreateStackSetResponse.builder().responseMetadata(metadata);
    return b.stackSetId(requiredText(p, body, "stack_set_id", b::putAdditionalField)).build();
  }

  /** UpdateStackSet: {@code 204}, the body (none) is not read. */
  public static UpdateStackSetResponse updateStackSet(byte[] body, ResponseMetadata metadata) {
    return UpdateStackSetResponse.builder().responseMetadata(metadata).build();
  }

  /** DeleteStackSet: {@code 204}, the body (none) is not read. */
  public static DeleteStackSetResponse deleteStackSet(byte[] body, ResponseMetadata metadata) {
    return DeleteStackSetResponse.builder().responseMetadata(metadata).build();
  }

  /** DeployStackSet: {@code {stack_set_operation_id}}. */
  public static DeployStackSetResponse deployStackSet(byte[] body, ResponseMetadata metadata) throws IOException {
    return read(body, metadata, RfsResponseParser::deployStackSet);
  }

  static DeployStackSetResponse deployStackSet(JsonParser p, byte[] body, ResponseMetadata metadata)
      throws IOException {
    DeployStackSetResponse.Builder b = DeployStackSetResponse.builder().responseMetadata(metadata);
    return b.operationId(operationId(p, body, b::putAdditionalField)).build();
  }

  /** CreateStackInstances: {@code {stack_set_operation_id}}. */
  public static CreateStackInstancesResponse createStackInstances(byte[] body, ResponseMetadata metadata)
      throws IOException {
    return read(body, metadata, RfsResponseParser::createStackInstances);
  }

  static CreateStackInstancesResponse createStackInstances(JsonParser p, byte[] body, ResponseMetadata metadata)
      throws IOException {
    CreateStackInstancesResponse.Builder b = CreateStackInstancesResponse.builder().responseMetadata(metadata);
    return b.operationId(operationId(p, body, b::putAdditionalField)).build();
  }

  /** UpdateStackInstances: {@code {stack_set_operation_id}}. */
  public static UpdateStackInstancesResponse updateStackInstances(byte[] body, ResponseMetadata metadata)
      throws IOException {
    return read(body, metadata, RfsResponseParser::updateStackInstances);
  }

  static UpdateStackInstancesResponse updateStackInstances(JsonParser p, byte[] body, ResponseMetadata metadata)
      throws IOException {
    UpdateStackInstancesResponse.Builder b = UpdateStackInstancesResponse.builder().responseMetadata(metadata);
    return b.operationId(operationId(p, body, b::putAdditionalField)).build();
  }

  /** DeleteStackInstances: {@code {stack_set_operation_id}}. */
  public static DeleteStackInstancesResponse deleteStackInstances(byte[] body, ResponseMetadata metadata)
      throws IOException {
    return read(body, metadata, RfsResponseParser::deleteStackInstances);
  }

  static DeleteStackInstancesResponse deleteStackInstances(JsonParser p, byte[] body, ResponseMetadata metadata)
      throws IOException {
    DeleteStackInstancesResponse.Builder b = DeleteStackInstancesResponse.builder().responseMetadata(metadata);
    return b.operationId(operationId(p, body, b::putAdditionalField)).build();
  }

  private static String operationId(JsonParser p, byte[] body, BiConsumer<String, String> extra)
      throws IOException {
    return requiredText(p, body, "stack_set_operation_id", extra);
  }

  /**
   * Reads a reply that must carry the member {@code key} as text (not blank): returns it, and hands every other
   * member to {@code extra}.
   */
  private static String requiredText(JsonParser p, byte[] body, String key, BiConsumer<String, String> extra)
      throws IOException {
    String value = null;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      p.nextToken();
      if (name.equals(key)) {
        value = RfsJsonValues.text(p);
      } else {
        extra.accept(name, RfsJsonValues.json(p));
      }
    }
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("the reply has no \"" + key + "\" (members: " + abbreviatedNames(body) + ")");
    }
    return value;
  }

  /** ListStackSets: {@code {stack_sets[], page_info}}. */
  public static ListStackSetsResponse listStackSets(byte[] body, ResponseMetadata metadata) throws IOException {
    return read(body, metadata, RfsResponseParser::listStackSets);
  }

  static ListStackSetsResponse listStackSets(JsonParser p, byte[] body, ResponseMetadata metadata)
      throws IOException {
    ListStackSetsResponse.Builder b = ListStackSetsResponse.builder().responseMetadata(metadata);
    page(p, body, "stack_sets", RfsModelReader::stackSet, b::addStackSet, b::stackSets, b::pageInfo,
        b::putAdditionalField);
    return b.build();
  }

  /** ShowStackSetMetadata: the stack set object itself. */
  public static ShowStackSetMetadataResponse showStackSetMetadata(byte[] body, ResponseMetadata metadata)
      throws IOException {
    return read(body, metadata, RfsResponseParser::showStackSetMetadata);
  }

  static ShowStackSetMetadataResponse showStackSetMetadata(JsonParser p, byte[] body, ResponseMetadata metadata)
      throws IOException {
    StackSet stackSet = RfsModelReader.stackSet(p, null);
    return ShowStackSetMetadataResponse.builder().stackSet(stackSet).responseMetadata(metadata).build();
  }

  /** ListStackSetOperations: {@code {stack_set_operations[], page_info}}. */
  public static ListStackSetOperationsResponse listStackSetOperations(byte[] body, ResponseMetadata metadata)
      throws IOException {
    return read(body, metadata, RfsResponseParser::listStackSetOperations);
  }

  static ListStackSetOperationsResponse listStackSetOperations(JsonParser p, byte[] body, ResponseMetadata metadata)
      throws IOException {
    ListStackSetOperationsResponse.Builder b = ListStackSetOperationsResponse.builder().responseMetadata(metadata);
    page(p, body, "stack_set_operations", RfsModelReader::operation, b::addStackSetOperation,
        b::stackSetOperations, b::pageInfo, b::putAdditionalField);
    return b.build();
  }

  /** ShowStackSetOperationMetadata: the operation object itself. */
  public static ShowStackSetOperationMetadataResponse showStackSetOperationMetadata(byte[] body,
      ResponseMetadata metadata) throws IOException {
    return read(body, metadata, RfsResponseParser::showStackSetOperationMetadata);
  }

  static ShowStackSetOperationMetadataResponse showStackSetOperationMetadata(JsonParser p, byte[] body,
      ResponseMetadata metadata) throws IOException {
    StackSetOperation operation = RfsModelReader.operation(p, null);
    return ShowStackSetOperationMetadataResponse.builder().stackSetOperation(operation).responseMetadata(metadata)
        .build();
  }

  /** ListStackInstances: {@code {stack_instances[], page_info}}. */
  public static ListStackInstancesResponse listStackInstances(byte[] body, ResponseMetadata metadata)
      throws IOException {
    return read(body, metadata, RfsResponseParser::listStackInstances);
  }

  static ListStackInstancesResponse listStackInstances(JsonParser p, byte[] body, ResponseMetadata metadata)
      throws IOException {
    ListStackInstancesResponse.Builder b = ListStackInstancesResponse.builder().responseMetadata(metadata);
    page(p, body, "stack_instances", RfsModelReader::instance, b::addStackInstance, b::stackInstances,
        b::pageInfo, b::putAdditionalField);
    return b.build();
  }

  /** ShowStackInstance: the instance object itself. */
  public static ShowStackInstanceResponse showStackInstance(byte[] body, ResponseMetadata metadata)
      throws IOException {
    return read(body, metadata, RfsResponseParser::showStackInstance);
  }

  static ShowStackInstanceResponse showStackInstance(JsonParser p, byte[] body, ResponseMetadata metadata)
      throws IOException {
    StackInstance instance = RfsModelReader.instance(p, null);
    return ShowStackInstanceResponse.builder().stackInstance(instance).responseMetadata(metadata).build();
  }

  /**
   * Reads one reply from a parser standing on the {@code START_OBJECT} of its body (the parser is closed by the
   * caller), with every check of the body; {@code body} is the same bytes, for messages. A pure function of the
   * bytes: reading the same body twice gives the same reply or the same error.
   */
  @FunctionalInterface
  interface BodyReader<T> {
    T read(JsonParser p, byte[] body, ResponseMetadata metadata) throws IOException;
  }

  /**
   * Reads {@code body} with {@code reader}, first through the {@link FastJsonParser} and, when that gives up
   * ({@link FastJsonParser.Unsupported}) or the read fails in any other way, again from the start through Jackson's
   * parser ({@link #openObject}): so a reply outside the fast parser's subset, and every error (malformed JSON, a
   * value that does not parse, a missing member), is read exactly as Jackson's parser reads it, with its message.
   */
  static <T> T read(byte[] body, ResponseMetadata metadata, BodyReader<T> reader) throws IOException {
    FastJsonParser fast = FastJsonParser.openObject(body, NAMES);
    if (fast != null) {
      try (fast) {
        return reader.read(fast, body, metadata);
      } catch (IOException | RuntimeException e) {
        // read again with Jackson's parser, which gives the result or the error
      }
    }
    try (JsonParser p = openObject(body)) {
      return reader.read(p, body, metadata);
    }
  }

  /**
   * Reads {@code body} with {@code reader} through the {@link FastJsonParser} only: throws
   * {@link FastJsonParser.Unsupported} when the body (or a call the reader makes) is outside its subset, and the
   * reader's error as it is. For tests: {@link #read} gives this result whenever this gives one.
   */
  static <T> T readFast(byte[] body, ResponseMetadata metadata, BodyReader<T> reader) throws IOException {
    FastJsonParser fast = FastJsonParser.openObject(body, NAMES);
    if (fast == null) {
      throw FastJsonParser.UNSUPPORTED;
    }
    try (fast) {
      return reader.read(fast, body, metadata);
    }
  }

  /** Reads one item at the parser's {@code START_OBJECT} (see {@link RfsModelReader}). */
  @FunctionalInterface
  private interface ItemReader<T> {
    T read(JsonParser p, RepeatedText repeated) throws IOException;
  }

  /**
   * The shared part of the List replies {@code {<itemsKey>[], page_info}}: reads every object item (other elements
   * are skipped) into {@code add}, the {@code page_info} block (null when absent or not an object) into
   * {@code pageInfo}, and hands the other top-level members to {@code extra}. A repeated member counts once, with
   * its last value. Errors are thrown once the whole document has been read, in this order: the page info's, a
   * missing list member (null counts as an empty list), a list member that is not an array, the first failing item.
   */
  private static <T> void page(JsonParser p, byte[] body, String itemsKey, ItemReader<T> item, Consumer<T> add,
      Consumer<List<T>> set, Consumer<PageInfo> pageInfo, BiConsumer<String, String> extra) throws IOException {
    boolean listPresent = false;
    RuntimeException pageInfoError = null;
    RuntimeException listError = null;
    RepeatedText repeated = new RepeatedText();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      if (name.equals(itemsKey)) {
        if (listPresent) {
          set.accept(List.of()); // the last occurrence wins
        }
        listPresent = true;
        listError = null;
        if (t == JsonToken.START_ARRAY) {
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
              RfsJsonValues.skip(p);
            } else {
              try {
                add.accept(item.read(p, repeated));
              } catch (IllegalStateException | IllegalArgumentException e) {
                listError = listError != null ? listError : e;
              }
            }
          }
        } else if (t != JsonToken.VALUE_NULL) {
          listError = new IllegalStateException(itemsKey + ": expected an array, got "
              + RfsJsonValues.nodeType(t));
          RfsJsonValues.skip(p);
        }
      } else if (name.equals("page_info")) {
        pageInfoError = null;
        if (t != JsonToken.START_OBJECT) {
          RfsJsonValues.skip(p);
          pageInfo.accept(null);
        } else {
          try {
            pageInfo.accept(RfsModelReader.pageInfo(p));
          } catch (IllegalStateException | IllegalArgumentException e) {
            pageInfoError = e;
          }
        }
      } else {
        extra.accept(name, RfsJsonValues.json(p));
      }
    }
    if (pageInfoError != null) {
      throw pageInfoError;
    }
    if (!listPresent) {
      throw new IllegalStateException("the reply has no \"" + itemsKey + "\" member, so it is not the expected list "
          + "document (members: " + abbreviatedNames(body) + ")");
    }
    if (listError != null) {
      throw listError;
    }
  }

  /**
   * A parser standing on the {@code START_OBJECT} of a body that must be a JSON object; anything else throws
   * {@link IllegalStateException} saying what the body is instead (or the parser's error for malformed JSON). Only
   * the root object is read: what follows it is ignored. The caller closes the parser.
   */
  static JsonParser openObject(byte[] body) throws IOException {
    if (body.length == 0) {
      throw new IllegalStateException("expected a JSON object, got an empty body");
    }
    JsonParser p = Json.factory().createParser(body);
    try {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        return p;
      }
    } catch (IOException | RuntimeException e) {
      p.close();
      throw e;
    }
    p.close();
    JsonNode root = Json.mapper().readTree(body); // what the body is instead, or the error reading it
    throw new IllegalStateException("expected a JSON object, got "
        + (root == null || root.isMissingNode() ? "an empty body" : root.getNodeType().toString().toLowerCase()));
  }

  /**
   * The first five member names of a body already read as a JSON object, for a message saying what the reply is
   * instead (it is read again as a tree: this is the error path only).
   */
  private static String abbreviatedNames(byte[] body) throws IOException {
    JsonNode root = Json.mapper().readTree(body);
    StringBuilder sb = new StringBuilder("[");
    java.util.Iterator<String> names = root.fieldNames();
    for (int i = 0; names.hasNext(); i++) {
      String name = names.next();
      if (i == 5) {
        sb.append(", ...");
        break;
      }
      sb.append(i == 0 ? "" : ", ").append(name.length() > 40 ? name.substring(0, 40) + "..." : name);
    }
    return sb.append(']').toString();
  }
}
