package dev.stacksets.cfn.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.OperationDescriptor;
import dev.stacksets.core.internal.PagedCalls;
import dev.stacksets.core.internal.Paging;
import dev.stacksets.core.internal.ResponseParser;
import dev.stacksets.core.internal.RetrySafety;
import dev.stacksets.core.internal.util.XmlNode;
import dev.stacksets.core.paginate.AsyncPaginator;
import dev.stacksets.core.paginate.Paginator;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One CloudFormation or Config operation as declared in {@link CfnOperations} or {@link ConfigOperations}: its name
 * (the Query {@code Action}, or the JSON 1.1 {@code X-Amz-Target} operation), the check and the writer of its
 * request, the reader of its result, the modeled errors it may return (by code, each to its exception type), whether
 * a retry is safe and, for the List operations, its paging. A write may also carry an idempotency key
 * ({@link IdempotencyKey}: {@code OperationId} or {@code ClientRequestToken}, fixed in the request before it is sent)
 * and may wait its turn on a stack set ({@link #turnTarget()}); {@link CfnWrites} runs those. The name is spelled
 * here only: it makes the {@code Action}, the expected {@code <ActionResponse><ActionResult>} of the reply, the
 * target and the log name.
 *
 * <p>Validation runs once per request, when it is marshalled: the check first (nothing is sent when it fails), then
 * the writer. A paginator checks its first request when it is created, without writing anything.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <I> request type
 * @param <O> response type
 */
public class AwsOperation<I, O> {
  /** The CloudFormation API version. */
  public static final String CLOUDFORMATION_VERSION = "2010-05-15";

  private final Consumer<I> check;
  private final OperationDescriptor<I, O> descriptor;
  private final @Nullable IdempotencyKey<I, O> idempotencyKey;
  private final @Nullable Function<I, String> turnTarget;

  private AwsOperation(AwsOperation<I, O> o) {
    this(o, o.idempotencyKey, o.turnTarget);
  }

  private AwsOperation(AwsOperation<I, O> o, @Nullable IdempotencyKey<I, O> idempotencyKey,
      @Nullable Function<I, String> turnTarget) {
    this.check = o.check;
    this.descriptor = o.descriptor;
    this.idempotencyKey = idempotencyKey;
    this.turnTarget = turnTarget;
  }

  private AwsOperation(String name, String binding, Consumer<I> check, Function<I, SdkHttpRequest> writer,
      ResponseParser<O> reader, Map<String, Function<ServiceError, ServiceException>> errors,
      RetrySafety retrySafety) {
    this.check = check;
    this.idempotencyKey = null;
    this.turnTarget = null;
    this.descriptor = OperationDescriptor.<I, O>builder(name)
        .binding(binding)
        .marshaller(request -> {
          check.accept(request);
          return writer.apply(request);
        })
        .reader(reader)
        .errorRule(e -> {
          Function<ServiceError, ServiceException> type = e.errorCode() == null ? null : errors.get(e.errorCode());
          return type == null ? e : type.apply(e.error());
        })
        .retrySafety(retrySafety)
        .build();
  }

  /**
   * A CloudFormation read (Query protocol, safe to retry): {@code Action=<action>&Version=2010-05-15} then the
   * members {@code write} adds; the reply's {@code <ActionResult>} is read by {@code read}.
   *
   * @param errors the operation's modeled error codes and their exception types
   */
  static <I, O> AwsOperation<I, O> queryRead(String action, Consumer<I> check, BiConsumer<I, QueryForm> write,
      BiFunction<XmlNode, ResponseMetadata, O> read, Map<String, Function<ServiceError, ServiceException>> errors) {
    return query(action, check, write, CfnResponses.parser(action, read), errors, RetrySafety.SAFE);
  }

  /**
   * A CloudFormation write (Query protocol): as {@link #queryRead}, retried as {@code retrySafety} says. For an
   * operation whose result has no members ({@code emptyResult}), a reply without {@code <ActionResult>} is read as
   * an empty result.
   *
   * @param errors the operation's modeled error codes and their exception types
   */
  static <I, O> AwsOperation<I, O> queryWrite(String action, Consumer<I> check, BiConsumer<I, QueryForm> write,
      BiFunction<XmlNode, ResponseMetadata, O> read, boolean emptyResult,
      Map<String, Function<ServiceError, ServiceException>> errors, RetrySafety retrySafety) {
    ResponseParser<O> parser = emptyResult ? CfnResponses.parserOfEmpty(action, read)
        : CfnResponses.parser(action, read);
    return query(action, check, write, parser, errors, retrySafety);
  }

  private static <I, O> AwsOperation<I, O> query(String action, Consumer<I> check, BiConsumer<I, QueryForm> write,
      ResponseParser<O> parser, Map<String, Function<ServiceError, ServiceException>> errors,
      RetrySafety retrySafety) {
    return new AwsOperation<>(action, "Action=" + action, check, request -> {
      QueryForm form = QueryForm.of(action, CLOUDFORMATION_VERSION);
      write.accept(request, form);
      return form.toRequest();
    }, parser, errors, retrySafety);
  }

  /**
   * A Config read (JSON 1.1, safe to retry): {@code X-Amz-Target: StarlingDoveService.<operation>} with the members
   * {@code write} writes; the reply object is read by {@code read}.
   *
   * @param errors the operation's modeled error codes and their exception types
   */
  static <I, O> AwsOperation<I, O> jsonRead(String operation, Consumer<I> check, ConfigJson.Members<I> write,
      BiFunction<JsonNode, ResponseMetadata, O> read, Map<String, Function<ServiceError, ServiceException>> errors) {
    return json(operation, check, write, ConfigJson.parser(read), errors, RetrySafety.SAFE);
  }

  /**
   * A Config write (JSON 1.1): as {@link #jsonRead}, retried as {@code retrySafety} says. For an operation without
   * output ({@code emptyResult}), an empty body reads as an empty object.
   *
   * @param errors the operation's modeled error codes and their exception types
   */
  static <I, O> AwsOperation<I, O> jsonWrite(String operation, Consumer<I> check, ConfigJson.Members<I> write,
      BiFunction<JsonNode, ResponseMetadata, O> read, boolean emptyResult,
      Map<String, Function<ServiceError, ServiceException>> errors, RetrySafety retrySafety) {
    ResponseParser<O> parser = emptyResult ? ConfigJson.parserOfEmpty(read) : ConfigJson.parser(read);
    return json(operation, check, write, parser, errors, retrySafety);
  }

  private static <I, O> AwsOperation<I, O> json(String operation, Consumer<I> check, ConfigJson.Members<I> write,
      ResponseParser<O> parser, Map<String, Function<ServiceError, ServiceException>> errors,
      RetrySafety retrySafety) {
    return new AwsOperation<>(operation, "X-Amz-Target: " + ConfigJson.TARGET_PREFIX + operation, check,
        request -> ConfigJson.request(operation, request, write), parser, errors, retrySafety);
  }

  /**
   * This write, carrying an idempotency key in the member {@code key} reads and {@code withKey} sets; with
   * {@code replay} (null when the operation cannot be answered so) the response that stands for an
   * {@code OperationIdAlreadyExistsException} answering the call's own retry, made from the key and that answer's
   * metadata.
   */
  AwsOperation<I, O> idempotencyKey(Function<I, @Nullable String> key, BiFunction<I, String, I> withKey,
      @Nullable BiFunction<String, ResponseMetadata, O> replay) {
    return new AwsOperation<>(this, new IdempotencyKey<>(key, withKey, replay), turnTarget);
  }

  /** This write, which may meet another operation running on the stack set {@code stackSetName} names. */
  AwsOperation<I, O> waitsForTurn(Function<I, @Nullable String> stackSetName) {
    return new AwsOperation<>(this, idempotencyKey, stackSetName);
  }

  /** How this write carries its idempotency key; null when it carries none. */
  public @Nullable IdempotencyKey<I, O> idempotencyKey() {
    return idempotencyKey;
  }

  /**
   * The stack set a refusal of this write as busy is about, read from the request; null when the write cannot meet
   * another running operation (it does not wait its turn).
   */
  public @Nullable Function<I, String> turnTarget() {
    return turnTarget;
  }

  /** This operation, paged by {@code paging}. */
  <T> Paged<I, O, T> paged(Paging<I, O, T> paging) {
    return new Paged<>(this, paging);
  }

  /** The descriptor the client runs. */
  public OperationDescriptor<I, O> descriptor() {
    return descriptor;
  }

  /**
   * Checks a request without writing it (for the paginators and the neutral views, which check before iterating).
   *
   * @throws IllegalArgumentException naming the member that breaks a documented constraint
   */
  public void validate(I request) {
    check.accept(request);
  }

  @Override
  public String toString() {
    return descriptor.toString();
  }

  /**
   * How a write carries its idempotency key ({@code OperationId} or {@code ClientRequestToken}): read it from a
   * request, set it in a copy, and (for the {@code OperationId} writes) make the response that stands for an
   * {@code OperationIdAlreadyExistsException} answering the call's own retry.
   *
   * @param <I> request type
   * @param <O> response type
   * @param key     reads the key of a request (null when the caller gave none)
   * @param withKey a copy of a request with the key set
   * @param replay  the response for a key the service already ran, from the key and the answer's metadata; null when
   *                the operation has none
   */
  public record IdempotencyKey<I, O>(Function<I, @Nullable String> key, BiFunction<I, String, I> withKey,
      @Nullable BiFunction<String, ResponseMetadata, O> replay) {}

  /**
   * A List operation: an {@link AwsOperation} with its paging ({@code NextToken} in and out).
   *
   * @param <I> request type
   * @param <O> response type
   * @param <T> item type
   */
  public static final class Paged<I, O, T> extends AwsOperation<I, O> {
    private final Paging<I, O, T> paging;

    private Paged(AwsOperation<I, O> operation, Paging<I, O, T> paging) {
      super(operation);
      this.paging = paging;
    }

    /**
     * The lazy listing over {@code call} (the client's single-page method, so a test double gets it too). The first
     * request is checked now ({@link IllegalArgumentException} naming the member; nothing is sent), and each page's
     * request when it is marshalled.
     */
    public Paginator<T> paginator(I first, Function<? super I, ? extends O> call) {
      return PagedCalls.paginator(paging, this::validate, first, call);
    }

    /**
     * The asynchronous listing over {@code call} (the async client's single-page method); the first request is
     * checked now, as {@link #paginator} does.
     */
    public AsyncPaginator<T> asyncPaginator(I first, Function<? super I, ? extends CompletableFuture<O>> call) {
      return PagedCalls.asyncPaginator(paging, this::validate, first, call);
    }
  }
}
