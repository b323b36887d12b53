package dev.stacksets.benchmarks;

import dev.stacksets.core.internal.util.Hashing;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single ingredients of a call, each measured alone, with the cheaper alternative next to it where there is one, so
 * the optimisation report can give expected gains: time parsing (200 per RFS page), the per-call UUID, HMAC with
 * and without {@code Mac.getInstance}, OkHttp {@code MediaType.get} and {@code HttpUrl.get}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class IngredientBenchmarks {
  private static final String TIME = "2023-05-15T17:39:25.210Z";
  private static final byte[] KEY = "SK".getBytes(StandardCharsets.UTF_8);
  private static final String STRING_TO_SIGN = "SDK-HMAC-SHA256\n20240515T173925Z\n"
      + "3f3b3c5e8a6f0d2f6b1c9e2d4a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f7";

  private final Mac prototype = newMac();
  private String url = "http://127.0.0.1:8080/v1/stack-sets/my_stack_set/operations";
  private final HttpUrl base = HttpUrl.get("http://127.0.0.1:8080/");

  private static Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code Instant.parse} of one RFS time (the RFS parser's path). */
  @Benchmark
  public Instant instantParseJdk() {
    return Instant.parse(TIME);
  }

  /** The hand-written {@code IsoTime} (the SDK's) of the same text. */
  @Benchmark
  public Instant instantParseFast() {
    return dev.stacksets.core.internal.util.IsoTime.parseOrNull(TIME);
  }

  /** {@code UUID.randomUUID().toString()}: the per-call Client-Request-Id. */
  @Benchmark
  public String randomUuid() {
    return UUID.randomUUID().toString();
  }

  /** Core {@code Hashing.hmacSha256}: {@code Mac.getInstance} + init + doFinal, as each signature does. */
  @Benchmark
  public byte[] hmacWithGetInstance() {
    return Hashing.hmacSha256(KEY, STRING_TO_SIGN);
  }

  /** HMAC from an initialised prototype {@code Mac} cloned per use (thread-safe alternative). */
  @Benchmark
  public byte[] hmacClonedPrototype() throws CloneNotSupportedException {
    Mac mac = (Mac) prototype.clone();
    return mac.doFinal(STRING_TO_SIGN.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code MediaType.get} of the Query content type, as {@code HttpTransport.send} does per POST. */
  @Benchmark
  public MediaType mediaTypeGet() {
    return MediaType.get("application/x-www-form-urlencoded; charset=utf-8");
  }

  /** {@code HttpUrl.get} of the whole request URL, as {@code HttpTransport.send} did per call before issue 17. */
  @Benchmark
  public HttpUrl httpUrlGet() {
    return HttpUrl.get(url);
  }

  /**
   * The same URL from the endpoint's {@code HttpUrl} parsed once, only the path parsed per call: what
   * {@code HttpTransport.send} does now (without its check of the path's last character).
   */
  @Benchmark
  public HttpUrl httpUrlFromEndpoint() {
    return base.newBuilder().encodedPath("/v1/stack-sets/my_stack_set/operations").build();
  }
}
