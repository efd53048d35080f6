package org.gluesuite.deploy;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to deploy where: the target, the project whose tag marks what the deployer owns ({@code glue-suite:project}),
 * the repository whose definitions are the desired state, and the deployable jar the jobs run (needed by
 * {@code apply} when a job names a {@code --class}; may be null for plan and destroy).
 */
public record DeploySettings(DeployTarget target, String project, Path repository, Path jar) {
  /** The tag (and, on tables, which AWS cannot tag, the table parameter) that marks a resource as deployed here. */
  public static final String OWNER_TAG = "glue-suite:project";
  public static final String DEFAULT_PROJECT = "glue-suite";
  private static final Pattern PROJECT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");

  public DeploySettings {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(repository, "repository");
    if (project == null || !PROJECT.matcher(project).matches()) {
      throw DeployErrors.badProject(project);
    }
  }
}
