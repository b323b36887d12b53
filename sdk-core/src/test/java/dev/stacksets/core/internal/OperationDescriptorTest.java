package dev.stacksets.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.exception.OperationNotFoundException;
import dev.stacksets.core.exception.ServerErrorException;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.paginate.Page;
import dev.stacksets.core.paginate.Paginator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * A tiny fake "widget" service declared as descriptors: a read with a not-found rule, a paged list and an unsafe
 * write, run through the real pipeline against a MockWebServer.
 */
class OperationDescriptorTest extends PipelineTestSupport {
  record GetWidget(String name) {}

  record Widget(String body, int attempts) {}

  record ListWidgets(String token) {}

  record WidgetPage(List<String> names, String next) {}

  static final OperationDescriptor<GetWidget, Widget> GET_WIDGET =
      OperationDescriptor.<GetWidget, Widget>builder("GetWidget")
          .binding("GET /v1/widgets/{name}")
          .marshaller(in -> {
            if (in.name() == null || in.name().isEmpty()) {
              throw new IllegalArgumentException("name is required");
            }
            return SdkHttpRequest.builder().method("GET").encodedPath("/v1/widgets/" + in.name()).build();
          })
          .reader((response, metadata) -> new Widget(response.bodyAsString(), metadata.attempts()))
          .errorRule(e -> e.getClass() == NotFoundException.class ? new OperationNotFoundException(e.error()) : e)
          .retrySafety(RetrySafety.SAFE)
          .build();

  static final OperationDescriptor<GetWidget, Widget> DELETE_WIDGET =
      OperationDescriptor.<GetWidget, Widget>builder("DeleteWidget")
          .marshaller(in -> SdkHttpRequest.builder().method("DELETE").encodedPath("/v1/widgets/" + in.name()).build())
          .reader((response, metadata) -> new Widget(response.bodyAsString(), metadata.attempts()))
          .retrySafety(RetrySafety.UNSAFE)
          .build();

  static final OperationDescriptor.Paged<ListWidgets, WidgetPage, String> LIST_WIDGETS =
      OperationDescriptor.<ListWidgets, WidgetPage>builder("ListWidgets")
          .binding("GET /v1/widgets")
          .marshaller(in -> {
            SdkHttpRequest.Builder b = SdkHttpRequest.builder().method("GET").encodedPath("/v1/widgets");
            if (in.token() != null) {
              b.addQuery("marker", in.token());
            }
            return b.build();
          })
          .reader((response, metadata) -> {
            String[] parts = response.bodyAsString().split("\\|", -1);
            List<String> names = parts[0].isEmpty() ? List.of() : List.of(parts[0].split(","));
            return new WidgetPage(names, parts[1].isEmpty() ? null : parts[1]);
          })
          .retrySafety(RetrySafety.SAFE)
          .buildPaged(new Paging<>((in, token) -> new ListWidgets(token), WidgetPage::next, WidgetPage::names,
              "limit"));

