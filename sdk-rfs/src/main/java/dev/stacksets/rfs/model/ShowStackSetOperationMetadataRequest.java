package dev.stacksets.rfs.model;

import org.jspecify.annotations.Nullable;

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
  private final RequestFields<Void> f;

  private ShowStackSetOperationMetadataRequest(Builder b) {
    this.f = b.f.frozen();
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder(new RequestFields<>());
  }

  /** Returns a builder holding this request's values. */
  public Builder toBuilder() {
    return new Builder(f.copy());
  }

  /** Name of the stack set (path {@code stack_set_name}). */
  public @Nullable String stackSetName() {
    return f.stackSetName;
  }

  /** The operation id (path {@code stack_set_operation_id}). */
  public @Nullable String operationId() {
    return f.operationId;
  }

  /** The stack set id for a strong match (query {@code stack_set_id}). */
  public @Nullable String stackSetId() {
    return f.stackSetId;
  }

  /** The call identity (query {@code call_identity}), or null for the service default ({@code SELF}). */
  public @Nullable CallIdentity callIdentity() {
    return f.callIdentity;
  }

  /** The {@code Client-Request-Id} to send, or null to have the SDK generate a UUID. */
  public @Nullable String clientRequestId() {
    return f.clientRequestId;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof ShowStackSetOperationMetadataRequest that && f.equals(that.f));
  }

  @Override
  public int hashCode() {
    return f.hashCode();
  }

  @Override
  public String toString() {
    return f.render("ShowStackSetOperationMetadataRequest");
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private final RequestFields<Void> f;

    private Builder(RequestFields<Void> f) {
      this.f = f;
    }

    /**
     * The stack set's name (path {@code stack_set_name}): starts with a letter (Chinese and other non-Latin letters included), then letters, digits, {@code _} and {@code -}; 1 to 128 characters; case-sensitive. Required.
     *
     * @throws IllegalArgumentException when the name breaks the documented pattern
     */
    public Builder stackSetName(@Nullable String value) {
      f.stackSetName(value);
      return this;
    }

    /**
     * The operation's id (path {@code stack_set_operation_id}). Required.
     *
     * @throws IllegalArgumentException when the value is blank or holds control characters
     */
    public Builder operationId(@Nullable String value) {
      f.operationId(value);
      return this;
    }

    /**
     * The stack set's id (query {@code stack_set_id}): when it differs from the current set's id the service answers 400, so a re-created set of the same name is never touched by mistake.
     *
     * @throws IllegalArgumentException when the value is blank or holds control characters
     */
    public Builder stackSetId(@Nullable String value) {
      f.stackSetId(value);
      return this;
    }

    /**
     * The call identity (query {@code call_identity}); only meaningful for SERVICE_MANAGED stack sets. Null for the service default ({@code SELF}).
     *
     * @throws IllegalArgumentException for {@link CallIdentity#UNKNOWN_TO_SDK_VERSION}
     */
    public Builder callIdentity(@Nullable CallIdentity value) {
      f.callIdentity(value);
      return this;
    }

    /**
     * The {@code Client-Request-Id} header to send (the service wants a unique id per request; a UUID is recommended). Null to have the SDK generate a fresh UUID per call; the same id is kept on every retry of one call.
     *
     * @throws IllegalArgumentException when blank, longer than 128 characters or not printable ASCII without spaces
     */
    public Builder clientRequestId(@Nullable String value) {
      f.clientRequestId(value);
      return this;
    }

    /** Builds the immutable request. */
    public ShowStackSetOperationMetadataRequest build() {
      return new ShowStackSetOperationMetadataRequest(this);
    }
  }
}
