package dev.stacksets.core.internal;

import java.net.URL;
import java.security.CodeSource;

/**
 * Refuses to build a client on an OkHttp older than 5.
 *
 * <p>OkHttp 5 on Maven is the artifact {@code com.squareup.okhttp3:okhttp-jvm}; OkHttp 4 is
 * {@code com.squareup.okhttp3:okhttp}. Different artifact ids, so Maven's version mediation does not choose between
 * them: an application that also depends on OkHttp 4 gets both jars, with the same {@code okhttp3} classes, and
 * whichever comes first on the class path wins class by class (the SDK then silently ran on OkHttp 4.12, okio 3.6
 * and kotlin-stdlib 1.8). That mix is neither what the SDK is built and tested with nor something it can reason
 * about (OkHttp's follow-up and retry behaviour, which {@link HttpTransport} works around, is version-specific), so
 * a client is not built on it: the error names the version found and the fix.
 *
 * <p>The version is read from {@code okhttp3.OkHttp.VERSION} reflectively: OkHttp 4 declares it a compile-time
 * constant, so a direct reference would be the version this SDK was compiled against, not the one running.
 * Stateless and thread-safe.
 */
public final class OkHttpVersionCheck {
  /** The oldest OkHttp major version a client is built on. */
  static final int REQUIRED_MAJOR = 5;

  private static final String FIX = "Another dependency of your application brings com.squareup.okhttp3:okhttp 4.x "
      + "(see `mvn dependency:tree -Dincludes=com.squareup.okhttp3`): exclude it from that dependency, or align "
      + "every OkHttp artifact on 5.x by importing com.squareup.okhttp3:okhttp-bom 5.x in dependencyManagement "
      + "(see the README, \"OkHttp 4 on the class path\").";

  private OkHttpVersionCheck() {}

  /**
   * Throws when the OkHttp this class sees is older than 5.
   *
   * @throws IllegalStateException naming the OkHttp version found, where it was loaded from, the version required
   *     and the fix
   */
  public static void requireSupported() {
    Class<?> okHttp;
    try {
      okHttp = Class.forName("okhttp3.OkHttp", false, OkHttpVersionCheck.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      okHttp = null;
    }
    String version = okHttp == null ? null : versionOf(okHttp);
    String problem = problem(version);
    if (problem != null) {
      throw new IllegalStateException(problem + (okHttp == null ? "" : " (okhttp3.OkHttp loaded from "
          + location(okHttp) + ")") + ". " + FIX);
    }
  }

  /**
   * What is wrong with an OkHttp version string, or null when a client may be built on it: any version whose major
   * number is {@value #REQUIRED_MAJOR} or more, pre-releases included ({@code 5.0.0-alpha.14}).
   *
   * @param version {@code okhttp3.OkHttp.VERSION}, or null when it could not be read (no {@code okhttp3.OkHttp}:
   *     OkHttp 3 or older)
   */
  static String problem(String version) {
    String required = "stacksets-java needs OkHttp " + REQUIRED_MAJOR + ".x (com.squareup.okhttp3:okhttp-jvm)";
    if (version == null) {
      return required + ", but the OkHttp on the class path has no readable okhttp3.OkHttp.VERSION (OkHttp 3 or "
          + "older)";
    }
    int major = majorOf(version);
    if (major < 0) {
      return required + ", but the OkHttp on the class path reports an unrecognised version '" + version + "'";
    }
    if (major < REQUIRED_MAJOR) {
      return required + ", but OkHttp " + version + " is on the class path";
    }
    return null;
  }

  /** The leading number of {@code 4.12.0} or {@code 5.0.0-alpha.14}; -1 when there is none (or it is absurd). */
  private static int majorOf(String version) {
    int end = 0;
    while (end < version.length() && end < 4 && Character.isDigit(version.charAt(end))) {
      end++;
    }
    boolean separated = end == version.length() || version.charAt(end) == '.' || version.charAt(end) == '-';
    if (end == 0 || !separated) {
      return -1;
    }
    return Integer.parseInt(version.substring(0, end));
  }

  private static String versionOf(Class<?> okHttp) {
    try {
      Object value = okHttp.getField("VERSION").get(null);
      return value instanceof String ? (String) value : null;
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      return null;
    }
  }

  private static String location(Class<?> type) {
    try {
      CodeSource source = type.getProtectionDomain().getCodeSource();
      URL url = source == null ? null : source.getLocation();
      return url == null ? "an unknown location" : url.toString();
    } catch (RuntimeException e) {
      return "an unknown location";
    }
  }
}
