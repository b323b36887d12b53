package dev.stacksets.emulator;

import dev.stacksets.core.auth.AwsV4Signer;
import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.HuaweiSigner;
import dev.stacksets.core.http.QueryParam;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.util.PercentEncoding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Raw signed HTTP against the emulator with OkHttp and the core signers: what a client of each protocol puts on the
 * wire, built by hand so the tests can also send what no well-behaved client would.
 */
final class Wire {
  static final OkHttpClient HTTP = new OkHttpClient.Builder().retryOnConnectionFailure(false)
      .readTimeout(Duration.ofSeconds(10)).build();

  /** A reply: status, headers, body text. */
  record Reply(int status, Headers headers, String body) {
    String header(String name) {
      return headers.get(name);
    }
  }

  private final URI endpoint;
  private final String region;
  private Credentials credentials;
  private Instant signingTime;

  Wire(StackSetEmulator emulator) {
    this(emulator.endpoint(), emulator.credentials(), emulator.region());
  }

  /** Against any emulator endpoint (say one running in another process). */
  Wire(URI endpoint, Credentials credentials, String region) {
    this.endpoint = endpoint;
    this.credentials = credentials;
    this.region = region;
  }

  Wire credentials(Credentials c) {
    this.credentials = c;
    return this;
  }

  Wire signingTime(Instant t) {
    this.signingTime = t;
    return this;
  }

  private Instant time() {
    return signingTime != null ? signingTime : Instant.now();
  }

  private String host() {
    return "127.0.0.1:" + endpoint.getPort();
  }

  /** A signed RFS GET with a fresh Client-Request-Id. */
  Reply rfs(String encodedPath, String... query) {
    return rfs(encodedPath, Map.of("Client-Request-Id", UUID.randomUUID().toString()), query);
  }

  /** A signed RFS GET with these extra headers; query as name, value pairs (decoded form). */
  Reply rfs(String encodedPath, Map<String, String> headers, String... query) {
    SdkHttpRequest.Builder b = SdkHttpRequest.builder().method("GET").encodedPath(encodedPath)
        .header("Host", host());
    headers.forEach(b::header);
    for (int i = 0; i < query.length; i += 2) {
      b.addQuery(query[i], query[i + 1]);
    }
    SdkHttpRequest signed = new HuaweiSigner().sign(b.build(), credentials, time());
    return send(signed, null);
  }

  /**
   * A signed RFS write (or any method) with a JSON body (null: none) and this Client-Request-Id; query as name, value
   * pairs.
   */
  Reply rfsWrite(String method, String encodedPath, String json, String clientRequestId, String... query) {
    SdkHttpRequest.Builder b = SdkHttpRequest.builder().method(method).encodedPath(encodedPath)
        .header("Host", host()).header("Client-Request-Id", clientRequestId);
    if (json != null) {
      b.header("Content-Type", "application/json").body(json, "application/json");
    }
    for (int i = 0; i < query.length; i += 2) {
      b.addQuery(query[i], query[i + 1]);
    }
    SdkHttpRequest signed = new HuaweiSigner().sign(b.build(), credentials, time());
    return send(signed, json == null ? null : "application/json");
  }

  /** An unsigned RFS GET. */
  Reply rfsUnsigned(String encodedPath) {
    return send(SdkHttpRequest.builder().method("GET").encodedPath(encodedPath).header("Host", host())
        .header("Client-Request-Id", "x").build(), null);
  }

  /** A signed CloudFormation Query call; params as name, value pairs (Action and Version added). */
  Reply cfn(String action, String... params) {
    StringBuilder body = new StringBuilder("Action=" + action + "&Version=2010-05-15");
    for (int i = 0; i < params.length; i += 2) {
      body.append('&').append(PercentEncoding.encode(params[i])).append('=')
          .append(PercentEncoding.encode(params[i + 1]));
    }
    return cfnBody(body.toString(), "application/x-www-form-urlencoded; charset=utf-8");
  }

  /** A signed CloudFormation POST with this exact body and content type. */
  Reply cfnBody(String body, String contentType) {
    SdkHttpRequest r = SdkHttpRequest.builder().method("POST").encodedPath("/").header("Host", host())
        .header("Content-Type", contentType).body(body, contentType).build();
    return send(new AwsV4Signer("cloudformation", region).sign(r, credentials, time()), contentType);
  }

  /** A signed Config JSON 1.1 call. */
  Reply config(String target, String json) {
    return configRaw(target, json, "application/x-amz-json-1.1", "config");
  }

  /** A signed Config call with any target, content type and signing service. */
  Reply configRaw(String target, String json, String contentType, String service) {
    SdkHttpRequest.Builder b = SdkHttpRequest.builder().method("POST").encodedPath("/").header("Host", host())
        .header("Content-Type", contentType).body(json, contentType);
    if (target != null) {
      b.header("X-Amz-Target", target);
    }
    return send(new AwsV4Signer(service, region).sign(b.build(), credentials, time()), contentType);
  }

  /** Sends a request as is, but with the Host OkHttp derives from the emulator's address. */
  Reply send(SdkHttpRequest r, String contentType) {
    return send(r, contentType, false);
  }

  /**
   * Sends a GET exactly as given, its {@code Host} header included (say the public RFS host a recorded signature
   * covers); the connection still goes to the emulator.
   */
  Reply sendWithItsHost(SdkHttpRequest r) {
    return send(r, null, true);
  }

  private Reply send(SdkHttpRequest r, String contentType, boolean keepHost) {
    StringBuilder url = new StringBuilder(endpoint.toString()).append(r.encodedPath());
    List<String> q = new ArrayList<>();
    for (QueryParam p : r.query()) {
      q.add(PercentEncoding.encode(p.name()) + "=" + PercentEncoding.encode(p.value()));
    }
    if (!q.isEmpty()) {
      url.append('?').append(String.join("&", q));
    }
    Request.Builder rb = new Request.Builder().url(url.toString());
    Headers h = r.headers();
    for (int i = 0; i < h.size(); i++) {
      if (keepHost || !h.name(i).equalsIgnoreCase("Host")) {
        rb.addHeader(h.name(i), h.value(i));
      }
    }
    if (r.method().equals("GET")) {
      rb.get();
    } else {
      rb.method(r.method(), RequestBody.create(r.body(), contentType == null ? null : MediaType.get(contentType)));
    }
    try (Response resp = HTTP.newCall(rb.build()).execute()) {
      return new Reply(resp.code(), resp.headers(), new String(resp.body().bytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
