package org.gluesuite.deploy.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gluesuite.common.json.DefinitionProblems;
import org.gluesuite.common.json.InvalidDefinitionException;
import org.gluesuite.crawler.definition.CrawlerDefinition;
import org.gluesuite.crawler.definition.DefinitionReader;
import org.gluesuite.deploy.ArtifactStore;
import org.gluesuite.deploy.ResourceKind;
import org.gluesuite.deploy.internal.DesiredState.Artifact;
import org.gluesuite.deploy.internal.DesiredState.Document;
import org.gluesuite.dq.RulesetDefinition;
import org.gluesuite.dq.RulesetDefinitions;
import org.gluesuite.dq.TableColumns;
import org.gluesuite.schemas.DeclaredDatabase;
import org.gluesuite.schemas.DeclaredTable;
import org.gluesuite.schemas.SchemaDefinitions;
import org.gluesuite.workflow.definition.DefinitionLoader;
import org.gluesuite.workflow.definition.JobConfig;
import org.gluesuite.workflow.definition.TriggerConfig;
import org.gluesuite.workflow.definition.WorkflowDefinition;

/**
 * Reads the desired state from a repository with each definition kind's own reader (catalog-schemas, crawlers,
 * workflows, data quality rulesets, Lake Formation), then checks what no single reader can: a table's or crawler's
 * database is declared, a job is defined once, a job's local script exists, a ruleset's table is declared. Every
 * problem of every file is reported at once, with its file and JSON path, before any call is made. The validated
 * files become request documents; jobs get the deployment's locations: jar-based jobs ({@code --class}) the uploaded
 * jar in {@code --extra-jars} and a placeholder script, SQL jobs their uploaded script, every job
 * {@code --glue_suite_catalog glue}, Glue 5.1 and a worker type and count.
 */
public final class RepositoryDefinitions {
  public static final String SCHEMAS = "catalog-schemas/definitions";
  public static final String CRAWLERS = "crawlers/definitions";
  public static final String WORKFLOWS = "workflows/definitions";
  public static final String RULESETS = RulesetDefinitions.FOLDER;
  public static final String PLACEHOLDER_KEY = "scripts/glue-suite-placeholder.scala";
  static final String GLUE_VERSION = "5.1";
  static final String DEFAULT_WORKER_TYPE = "G.1X";
  static final int DEFAULT_WORKERS = 2;
  /** How the deployable jar is named ({@code glue-jobs-<version>-glue.jar}): the entry of --extra-jars replaced. */
  static final String JAR_SUFFIX = "-glue.jar";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path repository;
  private final ArtifactStore artifacts;
  private final Path jar;
  private final DefinitionProblems problems = new DefinitionProblems();

  private RepositoryDefinitions(Path repository, ArtifactStore artifacts, Path jar) {
    this.repository = repository;
    this.artifacts = artifacts;
    this.jar = jar;
  }

  /**
   * The desired state of {@code repository}; jobs name their artifacts in {@code artifacts}, the jar as {@code jar}
   * (its file name; null keeps the name the definitions give).
   *
   * @throws InvalidDefinitionException listing every problem of every definition file
   */
  public static DesiredState read(Path repository, ArtifactStore artifacts, Path jar) {
    return new RepositoryDefinitions(repository, artifacts, jar).read();
  }

  /**
   * Only the Lake Formation items of {@code repository} (what destroy needs: Lake Formation keeps no owner tags).
   *
   * @throws InvalidDefinitionException listing every problem of the catalog schemas and Lake Formation files
   */
  public static List<LfItem> lakeFormation(Path repository) {
    RepositoryDefinitions definitions = new RepositoryDefinitions(repository, ArtifactStore.none(), null);
    Set<String> databases = definitions.schemas().databases().stream().map(d -> d.input().name())
        .collect(Collectors.toSet());
    List<LfItem> items = LakeFormationDefinitions.read(repository, databases, definitions.problems);
    definitions.problems.throwIfAny("The definitions to deploy (" + repository + ")");
    return items;
  }

