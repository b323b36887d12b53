package dev.stacksets.cfn;

import static dev.stacksets.cfn.TestSupport.XML_NS;
import static dev.stacksets.cfn.TestSupport.body;
import static dev.stacksets.cfn.TestSupport.json;
import static dev.stacksets.cfn.TestSupport.jsonError;
import static dev.stacksets.cfn.TestSupport.queryError;
import static dev.stacksets.cfn.TestSupport.queryReply;
import static dev.stacksets.cfn.TestSupport.xml;
import static dev.stacksets.cfn.TestSupport.xmlError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.cfn.exception.NoSuchOrganizationConformancePackException;
import dev.stacksets.cfn.model.CreateStackInstancesRequest;
import dev.stacksets.cfn.model.StackSetSummary;
import dev.stacksets.core.WaitForTurn;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.exception.StackSetNotFoundException;
import dev.stacksets.core.testing.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The asynchronous faces of the CloudFormation and Config clients: same wire, models, exceptions and rules. */
class AsyncClientsTest {
  private static final String WRITE = "Action=CreateStackInstances&Version=2010-05-15&StackSetName=my-set"
      + "&Accounts.member.1=111122223333&Regions.member.1=eu-west-1&OperationId=op-1";

  @StartStop
  final MockWebServer server = new MockWebServer();

  private static CreateStackInstancesRequest create() {
    return CreateStackInstancesRequest.builder().stackSetName("my-set").accounts("111122223333")
        .regions("eu-west-1").operationId("op-1").build();
  }

  private static MockResponse created(String id) {
    return xml(queryReply("CreateStackInstances", XML_NS, "<OperationId>" + id + "</OperationId>"));
  }

  private static String wire(RecordedRequest r) {
    return r.getMethod() + " " + r.getTarget() + "\n" + r.getHeaders() + "\n" + body(r);
  }

  @Test
  void aWriteGoesOnTheWireExactlyAsItsSyncTwinAndALostReplyIsRetriedWithTheSameOperationId() throws Exception {
    try (CloudFormationClient cfn = TestSupport.cfn(server, 3)) {
      server.enqueue(created("op-1"));
      server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
      server.enqueue(created("op-1"));

      assertThat(cfn.createStackInstances(create()).operationId()).isEqualTo("op-1");
      assertThat(cfn.async().createStackInstances(create()).get(10, TimeUnit.SECONDS).operationId())
          .isEqualTo("op-1");

      RecordedRequest sync = server.takeRequest(5, TimeUnit.SECONDS);
      RecordedRequest lost = server.takeRequest(5, TimeUnit.SECONDS);
      RecordedRequest retry = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(wire(lost)).isEqualTo(wire(sync));
      assertThat(body(retry)).isEqualTo(WRITE);
    }
  }

  @Test
  void anOperationIdAlreadyExistsAnsweringAnAsyncRetryOfAGeneratedIdIsThatOperation() throws Exception {
    try (CloudFormationClient cfn = TestSupport.cfn(server, 3)) {
      server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
      server.enqueue(xmlError(409, queryError("OperationIdAlreadyExistsException", "exists")));

      var started = cfn.async().createStackInstances(r -> r.stackSetName("my-set").accounts("111122223333")
          .regions("eu-west-1")).get(10, TimeUnit.SECONDS);

      String first = body(server.takeRequest(5, TimeUnit.SECONDS));
      String id = first.substring(first.indexOf("OperationId=") + "OperationId=".length());
      assertThat(id).matches("[0-9a-f-]{36}");
      assertThat(started.operationId()).isEqualTo(id);
      assertThat(body(server.takeRequest(5, TimeUnit.SECONDS))).isEqualTo(first);
    }
  }

