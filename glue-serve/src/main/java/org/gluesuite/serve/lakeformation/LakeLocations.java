package org.gluesuite.serve.lakeformation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.gluesuite.lakeformation.LfDefinitions;
import org.gluesuite.serve.ServeErrors;

/**
 * Data locations as AWS names them and as the local state stores them: the S3 ARN {@code arn:aws:s3:::bucket/prefix}
 * is the lake folder {@code bucket/prefix}, stored as {@code ${lake}/bucket/prefix} (the definitions' form), the same
 * mapping that makes {@code s3://bucket/prefix} a folder of the lake for crawlers and jobs.
 */
final class LakeLocations {
  static final String S3_ARN = "arn:aws:s3:::";
  private static final String LAKE = LfDefinitions.LAKE_PLACEHOLDER;

  private LakeLocations() {
  }

  /** The stored form of a ResourceArn a client sent. */
  static String toStored(String resourceArn) {
    if (resourceArn.startsWith(S3_ARN)) {
      String key = resourceArn.substring(S3_ARN.length()).replaceAll("/+$", "");
      if (key.isEmpty() || key.startsWith("/")) {
        throw ServeErrors.notAnS3Location(resourceArn);
      }
      return LAKE + "/" + key;
    }
    if (resourceArn.equals(LAKE) || resourceArn.startsWith(LAKE + "/") || resourceArn.startsWith("/")) {
      return resourceArn;
    }
    throw ServeErrors.notAnS3Location(resourceArn);
  }

  /** The ResourceArn a client sees for a stored location (folders outside the lake stay paths). */
  static String toAws(String stored) {
    return stored.startsWith(LAKE + "/") ? S3_ARN + stored.substring(LAKE.length() + 1) : stored;
  }

  /** {@code json} with every {@code ResourceArn} member rewritten by {@code rewrite}, in place. */
  static JsonNode rewriteArns(JsonNode json, UnaryOperator<String> rewrite) {
    if (json instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getKey().equals("ResourceArn") && field.getValue().isTextual()) {
          field.setValue(object.textNode(rewrite.apply(field.getValue().asText())));
        } else {
          rewriteArns(field.getValue(), rewrite);
        }
      }
    } else if (json != null && json.isArray()) {
      json.forEach(element -> rewriteArns(element, rewrite));
    }
    return json;
  }
}
