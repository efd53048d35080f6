package org.gluesuite.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gluesuite.common.json.DefinitionNode;
import org.gluesuite.common.json.DefinitionProblems;

/**
 * The access keys an endpoint knows, each with its secret and the principal (IAM role or user ARN) Lake Formation
 * decides for. Read from a JSON file:
 *
 * <pre>{@code
 * {"AccessKeys": [
 *   {"AccessKeyId": "AKIAANALYST0001", "SecretAccessKey": "…",
 *    "Principal": "arn:aws:iam::000000000000:role/AirQualityAnalystRole"}
 * ]}
 * }</pre>
 */
public final class AccessKeys {
  /** One key. */
  public record AccessKey(String accessKeyId, String secretAccessKey, String principal) {
  }

  private final Map<String, AccessKey> byId;

  private AccessKeys(Map<String, AccessKey> byId) {
    this.byId = Map.copyOf(byId);
  }

  public static AccessKeys none() {
    return new AccessKeys(Map.of());
  }

  public static AccessKeys of(List<AccessKey> keys) {
    Map<String, AccessKey> byId = new LinkedHashMap<>();
    keys.forEach(key -> byId.put(key.accessKeyId(), key));
    return new AccessKeys(byId);
  }

  /**
   * Reads the keys file; every mistake (unknown member, missing value, a principal that is not an ARN, a key listed
   * twice) is reported at once with its JSON path.
   *
   * @throws org.gluesuite.common.json.InvalidDefinitionException if the file is unreadable or has mistakes
   */
  public static AccessKeys read(Path file) {
    DefinitionProblems problems = new DefinitionProblems();
    DefinitionNode root = DefinitionNode.read(file, file.toString(), problems).allowOnly("AccessKeys");
    List<AccessKey> keys = new ArrayList<>();
    Map<String, String> seen = new LinkedHashMap<>();
    if (root.isPresent() && root.noElements("AccessKeys")) {
      root.problemAt("AccessKeys", "lists no key; list at least one {AccessKeyId, SecretAccessKey, Principal}");
    }
    for (DefinitionNode entry : root.objects("AccessKeys")) {
      entry.allowOnly("AccessKeyId", "SecretAccessKey", "Principal");
      String id = entry.string("AccessKeyId");
      String secret = entry.string("SecretAccessKey");
      String principal = entry.string("Principal");
      if (principal != null && !principal.startsWith("arn:")) {
        entry.problemAt("Principal", "'" + principal + "' is not an ARN; write the IAM role or user ARN, e.g."
            + " arn:aws:iam::000000000000:role/AirQualityAnalystRole");
      }
      if (id != null && seen.putIfAbsent(id, entry.path()) != null) {
        entry.problemAt("AccessKeyId", "'" + id + "' is listed already at " + seen.get(id) + "; list each key once");
      }
      if (id != null && secret != null && principal != null) {
        keys.add(new AccessKey(id, secret, principal));
      }
    }
    problems.throwIfAny("Access keys file " + file);
    return of(keys);
  }

  public Optional<AccessKey> find(String accessKeyId) {
    return Optional.ofNullable(byId.get(accessKeyId));
  }

  public int size() {
    return byId.size();
  }
}
