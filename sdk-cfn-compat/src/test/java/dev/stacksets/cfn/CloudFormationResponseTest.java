package dev.stacksets.cfn;

import static dev.stacksets.cfn.TestSupport.MAESTRO_NS;
import static dev.stacksets.cfn.TestSupport.XML_NS;
import static dev.stacksets.cfn.TestSupport.queryReply;
import static dev.stacksets.cfn.TestSupport.xml;
import static dev.stacksets.cfn.TestSupport.xmlWithoutRequestId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.cfn.model.AccountFilterType;
import dev.stacksets.cfn.model.AccountGateResult;
import dev.stacksets.cfn.model.AccountGateStatus;
import dev.stacksets.cfn.model.AutoDeployment;
import dev.stacksets.cfn.model.Capability;
import dev.stacksets.cfn.model.ConcurrencyMode;
import dev.stacksets.cfn.model.DeploymentTargets;
import dev.stacksets.cfn.model.DescribeStackSetOperationResponse;
import dev.stacksets.cfn.model.ListStackInstancesResponse;
import dev.stacksets.cfn.model.ListStackSetOperationResultsResponse;
import dev.stacksets.cfn.model.ListStackSetOperationsResponse;
import dev.stacksets.cfn.model.ListStackSetsResponse;
import dev.stacksets.cfn.model.ManagedExecution;
import dev.stacksets.cfn.model.Parameter;
import dev.stacksets.cfn.model.PermissionModels;
import dev.stacksets.cfn.model.RegionConcurrencyType;
import dev.stacksets.cfn.model.StackDriftStatus;
import dev.stacksets.cfn.model.StackInstanceComprehensiveStatus;
import dev.stacksets.cfn.model.StackInstanceDetailedStatus;
import dev.stacksets.cfn.model.StackInstanceStatus;
import dev.stacksets.cfn.model.StackInstanceSummary;
import dev.stacksets.cfn.model.StackSet;
import dev.stacksets.cfn.model.StackSetDriftDetectionDetails;
import dev.stacksets.cfn.model.StackSetDriftDetectionStatus;
import dev.stacksets.cfn.model.StackSetDriftStatus;
import dev.stacksets.cfn.model.StackSetOperation;
import dev.stacksets.cfn.model.StackSetOperationAction;
import dev.stacksets.cfn.model.StackSetOperationPreferences;
import dev.stacksets.cfn.model.StackSetOperationResultStatus;
import dev.stacksets.cfn.model.StackSetOperationResultSummary;
import dev.stacksets.cfn.model.StackSetOperationStatus;
import dev.stacksets.cfn.model.StackSetOperationStatusDetails;
import dev.stacksets.cfn.model.StackSetOperationSummary;
import dev.stacksets.cfn.model.StackSetStatus;
import dev.stacksets.cfn.model.StackSetSummary;
import dev.stacksets.cfn.model.Tag;
import dev.stacksets.core.exception.ClientSideException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Query XML replies: the reference §3.3 examples, the seed page's response syntax, and every output shape. */
class CloudFormationResponseTest {
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

  private ListStackSetOperationResultsResponse results() {
    return cfn.listStackSetOperationResults(r -> r.stackSetName("my-stack-set").operationId("op-1"));
  }

  /** Reference §3.3, verbatim (moto's maestro namespace). */
  private static final String RESULTS_EXAMPLE = "<ListStackSetOperationResultsResponse xmlns=\"" + MAESTRO_NS + "\">\n"
      + "  <ListStackSetOperationResultsResult>\n"
      + "    <Summaries>\n"
      + "      <member>\n"
      + "        <AccountGateResult>\n"
      + "          <StatusReason>Function not found: arn:aws:lambda:us-west-2:123456789012:function:"
      + "AWSCloudFormationStackSetAccountGate</StatusReason>\n"
      + "          <Status>SKIPPED</Status>\n"
      + "        </AccountGateResult>\n"
      + "        <Region>us-west-2</Region>\n"
      + "        <Account>123456789012</Account>\n"
      + "        <Status>SUCCEEDED</Status>\n"
      + "      </member>\n"
      + "    </Summaries>\n"
      + "  </ListStackSetOperationResultsResult>\n"
      + "  <ResponseMetadata><RequestId>ac05a9ce-5f98-4197-a29b-example</RequestId></ResponseMetadata>\n"
      + "</ListStackSetOperationResultsResponse>";

