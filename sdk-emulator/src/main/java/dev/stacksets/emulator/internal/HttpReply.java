package dev.stacksets.emulator.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A reply to send: status, headers, content type and body, plus the error code for the request log. */
public final class HttpReply {
  private final int status;
  private final String contentType;
  private final byte[] body;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final String errorCode;

  public HttpReply(int status, String contentType, byte[] body, String errorCode) {
    this.status = status;
    this.contentType = contentType;
    this.body = body == null ? new byte[0] : body;
    this.errorCode = errorCode;
  }

  /** A successful reply with a UTF-8 body. */
  public static HttpReply ok(String contentType, String body) {
    return new HttpReply(200, contentType, body.getBytes(StandardCharsets.UTF_8), null);
  }

  /** An error reply with a UTF-8 body. */
  public static HttpReply error(int status, String contentType, String body, String errorCode) {
    return new HttpReply(status, contentType, body.getBytes(StandardCharsets.UTF_8), errorCode);
  }

  /** Adds a response header. */
  public HttpReply header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public int status() {
    return status;
  }

  public String contentType() {
    return contentType;
  }

  public byte[] body() {
    return body;
  }

  public Map<String, String> headers() {
    return headers;
  }

  /** The service error code, or null for a success. */
  public String errorCode() {
    return errorCode;
  }
}
