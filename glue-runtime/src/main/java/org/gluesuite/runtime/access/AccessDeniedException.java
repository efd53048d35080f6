package org.gluesuite.runtime.access;

/**
 * A read or write the access policy denied. The message names the principal, the resource and the missing
 * permission, and never carries data.
 */
public class AccessDeniedException extends RuntimeException {
  public AccessDeniedException(String message) {
    super(message);
  }
}
