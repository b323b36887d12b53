package dev.stacksets.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stacksets.cfn.CloudFormationClient;
import dev.stacksets.cfn.internal.AwsProfiles;
import dev.stacksets.cfn.internal.CfnOperations;
import dev.stacksets.cfn.model.ListStackSetOperationResultsRequest;
import dev.stacksets.cfn.model.ListStackSetOperationResultsResponse;
import dev.stacksets.core.http.SdkHttpResponse;
import dev.stacksets.core.internal.ClientRuntime;
import dev.stacksets.rfs.RfsClient;
import dev.stacksets.rfs.internal.RfsOperations;
import dev.stacksets.rfs.internal.RfsServiceProfile;
import dev.stacksets.rfs.model.ListStackSetOperationsRequest;
import dev.stacksets.rfs.model.ListStackSetOperationsResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One call returning a 100-item page over loopback, per client: raw OkHttp (the baselines), our SDKs and the AWS
 * SDK v2. Every client talks to the same in-process {@link LoopbackServer}, whose own cost is in every number, so
 * the differences are the clients'. Keep-alive connections are reused by all clients, as in production.
 *
 * <p>The SDK clients run with {@code RetryPolicy.none()} (a successful call never retries, so this only removes
 * the policy lookup); the {@code ...DefaultRetries} variants keep the defaults. The AWS SDK runs with its defaults.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class CallBenchmarks {
  private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded; charset=utf-8");

  private LoopbackServer server;
  private OkHttpClient okHttp;
  private ObjectMapper mapper;
  private XMLInputFactory xml;
  private Request rfsGet;
  private Request cfnPost;

  private RfsClient rfs;
  private RfsClient rfsDefaultRetries;
  private ClientRuntime rfsRuntime;
  private ListStackSetOperationsRequest rfsRequest;

  private CloudFormationClient cfn;
  private CloudFormationClient cfnDefaultRetries;
  private ClientRuntime cfnRuntime;
  private ListStackSetOperationResultsRequest cfnRequest;

  private software.amazon.awssdk.services.cloudformation.CloudFormationClient awsSdk;
  private software.amazon.awssdk.services.cloudformation.model.ListStackSetOperationResultsRequest awsRequest;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = new LoopbackServer();
    okHttp = new OkHttpClient();
    mapper = new ObjectMapper();
    xml = XMLInputFactory.newFactory();
    rfsGet = new Request.Builder().url(server.uri().resolve(Clients.RFS_PATH).toString()).get().build();
    cfnRequest = ListStackSetOperationResultsRequest.builder().stackSetName(Clients.CFN_STACK_SET)
        .operationId(Clients.OPERATION_ID).build();
    cfnPost = new Request.Builder().url(server.uri().toString())
        .post(RequestBody.create(
            CfnOperations.listStackSetOperationResults().descriptor().marshal(cfnRequest).body(), FORM)).build();

    rfs = Clients.rfs(server.uri(), false);
    rfsDefaultRetries = Clients.rfs(server.uri(), true);
    rfsRuntime = new ClientRuntime(rfs.configuration(), RfsServiceProfile.create());
    rfsRequest = ListStackSetOperationsRequest.builder().stackSetName(Clients.STACK_SET).build();

    cfn = Clients.cfn(server.uri(), false);
    cfnDefaultRetries = Clients.cfn(server.uri(), true);
    cfnRuntime = new ClientRuntime(cfn.configuration(), AwsProfiles.cloudFormation("us-east-1"));

    awsSdk = Clients.awsSdk(server.uri());
    awsRequest = software.amazon.awssdk.services.cloudformation.model.ListStackSetOperationResultsRequest.builder()
        .stackSetName(Clients.CFN_STACK_SET).operationId(Clients.OPERATION_ID).build();

    // fail fast, before measuring, if a client cannot read the fixture
    check(rfs.listStackSetOperations(rfsRequest).stackSetOperations().size());
    check(cfn.listStackSetOperationResults(cfnRequest).summaries().size());
    check(awsSdk.listStackSetOperationResults(awsRequest).summaries().size());
  }

  private static void check(int items) {
    if (items != Fixtures.ITEMS) {
      throw new IllegalStateException("expected " + Fixtures.ITEMS + " items, got " + items);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    rfs.close();
    rfsDefaultRetries.close();
    rfsRuntime.close();
    cfn.close();
    cfnDefaultRetries.close();
    cfnRuntime.close();
    awsSdk.close();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
    server.close();
  }

  /** Baseline: one OkHttp GET of the RFS page, body read to a String. */
  @Benchmark
  public String rawOkHttpRfsPage() throws IOException {
    try (Response response = okHttp.newCall(rfsGet).execute()) {
      return response.body().string();
    }
  }

  /** A reference: the same GET, body bytes parsed with Jackson {@code readTree} (our reader streams instead). */
  @Benchmark
  public JsonNode rawOkHttpRfsPageParsed() throws IOException {
    try (Response response = okHttp.newCall(rfsGet).execute()) {
      return mapper.readTree(response.body().bytes());
    }
  }

  /**
   * Diagnostic: the parsed baseline with an OkHttp call timeout set, as the SDK sets one on every call (its total
   * call budget); shows what arming Okio's {@code AsyncTimeout} watchdog per call costs.
   */
  @Benchmark
  public JsonNode rawOkHttpRfsPageParsedWithCallTimeout() throws IOException {
    okhttp3.Call call = okHttp.newCall(rfsGet);
    call.timeout().timeout(2, TimeUnit.MINUTES);
    try (Response response = call.execute()) {
      return mapper.readTree(response.body().bytes());
    }
  }

  /** Our full pipeline: serialize, Client-Request-Id, sign, send, parse into typed models. */
  @Benchmark
  public ListStackSetOperationsResponse sdkRfsListStackSetOperations() {
    return rfs.listStackSetOperations(rfsRequest);
  }

  /** The same with the default retry policy. */
  @Benchmark
  public ListStackSetOperationsResponse sdkRfsListStackSetOperationsDefaultRetries() {
    return rfsDefaultRetries.listStackSetOperations(rfsRequest);
  }

  /** Our pipeline without the response parsing: serialize, prepare, sign, send, body read to bytes. */
  @Benchmark
  public SdkHttpResponse sdkRfsPipelineNoParse() {
    return rfsRuntime.execute("ListStackSetOperations",
        RfsOperations.listStackSetOperations().marshal(rfsRequest, null),
        (response, metadata) -> response);
  }

  /** Baseline: one OkHttp POST of the CloudFormation form, body read to a String. */
  @Benchmark
  public String rawOkHttpCfnPage() throws IOException {
    try (Response response = okHttp.newCall(cfnPost).execute()) {
      return response.body().string();
    }
  }

  /** A reference: the same POST, body bytes through one pass of the JDK's StAX reader (ours is hand-written). */
  @Benchmark
  public int rawOkHttpCfnPageParsed() throws IOException, XMLStreamException {
    try (Response response = okHttp.newCall(cfnPost).execute()) {
      XMLStreamReader r = xml.createXMLStreamReader(new ByteArrayInputStream(response.body().bytes()));
      int events = 0;
      while (r.hasNext()) {
        events += r.next();
      }
      r.close();
      return events;
    }
  }

  /** Our CloudFormation pipeline: serialize the Query form, sign SigV4, send, parse into typed models. */
  @Benchmark
  public ListStackSetOperationResultsResponse sdkCfnListStackSetOperationResults() {
    return cfn.listStackSetOperationResults(cfnRequest);
  }

  /** The same with the default retry policy. */
  @Benchmark
  public ListStackSetOperationResultsResponse sdkCfnListStackSetOperationResultsDefaultRetries() {
    return cfnDefaultRetries.listStackSetOperationResults(cfnRequest);
  }

  /** Our CloudFormation pipeline without the XML parsing. */
  @Benchmark
  public SdkHttpResponse sdkCfnPipelineNoParse() {
    return cfnRuntime.execute("ListStackSetOperationResults",
        CfnOperations.listStackSetOperationResults().descriptor().marshal(cfnRequest),
        (response, metadata) -> response);
  }

  /** The official AWS SDK v2 (Apache HTTP client, defaults) against the same server. */
  @Benchmark
  public software.amazon.awssdk.services.cloudformation.model.ListStackSetOperationResultsResponse
      awsSdkCfnListStackSetOperationResults() {
    return awsSdk.listStackSetOperationResults(awsRequest);
  }
}
