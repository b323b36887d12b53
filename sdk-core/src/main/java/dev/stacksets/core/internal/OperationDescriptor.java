package dev.stacksets.core.internal;

import dev.stacksets.core.internal.util.Require;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.http.SdkHttpRequest;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One operation of a service, declared once: its API name, how it goes on the wire, how its input becomes an HTTP
 * request, how a 2xx reply becomes its output, how an error reply is refined, whether a retry is safe, and (for
 * {@link Paged} operations) how it pages. A service keeps one table of these; each client method is one line over
 * {@link ClientRuntime#execute(OperationDescriptor, Object)} or {@link ClientRuntime#executeAsync(OperationDescriptor,
 * Object)}, and the sync and async drivers run the same descriptor through the same stages.
 *
 * <p>Immutable and thread-safe when its functions are.
 *
 * <pre>{@code
 * // the service modules build these from their own tables (RfsOperations, CfnOperations, ConfigOperations)
 * OperationDescriptor<ShowThingRequest, ShowThingResponse> showThing =
 *     OperationDescriptor.<ShowThingRequest, ShowThingResponse>builder("ShowThing")
 *         .binding("GET /v1/things/{thing_name}")
 *         .marshaller(request -> SdkHttpRequest.builder().method("GET").encodedPath("/v1/things/" + request.name())
 *             .build())
 *         .reader((response, metadata) -> ShowThingResponse.parse(response.body(), metadata))
 *         .errorRule(e -> e.statusCode() == 404 ? new ThingNotFoundException(e.error()) : e)
 *         .retrySafety(RetrySafety.SAFE)
 *         .build();
 * ShowThingResponse thing = runtime.execute(showThing, request);
 * }</pre>
 *
 * @param <I> the operation's input (its typed request)
 * @param <O> the operation's output (its typed response)
 */
public class OperationDescriptor<I, O> {
  private final String name;
  private final String binding;
  private final Function<I, SdkHttpRequest> marshaller;
  private final ResponseParser<O> reader;
  private final UnaryOperator<ServiceException> errorRule;
  private final RetrySafety retrySafety;

  private OperationDescriptor(Builder<I, O> b) {
    this.name = b.name;
    this.binding = b.binding;
    this.marshaller = b.marshaller;
    this.reader = b.reader;
    this.errorRule = b.errorRule;
    this.retrySafety = b.retrySafety;
  }

  /**
   * A builder for the operation with the given API name (as in the service's API reference, e.g.
   * {@code ListStackSets}; used in logs, errors and attempt events).
   *
   * @throws IllegalArgumentException when the name is null or blank
   */
  public static <I, O> Builder<I, O> builder(String name) {
    return new Builder<>(name);
  }

  /** The API name, e.g. {@code ListStackSets}. */
  public String name() {
    return name;
  }

  /**
   * How the operation goes on the wire, for logs and docs only (the marshaller does the binding): e.g.
   * {@code GET /v1/{project_id}/stack-sets}, {@code Action=ListStackSets}, or
   * {@code X-Amz-Target: StarlingDoveService.GetOrganizationConformancePackDetailedStatus}; empty when not given.
   */
  public String binding() {
    return binding;
  }

  /**
   * Validates and serializes an input into the request (path relative to the endpoint). Runs once per call, so
   * anything it generates (an idempotency key in the body) is identical on every attempt.
   *
   * @throws IllegalArgumentException when the input is null (naming it) or invalid (as the marshaller says)
   */
  public SdkHttpRequest marshal(I input) {
    if (input == null) {
      throw new IllegalArgumentException("request is required");
    }
    SdkHttpRequest request = marshaller.apply(input);
    if (request == null) {
      throw new IllegalStateException(name + ": the marshaller returned no request");
    }
    return request;
  }

  /** Reads a 2xx reply. */
  public ResponseParser<O> reader() {
    return reader;
  }

