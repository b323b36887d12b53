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
import dev.stacksets.core.paginate.Paginator;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One CloudFormation or Config operation as declared in {@link CfnOperations} or {@link ConfigOperations}: its name
 * (the Query {@code Action}, or the JSON 1.1 {@code X-Amz-Target} operation), the check and the writer of its
 * request, the reader of its result, the modeled errors it may return (by code, each to its exception type), whether
 * a retry is safe and, for the List operations, its paging. The name is spelled here only: it makes the
 * {@code Action}, the expected {@code <ActionResponse><ActionResult>} of the reply, the target and the log name.
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

  private AwsOperation(AwsOperation<I, O> o) {
    this.check = o.check;
    this.descriptor = o.descriptor;
  }

  private AwsOperation(String name, String binding, Consumer<I> check, Function<I, SdkHttpRequest> writer,
      ResponseParser<O> reader, Map<String, Function<ServiceError, ServiceException>> errors) {
    this.check = check;
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
        .retrySafety(RetrySafety.SAFE)
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
    return new AwsOperation<>(action, "Action=" + action, check, request -> {
      QueryForm form = QueryForm.of(action, CLOUDFORMATION_VERSION);
      write.accept(request, form);
      return form.toRequest();
    }, CfnResponses.parser(action, read), errors);
  }

  /**
   * A Config read (JSON 1.1, safe to retry): {@code X-Amz-Target: StarlingDoveService.<operation>} with the members
   * {@code write} writes; the reply object is read by {@code read}.
   *
   * @param errors the operation's modeled error codes and their exception types
   */
  static <I, O> AwsOperation<I, O> jsonRead(String operation, Consumer<I> check, ConfigJson.Members<I> write,
      BiFunction<JsonNode, ResponseMetadata, O> read, Map<String, Function<ServiceError, ServiceException>> errors) {
    return new AwsOperation<>(operation, "X-Amz-Target: " + ConfigJson.TARGET_PREFIX + operation, check,
        request -> ConfigJson.request(operation, request, write), ConfigJson.parser(read), errors);
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
  }
}
