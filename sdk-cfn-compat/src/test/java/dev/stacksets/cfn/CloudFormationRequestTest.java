package dev.stacksets.cfn;

import static dev.stacksets.cfn.TestSupport.assertSigned;
import static dev.stacksets.cfn.TestSupport.body;
import static dev.stacksets.cfn.TestSupport.queryReply;
import static dev.stacksets.cfn.TestSupport.xml;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.cfn.model.CallAs;
import dev.stacksets.cfn.model.OperationResultFilter;
import dev.stacksets.cfn.model.OperationResultFilterName;
import dev.stacksets.cfn.model.StackInstanceFilter;
import dev.stacksets.cfn.model.StackInstanceFilterName;
import dev.stacksets.cfn.model.StackSetStatus;
import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.CredentialsProvider;
import java.net.URI;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exact Query requests on the wire: reference §2.2 bodies byte for byte, headers and SigV4. */
class CloudFormationRequestTest {
  private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";

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
    assertThat(r.getHeaders().get("X-Amz-Security-Token")).isNull();
    assertSigned(r, "cloudformation", "us-east-1", "content-type;host;x-amz-date");
    return r;
  }

  @Test
  void listStackSetOperationResultsSendsTheReferenceBody() throws Exception {
    server.enqueue(xml(queryReply("ListStackSetOperationResults", TestSupport.XML_NS, "")));

    cfn.listStackSetOperationResults(r -> r
        .stackSetName("my-stack-set")
        .operationId("61806005-bde9-46f1-949d-6791e5exampl")
        .maxResults(100)
        .callAs(CallAs.SELF)
        .filters(OperationResultFilter.builder().name(OperationResultFilterName.OPERATION_RESULT_STATUS)
            .values("FAILED").build())
        .nextToken("abc+/="));

    assertThat(body(take())).isEqualTo("Action=ListStackSetOperationResults&Version=2010-05-15"
        + "&StackSetName=my-stack-set&OperationId=61806005-bde9-46f1-949d-6791e5exampl&MaxResults=100&CallAs=SELF"
        + "&Filters.member.1.Name=OPERATION_RESULT_STATUS&Filters.member.1.Values=FAILED&NextToken=abc%2B%2F%3D");
  }

  @Test
  void listStackSetOperationsSendsTheReferenceBody() throws Exception {
    server.enqueue(xml(queryReply("ListStackSetOperations", TestSupport.XML_NS, "")));

    cfn.listStackSetOperations(r -> r.stackSetName("my-stack-set").maxResults(20));

    assertThat(body(take()))
        .isEqualTo("Action=ListStackSetOperations&Version=2010-05-15&StackSetName=my-stack-set&MaxResults=20");
  }

  @Test
  void describeStackSetOperationSendsTheReferenceBody() throws Exception {
    server.enqueue(xml(queryReply("DescribeStackSetOperation", TestSupport.XML_NS, "")));

    cfn.describeStackSetOperation(r -> r.stackSetName("my-stack-set").operationId("op-1")
        .callAs(CallAs.DELEGATED_ADMIN));

    assertThat(body(take())).isEqualTo("Action=DescribeStackSetOperation&Version=2010-05-15"
        + "&StackSetName=my-stack-set&OperationId=op-1&CallAs=DELEGATED_ADMIN");
  }

  @Test
  void listStackSetsSendsTheReferenceBody() throws Exception {
    server.enqueue(xml(queryReply("ListStackSets", TestSupport.XML_NS, "")));

    cfn.listStackSets(r -> r.status(StackSetStatus.ACTIVE).maxResults(50));

    assertThat(body(take())).isEqualTo("Action=ListStackSets&Version=2010-05-15&Status=ACTIVE&MaxResults=50");
  }

  @Test
  void listStackSetsWithoutMembersSendsOnlyActionAndVersion() throws Exception {
    server.enqueue(xml(queryReply("ListStackSets", TestSupport.XML_NS, "")));

    cfn.listStackSets(r -> { });

    assertThat(body(take())).isEqualTo("Action=ListStackSets&Version=2010-05-15");
  }

  @Test
  void listStackInstancesSendsTheReferenceBody() throws Exception {
    server.enqueue(xml(queryReply("ListStackInstances", TestSupport.XML_NS, "")));

    cfn.listStackInstances(r -> r.stackSetName("my-stack-set")
        .filters(
            StackInstanceFilter.builder().name(StackInstanceFilterName.DETAILED_STATUS).values("FAILED").build(),
            StackInstanceFilter.builder().name(StackInstanceFilterName.DRIFT_STATUS).values("DRIFTED").build())
        .stackInstanceAccount("123456789012")
        .stackInstanceRegion("us-east-1"));

    assertThat(body(take())).isEqualTo("Action=ListStackInstances&Version=2010-05-15&StackSetName=my-stack-set"
        + "&Filters.member.1.Name=DETAILED_STATUS&Filters.member.1.Values=FAILED"
        + "&Filters.member.2.Name=DRIFT_STATUS&Filters.member.2.Values=DRIFTED"
        + "&StackInstanceAccount=123456789012&StackInstanceRegion=us-east-1");
  }

  @Test
  void listStackInstancesWithEveryMemberKeepsTheDocumentedOrder() throws Exception {
    server.enqueue(xml(queryReply("ListStackInstances", TestSupport.XML_NS, "")));

    cfn.listStackInstances(r -> r.stackSetName("my-stack-set").maxResults(10).callAs("SELF")
        .filters(StackInstanceFilter.builder().name("LAST_OPERATION_ID").values("op-7").build())
        .stackInstanceAccount("123456789012").stackInstanceRegion("eu-west-1").nextToken("t1"));

    assertThat(body(take())).isEqualTo("Action=ListStackInstances&Version=2010-05-15&StackSetName=my-stack-set"
        + "&MaxResults=10&CallAs=SELF&Filters.member.1.Name=LAST_OPERATION_ID&Filters.member.1.Values=op-7"
        + "&StackInstanceAccount=123456789012&StackInstanceRegion=eu-west-1&NextToken=t1");
  }

  @Test
  void describeStackSetSendsNameAndCallAs() throws Exception {
    server.enqueue(xml(queryReply("DescribeStackSet", TestSupport.XML_NS, "")));

    cfn.describeStackSet(r -> r.stackSetName("my-stack-set:7be49155-cb25-4c02-b287-352006ed6c6f")
        .callAs(CallAs.SELF));

    assertThat(body(take())).isEqualTo("Action=DescribeStackSet&Version=2010-05-15"
        + "&StackSetName=my-stack-set%3A7be49155-cb25-4c02-b287-352006ed6c6f&CallAs=SELF");
  }

  @Test
  void anExplicitlyEmptyFilterListIsSentAsAnEmptyMember() throws Exception {
    server.enqueue(xml(queryReply("ListStackSetOperationResults", TestSupport.XML_NS, "")));

    cfn.listStackSetOperationResults(r -> r.stackSetName("s").operationId("op-1").filters(List.of()));

    assertThat(body(take())).isEqualTo(
        "Action=ListStackSetOperationResults&Version=2010-05-15&StackSetName=s&OperationId=op-1&Filters=");
  }

  @Test
  void valuesArePercentEncodedPerRfc3986() throws Exception {
    server.enqueue(xml(queryReply("ListStackSets", TestSupport.XML_NS, "")));

    cfn.listStackSets(r -> r.nextToken("a b~c*é&="));

    assertThat(body(take()))
        .isEqualTo("Action=ListStackSets&Version=2010-05-15&NextToken=a%20b~c%2A%C3%A9%26%3D");
  }

  @Test
  void sessionTokensAreSentAndSigned() throws Exception {
    try (CloudFormationClient withToken = CloudFormationClient.builder()
        .environment(n -> null)
        .region("us-east-1")
        .endpoint(URI.create(server.url("/").toString()))
        .credentialsProvider(CredentialsProvider.of(
            Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "session-token-1")))
        .clock(TestSupport.CLOCK)
        .build()) {
      server.enqueue(xml(queryReply("ListStackSets", TestSupport.XML_NS, "")));
      withToken.listStackSets(r -> { });
    }
    RecordedRequest r = server.takeRequest();
    assertThat(r.getHeaders().get("X-Amz-Security-Token")).isEqualTo("session-token-1");
    assertThat(r.getHeaders().get("Authorization"))
        .contains("SignedHeaders=content-type;host;x-amz-date;x-amz-security-token");
  }

  @Test
  void sendsTheSdkUserAgent() throws Exception {
    server.enqueue(xml(queryReply("ListStackSets", TestSupport.XML_NS, "")));

    cfn.listStackSets(r -> { });

    assertThat(take().getHeaders().get("User-Agent")).startsWith("stacksets-java/");
  }
}
