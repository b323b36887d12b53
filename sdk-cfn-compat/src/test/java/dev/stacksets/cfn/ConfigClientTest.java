package dev.stacksets.cfn;

import static dev.stacksets.cfn.TestSupport.assertSigned;
import static dev.stacksets.cfn.TestSupport.body;
import static dev.stacksets.cfn.TestSupport.json;
import static dev.stacksets.cfn.TestSupport.jsonError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.cfn.config.model.GetOrganizationConformancePackDetailedStatusRequest;
import dev.stacksets.cfn.config.model.GetOrganizationConformancePackDetailedStatusResponse;
import dev.stacksets.cfn.config.model.OrganizationConformancePackDetailedStatus;
import dev.stacksets.cfn.config.model.OrganizationResourceDetailedStatus;
import dev.stacksets.cfn.exception.InvalidNextTokenException;
import dev.stacksets.cfn.exception.NoSuchOrganizationConformancePackException;
import dev.stacksets.core.exception.AccessDeniedException;
import dev.stacksets.core.exception.BadRequestException;
import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.exception.ServerErrorException;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.exception.ThrottlingException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** AWS Config over JSON 1.1: exact requests (reference §4.1), replies (§4.2), errors (§4.3), paging, validation. */
class ConfigClientTest {
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

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo("/");
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/x-amz-json-1.1");
    assertThat(r.getHeaders().get("X-Amz-Target"))
        .isEqualTo("StarlingDoveService.GetOrganizationConformancePackDetailedStatus");
    assertThat(r.getHeaders().get("Content-Length")).isEqualTo(Long.toString(r.getBodySize()));
    assertSigned(r, "config", "us-east-1", "content-type;host;x-amz-date;x-amz-target");
    return r;
  }

  private GetOrganizationConformancePackDetailedStatusResponse call(
      Consumer<GetOrganizationConformancePackDetailedStatusRequest.Builder> request) {
    return config.getOrganizationConformancePackDetailedStatus(request);
  }

  @Test
  void sendsTheReferenceRequest() throws Exception {
    server.enqueue(json("{}"));

    call(r -> r.organizationConformancePackName("my-pack")
        .filters(f -> f.accountId("123456789012").status(OrganizationResourceDetailedStatus.CREATE_FAILED))
        .limit(100)
        .nextToken("tok"));

    assertThat(body(take())).isEqualTo("{\"OrganizationConformancePackName\": \"my-pack\", \"Filters\": "
        + "{\"AccountId\": \"123456789012\", \"Status\": \"CREATE_FAILED\"}, \"Limit\": 100, \"NextToken\": \"tok\"}");
  }

  @Test
  void sendsOnlyTheMembersThatAreSet() throws Exception {
    server.enqueue(json("{}"));
    server.enqueue(json("{}"));

    call(r -> r.organizationConformancePackName("my-pack").limit(100));
    call(r -> r.organizationConformancePackName("my-pack").filters(f -> { }).limit(0));

    assertThat(body(take())).isEqualTo("{\"OrganizationConformancePackName\": \"my-pack\", \"Limit\": 100}");
    assertThat(body(take()))
        .isEqualTo("{\"OrganizationConformancePackName\": \"my-pack\", \"Filters\": {}, \"Limit\": 0}");
  }

  @Test
  void escapesStringsAsJson() throws Exception {
    server.enqueue(json("{}"));

    call(r -> r.organizationConformancePackName("my-pack").nextToken("a\"b\\c\n"));

    assertThat(body(take()))
        .isEqualTo("{\"OrganizationConformancePackName\": \"my-pack\", \"NextToken\": \"a\\\"b\\\\c\\n\"}");
  }

  @Test
  void parsesTheDocumentedResponseSyntax() {
    server.enqueue(json("{\"NextToken\": \"next-1\", \"OrganizationConformancePackDetailedStatuses\": ["
        + "{\"AccountId\": \"111111111111\", \"ConformancePackName\": \"OrgConformsPack-my-pack-abcd\","
        + " \"ErrorCode\": \"AccessDenied\", \"ErrorMessage\": \"not allowed\", \"LastUpdateTime\": 1597343458,"
        + " \"Status\": \"CREATE_FAILED\"},"
        + "{\"AccountId\": \"222222222222\", \"ConformancePackName\": \"OrgConformsPack-my-pack-abcd\","
        + " \"Status\": \"CREATE_SUCCESSFUL\", \"LastUpdateTime\": 1.597343458911E9}]}"));

    GetOrganizationConformancePackDetailedStatusResponse page = call(r -> r.organizationConformancePackName("p"));

    assertThat(page.organizationConformancePackDetailedStatuses()).containsExactly(
        OrganizationConformancePackDetailedStatus.builder().accountId("111111111111")
            .conformancePackName("OrgConformsPack-my-pack-abcd").errorCode("AccessDenied")
            .errorMessage("not allowed").lastUpdateTime(Instant.parse("2020-08-13T18:30:58Z"))
            .status(OrganizationResourceDetailedStatus.CREATE_FAILED).build(),
        OrganizationConformancePackDetailedStatus.builder().accountId("222222222222")
            .conformancePackName("OrgConformsPack-my-pack-abcd")
            .status(OrganizationResourceDetailedStatus.CREATE_SUCCESSFUL)
            .lastUpdateTime(Instant.parse("2020-08-13T18:30:58.911Z")).build());
    OrganizationConformancePackDetailedStatus first = page.organizationConformancePackDetailedStatuses().get(0);
    assertThat(first.status()).isEqualTo(OrganizationResourceDetailedStatus.CREATE_FAILED);
    assertThat(first.statusAsString()).isEqualTo("CREATE_FAILED");
    assertThat(page.nextToken()).isEqualTo("next-1");
    assertThat(page.responseMetadata().requestId()).isEqualTo("cfg-req-1");
    assertThat(page.responseMetadata().attempts()).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1597343458           | 2020-08-13T18:30:58Z",
      "1597343458.5         | 2020-08-13T18:30:58.500Z",
      "1.597343458911E9     | 2020-08-13T18:30:58.911Z",
      "1.597343458911e+9    | 2020-08-13T18:30:58.911Z",
      "1597343458.123456789 | 2020-08-13T18:30:58.123456789Z",
      "0                    | 1970-01-01T00:00:00Z",
      "-1.5                 | 1969-12-31T23:59:58.500Z",
      "\"1597343458.25\"    | 2020-08-13T18:30:58.250Z",
      "\"2020-08-13T18:30:58.911Z\" | 2020-08-13T18:30:58.911Z"})
  void parsesEpochSecondTimestampsExactly(String raw, String expected) {
    server.enqueue(json("{\"OrganizationConformancePackDetailedStatuses\": [{\"AccountId\": \"111111111111\","
        + " \"LastUpdateTime\": " + raw + "}]}"));

    OrganizationConformancePackDetailedStatus s = call(r -> r.organizationConformancePackName("p"))
        .organizationConformancePackDetailedStatuses().get(0);

    assertThat(s.lastUpdateTime()).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e99999999", "-1e99999999", "1E+2147483647", "1e-99999999", "-1.5e-99999999",
      "\"1e99999999\"", "\"1e-99999999\"", "123456789012345678", "1e18",
      // 17 digits but past Instant.MAX / before Instant.MIN
      "99999999999999999", "31556889864403200", "-31557014167219201", "0.1234567890123456789012345678901234567890"
      + "12345678901234567890123456789"})
  void aTimestampOutOfRangeIsAClientSideErrorAndQuick(String raw) {
    server.enqueue(json("{\"OrganizationConformancePackDetailedStatuses\": [{\"AccountId\": \"111111111111\","
        + " \"LastUpdateTime\": " + raw + "}]}"));

    ClientSideException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(20), () -> catchThrowableOfType(ClientSideException.class,
            () -> call(r -> r.organizationConformancePackName("p"))));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("LastUpdateTime").contains("out of range");
    assertThat(e.isRetryable()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0e-99999999", "0E+99999999", "-0.0"})
  void zeroInAnyScaleIsTheEpoch(String raw) {
    server.enqueue(json("{\"OrganizationConformancePackDetailedStatuses\": [{\"LastUpdateTime\": " + raw + "}]}"));

    assertThat(call(r -> r.organizationConformancePackName("p")).organizationConformancePackDetailedStatuses()
        .get(0).lastUpdateTime()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void toleratesUnknownFieldsUnknownStatusesAndMissingMembers() {
    server.enqueue(json("{\"Surprise\": {\"a\": [1, 2]}, \"OrganizationConformancePackDetailedStatuses\": ["
        + "{\"AccountId\": \"111111111111\", \"Status\": \"PAUSED_FOR_LUNCH\", \"Extra\": true,"
        + " \"LastUpdateTime\": null}]}"));
    server.enqueue(json("{}"));

    OrganizationConformancePackDetailedStatus s = call(r -> r.organizationConformancePackName("p"))
        .organizationConformancePackDetailedStatuses().get(0);
    GetOrganizationConformancePackDetailedStatusResponse empty = call(r -> r.organizationConformancePackName("p"));

    assertThat(s.status()).isEqualTo(OrganizationResourceDetailedStatus.UNKNOWN_TO_SDK_VERSION);
    assertThat(s.statusAsString()).isEqualTo("PAUSED_FOR_LUNCH");
    assertThat(s.lastUpdateTime()).isNull();
    assertThat(s.errorCode()).isNull();
    assertThat(empty.hasOrganizationConformancePackDetailedStatuses()).isFalse();
    assertThat(empty.organizationConformancePackDetailedStatuses()).isEmpty();
    assertThat(empty.nextToken()).isNull();
  }

  @Test
  void anUnreadableReplyIsAClientSideError() {
    server.enqueue(json("<html>oops</html>"));
    server.enqueue(json("{\"OrganizationConformancePackDetailedStatuses\": {\"not\": \"a list\"}}"));
    server.enqueue(json("{\"OrganizationConformancePackDetailedStatuses\": [{\"LastUpdateTime\": true}]}"));

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> call(r -> r.organizationConformancePackName("p")))
          .isInstanceOf(ClientSideException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void noSuchOrganizationConformancePack() {
    server.enqueue(jsonError(400,
        "{\"__type\":\"NoSuchOrganizationConformancePackException\",\"message\":\"not found\"}"));

    ServiceException e = catchThrowableOfType(ServiceException.class,
        () -> call(r -> r.organizationConformancePackName("my-pack")));

    assertThat(e).isExactlyInstanceOf(NoSuchOrganizationConformancePackException.class);
    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.service()).isEqualTo("Config");
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.errorCode()).isEqualTo("NoSuchOrganizationConformancePackException");
    assertThat(e.errorMessage()).isEqualTo("not found");
    assertThat(e.requestId()).isEqualTo("cfg-err-1");
    assertThat(e.isRetryable()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "com.amazonaws.starling.dove#NoSuchOrganizationConformancePackException:http://internal.amazon.com/coral/"
          + "com.amazon.coral.validate/ | NoSuchOrganizationConformancePackException",
      "com.amazonaws.starling.dove#InvalidNextTokenException | InvalidNextTokenException",
      "InvalidLimitException:http://internal.amazon.com/ | InvalidLimitException"})
  void normalisesShapeIdsToTheShapeName(String type, String code) {
    server.enqueue(jsonError(400, "{\"__type\": \"" + type + "\", \"Message\": \"capital M\"}"));

    ServiceException e = catchThrowableOfType(ServiceException.class,
        () -> call(r -> r.organizationConformancePackName("my-pack")));

    assertThat(e.errorCode()).isEqualTo(code);
    assertThat(e.errorMessage()).isEqualTo("capital M");
  }

  @ParameterizedTest
  @CsvSource({
      "InvalidNextTokenException, dev.stacksets.cfn.exception.InvalidNextTokenException",
      "InvalidLimitException, dev.stacksets.core.exception.BadRequestException",
      "OrganizationAccessDeniedException, dev.stacksets.core.exception.AccessDeniedException",
      "AccessDeniedException, dev.stacksets.core.exception.AccessDeniedException",
      "ValidationException, dev.stacksets.core.exception.BadRequestException",
      "UnrecognizedClientException, dev.stacksets.core.exception.AuthenticationException",
      "InvalidSignatureException, dev.stacksets.core.exception.AuthenticationException"})
  void mapsTheModeledErrors(String code, String type) throws Exception {
    server.enqueue(jsonError(400, "{\"__type\": \"" + code + "\", \"message\": \"m\"}"));

    ServiceException e = catchThrowableOfType(ServiceException.class,
        () -> call(r -> r.organizationConformancePackName("my-pack")));

    assertThat(e).isExactlyInstanceOf(Class.forName(type));
    assertThat(e.errorCode()).isEqualTo(code);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void invalidNextTokenIsABadRequest() {
    server.enqueue(jsonError(400, "{\"__type\": \"InvalidNextTokenException\", \"message\": \"expired\"}"));

    ServiceException e = catchThrowableOfType(ServiceException.class,
        () -> call(r -> r.organizationConformancePackName("my-pack").nextToken("old")));

    assertThat(e).isInstanceOf(InvalidNextTokenException.class).isInstanceOf(BadRequestException.class);
  }

  @Test
  void organizationAccessDeniedIsAccessDenied() {
    server.enqueue(jsonError(400, "{\"__type\": \"OrganizationAccessDeniedException\", \"message\": \"no\"}"));

    assertThatThrownBy(() -> call(r -> r.organizationConformancePackName("my-pack")))
        .isExactlyInstanceOf(AccessDeniedException.class);
  }

  @Test
  void readsTheErrorTypeHeaderAndTheCodeField() {
    server.enqueue(new MockResponse.Builder().code(400).setHeader("X-Amzn-Errortype",
        "InvalidLimitException:http://internal.amazon.com/").body("").build());
    server.enqueue(jsonError(400, "{\"code\": \"InvalidLimitException\", \"message\": \"m\"}"));

    for (int i = 0; i < 2; i++) {
      ServiceException e = catchThrowableOfType(ServiceException.class,
          () -> call(r -> r.organizationConformancePackName("my-pack")));
      assertThat(e).isExactlyInstanceOf(BadRequestException.class);
      assertThat(e.errorCode()).isEqualTo("InvalidLimitException");
    }
  }

  @Test
  void throttlingIsRetried() {
    server.enqueue(jsonError(400, "{\"__type\": \"ThrottlingException\", \"message\": \"Rate exceeded\"}"));
    server.enqueue(jsonError(400, "{\"__type\": \"ThrottlingException\", \"message\": \"Rate exceeded\"}"));
    server.enqueue(json("{\"OrganizationConformancePackDetailedStatuses\": []}"));

    GetOrganizationConformancePackDetailedStatusResponse page = call(r -> r.organizationConformancePackName("p"));

    assertThat(page.responseMetadata().attempts()).isEqualTo(3);
    assertThat(page.hasOrganizationConformancePackDetailedStatuses()).isTrue();
  }

  @Test
  void throttlingThatPersistsIsAThrottlingException() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(jsonError(400, "{\"__type\": \"ThrottlingException\", \"message\": \"Rate exceeded\"}"));
    }

    ServiceException e = catchThrowableOfType(ServiceException.class,
        () -> call(r -> r.organizationConformancePackName("p")));

    assertThat(e).isExactlyInstanceOf(ThrottlingException.class);
    assertThat(e.isThrottling()).isTrue();
    assertThat(e.attempts()).isEqualTo(3);
  }

  @Test
  void aNonJsonServerErrorFallsBackToTheStatus() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(503).body("Service Unavailable").build());
    }

    ServiceException e = catchThrowableOfType(ServiceException.class,
        () -> call(r -> r.organizationConformancePackName("p")));

    assertThat(e).isExactlyInstanceOf(ServerErrorException.class);
    assertThat(e.errorCode()).isNull();
    assertThat(e.attempts()).isEqualTo(3);
  }

  @Test
  void paginatesCarryingFiltersAndLimitOntoEveryPage() throws Exception {
    server.enqueue(json("{\"OrganizationConformancePackDetailedStatuses\": [{\"AccountId\": \"111111111111\"},"
        + " {\"AccountId\": \"222222222222\"}], \"NextToken\": \"t2\"}"));
    server.enqueue(json("{\"OrganizationConformancePackDetailedStatuses\": [], \"NextToken\": \"t3\"}"));
    server.enqueue(json("{\"OrganizationConformancePackDetailedStatuses\": [{\"AccountId\": \"333333333333\"}]}"));

    var paginator = config.getOrganizationConformancePackDetailedStatusPaginator(r -> r
        .organizationConformancePackName("my-pack")
        .filters(f -> f.status(OrganizationResourceDetailedStatus.CREATE_FAILED))
        .limit(2));
    assertThat(server.getRequestCount()).isZero();
    List<String> accounts = paginator.stream().map(OrganizationConformancePackDetailedStatus::accountId).toList();

    assertThat(accounts).containsExactly("111111111111", "222222222222", "333333333333");
    String prefix = "{\"OrganizationConformancePackName\": \"my-pack\", \"Filters\": {\"Status\": \"CREATE_FAILED\"}, "
        + "\"Limit\": 2";
    assertThat(body(take())).isEqualTo(prefix + "}");
    assertThat(body(take())).isEqualTo(prefix + ", \"NextToken\": \"t2\"}");
    assertThat(body(take())).isEqualTo(prefix + ", \"NextToken\": \"t3\"}");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void theRequestsPaginatorValidatesEagerly() {
    assertThatThrownBy(() -> config.getOrganizationConformancePackDetailedStatusPaginator(
        GetOrganizationConformancePackDetailedStatusRequest.builder().limit(5).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("organizationConformancePackName");
    assertThat(server.getRequestCount()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"missing", "empty", "digitFirst", "underscore", "tooLong", "limitLow", "limitHigh",
      "shortAccount", "letterAccount", "blankStatus"})
  void rejectsBadInputBeforeSending(String mistake) {
    GetOrganizationConformancePackDetailedStatusRequest.Builder b =
        GetOrganizationConformancePackDetailedStatusRequest.builder().organizationConformancePackName("my-pack");
    String parameter = "organizationConformancePackName";
    switch (mistake) {
      case "missing" -> b.organizationConformancePackName(null);
      case "empty" -> b.organizationConformancePackName("");
      case "digitFirst" -> b.organizationConformancePackName("1pack");
      case "underscore" -> b.organizationConformancePackName("my_pack");
      case "tooLong" -> b.organizationConformancePackName("p" + "a".repeat(128));
      case "limitLow" -> {
        b.limit(-1);
        parameter = "limit";
      }
      case "limitHigh" -> {
        b.limit(101);
        parameter = "limit";
      }
      case "shortAccount" -> {
        b.filters(f -> f.accountId("12345"));
        parameter = "filters.accountId";
      }
      case "letterAccount" -> {
        b.filters(f -> f.accountId("12345678901a"));
        parameter = "filters.accountId";
      }
      case "blankStatus" -> {
        b.filters(f -> f.status(" "));
        parameter = "filters.status";
      }
      default -> throw new AssertionError(mistake);
    }
    GetOrganizationConformancePackDetailedStatusRequest request = b.build();

    assertThatThrownBy(() -> config.getOrganizationConformancePackDetailedStatus(request))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(parameter);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void acceptsTheBoundaryValues() throws Exception {
    server.enqueue(json("{}"));
    server.enqueue(json("{}"));

    call(r -> r.organizationConformancePackName("p" + "a".repeat(127)).limit(0));
    call(r -> r.organizationConformancePackName("P-1").limit(100).filters(f -> f.accountId("000000000000")));

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aNullRequestIsAnIllegalArgument() {
    assertThatThrownBy(() -> config.getOrganizationConformancePackDetailedStatus(
        (GetOrganizationConformancePackDetailedStatusRequest) null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("request");
    assertThatThrownBy(() -> config.getOrganizationConformancePackDetailedStatus(
        (Consumer<GetOrganizationConformancePackDetailedStatusRequest.Builder>) null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
