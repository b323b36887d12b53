package dev.stacksets.rfs.internal;

import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.OperationDescriptor;
import dev.stacksets.core.internal.PagedCalls;
import dev.stacksets.core.internal.Paging;
import dev.stacksets.core.internal.util.PercentEncoding;
import dev.stacksets.core.internal.RetrySafety;
import dev.stacksets.core.paginate.Paginator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One RFS operation as declared in {@link RfsOperations}: API name, HTTP method and path template with the function
 * giving each path parameter (checked, raw), the query and headers, the body reader, which 404 is which
 * ({@link RfsNotFoundRule}), whether a retry is safe and, for the List operations, the paging.
 *
 * <p>Marshalling resolves the path parameters (each checked, so a bad one throws {@link IllegalArgumentException}
 * naming it, before anything is sent), encodes each as one segment with {@link PercentEncoding#encode(String)} (so
 * a Chinese name becomes UTF-8 {@code %XX} sequences and the {@code /} inside {@code stack_instance_addr} becomes
 * {@code %2F}), then adds {@code X-Project-Id} (when the client has one), {@code Client-Request-Id} (when the request
 * has one) and the query. The project id belongs to the client, so {@link #descriptor(String)} binds it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <I> request type
 * @param <O> response type
 */
public class RfsOperation<I, O> {
  /** Header carrying the project id when the client has one. */
  public static final String PROJECT_ID_HEADER = "X-Project-Id";
  /** Header carrying the caller's request id. */
  public static final String CLIENT_REQUEST_ID_HEADER = "Client-Request-Id";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

  private final String name;
  private final String method;
  private final String pathTemplate;
  private final Map<String, Function<I, String>> pathParameters;
  private final Function<I, String> clientRequestId;
  private final BiConsumer<I, SdkHttpRequest.Builder> query;
  private final BodyReader<O> reader;
  private final RfsNotFoundRule notFound;
  private final RetrySafety retrySafety;

  private RfsOperation(RfsOperation<I, O> o) {
    this(o.name, o.method, o.pathTemplate, o.pathParameters, o.clientRequestId, o.query, o.reader, o.notFound,
        o.retrySafety);
  }

  private RfsOperation(String name, String method, String pathTemplate, Map<String, Function<I, String>> pathParameters,
      Function<I, String> clientRequestId, BiConsumer<I, SdkHttpRequest.Builder> query, BodyReader<O> reader,
      RfsNotFoundRule notFound, RetrySafety retrySafety) {
    this.name = name;
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.pathParameters = pathParameters;
    this.clientRequestId = clientRequestId;
    this.query = query;
    this.reader = reader;
    this.notFound = notFound;
    this.retrySafety = retrySafety;
    List<String> placeholders = new ArrayList<>();
    for (Matcher m = PLACEHOLDER.matcher(pathTemplate); m.find(); ) {
      placeholders.add(m.group(1));
    }
    if (!placeholders.equals(new ArrayList<>(pathParameters.keySet()))) {
      throw new IllegalStateException(name + ": the path parameters " + pathParameters.keySet()
          + " do not match the template " + pathTemplate);
    }
  }

  /** A read ({@code GET}, safe to retry) with the path parameters of {@code pathTemplate} in template order. */
  @SafeVarargs
  static <I, O> RfsOperation<I, O> read(String name, String pathTemplate, Function<I, String> clientRequestId,
      BiConsumer<I, SdkHttpRequest.Builder> query, BodyReader<O> reader, RfsNotFoundRule notFound,
      PathParameter<I>... pathParameters) {
    Map<String, Function<I, String>> params = new LinkedHashMap<>();
    for (PathParameter<I> p : pathParameters) {
      params.put(p.name(), p.value());
    }
    return new RfsOperation<>(name, "GET", pathTemplate, Collections.unmodifiableMap(params), clientRequestId, query,
        reader, notFound, RetrySafety.SAFE);
  }

  /** Path parameter {@code name} (as in the template) and its checked raw value. */
  static <I> PathParameter<I> path(String name, Function<I, String> value) {
    return new PathParameter<>(name, value);
  }

  /** This operation, paged by {@code paging}. */
  <T> Paged<I, O, T> paged(Paging<I, O, T> paging) {
    return new Paged<>(this, paging);
  }

  /** The API name, e.g. {@code ListStackSets}. */
  public String name() {
    return name;
  }

  /** {@code METHOD /path/{template}}. */
  public String binding() {
    return method + " " + pathTemplate;
  }

  /**
   * Checks what the request builders cannot (required path parameters; and again every path-bound value, since a
   * request object may come from a test double or an older builder) and returns the encoded path.
   *
   * @throws IllegalArgumentException naming the parameter
   */
  String path(I request) {
    StringBuilder path = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(pathTemplate);
    while (m.find()) {
      m.appendReplacement(path, Matcher.quoteReplacement(
          PercentEncoding.encode(pathParameters.get(m.group(1)).apply(request))));
    }
    return m.appendTail(path).toString();
  }

  /**
   * The request with {@code projectId} as {@code X-Project-Id} (when not null).
   *
   * @throws IllegalArgumentException naming a missing or malformed parameter; nothing is sent
   */
  public SdkHttpRequest marshal(I request, String projectId) {
    SdkHttpRequest.Builder b = SdkHttpRequest.builder().method(method).encodedPath(path(request));
    if (projectId != null) {
      b.header(PROJECT_ID_HEADER, projectId);
    }
    String id = clientRequestId.apply(request);
    if (RfsValidation.clientRequestId(id) != null) {
      b.header(CLIENT_REQUEST_ID_HEADER, id);
    }
    query.accept(request, b);
    return b.build();
  }

  /** The core descriptor of this operation for a client sending {@code projectId} (or none, when null). */
  public OperationDescriptor<I, O> descriptor(String projectId) {
    return OperationDescriptor.<I, O>builder(name)
        .binding(binding())
        .marshaller(request -> marshal(request, projectId))
        .reader((response, metadata) -> reader.read(response.body(), metadata))
        .errorRule(notFound)
        .retrySafety(retrySafety)
        .build();
  }

  /** A path parameter: its name in the template and its checked raw value (encoded when marshalling). */
  record PathParameter<I>(String name, Function<I, String> value) {}

  /** Reads a 2xx body. */
  @FunctionalInterface
  interface BodyReader<O> {
    O read(byte[] body, ResponseMetadata metadata) throws Exception;
  }

  /**
   * A List operation: an {@link RfsOperation} with its paging ({@code marker} in, {@code page_info.next_marker}
   * out, {@code limit} per page).
   *
   * @param <I> request type
   * @param <O> response type
   * @param <T> item type
   */
  public static final class Paged<I, O, T> extends RfsOperation<I, O> {
    private final Paging<I, O, T> paging;

    private Paged(RfsOperation<I, O> operation, Paging<I, O, T> paging) {
      super(operation);
      this.paging = paging;
    }

    /**
     * The lazy listing over {@code call} (the client's single-page method, so a test double gets it too). The first
     * request is checked now ({@link IllegalArgumentException} naming the parameter; nothing is sent); each page's
     * request is checked again as it is marshalled.
     */
    public Paginator<T> paginator(I first, Function<? super I, ? extends O> call) {
      return PagedCalls.paginator(paging, this::path, first, call);
    }
  }
}
