package dev.stacksets.rfs.internal;

import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.http.SdkHttpResponse;
import dev.stacksets.core.testing.BodyMutations;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import okhttp3.Headers;

/**
 * Mutated RFS pages (truncated, bits flipped, spans deleted or duplicated, hostile snippets: huge numbers, wrong
 * types, unknown members, 3000-deep nesting) read as a model or fail with an {@link Exception}, which the pipeline
 * turns into a {@code ClientSideException} (2xx) or, through the error mapper, a {@code ServiceException}; never an
 * {@link Error} such as {@link StackOverflowError}, and a model read always renders.
 */
class RfsReaderPropertyTest {
  private static final ResponseMetadata METADATA = new ResponseMetadata("r", "c", 200, 1);
  private static final String OPERATIONS = """
      {"stack_set_operations":[{"operation_id":"op-1","stack_set_id":"id","stack_set_name":"s",
       "action":"DEPLOY_STACK_SET","status":"OPERATION_COMPLETE","status_message":"ok",
       "create_time":"2023-05-15T17:39:25.210Z","update_time":1684172365210}],
       "page_info":{"next_marker":"m1"}}""";
  private static final String STACK_SETS = """
      {"stack_sets":[{"stack_set_id":"id","stack_set_name":"s","stack_set_description":"d",
       "permission_model":"SELF_MANAGED","status":"IDLE","create_time":"2023-05-15T15:39:25.751Z"}],
       "page_info":{"next_marker":null}}""";
  private static final String OPERATION = """
      {"stack_set_id":"id","stack_set_name":"s","operation_id":"op","action":"CREATE_STACK_INSTANCES",
       "status":"OPERATION_IN_PROGRESS","deployment_targets":{"regions":["cn-north-4"],"domain_ids":["d1"]},
       "operation_preferences":{"region_concurrency_type":"SEQUENTIAL","failure_tolerance_count":1,
       "region_order":["cn-north-4"]},"create_time":"2023-05-15T17:39:25.210Z"}""";
  private static final String ERROR = """
      {"error_code":"RF.10011004","error_msg":"not found","encoded_authorization_message":"x",
       "details":[{"error_code":"a","error_msg":"b"}],"request_id":"r"}""";

  @Provide
  Arbitrary<byte[]> operations() {
    return BodyMutations.of(OPERATIONS);
  }

  @Provide
  Arbitrary<byte[]> stackSets() {
    return BodyMutations.of(STACK_SETS);
  }

  @Provide
  Arbitrary<byte[]> operation() {
    return BodyMutations.of(OPERATION);
  }

  @Provide
  Arbitrary<byte[]> error() {
    return BodyMutations.of(ERROR);
  }

  @Property
  void listStackSetOperationsGivesAModelOrAnException(@ForAll("operations") byte[] body) {
    read(() -> RfsResponseParser.listStackSetOperations(body, METADATA));
  }

  @Property
  void listStackSetsGivesAModelOrAnException(@ForAll("stackSets") byte[] body) {
    read(() -> RfsResponseParser.listStackSets(body, METADATA));
  }

  @Property
  void showStackSetOperationMetadataGivesAModelOrAnException(@ForAll("operation") byte[] body) {
    read(() -> RfsResponseParser.showStackSetOperationMetadata(body, METADATA));
  }

  @Property
  void theErrorMapperAlwaysGivesAServiceException(@ForAll("error") byte[] body) {
    SdkHttpResponse response = new SdkHttpResponse(404, Headers.of(), body);
    dev.stacksets.core.exception.ServiceException e = new RfsErrorMapper().toException(response,
        dev.stacksets.core.exception.ServiceError.builder().service("RFS").statusCode(404));
    org.assertj.core.api.Assertions.assertThat(e).isNotNull();
    org.assertj.core.api.Assertions.assertThat(e.toString()).isNotNull();
  }

  interface Read {
    Object read() throws Exception;
  }

  static void read(Read reader) {
    Object model;
    try {
      model = reader.read();
    } catch (Exception expected) {
      return; // the pipeline reports it as ClientSideException("could not read the response body")
    }
    org.assertj.core.api.Assertions.assertThat(model).isNotNull();
    org.assertj.core.api.Assertions.assertThat(model.toString()).isNotNull();
  }
}
