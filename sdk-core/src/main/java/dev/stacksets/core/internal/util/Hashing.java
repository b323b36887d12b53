package dev.stacksets.core.internal.util;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SHA-256, HMAC-SHA256 and lower-case hex: the primitives both signers (and the emulator's verifier) share.
 *
 * <p>Signing one attempt hashes the body and the canonical request and runs five HMACs, so the JCA look-up of a
 * {@link MessageDigest} and a {@link Mac} is done once per thread, not on every use: each thread keeps its own
 * instances (they are not thread-safe), reset before every use. Thread-safe.
 */
public final class Hashing {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final String HMAC_SHA256 = "HmacSHA256";

  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  });

  private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> {
    try {
      return Mac.getInstance(HMAC_SHA256);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  });

  private Hashing() {}

  /** This thread's SHA-256 digest (for tests: the same instance on every call in one thread). */
  static MessageDigest threadSha256() {
    return SHA256.get();
  }

  /** This thread's HMAC-SHA256 (for tests: the same instance on every call in one thread). */
  static Mac threadHmacSha256() {
    return HMAC.get();
  }

  /** SHA-256 of the bytes. */
  public static byte[] sha256(byte[] data) {
    MessageDigest digest = SHA256.get();
    digest.reset(); // in case an earlier use on this thread failed half-way
    return digest.digest(data);
  }

  /** Lower-case hex SHA-256 of the bytes. */
  public static String sha256Hex(byte[] data) {
    return hex(sha256(data));
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of the text. */
  public static String sha256Hex(String text) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  /** HMAC-SHA256 of the UTF-8 text under the key. */
  public static byte[] hmacSha256(byte[] key, String data) {
    Mac mac = HMAC.get();
    try {
      mac.init(new SecretKeySpec(key, HMAC_SHA256)); // also resets it
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 rejected the key", e);
    }
    return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
  }

  /** Lower-case hex of the bytes. */
  public static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[bytes[i] & 0xf];
    }
    return new String(out);
  }
}
