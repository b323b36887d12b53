package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.rfs.model.Action;
import dev.stacksets.rfs.model.CallIdentity;
import dev.stacksets.rfs.model.ListStackSetOperationsRequest;
import dev.stacksets.rfs.model.ListStackSetsRequest;
import dev.stacksets.rfs.model.OperationFilter;
import dev.stacksets.rfs.model.OperationStatus;
import dev.stacksets.rfs.model.PermissionModel;
import dev.stacksets.rfs.model.ShowStackInstanceRequest;
import dev.stacksets.rfs.model.ShowStackSetOperationMetadataRequest;
import dev.stacksets.rfs.model.Sort;
import dev.stacksets.rfs.model.SortDirection;
import dev.stacksets.rfs.model.SortKey;
import dev.stacksets.rfs.model.StackInstanceFilter;
import dev.stacksets.rfs.model.StackSetFilter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input is an IllegalArgumentException naming the parameter, and nothing reaches the server. */
class ValidationTest {
  private RfsMock mock;
  private RfsClient rfs;

  @BeforeEach
  void setUp() throws Exception {
    mock = new RfsMock();
    rfs = mock.client();
  }

  @AfterEach
  void tearDown() {
    assertThat(mock.requestCount()).as("nothing may be sent").isZero();
    rfs.close();
    mock.close();
  }

