package dev.stacksets.rfs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.rfs.model.ListStackSetOperationsResponse;
import dev.stacksets.rfs.model.StackSetOperation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Example;

/**
 * Which parser reads a reply ({@link RfsResponseParser#read}): the plain replies RFS sends are read by the
 * {@link FastJsonParser} ({@link RfsResponseParser#readFast} gives the result), and a reply with anything outside
 * its subset is read again by Jackson's parser, with the tree reader's ({@link TreeRfsReader}) result or error.
 * (jqwik examples: {@link StreamingReaderDifferentialTest#same} collects statistics.)
 */
class FastPathTest {
  private static final ResponseMetadata METADATA = new ResponseMetadata("r", "c", 200, 1);

  /** A page like the benchmark's, two items, one with the nested blocks, and the page info. */
  private static final String OPERATIONS = """
      {"stack_set_operations":[{"operation_id":"0a1b2c3d-0000-4000-8000-000000000000",
      "stack_set_id":"1b2c3d4e-1111-4111-8111-111111111111","stack_set_name":"my_stack_set",
      "action":"DEPLOY_STACK_SET","status":"OPERATION_FAILED","status_message":"too many failed stack instances",
      "create_time":"2023-05-15T17:39:25.210Z","update_time":"2023-05-15T17:40:07.210Z"},
      {"operation_id":"0a1b2c3d-0000-4000-8000-000000000001","stack_set_id":"1b2c3d4e-1111-4111-8111-111111111111",
      "stack_set_name":"my_stack_set","action":"CREATE_STACK_INSTANCES","status":"OPERATION_COMPLETE",
      "status_message":"","create_time":1684172425210,"update_time":"2023-05-15T17:41:07.210Z",
      "deployment_targets":{"regions":["cn-north-4","cn-north-5"],"domain_ids":["d1"],"domain_ids_uri":null},
      "operation_preferences":{"region_concurrency_type":"SEQUENTIAL","failure_tolerance_count":1,
      "region_order":["cn-north-4"],"max_concurrent_percentage":"20"},"new_member":"x","new_number":-7}],
      "page_info":{"next_marker":"m1","previous_marker":null,"current_count":2}}""";

  private static final String STACK_SETS = """
      {"stack_sets":[{"stack_set_id":"id","stack_set_name":"s","stack_set_description":"d",
       "permission_model":"SELF_MANAGED","status":"IDLE","create_time":"2023-05-15T15:39:25.751Z",
       "managed_operation":{"enable_parallel_operation":true},"organizational_unit_ids":["ou-1"],
       "vars_body":"a: 1"}, 7, null],
       "page_info":{"next_marker":null}}""";

  private static final String INSTANCES = """
      {"stack_instances":[{"stack_set_id":"id","stack_set_name":"s","status":"VALID","stack_id":"st",
       "stack_name":"n","stack_domain_id":"dom","latest_stack_set_operation_id":"op","region":"cn-north-4",
       "create_time":"2023-05-15T15:39:25.751Z","var_overrides":{"vars_uri":"u","use_stack_set_vars":["a","b"]}}],
       "page_info":{"current_count":"1"}}""";

