package dev.stacksets.rfs.model;

import dev.stacksets.rfs.internal.RfsValidation;
import java.util.Objects;

/**
 * The request of ShowStackSetOperationMetadata ({@code GET /v1/stack-sets/{stack_set_name}/operations/{stack_set_operation_id}/metadata}). Reads one stack-set operation with its deployment targets and preferences.
 *
 * <p>Immutable and thread-safe. Setters check each value as it arrives and throw
 * {@link IllegalArgumentException} naming the parameter; the call checks that {@code stackSetName}, {@code operationId} is set (required) before
 * anything is sent. A null argument unsets an optional value.
 *
 * <pre>{@code
 * ShowStackSetOperationMetadataRequest r = ShowStackSetOperationMetadataRequest.builder()
 *     .stackSetName("my_stack_set").operationId("daa46d87-045b-4a50-a0d5-c167fc34b632").build();
 * }</pre>
 */
public final class ShowStackSetOperationMetadataRequest {
  private final String stackSetName;
  private final String operationId;
  private final String stackSetId;
  private final CallIdentity callIdentity;
  private final String clientRequestId;

  private ShowStackSetOperationMetadataRequest(Builder b) {
    this.stackSetName = b.stackSetName;
    this.operationId = b.operationId;
    this.stackSetId = b.stackSetId;
    this.callIdentity = b.callIdentity;
    this.clientRequestId = b.clientRequestId;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this request's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Name of the stack set (path {@code stack_set_name}), or null. */
  public String stackSetName() {
    return stackSetName;
  }

  /** The operation id (path {@code stack_set_operation_id}), or null. */
  public String operationId() {
    return operationId;
  }

  /** The stack set id for a strong match (query {@code stack_set_id}), or null. */
  public String stackSetId() {
    return stackSetId;
  }

  /** The call identity (query {@code call_identity}), or null for the service default ({@code SELF}). */
  public CallIdentity callIdentity() {
    return callIdentity;
  }

  /** The {@code Client-Request-Id} to send, or null to have the SDK generate a UUID. */
  public String clientRequestId() {
    return clientRequestId;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ShowStackSetOperationMetadataRequest)) {
      return false;
    }
    ShowStackSetOperationMetadataRequest that = (ShowStackSetOperationMetadataRequest) o;
    return Objects.equals(stackSetName, that.stackSetName)
        && Objects.equals(operationId, that.operationId)
        && Objects.equals(stackSetId, that.stackSetId)
        && Objects.equals(callIdentity, that.callIdentity)
        && Objects.equals(clientRequestId, that.clientRequestId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stackSetName, operationId, stackSetId, callIdentity, clientRequestId);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ShowStackSetOperationMetadataRequest{");
    String sep = "";
    if (stackSetName != null) {
      sb.append(sep).append("stackSetName=").append(stackSetName);
      sep = ", ";
    }
    if (operationId != null) {
      sb.append(sep).append("operationId=").append(operationId);
      sep = ", ";
    }
    if (stackSetId != null) {
      sb.append(sep).append("stackSetId=").append(stackSetId);
      sep = ", ";
    }
    if (callIdentity != null) {
      sb.append(sep).append("callIdentity=").append(callIdentity);
      sep = ", ";
    }
    if (clientRequestId != null) {
      sb.append(sep).append("clientRequestId=").append(clientRequestId);
      sep = ", ";
    }
    return sb.append('}').toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String stackSetName;
    private String operationId;
    private String stackSetId;
    private CallIdentity callIdentity;
    private String clientRequestId;

    private Builder() {}

    private Builder(ShowStackSetOperationMetadataRequest r) {
      this.stackSetName = r.stackSetName;
      this.operationId = r.operationId;
      this.stackSetId = r.stackSetId;
      this.callIdentity = r.callIdentity;
      this.clientRequestId = r.clientRequestId;
    }

    /**
     * The stack set's name (path {@code stack_set_name}): starts with a letter (Chinese and other non-Latin letters included), then letters, digits, {@code _} and {@code -}; 1 to 128 characters; case-sensitive. Required.
     *
     * @throws IllegalArgumentException when the name breaks the documented pattern
     */
    public Builder stackSetName(String value) {
      this.stackSetName = RfsValidation.stackSetName(value);
      return this;
    }

    /**
     * The operation's id (path {@code stack_set_operation_id}). Required.
     *
     * @throws IllegalArgumentException when the value is blank or holds control characters
     */
    public Builder operationId(String value) {
      this.operationId = RfsValidation.id(value, "operationId", "stack_set_operation_id");
      return this;
    }

    /**
     * The stack set's id (query {@code stack_set_id}): when it differs from the current set's id the service answers 400, so a re-created set of the same name is never touched by mistake.
     *
     * @throws IllegalArgumentException when the value is blank or holds control characters
     */
    public Builder stackSetId(String value) {
      this.stackSetId = RfsValidation.id(value, "stackSetId", "stack_set_id");
      return this;
    }

    /**
     * The call identity (query {@code call_identity}); only meaningful for SERVICE_MANAGED stack sets. Null for the service default ({@code SELF}).
     *
     * @throws IllegalArgumentException for {@link CallIdentity#UNKNOWN_TO_SDK_VERSION}
     */
    public Builder callIdentity(CallIdentity value) {
      this.callIdentity = RfsValidation.callIdentity(value);
      return this;
    }

    /**
     * The {@code Client-Request-Id} header to send (the service wants a unique id per request; a UUID is recommended). Null to have the SDK generate a fresh UUID per call; the same id is kept on every retry of one call.
     *
     * @throws IllegalArgumentException when blank, longer than 128 characters or not printable ASCII without spaces
     */
    public Builder clientRequestId(String value) {
      this.clientRequestId = RfsValidation.clientRequestId(value);
      return this;
    }

    /** Builds the immutable request. */
    public ShowStackSetOperationMetadataRequest build() {
      return new ShowStackSetOperationMetadataRequest(this);
    }
  }
}
