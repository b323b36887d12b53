package dev.stacksets.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.testing.TestClientBuilder;
import java.net.URI;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * {@link HttpTransport#httpUrl}, which builds OkHttp's URL from the endpoint parsed once, gives exactly the URL that
 * {@code HttpUrl.get} of the whole text gives (what every call did before): same path, query, host and port on the
 * wire.
 */
class HttpTransportUrlTest {
  private static final List<String> ENDPOINTS = List.of("http://127.0.0.1:8080", "https://rfs.example.com",
      "https://rfs.example.com:8443/", "http://[::1]:9000", "http://LOCALHOST:80", "https://xn--bcher-kva.example",
      "https://cloudformation.us-east-1.amazonaws.com/base/path/");

  @Provide
  Arbitrary<String> endpoint() {
    return Arbitraries.of(ENDPOINTS);
  }

  /** Any path text but {@code ?} and {@code #}: encoded or not, backslashes, dots, percent signs, non-ASCII. */
  @Provide
  Arbitrary<String> path() {
    Arbitrary<String> segment = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.strings().withChars("abcXYZ019-._~%2Ef/\\ \"<>^`{}|[]:@!$&'()*+,;=é€")
            .ofMaxLength(12)),
        Tuple.of(2, Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)),
        Tuple.of(1, Arbitraries.of(".", "..", "%2e", "%2E%2e", "%", "%zz", "%41", "%2F", "\u0000", "\t")),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(6).filter(s -> s.indexOf('?') < 0 && s.indexOf('#') < 0)));
    return segment.list().ofMaxSize(6).map(parts -> "/" + String.join("/", parts));
  }

  @Provide
  Arbitrary<List<Tuple.Tuple2<String, String>>> query() {
    Arbitrary<String> text = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.strings().alpha().numeric().withChars("_-").ofMaxLength(16)),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(10)),
        Tuple.of(1, Arbitraries.of("", "a b", "a+b", "a&b=c", "?#", "%20", "é", "\uD83D\uDE00", "/..")));
    return Arbitraries.lazy(() -> text.flatMap(n -> text.map(v -> Tuple.of(n, v)))).list().ofMaxSize(4);
  }

  @Property(tries = 3000)
  void theUrlIsTheOneParsedFromTheWholeText(@ForAll("endpoint") String endpoint, @ForAll("path") String path,
      @ForAll("query") List<Tuple.Tuple2<String, String>> query) {
    try (HttpTransport transport = transport(endpoint)) {
      SdkHttpRequest.Builder b = SdkHttpRequest.builder().method("GET").encodedPath(path);
      query.forEach(q -> b.addQuery(q.get1(), q.get2()));
      SdkHttpRequest request = b.build();
      HttpUrl expected = HttpUrl.get(transport.url(request));
      HttpUrl actual = transport.httpUrl(request);
      assertThat(actual.toString()).isEqualTo(expected.toString());
      assertThat(actual.encodedPath()).isEqualTo(expected.encodedPath());
      assertThat(actual.encodedQuery()).isEqualTo(expected.encodedQuery());
      assertThat(actual.host()).isEqualTo(expected.host());
      assertThat(actual.port()).isEqualTo(expected.port());
    }
  }

  /** A path ending in a blank, which the parser trims from the end of the text, is parsed as text. */
  @Test
  void aPathTheParserWouldTrimIsReadAsTheParserReadsIt() {
    try (HttpTransport transport = transport("http://127.0.0.1:8080")) {
      SdkHttpRequest trimmed = SdkHttpRequest.builder().method("GET").encodedPath("/a/ \t").build();
      assertThat(transport.httpUrl(trimmed).encodedPath()).isEqualTo("/a/");
    }
  }

  @Test
  void theQueryIsSentInOrderPercentEncoded() {
    try (HttpTransport transport = transport("http://127.0.0.1:8080")) {
      SdkHttpRequest request = SdkHttpRequest.builder().method("GET").encodedPath("/v1/stack-sets")
          .addQuery("marker", "a b/c+d").addQuery("limit", "100").build();
      assertThat(transport.httpUrl(request).toString())
          .isEqualTo("http://127.0.0.1:8080/v1/stack-sets?marker=a%20b%2Fc%2Bd&limit=100");
      SdkHttpRequest noQuery = SdkHttpRequest.builder().method("GET").encodedPath("/v1/stack-sets").build();
      assertThat(transport.httpUrl(noQuery).toString()).isEqualTo("http://127.0.0.1:8080/v1/stack-sets");
    }
  }

  private static HttpTransport transport(String endpoint) {
    ClientConfiguration config = new TestClientBuilder().endpoint(URI.create(endpoint)).build();
    return new HttpTransport(config);
  }
}