  @Example
  void thePlainRepliesRfsSendsAreReadByTheFastParser() throws Exception {
    fast(OPERATIONS, RfsResponseParser::listStackSetOperations, TreeRfsReader::listStackSetOperations);
    fast(STACK_SETS, RfsResponseParser::listStackSets, TreeRfsReader::listStackSets);
    fast(INSTANCES, RfsResponseParser::listStackInstances, TreeRfsReader::listStackInstances);
    fast("""
        {"stack_set_id":"id","stack_set_name":"s","operation_id":"op","action":"CREATE_STACK_INSTANCES",
         "deployment_targets":{"regions":["cn-north-4"]},"create_time":"2023-05-15T17:39:25.210Z"}""",
        RfsResponseParser::showStackSetOperationMetadata, TreeRfsReader::showStackSetOperationMetadata);
    fast("{\"stack_set_id\":\"id\",\"status\":\"IDLE\",\"managed_operation\":{\"enable_parallel_operation\":\"TRUE\"}}",
        RfsResponseParser::showStackSetMetadata, TreeRfsReader::showStackSetMetadata);
    fast("{\"stack_set_id\":\"id\",\"region\":\"cn-north-4\",\"var_overrides\":null}",
        RfsResponseParser::showStackInstance, TreeRfsReader::showStackInstance);
    fast("{\"stack_set_id\":\"1b2c3d4e-1111-4111-8111-111111111111\",\"x\":1}", RfsResponseParser::createStackSet,
        TreeRfsReader::createStackSet);
    fast("{\"stack_set_operation_id\":\"op\"}", RfsResponseParser::deployStackSet, TreeRfsReader::deployStackSet);
    fast(" {\"stack_set_operation_id\":\"op\"}\n", RfsResponseParser::createStackInstances,
        TreeRfsReader::createStackInstances);
    fast("{\"stack_set_operation_id\" : \"op\" , \"y\" : true}", RfsResponseParser::updateStackInstances,
        TreeRfsReader::updateStackInstances);
    fast("{\"stack_set_operation_id\":\"op\"} trailing", RfsResponseParser::deleteStackInstances,
        TreeRfsReader::deleteStackInstances);
  }

  @Example
  void theFastParsersPageIsTheModelExpected() throws Exception {
    ListStackSetOperationsResponse page = RfsResponseParser.readFast(bytes(OPERATIONS), METADATA,
        RfsResponseParser::listStackSetOperations);
    List<StackSetOperation> ops = page.stackSetOperations();
    assertThat(ops).hasSize(2);
    assertThat(ops.get(1).operationId()).isEqualTo("0a1b2c3d-0000-4000-8000-000000000001");
    assertThat(ops.get(1).stackSetName()).isSameAs(ops.get(0).stackSetName()); // RepeatedText on bytes
    assertThat(ops.get(1).createTime()).isEqualTo(Instant.ofEpochMilli(1684172425210L));
    assertThat(ops.get(1).operationPreferences().maxConcurrentPercentage()).isEqualTo(20L);
    assertThat(ops.get(1).additionalFields()).containsEntry("new_member", "\"x\"").containsEntry("new_number", "-7");
    assertThat(page.pageInfo().currentCount()).isEqualTo(2);
  }

  @Example
  void aReplyOutsideTheSubsetIsReadAgainByJacksonsParser() throws Exception {
    String[][] changes = {
        {"\"status_message\":\"\"", "\"status_message\":\"a\\nb\""}, // an escape
        {"\"status_message\":\"\"", "\"status_message\":\"实例创建失败\""}, // non-ASCII text
        {"\"new_member\":\"x\"", "\"new_mémber\":\"x\""}, // a non-ASCII name
        {"\"new_number\":-7", "\"new_number\":-7.5"}, // a fraction
        {"\"new_number\":-7", "\"new_number\":-7e2"}, // an exponent
        {"\"create_time\":1684172425210", "\"create_time\":1684172425210000000"}, // 19 digits
        {"\"new_number\":-7", "\"new_number\":100000000000000000000"}, // a big integer
        {"\"new_member\":\"x\"", "\"new_member\":{\"a\":[1,{}]}"}, // a container in an unknown member
        {"\"regions\":[", "\"regions\":[[\"cn-north-4\"],"}, // a container where text is expected
        {"\"current_count\":2", "\"current_count\":2.0"}, // a fraction for an int
    };
    for (String[] change : changes) {
      assertThat(OPERATIONS).contains(change[0]);
      String json = OPERATIONS.replace(change[0], change[1]);
      assertThatThrownBy(() -> RfsResponseParser.readFast(bytes(json), METADATA,
          RfsResponseParser::listStackSetOperations)).as(json).isSameAs(FastJsonParser.UNSUPPORTED);
      StreamingReaderDifferentialTest.same(bytes(json), b -> RfsResponseParser.listStackSetOperations(b, METADATA),
          b -> TreeRfsReader.listStackSetOperations(b, METADATA));
    }
    // the values the fast parser left to Jackson's parser are read as it reads them
    assertThat(RfsResponseParser.listStackSetOperations(bytes(OPERATIONS.replace("\"status_message\":\"\"",
        "\"status_message\":\"\\u5b9e\\\"x\\\"\"")), METADATA).stackSetOperations().get(1).statusMessage())
        .isEqualTo("实\"x\"");
    assertThat(RfsResponseParser.listStackSetOperations(bytes(OPERATIONS.replace("\"new_member\":\"x\"",
        "\"new_member\":{\"a\":[1,{}]}")), METADATA).stackSetOperations().get(1).additionalFields())
        .containsEntry("new_member", "{\"a\":[1,{}]}");
  }