  private DesiredState read() {
    SchemaDefinitions schemas = schemas();
    List<CrawlerDefinition> crawlers = crawlers();
    List<WorkflowDefinition> workflows = workflows(crawlers.stream().map(CrawlerDefinition::name)
        .collect(Collectors.toSet()));
    Set<String> databases = schemas.databases().stream().map(d -> d.input().name()).collect(Collectors.toSet());
    for (DeclaredTable table : schemas.tables()) {
      if (!databases.contains(table.databaseName())) {
        problems.add(table.file(), "$.DatabaseName", undeclared(table.databaseName(), "table " + table.input().name()));
      }
    }
    for (CrawlerDefinition crawler : crawlers) {
      if (!databases.contains(crawler.databaseName())) {
        problems.add(crawler.source(), "$.DatabaseName", undeclared(crawler.databaseName(), "the crawler's tables"));
      }
    }
    List<Document> documents = new ArrayList<>();
    List<Artifact> files = new ArrayList<>();
    for (CrawlerDefinition crawler : crawlers) {
      ObjectNode request = document(Path.of(crawler.source()));
      requireRole(request, crawler.source(), "crawler");
      documents.add(new Document(ResourceKind.CRAWLER, crawler.name(), crawler.source(), request));
    }
    Map<String, String> jobFiles = new LinkedHashMap<>();
    for (WorkflowDefinition workflow : workflows) {
      for (JobConfig job : workflow.jobs().values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList()) {
        String file = workflow.directory().resolve(job.sourceFile()).toString();
        String earlier = jobFiles.putIfAbsent(job.name(), file);
        if (earlier != null) {
          problems.add(file, "$.Name", "job '" + job.name() + "' is also defined in " + earlier + "; a job is"
              + " deployed once, so define it in one workflow folder");
          continue;
        }
        documents.add(new Document(ResourceKind.JOB, job.name(), file, job(workflow, job, file, files)));
      }
    }
    for (WorkflowDefinition workflow : workflows) {
      String file = workflow.directory().resolve(workflow.workflow().sourceFile()).toString();
      documents.add(new Document(ResourceKind.WORKFLOW, workflow.name(), file, document(Path.of(file))));
    }
    for (WorkflowDefinition workflow : workflows) {
      for (TriggerConfig trigger : workflow.triggers()) {
        String file = workflow.directory().resolve(trigger.sourceFile()).toString();
        ObjectNode request = document(Path.of(file));
        request.put("WorkflowName", workflow.name());
        documents.add(new Document(ResourceKind.TRIGGER, trigger.name(), file, request));
      }
    }
    for (RulesetDefinition ruleset : rulesets(schemas.tables())) {
      documents.add(new Document(ResourceKind.RULESET, ruleset.name(), ruleset.file(),
          document(Path.of(ruleset.file()))));
    }
    List<LfItem> lakeFormation = LakeFormationDefinitions.read(repository, databases, problems);
    problems.throwIfAny("The definitions to deploy (" + repository + ")");
    List<Artifact> unique = new ArrayList<>(new LinkedHashSet<>(files));
    return new DesiredState(schemas.databases(), schemas.tables(), documents, lakeFormation, unique);
  }

  /** Locally nothing assumes a role; AWS runs crawlers and jobs as theirs, so a deployed one must name it. */
  private void requireRole(ObjectNode request, String file, String what) {
    if (!request.path("Role").isTextual() || request.path("Role").asText().isBlank()) {
      problems.add(file, "$.Role", "is required to deploy the " + what + ": AWS Glue runs it as this IAM role;"
          + " name one of the target account, e.g. \"arn:aws:iam::123456789012:role/GlueSuiteJobs\"");
    }
  }

  private static String undeclared(String database, String what) {
    return "database '" + database + "' is not declared, so " + what + " would have nowhere to go; declare it in "
        + SCHEMAS + "/" + database + "/database.json ({\"DatabaseInput\": {\"Name\": \"" + database + "\"}}) or fix"
        + " the name";
  }

  private SchemaDefinitions schemas() {
    Path folder = repository.resolve(SCHEMAS);
    if (!Files.isDirectory(folder)) {
      return new SchemaDefinitions(List.of(), List.of());
    }
    try {
      return SchemaDefinitions.load(folder);
    } catch (InvalidDefinitionException e) {
      collect(e);
      return new SchemaDefinitions(List.<DeclaredDatabase>of(), List.of());
    }
  }

  /**
   * The data quality rulesets, read by the data-quality module's reader and checked against the declared tables: a
   * ruleset on a table that is not declared, or naming a column it lacks, is a problem of its file.
   */
  private List<RulesetDefinition> rulesets(List<DeclaredTable> tables) {
    Path folder = repository.resolve(RULESETS);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    Map<String, List<String>> columns = new LinkedHashMap<>();
    tables.forEach(t -> columns.put(t.qualifiedName(), TableColumns.of(t.input())));
    try {
      return RulesetDefinitions.load(folder, (database, table) -> Optional.ofNullable(columns.get(database + "."
          + table))).all();
    } catch (InvalidDefinitionException e) {
      collect(e);
      return List.of();
    }
  }

