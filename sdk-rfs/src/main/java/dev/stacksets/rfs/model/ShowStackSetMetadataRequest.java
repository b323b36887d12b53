package dev.stacksets.rfs.model;

import org.jspecify.annotations.Nullable;

/**
 * The request of ShowStackSetMetadata ({@code GET /v1/stack-sets/{stack_set_name}/metadata}). Reads one stack set with its metadata.
 *
 * <p>Immutable and thread-safe. Setters check each value as it arrives and throw
 * {@link IllegalArgumentException} naming the parameter; the call checks that {@code stackSetName} is set (required) before
 * anything is sent. A null argument unsets an optional value.
 *
 * <pre>{@code
 * ShowStackSetMetadataRequest r = ShowStackSetMetadataRequest.builder().stackSetName("my_stack_set").build();
 * }</pre>
 */
public final class ShowStackSetMetadataRequest {
  private final RequestFields<Void> f;

  private ShowStackSetMetadataRequest(Builder b) {
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
    return this == o || (o instanceof ShowStackSetMetadataRequest that && f.equals(that.f));
  }

  @Override
  public int hashCode() {
    return f.hashCode();
  }

  @Override
  public String toString() {
    return f.render("ShowStackSetMetadataRequest");
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
    public ShowStackSetMetadataRequest build() {
      return new ShowStackSetMetadataRequest(this);
    }
  }
}