  @Example
  void malformedAndTruncatedRepliesFailWithJacksonsError() {
    for (int cut = 1; cut < OPERATIONS.length(); cut += 7) {
      String json = OPERATIONS.substring(0, cut);
      assertThatThrownBy(() -> RfsResponseParser.readFast(bytes(json), METADATA,
          RfsResponseParser::listStackSetOperations)).as(json).isSameAs(FastJsonParser.UNSUPPORTED);
      StreamingReaderDifferentialTest.same(bytes(json), b -> RfsResponseParser.listStackSetOperations(b, METADATA),
          b -> TreeRfsReader.listStackSetOperations(b, METADATA));
    }
    assertThatThrownBy(() -> RfsResponseParser.listStackSetOperations(bytes(OPERATIONS.substring(0, 100)),
        METADATA)).isInstanceOf(JsonEOFException.class);
    String malformed = OPERATIONS.replace("\"action\":\"DEPLOY_STACK_SET\",", "\"action\":\"DEPLOY_STACK_SET\",,");
    StreamingReaderDifferentialTest.same(bytes(malformed),
        b -> RfsResponseParser.listStackSetOperations(b, METADATA),
        b -> TreeRfsReader.listStackSetOperations(b, METADATA));
    assertThatThrownBy(() -> RfsResponseParser.listStackSetOperations(bytes(malformed), METADATA))
        .isInstanceOf(JsonParseException.class);
  }

  @Example
  void aReplyTheReadersRefuseFailsWithTheErrorOfJacksonsParser() throws Exception {
    // the fast parser reads these, the readers refuse them: the read again by Jackson's parser gives the error
    for (String json : List.of(OPERATIONS.replace("\"create_time\":1684172425210", "\"create_time\":\"x\""),
        "{\"other\":1,\"page_info\":{}}", "{}", "{\"stack_set_operations\":\"s\"}",
        OPERATIONS.replace("\"current_count\":2", "\"current_count\":\"n\""))) {
      assertThatThrownBy(() -> RfsResponseParser.readFast(bytes(json), METADATA,
          RfsResponseParser::listStackSetOperations)).as(json).isInstanceOf(IllegalStateException.class);
      StreamingReaderDifferentialTest.same(bytes(json), b -> RfsResponseParser.listStackSetOperations(b, METADATA),
          b -> TreeRfsReader.listStackSetOperations(b, METADATA));
    }
  }

  interface TreeRead<T> {
    T read(byte[] body, ResponseMetadata metadata) throws Exception;
  }

  /** The fast parser reads {@code json} to the tree reader's model (and so does {@link RfsResponseParser#read}). */
  private static <T> void fast(String json, RfsResponseParser.BodyReader<T> reader, TreeRead<T> tree)
      throws Exception {
    byte[] body = bytes(json);
    T expected = tree.read(body, METADATA);
    T fast = RfsResponseParser.readFast(body, METADATA, reader);
    assertThat(fast).as(json).isEqualTo(expected);
    assertThat(fast.toString()).as(json).isEqualTo(expected.toString());
    assertThat(RfsResponseParser.read(body, METADATA, reader)).isEqualTo(expected);
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