  @Test
  void parsesTheReferenceListStackSetOperationResultsExample() {
    server.enqueue(xml(RESULTS_EXAMPLE));

    ListStackSetOperationResultsResponse page = results();

    assertThat(page.summaries()).containsExactly(StackSetOperationResultSummary.builder()
        .account("123456789012")
        .region("us-west-2")
        .status(StackSetOperationResultStatus.SUCCEEDED)
        .accountGateResult(AccountGateResult.builder().status(AccountGateStatus.SKIPPED)
            .statusReason("Function not found: arn:aws:lambda:us-west-2:123456789012:function:"
                + "AWSCloudFormationStackSetAccountGate").build())
        .build());
    StackSetOperationResultSummary s = page.summaries().get(0);
    assertThat(s.status()).isEqualTo(StackSetOperationResultStatus.SUCCEEDED);
    assertThat(s.statusAsString()).isEqualTo("SUCCEEDED");
    assertThat(s.statusReason()).isNull();
    assertThat(s.organizationalUnitId()).isNull();
    assertThat(s.accountGateResult().status()).isEqualTo(AccountGateStatus.SKIPPED);
    assertThat(page.nextToken()).isNull();
    assertThat(page.responseMetadata().requestId()).isEqualTo("req-123");
    assertThat(page.responseMetadata().statusCode()).isEqualTo(200);
    assertThat(page.responseMetadata().attempts()).isEqualTo(1);
    assertThat(page.responseMetadata().clientRequestId()).isNull();
  }

  @Test
  void takesTheRequestIdFromTheBodyWhenTheHeaderIsMissing() {
    server.enqueue(xmlWithoutRequestId(RESULTS_EXAMPLE));

    assertThat(results().responseMetadata().requestId()).isEqualTo("ac05a9ce-5f98-4197-a29b-example");
  }

  @Test
  void parsesTheSeedPageResponseSyntaxWithEveryMember() {
    server.enqueue(xml(queryReply("ListStackSetOperationResults", XML_NS, ""
        + "<Summaries>"
        + "<member><Account>111111111111</Account><Region>us-east-1</Region><Status>FAILED</Status>"
        + "<StatusReason>Stack creation failed</StatusReason>"
        + "<AccountGateResult><Status>FAILED</Status><StatusReason>gate says no</StatusReason></AccountGateResult>"
        + "<OrganizationalUnitId>ou-ab12-cdef3456</OrganizationalUnitId></member>"
        + "<member><Account>222222222222</Account><Region>eu-west-1</Region><Status>PENDING</Status></member>"
        + "<member><Account>333333333333</Account><Region>eu-west-1</Region><Status>RUNNING</Status></member>"
        + "<member><Account>444444444444</Account><Region>eu-west-1</Region><Status>CANCELLED</Status>"
        + "<AccountGateResult><Status>SUCCEEDED</Status></AccountGateResult></member>"
        + "</Summaries><NextToken>next-page-token</NextToken>")));

    ListStackSetOperationResultsResponse page = results();

    assertThat(page.summaries()).hasSize(4);
    StackSetOperationResultSummary first = page.summaries().get(0);
    assertThat(first.account()).isEqualTo("111111111111");
    assertThat(first.region()).isEqualTo("us-east-1");
    assertThat(first.status()).isEqualTo(StackSetOperationResultStatus.FAILED);
    assertThat(first.statusReason()).isEqualTo("Stack creation failed");
    assertThat(first.accountGateResult().status()).isEqualTo(AccountGateStatus.FAILED);
    assertThat(first.accountGateResult().statusReason()).isEqualTo("gate says no");
    assertThat(first.organizationalUnitId()).isEqualTo("ou-ab12-cdef3456");
    assertThat(page.summaries()).extracting(StackSetOperationResultSummary::status).containsExactly(
        StackSetOperationResultStatus.FAILED, StackSetOperationResultStatus.PENDING,
        StackSetOperationResultStatus.RUNNING, StackSetOperationResultStatus.CANCELLED);
    assertThat(page.summaries().get(3).accountGateResult().status()).isEqualTo(AccountGateStatus.SUCCEEDED);
    assertThat(page.nextToken()).isEqualTo("next-page-token");
  }

