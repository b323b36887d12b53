package dev.stacksets.cfn;

import static dev.stacksets.cfn.TestSupport.assertSigned;
import static dev.stacksets.cfn.TestSupport.body;
import static dev.stacksets.cfn.TestSupport.json;
import static dev.stacksets.cfn.TestSupport.jsonError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.cfn.config.model.ConformancePackInputParameter;
import dev.stacksets.cfn.config.model.DeleteOrganizationConformancePackRequest;
import dev.stacksets.cfn.config.model.DeleteOrganizationConformancePackResponse;
import dev.stacksets.cfn.config.model.DescribeOrganizationConformancePackStatusesRequest;
import dev.stacksets.cfn.config.model.DescribeOrganizationConformancePackStatusesResponse;
import dev.stacksets.cfn.config.model.DescribeOrganizationConformancePacksRequest;
import dev.stacksets.cfn.config.model.DescribeOrganizationConformancePacksResponse;
import dev.stacksets.cfn.config.model.OrganizationConformancePack;
import dev.stacksets.cfn.config.model.OrganizationConformancePackStatus;
import dev.stacksets.cfn.config.model.OrganizationResourceStatus;
import dev.stacksets.cfn.config.model.PutOrganizationConformancePackRequest;
import dev.stacksets.cfn.config.model.PutOrganizationConformancePackResponse;
import dev.stacksets.cfn.exception.InsufficientPermissionsException;
import dev.stacksets.cfn.exception.InvalidNextTokenException;
import dev.stacksets.cfn.exception.MaxNumberOfOrganizationConformancePacksExceededException;
import dev.stacksets.cfn.exception.NoAvailableOrganizationException;
import dev.stacksets.cfn.exception.NoSuchOrganizationConformancePackException;
import dev.stacksets.cfn.exception.OrganizationAllFeaturesNotEnabledException;
import dev.stacksets.cfn.exception.OrganizationConformancePackTemplateValidationException;
import dev.stacksets.cfn.exception.ResourceInUseException;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.exception.AccessDeniedException;
import dev.stacksets.core.exception.BadRequestException;
import dev.stacksets.core.exception.ServiceException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A conformance pack's life on AWS Config (JSON 1.1): the exact requests (bodies as the model orders the members,
 * cross-checked with botocore 1.43.11's JSON serializer, which writes the same separators), the replies read, the
 * documented errors typed, the checks before sending, and the retries of the idempotent writes.
 */
class ConfigWriteTest {
  private static final String PUT = "{\"OrganizationConformancePackName\": \"my-pack\", \"TemplateS3Uri\": "
      + "\"s3://my-bucket/pack.yaml\"}";

  @StartStop
  final MockWebServer server = new MockWebServer();
  private ConfigClient config;

  @BeforeEach
  void setUp() {
    config = TestSupport.config(server, 3);
  }

  @AfterEach
  void tearDown() {
    config.close();
  }

