package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.stacksets.core.exception.AccessDeniedException;
import dev.stacksets.core.exception.BadRequestException;
import dev.stacksets.core.exception.NameAlreadyExistsException;
import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.exception.OperationInProgressException;
import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.exception.StackSetNotFoundException;
import dev.stacksets.rfs.exception.StackSetStateConflictException;
import dev.stacksets.rfs.model.PermissionModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The errors of the writes, by status and operation: 409 (a taken name on CreateStackSet, another operation on the
 * others), 403 (the set's state, unless recognisably a permission denial), 404 (as the reads); each with every field.
 */
class WriteErrorsTest {
  static final String CRID = "crid-write";

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

  /** Every write to an existing stack set, by API name, each with a fixed client request id. */
  private Map<String, Runnable> writesToAStackSet() {
    Map<String, Runnable> writes = new LinkedHashMap<>();
    writes.put("UpdateStackSet", () -> rfs.updateStackSet(r -> r.stackSetName("s").stackSetDescription("d")
        .clientRequestId(CRID)));
    writes.put("DeleteStackSet", () -> rfs.deleteStackSet(r -> r.stackSetName("s").clientRequestId(CRID)));
    writes.put("DeployStackSet", () -> rfs.deployStackSet(r -> r.stackSetName("s")
        .deploymentTargets(t -> t.regions("cn-north-4")).clientRequestId(CRID)));
    writes.put("CreateStackInstances", () -> rfs.createStackInstances(r -> r.stackSetName("s")
        .deploymentTargets(t -> t.regions("cn-north-4")).clientRequestId(CRID)));
    writes.put("UpdateStackInstances", () -> rfs.updateStackInstances(r -> r.stackSetName("s")
        .deploymentTargets(t -> t.regions("cn-north-4")).clientRequestId(CRID)));
    writes.put("DeleteStackInstances", () -> rfs.deleteStackInstances(r -> r.stackSetName("s")
        .deploymentTargets(t -> t.regions("cn-north-4")).clientRequestId(CRID)));
    return writes;
  }

  private Runnable createStackSet() {
    return () -> rfs.createStackSet(r -> r.stackSetName("s").permissionModel(PermissionModel.SERVICE_MANAGED)
        .clientRequestId(CRID));
  }

  private static String error(String code, String message) {
    return "{\"error_code\":\"" + code + "\",\"error_msg\":\"" + message + "\"}";
  }

  /** Runs {@code call} against one canned reply and checks the exception's exact type and every field. */
  private <T extends ServiceException> T fails(Runnable call, int status, String body, Class<T> type,
      Consumer<T> more) {
    int before = mock.requestCount();
    mock.enqueue(status, body, "req-" + status);
    Throwable t = catchThrowable(call::run);
    assertThat(t).isExactlyInstanceOf(type);
    T e = type.cast(t);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.requestId()).isEqualTo("req-" + status);
    assertThat(e.clientRequestId()).isEqualTo(CRID);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.error().service()).isEqualTo("RFS");
    assertThat(e.bodyExcerpt()).isEqualTo(body);
    assertThat(mock.requestCount()).as("sent once, not retried").isEqualTo(before + 1);
    more.accept(e);
    return e;
  }

  @Test
  void a409OnCreateStackSetIsATakenName() {
    fails(createStackSet(), 409, error("RF.10011409", "stack set s already exists"), NameAlreadyExistsException.class,
        e -> {
          assertThat(e.errorCode()).isEqualTo("RF.10011409");
          assertThat(e.errorMessage()).isEqualTo("stack set s already exists");
        });
  }

  @Test
  void a409OnEveryOtherWriteIsAnOperationInProgress() {
    writesToAStackSet().forEach((name, write) -> fails(write, 409,
        error("RF.10012409", "another request is operating on this stack set"), OperationInProgressException.class,
        e -> {
          assertThat(e.errorCode()).as(name).isEqualTo("RF.10012409");
          assertThat(e.errorMessage()).as(name).isEqualTo("another request is operating on this stack set");
        }));
  }

  @Test
  void a403OnAWriteIsAStateConflict() {
    Map<String, Runnable> writes = writesToAStackSet();
    writes.put("CreateStackSet", createStackSet());
    writes.forEach((name, write) -> {
      StackSetStateConflictException e = fails(write, 403,
          error("RF.10013403", "资源栈集状态非法, 不允许创建并行操作"), StackSetStateConflictException.class, x -> { });
      assertThat(e).as(name).isInstanceOf(AccessDeniedException.class);
      assertThat(e.errorCode()).as(name).isEqualTo("RF.10013403");
      assertThat(e.errorMessage()).as(name).isEqualTo("资源栈集状态非法, 不允许创建并行操作");
      assertThat(e.encodedAuthorizationMessage()).as(name).isNull();
    });
  }

  @Test
  void a403ThatIsRecognisablyAPermissionDenialStaysAccessDenied() {
    String denial = "{\"error_code\":\"RF.10013000\",\"error_msg\":\"no permission\","
        + "\"encoded_authorization_message\":\"enc-1\",\"details\":[{\"error_code\":\"IAM.1\",\"error_msg\":\"rfs:"
        + "stackSet:delete denied\"}]}";
    fails(() -> rfs.deleteStackSet(r -> r.stackSetName("s").clientRequestId(CRID)), 403, denial,
        AccessDeniedException.class, e -> {
          assertThat(e.encodedAuthorizationMessage()).isEqualTo("enc-1");
          assertThat(e.details()).containsExactly(new ServiceError.Detail("IAM.1", "rfs:stackSet:delete denied"));
        });
    fails(() -> rfs.deployStackSet(r -> r.stackSetName("s").deploymentTargets(t -> t.regions("cn-north-4"))
            .clientRequestId(CRID)), 403, error("APIGW.0302", "The IAM user is forbidden in the currently selected region"),
        AccessDeniedException.class, e -> assertThat(e.errorCode()).isEqualTo("APIGW.0302"));
  }

  @Test
  void a404OnAWriteToAStackSetIsStackSetNotFound() {
    writesToAStackSet().forEach((name, write) -> fails(write, 404,
        error("RF.10014404", "stack set s does not exist"), StackSetNotFoundException.class,
        e -> assertThat(e.errorCode()).as(name).isEqualTo("RF.10014404")));
  }

  @Test
  void a404WithoutAnRfsBodyOrFromTheGatewayStaysPlain() {
    fails(() -> rfs.deployStackSet(r -> r.stackSetName("s").deploymentTargets(t -> t.regions("cn-north-4"))
        .clientRequestId(CRID)), 404, error("APIGW.0101", "The API does not exist"), NotFoundException.class, e -> { });
    fails(createStackSet(), 404, error("RF.10014404", "not found"), NotFoundException.class, e -> { });
  }

  @Test
  void otherStatusesKeepTheirTypes() {
    fails(createStackSet(), 400, error("RF.10011001", "Missing required parameter(s)."), BadRequestException.class,
        e -> assertThat(e.errorCode()).isEqualTo("RF.10011001"));
    fails(() -> rfs.updateStackSet(r -> r.stackSetName("s").clientRequestId(CRID)), 400,
        error("RF.10011002", "Unrecognized parameter(s)."), BadRequestException.class, e -> { });
  }

  @Test
  void aReadKeepsItsPlain403And409() {
    fails(() -> rfs.showStackSetMetadata(r -> r.stackSetName("s").clientRequestId(CRID)), 403,
        error("RF.10013403", "denied"), AccessDeniedException.class, e -> { });
    fails(() -> rfs.showStackSetMetadata(r -> r.stackSetName("s").clientRequestId(CRID)), 409,
        error("RF.1", "conflict"), dev.stacksets.core.exception.ConflictException.class, e -> { });
  }

  @Test
  void showStackSetTemplate404IsStackSetNotFound() {
    fails(() -> rfs.showStackSetTemplate(r -> r.stackSetName("s").clientRequestId(CRID)), 404,
        error("RF.10014404", "stack set s does not exist"), StackSetNotFoundException.class, e -> { });
  }
}
