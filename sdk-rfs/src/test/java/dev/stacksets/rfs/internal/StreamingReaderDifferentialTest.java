package dev.stacksets.rfs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.testing.BodyMutations;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The streaming reader ({@link RfsResponseParser}) against the tree reader it replaced ({@link TreeRfsReader}, kept
 * unchanged as the oracle), on generated replies ({@link RfsBodies}: known members in any order, unknown members of
 * every JSON type, nulls, numbers as strings, wrong types, repeated names, escapes) and on hostile mutations of them
 * ({@link BodyMutations}: truncated, bits flipped, spans deleted or duplicated, snippets inserted). Both give equal
 * models with the same rendering (additional fields in the same order), or both fail with the same exception type
 * and message.
 */
class StreamingReaderDifferentialTest {
  private static final ResponseMetadata METADATA = new ResponseMetadata("r", "c", 200, 1);

  interface Read {
    Object read(byte[] body) throws Exception;
  }

  @Provide
  Arbitrary<String> operationsPage() {
    return RfsBodies.page("stack_set_operations", RfsBodies.operation());
  }

  @Provide
  Arbitrary<String> stackSetsPage() {
    return RfsBodies.page("stack_sets", RfsBodies.stackSet());
  }

  @Provide
  Arbitrary<String> instancesPage() {
    return RfsBodies.page("stack_instances", RfsBodies.instance());
  }

  @Provide
  Arbitrary<String> operation() {
    return RfsBodies.operation();
  }

  @Provide
  Arbitrary<String> stackSet() {
    return RfsBodies.stackSet();
  }

  @Provide
  Arbitrary<String> instance() {
    return RfsBodies.instance();
  }

  @Provide
  Arbitrary<String> createdStackSet() {
    return RfsBodies.started("stack_set_id");
  }

  @Provide
  Arbitrary<String> startedOperation() {
    return RfsBodies.started("stack_set_operation_id");
  }

  @Provide
  Arbitrary<byte[]> mutatedOperationsPage() {
    return operationsPage().flatMap(BodyMutations::of);
  }

  @Provide
  Arbitrary<byte[]> mutatedStackSetsPage() {
    return stackSetsPage().flatMap(BodyMutations::of);
  }

  @Provide
  Arbitrary<byte[]> mutatedInstancesPage() {
    return instancesPage().flatMap(BodyMutations::of);
  }

  @Provide
  Arbitrary<byte[]> mutatedOperation() {
    return operation().flatMap(BodyMutations::of);
  }

  @Provide
  Arbitrary<byte[]> mutatedStartedOperation() {
    return startedOperation().flatMap(BodyMutations::of);
  }

  @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
  void listStackSetOperations(@ForAll("operationsPage") String body) {
    same(bytes(body), b -> RfsResponseParser.listStackSetOperations(b, METADATA),
        b -> TreeRfsReader.listStackSetOperations(b, METADATA));
  }

  @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
  void listStackSets(@ForAll("stackSetsPage") String body) {
    same(bytes(body), b -> RfsResponseParser.listStackSets(b, METADATA),
        b -> TreeRfsReader.listStackSets(b, METADATA));
  }

  @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
  void listStackInstances(@ForAll("instancesPage") String body) {
    same(bytes(body), b -> RfsResponseParser.listStackInstances(b, METADATA),
        b -> TreeRfsReader.listStackInstances(b, METADATA));
  }

  @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
  void showStackSetOperationMetadata(@ForAll("operation") String body) {
    same(bytes(body), b -> RfsResponseParser.showStackSetOperationMetadata(b, METADATA),
        b -> TreeRfsReader.showStackSetOperationMetadata(b, METADATA));
  }

  @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
  void showStackSetMetadata(@ForAll("stackSet") String body) {
    same(bytes(body), b -> RfsResponseParser.showStackSetMetadata(b, METADATA),
        b -> TreeRfsReader.showStackSetMetadata(b, METADATA));
  }