  @Test
  void toleratesUnknownElementsAndUnknownEnumValues() {
    server.enqueue(xml(queryReply("ListStackSetOperationResults", XML_NS, ""
        + "<Brand-New-Field><Nested>x</Nested></Brand-New-Field>"
        + "<Summaries><member><Account>111111111111</Account><Status>EXPLODED</Status><Colour>blue</Colour>"
        + "<AccountGateResult><Status>MAYBE</Status></AccountGateResult></member></Summaries>")));

    StackSetOperationResultSummary s = results().summaries().get(0);

    assertThat(s.status()).isEqualTo(StackSetOperationResultStatus.UNKNOWN_TO_SDK_VERSION);
    assertThat(s.statusAsString()).isEqualTo("EXPLODED");
    assertThat(s.accountGateResult().status()).isEqualTo(AccountGateStatus.UNKNOWN_TO_SDK_VERSION);
    assertThat(s.accountGateResult().statusAsString()).isEqualTo("MAYBE");
    assertThat(s.account()).isEqualTo("111111111111");
  }

  @Test
  void readsElementsByLocalNameWithPrefixedNamespaces() {
    server.enqueue(xml("<cf:ListStackSetOperationResultsResponse xmlns:cf=\"urn:anything\">"
        + "<cf:ListStackSetOperationResultsResult><cf:Summaries><cf:member><cf:Account>123456789012</cf:Account>"
        + "</cf:member></cf:Summaries><cf:NextToken>t</cf:NextToken></cf:ListStackSetOperationResultsResult>"
        + "</cf:ListStackSetOperationResultsResponse>"));

    ListStackSetOperationResultsResponse page = results();

    assertThat(page.summaries()).extracting(StackSetOperationResultSummary::account)
        .containsExactly("123456789012");
    assertThat(page.nextToken()).isEqualTo("t");
  }

  @Test
  void tellsEmptyAndMissingListsApart() {
    server.enqueue(xml(queryReply("ListStackSetOperationResults", XML_NS, "<Summaries/><NextToken/>")));
    server.enqueue(xml(queryReply("ListStackSetOperationResults", XML_NS, "")));

    ListStackSetOperationResultsResponse empty = results();
    ListStackSetOperationResultsResponse missing = results();

    assertThat(empty.hasSummaries()).isTrue();
    assertThat(empty.summaries()).isEmpty();
    assertThat(empty.nextToken()).isEmpty();
    assertThat(missing.hasSummaries()).isFalse();
    assertThat(missing.summaries()).isEmpty();
    assertThat(missing.nextToken()).isNull();
  }

