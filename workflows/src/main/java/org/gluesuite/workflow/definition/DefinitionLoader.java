package org.gluesuite.workflow.definition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gluesuite.common.json.DefinitionNode;
import org.gluesuite.common.json.DefinitionProblems;
import org.gluesuite.common.run.JobRunState;
import org.gluesuite.workflow.WorkflowErrors;
import org.gluesuite.workflow.cron.CronExpression;
import org.gluesuite.workflow.cron.CronSyntaxException;

/**
 * Reads a workflow folder ({@code workflow.json}, {@code triggers/*.json}, {@code jobs/*.json}, in the
 * shapes of Glue's {@code CreateWorkflow}, {@code CreateTrigger} and {@code CreateJob}) into typed
 * configs, and validates them together. Every problem is collected, with its file and JSON path, and
 * reported at once by one {@link org.gluesuite.common.json.InvalidDefinitionException}.
 */
public final class DefinitionLoader {
  static final Set<String> WORKFLOW_KEYS = Set.of("Name", "Description", "DefaultRunProperties", "MaxConcurrentRuns",
      "Tags");
  static final Set<String> TRIGGER_KEYS = Set.of("Name", "WorkflowName", "Type", "Schedule", "Predicate", "Actions",
      "Description", "StartOnCreation", "Tags", "EventBatchingCondition");
  static final Set<String> PREDICATE_KEYS = Set.of("Logical", "Conditions");
  static final Set<String> CONDITION_KEYS = Set.of("LogicalOperator", "JobName", "State", "CrawlerName", "CrawlState");
  static final Set<String> ACTION_KEYS = Set.of("JobName", "CrawlerName", "Arguments", "Timeout", "SecurityConfiguration",
      "NotificationProperty");
  static final Set<String> JOB_KEYS = Set.of("Name", "Description", "Role", "Command", "DefaultArguments",
      "NonOverridableArguments", "MaxRetries", "Timeout", "ExecutionProperty", "GlueVersion", "WorkerType",
      "NumberOfWorkers", "MaxCapacity", "Tags", "ExecutionClass", "JobMode", "Connections", "LogUri",
      "SecurityConfiguration", "NotificationProperty", "JobRunQueuingEnabled");
  static final Set<JobRunState> CONDITION_JOB_STATES =
      Set.of(JobRunState.SUCCEEDED, JobRunState.STOPPED, JobRunState.FAILED, JobRunState.TIMEOUT);
  static final Set<CrawlState> CONDITION_CRAWL_STATES = Set.of(CrawlState.SUCCEEDED, CrawlState.FAILED,
      CrawlState.CANCELLED);
  private static final int MAX_TIMEOUT_MINUTES = 10080;

  private final Set<String> knownCrawlers;

  /** @param knownCrawlers the crawler names a crawler node may use (from the crawler launcher) */
  public DefinitionLoader(Set<String> knownCrawlers) {
    this.knownCrawlers = Set.copyOf(knownCrawlers);
  }

  /** The workflow folders under {@code definitionsRoot}, by workflow folder name. */
  public static List<String> workflowFolders(Path definitionsRoot) {
    if (!Files.isDirectory(definitionsRoot)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(definitionsRoot)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("workflow.json"))).map(d -> d.getFileName().toString())
          .sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Reads and validates the workflow in {@code directory}. */
  public WorkflowDefinition load(Path directory) {
    return load(directory, Map.of());
  }

