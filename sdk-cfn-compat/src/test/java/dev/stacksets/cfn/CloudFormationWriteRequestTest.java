package dev.stacksets.cfn;

import static dev.stacksets.cfn.TestSupport.assertSigned;
import static dev.stacksets.cfn.TestSupport.body;
import static dev.stacksets.cfn.TestSupport.queryReply;
import static dev.stacksets.cfn.TestSupport.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.cfn.model.AccountFilterType;
import dev.stacksets.cfn.model.CallAs;
import dev.stacksets.cfn.model.Capability;
import dev.stacksets.cfn.model.ConcurrencyMode;
import dev.stacksets.cfn.model.CreateStackInstancesResponse;
import dev.stacksets.cfn.model.CreateStackSetResponse;
import dev.stacksets.cfn.model.DeleteStackInstancesResponse;
import dev.stacksets.cfn.model.DeleteStackSetResponse;
import dev.stacksets.cfn.model.DetectStackSetDriftResponse;
import dev.stacksets.cfn.model.ListStackSetAutoDeploymentTargetsResponse;
import dev.stacksets.cfn.model.Parameter;
import dev.stacksets.cfn.model.PermissionModels;
import dev.stacksets.cfn.model.RegionConcurrencyType;
import dev.stacksets.cfn.model.StackSetAutoDeploymentTargetSummary;
import dev.stacksets.cfn.model.StopStackSetOperationResponse;
import dev.stacksets.cfn.model.Tag;
import dev.stacksets.cfn.model.UpdateStackInstancesResponse;
import dev.stacksets.cfn.model.UpdateStackSetResponse;
import dev.stacksets.core.ResponseMetadata;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exact Query requests of the CloudFormation writes (and ListStackSetAutoDeploymentTargets) on the wire, and
 * their replies read. The expected bodies are literals derived from the API model (member order, {@code .member.N}
 * lists, nested {@code Name.Member} structures, {@code true}/{@code false}, empty lists as {@code Name=}), since the
 * AWS SDK for Java v2 is not on this module's test classpath. Each was cross-checked with botocore 1.43.11's Query
 * serializer (its key/value pairs, percent-encoded as this SDK encodes them), and, once outside the build, with the
 * AWS SDK for Java v2 2.42.33 marshaller: byte for byte the same for CreateStackInstances, UpdateStackSet and
 * DeleteStackInstances; for CreateStackSet the same but for spaces, which that SDK sends as {@code +} and this SDK's
 * Query form (unchanged) as {@code %20}, both meaning a space in a form body.
 */
