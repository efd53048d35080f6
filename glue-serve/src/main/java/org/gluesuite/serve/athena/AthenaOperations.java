package org.gluesuite.serve.athena;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.lakeformation.DataLakePrincipal;
import org.gluesuite.lakeformation.LakeFormationPolicy;
import org.gluesuite.runtime.lake.LakePaths;
import org.gluesuite.serve.ServeErrors;
import org.gluesuite.serve.api.Operation;
import org.gluesuite.serve.api.OperationCall;
import org.gluesuite.serve.api.Pages;
import org.gluesuite.serve.api.ServiceApi;
import org.gluesuite.serve.lakeformation.LakeFormationState;

/**
 * Amazon Athena's query operations over the workspace: {@code StartQueryExecution} runs Spark SQL under Lake Formation
 * as the caller's principal ({@link QueryEngine}); {@code GetQueryExecution}, {@code BatchGetQueryExecution},
 * {@code GetQueryResults} (Athena's ResultSet, header row first, paged), {@code StopQueryExecution},
 * {@code ListQueryExecutions}; the {@code primary} work group; named queries. Results are written under the output
 * location, an {@code s3://} location in the workspace's lake.
 */
public final class AthenaOperations implements AutoCloseable {
  /** Where the primary work group writes results when a query names no output location. */
  public static final String DEFAULT_OUTPUT_LOCATION = "s3://athena-query-results/";
  static final String PRIMARY = "primary";
  private static final int MAX_RESULTS = 1000;

  private final QueryEngine engine;
  private final Path lake;
  private final Map<String, QueryRun> runs = new ConcurrentHashMap<>();
  private final Map<String, String> requestTokens = new ConcurrentHashMap<>();
  private final NamedQueries namedQueries = new NamedQueries();
  private final Instant created = Instant.now();

  private AthenaOperations(QueryEngine engine, Path lake) {
    this.engine = engine;
    this.lake = lake;
  }

  /**
   * Registers Athena's operations; queries run on {@code spark} (asked for at the first query) under the Lake
   * Formation state of {@code lakeFormation}. Close the result to stop running queries.
   */
  public static AthenaOperations register(ServiceApi athena, Supplier<SparkSession> spark, DataCatalog catalog,
      LakeFormationState lakeFormation) {
    QueryEngine engine = new QueryEngine(spark, catalog, principal -> LakeFormationPolicy.create(lakeFormation.read(),
        DataLakePrincipal.of(principal), catalog, lakeFormation.store().auditLog()));
    AthenaOperations operations = new AthenaOperations(engine, lakeFormation.lake());
    athena.register("StartQueryExecution", operations::start);
    athena.register("GetQueryExecution", call -> Map.of("QueryExecution", operations.run(
        call.string("QueryExecutionId")).shape()));
    athena.register("BatchGetQueryExecution", operations::batchGet);
    athena.register("GetQueryResults", operations::results);
    athena.register("StopQueryExecution", operations::stop);
    athena.register("ListQueryExecutions", operations::list);
    athena.register("GetWorkGroup", call -> Map.of("WorkGroup", operations.workGroup(call.string("WorkGroup"))));
    athena.register("ListWorkGroups", call -> Map.of("WorkGroups", List.of(operations.workGroupSummary())));
    operations.namedQueries.register(athena, operations::requireWorkGroup);
    return operations;
  }

  private Object start(OperationCall call) {
    String workGroup = requireWorkGroup(call.optionalString("WorkGroup").orElse(PRIMARY));
    String token = call.optionalString("ClientRequestToken").orElse(null);
    if (token != null && requestTokens.containsKey(token)) {
      return Map.of("QueryExecutionId", requestTokens.get(token));
    }
    String location = call.input().path("ResultConfiguration").path("OutputLocation").asText(DEFAULT_OUTPUT_LOCATION);
    if (!LakePaths.isS3(location)) {
      throw ServeErrors.notAnOutputLocation(location);
    }
    String id = UUID.randomUUID().toString();
    String folder = location.endsWith("/") ? location : location + "/";
    Path resultFile = Path.of(LakePaths.inLocalLake(folder + id + ".csv", lake));
    String database = call.input().path("QueryExecutionContext").path("Database").asText(null);
    QueryRun run = new QueryRun(id, call.string("QueryString"), database, workGroup, folder + id + ".csv", resultFile,
        call.caller().principal());
    runs.put(id, run);
    if (token != null) {
      requestTokens.put(token, id);
    }
    engine.submit(run);
    return Map.of("QueryExecutionId", id);
  }

