package org.gluesuite.deploy.internal;

import java.util.Map;
import java.util.Optional;
import org.gluesuite.deploy.DeploySettings;
import software.amazon.awssdk.services.glue.GlueClient;

/**
 * Which resources the deployer owns: those tagged {@code glue-suite:project=NAME} through Glue's TagResource (AWS
 * cannot tag tables: a table carries the same key as a table parameter instead, see {@link CatalogKinds}).
 */
final class Ownership {
  private final GlueClient glue;
  private final String arnPrefix;
  private final String project;

  Ownership(GlueClient glue, String region, String account, String project) {
    this.glue = glue;
    this.arnPrefix = "arn:aws:glue:" + region + ":" + account + ":";
    this.project = project;
  }

  String project() {
    return project;
  }

  /** {@code arn:aws:glue:REGION:ACCOUNT:crawler/NAME} for {@code crawler/NAME}. */
  String arn(String resource) {
    return arnPrefix + resource;
  }

  /** The project that owns {@code resource} ({@code database/NAME}, {@code job/NAME} …), if any does. */
  Optional<String> owner(String resource) {
    return Optional.ofNullable(glue.getTags(r -> r.resourceArn(arn(resource))).tags().get(DeploySettings.OWNER_TAG));
  }

  void claim(String resource) {
    glue.tagResource(r -> r.resourceArn(arn(resource)).tagsToAdd(Map.of(DeploySettings.OWNER_TAG, project)));
  }

  /** The plan line of a resource that exists but carries no owner tag: applying tags it (it is adopted). */
  String adoptionLine() {
    return "tag " + DeploySettings.OWNER_TAG + ": (none) → " + project + " (exists untagged; adopted)";
  }
}
