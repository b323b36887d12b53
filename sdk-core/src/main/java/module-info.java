/**
 * stacksets-java core: the request pipeline over OkHttp, signers, credentials, retries, typed exceptions, paginators
 * and the neutral operation view. The implementation packages ({@code dev.stacksets.core.internal} and below) are
 * exported only to the sibling modules of this SDK; nothing in them is a compatibility promise.
 *
 * <p>Layers, bottom up: {@code internal.util} (no dependency on the rest); {@code http}, {@code retry},
 * {@code exception}; {@code internal.signing}, {@code auth}, {@code paginate}; the root package, {@code pipeline},
 * {@code operation}; {@code internal} (the request pipeline) on top.
 */
module dev.stacksets.core {
  requires transitive okhttp3;
  requires transitive org.jspecify;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires java.xml;
  requires org.slf4j;

  exports dev.stacksets.core;
  exports dev.stacksets.core.auth;
  exports dev.stacksets.core.exception;
  exports dev.stacksets.core.http;
  exports dev.stacksets.core.operation;
  exports dev.stacksets.core.paginate;
  exports dev.stacksets.core.pipeline;
  exports dev.stacksets.core.retry;
  exports dev.stacksets.core.internal to dev.stacksets.rfs, dev.stacksets.cfn, dev.stacksets.emulator;
  exports dev.stacksets.core.internal.config to dev.stacksets.rfs, dev.stacksets.cfn;
  exports dev.stacksets.core.internal.signing to dev.stacksets.emulator;
  exports dev.stacksets.core.internal.util to dev.stacksets.rfs, dev.stacksets.cfn, dev.stacksets.emulator;
}
