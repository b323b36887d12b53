package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.rfs.model.Action;
import dev.stacksets.rfs.model.DeploymentTargets;
import dev.stacksets.rfs.model.FailureToleranceMode;
import dev.stacksets.rfs.model.OperationPreferences;
import dev.stacksets.rfs.model.OperationStatus;
import dev.stacksets.rfs.model.RegionConcurrencyType;
import dev.stacksets.rfs.model.ShowStackSetOperationMetadataResponse;
import dev.stacksets.rfs.model.StackSetOperation;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ShowStackSetOperationMetadata against api-docs/002. */
class ShowStackSetOperationMetadataTest {
  /** The example response of api-docs/002, verbatim (note {@code "regions" : "cn-north-5"}, a string). */
  static final String EXAMPLE_RESPONSE = """
      {
        "stack_set_operation_id" : "daa46d87-045b-4a50-a0d5-c167fc34b632",
        "stack_set_id" : "10f29827-939f-4a11-8bcc-65b051257860",
        "stack_set_name" : "my_hello_world_stack_set",
        "status" : "OPERATION_COMPLETE",
        "administration_agency_name" : "test_administration_agency_name",
        "managed_agency_name" : "test_managed_agency_name",
        "action" : "CREATE_STACK_INSTANCES",
        "deployment_targets" : {
          "domain_ids" : [ "dfda721e8ecd46088662f2dc9e97b1c6", "dfda721e8ecd46088662f2dc9e97b1c7" ],
          "regions" : "cn-north-5"
        },
        "create_time" : "2023-05-15T15:39:25.210Z",
        "update_time" : "2023-05-15T16:39:25.210Z",
        "operation_preferences" : {
          "failure_tolerance_count" : 4,
          "max_concurrent_count" : 3,
          "region_order" : [ "cn-north-5" ],
          "region_concurrency_type" : "SEQUENTIAL",
          "failure_tolerance_mode" : "STRICT_FAILURE_TOLERANCE"
        }
      }
      """;

  private RfsMock mock;
  private RfsClient rfs;

  @BeforeEach
  void setUp() throws Exception {
    mock = new RfsMock();
    rfs = mock.client();
  }

  @AfterEach
  void tearDown() {
    rfs.close();
    mock.close();
  }

  @Test
  void exampleRequest() throws Exception {
    mock.enqueue(200, EXAMPLE_RESPONSE);
    rfs.showStackSetOperationMetadata(r -> r.stackSetName("my_hello_world_stack_set")
        .operationId("daa46d87-045b-4a50-a0d5-c167fc34b632"));

    RecordedRequest req = mock.take();
    assertThat(req.getMethod()).isEqualTo("GET");
    assertThat(req.getTarget()).isEqualTo(
        "/v1/stack-sets/my_hello_world_stack_set/operations/daa46d87-045b-4a50-a0d5-c167fc34b632/metadata");
    RfsMock.assertSigned(req, true);
  }

  @Test
  void optionalQueryParameters() throws Exception {
    mock.enqueue(200, EXAMPLE_RESPONSE);
    rfs.showStackSetOperationMetadata(r -> r.stackSetName("s").operationId("op")
        .stackSetId("10f29827-939f-4a11-8bcc-65b051257860")
        .callIdentity(dev.stacksets.rfs.model.CallIdentity.SELF));

    assertThat(mock.take().getTarget()).isEqualTo("/v1/stack-sets/s/operations/op/metadata"
        + "?stack_set_id=10f29827-939f-4a11-8bcc-65b051257860&call_identity=SELF");
  }

