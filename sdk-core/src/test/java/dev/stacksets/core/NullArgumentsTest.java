package dev.stacksets.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.auth.CachingCredentialsProvider;
import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.auth.CredentialsProviderChain;
import dev.stacksets.core.auth.ProfileCredentialsProvider;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.http.QueryParam;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.http.SdkHttpResponse;
import dev.stacksets.core.operation.DeploymentTargets;
import dev.stacksets.core.operation.NativeMappings;
import dev.stacksets.core.operation.OperationWaiter;
import dev.stacksets.core.operation.StackSetOperation;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.core.paginate.Page;
import dev.stacksets.core.paginate.Paginator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A null argument to a public method is an IllegalArgumentException naming the parameter, never an NPE. */
class NullArgumentsTest {
  private static final CredentialsProvider PROVIDER = CredentialsProvider.of(Credentials.of("AK", "SK"));
  private static final OperationWaiter WAITER = OperationWaiter.of(Clock.systemUTC(), d -> { });

  static Stream<Arguments> calls() {
    return Stream.of(
        call("CredentialsProvider.of", "credentials", () -> CredentialsProvider.of(null)),
        call("CachingCredentialsProvider.of", "delegate", () -> CachingCredentialsProvider.of(null)),
        call("CachingCredentialsProvider.builder", "delegate", () -> CachingCredentialsProvider.builder(null)),
        call("CachingCredentialsProvider.Builder.clock", "clock",
            () -> CachingCredentialsProvider.builder(PROVIDER).clock(null)),
        call("CachingCredentialsProvider.Builder.maxAge", "maxAge",
            () -> CachingCredentialsProvider.builder(PROVIDER).maxAge(null)),
        call("CachingCredentialsProvider.Builder.refreshBefore", "refreshBefore",
            () -> CachingCredentialsProvider.builder(PROVIDER).refreshBefore(null)),
        call("CredentialsProviderChain.of(null, ...)", "name", () -> CredentialsProviderChain.of(null, PROVIDER)),
        call("CredentialsProviderChain.of(name, null element)", "providers",
            () -> CredentialsProviderChain.of("x", PROVIDER, null)),
        call("CredentialsProviderChain.of(name, (List) null)", "providers",
            () -> CredentialsProviderChain.of("x", (List<CredentialsProvider>) null)),
        call("ProfileCredentialsProvider.aws(String)", "profileName",
            () -> ProfileCredentialsProvider.aws((String) null)),
        call("ProfileCredentialsProvider.aws(null, p)", "credentialsFile",
            () -> ProfileCredentialsProvider.aws(null, "p")),
        call("ProfileCredentialsProvider.aws(file, null)", "profileName",
            () -> ProfileCredentialsProvider.aws(Path.of("credentials"), null)),
        call("ProfileCredentialsProvider.huawei(Path)", "credentialsFile",
            () -> ProfileCredentialsProvider.huawei((Path) null)),
        call("Paginator.of", "fetcher", () -> Paginator.of(null)),
        call("Page.of(null, t)", "items", () -> Page.of(null, "t")),
        call("Page.of with a null item", "items", () -> Page.of(Arrays.asList("a", null), null)),
        call("DeploymentTargets.Builder.addAccount", "account", () -> DeploymentTargets.builder().addAccount(null)),
        call("DeploymentTargets.Builder.addRegion", "region", () -> DeploymentTargets.builder().addRegion(null)),
        call("DeploymentTargets.Builder.addOrganizationalUnit", "organizationalUnit",
            () -> DeploymentTargets.builder().addOrganizationalUnit(null)),
        call("DeploymentTargets.Builder.accounts with a null", "accounts",
            () -> DeploymentTargets.builder().accounts(Arrays.asList("1", null))),
        call("OperationWaiter.of(null, sleeper)", "clock", () -> OperationWaiter.of(null, d -> { })),
        call("OperationWaiter.of(clock, null)", "sleeper", () -> OperationWaiter.of(Clock.systemUTC(), null)),
        call("OperationWaiter.withBackoff(null, null)", "initialDelay", () -> WAITER.withBackoff(null, null)),
        call("OperationWaiter.withBackoff(d, null)", "maxDelay", () -> WAITER.withBackoff(Duration.ofSeconds(1), null)),
        call("OperationWaiter.waitUntilComplete(null view)", "view",
            () -> WAITER.waitUntilComplete(null, "s", "op", Duration.ZERO)),
        call("StackSetOperationView.merge((List) null)", "listings",
            () -> StackSetOperationView.merge((List<Iterable<StackSetOperation>>) null)),
        call("StackSetOperationView.merge((Iterable[]) null)", "listings",
            () -> StackSetOperationView.merge((Iterable<StackSetOperation>[]) null)),
        call("StackSetOperationView.merge(null listing)", "listings",
            () -> StackSetOperationView.merge(Arrays.asList(List.of(), null))),
        call("NativeMappings.targetStatus", "provider", () -> NativeMappings.targetStatus(null, "X")),
        call("NativeMappings.operationStatus", "provider", () -> NativeMappings.operationStatus(null, "X")),
        call("NativeMappings.action", "provider", () -> NativeMappings.action(null, "X")),
        call("NativeMappings.targetStatusTable", "provider", () -> NativeMappings.targetStatusTable(null)),
        call("NativeMappings.operationStatusTable", "provider", () -> NativeMappings.operationStatusTable(null)),
        call("NativeMappings.actionTable", "provider", () -> NativeMappings.actionTable(null)),
        call("SdkHttpRequest.Builder.header(null, v)", "header name", () -> SdkHttpRequest.builder().header(null, "v")),
        call("SdkHttpRequest.Builder.header(n, null)", "header value", () -> SdkHttpRequest.builder().header("n", null)),
        call("SdkHttpRequest.Builder.addHeader(null, v)", "header name",
            () -> SdkHttpRequest.builder().addHeader(null, "v")),
        call("SdkHttpRequest.Builder.addHeader(n, null)", "header value",
            () -> SdkHttpRequest.builder().addHeader("n", null)),
        call("SdkHttpRequest.Builder.removeHeader", "header name", () -> SdkHttpRequest.builder().removeHeader(null)),
        call("SdkHttpRequest.Builder.body(String)", "body",
            () -> SdkHttpRequest.builder().body((String) null, "text/plain")),
        call("SdkHttpRequest.Builder.query(null)", "query", () -> SdkHttpRequest.builder().query(null)),
        call("SdkHttpRequest.Builder.query(null element)", "query",
            () -> SdkHttpRequest.builder().query(Arrays.asList((QueryParam) null))),
        call("SdkHttpRequest.Builder.method", "method", () -> SdkHttpRequest.builder().method(null)),
        call("SdkHttpRequest.Builder.encodedPath", "encodedPath", () -> SdkHttpRequest.builder().encodedPath(null)),
        call("SdkHttpRequest.Builder.addQuery(null, v)", "query parameter name",
            () -> SdkHttpRequest.builder().addQuery(null, "v")),
        call("SdkHttpRequest.Builder.addQuery(n, null)", "query parameter value",
            () -> SdkHttpRequest.builder().addQuery("n", null)),
        call("SdkHttpResponse(code, null, body)", "headers", () -> new SdkHttpResponse(200, null, null)),
        call("ServiceException(null)", "error", () -> new ServiceException(null)));
  }

  private static Arguments call(String name, String parameter, Executable call) {
    return Arguments.of(name, parameter, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void aNullArgumentIsAnIllegalArgumentNamingTheParameter(String name, String parameter, Executable call) {
    assertThatThrownBy(call::execute).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(parameter + " must not");
  }
}