  /**
   * Reads and validates the workflow in {@code directory}; an action may also start one of {@code sharedJobs} (jobs
   * defined outside the folder, as Glue's jobs are by {@code CreateJob}); the folder's {@code jobs/} take precedence.
   */
  public WorkflowDefinition load(Path directory, Map<String, JobConfig> sharedJobs) {
    DefinitionProblems problems = new DefinitionProblems();
    WorkflowConfig workflow = readWorkflow(directory, problems);
    Map<String, JobConfig> jobs = new LinkedHashMap<>();
    for (Path file : jsonFiles(directory.resolve("jobs"), problems, directory)) {
      JobConfig job = readJob(read(file, directory, problems));
      if (job != null && jobs.putIfAbsent(job.name(), job) != null) {
        problems.add(job.sourceFile(), "$.Name", "job '" + job.name() + "' is also defined in "
            + jobs.get(job.name()).sourceFile() + "; job names must be unique");
      }
    }
    Set<String> jobNames = new TreeSet<>(jobs.keySet());
    jobNames.addAll(sharedJobs.keySet());
    List<TriggerConfig> triggers = new ArrayList<>();
    String workflowName = workflow == null ? null : workflow.name();
    for (Path file : jsonFiles(directory.resolve("triggers"), problems, directory)) {
      TriggerConfig trigger = readTrigger(read(file, directory, problems), workflowName, jobNames);
      if (trigger != null) {
        triggers.add(trigger);
        trigger.actions().stream().filter(a -> a.node().type() == NodeType.JOB && !jobs.containsKey(a.node().name()))
            .forEach(a -> jobs.put(a.node().name(), sharedJobs.get(a.node().name())));
      }
    }
    if (workflow != null) {
      new GraphChecks(triggers, problems).check(workflow.sourceFile());
    }
    WorkflowErrors.throwIfInvalid(directory.toString(), problems);
    return new WorkflowDefinition(workflow, triggers, jobs, directory.toAbsolutePath());
  }