  /**
   * Refines a mapped error for this operation (e.g. which 404 is which {@code NotFoundException} subtype); never
   * null: the exception itself when the rule returns null.
   */
  public ServiceException refine(ServiceException e) {
    ServiceException refined = errorRule.apply(e);
    return refined == null ? e : refined;
  }

  /** Whether a retry of this operation is safe. */
  public RetrySafety retrySafety() {
    return retrySafety;
  }

  @Override
  public String toString() {
    return "Operation{" + name + (binding.isEmpty() ? "" : ", " + binding) + ", " + retrySafety + "}";
  }

  /**
   * A paged operation: an {@link OperationDescriptor} with its {@link Paging}, from which
   * {@link ClientRuntime#paginator(Paged, Object)} builds a lazy paginator over the items.
   *
   * @param <I> request type
   * @param <O> response type (one page)
   * @param <T> item type
   */
  public static final class Paged<I, O, T> extends OperationDescriptor<I, O> {
    private final Paging<I, O, T> paging;

    private Paged(Builder<I, O> b, Paging<I, O, T> paging) {
      super(b);
      this.paging = paging;
    }

    /** How the operation pages. */
    public Paging<I, O, T> paging() {
      return paging;
    }

    @Override
    public String toString() {
      return super.toString().replace("}", ", paged" + (paging.pageSizeMember() == null ? ""
          : " by " + paging.pageSizeMember()) + "}");
    }
  }

  /**
   * Mutable builder; not thread-safe. Name, marshaller, reader and retry safety are required.
   *
   * @param <I> request type
   * @param <O> response type
   */
  public static final class Builder<I, O> {
    private final String name;
    private String binding = "";
    private Function<I, SdkHttpRequest> marshaller;
    private ResponseParser<O> reader;
    private UnaryOperator<ServiceException> errorRule = UnaryOperator.identity();
    private RetrySafety retrySafety;

    private Builder(String name) {
      Require.nonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      this.name = name;
    }

    /** How it goes on the wire, for logs and docs (see {@link OperationDescriptor#binding()}). */
    public Builder<I, O> binding(String binding) {
      this.binding = Require.nonNull(binding, "binding");
      return this;
    }

    /** Validates and serializes an input (see {@link OperationDescriptor#marshal(Object)}). */
    public Builder<I, O> marshaller(Function<I, SdkHttpRequest> marshaller) {
      this.marshaller = Require.nonNull(marshaller, "marshaller");
      return this;
    }

    /** Reads a 2xx reply. */
    public Builder<I, O> reader(ResponseParser<O> reader) {
      this.reader = Require.nonNull(reader, "reader");
      return this;
    }

    /** Refines a mapped error (default: none). */
    public Builder<I, O> errorRule(UnaryOperator<ServiceException> errorRule) {
      this.errorRule = Require.nonNull(errorRule, "errorRule");
      return this;
    }

    /** Whether a retry is safe; required, so that no write is retried by default. */
    public Builder<I, O> retrySafety(RetrySafety retrySafety) {
      this.retrySafety = Require.nonNull(retrySafety, "retrySafety");
      return this;
    }

    /**
     * Builds the descriptor.
     *
     * @throws IllegalStateException naming a required part that is missing
     */
    public OperationDescriptor<I, O> build() {
      check();
      return new OperationDescriptor<>(this);
    }

    /**
     * Builds a paged descriptor.
     *
     * @throws IllegalArgumentException when {@code paging} is null
     * @throws IllegalStateException    naming a required part that is missing
     */
    public <T> Paged<I, O, T> buildPaged(Paging<I, O, T> paging) {
      Require.nonNull(paging, "paging");
      check();
      return new Paged<>(this, paging);
    }

    private void check() {
      if (marshaller == null) {
        throw new IllegalStateException(name + ": marshaller is required");
      }
      if (reader == null) {
        throw new IllegalStateException(name + ": reader is required");
      }
      if (retrySafety == null) {
        throw new IllegalStateException(name + ": retrySafety is required");
      }
    }
  }
}