  @Test
  void failuresAreTheSyncTypesAndABadRequestSendsNothing() throws Exception {
    try (CloudFormationClient cfn = TestSupport.cfn(server)) {
      server.enqueue(xmlError(404, queryError("StackSetNotFoundException", "StackSet my-set not found")));

      CompletableFuture<?> missing = cfn.async().describeStackSet(r -> r.stackSetName("my-set"));
      assertThatThrownBy(() -> missing.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class).cause()
          .isInstanceOfSatisfying(StackSetNotFoundException.class,
              e -> assertThat(e.errorCode()).isEqualTo("StackSetNotFoundException"));
      CompletableFuture<?> bad = cfn.async().createStackInstances(r -> r.stackSetName("my-set")
          .accounts("111122223333").regions("eu-west-1").deploymentTargets(t -> t.accounts("111122223333")));
      assertThatThrownBy(bad::get).cause().isInstanceOf(IllegalArgumentException.class);
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void anAsyncWriteWaitsItsTurnAndSendsTheSameRequestOnce() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2015-08-30T12:36:00Z"));
    try (CloudFormationClient cfn = CloudFormationClient.builder().environment(name -> null).region("us-east-1")
        .endpoint(URI.create(server.url("/").toString()))
        .credentialsProvider(CredentialsProvider.of(TestSupport.CREDENTIALS)).clock(clock).sleeper(clock.sleeper())
        .retryPolicy(TestSupport.fastRetries(3)).build()) {
      server.enqueue(xmlError(409, queryError("OperationInProgressException", "Another Operation is in progress")));
      server.enqueue(xml(queryReply("ListStackSetOperations", XML_NS, "<Summaries><member><OperationId>other"
          + "</OperationId><Action>UPDATE</Action><Status>RUNNING</Status><CreationTimestamp>2015-08-30T12:00:00Z"
          + "</CreationTimestamp></member></Summaries>")));
      server.enqueue(xml(queryReply("DescribeStackSetOperation", XML_NS, "<StackSetOperation><OperationId>other"
          + "</OperationId><Action>UPDATE</Action><Status>SUCCEEDED</Status></StackSetOperation>")));
      server.enqueue(created("op-1"));

      assertThat(cfn.async().createStackInstances(create(), WaitForTurn.upTo(Duration.ofMinutes(5)))
          .get(10, TimeUnit.SECONDS).operationId()).isEqualTo("op-1");

      List<String> bodies = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        bodies.add(body(server.takeRequest(5, TimeUnit.SECONDS)));
      }
      assertThat(bodies).containsExactly(WRITE,
          "Action=ListStackSetOperations&Version=2010-05-15&StackSetName=my-set",
          "Action=DescribeStackSetOperation&Version=2010-05-15&StackSetName=my-set&OperationId=other", WRITE);
    }
  }

  @Test
  void theStackSetsPaginatorFetchesOnePagePerDemand() throws Exception {
    try (CloudFormationClient cfn = TestSupport.cfn(server)) {
      server.enqueue(xml(queryReply("ListStackSets", XML_NS, "<Summaries><member><StackSetName>a</StackSetName>"
          + "</member><member><StackSetName>b</StackSetName></member></Summaries><NextToken>t2</NextToken>")));

      List<StackSetSummary> one = cfn.async().listStackSetsPaginator(r -> r.maxResults(2)).first(1)
          .get(10, TimeUnit.SECONDS);

      assertThat(one).extracting(StackSetSummary::stackSetName).containsExactly("a");
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void configsAsyncFaceReadsWritesAndFailsAsTheSyncOne() throws Exception {
    try (ConfigClient config = TestSupport.config(server)) {
      server.enqueue(json("{}"));
      server.enqueue(jsonError(400, "{\"__type\":\"NoSuchOrganizationConformancePackException\","
          + "\"message\":\"no pack\"}"));

      config.async().deleteOrganizationConformancePack(r -> r.organizationConformancePackName("pack"))
          .get(10, TimeUnit.SECONDS);
      CompletableFuture<?> missing = config.async().deleteOrganizationConformancePack(
          r -> r.organizationConformancePackName("pack"));

      assertThatThrownBy(() -> missing.get(10, TimeUnit.SECONDS)).cause()
          .isInstanceOf(NoSuchOrganizationConformancePackException.class);
      RecordedRequest delete = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(delete.getHeaders().get("X-Amz-Target"))
          .isEqualTo("StarlingDoveService.DeleteOrganizationConformancePack");
      assertThat(body(delete)).isEqualTo("{\"OrganizationConformancePackName\": \"pack\"}");
    }
  }

  @Test
  void aConfigDeleteWhoseLostReplyIsRetriedIntoANotFoundSucceededBothWays() throws Exception {
    try (ConfigClient config = TestSupport.config(server, 3)) {
      String missing = "{\"__type\":\"NoSuchOrganizationConformancePackException\",\"message\":\"no pack\"}";
      for (int i = 0; i < 2; i++) {
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(jsonError(400, missing));
      }
      server.enqueue(jsonError(400, missing));

      var sync = config.deleteOrganizationConformancePack(r -> r.organizationConformancePackName("pack"));
      var async = config.async().deleteOrganizationConformancePack(r -> r.organizationConformancePackName("pack"))
          .get(10, TimeUnit.SECONDS);

      assertThat(sync.responseMetadata().attempts()).isEqualTo(2);
      assertThat(sync.responseMetadata().statusCode()).isEqualTo(400);
      assertThat(async.responseMetadata().attempts()).isEqualTo(2);
      // a not-found on the first attempt is the caller's answer
      assertThatThrownBy(() -> config.deleteOrganizationConformancePack(r -> r.organizationConformancePackName(
          "pack"))).isInstanceOf(NoSuchOrganizationConformancePackException.class);
    }
  }

  @Test
  void theAsyncFacesShareTheirClients() {
    try (CloudFormationClient cfn = TestSupport.cfn(server); ConfigClient config = TestSupport.config(server)) {
      assertThat(cfn.async()).isSameAs(cfn.async());
      assertThat(cfn.async().operations()).isSameAs(cfn.operations());
      assertThat(config.async()).isSameAs(config.async());
      assertThat(config.async().toString()).startsWith("AsyncConfigClient{");
      assertThatThrownBy(() -> new CloudFormationClient() { }.async())
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
