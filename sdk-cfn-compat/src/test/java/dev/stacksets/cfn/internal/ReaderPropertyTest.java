package dev.stacksets.cfn.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.http.SdkHttpResponse;
import dev.stacksets.core.internal.ErrorMapper;
import dev.stacksets.core.internal.ResponseParser;
import dev.stacksets.core.testing.BodyMutations;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import okhttp3.Headers;

/**
 * Mutated CloudFormation (Query XML) and Config (JSON 1.1) replies (truncated, bits flipped, spans deleted or
 * duplicated, hostile snippets: huge numbers, wrong types, unknown members, entities, 3000-deep nesting) read as a
 * model or fail with an {@link Exception}, which the pipeline turns into a {@code ClientSideException}; error replies
 * always map to a {@link ServiceException}. Never an {@link Error} such as {@link StackOverflowError}.
 */
class ReaderPropertyTest {
  private static final ResponseMetadata METADATA = new ResponseMetadata("r", null, 200, 1);
  private static final String NS = "http://cloudformation.amazonaws.com/doc/2010-05-15/";
  private static final String OPERATIONS = "<ListStackSetOperationsResponse xmlns=\"" + NS + "\">"
      + "<ListStackSetOperationsResult><Summaries><member><OperationId>op-1</OperationId><Action>CREATE</Action>"
      + "<Status>SUCCEEDED</Status><CreationTimestamp>2017-06-13T18:51:06.468Z</CreationTimestamp>"
      + "<EndTimestamp>2017-06-13T18:53:01Z</EndTimestamp><StatusDetails><FailedStackInstancesCount>0"
      + "</FailedStackInstancesCount></StatusDetails></member></Summaries><NextToken>t1</NextToken>"
      + "</ListStackSetOperationsResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata>"
      + "</ListStackSetOperationsResponse>";
  private static final String OPERATION = "<DescribeStackSetOperationResponse xmlns=\"" + NS + "\">"
      + "<DescribeStackSetOperationResult><StackSetOperation><OperationId>op</OperationId><StackSetId>s:1"
      + "</StackSetId><Action>UPDATE</Action><Status>RUNNING</Status><OperationPreferences><RegionOrder>"
      + "<member>us-east-1</member></RegionOrder><FailureToleranceCount>1</FailureToleranceCount>"
      + "</OperationPreferences><DeploymentTargets><Accounts><member>111111111111</member></Accounts>"
      + "</DeploymentTargets><CreationTimestamp>2017-06-13T18:51:06.468Z</CreationTimestamp>"
      + "</StackSetOperation></DescribeStackSetOperationResult></DescribeStackSetOperationResponse>";
  private static final String QUERY_ERROR = "<ErrorResponse xmlns=\"" + NS + "\"><Error><Type>Sender</Type>"
      + "<Code>StackSetNotFoundException</Code><Message>StackSet s not found</Message></Error>"
      + "<RequestId>r-9</RequestId></ErrorResponse>";
  private static final String STATUSES = "{\"OrganizationConformancePackDetailedStatuses\": [{\"AccountId\": "
      + "\"111111111111\", \"ConformancePackName\": \"p\", \"Status\": \"CREATE_FAILED\", \"ErrorCode\": \"E\", "
      + "\"ErrorMessage\": \"m\", \"LastUpdateTime\": 1.597343458911E9}], \"NextToken\": \"n\"}";
  private static final String JSON_ERROR = "{\"__type\": \"com.amazonaws#NoSuchOrganizationConformancePackException\","
      + " \"message\": \"no pack\"}";

  @Provide
  Arbitrary<byte[]> operations() {
    return BodyMutations.of(OPERATIONS);
  }

  @Provide
  Arbitrary<byte[]> operation() {
    return BodyMutations.of(OPERATION);
  }

  @Provide
  Arbitrary<byte[]> queryError() {
    return BodyMutations.of(QUERY_ERROR);
  }

  @Provide
  Arbitrary<byte[]> statuses() {
    return BodyMutations.of(STATUSES);
  }

  @Provide
  Arbitrary<byte[]> jsonError() {
    return BodyMutations.of(JSON_ERROR);
  }

  @Property
  void listStackSetOperationsGivesAModelOrAnException(@ForAll("operations") byte[] body) {
    read(CfnOperations.listStackSetOperations().descriptor().reader(), body);
  }

  @Property
  void describeStackSetOperationGivesAModelOrAnException(@ForAll("operation") byte[] body) {
    read(CfnOperations.describeStackSetOperation().descriptor().reader(), body);
  }

  @Property
  void configDetailedStatusGivesAModelOrAnException(@ForAll("statuses") byte[] body) {
    read(ConfigOperations.getOrganizationConformancePackDetailedStatus().descriptor().reader(), body);
  }

  @Property
  void aQueryErrorAlwaysMapsToAServiceException(@ForAll("queryError") byte[] body) {
    mapError(QueryErrorMapper.INSTANCE, body);
  }

  @Property
  void aJsonErrorAlwaysMapsToAServiceException(@ForAll("jsonError") byte[] body) {
    mapError(JsonErrorMapper.INSTANCE, body);
  }

  private static void read(ResponseParser<?> parser, byte[] body) {
    Object model;
    try {
      model = parser.parse(new SdkHttpResponse(200, Headers.of(), body), METADATA);
    } catch (Exception expected) {
      return; // the pipeline reports it as ClientSideException("could not read the response body")
    }
    assertThat(model).isNotNull();
    assertThat(model.toString()).isNotNull();
  }

  private static void mapError(ErrorMapper mapper, byte[] body) {
    ServiceException e = mapper.toException(new SdkHttpResponse(400, Headers.of(), body),
        ServiceError.builder().service("X").statusCode(400));
    assertThat(e).isNotNull();
    assertThat(e.toString()).isNotNull();
  }
}
