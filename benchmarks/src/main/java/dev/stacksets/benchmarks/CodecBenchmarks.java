package dev.stacksets.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.cfn.internal.CfnOperations;
import dev.stacksets.core.internal.util.XmlNode;
import dev.stacksets.core.internal.util.XmlParser;
import dev.stacksets.cfn.model.ListStackSetOperationResultsRequest;
import dev.stacksets.cfn.model.ListStackSetOperationResultsResponse;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.auth.AwsV4Signer;
import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.HuaweiSigner;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.http.SdkHttpResponse;
import dev.stacksets.core.internal.util.Json;
import dev.stacksets.rfs.internal.RfsOperation;
import dev.stacksets.rfs.internal.RfsOperations;
import dev.stacksets.rfs.internal.RfsResponseParser;
import dev.stacksets.rfs.model.ListStackSetOperationsRequest;
import dev.stacksets.rfs.model.ListStackSetOperationsResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CPU-only stages of a call, without any I/O, to explain where {@link CallBenchmarks}' time goes: the two
 * signers on the requests the pipeline actually signs (Host, User-Agent and, for RFS, Client-Request-Id already
 * set), request serialization, one request copy, and the parsing of each 100-item page (the whole parser, and the
 * tree-building step alone).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CodecBenchmarks {
  private static final Instant NOW = Instant.parse("2024-05-15T17:39:25Z");
  private static final Credentials CREDENTIALS = Credentials.of("AK", "SK");
  private static final ResponseMetadata METADATA = new ResponseMetadata("bench", null, 200, 1);

  private final HuaweiSigner huawei = new HuaweiSigner();
  private final AwsV4Signer sigV4 = new AwsV4Signer("cloudformation", "us-east-1");
  private ListStackSetOperationsRequest rfsRequest;
  private ListStackSetOperationResultsRequest cfnRequest;
  private SdkHttpRequest rfsPrepared;
  private SdkHttpRequest cfnPrepared;
  private byte[] rfsPage;
  private byte[] cfnPage;
  private SdkHttpResponse cfnResponse;

  @Setup(Level.Trial)
  public void setUp() {
    rfsRequest = ListStackSetOperationsRequest.builder().stackSetName(Clients.STACK_SET).build();
    cfnRequest = ListStackSetOperationResultsRequest.builder().stackSetName(Clients.CFN_STACK_SET)
        .operationId(Clients.OPERATION_ID).build();
    rfsPrepared = RfsOperations.listStackSetOperations().marshal(rfsRequest, null).toBuilder()
        .header("Host", "127.0.0.1:8080")
        .header("User-Agent", "stacksets-java/0.1.0 java/17")
        .header(RfsOperation.CLIENT_REQUEST_ID_HEADER, UUID.randomUUID().toString())
        .build();
    cfnPrepared = CfnOperations.listStackSetOperationResults().descriptor().marshal(cfnRequest).toBuilder()
        .header("Host", "127.0.0.1:8080")
        .header("User-Agent", "stacksets-java/0.1.0 java/17")
        .build();
    rfsPage = Fixtures.rfsOperationsPage().getBytes(StandardCharsets.UTF_8);
    cfnPage = Fixtures.cfnOperationResultsPage().getBytes(StandardCharsets.UTF_8);
    cfnResponse = new SdkHttpResponse(200, Headers.of("x-amzn-RequestId", "bench"), cfnPage);
  }

  /** {@code HuaweiSigner.sign} of the prepared RFS GET. */
  @Benchmark
  public SdkHttpRequest huaweiSign() {
    return huawei.sign(rfsPrepared, CREDENTIALS, NOW);
  }

  /** {@code AwsV4Signer.sign} of the prepared CloudFormation POST (the signing key is cached per day). */
  @Benchmark
  public SdkHttpRequest awsV4Sign() {
    return sigV4.sign(cfnPrepared, CREDENTIALS, NOW);
  }

  /** {@code RfsOperations.listStackSetOperations().marshal}. */
  @Benchmark
  public SdkHttpRequest rfsSerialize() {
    return RfsOperations.listStackSetOperations().marshal(rfsRequest, null);
  }

  /** {@code CfnOperations.listStackSetOperationResults().descriptor().marshal}. */
  @Benchmark
  public SdkHttpRequest cfnSerialize() {
    return CfnOperations.listStackSetOperationResults().descriptor().marshal(cfnRequest);
  }

  /** One {@code toBuilder().build()} of a prepared request (the pipeline makes several per call). */
  @Benchmark
  public SdkHttpRequest requestCopy() {
    return rfsPrepared.toBuilder().build();
  }

  /** {@code RfsResponseParser.listStackSetOperations}: one streaming pass of Jackson's parser into the models. */
  @Benchmark
  public ListStackSetOperationsResponse rfsParsePage() throws IOException {
    return RfsResponseParser.listStackSetOperations(rfsPage, METADATA);
  }

  /** For comparison: only the shared mapper's {@code readTree} of the RFS page (the reader before issue 17). */
  @Benchmark
  public JsonNode rfsReadTreeOnly() throws IOException {
    return Json.mapper().readTree(rfsPage);
  }

  /** the reader of {@code CfnOperations.listStackSetOperationResults()}: the XML reader into an XmlNode tree plus mapping. */
  @Benchmark
  public ListStackSetOperationResultsResponse cfnParsePage() throws Exception {
    return CfnOperations.listStackSetOperationResults().descriptor().reader().parse(cfnResponse, METADATA);
  }

  /** Only {@code XmlParser.parse} of the CloudFormation page. */
  @Benchmark
  public XmlNode cfnXmlTreeOnly() {
    return XmlParser.parse(cfnPage);
  }
}