  private RecordedRequest take(String operation) throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo("/");
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/x-amz-json-1.1");
    assertThat(r.getHeaders().get("X-Amz-Target")).isEqualTo("StarlingDoveService." + operation);
    assertThat(r.getHeaders().get("Content-Length")).isEqualTo(Long.toString(r.getBodySize()));
    assertSigned(r, "config", "us-east-1", "content-type;host;x-amz-date;x-amz-target");
    return r;
  }

  private static ConformancePackInputParameter parameter(String name, String value) {
    return ConformancePackInputParameter.builder().parameterName(name).parameterValue(value).build();
  }

  @Test
  void putOrganizationConformancePackSendsEveryMemberInModelOrder() throws Exception {
    server.enqueue(json("{\"OrganizationConformancePackArn\": \"arn:aws:config:us-east-1:111122223333:"
        + "organization-conformance-pack/my-pack-abcdefgh\"}"));

    PutOrganizationConformancePackResponse response = config.putOrganizationConformancePack(r -> r
        .organizationConformancePackName("my-pack")
        .templateS3Uri("s3://my-bucket/pack.yaml")
        .deliveryS3Bucket("awsconfigconforms-bucket")
        .deliveryS3KeyPrefix("packs/")
        .conformancePackInputParameters(parameter("MaxAccessKeyAge", "90"), parameter("Empty", ""))
        .excludedAccounts("111122223333", "444455556666"));

    assertThat(body(take("PutOrganizationConformancePack"))).isEqualTo("{\"OrganizationConformancePackName\": "
        + "\"my-pack\", \"TemplateS3Uri\": \"s3://my-bucket/pack.yaml\", \"DeliveryS3Bucket\": "
        + "\"awsconfigconforms-bucket\", \"DeliveryS3KeyPrefix\": \"packs/\", \"ConformancePackInputParameters\": "
        + "[{\"ParameterName\": \"MaxAccessKeyAge\", \"ParameterValue\": \"90\"}, {\"ParameterName\": \"Empty\", "
        + "\"ParameterValue\": \"\"}], \"ExcludedAccounts\": [\"111122223333\", \"444455556666\"]}");
    assertThat(response.organizationConformancePackArn())
        .isEqualTo("arn:aws:config:us-east-1:111122223333:organization-conformance-pack/my-pack-abcdefgh");
    assertThat(response.responseMetadata()).isEqualTo(new ResponseMetadata("cfg-req-1", null, 200, 1));
  }

  @Test
  void putWithATemplateBodyAndAnEmptyExclusionList() throws Exception {
    server.enqueue(json("{}"));

    config.putOrganizationConformancePack(r -> r.organizationConformancePackName("my-pack")
        .templateBody("Resources:\n  R: {Type: \"AWS::Config::ConfigRule\"}\n").excludedAccounts(List.of()));

    assertThat(body(take("PutOrganizationConformancePack"))).isEqualTo("{\"OrganizationConformancePackName\": "
        + "\"my-pack\", \"TemplateBody\": \"Resources:\\n  R: {Type: \\\"AWS::Config::ConfigRule\\\"}\\n\", "
        + "\"ExcludedAccounts\": []}");
  }

  @Test
  void deleteOrganizationConformancePackReadsAnEmptyBodyOrAnEmptyObject() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("x-amzn-RequestId", "cfg-req-2").build());
    server.enqueue(json("{\"Later\": 1}"));

    DeleteOrganizationConformancePackResponse first = config.deleteOrganizationConformancePack(r -> r
        .organizationConformancePackName("my-pack"));
    DeleteOrganizationConformancePackResponse second = config.deleteOrganizationConformancePack(r -> r
        .organizationConformancePackName("my-pack"));

    assertThat(body(take("DeleteOrganizationConformancePack")))
        .isEqualTo("{\"OrganizationConformancePackName\": \"my-pack\"}");
    assertThat(body(take("DeleteOrganizationConformancePack")))
        .isEqualTo("{\"OrganizationConformancePackName\": \"my-pack\"}");
    assertThat(first.responseMetadata()).isEqualTo(new ResponseMetadata("cfg-req-2", null, 200, 1));
    assertThat(first.additionalFields()).isEmpty();
    assertThat(second.additionalFields()).isEqualTo(Map.of("Later", "1"));
  }

  @Test
  void describeOrganizationConformancePacksSendsAndReads() throws Exception {
    server.enqueue(json("{\"OrganizationConformancePacks\": [{\"OrganizationConformancePackName\": \"my-pack\", "
        + "\"OrganizationConformancePackArn\": \"arn:pack\", \"DeliveryS3Bucket\": \"awsconfigconforms-b\", "
        + "\"DeliveryS3KeyPrefix\": \"p/\", \"ConformancePackInputParameters\": [{\"ParameterName\": \"A\", "
        + "\"ParameterValue\": \"1\"}], \"ExcludedAccounts\": [\"111122223333\"], \"LastUpdateTime\": "
        + "1.597343458911E9, \"Tags\": {\"k\": \"v\"}}], \"NextToken\": \"n2\"}"));

    DescribeOrganizationConformancePacksResponse page = config.describeOrganizationConformancePacks(r -> r
        .organizationConformancePackNames("my-pack", "other-pack").limit(20).nextToken("next/token"));

    assertThat(body(take("DescribeOrganizationConformancePacks"))).isEqualTo("{\"OrganizationConformancePackNames\":"
        + " [\"my-pack\", \"other-pack\"], \"Limit\": 20, \"NextToken\": \"next/token\"}");
    assertThat(page.organizationConformancePacks()).containsExactly(OrganizationConformancePack.builder()
        .organizationConformancePackName("my-pack")
        .organizationConformancePackArn("arn:pack")
        .deliveryS3Bucket("awsconfigconforms-b")
        .deliveryS3KeyPrefix("p/")
        .conformancePackInputParameters(parameter("A", "1"))
        .excludedAccounts("111122223333")
        .lastUpdateTime(Instant.parse("2020-08-13T18:30:58.911Z"))
        .putAdditionalField("Tags", "{\"k\":\"v\"}")
        .build());
    assertThat(page.nextToken()).isEqualTo("n2");
  }

  @Test
  void describeOrganizationConformancePackStatusesSendsAndReads() throws Exception {
    server.enqueue(json("{\"OrganizationConformancePackStatuses\": [{\"OrganizationConformancePackName\": "
        + "\"my-pack\", \"Status\": \"CREATE_FAILED\", \"ErrorCode\": \"E1\", \"ErrorMessage\": \"failed in 1\", "
        + "\"LastUpdateTime\": 1597343458}, {\"OrganizationConformancePackName\": \"new-pack\", \"Status\": "
        + "\"SOMETHING_NEW\"}]}"));

    DescribeOrganizationConformancePackStatusesResponse page = config
        .describeOrganizationConformancePackStatuses(r -> r.limit(0));

    assertThat(body(take("DescribeOrganizationConformancePackStatuses"))).isEqualTo("{\"Limit\": 0}");
    List<OrganizationConformancePackStatus> statuses = page.organizationConformancePackStatuses();
    assertThat(statuses).containsExactly(
        OrganizationConformancePackStatus.builder().organizationConformancePackName("my-pack")
            .status(OrganizationResourceStatus.CREATE_FAILED).errorCode("E1").errorMessage("failed in 1")
            .lastUpdateTime(Instant.parse("2020-08-13T18:30:58Z")).build(),
        OrganizationConformancePackStatus.builder().organizationConformancePackName("new-pack")
            .status("SOMETHING_NEW").build());
    assertThat(statuses.get(1).status()).isEqualTo(OrganizationResourceStatus.UNKNOWN_TO_SDK_VERSION);
    assertThat(page.hasOrganizationConformancePackStatuses()).isTrue();
    assertThat(page.nextToken()).isNull();
  }

  @Test
  void aDescribeWithoutMembersSendsAnEmptyObject() throws Exception {
    server.enqueue(json("{}"));

    DescribeOrganizationConformancePacksResponse page = config.describeOrganizationConformancePacks(r -> { });

    assertThat(body(take("DescribeOrganizationConformancePacks"))).isEqualTo("{}");
    assertThat(page.hasOrganizationConformancePacks()).isFalse();
  }

  @Test
  void bothPaginatorsFollowNextTokenWithTheLimitOnEveryPage() throws Exception {
    server.enqueue(json("{\"OrganizationConformancePacks\": [{\"OrganizationConformancePackName\": \"a\"}], "
        + "\"NextToken\": \"t2\"}"));
    server.enqueue(json("{\"OrganizationConformancePacks\": [{\"OrganizationConformancePackName\": \"b\"}]}"));
    server.enqueue(json("{\"OrganizationConformancePackStatuses\": [{\"OrganizationConformancePackName\": \"a\", "
        + "\"Status\": \"CREATE_SUCCESSFUL\"}], \"NextToken\": \"s2\"}"));
    server.enqueue(json("{\"OrganizationConformancePackStatuses\": [], \"NextToken\": \"\"}"));

    List<String> packs = config.describeOrganizationConformancePacksPaginator(r -> r.limit(1)).stream()
        .map(OrganizationConformancePack::organizationConformancePackName).toList();
    List<String> statuses = config.describeOrganizationConformancePackStatusesPaginator(r -> r.limit(1)).stream()
        .map(OrganizationConformancePackStatus::statusAsString).toList();

    assertThat(packs).containsExactly("a", "b");
    assertThat(statuses).containsExactly("CREATE_SUCCESSFUL");
    assertThat(body(take("DescribeOrganizationConformancePacks"))).isEqualTo("{\"Limit\": 1}");
    assertThat(body(take("DescribeOrganizationConformancePacks"))).isEqualTo("{\"Limit\": 1, \"NextToken\": \"t2\"}");
    assertThat(body(take("DescribeOrganizationConformancePackStatuses"))).isEqualTo("{\"Limit\": 1}");
    assertThat(body(take("DescribeOrganizationConformancePackStatuses")))
        .isEqualTo("{\"Limit\": 1, \"NextToken\": \"s2\"}");
  }

  // ---- the documented errors

  private static final Consumer<ConfigClient> PUT_CALL = c -> c.putOrganizationConformancePack(r -> r
      .organizationConformancePackName("my-pack").templateS3Uri("s3://my-bucket/pack.yaml"));
  private static final Consumer<ConfigClient> DELETE_CALL = c -> c.deleteOrganizationConformancePack(r -> r
      .organizationConformancePackName("my-pack"));
  private static final Consumer<ConfigClient> PACKS_CALL = c -> c.describeOrganizationConformancePacks(r -> r
      .organizationConformancePackNames("my-pack"));
  private static final Consumer<ConfigClient> STATUSES_CALL = c -> c.describeOrganizationConformancePackStatuses(
      r -> r.organizationConformancePackNames("my-pack"));

  static Stream<Arguments> documentedErrors() {
    return Stream.of(
        Arguments.of("Put", PUT_CALL, "MaxNumberOfOrganizationConformancePacksExceededException",
            MaxNumberOfOrganizationConformancePacksExceededException.class),
        Arguments.of("Put", PUT_CALL, "ResourceInUseException", ResourceInUseException.class),
        Arguments.of("Put", PUT_CALL, "ValidationException", BadRequestException.class),
        Arguments.of("Put", PUT_CALL, "OrganizationAccessDeniedException", AccessDeniedException.class),
        Arguments.of("Put", PUT_CALL, "InsufficientPermissionsException", InsufficientPermissionsException.class),
        Arguments.of("Put", PUT_CALL, "OrganizationConformancePackTemplateValidationException",
            OrganizationConformancePackTemplateValidationException.class),
        Arguments.of("Put", PUT_CALL, "OrganizationAllFeaturesNotEnabledException",
            OrganizationAllFeaturesNotEnabledException.class),
        Arguments.of("Put", PUT_CALL, "NoAvailableOrganizationException", NoAvailableOrganizationException.class),
        Arguments.of("Delete", DELETE_CALL, "NoSuchOrganizationConformancePackException",
            NoSuchOrganizationConformancePackException.class),
        Arguments.of("Delete", DELETE_CALL, "ResourceInUseException", ResourceInUseException.class),
        Arguments.of("Delete", DELETE_CALL, "OrganizationAccessDeniedException", AccessDeniedException.class),
        Arguments.of("DescribePacks", PACKS_CALL, "NoSuchOrganizationConformancePackException",
            NoSuchOrganizationConformancePackException.class),
        Arguments.of("DescribePacks", PACKS_CALL, "InvalidNextTokenException", InvalidNextTokenException.class),
        Arguments.of("DescribePacks", PACKS_CALL, "InvalidLimitException", BadRequestException.class),
        Arguments.of("DescribePacks", PACKS_CALL, "OrganizationAccessDeniedException", AccessDeniedException.class),
        Arguments.of("DescribeStatuses", STATUSES_CALL, "NoSuchOrganizationConformancePackException",
            NoSuchOrganizationConformancePackException.class),
        Arguments.of("DescribeStatuses", STATUSES_CALL, "InvalidLimitException", BadRequestException.class),
        Arguments.of("DescribeStatuses", STATUSES_CALL, "InvalidNextTokenException",
            InvalidNextTokenException.class),
        Arguments.of("DescribeStatuses", STATUSES_CALL, "OrganizationAccessDeniedException",
            AccessDeniedException.class));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("documentedErrors")
  void mapsEachDocumentedError(String operation, Consumer<ConfigClient> call, String code,
      Class<? extends ServiceException> type) {
    server.enqueue(jsonError(400, "{\"__type\":\"" + code + "\",\"message\":\"the message\"}"));

    ServiceException e = catchThrowableOfType(ServiceException.class, () -> call.accept(config));

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.errorCode()).isEqualTo(code);
    assertThat(e.errorMessage()).isEqualTo("the message");
    assertThat(e.requestId()).isEqualTo("cfg-err-1");
    assertThat(e.service()).isEqualTo("Config");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  // ---- retries: putting or deleting a named pack again has no further effect

  @Test
  void putAndDeleteAreRetriedWithTheSameBytes() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/x-amz-json-1.1")
        .body("{\"OrganizationConformancePackArn\": \"arn:pack\"}").onResponseBody(new SocketEffect.CloseSocket())
        .build());
    server.enqueue(json("{\"OrganizationConformancePackArn\": \"arn:pack\"}"));
    server.enqueue(jsonError(503, "{\"__type\":\"ServiceUnavailable\"}"));
    server.enqueue(json("{}"));

    PutOrganizationConformancePackResponse put = config.putOrganizationConformancePack(r -> r
        .organizationConformancePackName("my-pack").templateS3Uri("s3://my-bucket/pack.yaml"));
    DeleteOrganizationConformancePackResponse deleted = config.deleteOrganizationConformancePack(r -> r
        .organizationConformancePackName("my-pack"));

    assertThat(put.organizationConformancePackArn()).isEqualTo("arn:pack");
    assertThat(put.responseMetadata().attempts()).isEqualTo(2);
    assertThat(deleted.responseMetadata().attempts()).isEqualTo(2);
    assertThat(body(take("PutOrganizationConformancePack"))).isEqualTo(PUT);
    assertThat(body(take("PutOrganizationConformancePack"))).isEqualTo(PUT);
    String delete = "{\"OrganizationConformancePackName\": \"my-pack\"}";
    assertThat(body(take("DeleteOrganizationConformancePack"))).isEqualTo(delete);
    assertThat(body(take("DeleteOrganizationConformancePack"))).isEqualTo(delete);
  }

  // ---- the checks before sending

  private static Arguments put(String message, Consumer<PutOrganizationConformancePackRequest.Builder> c) {
    return Arguments.of("PutOrganizationConformancePack", message,
        (Consumer<ConfigClient>) cfg -> cfg.putOrganizationConformancePack(r -> {
          r.organizationConformancePackName("my-pack").templateS3Uri("s3://b/t.yaml");
          c.accept(r);
        }));
  }

  static Stream<Arguments> mistakes() {
    String name = "organizationConformancePackName";
    return Stream.of(
        put(name + " is required", r -> r.organizationConformancePackName(null)),
        put(name + " must start with a letter and hold only letters, digits and hyphens: 'my_pack'",
            r -> r.organizationConformancePackName("my_pack")),
        put(name + " must be 1 to 128 characters long, was 129",
            r -> r.organizationConformancePackName("p".repeat(129))),
        put("templateS3Uri and templateBody exclude each other: give one of them", r -> r.templateBody("t")),
        put("one of templateS3Uri and templateBody is required", r -> r.templateS3Uri(null)),
        put("templateS3Uri must be an s3:// URI: 'https://b/t.yaml'", r -> r.templateS3Uri("https://b/t.yaml")),
        put("templateS3Uri must be 1 to 1024 characters long, was 1025",
            r -> r.templateS3Uri("s3://" + "k".repeat(1020))),
        put("templateBody must be 1 to 51200 characters long, was 0", r -> r.templateS3Uri(null).templateBody("")),
        put("templateBody must be 1 to 51200 characters long, was 51201",
            r -> r.templateS3Uri(null).templateBody("t".repeat(51201))),
        put("deliveryS3Bucket must be 0 to 63 characters long, was 64", r -> r.deliveryS3Bucket("b".repeat(64))),
        put("deliveryS3KeyPrefix must be 0 to 1024 characters long, was 1025",
            r -> r.deliveryS3KeyPrefix("k".repeat(1025))),
        put("conformancePackInputParameters may hold at most 60 items, had 61",
            r -> r.conformancePackInputParameters(IntStream.range(0, 61).mapToObj(i -> parameter("p" + i, "v"))
                .toList())),
        put("conformancePackInputParameters[0].parameterName is required",
            r -> r.conformancePackInputParameters(ConformancePackInputParameter.builder().parameterValue("v")
                .build())),
        put("conformancePackInputParameters[1].parameterValue is required",
            r -> r.conformancePackInputParameters(parameter("a", "1"),
                ConformancePackInputParameter.builder().parameterName("b").build())),
        put("conformancePackInputParameters[0].parameterName must be 0 to 255 characters long, was 256",
            r -> r.conformancePackInputParameters(parameter("n".repeat(256), "v"))),
        put("conformancePackInputParameters[0].parameterValue must be 0 to 4096 characters long, was 4097",
            r -> r.conformancePackInputParameters(parameter("n", "v".repeat(4097)))),
        put("excludedAccounts[1] must be a 12-digit account id: '12345'",
            r -> r.excludedAccounts("111122223333", "12345")),
        put("excludedAccounts may hold at most 1000 items, had 1001",
            r -> r.excludedAccounts(IntStream.range(0, 1001).mapToObj(i -> String.format("%012d", i)).toList())),
        Arguments.of("DeleteOrganizationConformancePack", name + " is required",
            (Consumer<ConfigClient>) cfg -> cfg.deleteOrganizationConformancePack(r -> { })),
        Arguments.of("DeleteOrganizationConformancePack",
            name + " must start with a letter and hold only letters, digits and hyphens: '1pack'",
            (Consumer<ConfigClient>) cfg -> cfg.deleteOrganizationConformancePack(r -> r
                .organizationConformancePackName("1pack"))),
        Arguments.of("DescribeOrganizationConformancePacks", "limit must be between 0 and 100, was 101",
            (Consumer<ConfigClient>) cfg -> cfg.describeOrganizationConformancePacks(r -> r.limit(101))),
        Arguments.of("DescribeOrganizationConformancePacks",
            "organizationConformancePackNames may hold at most 25 items, had 26",
            (Consumer<ConfigClient>) cfg -> cfg.describeOrganizationConformancePacks(r -> r
                .organizationConformancePackNames(IntStream.range(0, 26).mapToObj(i -> "p" + i).toList()))),
        Arguments.of("DescribeOrganizationConformancePacks", "organizationConformancePackNames[0] must not be empty",
            (Consumer<ConfigClient>) cfg -> cfg.describeOrganizationConformancePacksPaginator(r -> r
                .organizationConformancePackNames(""))),
        Arguments.of("DescribeOrganizationConformancePackStatuses", "limit must be between 0 and 100, was -1",
            (Consumer<ConfigClient>) cfg -> cfg.describeOrganizationConformancePackStatuses(r -> r.limit(-1))),
        Arguments.of("DescribeOrganizationConformancePackStatuses", "organizationConformancePackNames[1] must start "
                + "with a letter and hold only letters, digits and hyphens: 'bad name'",
            (Consumer<ConfigClient>) cfg -> cfg.describeOrganizationConformancePackStatusesPaginator(r -> r
                .organizationConformancePackNames("good", "bad name"))));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("mistakes")
  void rejectsBeforeSending(String operation, String message, Consumer<ConfigClient> call) {
    assertThatThrownBy(() -> call.accept(config))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void acceptsTheBoundaryValues() {
    server.enqueue(json("{}"));
    server.enqueue(json("{}"));
    server.enqueue(json("{}"));

    config.putOrganizationConformancePack(r -> r.organizationConformancePackName("p" + "x".repeat(127))
        .templateBody("t".repeat(51200)).deliveryS3Bucket("").deliveryS3KeyPrefix("k".repeat(1024))
        .conformancePackInputParameters(IntStream.range(0, 60).mapToObj(i -> parameter("", "")).toList())
        .excludedAccounts(IntStream.range(0, 1000).mapToObj(i -> String.format("%012d", i)).toList()));
    config.describeOrganizationConformancePacks(r -> r.limit(100)
        .organizationConformancePackNames(IntStream.range(0, 25).mapToObj(i -> "p" + i).toList()));
    config.describeOrganizationConformancePackStatuses(r -> r.limit(0).organizationConformancePackNames(List.of()));

    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void nullRequestsAreIllegalArguments() {
    assertThatThrownBy(() -> config.putOrganizationConformancePack((PutOrganizationConformancePackRequest) null))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("request is required");
    assertThatThrownBy(() -> config.deleteOrganizationConformancePack(
        (DeleteOrganizationConformancePackRequest) null))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("request is required");
    assertThatThrownBy(() -> config.describeOrganizationConformancePacks(
        (DescribeOrganizationConformancePacksRequest) null))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("request is required");
    assertThatThrownBy(() -> config.describeOrganizationConformancePackStatuses(
        (DescribeOrganizationConformancePackStatusesRequest) null))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("request is required");
    assertThat(server.getRequestCount()).isZero();
  }
}
