package dev.stacksets.rfs.internal;

import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.exception.OperationNotFoundException;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.exception.StackSetNotFoundException;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Decides which resource a 404 is about, from the call and the error body: each operation of {@link RfsOperations}
 * names its rule. The rule (also in {@code RfsClient}'s javadoc):
 *
 * <ol>
 *   <li>No RFS error body (HTML page, empty body: no code and no message) or an {@code APIGW.*} code (the gateway
 *       knows no such API, e.g. a wrong endpoint): plain {@link NotFoundException}; nothing is known about the
 *       resource.</li>
 *   <li>ShowStackSetMetadata, ListStackSetOperations, ListStackInstances: the stack set is the only resource the path
 *       names, so {@link StackSetNotFoundException}.</li>
 *   <li>ShowStackSetOperationMetadata: {@link OperationNotFoundException}, unless the code or message names the stack
 *       set (e.g. "stack set ... does not exist", "资源栈集...") without naming an operation (the word "operation",
 *       e.g. "stack set operation", "operation id", "The operation abc does not exist in stack set xyz", or
 *       "操作"): then {@link StackSetNotFoundException}. A message naming both is about the operation.</li>
 *   <li>ShowStackInstance: {@link StackSetNotFoundException} when the text names the stack set and not an instance
 *       ("instance", "实例"); otherwise plain {@link NotFoundException} (there is no instance-specific type).</li>
 *   <li>ListStackSets: plain {@link NotFoundException} (the API documents no 404).</li>
 * </ol>
 *
 * <p>Matching is case-insensitive and treats {@code _}, {@code -} and a missing space alike ("stack_set",
 * "stack-set", "StackSet" all read as "stack set"). The refined exception carries the same {@code ServiceError}.
 */
public enum RfsNotFoundRule implements UnaryOperator<ServiceException> {
  /** ListStackSets: no resource in the path, a 404 stays plain. */
  NONE,
  /** The stack set is the only resource in the path. */
  STACK_SET,
  /** ShowStackSetOperationMetadata: the operation, unless only the stack set is named. */
  OPERATION,
  /** ShowStackInstance: the stack set when it alone is named, else plain (there is no instance type). */
  INSTANCE;

  private static final Pattern OPERATION_WORD = Pattern.compile("\\boperation\\b");

  /** Returns the more specific exception for a plain 404 under this rule, or {@code e} itself. */
  @Override
  public ServiceException apply(ServiceException e) {
    if (e.getClass() != NotFoundException.class || this == NONE) {
      return e;
    }
    String code = e.errorCode();
    String message = e.errorMessage();
    if ((code == null && message == null) || (code != null && code.startsWith("APIGW."))) {
      return e;
    }
    String text = normalise((code == null ? "" : code) + " " + (message == null ? "" : message));
    switch (this) {
      case OPERATION:
        return namesStackSet(text) && !namesOperation(text)
            ? new StackSetNotFoundException(e.error()) : new OperationNotFoundException(e.error());
      case INSTANCE:
        return namesStackSet(text) && !namesInstance(text) ? new StackSetNotFoundException(e.error()) : e;
      default:
        return new StackSetNotFoundException(e.error());
    }
  }

  static String normalise(String s) {
    String t = s.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    return t.replace("stackset", "stack set");
  }

  private static boolean namesStackSet(String t) {
    return t.contains("stack set") || t.contains("资源栈集");
  }

  /** Any mention of an operation ("operation", "stack set operation", "operation id", "操作"). */
  private static boolean namesOperation(String t) {
    return OPERATION_WORD.matcher(t).find() || t.contains("操作");
  }

  private static boolean namesInstance(String t) {
    return t.contains("instance") || t.contains("实例");
  }
}
