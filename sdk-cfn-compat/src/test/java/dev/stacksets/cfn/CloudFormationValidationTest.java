package dev.stacksets.cfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.cfn.model.DescribeStackSetOperationRequest;
import dev.stacksets.cfn.model.DescribeStackSetRequest;
import dev.stacksets.cfn.model.ListStackInstancesRequest;
import dev.stacksets.cfn.model.ListStackSetOperationResultsRequest;
import dev.stacksets.cfn.model.ListStackSetOperationsRequest;
import dev.stacksets.cfn.model.ListStackSetsRequest;
import dev.stacksets.cfn.model.OperationResultFilter;
import dev.stacksets.cfn.model.OperationResultFilterName;
import dev.stacksets.cfn.model.StackInstanceFilter;
import dev.stacksets.cfn.model.StackInstanceFilterName;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input seen before sending: IllegalArgumentException naming the parameter, and nothing on the wire. */
class CloudFormationValidationTest {
  @StartStop
  final MockWebServer server = new MockWebServer();
  private CloudFormationClient cfn;

  @BeforeEach
  void setUp() {
    cfn = TestSupport.cfn(server);
  }

  @AfterEach
  void tearDown() {
    cfn.close();
  }

  private static OperationResultFilter resultFilter(String value) {
    return OperationResultFilter.builder().name(OperationResultFilterName.OPERATION_RESULT_STATUS).values(value)
        .build();
  }

  private static StackInstanceFilter instanceFilter(String value) {
    return StackInstanceFilter.builder().name(StackInstanceFilterName.DETAILED_STATUS).values(value).build();
  }

  private static Arguments results(String parameter, Consumer<ListStackSetOperationResultsRequest.Builder> c) {
    return Arguments.of("ListStackSetOperationResults", parameter,
        (Consumer<CloudFormationClient>) cfn -> cfn.listStackSetOperationResults(r -> {
          r.stackSetName("my-set").operationId("op-1");
          c.accept(r);
        }));
  }

