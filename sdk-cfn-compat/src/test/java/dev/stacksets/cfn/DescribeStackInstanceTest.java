package dev.stacksets.cfn;

import static dev.stacksets.cfn.TestSupport.assertSigned;
import static dev.stacksets.cfn.TestSupport.body;
import static dev.stacksets.cfn.TestSupport.queryError;
import static dev.stacksets.cfn.TestSupport.queryReply;
import static dev.stacksets.cfn.TestSupport.xml;
import static dev.stacksets.cfn.TestSupport.xmlError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.cfn.exception.StackInstanceNotFoundException;
import dev.stacksets.cfn.model.CallAs;
import dev.stacksets.cfn.model.DescribeStackInstanceRequest;
import dev.stacksets.cfn.model.DescribeStackInstanceResponse;
import dev.stacksets.cfn.model.Parameter;
import dev.stacksets.cfn.model.StackDriftStatus;
import dev.stacksets.cfn.model.StackInstance;
import dev.stacksets.cfn.model.StackInstanceDetailedStatus;
import dev.stacksets.cfn.model.StackInstanceStatus;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.exception.StackSetNotFoundException;
import java.time.Instant;
import java.util.function.Consumer;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code DescribeStackInstance}: the request on the wire, the model read from the reply, and its errors. */
class DescribeStackInstanceTest {
  private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";
  /** A reply shaped like the service's (member order of the AWS model, drifted instance with an override). */
  private static final String INSTANCE = """
          <StackInstance>
            <StackSetId>my-stack-set:11111111-2222-3333-4444-555555555555</StackSetId>
            <Region>eu-west-1</Region>
            <Account>111122223333</Account>
            <StackId>arn:aws:cloudformation:eu-west-1:111122223333:stack/StackSet-my-stack-set-abc/0f1e2d3c</StackId>
            <ParameterOverrides>
              <member>
                <ParameterKey>Env</ParameterKey>
                <ParameterValue>staging</ParameterValue>
              </member>
              <member>
                <ParameterKey>Ami</ParameterKey>
                <UsePreviousValue>true</UsePreviousValue>
                <ResolvedValue>ami-0abc</ResolvedValue>
              </member>
            </ParameterOverrides>
            <Status>OUTDATED</Status>
            <StackInstanceStatus>
              <DetailedStatus>FAILED</DetailedStatus>
            </StackInstanceStatus>
            <StatusReason>Account 111122223333 should have 'AWSCloudFormationStackSetExecutionRole' role</StatusReason>
            <OrganizationalUnitId>ou-abcd-12345678</OrganizationalUnitId>
            <DriftStatus>DRIFTED</DriftStatus>
            <LastDriftCheckTimestamp>2024-03-05T10:15:30.123Z</LastDriftCheckTimestamp>
            <LastOperationId>a1b2c3d4-e5f6-4711-8899-aabbccddeeff</LastOperationId>
            <SomethingNew>kept</SomethingNew>
          </StackInstance>""";

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

  private static Consumer<DescribeStackInstanceRequest.Builder> instance() {
    return r -> r.stackSetName("my-stack-set").stackInstanceAccount("111122223333").stackInstanceRegion("eu-west-1");
  }

  @Test
  void sendsTheModelOrderedBodySigned() throws Exception {
    server.enqueue(xml(queryReply("DescribeStackInstance", TestSupport.XML_NS, INSTANCE)));

    cfn.describeStackInstance(instance().andThen(r -> r.callAs(CallAs.DELEGATED_ADMIN)));

    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo("/");
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo(FORM);
    assertSigned(r, "cloudformation", "us-east-1", "content-type;host;x-amz-date");
    assertThat(body(r)).isEqualTo("Action=DescribeStackInstance&Version=2010-05-15&StackSetName=my-stack-set"
        + "&StackInstanceAccount=111122223333&StackInstanceRegion=eu-west-1&CallAs=DELEGATED_ADMIN");
  }