  @Test
  void executeMarshalsSendsAndReads() throws Exception {
    server.enqueue(ok("a widget"));

    Widget w = runtime().execute(GET_WIDGET, new GetWidget("w1"));

    assertThat(w).isEqualTo(new Widget("a widget", 1));
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getTarget()).isEqualTo("/v1/widgets/w1");
  }

  @Test
  void nullOrInvalidInputIsRejectedBeforeAnythingIsSent() {
    ClientRuntime rt = runtime();

    assertThatThrownBy(() -> rt.execute(GET_WIDGET, null))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("request is required");
    assertThatThrownBy(() -> rt.execute(GET_WIDGET, new GetWidget("")))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("name is required");
    assertThatThrownBy(() -> rt.execute(null, new GetWidget("x")))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("operation must not be null");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void errorRuleRefinesTheMappedException() {
    server.enqueue(status(404));

    assertThatThrownBy(() -> runtime().execute(GET_WIDGET, new GetWidget("gone")))
        .isExactlyInstanceOf(OperationNotFoundException.class)
        .satisfies(e -> {
          ServiceException s = (ServiceException) e;
          assertThat(s.statusCode()).isEqualTo(404);
          assertThat(s.errorCode()).isEqualTo("E404");
          assertThat(s.attempts()).isEqualTo(1);
        });
  }

  @Test
  void aSafeReadIsRetriedAnUnsafeWriteIsNotAfterA503() {
    server.enqueue(status(503));
    server.enqueue(ok("second"));
    assertThat(runtime().execute(GET_WIDGET, new GetWidget("w"))).isEqualTo(new Widget("second", 2));

    server.enqueue(status(503));
    server.enqueue(ok("never asked for"));
    assertThatThrownBy(() -> runtime().execute(DELETE_WIDGET, new GetWidget("w")))
        .isExactlyInstanceOf(ServerErrorException.class)
        .satisfies(e -> assertThat(((ServiceException) e).attempts()).isEqualTo(1));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void paginatorPutsEachTokenIntoTheFirstRequest() throws Exception {
    server.enqueue(ok("a,b|t1"));
    server.enqueue(ok("|t2"));
    server.enqueue(ok("c|"));

    ClientRuntime rt = runtime();
    Paginator<String> p = PagedCalls.paginator(LIST_WIDGETS.paging(), in -> { }, new ListWidgets(null),
        in -> rt.execute(LIST_WIDGETS, in));

    assertThat(p.stream().toList()).containsExactly("a", "b", "c");
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/v1/widgets");
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/v1/widgets?marker=t1");
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/v1/widgets?marker=t2");
  }

  @Test
  void paginatorStartsFromTheFirstRequestsOwnToken() throws Exception {
    server.enqueue(ok("z|"));

    List<Page<String>> pages = new ArrayList<>();
    ClientRuntime rt = runtime();
    PagedCalls.paginator(LIST_WIDGETS.paging(), in -> { }, new ListWidgets("start"), in -> rt.execute(LIST_WIDGETS, in))
        .pages().forEach(pages::add);

    assertThat(pages).containsExactly(Page.of(List.of("z"), null));
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/v1/widgets?marker=start");
  }

  @Test
  void executeAsyncCompletesWithTheOutputOrTheSyncException() {
    server.enqueue(ok("async widget"));
    server.enqueue(status(404));
    ClientRuntime rt = runtime();

    assertThat(rt.executeAsync(GET_WIDGET, new GetWidget("w")).join()).isEqualTo(new Widget("async widget", 1));
    assertThatThrownBy(() -> rt.executeAsync(GET_WIDGET, new GetWidget("w")).join())
        .isExactlyInstanceOf(CompletionException.class)
        .cause().isExactlyInstanceOf(OperationNotFoundException.class);
    assertThatThrownBy(() -> rt.executeAsync(GET_WIDGET, null).join())
        .cause().isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("request is required");
  }

  @Test
  void builderNamesWhatIsMissing() {
    assertThatThrownBy(() -> OperationDescriptor.<String, String>builder("Op").build())
        .isExactlyInstanceOf(IllegalStateException.class).hasMessage("Op: marshaller is required");
    assertThatThrownBy(() -> OperationDescriptor.<String, String>builder("Op")
        .marshaller(s -> null).build())
        .isExactlyInstanceOf(IllegalStateException.class).hasMessage("Op: reader is required");
    assertThatThrownBy(() -> OperationDescriptor.<String, String>builder("Op")
        .marshaller(s -> null).reader((r, m) -> "").build())
        .isExactlyInstanceOf(IllegalStateException.class).hasMessage("Op: retrySafety is required");
    assertThatThrownBy(() -> OperationDescriptor.builder(" "))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("name must not be blank");
    assertThat(GET_WIDGET.toString()).isEqualTo("Operation{GetWidget, GET /v1/widgets/{name}, SAFE}");
    assertThat(LIST_WIDGETS.toString()).isEqualTo("Operation{ListWidgets, GET /v1/widgets, SAFE, paged by limit}");
  }
}
