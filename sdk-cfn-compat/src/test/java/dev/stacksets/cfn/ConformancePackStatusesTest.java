package dev.stacksets.cfn;

import static dev.stacksets.cfn.TestSupport.assertSigned;
import static dev.stacksets.cfn.TestSupport.body;
import static dev.stacksets.cfn.TestSupport.json;
import static dev.stacksets.cfn.TestSupport.jsonError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.cfn.exception.NoSuchOrganizationConformancePackException;
import dev.stacksets.core.operation.OperationTargetResult;
import dev.stacksets.core.operation.Provider;
import dev.stacksets.core.operation.TargetStatus;
import dev.stacksets.core.paginate.Paginator;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code ConfigClient.conformancePackStatuses}: per-account conformance-pack statuses as neutral target results. */
class ConformancePackStatusesTest {
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

  private String take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).isNotNull();
    assertThat(r.getHeaders().get("X-Amz-Target"))
        .isEqualTo("StarlingDoveService.GetOrganizationConformancePackDetailedStatus");
    assertSigned(r, "config", "us-east-1", "content-type;host;x-amz-date;x-amz-target");
    return body(r);
  }

  @Test
  void walksTwoPagesAndMapsEveryField() throws Exception {
    server.enqueue(json("{\"NextToken\": \"next-1\", \"OrganizationConformancePackDetailedStatuses\": ["
        + "{\"AccountId\": \"111111111111\", \"ConformancePackName\": \"OrgConformsPack-my-pack-abcd\","
        + " \"ErrorCode\": \"AccessDenied\", \"ErrorMessage\": \"not allowed\", \"LastUpdateTime\": 1597343458,"
        + " \"Status\": \"CREATE_FAILED\"},"
        + "{\"AccountId\": \"222222222222\", \"Status\": \"CREATE_SUCCESSFUL\", \"LastUpdateTime\": 1597343459}]}"));
    server.enqueue(json("{\"OrganizationConformancePackDetailedStatuses\": ["
        + "{\"AccountId\": \"333333333333\", \"Status\": \"UPDATE_IN_PROGRESS\"},"
        + "{\"AccountId\": \"444444444444\", \"Status\": \"DELETE_FAILED\", \"ErrorMessage\": \"only a message\"},"
        + "{\"AccountId\": \"555555555555\", \"Status\": \"UPDATE_FAILED\", \"ErrorCode\": \"OnlyACode\"}]}"));

    Paginator<OperationTargetResult> statuses = config.conformancePackStatuses("my-pack");
    assertThat(server.getRequestCount()).as("lazy").isZero();

    List<OperationTargetResult> all = statuses.stream().toList();

    assertThat(all).containsExactly(
        OperationTargetResult.builder().provider(Provider.CONFIG).account("111111111111")
            .status(TargetStatus.FAILED).nativeStatus("CREATE_FAILED").reason("AccessDenied: not allowed")
            .updatedAt(Instant.parse("2020-08-13T18:30:58Z")).build(),
        OperationTargetResult.builder().provider(Provider.CONFIG).account("222222222222")
            .status(TargetStatus.SUCCEEDED).nativeStatus("CREATE_SUCCESSFUL")
            .updatedAt(Instant.parse("2020-08-13T18:30:59Z")).build(),
        OperationTargetResult.builder().provider(Provider.CONFIG).account("333333333333")
            .status(TargetStatus.RUNNING).nativeStatus("UPDATE_IN_PROGRESS").build(),
        OperationTargetResult.builder().provider(Provider.CONFIG).account("444444444444")
            .status(TargetStatus.FAILED).nativeStatus("DELETE_FAILED").reason("only a message").build(),
        OperationTargetResult.builder().provider(Provider.CONFIG).account("555555555555")
            .status(TargetStatus.FAILED).nativeStatus("UPDATE_FAILED").reason("OnlyACode").build());
    assertThat(all).allSatisfy(r -> {
      assertThat(r.region()).isNull();
      assertThat(r.organizationalUnit()).isNull();
    });
    assertThat(take()).isEqualTo("{\"OrganizationConformancePackName\": \"my-pack\"}");
    assertThat(take()).isEqualTo("{\"OrganizationConformancePackName\": \"my-pack\", \"NextToken\": \"next-1\"}");
  }

  @Test
  void fetchesTheSecondPageOnlyWhenNeeded() throws Exception {
    server.enqueue(json("{\"NextToken\": \"next-1\", \"OrganizationConformancePackDetailedStatuses\": ["
        + "{\"AccountId\": \"111111111111\", \"Status\": \"CREATE_SUCCESSFUL\"}]}"));

    Iterator<OperationTargetResult> it = config.conformancePackStatuses("my-pack").iterator();
    assertThat(it.next().account()).isEqualTo("111111111111");

    assertThat(server.getRequestCount()).isEqualTo(1);
    take();
  }

  @ParameterizedTest
  @CsvSource({
      "CREATE_SUCCESSFUL, SUCCEEDED", "CREATE_IN_PROGRESS, RUNNING", "CREATE_FAILED, FAILED",
      "UPDATE_SUCCESSFUL, SUCCEEDED", "UPDATE_IN_PROGRESS, RUNNING", "UPDATE_FAILED, FAILED",
      "DELETE_SUCCESSFUL, SUCCEEDED", "DELETE_IN_PROGRESS, RUNNING", "DELETE_FAILED, FAILED",
      "PAUSED_FOR_LUNCH, UNKNOWN"})
  void everyNativeStatusIsMappedOffTheWireWithTheNativeKept(String nativeStatus, TargetStatus expected)
      throws Exception {
    server.enqueue(json("{\"OrganizationConformancePackDetailedStatuses\": [{\"AccountId\": \"111111111111\","
        + " \"Status\": \"" + nativeStatus + "\"}]}"));

    OperationTargetResult r = config.conformancePackStatuses("my-pack").iterator().next();

    assertThat(r.status()).isEqualTo(expected);
    assertThat(r.nativeStatus()).isEqualTo(nativeStatus);
    assertThat(r.provider()).isEqualTo(Provider.CONFIG);
    take();
  }

  @Test
  void aMissingStatusIsUnknown() throws Exception {
    server.enqueue(json("{\"OrganizationConformancePackDetailedStatuses\": [{\"AccountId\": \"111111111111\"}]}"));

    OperationTargetResult r = config.conformancePackStatuses("my-pack").iterator().next();

    assertThat(r.status()).isEqualTo(TargetStatus.UNKNOWN);
    assertThat(r.nativeStatus()).isNull();
    take();
  }

  @Test
  void badPackNamesAreRejectedNamingTheParameterAndNothingIsSent() {
    assertThatThrownBy(() -> config.conformancePackStatuses(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("organizationConformancePackName");
    assertThatThrownBy(() -> config.conformancePackStatuses("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("organizationConformancePackName");
    assertThatThrownBy(() -> config.conformancePackStatuses("1-digit-first"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("organizationConformancePackName");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void serviceErrorsSurfaceWhileIterating() throws Exception {
    server.enqueue(jsonError(400, "{\"__type\": \"NoSuchOrganizationConformancePackException\", "
        + "\"message\": \"no such pack\"}"));

    Paginator<OperationTargetResult> statuses = config.conformancePackStatuses("my-pack");

    assertThatThrownBy(() -> statuses.iterator().hasNext())
        .isInstanceOf(NoSuchOrganizationConformancePackException.class);
    take();
  }
}