  private List<CrawlerDefinition> crawlers() {
    List<CrawlerDefinition> crawlers = new ArrayList<>();
    for (Path file : jsonFiles(repository.resolve(CRAWLERS))) {
      try {
        crawlers.add(DefinitionReader.read(file));
      } catch (InvalidDefinitionException e) {
        collect(e);
      }
    }
    return crawlers;
  }

  private List<WorkflowDefinition> workflows(Set<String> crawlers) {
    Path root = repository.resolve(WORKFLOWS);
    List<WorkflowDefinition> workflows = new ArrayList<>();
    DefinitionLoader loader = new DefinitionLoader(crawlers);
    for (String folder : DefinitionLoader.workflowFolders(root)) {
      try {
        workflows.add(loader.load(root.resolve(folder)));
      } catch (InvalidDefinitionException e) {
        collect(e);
      }
    }
    return workflows;
  }

  private void collect(InvalidDefinitionException e) {
    e.problems().forEach(p -> problems.add(p.file(), p.jsonPath(), p.message()));
  }

  /** A job's request with the deployment's locations and Glue's settings for the suite's jobs. */
  private ObjectNode job(WorkflowDefinition workflow, JobConfig job, String file, List<Artifact> files) {
    ObjectNode request = document(Path.of(file));
    requireRole(request, file, "job");
    ObjectNode command = request.withObject("/Command");
    ObjectNode arguments = request.withObject("/DefaultArguments");
    if (arguments.has("--class")) {
      files.add(new Artifact(PLACEHOLDER_KEY, null));
      command.put("ScriptLocation", artifacts.uri(PLACEHOLDER_KEY));
      String jarKey = "jars/" + jarName(arguments.path("--extra-jars").asText(""));
      files.add(new Artifact(jarKey, jar));
      arguments.put("--extra-jars", extraJars(arguments.path("--extra-jars").asText(""), artifacts.uri(jarKey)));
    } else if (job.scriptLocation() != null && !job.scriptLocation().contains("://")) {
      Path script = workflow.directory().resolve(job.scriptLocation()).normalize();
      if (!Files.isRegularFile(script)) {
        problems.add(file, "$.Command.ScriptLocation", "the script " + script + " does not exist; a relative"
            + " ScriptLocation names a file of the workflow's folder, which is uploaded with the job");
      }
      String key = "scripts/" + workflow.directory().getFileName() + "/" + job.scriptLocation().replace('\\', '/');
      files.add(new Artifact(key, script));
      command.put("ScriptLocation", artifacts.uri(key));
    }
    if (!arguments.has("--glue_suite_catalog")) {
      arguments.put("--glue_suite_catalog", "glue");
    }
    if (!request.has("GlueVersion")) {
      request.put("GlueVersion", GLUE_VERSION);
    }
    if (!request.has("WorkerType") && !request.has("NumberOfWorkers") && !request.has("MaxCapacity")) {
      request.put("WorkerType", DEFAULT_WORKER_TYPE);
      request.put("NumberOfWorkers", DEFAULT_WORKERS);
    }
    return request;
  }

  private String jarName(String declared) {
    if (jar != null) {
      return jar.getFileName().toString();
    }
    return Arrays.stream(declared.split(",")).map(String::trim).filter(j -> j.endsWith(JAR_SUFFIX))
        .map(j -> j.substring(j.lastIndexOf('/') + 1)).findFirst().orElse("glue-jobs" + JAR_SUFFIX);
  }

  /** {@code --extra-jars} with the deployable jar at {@code uploaded}: other jars stay as they are. */
  private static String extraJars(String declared, String uploaded) {
    List<String> jars = new ArrayList<>(Arrays.stream(declared.split(",")).map(String::trim)
        .filter(j -> !j.isEmpty() && !j.endsWith(JAR_SUFFIX)).toList());
    jars.add(0, uploaded);
    return String.join(",", jars);
  }

  /** A file the readers validated, as its request document. */
  private static ObjectNode document(Path file) {
    try {
      return (ObjectNode) JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + " again after it was validated: " + e.getMessage(), e);
    }
  }

  private static List<Path> jsonFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f)).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
    }
  }
}
