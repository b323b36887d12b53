package dev.stacksets.core.internal;

import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.http.SdkHttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Masks, as {@code ***}, the secrets of one attempt that an error reply may echo back: the {@code Authorization}
 * value and its signature, the security token header, and the credentials' secret key and session token. The one
 * masking mechanism of the pipeline; used on the raw error body and again on every text an exception finally shows,
 * after the protocol's reader decoded it.
 *
 * <p>Two layers. First the exact values, written in any encoding a server may use, even mixed character by
 * character: plain, JSON ({@code \/}, <code>&#92;u002F</code>), XML character references ({@code &#47;},
 * {@code &#x2F;}, {@code &amp;}) and percent-encoding ({@code %2F}). Then patterns for what the exact values cannot
 * know (another attempt's values): the value of an echoed {@code x-amz-security-token:} or {@code x-security-token:}
 * line, and any 64-hex {@code Signature=}. Error path only; immutable and thread-safe.
 */
public final class EchoedSecrets {
  /** Request headers whose values are secret: never logged, and masked where a service echoes them back. */
  private static final String[] SECRET_HEADERS = {"Authorization", "X-Security-Token", "X-Amz-Security-Token"};
  private static final Pattern ECHOED_TOKEN_LINE =
      Pattern.compile("(?i)(x-(?:amz-)?security-token:)[^|\\r\\n'\"<&]*");
  private static final Pattern ECHOED_SIGNATURE = Pattern.compile("(Signature=)[0-9a-fA-F]{64}");
  /** Shorter values are not masked: too short to be a secret worth it, and masking them would garble text. */
  private static final int MIN_SECRET_LENGTH = 8;
  private static final String MASK = "***";

  private final List<String> secrets;
  private volatile List<Pattern> encodedForms;

  private EchoedSecrets(List<String> secrets) {
    this.secrets = secrets;
  }

  /** The secrets of one signed attempt; {@code credentials} may be null (then only the request's headers). */
  public static EchoedSecrets of(SdkHttpRequest signed, Credentials credentials) {
    List<String> out = new ArrayList<>();
    for (String name : SECRET_HEADERS) {
      String value = signed.header(name);
      if (value == null) {
        continue;
      }
      add(out, value);
      int sig = value.indexOf("Signature=");
      if (sig >= 0) {
        int end = value.indexOf(',', sig);
        add(out, value.substring(sig + "Signature=".length(), end < 0 ? value.length() : end).trim());
      }
    }
    if (credentials != null) {
      add(out, credentials.secretAccessKey());
      add(out, credentials.sessionToken());
    }
    // longest first, so a secret holding another is masked whole
    out.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return new EchoedSecrets(List.copyOf(out));
  }

  private static void add(List<String> out, String secret) {
    if (secret != null && secret.length() >= MIN_SECRET_LENGTH && !out.contains(secret)) {
      out.add(secret);
    }
  }

  /** {@code text} with every echoed secret masked; null stays null. */
  public String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    if (!secrets.isEmpty() && mayHoldAnEscape(out)) {
      // the encoded forms include the plain one; a plain pass first could start a match inside an escape
      for (Pattern p : encodedForms()) {
        out = p.matcher(out).replaceAll(MASK);
      }
    } else {
      for (String secret : secrets) {
        out = out.replace(secret, MASK);
      }
    }
    out = ECHOED_TOKEN_LINE.matcher(out).replaceAll("$1" + MASK);
    return ECHOED_SIGNATURE.matcher(out).replaceAll("$1" + MASK);
  }

  private static boolean mayHoldAnEscape(String s) {
    return s.indexOf('\\') >= 0 || s.indexOf('&') >= 0 || s.indexOf('%') >= 0;
  }

  private List<Pattern> encodedForms() {
    List<Pattern> p = encodedForms;
    if (p == null) {
      List<Pattern> built = new ArrayList<>(secrets.size());
      for (String s : secrets) {
        built.add(encodedForm(s));
      }
      p = List.copyOf(built);
      encodedForms = p;
    }
    return p;
  }

  /**
   * Matches {@code secret} with each character as itself, as a JSON escape (<code>&#92;uXXXX</code> in any case;
   * {@code \/}, {@code \\}, {@code \"}), an XML reference ({@code &#DDD;}, {@code &#xHH;} in any case, with leading
   * zeros, or the predefined entity) or its percent-encoded UTF-8 bytes (any case).
   */
  static Pattern encodedForm(String secret) {
    StringBuilder regex = new StringBuilder(secret.length() * 48);
    for (int i = 0; i < secret.length(); ) {
      int cp = secret.codePointAt(i);
      i += Character.charCount(cp);
      regex.append("(?:").append(Pattern.quote(new String(Character.toChars(cp))));
      if (cp <= 0xFFFF) {
        regex.append("|\\\\u(?i:").append(String.format("%04x", cp)).append(')');
      }
      switch (cp) {
        case '/' -> regex.append("|\\\\/");
        case '\\' -> regex.append("|\\\\\\\\");
        case '"' -> regex.append("|\\\\\"|&quot;");
        case '&' -> regex.append("|&amp;");
        case '<' -> regex.append("|&lt;");
        case '>' -> regex.append("|&gt;");
        case '\'' -> regex.append("|&apos;");
        default -> { }
      }
      regex.append("|&#0*").append(cp).append(';');
      regex.append("|&#[xX]0*(?i:").append(Integer.toHexString(cp)).append(");");
      regex.append('|');
      for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
        regex.append("%(?i:").append(String.format("%02x", b & 0xFF)).append(')');
      }
      regex.append(')');
    }
    return Pattern.compile(regex.toString());
  }

  @Override
  public String toString() {
    return "EchoedSecrets[" + secrets.size() + " values]";
  }
}
