package dev.stacksets.rfs.internal;

import dev.stacksets.rfs.model.CallIdentity;
import dev.stacksets.rfs.model.Sort;
import dev.stacksets.rfs.model.SortDirection;
import dev.stacksets.rfs.model.SortKey;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The argument checks of the RFS requests, in one place. Each returns the value it accepted (null means "unset" for
 * optional values) or throws {@link IllegalArgumentException} naming the parameter by its Java and wire names.
 */
public final class RfsValidation {
  /** Most characters (code points) in a stack-set name, per the API reference. */
  public static final int MAX_STACK_SET_NAME = 128;
  /** Most characters in a {@code Client-Request-Id}, per the API reference. */
  public static final int MAX_CLIENT_REQUEST_ID = 128;
  /** Smallest and largest page size. */
  public static final int MIN_LIMIT = 10;
  /** Largest page size. */
  public static final int MAX_LIMIT = 1000;

  /** A letter (any script, so Chinese too), then letters, ASCII digits, '_' and '-'. */
  private static final Pattern STACK_SET_NAME = Pattern.compile("\\p{L}[\\p{L}0-9_-]*");

  private RfsValidation() {}

  /** A stack-set name: 1 to 128 characters, a letter first, then letters, digits, {@code _}, {@code -}. */
  public static String stackSetName(String value) {
    if (value == null) {
      return null;
    }
    int length = value.codePointCount(0, value.length());
    if (length == 0 || length > MAX_STACK_SET_NAME || !STACK_SET_NAME.matcher(value).matches()) {
      throw new IllegalArgumentException("stackSetName (stack_set_name) must start with a letter and contain only "
          + "letters, digits, '_' and '-', 1 to " + MAX_STACK_SET_NAME + " characters: '" + value + "'");
    }
    return value;
  }

  /** An id: not blank, no whitespace or control characters. */
  public static String id(String value, String javaName, String wireName) {
    if (value == null) {
      return null;
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(javaName + " (" + wireName + ") must not be blank");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw new IllegalArgumentException(javaName + " (" + wireName + ") must not contain whitespace or control "
            + "characters: '" + value + "'");
      }
    }
    return value;
  }

  /** The region half of {@code stack_instance_addr}: an id without {@code /}. */
  public static String region(String value) {
    return noSlash(id(value, "region", "stack_instance_addr"), "region");
  }

  /** The account half of {@code stack_instance_addr}: an id without {@code /}. */
  public static String stackDomainId(String value) {
    return noSlash(id(value, "stackDomainId", "stack_instance_addr"), "stackDomainId");
  }

  private static String noSlash(String value, String javaName) {
    if (value != null && value.indexOf('/') >= 0) {
      throw new IllegalArgumentException(javaName + " (stack_instance_addr) must not contain '/': '" + value + "'");
    }
    return value;
  }

  /** A page marker: not blank. */
  public static String marker(String value) {
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException("marker must not be blank (use null for the first page)");
    }
    return value;
  }

  /** A page size: 10 to 1000. */
  public static Integer limit(Integer value) {
    if (value != null && (value < MIN_LIMIT || value > MAX_LIMIT)) {
      throw new IllegalArgumentException("limit must be between " + MIN_LIMIT + " and " + MAX_LIMIT + ": " + value);
    }
    return value;
  }

  /** A {@code Client-Request-Id}: 1 to 128 printable ASCII characters without spaces. */
  public static String clientRequestId(String value) {
    if (value == null) {
      return null;
    }
    if (value.isEmpty() || value.length() > MAX_CLIENT_REQUEST_ID) {
      throw new IllegalArgumentException("clientRequestId (Client-Request-Id) must be 1 to " + MAX_CLIENT_REQUEST_ID
          + " characters long: " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        throw new IllegalArgumentException("clientRequestId (Client-Request-Id) must be printable ASCII without "
            + "spaces: '" + value + "'");
      }
    }
    return value;
  }

  /** A call identity that has a wire value. */
  public static CallIdentity callIdentity(CallIdentity value) {
    if (value == CallIdentity.UNKNOWN_TO_SDK_VERSION) {
      throw new IllegalArgumentException("callIdentity (call_identity): UNKNOWN_TO_SDK_VERSION cannot be sent");
    }
    return value;
  }

  /** Pairs the API's parallel {@code sort_key} / {@code sort_dir} arrays; they must have the same length. */
  public static List<Sort> sortPairs(List<SortKey> keys, List<SortDirection> directions) {
    int k = keys == null ? 0 : keys.size();
    int d = directions == null ? 0 : directions.size();
    if (k != d) {
      throw new IllegalArgumentException("sort_key and sort_dir must have the same number of entries: " + k
          + " sort_key, " + d + " sort_dir");
    }
    List<Sort> out = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      out.add(new Sort(keys.get(i), directions.get(i)));
    }
    return out;
  }

  /**
   * Checks that a required value is set.
   *
   * @throws IllegalArgumentException naming the parameter when it is null
   */
  public static <T> T required(T value, String javaName, String wireName) {
    if (value == null) {
      throw new IllegalArgumentException(javaName + " (" + wireName + ") is required");
    }
    return value;
  }
}
