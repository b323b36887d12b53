package dev.stacksets.benchmarks;

import dev.stacksets.cfn.CloudFormationClient;
import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.retry.RetryPolicy;
import dev.stacksets.rfs.RfsClient;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.Locale;

/**
 * Start-up cost: in a fresh JVM, builds one client, makes ONE call returning the 100-item page and prints the
 * milliseconds from JVM start to the call's completion ({@code RuntimeMXBean.getUptime()}), plus the part spent in
 * building the client and calling.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.stacksets.benchmarks.StartupProbe MODE [ENDPOINT]
 * }</pre>
 *
 * <p>MODE is {@code raw} (OkHttp GET, body to String), {@code raw-parsed} (the same plus Jackson readTree),
 * {@code sdk-rfs}, {@code sdk-cfn}, {@code sdk-cfn-tls} or {@code aws-sdk} (AWS SDK v2, Apache client). The
 * endpoint is {@code http://}: our clients then build OkHttp without TLS, while raw OkHttp's {@code new
 * OkHttpClient()} loads the platform trust store (about 0.2 s). {@code sdk-cfn-tls} gives our CloudFormation client
 * a caller's {@code new OkHttpClient()}, so it pays that too: what an {@code https://} endpoint costs, and the
 * difference to {@code raw} that is our own start-up. With ENDPOINT the probe calls a
 * server that is already running (see {@link LoopbackServerMain}); this is the fair form, since an in-process
 * MockWebServer would load and warm OkHttp's classes for the OkHttp-based clients. Without it the probe starts an
 * in-process {@link LoopbackServer} first (its start-up is then part of the total).
 *
 * <p>Each mode lives in its own nested class so that a run loads only the classes of the client it measures.
 */
public final class StartupProbe {
  private StartupProbe() {}

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(1); // the in-process server's thread would keep the JVM alive
    }
    System.exit(0); // do not wait for the clients' idle connection threads
  }

  private static void run(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: StartupProbe raw|raw-parsed|sdk-rfs|sdk-cfn|sdk-cfn-tls|aws-sdk [endpoint]");
      System.exit(2);
    }
    String mode = args[0];
    AutoCloseable inProcess = null;
    URI endpoint;
    if (args.length > 1) {
      endpoint = URI.create(args[1]);
    } else {
      LoopbackServer server = new LoopbackServer();
      inProcess = server;
      endpoint = server.uri();
    }
    long before = uptime();
    int items;
    switch (mode) {
      case "raw":
        items = Raw.call(endpoint, false);
        break;
      case "raw-parsed":
        items = Raw.call(endpoint, true);
        break;
      case "sdk-rfs":
        items = SdkRfs.call(endpoint);
        break;
      case "sdk-cfn":
        items = SdkCfn.call(endpoint, false);
        break;
      case "sdk-cfn-tls":
        items = SdkCfn.call(endpoint, true);
        break;
      case "aws-sdk":
        items = AwsSdk.call(endpoint);
        break;
      default:
        throw new IllegalArgumentException("unknown mode " + mode);
    }
    long after = uptime();
    if (items <= 0) {
      throw new IllegalStateException("no items read");
    }
    System.out.printf(Locale.ROOT, "mode=%s total_ms=%d client_ms=%d server=%s%n", mode, after, after - before,
        inProcess == null ? "external" : "in-process");
    if (inProcess != null) {
      inProcess.close();
    }
  }

  private static long uptime() {
    return ManagementFactory.getRuntimeMXBean().getUptime();
  }

  private static final class Raw {
    static int call(URI endpoint, boolean parse) throws Exception {
      okhttp3.OkHttpClient client = new okhttp3.OkHttpClient();
      okhttp3.Request request = new okhttp3.Request.Builder()
          .url(endpoint.resolve(Clients.RFS_PATH).toString()).build();
      try (okhttp3.Response response = client.newCall(request).execute()) {
        if (!parse) {
          return response.body().string().length();
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body().bytes())
            .get("stack_set_operations").size();
      }
    }
  }

  private static final class SdkRfs {
    static int call(URI endpoint) {
      RfsClient rfs = RfsClient.builder().endpoint(endpoint)
          .credentialsProvider(CredentialsProvider.of(Credentials.of("AK", "SK")))
          .retryPolicy(RetryPolicy.none())
          .build();
      return rfs.listStackSetOperations(r -> r.stackSetName(Clients.STACK_SET)).stackSetOperations().size();
    }
  }

  private static final class SdkCfn {
    static int call(URI endpoint, boolean callersOkHttp) {
      CloudFormationClient.Builder builder = CloudFormationClient.builder().endpoint(endpoint).region("us-east-1")
          .credentialsProvider(CredentialsProvider.of(Credentials.of("AK", "SK")))
          .retryPolicy(RetryPolicy.none());
      if (callersOkHttp) {
        builder.httpClient(new okhttp3.OkHttpClient());
      }
      CloudFormationClient cfn = builder.build();
      return cfn.listStackSetOperationResults(r -> r.stackSetName(Clients.CFN_STACK_SET)
          .operationId(Clients.OPERATION_ID)).summaries().size();
    }
  }

  private static final class AwsSdk {
    static int call(URI endpoint) {
      software.amazon.awssdk.services.cloudformation.CloudFormationClient aws =
          software.amazon.awssdk.services.cloudformation.CloudFormationClient.builder()
              .endpointOverride(endpoint)
              .region(software.amazon.awssdk.regions.Region.US_EAST_1)
              .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                  software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("AK", "SK")))
              .build();
      return aws.listStackSetOperationResults(r -> r.stackSetName(Clients.CFN_STACK_SET)
          .operationId(Clients.OPERATION_ID)).summaries().size();
    }
  }
}
