package org.gluesuite.lakeformation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** One access decision: who, what, on which resource, allowed or denied, and the filter or reason. */
public record AuditEvent(
    @JsonProperty("time") String time,
    @JsonProperty("principal") String principal,
    @JsonProperty("action") String action,
    @JsonProperty("resource") String resource,
    @JsonProperty("decision") String decision,
    @JsonProperty("detail") String detail) {

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
