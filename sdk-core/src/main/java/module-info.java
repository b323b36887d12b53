/**
 * stacksets-java core: the request pipeline over OkHttp, signers, credentials, retries, typed exceptions, paginators
 * and the neutral operation view. The implementation package {@code dev.stacksets.core.internal} is exported only to
 * the sibling modules of this SDK; nothing in it is a compatibility promise.
 */
module dev.stacksets.core {
  requires transitive okhttp3;
  requires transitive org.jspecify;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
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
}