  @Test
  void exampleResponseParsesFieldByField() throws Exception {
    mock.enqueue(200, EXAMPLE_RESPONSE, "rid-002");
    ShowStackSetOperationMetadataResponse response = rfs.showStackSetOperationMetadata(r -> r
        .stackSetName("my_hello_world_stack_set").operationId("daa46d87-045b-4a50-a0d5-c167fc34b632")
        .clientRequestId("crid-002"));

    StackSetOperation expected = StackSetOperation.builder()
        .operationId("daa46d87-045b-4a50-a0d5-c167fc34b632")
        .stackSetId("10f29827-939f-4a11-8bcc-65b051257860")
        .stackSetName("my_hello_world_stack_set")
        .status(OperationStatus.OPERATION_COMPLETE)
        .administrationAgencyName("test_administration_agency_name")
        .managedAgencyName("test_managed_agency_name")
        .action(Action.CREATE_STACK_INSTANCES)
        .deploymentTargets(DeploymentTargets.builder()
            .domainIds("dfda721e8ecd46088662f2dc9e97b1c6", "dfda721e8ecd46088662f2dc9e97b1c7")
            .regions("cn-north-5")
            .build())
        .createTime(Instant.parse("2023-05-15T15:39:25.210Z"))
        .updateTime(Instant.parse("2023-05-15T16:39:25.210Z"))
        .operationPreferences(OperationPreferences.builder()
            .failureToleranceCount(4L)
            .maxConcurrentCount(3L)
            .regionOrder("cn-north-5")
            .regionConcurrencyType(RegionConcurrencyType.SEQUENTIAL)
            .failureToleranceMode(FailureToleranceMode.STRICT_FAILURE_TOLERANCE)
            .build())
        .build();
    StackSetOperation op = response.stackSetOperation();
    assertThat(op).isEqualTo(expected);

    assertThat(op.operationId()).isEqualTo("daa46d87-045b-4a50-a0d5-c167fc34b632");
    assertThat(op.statusMessage()).isNull();
    assertThat(op.administrationAgencyUrn()).isNull();
    DeploymentTargets targets = op.deploymentTargets();
    assertThat(targets.regions()).containsExactly("cn-north-5");
    assertThat(targets.domainIds()).containsExactly("dfda721e8ecd46088662f2dc9e97b1c6",
        "dfda721e8ecd46088662f2dc9e97b1c7");
    assertThat(targets.domainIdsUri()).isNull();
    assertThat(targets.organizationalUnitIds()).isEmpty();
    assertThat(targets.domainIdFilterType()).isNull();
    OperationPreferences p = op.operationPreferences();
    assertThat(p.failureToleranceCount()).isEqualTo(4L);
    assertThat(p.failureTolerancePercentage()).isNull();
    assertThat(p.maxConcurrentCount()).isEqualTo(3L);
    assertThat(p.maxConcurrentPercentage()).isNull();
    assertThat(p.regionOrder()).isEqualTo(List.of("cn-north-5"));
    assertThat(p.regionConcurrencyType()).isEqualTo(RegionConcurrencyType.SEQUENTIAL);
    assertThat(p.regionConcurrencyTypeAsString()).isEqualTo("SEQUENTIAL");
    assertThat(p.failureToleranceMode()).isEqualTo(FailureToleranceMode.STRICT_FAILURE_TOLERANCE);
    assertThat(response.responseMetadata()).isEqualTo(new ResponseMetadata("rid-002", "crid-002", 200, 1));
  }

  @Test
  void everyDocumentedFieldOfTheMetadataIsRead() throws Exception {
    mock.enqueue(200, """
        {"stack_set_operation_id":"op","status":"OPERATION_FAILED","status_message":"too many failures",
         "action":"DEPLOY_STACK_INSTANCES","administration_agency_urn":"iam::123:agency:admin",
         "deployment_targets":{"regions":["cn-north-4","cn-east-3"],"domain_ids_uri":"https://obs/ids.csv",
           "organizational_unit_ids":["ou-1"],"domain_id_filter_type":"DIFFERENCE"},
         "operation_preferences":{"failure_tolerance_percentage":10,"max_concurrent_percentage":"20",
           "region_concurrency_type":"PARALLEL","failure_tolerance_mode":"SOFT_FAILURE_TOLERANCE"}}
        """);
    StackSetOperation op = rfs.showStackSetOperationMetadata(r -> r.stackSetName("s").operationId("op"))
        .stackSetOperation();

    assertThat(op.status()).isEqualTo(OperationStatus.OPERATION_FAILED);
    assertThat(op.statusMessage()).isEqualTo("too many failures");
    assertThat(op.action()).isEqualTo(Action.DEPLOY_STACK_INSTANCES);
    assertThat(op.administrationAgencyUrn()).isEqualTo("iam::123:agency:admin");
    assertThat(op.deploymentTargets().regions()).containsExactly("cn-north-4", "cn-east-3");
    assertThat(op.deploymentTargets().domainIdsUri()).isEqualTo("https://obs/ids.csv");
    assertThat(op.deploymentTargets().organizationalUnitIds()).containsExactly("ou-1");
    assertThat(op.deploymentTargets().domainIdFilterType())
        .isEqualTo(dev.stacksets.rfs.model.DomainIdFilterType.DIFFERENCE);
    assertThat(op.operationPreferences().failureTolerancePercentage()).isEqualTo(10L);
    assertThat(op.operationPreferences().maxConcurrentPercentage()).isEqualTo(20L);
    assertThat(op.operationPreferences().regionConcurrencyType()).isEqualTo(RegionConcurrencyType.PARALLEL);
    assertThat(op.operationPreferences().failureToleranceMode())
        .isEqualTo(FailureToleranceMode.SOFT_FAILURE_TOLERANCE);
  }
}