  @Test
  void aReplyThatIsNotTheOperationsDocumentIsAClientSideErrorNotAnEmptyPage() {
    server.enqueue(xml("<html><head><title>Proxy</title></head><body>Welcome</body></html>"));
    server.enqueue(xml("<ListStackSetOperationResultsResponse xmlns=\"" + XML_NS + "\">"
        + "<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ListStackSetOperationResultsResponse>"));
    server.enqueue(xml(queryReply("ListStackSets", XML_NS, "<Summaries/>")));
    server.enqueue(xml("<ListStackSetOperationResultsResult><Summaries/></ListStackSetOperationResultsResult>"));

    ClientSideException html = catchThrowableOfType(ClientSideException.class, this::results);
    ClientSideException noResult = catchThrowableOfType(ClientSideException.class, this::results);
    ClientSideException otherOperation = catchThrowableOfType(ClientSideException.class, this::results);
    ClientSideException bareResult = catchThrowableOfType(ClientSideException.class, this::results);

    assertThat(html.getMessage()).contains("expected a <ListStackSetOperationResultsResponse> document, got <html>");
    assertThat(noResult.getMessage()).contains("holds no <ListStackSetOperationResultsResult>");
    assertThat(otherOperation.getMessage()).contains("got <ListStackSetsResponse>");
    assertThat(bareResult.getMessage()).contains("got <ListStackSetOperationResultsResult>");
    assertThat(html.isRetryable()).isFalse();
    assertThat(html.attempts()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aPaginatorFailsInsteadOfStoppingEarlyOnANonDocumentPage() {
    server.enqueue(xml(queryReply("ListStackSets", XML_NS,
        "<Summaries><member><StackSetName>a</StackSetName></member></Summaries><NextToken>t1</NextToken>")));
    server.enqueue(xml("<html><body>maintenance</body></html>"));

    java.util.Iterator<dev.stacksets.cfn.model.StackSetSummary> it = cfn.listStackSetsPaginator(r -> { })
        .iterator();

    assertThat(it.next().stackSetName()).isEqualTo("a");
    assertThatThrownBy(it::hasNext).isInstanceOf(ClientSideException.class)
        .hasMessageContaining("<ListStackSetsResponse>");
  }

  @Test
  void parsesTheReferenceDescribeStackSetOperationExample() {
    server.enqueue(xml("<DescribeStackSetOperationResponse xmlns=\"" + MAESTRO_NS + "\">\n"
        + "  <DescribeStackSetOperationResult>\n"
        + "    <StackSetOperation>\n"
        + "      <ExecutionRoleName>AWSCloudFormationStackSetExecutionRole</ExecutionRoleName>\n"
        + "      <AdministrationRoleARN>arn:aws:iam::123456789012:role/AWSCloudFormationStackSetAdministrationRole"
        + "</AdministrationRoleARN>\n"
        + "      <StackSetId>my-stack-set:7be49155-cb25-4c02-b287-352006ed6c6f</StackSetId>\n"
        + "      <CreationTimestamp>2017-06-13T18:51:06.468Z</CreationTimestamp>\n"
        + "      <OperationId>61806005-bde9-46f1-949d-6791e5exampl</OperationId>\n"
        + "      <Action>UPDATE</Action>\n"
        + "      <OperationPreferences><RegionOrder/></OperationPreferences>\n"
        + "      <EndTimestamp>2017-06-13T18:53:01Z</EndTimestamp>\n"
        + "      <Status>SUCCEEDED</Status>\n"
        + "    </StackSetOperation>\n"
        + "  </DescribeStackSetOperationResult>\n"
        + "  <ResponseMetadata><RequestId>2edc27b6-9ce2-486a-a192-example</RequestId></ResponseMetadata>\n"
        + "</DescribeStackSetOperationResponse>"));

    DescribeStackSetOperationResponse response = cfn.describeStackSetOperation(r -> r.stackSetName("my-stack-set")
        .operationId("61806005-bde9-46f1-949d-6791e5exampl"));

    StackSetOperation op = response.stackSetOperation();
    assertThat(op).isEqualTo(StackSetOperation.builder()
        .executionRoleName("AWSCloudFormationStackSetExecutionRole")
        .administrationRoleArn("arn:aws:iam::123456789012:role/AWSCloudFormationStackSetAdministrationRole")
        .stackSetId("my-stack-set:7be49155-cb25-4c02-b287-352006ed6c6f")
        .creationTimestamp(Instant.parse("2017-06-13T18:51:06.468Z"))
        .operationId("61806005-bde9-46f1-949d-6791e5exampl")
        .action(StackSetOperationAction.UPDATE)
        .operationPreferences(p -> p.regionOrder(List.of()))
        .endTimestamp(Instant.parse("2017-06-13T18:53:01Z"))
        .status(StackSetOperationStatus.SUCCEEDED)
        .build());
    assertThat(op.operationPreferences().hasRegionOrder()).isTrue();
    assertThat(op.operationPreferences().regionOrder()).isEmpty();
    assertThat(op.deploymentTargets()).isNull();
    assertThat(op.stackSetDriftDetectionDetails()).isNull();
    assertThat(op.retainStacks()).isNull();
    assertThat(response.responseMetadata().requestId()).isEqualTo("req-123");
  }

  @Test
  void parsesEveryMemberOfAStackSetOperation() {
    server.enqueue(xml(queryReply("DescribeStackSetOperation", XML_NS, ""
        + "<StackSetOperation>"
        + "<OperationId>op-9</OperationId><StackSetId>set:11111111-2222-3333-4444-555555555555</StackSetId>"
        + "<Action>DETECT_DRIFT</Action><Status>FAILED</Status>"
        + "<OperationPreferences><RegionConcurrencyType>PARALLEL</RegionConcurrencyType>"
        + "<RegionOrder><member>us-east-1</member><member>eu-west-1</member></RegionOrder>"
        + "<FailureToleranceCount>1</FailureToleranceCount><FailureTolerancePercentage>10"
        + "</FailureTolerancePercentage><MaxConcurrentCount>5</MaxConcurrentCount>"
        + "<MaxConcurrentPercentage>50</MaxConcurrentPercentage>"
        + "<ConcurrencyMode>SOFT_FAILURE_TOLERANCE</ConcurrencyMode></OperationPreferences>"
        + "<RetainStacks>true</RetainStacks>"
        + "<AdministrationRoleARN>arn:aws:iam::123456789012:role/Admin</AdministrationRoleARN>"
        + "<ExecutionRoleName>Exec</ExecutionRoleName>"
        + "<CreationTimestamp>2019-10-03T16:28:44.377Z</CreationTimestamp>"
        + "<EndTimestamp>2019-10-03T16:30:00+02:00</EndTimestamp>"
        + "<DeploymentTargets><Accounts><member>111111111111</member></Accounts>"
        + "<AccountsUrl>s3://bucket/accounts.csv</AccountsUrl>"
        + "<OrganizationalUnitIds><member>ou-ab12-cdef3456</member><member>r-ab12</member></OrganizationalUnitIds>"
        + "<AccountFilterType>INTERSECTION</AccountFilterType></DeploymentTargets>"
        + "<StackSetDriftDetectionDetails><DriftStatus>DRIFTED</DriftStatus>"
        + "<DriftDetectionStatus>PARTIAL_SUCCESS</DriftDetectionStatus>"
        + "<LastDriftCheckTimestamp>2019-10-03T16:29:59Z</LastDriftCheckTimestamp>"
        + "<TotalStackInstancesCount>10</TotalStackInstancesCount>"
        + "<DriftedStackInstancesCount>2</DriftedStackInstancesCount>"
        + "<InSyncStackInstancesCount>6</InSyncStackInstancesCount>"
        + "<InProgressStackInstancesCount>0</InProgressStackInstancesCount>"
        + "<FailedStackInstancesCount>2</FailedStackInstancesCount></StackSetDriftDetectionDetails>"
        + "<StatusReason>The failure tolerance was exceeded</StatusReason>"
        + "<StatusDetails><FailedStackInstancesCount>2</FailedStackInstancesCount></StatusDetails>"
        + "</StackSetOperation>")));

    StackSetOperation op = cfn.describeStackSetOperation(r -> r.stackSetName("set").operationId("op-9"))
        .stackSetOperation();

    assertThat(op).isEqualTo(StackSetOperation.builder()
        .operationId("op-9")
        .stackSetId("set:11111111-2222-3333-4444-555555555555")
        .action(StackSetOperationAction.DETECT_DRIFT)
        .status(StackSetOperationStatus.FAILED)
        .operationPreferences(StackSetOperationPreferences.builder()
            .regionConcurrencyType(RegionConcurrencyType.PARALLEL)
            .regionOrder("us-east-1", "eu-west-1")
            .failureToleranceCount(1)
            .failureTolerancePercentage(10)
            .maxConcurrentCount(5)
            .maxConcurrentPercentage(50)
            .concurrencyMode(ConcurrencyMode.SOFT_FAILURE_TOLERANCE)
            .build())
        .retainStacks(true)
        .administrationRoleArn("arn:aws:iam::123456789012:role/Admin")
        .executionRoleName("Exec")
        .creationTimestamp(Instant.parse("2019-10-03T16:28:44.377Z"))
        .endTimestamp(Instant.parse("2019-10-03T14:30:00Z"))
        .deploymentTargets(DeploymentTargets.builder()
            .accounts("111111111111")
            .accountsUrl("s3://bucket/accounts.csv")
            .organizationalUnitIds("ou-ab12-cdef3456", "r-ab12")
            .accountFilterType(AccountFilterType.INTERSECTION)
            .build())
        .stackSetDriftDetectionDetails(StackSetDriftDetectionDetails.builder()
            .driftStatus(StackSetDriftStatus.DRIFTED)
            .driftDetectionStatus(StackSetDriftDetectionStatus.PARTIAL_SUCCESS)
            .lastDriftCheckTimestamp(Instant.parse("2019-10-03T16:29:59Z"))
            .totalStackInstancesCount(10)
            .driftedStackInstancesCount(2)
            .inSyncStackInstancesCount(6)
            .inProgressStackInstancesCount(0)
            .failedStackInstancesCount(2)
            .build())
        .statusReason("The failure tolerance was exceeded")
        .statusDetails(StackSetOperationStatusDetails.builder().failedStackInstancesCount(2).build())
        .build());
    assertThat(op.action()).isEqualTo(StackSetOperationAction.DETECT_DRIFT);
    assertThat(op.status()).isEqualTo(StackSetOperationStatus.FAILED);
    assertThat(op.deploymentTargets().accountFilterType()).isEqualTo(AccountFilterType.INTERSECTION);
    assertThat(op.operationPreferences().concurrencyMode()).isEqualTo(ConcurrencyMode.SOFT_FAILURE_TOLERANCE);
  }

  @Test
  void parsesListStackSetOperations() {
    server.enqueue(xml(queryReply("ListStackSetOperations", MAESTRO_NS, ""
        + "<Summaries><member><OperationId>op-1</OperationId><Action>CREATE</Action><Status>RUNNING</Status>"
        + "<CreationTimestamp>2019-10-03T16:28:44.377Z</CreationTimestamp></member>"
        + "<member><OperationId>op-0</OperationId><Action>DELETE</Action><Status>STOPPED</Status>"
        + "<CreationTimestamp>2019-10-01T10:00:00Z</CreationTimestamp><EndTimestamp>2019-10-01T10:05:00Z"
        + "</EndTimestamp><StatusReason>stopped by user</StatusReason>"
        + "<StatusDetails><FailedStackInstancesCount>0</FailedStackInstancesCount></StatusDetails>"
        + "<OperationPreferences><RegionConcurrencyType>SEQUENTIAL</RegionConcurrencyType>"
        + "<MaxConcurrentCount>1</MaxConcurrentCount></OperationPreferences></member>"
        + "<member><OperationId>op-q</OperationId><Action>UPDATE</Action><Status>QUEUED</Status></member>"
        + "</Summaries><NextToken>n2</NextToken>")));

    ListStackSetOperationsResponse page = cfn.listStackSetOperations(r -> r.stackSetName("my-stack-set"));

    assertThat(page.summaries()).containsExactly(
        StackSetOperationSummary.builder().operationId("op-1").action(StackSetOperationAction.CREATE)
            .status(StackSetOperationStatus.RUNNING).creationTimestamp(Instant.parse("2019-10-03T16:28:44.377Z"))
            .build(),
        StackSetOperationSummary.builder().operationId("op-0").action(StackSetOperationAction.DELETE)
            .status(StackSetOperationStatus.STOPPED).creationTimestamp(Instant.parse("2019-10-01T10:00:00Z"))
            .endTimestamp(Instant.parse("2019-10-01T10:05:00Z")).statusReason("stopped by user")
            .statusDetails(d -> d.failedStackInstancesCount(0))
            .operationPreferences(p -> p.regionConcurrencyType(RegionConcurrencyType.SEQUENTIAL)
                .maxConcurrentCount(1))
            .build(),
        StackSetOperationSummary.builder().operationId("op-q").action(StackSetOperationAction.UPDATE)
            .status(StackSetOperationStatus.QUEUED).build());
    assertThat(page.nextToken()).isEqualTo("n2");
    assertThat(page.responseMetadata().requestId()).isEqualTo("req-123");
  }

  @Test
  void parsesListStackSets() {
    server.enqueue(xml(queryReply("ListStackSets", MAESTRO_NS, ""
        + "<Summaries><member><StackSetName>my-stack-set</StackSetName>"
        + "<StackSetId>my-stack-set:11111111-2222-3333-4444-555555555555</StackSetId><Status>ACTIVE</Status>"
        + "</member>"
        + "<member><StackSetName>org-set</StackSetName><StackSetId>org-set:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
        + "</StackSetId><Description>Org wide</Description><Status>DELETED</Status>"
        + "<AutoDeployment><Enabled>true</Enabled><RetainStacksOnAccountRemoval>false"
        + "</RetainStacksOnAccountRemoval><DependsOn><member>arn:aws:cloudformation:us-east-1:123456789012:"
        + "stackset/base:1</member></DependsOn></AutoDeployment>"
        + "<PermissionModel>SERVICE_MANAGED</PermissionModel><DriftStatus>IN_SYNC</DriftStatus>"
        + "<LastDriftCheckTimestamp>2020-01-02T03:04:05Z</LastDriftCheckTimestamp>"
        + "<ManagedExecution><Active>true</Active></ManagedExecution></member></Summaries>")));

    ListStackSetsResponse page = cfn.listStackSets(r -> { });

    assertThat(page.summaries()).containsExactly(
        StackSetSummary.builder().stackSetName("my-stack-set")
            .stackSetId("my-stack-set:11111111-2222-3333-4444-555555555555").status(StackSetStatus.ACTIVE).build(),
        StackSetSummary.builder().stackSetName("org-set").stackSetId("org-set:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee")
            .description("Org wide").status(StackSetStatus.DELETED)
            .autoDeployment(AutoDeployment.builder().enabled(true).retainStacksOnAccountRemoval(false)
                .dependsOn("arn:aws:cloudformation:us-east-1:123456789012:stackset/base:1").build())
            .permissionModel(PermissionModels.SERVICE_MANAGED).driftStatus(StackDriftStatus.IN_SYNC)
            .lastDriftCheckTimestamp(Instant.parse("2020-01-02T03:04:05Z"))
            .managedExecution(ManagedExecution.builder().active(true).build())
            .build());
    assertThat(page.nextToken()).isNull();
  }

  @Test
  void parsesListStackInstancesIncludingASuspendedAccount() {
    server.enqueue(xml(queryReply("ListStackInstances", XML_NS, ""
        + "<Summaries><member><StackSetId>s:11111111-2222-3333-4444-555555555555</StackSetId>"
        + "<Region>us-east-1</Region><Account>111111111111</Account>"
        + "<StackId>arn:aws:cloudformation:us-east-1:111111111111:stack/StackSet-s-1/abc</StackId>"
        + "<Status>OUTDATED</Status><StatusReason>ResourceLogicalId:Bucket, ResourceType:AWS::S3::Bucket</StatusReason>"
        + "<StackInstanceStatus><DetailedStatus>FAILED</DetailedStatus></StackInstanceStatus>"
        + "<OrganizationalUnitId>ou-ab12-cdef3456</OrganizationalUnitId><DriftStatus>NOT_CHECKED</DriftStatus>"
        + "<LastDriftCheckTimestamp>2021-05-06T07:08:09.1Z</LastDriftCheckTimestamp>"
        + "<LastOperationId>op-3</LastOperationId></member>"
        + "<member><StackSetId>s:11111111-2222-3333-4444-555555555555</StackSetId><Region>eu-west-1</Region>"
        + "<Account>222222222222</Account><Status>INOPERABLE</Status>"
        + "<StackInstanceStatus><DetailedStatus>SKIPPED_SUSPENDED_ACCOUNT</DetailedStatus></StackInstanceStatus>"
        + "<OrganizationalUnitId></OrganizationalUnitId></member></Summaries>")));

    ListStackInstancesResponse page = cfn.listStackInstances(r -> r.stackSetName("s"));

    assertThat(page.summaries()).containsExactly(
        StackInstanceSummary.builder().stackSetId("s:11111111-2222-3333-4444-555555555555").region("us-east-1")
            .account("111111111111").stackId("arn:aws:cloudformation:us-east-1:111111111111:stack/StackSet-s-1/abc")
            .status(StackInstanceStatus.OUTDATED)
            .statusReason("ResourceLogicalId:Bucket, ResourceType:AWS::S3::Bucket")
            .stackInstanceStatus(StackInstanceComprehensiveStatus.builder()
                .detailedStatus(StackInstanceDetailedStatus.FAILED).build())
            .organizationalUnitId("ou-ab12-cdef3456").driftStatus(StackDriftStatus.NOT_CHECKED)
            .lastDriftCheckTimestamp(Instant.parse("2021-05-06T07:08:09.100Z")).lastOperationId("op-3").build(),
        StackInstanceSummary.builder().stackSetId("s:11111111-2222-3333-4444-555555555555").region("eu-west-1")
            .account("222222222222").status(StackInstanceStatus.INOPERABLE)
            .stackInstanceStatus(c -> c.detailedStatus(StackInstanceDetailedStatus.SKIPPED_SUSPENDED_ACCOUNT))
            .organizationalUnitId("").build());
    assertThat(page.summaries().get(1).stackId()).isNull();
    assertThat(page.summaries().get(1).stackInstanceStatus().detailedStatus())
        .isEqualTo(StackInstanceDetailedStatus.SKIPPED_SUSPENDED_ACCOUNT);
  }

  @Test
  void parsesDescribeStackSet() {
    server.enqueue(xml(queryReply("DescribeStackSet", XML_NS, ""
        + "<StackSet><StackSetName>my-stack-set</StackSetName>"
        + "<StackSetId>my-stack-set:11111111-2222-3333-4444-555555555555</StackSetId>"
        + "<Description>demo</Description><Status>ACTIVE</Status>"
        + "<TemplateBody><![CDATA[{\"Resources\":{}}]]></TemplateBody>"
        + "<Parameters><member><ParameterKey>Env</ParameterKey><ParameterValue>prod</ParameterValue>"
        + "<UsePreviousValue>false</UsePreviousValue></member>"
        + "<member><ParameterKey>Ami</ParameterKey><ParameterValue>/aws/ami</ParameterValue>"
        + "<ResolvedValue>ami-123</ResolvedValue></member></Parameters>"
        + "<Capabilities><member>CAPABILITY_IAM</member><member>CAPABILITY_FUTURE</member></Capabilities>"
        + "<Tags><member><Key>team</Key><Value>platform</Value></member></Tags>"
        + "<StackSetARN>arn:aws:cloudformation:us-east-1:123456789012:stackset/my-stack-set:1111</StackSetARN>"
        + "<AdministrationRoleARN>arn:aws:iam::123456789012:role/Admin</AdministrationRoleARN>"
        + "<ExecutionRoleName>Exec</ExecutionRoleName>"
        + "<StackSetDriftDetectionDetails><DriftStatus>NOT_CHECKED</DriftStatus></StackSetDriftDetectionDetails>"
        + "<AutoDeployment><Enabled>false</Enabled></AutoDeployment>"
        + "<PermissionModel>SELF_MANAGED</PermissionModel>"
        + "<OrganizationalUnitIds/>"
        + "<ManagedExecution><Active>false</Active></ManagedExecution>"
        + "<Regions><member>us-east-1</member><member>eu-west-1</member></Regions>"
        + "</StackSet>")));

    StackSet s = cfn.describeStackSet(r -> r.stackSetName("my-stack-set")).stackSet();

    assertThat(s).isEqualTo(StackSet.builder()
        .stackSetName("my-stack-set")
        .stackSetId("my-stack-set:11111111-2222-3333-4444-555555555555")
        .description("demo")
        .status(StackSetStatus.ACTIVE)
        .templateBody("{\"Resources\":{}}")
        .parameters(Parameter.builder().parameterKey("Env").parameterValue("prod").usePreviousValue(false).build(),
            Parameter.builder().parameterKey("Ami").parameterValue("/aws/ami").resolvedValue("ami-123").build())
        .capabilitiesWithStrings(List.of("CAPABILITY_IAM", "CAPABILITY_FUTURE"))
        .tags(Tag.builder().key("team").value("platform").build())
        .stackSetArn("arn:aws:cloudformation:us-east-1:123456789012:stackset/my-stack-set:1111")
        .administrationRoleArn("arn:aws:iam::123456789012:role/Admin")
        .executionRoleName("Exec")
        .stackSetDriftDetectionDetails(d -> d.driftStatus(StackSetDriftStatus.NOT_CHECKED))
        .autoDeployment(a -> a.enabled(false))
        .permissionModel(PermissionModels.SELF_MANAGED)
        .organizationalUnitIds(List.of())
        .managedExecution(m -> m.active(false))
        .regions("us-east-1", "eu-west-1")
        .build());
    assertThat(s.capabilities()).containsExactly(Capability.CAPABILITY_IAM, Capability.UNKNOWN_TO_SDK_VERSION);
    assertThat(s.capabilitiesAsStrings()).containsExactly("CAPABILITY_IAM", "CAPABILITY_FUTURE");
    assertThat(s.hasOrganizationalUnitIds()).isTrue();
    assertThat(s.toString()).contains("templateBody=<16 chars>").doesNotContain("Resources");
  }

  @Test
  void malformedXmlIsAClientSideError() {
    server.enqueue(xml("<ListStackSetOperationResultsResponse><Unclosed>"));

    assertThatThrownBy(this::results).isInstanceOf(ClientSideException.class)
        .hasMessageContaining("could not read the response body");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aMalformedTimestampIsAClientSideErrorNotASilentNull() {
    server.enqueue(xml(queryReply("ListStackSetOperations", XML_NS,
        "<Summaries><member><CreationTimestamp>yesterday</CreationTimestamp></member></Summaries>")));

    assertThatThrownBy(() -> cfn.listStackSetOperations(r -> r.stackSetName("s")))
        .isInstanceOf(ClientSideException.class).hasMessageContaining("CreationTimestamp");
  }

  @Test
  void doesNotResolveExternalEntities(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String uri = new File(secret.toString()).toURI().toString();
    server.enqueue(xml("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + uri + "\">]>\n"
        + "<ListStackSetOperationResultsResponse><ListStackSetOperationResultsResult><NextToken>&xxe;</NextToken>"
        + "</ListStackSetOperationResultsResult></ListStackSetOperationResultsResponse>"));

    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(this::results);

    assertThat(thrown).isInstanceOf(ClientSideException.class);
    assertThat(thrown.getMessage()).doesNotContain("TOP-SECRET-CONTENT");
  }

  @Test
  void doesNotExpandInternalEntities() {
    server.enqueue(xml("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\">]>\n"
        + "<ListStackSetOperationResultsResponse><ListStackSetOperationResultsResult><NextToken>&a;</NextToken>"
        + "</ListStackSetOperationResultsResult></ListStackSetOperationResultsResponse>"));

    assertThatThrownBy(this::results).isInstanceOf(ClientSideException.class);
  }
}