  @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
  void showStackInstance(@ForAll("instance") String body) {
    same(bytes(body), b -> RfsResponseParser.showStackInstance(b, METADATA),
        b -> TreeRfsReader.showStackInstance(b, METADATA));
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void createStackSet(@ForAll("createdStackSet") String body) {
    same(bytes(body), b -> RfsResponseParser.createStackSet(b, METADATA),
        b -> TreeRfsReader.createStackSet(b, METADATA));
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void startedOperations(@ForAll("startedOperation") String body) {
    byte[] b = bytes(body);
    same(b, x -> RfsResponseParser.deployStackSet(x, METADATA), x -> TreeRfsReader.deployStackSet(x, METADATA));
    same(b, x -> RfsResponseParser.createStackInstances(x, METADATA),
        x -> TreeRfsReader.createStackInstances(x, METADATA));
    same(b, x -> RfsResponseParser.updateStackInstances(x, METADATA),
        x -> TreeRfsReader.updateStackInstances(x, METADATA));
    same(b, x -> RfsResponseParser.deleteStackInstances(x, METADATA),
        x -> TreeRfsReader.deleteStackInstances(x, METADATA));
  }

  @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
  void mutatedListStackSetOperations(@ForAll("mutatedOperationsPage") byte[] body) {
    same(body, b -> RfsResponseParser.listStackSetOperations(b, METADATA),
        b -> TreeRfsReader.listStackSetOperations(b, METADATA));
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void mutatedListStackSets(@ForAll("mutatedStackSetsPage") byte[] body) {
    same(body, b -> RfsResponseParser.listStackSets(b, METADATA), b -> TreeRfsReader.listStackSets(b, METADATA));
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void mutatedListStackInstances(@ForAll("mutatedInstancesPage") byte[] body) {
    same(body, b -> RfsResponseParser.listStackInstances(b, METADATA),
        b -> TreeRfsReader.listStackInstances(b, METADATA));
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void mutatedShowStackSetOperationMetadata(@ForAll("mutatedOperation") byte[] body) {
    same(body, b -> RfsResponseParser.showStackSetOperationMetadata(b, METADATA),
        b -> TreeRfsReader.showStackSetOperationMetadata(b, METADATA));
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void mutatedStartedOperation(@ForAll("mutatedStartedOperation") byte[] body) {
    same(body, b -> RfsResponseParser.deployStackSet(b, METADATA), b -> TreeRfsReader.deployStackSet(b, METADATA));
  }

  @Provide
  Arbitrary<String> plainOperationsPage() {
    return operationsPage().map(RfsBodies::plain);
  }

  @Provide
  Arbitrary<String> plainStackSetsPage() {
    return stackSetsPage().map(RfsBodies::plain);
  }

  @Provide
  Arbitrary<String> plainInstancesPage() {
    return instancesPage().map(RfsBodies::plain);
  }

  @Provide
  Arbitrary<String> plainOperation() {
    return operation().map(RfsBodies::plain);
  }

  @Provide
  Arbitrary<String> plainStartedOperation() {
    return startedOperation().map(RfsBodies::plain);
  }

  @Provide
  Arbitrary<byte[]> mutatedPlainOperationsPage() {
    return plainOperationsPage().flatMap(BodyMutations::of);
  }

  // the same on replies made plain (RfsBodies.plain), most of which the fast parser reads (see the statistics)

  @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
  void plainListStackSetOperations(@ForAll("plainOperationsPage") String body) {
    sameFastOrNot(bytes(body), RfsResponseParser::listStackSetOperations, TreeRfsReader::listStackSetOperations);
  }

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void plainListStackSets(@ForAll("plainStackSetsPage") String body) {
    sameFastOrNot(bytes(body), RfsResponseParser::listStackSets, TreeRfsReader::listStackSets);
  }

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void plainListStackInstances(@ForAll("plainInstancesPage") String body) {
    sameFastOrNot(bytes(body), RfsResponseParser::listStackInstances, TreeRfsReader::listStackInstances);
  }

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void plainShowStackSetOperationMetadata(@ForAll("plainOperation") String body) {
    sameFastOrNot(bytes(body), RfsResponseParser::showStackSetOperationMetadata,
        TreeRfsReader::showStackSetOperationMetadata);
  }

  @Property(edgeCases = EdgeCasesMode.NONE)
  void plainStartedOperations(@ForAll("plainStartedOperation") String body) {
    sameFastOrNot(bytes(body), RfsResponseParser::deployStackSet, TreeRfsReader::deployStackSet);
    sameFastOrNot(bytes(body), RfsResponseParser::createStackInstances, TreeRfsReader::createStackInstances);
  }

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void mutatedPlainListStackSetOperations(@ForAll("mutatedPlainOperationsPage") byte[] body) {
    sameFastOrNot(body, RfsResponseParser::listStackSetOperations, TreeRfsReader::listStackSetOperations);
  }

  interface TreeRead {
    Object read(byte[] body, ResponseMetadata metadata) throws Exception;
  }

  /**
   * {@link #same} for {@link RfsResponseParser#read} with {@code reader}, and the fast parser alone
   * ({@link RfsResponseParser#readFast}) either gives up or gives the tree reader's model or error too.
   */
  static void sameFastOrNot(byte[] body, RfsResponseParser.BodyReader<?> reader, TreeRead tree) {
    same(body, b -> RfsResponseParser.read(b, METADATA, reader), b -> tree.read(b, METADATA));
    boolean fast;
    try {
      RfsResponseParser.readFast(body, METADATA, reader);
      fast = true;
    } catch (FastJsonParser.Unsupported e) {
      fast = false;
    } catch (Exception e) {
      fast = true; // an error of the readers: read again by Jackson's parser
    }
    net.jqwik.api.statistics.Statistics.label("parser").collect(fast ? "fast" : "gave up: Jackson's");
    if (fast) {
      same(body, b -> RfsResponseParser.readFast(b, METADATA, reader), b -> tree.read(b, METADATA));
    }
  }

  static byte[] bytes(String body) {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  /** Both readers give equal models rendered alike, or fail alike. */
  static void same(byte[] body, Read streaming, Read tree) {
    Object expected = null;
    Exception expectedError = null;
    try {
      expected = tree.read(body);
    } catch (Exception e) {
      expectedError = e;
    }
    Object actual = null;
    Exception actualError = null;
    try {
      actual = streaming.read(body);
    } catch (Exception e) {
      actualError = e;
    }
    String shown = new String(body, StandardCharsets.UTF_8);
    net.jqwik.api.statistics.Statistics.collect(expectedError == null ? "read" : expectedError.getClass().getSimpleName()
        + (expectedError.getMessage().length() > 25 ? expectedError.getMessage().substring(0, 25) : ""));
    if (expectedError != null) {
      assertThat(actualError).as("the tree reader failed (%s) on %s", expectedError, shown).isNotNull();
      assertThat(actualError.getClass()).as("%s on %s", actualError, shown).isEqualTo(expectedError.getClass());
      assertThat(actualError.getMessage()).as(shown).isEqualTo(expectedError.getMessage());
    } else {
      assertThat(actualError).as("the tree reader read %s", shown).isNull();
      assertThat(actual).as(shown).isEqualTo(expected);
      assertThat(actual.toString()).as(shown).isEqualTo(expected.toString());
    }
  }
}