  private static Arguments instances(String parameter, Consumer<ListStackInstancesRequest.Builder> c) {
    return Arguments.of("ListStackInstances", parameter,
        (Consumer<CloudFormationClient>) cfn -> cfn.listStackInstances(r -> {
          r.stackSetName("my-set");
          c.accept(r);
        }));
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        results("stackSetName", r -> r.stackSetName(null)),
        results("stackSetName", r -> r.stackSetName("")),
        results("stackSetName", r -> r.stackSetName("1starts-with-digit")),
        results("stackSetName", r -> r.stackSetName("has_underscore")),
        results("stackSetName", r -> r.stackSetName("name:not-a-uuid")),
        results("stackSetName", r -> r.stackSetName("a" + "b".repeat(128))),
        results("operationId", r -> r.operationId(null)),
        results("operationId", r -> r.operationId("")),
        results("operationId", r -> r.operationId("-starts-with-hyphen")),
        results("operationId", r -> r.operationId("has space")),
        results("operationId", r -> r.operationId("a".repeat(129))),
        results("maxResults", r -> r.maxResults(0)),
        results("maxResults", r -> r.maxResults(101)),
        results("maxResults", r -> r.maxResults(-5)),
        results("nextToken", r -> r.nextToken("")),
        results("nextToken", r -> r.nextToken("t".repeat(1025))),
        results("callAs", r -> r.callAs(" ")),
        results("filters", r -> r.filters(resultFilter("FAILED"), resultFilter("SUCCEEDED"))),
        results("filters[0].name", r -> r.filters(OperationResultFilter.builder().values("FAILED").build())),
        results("filters[0].name", r -> r.filters(OperationResultFilter.builder().name("DETAILED_STATUS")
            .values("FAILED").build())),
        results("filters[0].values", r -> r.filters(OperationResultFilter.builder()
            .name(OperationResultFilterName.OPERATION_RESULT_STATUS).build())),
        results("filters[0].values", r -> r.filters(resultFilter("FAIL"))),
        results("filters[0].values", r -> r.filters(resultFilter("SUCCEEDED!"))),
        results("filters[0].values", r -> r.filters(resultFilter("FAI LED"))),
        Arguments.of("ListStackSetOperations", "stackSetName",
            (Consumer<CloudFormationClient>) cfn -> cfn.listStackSetOperations(r -> r.maxResults(10))),
        Arguments.of("ListStackSetOperations", "maxResults",
            (Consumer<CloudFormationClient>) cfn -> cfn.listStackSetOperations(r -> r.stackSetName("s")
                .maxResults(1000))),
        Arguments.of("DescribeStackSetOperation", "operationId",
            (Consumer<CloudFormationClient>) cfn -> cfn.describeStackSetOperation(r -> r.stackSetName("s"))),
        Arguments.of("DescribeStackSetOperation", "stackSetName",
            (Consumer<CloudFormationClient>) cfn -> cfn.describeStackSetOperation(r -> r.operationId("op-1"))),
        Arguments.of("ListStackSets", "maxResults",
            (Consumer<CloudFormationClient>) cfn -> cfn.listStackSets(r -> r.maxResults(0))),
        Arguments.of("ListStackSets", "status",
            (Consumer<CloudFormationClient>) cfn -> cfn.listStackSets(r -> r.status(""))),
        Arguments.of("ListStackSets", "nextToken",
            (Consumer<CloudFormationClient>) cfn -> cfn.listStackSets(r -> r.nextToken(""))),
        Arguments.of("DescribeStackSet", "stackSetName",
            (Consumer<CloudFormationClient>) cfn -> cfn.describeStackSet(r -> { })),
        instances("stackSetName", r -> r.stackSetName(null)),
        instances("stackInstanceAccount", r -> r.stackInstanceAccount("12345678901")),
        instances("stackInstanceAccount", r -> r.stackInstanceAccount("1234567890123")),
        instances("stackInstanceAccount", r -> r.stackInstanceAccount("12345678901x")),
        instances("stackInstanceRegion", r -> r.stackInstanceRegion("us_east_1")),
        instances("stackInstanceRegion", r -> r.stackInstanceRegion("")),
        instances("stackInstanceRegion", r -> r.stackInstanceRegion("a".repeat(129))),
        instances("filters", r -> r.filters(instanceFilter("A"), instanceFilter("B"), instanceFilter("C"),
            instanceFilter("D"))),
        instances("filters[1].name", r -> r.filters(instanceFilter("A"),
            StackInstanceFilter.builder().name("COLOUR").values("blue").build())),
        instances("filters[0].values", r -> r.filters(StackInstanceFilter.builder()
            .name(StackInstanceFilterName.DRIFT_STATUS).build())),
        instances("filters[0].values", r -> r.filters(instanceFilter(""))),
        instances("filters[0].values", r -> r.filters(instanceFilter("has space"))),
        instances("filters[0].values", r -> r.filters(instanceFilter("x".repeat(129)))),
        instances("maxResults", r -> r.maxResults(0)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("mistakes")
  void rejectsBeforeSending(String operation, String parameter, Consumer<CloudFormationClient> call) {
    assertThatThrownBy(() -> call.accept(cfn))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(parameter);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void acceptsTheBoundaryValues() {
    for (String operation : List.of("ListStackSetOperationResults", "ListStackSetOperationResults",
        "ListStackInstances", "ListStackSets", "DescribeStackSetOperation", "DescribeStackSet")) {
      server.enqueue(TestSupport.xml(TestSupport.queryReply(operation, TestSupport.XML_NS, "")));
    }

    cfn.listStackSetOperationResults(r -> r.stackSetName("a" + "b".repeat(127)).operationId("0".repeat(128))
        .maxResults(1).nextToken("t".repeat(1024)).filters(resultFilter("PENDING")));
    cfn.listStackSetOperationResults(r -> r.stackSetName("set:7be49155-cb25-4c02-b287-352006ed6c6f")
        .operationId("A").maxResults(100).filters(resultFilter("SUCCEEDED")));
    cfn.listStackInstances(r -> r.stackSetName("s").maxResults(100).stackInstanceAccount("000000000000")
        .stackInstanceRegion("r".repeat(128))
        .filters(instanceFilter("A"), instanceFilter("x".repeat(128)), StackInstanceFilter.builder()
            .name(StackInstanceFilterName.LAST_OPERATION_ID).values("op").build()));
    cfn.listStackSets(r -> r.callAs("SOME_FUTURE_VALUE").status("ARCHIVED"));
    cfn.describeStackSetOperation(r -> r.stackSetName("s").operationId("1-2-3"));
    cfn.describeStackSet(r -> r.stackSetName("S"));

    assertThat(server.getRequestCount()).isEqualTo(6);
  }

  @Test
  void nullRequestsAndConsumersAreIllegalArguments() {
    assertThatThrownBy(() -> cfn.listStackSetOperationResults((ListStackSetOperationResultsRequest) null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cfn.listStackSetOperations((ListStackSetOperationsRequest) null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cfn.describeStackSetOperation((DescribeStackSetOperationRequest) null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cfn.listStackSets((ListStackSetsRequest) null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cfn.listStackInstances((ListStackInstancesRequest) null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cfn.describeStackSet((DescribeStackSetRequest) null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cfn.listStackSets((Consumer<ListStackSetsRequest.Builder>) null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cfn.listStackSetsPaginator((ListStackSetsRequest) null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