  @Test
  void readsEveryMemberOfTheStackInstance() {
    server.enqueue(xml(queryReply("DescribeStackInstance", TestSupport.XML_NS, INSTANCE)));

    DescribeStackInstanceResponse response = cfn.describeStackInstance(instance());

    assertThat(response).isEqualTo(DescribeStackInstanceResponse.builder().stackInstance(StackInstance.builder()
        .stackSetId("my-stack-set:11111111-2222-3333-4444-555555555555")
        .region("eu-west-1")
        .account("111122223333")
        .stackId("arn:aws:cloudformation:eu-west-1:111122223333:stack/StackSet-my-stack-set-abc/0f1e2d3c")
        .parameterOverrides(Parameter.builder().parameterKey("Env").parameterValue("staging").build(),
            Parameter.builder().parameterKey("Ami").usePreviousValue(true).resolvedValue("ami-0abc").build())
        .status(StackInstanceStatus.OUTDATED)
        .stackInstanceStatus(s -> s.detailedStatus(StackInstanceDetailedStatus.FAILED))
        .statusReason("Account 111122223333 should have 'AWSCloudFormationStackSetExecutionRole' role")
        .organizationalUnitId("ou-abcd-12345678")
        .driftStatus(StackDriftStatus.DRIFTED)
        .lastDriftCheckTimestamp(Instant.parse("2024-03-05T10:15:30.123Z"))
        .lastOperationId("a1b2c3d4-e5f6-4711-8899-aabbccddeeff")
        .putAdditionalField("SomethingNew", "kept")
        .build()).build());
    StackInstance i = response.stackInstance();
    assertThat(i.hasParameterOverrides()).isTrue();
    assertThat(i.status()).isEqualTo(StackInstanceStatus.OUTDATED);
    assertThat(i.driftStatus()).isEqualTo(StackDriftStatus.DRIFTED);
    assertThat(response.responseMetadata().requestId()).isEqualTo("req-123");
    assertThat(response.responseMetadata().statusCode()).isEqualTo(200);
  }

  @Test
  void anInstanceWithoutOverridesHasNoList() {
    server.enqueue(xml(queryReply("DescribeStackInstance", TestSupport.XML_NS,
        "<StackInstance><Account>111122223333</Account><Status>CURRENT</Status></StackInstance>")));

    StackInstance i = cfn.describeStackInstance(instance()).stackInstance();

    assertThat(i).isEqualTo(StackInstance.builder().account("111122223333").status("CURRENT").build());
    assertThat(i.hasParameterOverrides()).isFalse();
    assertThat(i.parameterOverrides()).isEmpty();
  }

  @Test
  void aMissingStackSetIsStackSetNotFound() {
    server.enqueue(xmlError(404, queryError("StackSetNotFoundException", "StackSet my-stack-set not found")));

    ServiceException e = catchThrowableOfType(ServiceException.class, () -> cfn.describeStackInstance(instance()));

    assertThat(e).isExactlyInstanceOf(StackSetNotFoundException.class);
    assertThat(e.errorCode()).isEqualTo("StackSetNotFoundException");
    assertThat(e.errorMessage()).isEqualTo("StackSet my-stack-set not found");
    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(e.requestId()).isEqualTo("err-req-1");
  }

  @Test
  void aMissingInstanceIsStackInstanceNotFound() {
    server.enqueue(xmlError(404, queryError("StackInstanceNotFoundException",
        "Stack instance [111122223333, eu-west-1] not found")));

    ServiceException e = catchThrowableOfType(ServiceException.class, () -> cfn.describeStackInstance(instance()));

    assertThat(e).isExactlyInstanceOf(StackInstanceNotFoundException.class);
    assertThat(e.errorCode()).isEqualTo("StackInstanceNotFoundException");
    assertThat(e.errorMessage()).isEqualTo("Stack instance [111122223333, eu-west-1] not found");
    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(e.requestId()).isEqualTo("err-req-1");
  }

  @Test
  void aMissingOrMalformedMemberIsRefusedBeforeSending() {
    assertThatThrownBy(() -> cfn.describeStackInstance(r -> r.stackInstanceAccount("111122223333")
        .stackInstanceRegion("eu-west-1"))).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("stackSetName is required");
    assertThatThrownBy(() -> cfn.describeStackInstance(r -> r.stackSetName("s").stackInstanceRegion("eu-west-1")))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("stackInstanceAccount is required");
    assertThatThrownBy(() -> cfn.describeStackInstance(r -> r.stackSetName("s").stackInstanceAccount("111122223333")))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("stackInstanceRegion is required");
    assertThatThrownBy(() -> cfn.describeStackInstance(instance().andThen(r -> r.stackInstanceAccount("1234"))))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("stackInstanceAccount must be a 12-digit account id: '1234'");
    assertThatThrownBy(() -> cfn.describeStackInstance(instance().andThen(r -> r.callAs(" "))))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("callAs must not be blank");
    assertThatThrownBy(() -> cfn.describeStackInstance((DescribeStackInstanceRequest) null))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("request is required");
    assertThat(server.getRequestCount()).isZero();
  }
}