  private QueryRun run(String id) {
    QueryRun run = runs.get(id);
    if (run == null) {
      throw ServeErrors.queryExecutionNotFound(id);
    }
    return run;
  }

  private Object batchGet(OperationCall call) {
    List<Object> found = new ArrayList<>();
    List<Object> unprocessed = new ArrayList<>();
    for (var id : call.input().path("QueryExecutionIds")) {
      QueryRun run = runs.get(id.asText());
      if (run == null) {
        unprocessed.add(Map.of("QueryExecutionId", id.asText(), "ErrorCode", "INVALID_INPUT", "ErrorMessage",
            ServeErrors.queryExecutionNotFound(id.asText()).getMessage()));
      } else {
        found.add(run.shape());
      }
    }
    return Map.of("QueryExecutions", found, "UnprocessedQueryExecutionIds", unprocessed);
  }

  private Object stop(OperationCall call) {
    engine.cancel(run(call.string("QueryExecutionId")));
    return Operation.NO_OUTPUT;
  }

  /** Newest first, as Athena lists them. */
  private Object list(OperationCall call) {
    requireWorkGroup(call.optionalString("WorkGroup").orElse(PRIMARY));
    Pages.Page<QueryRun> page = Pages.of(new ArrayList<>(runs.values()),
        run -> String.format("%019d %s", Long.MAX_VALUE - run.submitted.toEpochMilli(), run.id), call, 50);
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("QueryExecutionIds", page.items().stream().map(run -> run.id).toList());
    output.put("NextToken", page.nextToken());
    return output;
  }

  /** Athena's ResultSet: the header row first (on the first page), then the rows; pages of MaxResults rows. */
  private Object results(OperationCall call) {
    QueryRun run = run(call.string("QueryExecutionId"));
    if (run.state() != QueryRun.State.SUCCEEDED) {
      throw ServeErrors.queryNotSucceeded(run.id, run.state().name());
    }
    long from = call.optionalString("NextToken").map(t -> offset(t, run.id)).orElse(0L);
    int size = call.optionalInt("MaxResults").orElse(MAX_RESULTS);
    List<List<String>> rows;
    try {
      rows = ResultCsv.read(run.resultFile, from, size + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the result of query " + run.id + " at " + run.resultFile, e);
    }
    boolean more = rows.size() > size;
    List<Object> page = new ArrayList<>();
    for (List<String> row : rows.subList(0, Math.min(size, rows.size()))) {
      page.add(Map.of("Data", row.stream().map(cell -> cell == null ? Map.of() : Map.of("VarCharValue", cell))
          .toList()));
    }
    Map<String, Object> output = new LinkedHashMap<>();
    output.put("UpdateCount", 0);
    output.put("ResultSet", Map.of("Rows", page, "ResultSetMetadata", Map.of("ColumnInfo", run.columns())));
    output.put("NextToken", more ? token(run.id, from + size) : null);
    return output;
  }

  private static String token(String id, long offset) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(("GetQueryResults\n" + id + "\n" + offset)
        .getBytes(StandardCharsets.UTF_8));
  }

  private static long offset(String token, String id) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n");
      if (parts.length == 3 && parts[0].equals("GetQueryResults") && parts[1].equals(id)) {
        return Long.parseLong(parts[2]);
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw ServeErrors.invalidResultsToken(token, id);
  }

  private String requireWorkGroup(String name) {
    if (!name.equals(PRIMARY)) {
      throw ServeErrors.workGroupNotFound(name);
    }
    return name;
  }

  private Map<String, Object> workGroup(String name) {
    requireWorkGroup(name);
    Map<String, Object> group = new LinkedHashMap<>(workGroupSummary());
    group.remove("EngineVersion");
    group.put("Configuration", Map.of("ResultConfiguration", Map.of("OutputLocation", DEFAULT_OUTPUT_LOCATION),
        "EnforceWorkGroupConfiguration", false, "EngineVersion", engineVersion()));
    return group;
  }

  private Map<String, Object> workGroupSummary() {
    return Map.of("Name", PRIMARY, "State", "ENABLED", "Description", "The local work group: Spark SQL under Lake"
        + " Formation", "CreationTime", created, "EngineVersion", engineVersion());
  }

  private static Map<String, Object> engineVersion() {
    return Map.of("SelectedEngineVersion", "AUTO", "EffectiveEngineVersion", "Spark SQL (glue-suite)");
  }

  /** Stops the query thread; queries still running end with it. */
  @Override
  public void close() {
    engine.close();
  }
}
