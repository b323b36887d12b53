package dev.stacksets.core.exception;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Everything known about one error reply: which service answered, HTTP status, the service's error code and
 * message, the request ids, how many attempts the call made, and a bounded excerpt of the raw body. Service modules
 * fill it from their own error format; {@link ServiceException} and its subclasses expose it.
 *
 * <p>Immutable, thread-safe and serializable (so a {@link ServiceException} keeps it across Java serialization).
 *
 * <pre>{@code
 * ServiceError e = ServiceError.builder().service("RFS").statusCode(404)
 *     .errorCode("RF.10011004").errorMessage("stack set not found").build();
 * }</pre>
 */
public final class ServiceError implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Largest raw-body excerpt kept, in characters. */
  public static final int MAX_EXCERPT_CHARS = 2048;

  private final String service;
  private final int statusCode;
  private final String errorCode;
  private final String errorMessage;
  private final String requestId;
  private final String clientRequestId;
  private final int attempts;
  private final String bodyExcerpt;
  private final boolean throttling;
  private final boolean retryableCode;
  private final String encodedAuthorizationMessage;
  private final List<Detail> details;

  private ServiceError(Builder b) {
    UnaryOperator<String> r = b.redactor;
    this.service = b.service == null ? "unknown" : b.service;
    this.statusCode = b.statusCode;
    this.errorCode = r.apply(b.errorCode);
    this.errorMessage = r.apply(b.errorMessage);
    this.requestId = r.apply(b.requestId);
    this.clientRequestId = b.clientRequestId;
    this.attempts = b.attempts;
    this.bodyExcerpt = excerpt(r.apply(b.bodyExcerpt));
    this.throttling = b.throttling;
    this.retryableCode = b.retryableCode;
    this.encodedAuthorizationMessage = r.apply(b.encodedAuthorizationMessage);
    List<Detail> d = new ArrayList<>(b.details.size());
    for (Detail e : b.details) {
      d.add(new Detail(r.apply(e.errorCode()), r.apply(e.errorMessage())));
    }
    this.details = List.copyOf(d);
  }

  private static String excerpt(String body) {
    if (body == null || body.length() <= MAX_EXCERPT_CHARS) {
      return body;
    }
    return body.substring(0, MAX_EXCERPT_CHARS) + "...";
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this error's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.service = service;
    b.statusCode = statusCode;
    b.errorCode = errorCode;
    b.errorMessage = errorMessage;
    b.requestId = requestId;
    b.clientRequestId = clientRequestId;
    b.attempts = attempts;
    b.bodyExcerpt = bodyExcerpt;
    b.throttling = throttling;
    b.retryableCode = retryableCode;
    b.encodedAuthorizationMessage = encodedAuthorizationMessage;
    b.details.addAll(details);
    return b;
  }

  /** Service name, e.g. {@code RFS}, {@code CloudFormation}, {@code Config}. */
  public String service() {
    return service;
  }

  /** HTTP status code. */
  public int statusCode() {
    return statusCode;
  }

  /** The service's error code (e.g. {@code RF.10011001}, {@code StackSetNotFoundException}). */
  public @Nullable String errorCode() {
    return errorCode;
  }

  /** The service's error message. */
  public @Nullable String errorMessage() {
    return errorMessage;
  }

  /** The server-side request id ({@code X-Request-Id} / {@code x-amzn-RequestId}). */
  public @Nullable String requestId() {
    return requestId;
  }

  /** The {@code Client-Request-Id} this call sent, or null for services that do not use one. */
  public @Nullable String clientRequestId() {
    return clientRequestId;
  }

  /** How many attempts the call made, this one included. */
  public int attempts() {
    return attempts;
  }

  /** At most {@value #MAX_EXCERPT_CHARS} characters of the raw error body. */
  public @Nullable String bodyExcerpt() {
    return bodyExcerpt;
  }

  /** True when the service signalled throttling (HTTP 429 or a throttling error code). */
  public boolean isThrottling() {
    return throttling || statusCode == 429;
  }

  /** True when the error code itself is one the service module declares retryable. */
  public boolean isRetryableCode() {
    return retryableCode;
  }

  /** RFS: the encoded explanation of an authorization failure. */
  public @Nullable String encodedAuthorizationMessage() {
    return encodedAuthorizationMessage;
  }

  /** Additional per-item details the service returned (e.g. RFS {@code details[]}); unmodifiable. */
  public List<Detail> details() {
    return details;
  }

  /**
   * {@code service status [code][: message] ([request id: r, ][client request id: c, ]attempts: n)}; an id the reply
   * or call did not have is left out rather than shown as {@code null}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(service).append(' ').append(statusCode);
    if (errorCode != null) {
      sb.append(' ').append(errorCode);
    }
    if (errorMessage != null) {
      sb.append(": ").append(errorMessage);
    }
    sb.append(" (");
    if (requestId != null) {
      sb.append("request id: ").append(requestId).append(", ");
    }
    if (clientRequestId != null) {
      sb.append("client request id: ").append(clientRequestId).append(", ");
    }
    sb.append("attempts: ").append(attempts).append(')');
    return sb.toString();
  }

  /**
   * One entry of an error's detail list.
   *
   * @param errorCode    detail code, may be null
   * @param errorMessage detail message, may be null
   */
  public record Detail(@Nullable String errorCode, @Nullable String errorMessage) implements Serializable {}

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String service;
    private int statusCode;
    private String errorCode;
    private String errorMessage;
    private String requestId;
    private String clientRequestId;
    private int attempts = 1;
    private String bodyExcerpt;
    private boolean throttling;
    private boolean retryableCode;
    private String encodedAuthorizationMessage;
    private final List<Detail> details = new ArrayList<>();
    private UnaryOperator<String> redactor = UnaryOperator.identity();

    private Builder() {}

    /**
     * A function every text the reply supplied (error code and message, request id, body excerpt, encoded
     * authorization message, details) passes through on {@link #build()}, after the service module decoded it. The
     * SDK's pipeline sets it to mask secrets an error reply echoes back, whatever encoding the server used; it is
     * not kept by the built error nor copied by {@link ServiceError#toBuilder()}.
     *
     * @param redactor maps a text (never null) to what may be shown; null resets to showing the text as it is
     */
    public Builder redactor(@Nullable UnaryOperator<String> redactor) {
      this.redactor = redactor == null ? UnaryOperator.identity() : s -> s == null ? null : redactor.apply(s);
      return this;
    }

    /** Service name. */
    public Builder service(String service) {
      this.service = service;
      return this;
    }

    /** HTTP status. */
    public Builder statusCode(int statusCode) {
      this.statusCode = statusCode;
      return this;
    }

    /** Service error code. */
    public Builder errorCode(@Nullable String errorCode) {
      this.errorCode = errorCode;
      return this;
    }

    /** Returns the error code set so far. */
    public @Nullable String errorCode() {
      return errorCode;
    }

    /** Service error message. */
    public Builder errorMessage(@Nullable String errorMessage) {
      this.errorMessage = errorMessage;
      return this;
    }

    /** Server request id. */
    public Builder requestId(@Nullable String requestId) {
      this.requestId = requestId;
      return this;
    }

    /** Returns the request id set so far. */
    public @Nullable String requestId() {
      return requestId;
    }

    /** Client request id. */
    public Builder clientRequestId(@Nullable String clientRequestId) {
      this.clientRequestId = clientRequestId;
      return this;
    }

    /** Attempt count (1-based). */
    public Builder attempts(int attempts) {
      this.attempts = attempts;
      return this;
    }

    /** Raw body; cut to {@value #MAX_EXCERPT_CHARS} characters on build. */
    public Builder bodyExcerpt(@Nullable String bodyExcerpt) {
      this.bodyExcerpt = bodyExcerpt;
      return this;
    }

    /** Marks the error as throttling. */
    public Builder throttling(boolean throttling) {
      this.throttling = throttling;
      return this;
    }

    /** Marks the error code as retryable. */
    public Builder retryableCode(boolean retryableCode) {
      this.retryableCode = retryableCode;
      return this;
    }

    /** RFS encoded authorization message. */
    public Builder encodedAuthorizationMessage(@Nullable String message) {
      this.encodedAuthorizationMessage = message;
      return this;
    }

    /** Adds one detail entry. */
    public Builder addDetail(@Nullable String errorCode, @Nullable String errorMessage) {
      details.add(new Detail(errorCode, errorMessage));
      return this;
    }

    /** Builds the error. */
    public ServiceError build() {
      return new ServiceError(this);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ServiceError)) {
      return false;
    }
    ServiceError e = (ServiceError) o;
    return statusCode == e.statusCode && attempts == e.attempts && throttling == e.throttling
        && retryableCode == e.retryableCode && service.equals(e.service) && Objects.equals(errorCode, e.errorCode)
        && Objects.equals(errorMessage, e.errorMessage) && Objects.equals(requestId, e.requestId)
        && Objects.equals(clientRequestId, e.clientRequestId) && Objects.equals(bodyExcerpt, e.bodyExcerpt)
        && Objects.equals(encodedAuthorizationMessage, e.encodedAuthorizationMessage) && details.equals(e.details);
  }

  @Override
  public int hashCode() {
    return Objects.hash(service, statusCode, errorCode, errorMessage, requestId, clientRequestId, attempts);
  }
}