  private static List<Path> jsonFiles(Path folder, DefinitionProblems problems, Path root) {
    if (!Files.isDirectory(folder)) {
      problems.add(root.relativize(folder).toString(), "$", "the folder is missing; put one "
          + "definition per .json file in it");
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static DefinitionNode read(Path file, Path root, DefinitionProblems problems) {
    return DefinitionNode.read(file, root.relativize(file).toString(), problems);
  }

  private WorkflowConfig readWorkflow(Path directory, DefinitionProblems problems) {
    Path file = directory.resolve("workflow.json");
    if (!Files.isRegularFile(file)) {
      problems.add("workflow.json", "$", "is missing; it holds the CreateWorkflow request "
          + "({\"Name\": …, \"DefaultRunProperties\": {…}, \"MaxConcurrentRuns\": 1})");
      return null;
    }
    DefinitionNode json = read(file, directory, problems);
    json.allowOnly(WORKFLOW_KEYS);
    return readWorkflow(json);
  }

  private static WorkflowConfig readWorkflow(DefinitionNode json) {
    if (!json.isPresent()) {
      return null;
    }
    String name = json.string("Name");
    Map<String, String> properties = json.stringMap("DefaultRunProperties");
    Integer max = json.integer("MaxConcurrentRuns", 1, 1000);
    String description = json.optionalString("Description").orElse(null);
    return name == null ? null : new WorkflowConfig(name, description, properties, max, json.file());
  }

  /** One workflow in {@code CreateWorkflow}'s shape held in a string (Glue's API): the checks of a {@code workflow.json}. */
  public static WorkflowConfig parseWorkflow(String source, String json) {
    DefinitionNode root = DefinitionNode.parse(source, json);
    root.allowOnly(WORKFLOW_KEYS);
    WorkflowConfig workflow = readWorkflow(root);
    root.problems().throwIfAny("The workflow definition " + source);
    return workflow;
  }

  /**
   * One trigger in {@code CreateTrigger}'s shape held in a string (Glue's API): the checks of a {@code triggers/*.json}
   * on its own (the checks across a workflow's triggers run when it is loaded); its job actions may start
   * {@code jobNames}. @throws org.gluesuite.common.json.InvalidDefinitionException listing every problem
   */
  public TriggerConfig parseTrigger(String source, String json, Set<String> jobNames) {
    DefinitionNode root = DefinitionNode.parse(source, json);
    TriggerConfig trigger = readTrigger(root, null, jobNames);
    root.problems().throwIfAny("The trigger definition " + source);
    return trigger;
  }

  /**
   * The jobs of a folder of {@code CreateJob}-shaped files (the jobs Glue's {@code CreateJob} made, shared by every
   * workflow), by name; none when the folder does not exist.
   * @throws org.gluesuite.common.json.InvalidDefinitionException listing every problem
   */
  public static Map<String, JobConfig> sharedJobs(Path folder) {
    Map<String, JobConfig> jobs = new LinkedHashMap<>();
    if (!Files.isDirectory(folder)) {
      return jobs;
    }
    DefinitionProblems problems = new DefinitionProblems();
    for (Path file : jsonFiles(folder, problems, folder.getParent())) {
      JobConfig job = readJob(read(file, folder.getParent(), problems));
      if (job != null) {
        jobs.put(job.name(), job);
      }
    }
    problems.throwIfAny("The jobs in " + folder);
    return jobs;
  }

  /**
   * One job in {@code CreateJob}'s shape held in a string (Glue's API): the same checks as a workflow's
   * {@code jobs/*.json}. @throws org.gluesuite.common.json.InvalidDefinitionException listing every problem
   */
  public static JobConfig parseJob(String source, String json) {
    DefinitionNode root = DefinitionNode.parse(source, json);
    JobConfig job = readJob(root);
    root.problems().throwIfAny("The job definition " + source);
    return job;
  }

  private static JobConfig readJob(DefinitionNode json) {
    if (!json.isPresent()) {
      return null;
    }
    json.allowOnly(JOB_KEYS);
    String name = json.string("Name");
    String commandName = null;
    String script = null;
    if (!json.has("Command")) {
      json.problemAt("Command", "is required, e.g. {\"Name\": \"glueetl\", \"ScriptLocation\": \"sql/x.sql\"}");
    }
    Optional<DefinitionNode> command = json.optionalObject("Command");
    if (command.isPresent()) {
      command.get().allowOnly("Name", "ScriptLocation", "PythonVersion", "Runtime");
      commandName = command.get().string("Name");
      script = command.get().string("ScriptLocation");
      if (commandName != null && !Set.of("glueetl", "gluestreaming", "pythonshell", "glueray").contains(commandName)) {
        command.get().problemAt("Name", "'" + commandName + "' is not a Glue job command; use glueetl");
      }
    }
    Map<String, String> defaults = json.stringMap("DefaultArguments");
    Map<String, String> fixed = json.stringMap("NonOverridableArguments");
    checkArgumentKeys(json, "DefaultArguments", defaults);
    checkArgumentKeys(json, "NonOverridableArguments", fixed);
    Integer retries = json.integer("MaxRetries", 0, 10);
    Integer timeout = json.integer("Timeout", 1, MAX_TIMEOUT_MINUTES);
    Integer maxConcurrent = json.optionalObject("ExecutionProperty")
        .map(execution -> execution.allowOnly("MaxConcurrentRuns").integer("MaxConcurrentRuns", 1, 1000))
        .orElse(null);
    Integer workers = json.integer("NumberOfWorkers", 1, 100000);
    String description = json.optionalString("Description").orElse(null);
    String glueVersion = json.optionalString("GlueVersion").orElse(null);
    String workerType = json.optionalString("WorkerType").orElse(null);
    if (name == null) {
      return null;
    }
    return new JobConfig(name, description, commandName, script, defaults, fixed, retries == null ? 0 : retries,
        timeout == null ? JobConfig.DEFAULT_TIMEOUT_MINUTES : timeout, maxConcurrent == null ? 1 : maxConcurrent,
        glueVersion, workerType, workers, json.file());
  }

  private static void checkArgumentKeys(DefinitionNode json, String key, Map<String, String> arguments) {
    for (String name : arguments.keySet()) {
      if (!name.startsWith("--") || name.length() < 3 || name.contains(" ") || name.contains("=")) {
        json.problemAt(key + "." + name, "argument names start with '--' and have no spaces or '=', "
            + "e.g. --target_path");
      }
    }
  }

  private TriggerConfig readTrigger(DefinitionNode json, String workflowName, Set<String> jobs) {
    if (!json.isPresent()) {
      return null;
    }
    json.allowOnly(TRIGGER_KEYS);
    String name = json.string("Name");
    String owner = json.optionalString("WorkflowName").orElse(null);
    if (owner != null && workflowName != null && !owner.equals(workflowName)) {
      json.problemAt("WorkflowName", "is '" + owner + "' but this folder's workflow is '" + workflowName
          + "'; a trigger belongs to one workflow");
    }
    TriggerType type = json.enumValue("Type", TriggerType.class, true);
    boolean startOnCreation = json.bool("StartOnCreation", false);
    CronExpression schedule = readSchedule(json, type);
    Predicate predicate = readPredicate(json, type);
    EventBatchingCondition batching = readBatching(json, type);
    if (type == TriggerType.ON_DEMAND && startOnCreation) {
      json.problemAt("StartOnCreation", "ON_DEMAND triggers cannot be started on creation (Glue refuses "
          + "it); remove StartOnCreation or make the trigger SCHEDULED, CONDITIONAL or EVENT");
    }
    List<Action> actions = new ArrayList<>();
    List<DefinitionNode> items = json.objects("Actions");
    if (json.noElements("Actions")) {
      json.problemAt("Actions", "needs at least one action ({\"JobName\": …} or {\"CrawlerName\": …})");
    }
    for (DefinitionNode item : items) {
      Action action = readAction(item, jobs);
      if (action != null) {
        actions.add(action);
      }
    }
    String description = json.optionalString("Description").orElse(null);
    if (name == null || type == null) {
      return null;
    }
    return new TriggerConfig(name, description, type, schedule, predicate, actions, batching,
        startOnCreation, json.file());
  }

  private static CronExpression readSchedule(DefinitionNode json, TriggerType type) {
    String text = type == TriggerType.SCHEDULED ? json.string("Schedule")
        : json.optionalString("Schedule").orElse(null);
    if (text == null) {
      return null;
    }
    if (type != null && type != TriggerType.SCHEDULED) {
      json.problemAt("Schedule", "only SCHEDULED triggers have a Schedule; this one is " + type);
      return null;
    }
    try {
      return CronExpression.parse(text);
    } catch (CronSyntaxException e) {
      json.problemAt("Schedule", "bad cron: " + e.getMessage());
      return null;
    }
  }

  private Predicate readPredicate(DefinitionNode json, TriggerType type) {
    if (!json.has("Predicate")) {
      if (type == TriggerType.CONDITIONAL) {
        json.problemAt("Predicate", "is required for a CONDITIONAL trigger: {\"Logical\": \"AND\", "
            + "\"Conditions\": [{\"LogicalOperator\": \"EQUALS\", \"JobName\": …, \"State\": \"SUCCEEDED\"}]}");
      }
      return null;
    }
    if (type != null && type != TriggerType.CONDITIONAL) {
      json.problemAt("Predicate", "only CONDITIONAL triggers have a Predicate; this one is " + type);
    }
    DefinitionNode predicate = json.optionalObject("Predicate").orElse(null);
    if (predicate == null) {
      return null;
    }
    predicate.allowOnly(PREDICATE_KEYS);
    Logical logical = predicate.has("Logical") ? predicate.enumValue("Logical", Logical.class, false) : Logical.AND;
    List<Condition> conditions = new ArrayList<>();
    List<DefinitionNode> items = predicate.objects("Conditions");
    if (predicate.noElements("Conditions")) {
      predicate.problemAt("Conditions", "needs at least one condition");
    }
    for (DefinitionNode item : items) {
      Condition condition = readCondition(item);
      if (condition != null) {
        conditions.add(condition);
      }
    }
    return new Predicate(logical == null ? Logical.AND : logical, conditions);
  }

  private Condition readCondition(DefinitionNode json) {
    json.allowOnly(CONDITION_KEYS);
    LogicalOperator operator = json.has("LogicalOperator")
        ? json.enumValue("LogicalOperator", LogicalOperator.class, false) : LogicalOperator.EQUALS;
    String job = json.optionalString("JobName").orElse(null);
    String crawler = json.optionalString("CrawlerName").orElse(null);
    if ((job == null) == (crawler == null)) {
      json.problem("a condition names exactly one of JobName and CrawlerName");
      return null;
    }
    if (job != null) {
      if (json.has("CrawlState")) {
        json.problemAt("CrawlState", "a job condition uses State, not CrawlState");
      }
      JobRunState state = json.enumValue("State", JobRunState.class, true);
      if (state != null && !CONDITION_JOB_STATES.contains(state)) {
        json.problemAt("State", "'" + state + "' cannot be watched; a job condition waits for one of "
            + new TreeSet<>(CONDITION_JOB_STATES.stream().map(Enum::name).toList()));
        return null;
      }
      return state == null ? null : new Condition(operator, NodeRef.job(job), state, null);
    }
    if (json.has("State")) {
      json.problemAt("State", "a crawler condition uses CrawlState, not State");
    }
    CrawlState state = json.enumValue("CrawlState", CrawlState.class, true);
    if (state != null && !CONDITION_CRAWL_STATES.contains(state)) {
      json.problemAt("CrawlState", "'" + state + "' cannot be watched; a crawler condition waits for one of "
          + new TreeSet<>(CONDITION_CRAWL_STATES.stream().map(Enum::name).toList()));
      return null;
    }
    return state == null ? null : new Condition(operator, NodeRef.crawler(crawler), null, state);
  }

  private static EventBatchingCondition readBatching(DefinitionNode json, TriggerType type) {
    if (!json.has("EventBatchingCondition")) {
      return type == TriggerType.EVENT ? new EventBatchingCondition(1, EventBatchingCondition.DEFAULT_WINDOW_SECONDS)
          : null;
    }
    if (type != null && type != TriggerType.EVENT) {
      json.problemAt("EventBatchingCondition", "only EVENT triggers batch events; this one is " + type);
    }
    DefinitionNode batching = json.optionalObject("EventBatchingCondition").orElse(null);
    if (batching == null) {
      return null;
    }
    batching.allowOnly("BatchSize", "BatchWindow");
    Integer size = batching.integer("BatchSize", 1, 100);
    Integer window = batching.integer("BatchWindow", 1, 900);
    if (!batching.has("BatchSize")) {
      batching.problemAt("BatchSize", "is required (1-100 events)");
    }
    return new EventBatchingCondition(size == null ? 1 : size,
        window == null ? EventBatchingCondition.DEFAULT_WINDOW_SECONDS : window);
  }

  private Action readAction(DefinitionNode json, Set<String> jobs) {
    json.allowOnly(ACTION_KEYS);
    String job = json.optionalString("JobName").orElse(null);
    String crawler = json.optionalString("CrawlerName").orElse(null);
    Map<String, String> arguments = json.stringMap("Arguments");
    checkArgumentKeys(json, "Arguments", arguments);
    Integer timeout = json.integer("Timeout", 1, MAX_TIMEOUT_MINUTES);
    Integer notifyDelay = json.optionalObject("NotificationProperty")
        .map(n -> n.allowOnly("NotifyDelayAfter").integer("NotifyDelayAfter", 1, MAX_TIMEOUT_MINUTES)).orElse(null);
    if ((job == null) == (crawler == null)) {
      json.problem("an action names exactly one of JobName and CrawlerName");
      return null;
    }
    if (job != null && !jobs.contains(job)) {
      json.problemAt("JobName", "there is no job '" + job + "' (defined: " + new TreeSet<>(jobs)
          + "); add jobs/" + job + ".json to the workflow's folder, create the job (CreateJob), or fix the name");
    }
    if (crawler != null) {
      if (!knownCrawlers.contains(crawler)) {
        json.problemAt("CrawlerName", "there is no crawler '" + crawler + "' (known: "
            + new TreeSet<>(knownCrawlers) + "); define it or fix the name");
      }
      if (!arguments.isEmpty() || timeout != null) {
        json.problem("a crawler action takes no Arguments or Timeout");
      }
    }
    return new Action(job != null ? NodeRef.job(job) : NodeRef.crawler(crawler), arguments, timeout, notifyDelay);
  }

  /** Checks across triggers: one start trigger, unique names, watched nodes that exist, no cycles. */
  private static final class GraphChecks {
    private final List<TriggerConfig> triggers;
    private final DefinitionProblems problems;

    GraphChecks(List<TriggerConfig> triggers, DefinitionProblems problems) {
      this.triggers = triggers;
      this.problems = problems;
    }

    void check(String workflowFile) {
      Set<String> names = new HashSet<>();
      for (TriggerConfig trigger : triggers) {
        if (!names.add(trigger.name())) {
          problems.add(trigger.sourceFile(), "$.Name", "another trigger is also named '"
              + trigger.name() + "'; trigger names must be unique");
        }
      }
      List<TriggerConfig> starts = triggers.stream().filter(t -> t.type().startsRun()).toList();
      if (starts.size() != 1) {
        problems.add(workflowFile, "$", "a workflow has exactly one start trigger (ON_DEMAND, SCHEDULED "
            + "or EVENT); found " + starts.stream().map(TriggerConfig::name).toList()
            + ". Make the others CONDITIONAL");
      }
      Set<NodeRef> started = new HashSet<>();
      triggers.forEach(t -> t.actions().forEach(a -> started.add(a.node())));
      for (TriggerConfig trigger : triggers) {
        if (trigger.predicate() == null) {
          continue;
        }
        List<Condition> conditions = trigger.predicate().conditions();
        for (int i = 0; i < conditions.size(); i++) {
          if (!started.contains(conditions.get(i).node())) {
            problems.add(trigger.sourceFile(), "$.Predicate.Conditions[" + i + "]", "watches "
                + conditions.get(i).node() + ", which no trigger of this workflow starts, so it would never fire");
          }
        }
      }
      findCycle().ifPresent(cycle -> problems.add(cycle.trigger().sourceFile(), "$.Actions",
          "the workflow graph has a cycle: " + cycle.path() + "; a workflow must be acyclic"));
    }

    private record Cycle(TriggerConfig trigger, String path) {
    }

    private java.util.Optional<Cycle> findCycle() {
      Map<NodeRef, List<TriggerConfig>> watchers = new HashMap<>();
      for (TriggerConfig t : triggers) {
        t.watchedNodes().forEach(n -> watchers.computeIfAbsent(n, k -> new ArrayList<>()).add(t));
      }
      Map<NodeRef, Integer> color = new HashMap<>();
      for (TriggerConfig t : triggers) {
        for (Action a : t.actions()) {
          java.util.Optional<Cycle> found = visit(a.node(), watchers, color, new ArrayList<>());
          if (found.isPresent()) {
            return found;
          }
        }
      }
      return java.util.Optional.empty();
    }

    private java.util.Optional<Cycle> visit(NodeRef node, Map<NodeRef, List<TriggerConfig>> watchers,
        Map<NodeRef, Integer> color, List<String> path) {
      Integer c = color.get(node);
      if (c != null && c == 2) {
        return java.util.Optional.empty();
      }
      path.add(node.toString());
      if (c != null && c == 1) {
        return java.util.Optional.of(new Cycle(null, String.join(" → ", path)));
      }
      color.put(node, 1);
      for (TriggerConfig t : watchers.getOrDefault(node, List.of())) {
        for (Action a : t.actions()) {
          path.add("trigger " + t.name());
          java.util.Optional<Cycle> found = visit(a.node(), watchers, color, path);
          if (found.isPresent()) {
            Cycle cycle = found.get();
            return java.util.Optional.of(cycle.trigger() == null ? new Cycle(t, cycle.path()) : cycle);
          }
          path.remove(path.size() - 1);
        }
      }
      color.put(node, 2);
      path.remove(path.size() - 1);
      return java.util.Optional.empty();
    }
  }
}