class CloudFormationWriteRequestTest {
  private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";
  private static final String OPERATION = "a1b2c3d4-e5f6-4711-8899-aabbccddeeff";
  private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

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

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo("/");
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo(FORM);
    assertThat(r.getHeaders().get("Client-Request-Id")).isNull();
    assertSigned(r, "cloudformation", "us-east-1", "content-type;host;x-amz-date");
    return r;
  }

  private static String operationIdResult(String id) {
    return "    <OperationId>" + id + "</OperationId>";
  }

  @Test
  void createStackInstancesSendsTheModelDerivedBody() throws Exception {
    server.enqueue(xml(queryReply("CreateStackInstances", TestSupport.XML_NS, operationIdResult(OPERATION))));

    CreateStackInstancesResponse response = cfn.createStackInstances(r -> r
        .stackSetName("my-stack-set")
        .deploymentTargets(t -> t.accounts("111122223333").organizationalUnitIds("ou-ab12-cd34ef56", "r-ab12")
            .accountFilterType(AccountFilterType.INTERSECTION))
        .regions("eu-west-1", "us-east-1")
        .parameterOverrides(Parameter.builder().parameterKey("Env").parameterValue("prod").build(),
            Parameter.builder().parameterKey("Size").usePreviousValue(true).build())
        .operationPreferences(p -> p.regionConcurrencyType(RegionConcurrencyType.SEQUENTIAL)
            .regionOrder("us-east-1", "eu-west-1").failureTolerancePercentage(10).maxConcurrentPercentage(50)
            .concurrencyMode(ConcurrencyMode.SOFT_FAILURE_TOLERANCE))
        .operationId(OPERATION)
        .callAs(CallAs.DELEGATED_ADMIN));

    assertThat(body(take())).isEqualTo("Action=CreateStackInstances&Version=2010-05-15&StackSetName=my-stack-set"
        + "&DeploymentTargets.Accounts.member.1=111122223333"
        + "&DeploymentTargets.OrganizationalUnitIds.member.1=ou-ab12-cd34ef56"
        + "&DeploymentTargets.OrganizationalUnitIds.member.2=r-ab12&DeploymentTargets.AccountFilterType=INTERSECTION"
        + "&Regions.member.1=eu-west-1&Regions.member.2=us-east-1"
        + "&ParameterOverrides.member.1.ParameterKey=Env&ParameterOverrides.member.1.ParameterValue=prod"
        + "&ParameterOverrides.member.2.ParameterKey=Size&ParameterOverrides.member.2.UsePreviousValue=true"
        + "&OperationPreferences.RegionConcurrencyType=SEQUENTIAL&OperationPreferences.RegionOrder.member.1=us-east-1"
        + "&OperationPreferences.RegionOrder.member.2=eu-west-1&OperationPreferences.FailureTolerancePercentage=10"
        + "&OperationPreferences.MaxConcurrentPercentage=50"
        + "&OperationPreferences.ConcurrencyMode=SOFT_FAILURE_TOLERANCE"
        + "&OperationId=a1b2c3d4-e5f6-4711-8899-aabbccddeeff&CallAs=DELEGATED_ADMIN");
    assertThat(response.operationId()).isEqualTo(OPERATION);
    assertThat(response.responseMetadata()).isEqualTo(new ResponseMetadata("req-123", null, 200, 1));
    assertThat(response.additionalFields()).isEmpty();
  }

  @Test
  void createStackInstancesWithAccountsSendsAnEmptyListAsNameEquals() throws Exception {
    server.enqueue(xml(queryReply("CreateStackInstances", TestSupport.XML_NS, operationIdResult("op-1"))));

    cfn.createStackInstances(r -> r.stackSetName("s").accounts("111122223333", "444455556666")
        .regions("eu-west-1").parameterOverrides(List.of()).operationId("op-1"));

    assertThat(body(take())).isEqualTo("Action=CreateStackInstances&Version=2010-05-15&StackSetName=s"
        + "&Accounts.member.1=111122223333&Accounts.member.2=444455556666&Regions.member.1=eu-west-1"
        + "&ParameterOverrides=&OperationId=op-1");
  }

  @Test
  void aWriteWithoutAnOperationIdSendsAFreshUuidAndReturnsTheServiceId() throws Exception {
    server.enqueue(xml(queryReply("CreateStackInstances", TestSupport.XML_NS, operationIdResult("from-service"))));
    server.enqueue(xml(queryReply("CreateStackInstances", TestSupport.XML_NS, operationIdResult("from-service"))));

    CreateStackInstancesResponse response = cfn.createStackInstances(r -> r.stackSetName("s")
        .accounts("111122223333").regions("eu-west-1"));
    cfn.createStackInstances(r -> r.stackSetName("s").accounts("111122223333").regions("eu-west-1"));

    String first = body(take());
    String second = body(take());
    assertThat(first).matches("Action=CreateStackInstances&Version=2010-05-15&StackSetName=s"
        + "&Accounts\\.member\\.1=111122223333&Regions\\.member\\.1=eu-west-1&OperationId=" + UUID_PATTERN);
    assertThat(second).matches(".*&OperationId=" + UUID_PATTERN).isNotEqualTo(first);
    assertThat(response.operationId()).isEqualTo("from-service");
  }

  @Test
  void createStackSetSendsEveryMemberInModelOrder() throws Exception {
    server.enqueue(xml(queryReply("CreateStackSet", TestSupport.XML_NS,
        "    <StackSetId>my-stack-set:7be49155-cb25-4c02-b287-352006ed6c6f</StackSetId>")));

    CreateStackSetResponse response = cfn.createStackSet(r -> r
        .stackSetName("my-stack-set")
        .description("Baseline for every account")
        .templateBody("{\"Resources\": {\"T\": {\"Type\": \"AWS::SNS::Topic\"}}}")
        .parameters(Parameter.builder().parameterKey("Env").parameterValue("prod").build())
        .capabilities(Capability.CAPABILITY_IAM, Capability.CAPABILITY_NAMED_IAM)
        .tags(Tag.builder().key("team").value("platform").build())
        .permissionModel(PermissionModels.SERVICE_MANAGED)
        .autoDeployment(a -> a.enabled(true).retainStacksOnAccountRemoval(false))
        .callAs(CallAs.DELEGATED_ADMIN)
        .clientRequestToken("token-1")
        .managedExecution(m -> m.active(true)));

    assertThat(body(take())).isEqualTo("Action=CreateStackSet&Version=2010-05-15&StackSetName=my-stack-set"
        + "&Description=Baseline%20for%20every%20account"
        + "&TemplateBody=%7B%22Resources%22%3A%20%7B%22T%22%3A%20%7B%22Type%22%3A%20%22AWS%3A%3ASNS%3A%3ATopic%22"
        + "%7D%7D%7D&Parameters.member.1.ParameterKey=Env&Parameters.member.1.ParameterValue=prod"
        + "&Capabilities.member.1=CAPABILITY_IAM&Capabilities.member.2=CAPABILITY_NAMED_IAM"
        + "&Tags.member.1.Key=team&Tags.member.1.Value=platform&PermissionModel=SERVICE_MANAGED"
        + "&AutoDeployment.Enabled=true&AutoDeployment.RetainStacksOnAccountRemoval=false&CallAs=DELEGATED_ADMIN"
        + "&ClientRequestToken=token-1&ManagedExecution.Active=true");
    assertThat(response.stackSetId()).isEqualTo("my-stack-set:7be49155-cb25-4c02-b287-352006ed6c6f");
  }

  @Test
  void createStackSetSelfManagedWithATemplateUrlAndAGeneratedToken() throws Exception {
    server.enqueue(xml(queryReply("CreateStackSet", TestSupport.XML_NS, "<StackSetId>s:id</StackSetId>")));

    cfn.createStackSet(r -> r.stackSetName("my-stack-set")
        .templateUrl("https://s3.amazonaws.com/bucket/t.yaml?versionId=a+b/c=")
        .administrationRoleArn("arn:aws:iam::111122223333:role/AWSCloudFormationStackSetAdministrationRole")
        .executionRoleName("AWSCloudFormationStackSetExecutionRole"));

    assertThat(body(take())).matches("Action=CreateStackSet&Version=2010-05-15&StackSetName=my-stack-set"
        + "&TemplateURL=https%3A%2F%2Fs3\\.amazonaws\\.com%2Fbucket%2Ft\\.yaml%3FversionId%3Da%2Bb%2Fc%3D"
        + "&AdministrationRoleARN=arn%3Aaws%3Aiam%3A%3A111122223333%3Arole%2F"
        + "AWSCloudFormationStackSetAdministrationRole&ExecutionRoleName=AWSCloudFormationStackSetExecutionRole"
        + "&ClientRequestToken=" + UUID_PATTERN);
  }

  @Test
  void updateStackSetSendsTheModelDerivedBody() throws Exception {
    server.enqueue(xml(queryReply("UpdateStackSet", TestSupport.XML_NS, operationIdResult(OPERATION))));

    UpdateStackSetResponse response = cfn.updateStackSet(r -> r
        .stackSetName("my-stack-set")
        .usePreviousTemplate(true)
        .parameters(Parameter.builder().parameterKey("Env").usePreviousValue(true).build())
        .tags(List.of())
        .operationPreferences(p -> p.regionConcurrencyType(RegionConcurrencyType.PARALLEL).failureToleranceCount(1)
            .maxConcurrentCount(3))
        .deploymentTargets(t -> t.organizationalUnitIds("ou-ab12-cd34ef56"))
        .operationId(OPERATION)
        .regions("eu-west-1")
        .callAs(CallAs.SELF));

    assertThat(body(take())).isEqualTo("Action=UpdateStackSet&Version=2010-05-15&StackSetName=my-stack-set"
        + "&UsePreviousTemplate=true&Parameters.member.1.ParameterKey=Env&Parameters.member.1.UsePreviousValue=true"
        + "&Tags=&OperationPreferences.RegionConcurrencyType=PARALLEL&OperationPreferences.FailureToleranceCount=1"
        + "&OperationPreferences.MaxConcurrentCount=3&DeploymentTargets.OrganizationalUnitIds.member.1=ou-ab12-cd34ef56"
        + "&OperationId=a1b2c3d4-e5f6-4711-8899-aabbccddeeff&Regions.member.1=eu-west-1&CallAs=SELF");
    assertThat(response.operationId()).isEqualTo(OPERATION);
  }

  @Test
  void deleteStackSetSendsTheModelDerivedBodyAndReadsTheEmptyResult() throws Exception {
    server.enqueue(xml(queryReply("DeleteStackSet", TestSupport.XML_NS, "")));

    DeleteStackSetResponse response = cfn.deleteStackSet(r -> r.stackSetName("my-stack-set").callAs(CallAs.SELF));

    assertThat(body(take())).isEqualTo("Action=DeleteStackSet&Version=2010-05-15&StackSetName=my-stack-set"
        + "&CallAs=SELF");
    assertThat(response.responseMetadata()).isEqualTo(new ResponseMetadata("req-123", null, 200, 1));
    assertThat(response.additionalFields()).isEmpty();
  }

  @Test
  void anEmptyResultMayComeWithoutItsResultElement() throws Exception {
    server.enqueue(TestSupport.xmlWithoutRequestId("<DeleteStackSetResponse xmlns=\"" + TestSupport.XML_NS + "\">"
        + "<ResponseMetadata><RequestId>body-req-7</RequestId></ResponseMetadata></DeleteStackSetResponse>"));
    server.enqueue(xml("<StopStackSetOperationResponse><StopStackSetOperationResult><Later>x</Later>"
        + "</StopStackSetOperationResult></StopStackSetOperationResponse>"));

    DeleteStackSetResponse deleted = cfn.deleteStackSet(r -> r.stackSetName("s"));
    StopStackSetOperationResponse stopped = cfn.stopStackSetOperation(r -> r.stackSetName("s").operationId("op"));

    assertThat(deleted.responseMetadata().requestId()).isEqualTo("body-req-7");
    assertThat(stopped.additionalFields()).isEqualTo(Map.of("Later", "x"));
  }

  @Test
  void updateStackInstancesSendsTheModelDerivedBody() throws Exception {
    server.enqueue(xml(queryReply("UpdateStackInstances", TestSupport.XML_NS, operationIdResult(OPERATION))));

    UpdateStackInstancesResponse response = cfn.updateStackInstances(r -> r
        .stackSetName("my-stack-set:7be49155-cb25-4c02-b287-352006ed6c6f")
        .accounts("111122223333")
        .regions("eu-west-1", "us-east-1")
        .parameterOverrides(Parameter.builder().parameterKey("Size").parameterValue("2").build())
        .operationId(OPERATION));

    assertThat(body(take())).isEqualTo("Action=UpdateStackInstances&Version=2010-05-15"
        + "&StackSetName=my-stack-set%3A7be49155-cb25-4c02-b287-352006ed6c6f&Accounts.member.1=111122223333"
        + "&Regions.member.1=eu-west-1&Regions.member.2=us-east-1&ParameterOverrides.member.1.ParameterKey=Size"
        + "&ParameterOverrides.member.1.ParameterValue=2&OperationId=a1b2c3d4-e5f6-4711-8899-aabbccddeeff");
    assertThat(response.operationId()).isEqualTo(OPERATION);
  }

  @Test
  void deleteStackInstancesSendsTheModelDerivedBody() throws Exception {
    server.enqueue(xml(queryReply("DeleteStackInstances", TestSupport.XML_NS, operationIdResult(OPERATION))));

    DeleteStackInstancesResponse response = cfn.deleteStackInstances(r -> r
        .stackSetName("my-stack-set")
        .deploymentTargets(t -> t.accountsUrl("s3://bucket/accounts.csv").organizationalUnitIds("r-ab12")
            .accountFilterType(AccountFilterType.DIFFERENCE))
        .regions("eu-west-1")
        .operationPreferences(p -> p.maxConcurrentPercentage(100))
        .retainStacks(false)
        .operationId(OPERATION)
        .callAs(CallAs.DELEGATED_ADMIN));

    assertThat(body(take())).isEqualTo("Action=DeleteStackInstances&Version=2010-05-15&StackSetName=my-stack-set"
        + "&DeploymentTargets.AccountsUrl=s3%3A%2F%2Fbucket%2Faccounts.csv"
        + "&DeploymentTargets.OrganizationalUnitIds.member.1=r-ab12&DeploymentTargets.AccountFilterType=DIFFERENCE"
        + "&Regions.member.1=eu-west-1&OperationPreferences.MaxConcurrentPercentage=100&RetainStacks=false"
        + "&OperationId=a1b2c3d4-e5f6-4711-8899-aabbccddeeff&CallAs=DELEGATED_ADMIN");
    assertThat(response.operationId()).isEqualTo(OPERATION);
  }

  @Test
  void stopStackSetOperationSendsTheModelDerivedBody() throws Exception {
    server.enqueue(xml(queryReply("StopStackSetOperation", TestSupport.XML_NS, "")));

    StopStackSetOperationResponse response = cfn.stopStackSetOperation(r -> r.stackSetName("my-stack-set")
        .operationId(OPERATION).callAs(CallAs.SELF));

    assertThat(body(take())).isEqualTo("Action=StopStackSetOperation&Version=2010-05-15&StackSetName=my-stack-set"
        + "&OperationId=a1b2c3d4-e5f6-4711-8899-aabbccddeeff&CallAs=SELF");
    assertThat(response.responseMetadata().requestId()).isEqualTo("req-123");
  }

  @Test
  void detectStackSetDriftSendsTheModelDerivedBody() throws Exception {
    server.enqueue(xml(queryReply("DetectStackSetDrift", TestSupport.XML_NS, operationIdResult(OPERATION))));

    DetectStackSetDriftResponse response = cfn.detectStackSetDrift(r -> r.stackSetName("my-stack-set")
        .operationPreferences(p -> p.regionOrder("us-east-1").failureTolerancePercentage(0)
            .maxConcurrentPercentage(100))
        .operationId(OPERATION)
        .callAs(CallAs.SELF));

    assertThat(body(take())).isEqualTo("Action=DetectStackSetDrift&Version=2010-05-15&StackSetName=my-stack-set"
        + "&OperationPreferences.RegionOrder.member.1=us-east-1&OperationPreferences.FailureTolerancePercentage=0"
        + "&OperationPreferences.MaxConcurrentPercentage=100&OperationId=a1b2c3d4-e5f6-4711-8899-aabbccddeeff"
        + "&CallAs=SELF");
    assertThat(response.operationId()).isEqualTo(OPERATION);
  }

  @Test
  void listStackSetAutoDeploymentTargetsSendsTheModelDerivedBodyAndReadsTheTargets() throws Exception {
    server.enqueue(xml(queryReply("ListStackSetAutoDeploymentTargets", TestSupport.MAESTRO_NS,
        "<Summaries><member><OrganizationalUnitId>ou-ab12-cd34ef56</OrganizationalUnitId>"
            + "<Regions><member>eu-west-1</member><member>us-east-1</member></Regions></member>"
            + "<member><OrganizationalUnitId>r-ab12</OrganizationalUnitId><Regions/><New>n</New></member></Summaries>"
            + "<NextToken>next</NextToken>")));

    ListStackSetAutoDeploymentTargetsResponse page = cfn.listStackSetAutoDeploymentTargets(r -> r
        .stackSetName("my-stack-set").nextToken("tok+/=").maxResults(50).callAs(CallAs.DELEGATED_ADMIN));

    assertThat(body(take())).isEqualTo("Action=ListStackSetAutoDeploymentTargets&Version=2010-05-15"
        + "&StackSetName=my-stack-set&NextToken=tok%2B%2F%3D&MaxResults=50&CallAs=DELEGATED_ADMIN");
    assertThat(page.summaries()).containsExactly(
        StackSetAutoDeploymentTargetSummary.builder().organizationalUnitId("ou-ab12-cd34ef56")
            .regions("eu-west-1", "us-east-1").build(),
        StackSetAutoDeploymentTargetSummary.builder().organizationalUnitId("r-ab12").regions(List.of())
            .putAdditionalField("New", "n").build());
    assertThat(page.nextToken()).isEqualTo("next");
  }

  @Test
  void theAutoDeploymentTargetsPaginatorFollowsNextToken() throws Exception {
    server.enqueue(xml(queryReply("ListStackSetAutoDeploymentTargets", TestSupport.XML_NS,
        "<Summaries><member><OrganizationalUnitId>r-aaaa</OrganizationalUnitId></member></Summaries>"
            + "<NextToken>p2</NextToken>")));
    server.enqueue(xml(queryReply("ListStackSetAutoDeploymentTargets", TestSupport.XML_NS,
        "<Summaries><member><OrganizationalUnitId>r-bbbb</OrganizationalUnitId></member></Summaries>")));

    List<String> units = cfn.listStackSetAutoDeploymentTargetsPaginator(r -> r.stackSetName("s").maxResults(1))
        .stream().map(StackSetAutoDeploymentTargetSummary::organizationalUnitId).toList();

    assertThat(units).containsExactly("r-aaaa", "r-bbbb");
    assertThat(body(take())).isEqualTo("Action=ListStackSetAutoDeploymentTargets&Version=2010-05-15"
        + "&StackSetName=s&MaxResults=1");
    assertThat(body(take())).isEqualTo("Action=ListStackSetAutoDeploymentTargets&Version=2010-05-15"
        + "&StackSetName=s&NextToken=p2&MaxResults=1");
  }
}
