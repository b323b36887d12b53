package dev.stacksets.emulator.internal;

import dev.stacksets.core.internal.util.Hashing;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Opaque paging tokens (RFS {@code marker}, AWS {@code NextToken}): base64url of a version, a direction, a hash of
 * the request's other parameters (its "scope"), the key of the item to continue from, and an HMAC over all of it
 * with a secret made per emulator. A token that was altered, made by another emulator, or reused with different
 * parameters is refused. Thread-safe.
 */
public final class PageTokens {
  private static final byte VERSION = 1;
  private static final int MAC_BYTES = 16;
  private final byte[] secret;

  /** Tokens with a fresh random secret. */
  public PageTokens() {
    this.secret = new byte[32];
    new SecureRandom().nextBytes(secret);
  }

  /**
   * A decoded token.
   *
   * @param key       the item key to continue from (exclusive)
   * @param backwards true: the page before {@code key}; false: the page after it
   */
  public record Cursor(PageKey key, boolean backwards) {}

  /** A token continuing after (or, {@code backwards}, before) {@code key} for requests with this scope. */
  public String issue(String scope, PageKey key, boolean backwards) {
    byte[] secondary = key.secondary().getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(2 + 8 + 8 + 2 + secondary.length + MAC_BYTES);
    b.put(VERSION).put((byte) (backwards ? 1 : 0)).put(scopeHash(scope)).putLong(key.primary())
        .putShort((short) secondary.length).put(secondary);
    byte[] mac = mac(Arrays.copyOf(b.array(), b.position()));
    b.put(mac, 0, MAC_BYTES);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
  }

  /** The cursor of a token, or null when the token is malformed, forged or was issued for another scope. */
  public Cursor parse(String token, String scope) {
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (raw.length < 2 + 8 + 8 + 2 + MAC_BYTES) {
      return null;
    }
    int body = raw.length - MAC_BYTES;
    byte[] expected = Arrays.copyOf(mac(Arrays.copyOf(raw, body)), MAC_BYTES);
    if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(raw, body, raw.length))) {
      return null;
    }
    ByteBuffer b = ByteBuffer.wrap(raw, 0, body);
    if (b.get() != VERSION) {
      return null;
    }
    boolean backwards = b.get() == 1;
    byte[] hash = new byte[8];
    b.get(hash);
    if (!MessageDigest.isEqual(hash, scopeHash(scope))) {
      return null;
    }
    long primary = b.getLong();
    int len = b.getShort() & 0xffff;
    if (b.remaining() != len) {
      return null;
    }
    byte[] secondary = new byte[len];
    b.get(secondary);
    return new Cursor(new PageKey(primary, new String(secondary, StandardCharsets.UTF_8)), backwards);
  }

  private static byte[] scopeHash(String scope) {
    return Arrays.copyOf(Hashing.sha256(scope.getBytes(StandardCharsets.UTF_8)), 8);
  }

  private byte[] mac(byte[] data) {
    return Hashing.hmacSha256(secret, new String(data, StandardCharsets.ISO_8859_1));
  }
}