  private void rejects(Runnable call, String... messageParts) {
    assertThatThrownBy(call::run).isExactlyInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> {
          for (String part : messageParts) {
            assertThat(e.getMessage()).contains(part);
          }
        });
  }

  private void rejectsOperations(Consumer<ListStackSetOperationsRequest.Builder> request, String... messageParts) {
    rejects(() -> rfs.listStackSetOperations(request), messageParts);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1abc", "_abc", "-abc", "my set", "a;b", "a/b", "a.b", "", "名字 有空格", "a\u0000"})
  void stackSetNameBreakingThePatternIsRejected(String name) {
    rejectsOperations(r -> r.stackSetName(name), "stackSetName", "stack_set_name");
  }

  @Test
  void stackSetNameLongerThan128IsRejected() {
    rejectsOperations(r -> r.stackSetName("a".repeat(129)), "stackSetName", "128");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "HelloWorld", "my_hello_world_stack_set", "my-stack-set-1", "资源栈集", "栈集_A-1",
      "Ωmega", "日本語テスト"})
  void validStackSetNamesAreAccepted(String name) {
    assertThatCode(() -> ListStackSetOperationsRequest.builder().stackSetName(name).build())
        .doesNotThrowAnyException();
  }

  @Test
  void stackSetNameOf128CharactersIsAccepted() {
    assertThatCode(() -> ListStackSetOperationsRequest.builder().stackSetName("a".repeat(128)))
        .doesNotThrowAnyException();
    assertThatCode(() -> ListStackSetOperationsRequest.builder().stackSetName("栈".repeat(128)))
        .doesNotThrowAnyException();
  }

  @Test
  void missingRequiredValuesAreRejectedAtCallTime() {
    rejectsOperations(r -> r.limit(10), "stackSetName (stack_set_name) is required");
    rejects(() -> rfs.showStackSetMetadata(r -> { }), "stackSetName");
    rejects(() -> rfs.listStackInstances(r -> { }), "stackSetName");
    rejects(() -> rfs.showStackSetOperationMetadata(r -> r.stackSetName("s")),
        "operationId (stack_set_operation_id) is required");
    rejects(() -> rfs.showStackInstance(r -> r.stackSetName("s").stackDomainId("d")), "region");
    rejects(() -> rfs.showStackInstance(r -> r.stackSetName("s").region("cn-north-4")), "stackDomainId");
  }

  @Test
  void paginatorsCheckRequiredValuesBeforeIterating() {
    rejects(() -> rfs.listStackSetOperationsPaginator(r -> { }), "stackSetName");
    rejects(() -> rfs.listStackInstancesPaginator(r -> { }), "stackSetName");
    rejects(() -> rfs.listStackSetsPaginator((ListStackSetsRequest) null), "request");
  }

  @Test
  void nullRequestsAreRejected() {
    rejects(() -> rfs.listStackSets((ListStackSetsRequest) null), "request");
    rejects(() -> rfs.listStackSets((Consumer<ListStackSetsRequest.Builder>) null), "request");
    rejects(() -> rfs.showStackSetOperationMetadata((ShowStackSetOperationMetadataRequest) null), "request");
    rejects(() -> rfs.showStackInstance((ShowStackInstanceRequest) null), "request");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "a b", "id\n"})
  void blankOrSpacedIdsAreRejected(String id) {
    rejects(() -> rfs.showStackSetOperationMetadata(r -> r.stackSetName("s").operationId(id)), "operationId");
    rejects(() -> rfs.listStackSetOperations(r -> r.stackSetName("s").stackSetId(id)), "stackSetId", "stack_set_id");
    rejects(() -> rfs.showStackInstance(r -> r.stackSetName("s").region(id).stackDomainId("d1")), "region");
    rejects(() -> rfs.showStackInstance(r -> r.stackSetName("s").region("cn-north-4").stackDomainId(id)),
        "stackDomainId");
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "..", "%2E%2E", "a.b", "a/b", "a?b", "a%b", "-abc", "_abc", "ünï", "a\u00a0b"})
  void pathBoundIdsOutsideTheIdPatternAreRejectedAndNothingIsSent(String id) {
    rejects(() -> rfs.showStackSetOperationMetadata(r -> r.stackSetName("abc").operationId(id)), "operationId",
        "stack_set_operation_id");
    rejects(() -> rfs.showStackInstance(r -> r.stackSetName("abc").region(id).stackDomainId("d1")), "region");
    rejects(() -> rfs.showStackInstance(r -> r.stackSetName("abc").region("cn-north-4").stackDomainId(id)),
        "stackDomainId");
    rejects(() -> rfs.listStackSetOperations(r -> r.stackSetName("abc").stackSetId(id)), "stackSetId");
    rejects(() -> rfs.operations().getOperation("abc", id), "operationId");
    rejects(() -> rfs.operations().listTargetResults("abc", id), "operationId");
  }

  @Test
  void idsOf1To128LettersDigitsUnderscoresAndHyphensAreAccepted() {
    for (String id : List.of("a", "0", "daa46d87-045b-4a50-a0d5-c167fc34b632", "op_1", "x".repeat(128))) {
      assertThatCode(() -> ShowStackSetOperationMetadataRequest.builder().operationId(id))
          .doesNotThrowAnyException();
    }
    rejects(() -> rfs.showStackSetOperationMetadata(r -> r.stackSetName("s").operationId("x".repeat(129))),
        "operationId", "128");
  }

  @Test
  void instanceAddressHalvesMustNotHoldASlash() {
    rejects(() -> rfs.showStackInstance(r -> r.stackSetName("s").region("cn-north-4/x").stackDomainId("d1")),
        "region", "'/'");
    rejects(() -> rfs.showStackInstance(r -> r.stackSetName("s").region("cn-north-4").stackDomainId("a/b")),
        "stackDomainId", "'/'");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 9, 1001, Integer.MAX_VALUE})
  void limitOutOfRangeIsRejected(int limit) {
    rejectsOperations(r -> r.stackSetName("s").limit(limit), "limit", "10", "1000");
    rejects(() -> rfs.listStackSets(r -> r.limit(limit)), "limit", "10", "1000");
  }

  @Test
  void limitBoundsAreAccepted() {
    assertThat(ListStackSetsRequest.builder().limit(10).build().limit()).isEqualTo(10);
    assertThat(ListStackSetsRequest.builder().limit(1000).build().limit()).isEqualTo(1000);
    assertThat(ListStackSetsRequest.builder().limit(10).limit(null).build().limit()).isNull();
  }

  @Test
  void blankMarkerIsRejected() {
    rejects(() -> rfs.listStackSets(r -> r.marker(" ")), "marker");
  }

  @Test
  void badClientRequestIdsAreRejected() {
    rejects(() -> rfs.listStackSets(r -> r.clientRequestId("")), "clientRequestId", "Client-Request-Id");
    rejects(() -> rfs.listStackSets(r -> r.clientRequestId("a b")), "clientRequestId");
    rejects(() -> rfs.listStackSets(r -> r.clientRequestId("x".repeat(129))), "clientRequestId", "128");
    rejects(() -> rfs.listStackSets(r -> r.clientRequestId("ünïcode")), "clientRequestId");
  }

  @Test
  void unequalSortCountsAreRejected() {
    rejects(() -> ListStackSetsRequest.builder().sort(List.of(SortKey.CREATE_TIME), List.of()),
        "sort_key", "sort_dir", "1 sort_key, 0 sort_dir");
    rejects(() -> ListStackSetsRequest.builder().sort(List.of(SortKey.CREATE_TIME, SortKey.CREATE_TIME),
        List.of(SortDirection.ASC)), "sort_key", "sort_dir");
    rejects(() -> ListStackSetsRequest.builder().sort(null, List.of(SortDirection.ASC)), "sort_key");
  }

  @Test
  void nullSortPartsAreRejected() {
    rejects(() -> ListStackSetsRequest.builder().sortByCreateTime(null), "sort_dir");
    rejects(() -> new Sort(null, SortDirection.ASC), "sort_key");
    rejects(() -> ListStackSetsRequest.builder().sort(Arrays.asList(SortKey.CREATE_TIME),
        Arrays.asList((SortDirection) null)), "sort_dir");
    rejects(() -> ListStackSetsRequest.builder().sorts(Arrays.asList((Sort) null)), "sorts");
  }

  @Test
  void matchedSortListsAreAcceptedAndPaired() {
    ListStackSetsRequest r = ListStackSetsRequest.builder()
        .sort(List.of(SortKey.CREATE_TIME, SortKey.CREATE_TIME), List.of(SortDirection.ASC, SortDirection.DESC))
        .build();
    assertThat(r.sorts()).containsExactly(new Sort(SortKey.CREATE_TIME, SortDirection.ASC),
        new Sort(SortKey.CREATE_TIME, SortDirection.DESC));
  }

  @Test
  void unknownCallIdentityIsRejected() {
    rejects(() -> ListStackSetsRequest.builder().callIdentity(CallIdentity.UNKNOWN_TO_SDK_VERSION),
        "callIdentity", "UNKNOWN_TO_SDK_VERSION");
  }

  @ParameterizedTest
  @ValueSource(strings = {"SELF;MANAGED", "a b", "x==y", "a|b", "a,b", "", "中文", "a-b", "a=b"})
  void filterValuesOutsideTheGrammarAreRejected(String value) {
    rejects(() -> StackSetFilter.permissionModel(value), "filter", "permission_model");
    rejects(() -> OperationFilter.action(value), "filter", "action");
    rejects(() -> OperationFilter.status(OperationStatus.OPERATION_FAILED).or(value), "filter", "status");
    rejects(() -> StackInstanceFilter.stackDomainId(value), "filter", "stack_domain_id");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cn;north", "cn north", "cn|north", "cn,north", "", "cn==north"})
  void regionFilterValuesOutsideTheGrammarAreRejected(String value) {
    rejects(() -> StackInstanceFilter.region(value), "filter", "region");
  }

  @Test
  void nullAndUnknownFilterValuesAreRejected() {
    rejects(() -> StackSetFilter.permissionModel((PermissionModel) null), "filter", "permission_model");
    rejects(() -> StackSetFilter.permissionModel((String) null), "filter");
    rejects(() -> OperationFilter.action(Action.UNKNOWN_TO_SDK_VERSION), "UNKNOWN_TO_SDK_VERSION");
    rejects(() -> OperationFilter.action(Action.DEPLOY_STACK_SET).or((Action) null), "action");
    rejects(() -> StackInstanceFilter.region(null), "region");
  }

  @Test
  void aFieldMayHaveOnlyOneAndCondition() {
    rejects(() -> OperationFilter.action(Action.DEPLOY_STACK_SET).andStatus(OperationStatus.OPERATION_FAILED)
        .andAction(Action.CREATE_STACK_INSTANCES), "filter", "action", "one AND condition");
    rejects(() -> StackInstanceFilter.region("cn-north-4").andRegion("cn-east-3"), "region");
  }

  @Test
  void filterLongerThan512IsRejected() {
    StackInstanceFilter.StackDomainIdCondition f = StackInstanceFilter.stackDomainId("d".repeat(32));
    for (int i = 0; i < 9; i++) {
      f = f.or("d".repeat(32));
    }
    StackInstanceFilter.StackDomainIdCondition ten = f;
    assertThat(ten.toQueryValue().length()).isEqualTo(10 * 49 + 9);
    rejects(() -> ten.or("d".repeat(32)), "filter", "512");
  }

  @Test
  void projectIdMustNotBeBlank() {
    rejects(() -> RfsClient.builder().projectId(" "), "projectId");
  }
}
