package dev.stacksets.rfs.internal;

import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.OperationDescriptor;
import dev.stacksets.core.internal.PagedCalls;
import dev.stacksets.core.internal.Paging;
import dev.stacksets.core.internal.ResponseParser;
import dev.stacksets.core.internal.util.PercentEncoding;
import dev.stacksets.core.internal.RetrySafety;
import dev.stacksets.core.paginate.AsyncPaginator;
import dev.stacksets.core.paginate.Paginator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One RFS operation as declared in {@link RfsOperations}: API name, HTTP method and path template with the function
 * giving each path parameter (checked, raw), the query and headers, the JSON body writer of a write, the reply
 * reader, the error rule (which 404 is which, {@link RfsNotFoundRule}; for writes also the 409 and 403,
 * {@link RfsWriteErrorRule}), whether a retry is safe, for a write the replies that still mean success
 * ({@link #recover(ServiceException)}) and, for the List operations, the paging.
 *
 * <p>Marshalling resolves the path parameters (each checked, so a bad one throws {@link IllegalArgumentException}
 * naming it, before anything is sent), encodes each as one segment with {@link PercentEncoding#encode(String)} (so
 * a Chinese name becomes UTF-8 {@code %XX} sequences and the {@code /} inside {@code stack_instance_addr} becomes
 * {@code %2F}), then adds {@code X-Project-Id} (when the client has one), {@code Client-Request-Id} (when the request
 * has one), the query and, for a write, the body ({@code application/json}, written and checked once per call by
 * its writer). The project id belongs to the client, so {@link #descriptor(String)} binds it.
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
  /** The template's text around its placeholders: one more than {@link #pathValues}. */
  private final String[] pathLiterals;
  /** The placeholders' values, in template order. */
  private final List<Function<I, String>> pathValues;
  private final Map<String, Function<I, String>> pathParameters;
  private final Function<I, String> clientRequestId;
  private final BiConsumer<I, SdkHttpRequest.Builder> query;
  private final Function<I, byte[]> body;
  private final ResponseParser<O> reader;
  private final UnaryOperator<ServiceException> errorRule;
  private final RetrySafety retrySafety;
  private final Function<ServiceException, O> recovery;
  private final WriteRules<I> writeRules;

  private RfsOperation(RfsOperation<I, O> o) {
    this(o.name, o.method, o.pathTemplate, o.pathParameters, o.clientRequestId, o.query, o.body, o.reader,
        o.errorRule, o.retrySafety, o.recovery);
  }

  private RfsOperation(RfsOperation<I, O> o, WriteRules<I> writeRules) {
    this.name = o.name;
    this.method = o.method;
    this.pathTemplate = o.pathTemplate;
    this.pathLiterals = o.pathLiterals;
    this.pathValues = o.pathValues;
    this.pathParameters = o.pathParameters;
    this.clientRequestId = o.clientRequestId;
    this.query = o.query;
    this.body = o.body;
    this.reader = o.reader;
    this.errorRule = o.errorRule;
    this.retrySafety = o.retrySafety;
    this.recovery = o.recovery;
    this.writeRules = writeRules;
  }

  private RfsOperation(String name, String method, String pathTemplate, Map<String, Function<I, String>> pathParameters,
      Function<I, String> clientRequestId, BiConsumer<I, SdkHttpRequest.Builder> query, Function<I, byte[]> body,
      ResponseParser<O> reader, UnaryOperator<ServiceException> errorRule, RetrySafety retrySafety,
      Function<ServiceException, O> recovery) {
    this.name = name;
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.pathParameters = pathParameters;
    this.clientRequestId = clientRequestId;
    this.query = query;
    this.body = body;
    this.reader = reader;
    this.errorRule = errorRule;
    this.retrySafety = retrySafety;
    this.recovery = recovery;
    this.writeRules = null;
    List<String> placeholders = new ArrayList<>();
    List<String> literals = new ArrayList<>();
    int literalStart = 0;
    for (Matcher m = PLACEHOLDER.matcher(pathTemplate); m.find(); ) {
      placeholders.add(m.group(1));
      literals.add(pathTemplate.substring(literalStart, m.start()));
      literalStart = m.end();
    }
    literals.add(pathTemplate.substring(literalStart));
    if (!placeholders.equals(new ArrayList<>(pathParameters.keySet()))) {
      throw new IllegalStateException(name + ": the path parameters " + pathParameters.keySet()
          + " do not match the template " + pathTemplate);
    }
    this.pathLiterals = literals.toArray(new String[0]);
    this.pathValues = List.copyOf(pathParameters.values());
  }

  /** A read ({@code GET}, safe to retry) with the path parameters of {@code pathTemplate} in template order. */
  @SafeVarargs
  static <I, O> RfsOperation<I, O> read(String name, String pathTemplate, Function<I, String> clientRequestId,
      BiConsumer<I, SdkHttpRequest.Builder> query, BodyReader<O> reader, RfsNotFoundRule notFound,
      PathParameter<I>... pathParameters) {
    return readReply(name, pathTemplate, clientRequestId, query, bodyOnly(reader), notFound, pathParameters);
  }

  /**
   * A read ({@code GET}, safe to retry) whose reply is read as a whole (status and headers too, e.g. a redirect's
   * {@code Location}), with the path parameters of {@code pathTemplate} in template order.
   */
  @SafeVarargs
  static <I, O> RfsOperation<I, O> readReply(String name, String pathTemplate, Function<I, String> clientRequestId,
      BiConsumer<I, SdkHttpRequest.Builder> query, ResponseParser<O> reader, RfsNotFoundRule notFound,
      PathParameter<I>... pathParameters) {
    return new RfsOperation<>(name, "GET", pathTemplate, parameters(pathParameters), clientRequestId, query, null,
        reader, notFound, RetrySafety.SAFE, e -> null);
  }

  /**
   * A write: {@code method} on {@code pathTemplate} (path parameters in template order), its JSON body (null for
   * none; the writer checks the request first), its reply reader, its error rule and its retry safety. It has no
   * query and no recovery; add them with {@link #withQuery} and {@link #recovering}.
   */
  @SafeVarargs
  static <I, O> RfsOperation<I, O> write(String name, String method, String pathTemplate,
      Function<I, String> clientRequestId, Function<I, byte[]> body, BodyReader<O> reader,
      UnaryOperator<ServiceException> errorRule, RetrySafety retrySafety, PathParameter<I>... pathParameters) {
    return new RfsOperation<>(name, method, pathTemplate, parameters(pathParameters), clientRequestId, (r, q) -> { },
        body, bodyOnly(reader), errorRule, retrySafety, e -> null);
  }

  /** This operation with {@code query} adding its query parameters. */
  RfsOperation<I, O> withQuery(BiConsumer<I, SdkHttpRequest.Builder> query) {
    return keepingWriteRules(new RfsOperation<>(name, method, pathTemplate, pathParameters, clientRequestId, query,
        body, reader, errorRule, retrySafety, recovery));
  }

  /**
   * This operation, with {@code recovery} turning some error replies into its answer (it returns null for the
   * others); see {@link #recover(ServiceException)}.
   */
  RfsOperation<I, O> recovering(Function<ServiceException, O> recovery) {
    return keepingWriteRules(new RfsOperation<>(name, method, pathTemplate, pathParameters, clientRequestId, query,
        body, reader, errorRule, retrySafety, recovery));
  }

  private RfsOperation<I, O> keepingWriteRules(RfsOperation<I, O> changed) {
    return writeRules == null ? changed : new RfsOperation<>(changed, writeRules);
  }

  /**
   * This write, keyed and turn-taking: {@code withClientRequestId} fixes a request's {@code Client-Request-Id} (a new
   * UUID when it has none) before the call, {@code stackSetName} names the stack set a refusal is about, and
   * {@code conflictRule} says which refusals wait their turn.
   */
  RfsOperation<I, O> writing(BiFunction<I, String, I> withClientRequestId, Function<I, String> stackSetName,
      RfsConflictRule conflictRule) {
    return new RfsOperation<>(this, new WriteRules<>(withClientRequestId, stackSetName, conflictRule));
  }

  /**
   * The request with its {@code Client-Request-Id} fixed for every attempt and resend: as given, or a new UUID.
   *
   * @throws IllegalArgumentException when the request is null
   * @throws IllegalStateException    when this operation is not a write
   */
  public I keyed(I request) {
    if (request == null) {
      throw new IllegalArgumentException("request is required");
    }
    return clientRequestId.apply(request) != null ? request
        : writeRules().withClientRequestId().apply(request, UUID.randomUUID().toString());
  }

  /** The stack set a write is about (for waiting its turn). */
  public String stackSetName(I request) {
    return writeRules().stackSetName().apply(request);
  }

  /** Which refusals of this write wait their turn. */
  public RfsConflictRule conflictRule() {
    return writeRules().conflictRule();
  }

  private WriteRules<I> writeRules() {
    if (writeRules == null) {
      throw new IllegalStateException(name + " is not a write");
    }
    return writeRules;
  }

  /** How a write is keyed and takes its turn. */
  private record WriteRules<I>(BiFunction<I, String, I> withClientRequestId, Function<I, String> stackSetName,
      RfsConflictRule conflictRule) {}

  private static <I> Map<String, Function<I, String>> parameters(PathParameter<I>[] pathParameters) {
    Map<String, Function<I, String>> params = new LinkedHashMap<>();
    for (PathParameter<I> p : pathParameters) {
      params.put(p.name(), p.value());
    }
    return Collections.unmodifiableMap(params);
  }

  private static <O> ResponseParser<O> bodyOnly(BodyReader<O> reader) {
    return (response, metadata) -> reader.read(response.body(), metadata);
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
    // the template was split once, at declaration: no pattern matching per call
    StringBuilder path = new StringBuilder(pathTemplate.length() + 64).append(pathLiterals[0]);
    for (int i = 0; i < pathValues.size(); i++) {
      path.append(PercentEncoding.encode(pathValues.get(i).apply(request))).append(pathLiterals[i + 1]);
    }
    return path.toString();
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
    if (body != null) {
      b.body(body.apply(request), RfsRequestBodies.CONTENT_TYPE);
    }
    return b.build();
  }

  /**
   * The answer for an error reply that, for this operation, still means it succeeded, or null for an error (the
   * call throws it): DeleteStackSet's 404 on a retry (see {@link RfsOperations#deleteStackSet()}).
   */
  public O recover(ServiceException e) {
    return recovery.apply(e);
  }

  /** The core descriptor of this operation for a client sending {@code projectId} (or none, when null). */
  public OperationDescriptor<I, O> descriptor(String projectId) {
    return OperationDescriptor.<I, O>builder(name)
        .binding(binding())
        .marshaller(request -> marshal(request, projectId))
        .reader(reader)
        .errorRule(errorRule)
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

    /**
     * The asynchronous listing over {@code call} (the async client's single-page method); the first request is
     * checked now, as {@link #paginator} does.
     */
    public AsyncPaginator<T> asyncPaginator(I first, Function<? super I, ? extends CompletableFuture<O>> call) {
      return PagedCalls.asyncPaginator(paging, this::path, first, call);
    }
  }
}
