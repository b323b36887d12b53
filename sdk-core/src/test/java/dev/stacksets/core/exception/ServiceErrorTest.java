package dev.stacksets.core.exception;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.internal.ServiceExceptions;
import org.junit.jupiter.api.Test;

class ServiceErrorTest {

  private static ServiceError.Builder error(int status) {
    return ServiceError.builder().service("RFS").statusCode(status).requestId("req").clientRequestId("cid")
        .attempts(2);
  }

  @Test
  void excerptIsBoundedToTwoKibibytes() {
    assertThat(error(500).bodyExcerpt("y".repeat(2048)).build().bodyExcerpt()).hasSize(2048);
    assertThat(error(500).bodyExcerpt("y".repeat(2049)).build().bodyExcerpt()).isEqualTo("y".repeat(2048) + "...");
    assertThat(error(500).bodyExcerpt(null).build().bodyExcerpt()).isNull();
  }

  @Test
  void statusFallbackPicksTheType() {
    assertThat(ServiceExceptions.forStatus(error(400).build())).isExactlyInstanceOf(BadRequestException.class);
    assertThat(ServiceExceptions.forStatus(error(401).build())).isExactlyInstanceOf(AuthenticationException.class);
    assertThat(ServiceExceptions.forStatus(error(403).build())).isExactlyInstanceOf(AccessDeniedException.class);
    assertThat(ServiceExceptions.forStatus(error(404).build())).isExactlyInstanceOf(NotFoundException.class);
    assertThat(ServiceExceptions.forStatus(error(409).build())).isExactlyInstanceOf(ConflictException.class);
    assertThat(ServiceExceptions.forStatus(error(429).build())).isExactlyInstanceOf(ThrottlingException.class);
    assertThat(ServiceExceptions.forStatus(error(400).throttling(true).build()))
        .isExactlyInstanceOf(ThrottlingException.class);
    assertThat(ServiceExceptions.forStatus(error(500).build())).isExactlyInstanceOf(ServerErrorException.class);
    assertThat(ServiceExceptions.forStatus(error(501).build())).isExactlyInstanceOf(ServerErrorException.class);
    assertThat(ServiceExceptions.forStatus(error(418).build())).isExactlyInstanceOf(ServiceException.class);
  }

  @Test
  void retryability() {
    for (int s : new int[] {429, 500, 502, 503, 504}) {
      assertThat(ServiceExceptions.forStatus(error(s).build()).isRetryable()).as("%s", s).isTrue();
    }
    for (int s : new int[] {400, 401, 403, 404, 409, 418, 501, 505}) {
      assertThat(ServiceExceptions.forStatus(error(s).build()).isRetryable()).as("%s", s).isFalse();
    }
    assertThat(ServiceExceptions.forStatus(error(400).retryableCode(true).build()).isRetryable()).isTrue();
    assertThat(ServiceExceptions.forStatus(error(400).throttling(true).build()).isThrottling()).isTrue();
  }

  @Test
  void messageNamesTheFactsButNotTheBody() {
    ServiceException e = ServiceExceptions.forStatus(error(404).errorCode("RF.1").errorMessage("not found")
        .bodyExcerpt("{\"raw\":\"body-only\"}").build());
    assertThat(e.getMessage()).isEqualTo("RFS 404 RF.1: not found (request id: req, client request id: cid, "
        + "attempts: 2)");
    assertThat(e.clientRequestId()).isEqualTo("cid");
    assertThat(e.attempts()).isEqualTo(2);
    assertThat(e.requestId()).isEqualTo("req");
  }

  @Test
  void anAbsentRequestIdIsLeftOutOfTheMessage() {
    assertThat(ServiceExceptions.forStatus(error(503).requestId(null).build()).getMessage())
        .isEqualTo("RFS 503 (client request id: cid, attempts: 2)");
    assertThat(ServiceExceptions.forStatus(error(503).requestId(null).clientRequestId(null).build()).getMessage())
        .isEqualTo("RFS 503 (attempts: 2)");
    assertThat(ServiceExceptions.forStatus(error(503).clientRequestId(null).build()).getMessage())
        .isEqualTo("RFS 503 (request id: req, attempts: 2)");
  }

  @Test
  void toBuilderRoundTrips() {
    ServiceError e = error(403).errorCode("c").errorMessage("m").bodyExcerpt("b").throttling(true)
        .retryableCode(true).encodedAuthorizationMessage("enc").addDetail("d1", "m1").build();
    assertThat(e.toBuilder().build()).isEqualTo(e).hasSameHashCodeAs(e);
  }
}
