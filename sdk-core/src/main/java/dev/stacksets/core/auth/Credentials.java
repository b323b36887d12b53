package dev.stacksets.core.auth;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An access key pair, with an optional session (security) token and expiry for temporary credentials. Used for both
 * clouds: an AWS access key id / secret access key / session token, or a Huawei AK / SK / security token.
 *
 * <p>The access key id and the token travel in HTTP headers, so they must be visible ASCII (no spaces, no line
 * breaks); the secret never leaves the process and may be any non-empty text.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows only the access key id; the secret and the token never
 * appear in any string this class produces, nor in any exception message.
 *
 * <pre>{@code
 * Credentials c = Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
 * }</pre>
 */
public final class Credentials {
  private final String accessKeyId;
  private final String secretAccessKey;
  private final String sessionToken;
  private final Instant expiration;

  private Credentials(Builder b) {
    if (b.accessKeyId == null || b.accessKeyId.isBlank()) {
      throw new IllegalStateException("accessKeyId is required");
    }
    if (b.secretAccessKey == null || b.secretAccessKey.isEmpty()) {
      throw new IllegalStateException("secretAccessKey is required");
    }
    this.accessKeyId = b.accessKeyId;
    this.secretAccessKey = b.secretAccessKey;
    this.sessionToken = b.sessionToken == null || b.sessionToken.isEmpty() ? null : b.sessionToken;
    this.expiration = b.expiration;
    requireHeaderSafe("accessKeyId", accessKeyId);
    if (sessionToken != null) {
      requireHeaderSafe("sessionToken", sessionToken);
    }
  }

  /** The access key and the token go into HTTP headers: visible ASCII only (the message never shows the value). */
  private static void requireHeaderSafe(String field, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        throw new IllegalStateException(field + " may hold only visible ASCII characters; position " + i
            + " holds " + (c == ' ' ? "a space" : c < 0x20 || c == 0x7f ? "a control character"
            : "a non-ASCII character"));
      }
    }
  }

  /** Long-term credentials. */
  public static Credentials of(String accessKeyId, String secretAccessKey) {
    return builder().accessKeyId(accessKeyId).secretAccessKey(secretAccessKey).build();
  }

  /** Temporary credentials with a session / security token. */
  public static Credentials of(String accessKeyId, String secretAccessKey, @Nullable String sessionToken) {
    return builder().accessKeyId(accessKeyId).secretAccessKey(secretAccessKey).sessionToken(sessionToken).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these values. */
  public Builder toBuilder() {
    return builder().accessKeyId(accessKeyId).secretAccessKey(secretAccessKey).sessionToken(sessionToken)
        .expiration(expiration);
  }

  /** The access key id (AWS) or AK (Huawei). Not secret. */
  public String accessKeyId() {
    return accessKeyId;
  }

  /** The secret access key (AWS) or SK (Huawei). Never log it. */
  public String secretAccessKey() {
    return secretAccessKey;
  }

  /** The session / security token of temporary credentials. Never log it. */
  public @Nullable String sessionToken() {
    return sessionToken;
  }

  /** When temporary credentials expire, or null when they do not. */
  public @Nullable Instant expiration() {
    return expiration;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Credentials)) {
      return false;
    }
    Credentials c = (Credentials) o;
    return accessKeyId.equals(c.accessKeyId) && secretAccessKey.equals(c.secretAccessKey)
        && Objects.equals(sessionToken, c.sessionToken) && Objects.equals(expiration, c.expiration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessKeyId, secretAccessKey, sessionToken, expiration);
  }

  @Override
  public String toString() {
    return "Credentials{accessKeyId=" + accessKeyId + ", secretAccessKey=***"
        + (sessionToken != null ? ", sessionToken=***" : "")
        + (expiration != null ? ", expiration=" + expiration : "") + "}";
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String accessKeyId;
    private String secretAccessKey;
    private String sessionToken;
    private Instant expiration;

    private Builder() {}

    /** The access key id / AK. */
    public Builder accessKeyId(String accessKeyId) {
      this.accessKeyId = accessKeyId;
      return this;
    }

    /** The secret access key / SK. */
    public Builder secretAccessKey(String secretAccessKey) {
      this.secretAccessKey = secretAccessKey;
      return this;
    }

    /** The session / security token, or null. */
    public Builder sessionToken(@Nullable String sessionToken) {
      this.sessionToken = sessionToken;
      return this;
    }

    /** Expiry of temporary credentials, or null. */
    public Builder expiration(@Nullable Instant expiration) {
      this.expiration = expiration;
      return this;
    }

    /** Builds; throws {@link IllegalStateException} naming a missing or unusable key part (never its value). */
    public Credentials build() {
      return new Credentials(this);
    }
  }
}
