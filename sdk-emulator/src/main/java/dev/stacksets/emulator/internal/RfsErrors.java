package dev.stacksets.emulator.internal;

/**
 * The RFS error codes the emulator answers with. Only {@link #MISSING_PARAMETER}, {@link #UNRECOGNIZED_PARAMETER},
 * {@link #INTERNAL_ERROR} and {@link #GATEWAY_AUTH} are published; the others are the emulator's own choices (the
 * RFS error-code appendix was not available), each in the published style.
 */
final class RfsErrors {
  static final String MISSING_PARAMETER = "RF.10011001";
  static final String UNRECOGNIZED_PARAMETER = "RF.10011002";
  static final String INVALID_PARAMETER = "RF.10011003";
  static final String STATE_FORBIDS = "RF.10031001";
  static final String STACK_SET_NOT_FOUND = "RF.10041001";
  static final String OPERATION_NOT_FOUND = "RF.10041002";
  static final String INSTANCE_NOT_FOUND = "RF.10041003";
  static final String TEMPLATE_NOT_FOUND = "RF.10041004";
  static final String OPERATION_IN_PROGRESS = "RF.10091001";
  static final String NAME_EXISTS = "RF.10091002";
  static final String INTERNAL_ERROR = "RF.10010001";
  static final String GATEWAY_AUTH = "APIGW.0301";
  static final String GATEWAY_NO_API = "APIGW.0101";
  static final String GATEWAY_TOO_LARGE = "APIGW.0201";
  static final String GATEWAY_THROTTLED = "APIGW.0308";

  private RfsErrors() {}
}
