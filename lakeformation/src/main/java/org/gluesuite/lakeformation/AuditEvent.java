package org.gluesuite.lakeformation;

import java.time.Instant;

/** One access decision: who, what, on which resource, allowed or denied, and the filter or reason. */
public record AuditEvent(
    String time,
    String principal,
    String action,
    String resource,
    String decision,
    String detail) {

  public static AuditEvent allowed(DataLakePrincipal principal, String action, String resource, String detail) {
    return new AuditEvent(Instant.now().toString(), principal.identifier(), action, resource, "ALLOWED", detail);
  }

  public static AuditEvent denied(DataLakePrincipal principal, String action, String resource, String detail) {
    return new AuditEvent(Instant.now().toString(), principal.identifier(), action, resource, "DENIED", detail);
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isAllowed() {
    return "ALLOWED".equals(decision);
  }
}
