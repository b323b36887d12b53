package dev.stacksets.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;

/**
 * Pins the wire: an OkHttp interceptor that records every request a client sends, exactly as the SDK built and
 * signed it (method, URL, every header, body bytes), answers it with a canned reply without any network, and compares
 * the recording with a golden file under {@code src/test/resources/wire/}.
 *
 * <p>The recording is plain text: the request line, the headers sorted by lower-case name (a repeated header keeps
 * its order), a blank line and the body. The only value normalised is the JVM version inside {@code User-Agent}, so
 * the files hold on every JDK. Regenerate the files deliberately with {@code -Dwire.update=true} and review the diff:
 * a change of any byte or signature of an existing operation must be intended.
 *
 * <p>Not thread-safe: one recorder per test.
 */
public final class WireRecorder implements Interceptor {
  private final List<String> recorded = new ArrayList<>();
  private int replyCode = 400;
  private String replyContentType = "application/json";
  private String replyBody = "{}";

  /** The reply every recorded request gets (by default a 400 with an empty JSON object, so no parsing is needed). */
  public WireRecorder reply(int code, String contentType, String body) {
    this.replyCode = code;
    this.replyContentType = contentType;
    this.replyBody = body;
    return this;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    recorded.add(render(request));
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(replyCode)
        .message("canned")
        .header("Content-Type", replyContentType)
        .body(ResponseBody.create(replyBody, MediaType.get(replyContentType)))
        .build();
  }

  /** Every request recorded so far, rendered as text. */
  public List<String> recorded() {
    return List.copyOf(recorded);
  }

  /** The only request recorded since the last call; fails when there was not exactly one. */
  public String takeOnly() {
    assertThat(recorded).as("requests recorded").hasSize(1);
    String r = recorded.get(0);
    recorded.clear();
    return r;
  }

  /**
   * Asserts that {@code actual} equals {@code src/test/resources/wire/NAME.txt} of the calling module (the working
   * directory of a Maven test run); with {@code -Dwire.update=true} writes the file instead.
   */
  public static void assertMatchesGolden(String name, String actual) {
    Path file = Path.of("src", "test", "resources", "wire", name + ".txt");
    try {
      if (Boolean.getBoolean("wire.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("golden file %s (create it with -Dwire.update=true)", file).exists();
      assertThat(actual).as("the wire of %s", name).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String render(Request request) throws IOException {
    StringBuilder sb = new StringBuilder(512);
    sb.append(request.method()).append(' ').append(request.url()).append('\n');
    Map<String, List<String>> sorted = new TreeMap<>();
    for (int i = 0; i < request.headers().size(); i++) {
      sorted.computeIfAbsent(request.headers().name(i).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(request.headers().value(i));
    }
    for (Map.Entry<String, List<String>> e : sorted.entrySet()) {
      for (String v : e.getValue()) {
        if (e.getKey().equals("user-agent")) {
          v = v.replace("java/" + System.getProperty("java.version"), "java/{java.version}");
        }
        sb.append(e.getKey()).append(": ").append(v).append('\n');
      }
    }
    sb.append('\n');
    if (request.body() != null) {
      MediaType type = request.body().contentType();
      sb.append("(body content-type: ").append(type).append(", length ").append(request.body().contentLength())
          .append(")\n");
      Buffer buffer = new Buffer();
      request.body().writeTo(buffer);
      sb.append(buffer.readString(StandardCharsets.UTF_8)).append('\n');
    }
    return sb.toString();
  }
}
