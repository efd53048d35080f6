package org.gluesuite.serve;

import java.nio.file.Path;
import java.util.List;
import org.gluesuite.catalog.AlreadyExistsException;
import org.gluesuite.catalog.EntityNotFoundException;
import org.gluesuite.catalog.InvalidInputException;
import org.gluesuite.common.Failures;

/**
 * Every error {@code glue-suite serve} answers on its own (the catalog's come from {@code CatalogErrors}), with the
 * code AWS uses for the same failure, so SDKs raise the exception their users know. Messages say what was wrong,
 * where in the request, and how to send it instead.
 */
public final class ServeErrors {
  private static final int BAD_REQUEST = 400;

  private ServeErrors() {
  }

  public static ServeRequestException malformedJson(String operation, String reason) {
    return new ServeRequestException("SerializationException", BAD_REQUEST, String.format(
        "The body of the %s request is not valid JSON: %s. Send one JSON object holding the operation's input"
            + " members.", operation, reason));
  }

  public static ServeRequestException serialization(String operation, String path, String problem) {
    return new ServeRequestException("SerializationException", BAD_REQUEST, String.format(
        "Cannot read the %s request: %s %s. Send the member with the type the operation's input shape gives it.",
        operation, path, problem));
  }

  public static ServeRequestException validation(List<String> violations) {
    return new ServeRequestException("ValidationException", BAD_REQUEST, String.format(
        "%d validation error%s detected: %s", violations.size(), violations.size() == 1 ? "" : "s",
        String.join("; ", violations)));
  }

  public static ServeRequestException unknownTarget(String target, List<String> prefixes) {
    return new ServeRequestException("UnknownOperationException", BAD_REQUEST, String.format(
        "X-Amz-Target '%s' names no operation served here: it must be <prefix>.<Operation> with a prefix of %s"
            + " (for example AWSGlue.GetDatabases).", target, prefixes));
  }

  public static ServeRequestException noOperation(String method, String path) {
    return new ServeRequestException("UnknownOperationException", BAD_REQUEST, String.format(
        "%s %s names no operation: JSON services take POST / with an X-Amz-Target header (AWSGlue.<Operation>,"
            + " AmazonAthena.<Operation>), REST services POST /<Operation>.", method, path));
  }

  public static ServeRequestException unknownOperation(String serviceName, String operation) {
    return new ServeRequestException("UnknownOperationException", BAD_REQUEST, String.format(
        "%s has no operation %s. Check the operation's name (names are case-sensitive, e.g. GetDatabases).",
        serviceName, operation));
  }

  public static ServeRequestException notServed(String serviceName, String operation) {
    return new ServeRequestException("UnknownOperationException", BAD_REQUEST, String.format(
        "%s is an operation of %s that this endpoint does not serve yet. Call it on AWS, or use an operation this"
            + " endpoint serves.", operation, serviceName));
  }

  public static ServeRequestException tooLarge(long length, long limit) {
    return new ServeRequestException("RequestEntityTooLargeException", 413, String.format(
        "The request body is %s bytes, over this endpoint's limit of %d bytes. Send smaller requests (split a batch),"
            + " or start the endpoint with a larger request limit.", length < 0 ? "more than " + limit : length,
        limit));
  }

  public static ServeRequestException readTimeout(long waitedMillis) {
    return new ServeRequestException("RequestTimeoutException", 408, String.format(
        "The request body did not arrive within %d ms of the last data received, so the request was dropped. Send"
            + " the whole body promptly.", waitedMillis));
  }

  public static ServeRequestException missingAuthentication() {
    return new ServeRequestException("MissingAuthenticationTokenException", BAD_REQUEST,
        "Request is missing Authentication Token: this endpoint verifies SigV4 signatures, and the request has no"
            + " Authorization header. Sign it with one of the endpoint's access keys (any AWS SDK or CLI does).");
  }

  public static ServeRequestException incompleteSignature(String reason) {
    return new ServeRequestException("IncompleteSignatureException", BAD_REQUEST, String.format(
        "The Authorization header is not a complete AWS4-HMAC-SHA256 signature: %s. Let an AWS SDK or CLI sign the"
            + " request.", reason));
  }

  public static ServeRequestException unrecognizedClient(String accessKeyId) {
    return new ServeRequestException("UnrecognizedClientException", BAD_REQUEST, String.format(
        "The security token included in the request is invalid: access key %s is not one of this endpoint's access"
            + " keys. Sign with a key listed in its access keys file.", accessKeyId));
  }

  public static ServeRequestException invalidSignature(String reason) {
    return new ServeRequestException("InvalidSignatureException", BAD_REQUEST, String.format(
        "The request signature we calculated does not match the signature you provided: %s. Check the secret access"
            + " key and let the SDK sign the request as sent (a proxy that rewrites it breaks the signature).",
        reason));
  }

  /** Lake Formation's refusal: {@code principal} may not {@code action} on {@code resource}. */
  public static ServeRequestException accessDenied(String principal, String action, String resource) {
    return new ServeRequestException("AccessDeniedException", 403, String.format(
        "%s is not authorized to %s on %s: Lake Formation grants it no such permission. Grant it (GrantPermissions),"
            + " or call as a principal that has it.", principal, action, resource));
  }

  // ---- input the catalog operations cannot use (Glue answers these with InvalidInputException) ----------

  public static InvalidInputException invalidNextToken(String token, String operation) {
    return new InvalidInputException(String.format("NextToken '%s' is not a token of %s from this endpoint. Pass the"
        + " NextToken of the previous %s response unchanged, or none for the first page.", token, operation,
        operation));
  }

  public static InvalidInputException unusableMember(String operation, String path, String reason, String shape) {
    return new InvalidInputException(String.format("%s of the %s request cannot be used: %s. Give it the members the"
        + " %s shape requires.", path, operation, reason, shape));
  }

  public static InvalidInputException notAGlueArn(String arn) {
    return new InvalidInputException(String.format("ResourceArn '%s' is not a Glue resource ARN. Write"
        + " arn:aws:glue:REGION:ACCOUNT:database/NAME (or table/DATABASE/NAME, connection/NAME).", arn));
  }

  public static InvalidInputException notTaggable(String arn, String kind, List<String> taggable) {
    return new InvalidInputException(String.format("ResourceArn '%s' names a %s, which this endpoint cannot tag: it"
        + " tags %s.", arn, kind, taggable));
  }

  public static InvalidInputException invalidTableExpression(String expression, String reason, int position) {
    return new InvalidInputException(String.format("Expression '%s' of GetTables is not a regular expression: %s (at"
        + " character %d). Write a Java regular expression over table names, e.g. sales_.* or orders|refunds.",
        expression, reason, position));
  }

  public static InvalidInputException segmentOutOfRange(int number, int total) {
    return new InvalidInputException(String.format("Segment %d of %d does not exist: SegmentNumber counts from 0 to"
        + " TotalSegments - 1. Ask for segments 0 to %d.", number, total, total - 1));
  }

  // ---- jobs ------------------------------------------------------------------------------------------------

  public static EntityNotFoundException jobNotFound(String name, Path folder) {
    return new EntityNotFoundException(String.format("Job %s not found: %s has no %s.json. Create it with CreateJob"
        + " (or check the name with ListJobs).", name, folder, name));
  }

  public static AlreadyExistsException jobExists(String name) {
    return new AlreadyExistsException(String.format("Job %s already exists. Choose another name, or change it with"
        + " UpdateJob.", name));
  }

  public static InvalidInputException notAJobName(String name) {
    return new InvalidInputException(String.format("'%s' is not a job name: it is 1-255 letters, digits, '_', '.' or"
        + " '-', starting with a letter or digit.", name));
  }

  public static InvalidInputException jobCannotRunHere(String reason) {
    return new InvalidInputException("This endpoint cannot run the job: " + reason + ".");
  }

  public static EntityNotFoundException jobRunNotFound(String job, String runId) {
    return new EntityNotFoundException(String.format("Job run %s of job %s not found. Take the JobRunId that"
        + " StartJobRun returned, or list the runs with GetJobRuns.", runId, job));
  }

  public static InvalidInputException jobRunRetryNotServed(String job, String runId) {
    return new InvalidInputException(String.format("StartJobRun with JobRunId %s (a retry of that run of job %s) is"
        + " not served by this endpoint. Omit JobRunId to start a new run.", runId, job));
  }

  public static EntityNotFoundException noBookmarkYet(String job) {
    return new EntityNotFoundException(String.format("Continuation for job %s not found: the job has no bookmark yet"
        + " (no run with --job-bookmark-option job-bookmark-enable has committed). Its first bookmarked run processes"
        + " everything.", job));
  }

  public static EntityNotFoundException bookmarkRunNotFound(String job, String runId) {
    return new EntityNotFoundException(String.format("Run %s is not in the bookmark history of job %s, so the bookmark"
        + " cannot be returned to it. Take a RunId from a committed run (GetJobBookmark's RunId, GetJobRuns), or"
        + " leave RunId out to reset the bookmark to the start.", runId, job));
  }

  // ---- data quality rulesets ------------------------------------------------------------------------------

  public static EntityNotFoundException rulesetNotFound(String name, Path folder) {
    return new EntityNotFoundException(String.format("Data quality ruleset %s not found: no file of %s declares it."
        + " Create it with CreateDataQualityRuleset (or check the name with ListDataQualityRulesets).", name, folder));
  }

  public static AlreadyExistsException rulesetFileTaken(String name, Path file, String declared) {
    return new AlreadyExistsException(String.format("Cannot create data quality ruleset %s: its file %s already"
        + " declares ruleset %s. Choose another name, or rename that file.", name, file, declared));
  }

  public static AlreadyExistsException rulesetExists(String name) {
    return new AlreadyExistsException(String.format("Data quality ruleset %s already exists. Choose another name, or"
        + " change it with UpdateDataQualityRuleset.", name));
  }

  // ---- workflows and triggers ------------------------------------------------------------------------------

  public static InvalidInputException notAName(String kind, String name) {
    return new InvalidInputException(String.format("'%s' is not a %s name: it is 1-255 letters, digits, '_', '.' or"
        + " '-', starting with a letter or digit.", name, kind));
  }

  public static AlreadyExistsException workflowExists(String name) {
    return new AlreadyExistsException(String.format("Workflow %s already exists. Choose another name, or change it"
        + " with UpdateWorkflow.", name));
  }

  public static EntityNotFoundException triggerNotFound(String name) {
    return new EntityNotFoundException(String.format("Trigger %s not found. Create it with CreateTrigger (or check"
        + " the name with ListTriggers).", name));
  }

  public static AlreadyExistsException triggerExists(String name) {
    return new AlreadyExistsException(String.format("Trigger %s already exists. Choose another name, or change it"
        + " with UpdateTrigger.", name));
  }

  public static InvalidInputException triggerRename(String name, String newName) {
    return new InvalidInputException(String.format("TriggerUpdate.Name is '%s' but the trigger is %s: a trigger"
        + " cannot be renamed. Leave TriggerUpdate.Name out, or create a new trigger and delete this one.", newName,
        name));
  }

  public static InvalidInputException secondStartTrigger(String workflow, String name, String other) {
    return new InvalidInputException(String.format("Workflow %s already has a start trigger (%s), so trigger %s"
        + " cannot be ON_DEMAND, SCHEDULED or EVENT: a workflow has exactly one. Make %s CONDITIONAL, or delete %s"
        + " first.", workflow, other, name, name, other));
  }

  public static InvalidInputException triggerCannotStop(String name, String type) {
    return new InvalidInputException(String.format("Trigger %s is %s and cannot be stopped: only SCHEDULED and EVENT"
        + " triggers are activated and deactivated (a workflow's CONDITIONAL triggers always fire here).", name,
        type));
  }

  public static InvalidInputException standaloneCrawlerAction(String trigger, String crawler) {
    return new InvalidInputException(String.format("Trigger %s belongs to no workflow and starts crawler %s, which"
        + " this endpoint only runs in workflows. Give the trigger a WorkflowName, or start the crawler with"
        + " StartCrawler.", trigger, crawler));
  }

  public static InvalidInputException runsNotServed(String operation) {
    return new InvalidInputException(String.format("%s needs to run jobs, and this endpoint was started without a"
        + " job launcher, so it runs none. Start it with one (the glue-suite CLI's serve does).", operation));
  }

  public static InvalidInputException notAJobOrCrawlerNode(String nodeId) {
    return new InvalidInputException(String.format("NodeIds names %s, a trigger node: a run resumes from job and"
        + " crawler nodes. Take the UniqueId of a JOB or CRAWLER node from GetWorkflowRun with IncludeGraph.",
        nodeId));
  }

  public static InvalidInputException runPropertiesNotLive(String workflow, String runId, String status) {
    return new InvalidInputException(String.format("Run %s of workflow %s is %s and not running in this endpoint, so"
        + " its run properties can no longer change (they are kept with the finished run). Put properties while a run"
        + " started here is RUNNING, or pass RunProperties to StartWorkflowRun.", runId, workflow, status));
  }

  // ---- Lake Formation -------------------------------------------------------------------------------------

  public static InvalidInputException notAnS3Location(String arn) {
    return new InvalidInputException(String.format("ResourceArn '%s' is not a data location this endpoint serves."
        + " Write arn:aws:s3:::BUCKET/PREFIX (the lake folder BUCKET/PREFIX of the workspace).", arn));
  }

  public static InvalidInputException nothingRevoked(String principal, String resource) {
    return new InvalidInputException(String.format("No permissions revoked: %s holds none of them on %s. List its"
        + " grants with ListPermissions and revoke what it holds.", principal, resource));
  }

  public static InvalidInputException unmodelledSetting(String member) {
    return new InvalidInputException(String.format("DataLakeSettings.%s is not kept by this endpoint (its Lake"
        + " Formation state holds the data lake administrators only). Leave it out or empty.", member));
  }

  public static InvalidInputException noDataLakeAdmins() {
    return new InvalidInputException("DataLakeSettings.DataLakeAdmins is empty: nobody could change permissions"
        + " afterwards. List at least one {\"DataLakePrincipalIdentifier\": ARN}.");
  }

  public static InvalidInputException unmodelledRegistration(String arn) {
    return new InvalidInputException(String.format("RegisterResource of %s asks for federation or hybrid access mode,"
        + " which this endpoint does not model: every principal is governed by Lake Formation here. Leave"
        + " WithFederation and HybridAccessEnabled out.", arn));
  }

  public static AlreadyExistsException resourceAlreadyRegistered(String arn) {
    return new AlreadyExistsException(String.format("Resource %s is already registered. List the registered"
        + " locations with ListResources.", arn));
  }

  public static EntityNotFoundException resourceNotRegistered(String arn) {
    return new EntityNotFoundException(String.format("Resource %s is not registered. List the registered locations"
        + " with ListResources.", arn));
  }

  public static InvalidInputException unsupportedResourceFilter(String field, String operator) {
    return new InvalidInputException(String.format("FilterConditionList: %s %s is not served; filter on"
        + " RESOURCE_ARN with EQ, NE, CONTAINS, NOT_CONTAINS, BEGINS_WITH or IN.", field, operator));
  }

  public static InvalidInputException unknownFilterColumn(String filter, String table, String column,
      List<String> columns) {
    return new InvalidInputException(String.format("Data cells filter %s names column '%s', which table %s does not"
        + " have. Its columns: %s.", filter, column, table, columns));
  }

  public static AlreadyExistsException dataCellsFilterExists(String filter, String table) {
    return new AlreadyExistsException(String.format("Data cells filter %s already exists on table %s. Choose another"
        + " name, or delete it first (DeleteDataCellsFilter).", filter, table));
  }

  public static EntityNotFoundException dataCellsFilterNotFound(String filter, String table) {
    return new EntityNotFoundException(String.format("Data cells filter '%s' not found on table %s. List the table's"
        + " filters with ListDataCellsFilter.", filter, table));
  }

  public static AlreadyExistsException lfTagExists(String key, List<String> values) {
    return new AlreadyExistsException(String.format("LF-Tag key %s already exists (values %s). Choose another key.",
        key, values));
  }

  public static EntityNotFoundException lfTagNotFound(String key) {
    return new EntityNotFoundException(String.format("LF-Tag key %s not found. Create it with CreateLFTag, or list"
        + " the keys with ListLFTags.", key));
  }

  public static InvalidInputException notATaggableResource(String kind) {
    return new InvalidInputException(String.format("LF-Tags are assigned to a Database, a Table (with Name) or"
        + " TableWithColumns (with ColumnNames), not to %s. Name one of those in Resource.", kind));
  }

  // ---- Athena (its request errors are all InvalidRequestException) ------------------------------------------

  private static ServeRequestException invalidRequest(String message) {
    return new ServeRequestException("InvalidRequestException", BAD_REQUEST, message);
  }

  public static ServeRequestException schemaNotFound(String database) {
    return invalidRequest(String.format("SCHEMA_NOT_FOUND: Schema '%s' does not exist (or the caller may not see"
        + " it). Name a database of the Data Catalog in QueryExecutionContext.Database.", database));
  }

  public static ServeRequestException notAnOutputLocation(String location) {
    return invalidRequest(String.format("OutputLocation '%s' is not an S3 location. Write s3://BUCKET/PREFIX/ (the"
        + " lake folder BUCKET/PREFIX of the workspace), or leave it out for %s.", location,
        org.gluesuite.serve.athena.AthenaOperations.DEFAULT_OUTPUT_LOCATION));
  }

  public static ServeRequestException queryExecutionNotFound(String id) {
    return invalidRequest(String.format("QueryExecution %s was not found. Take the QueryExecutionId that"
        + " StartQueryExecution returned (executions are kept while the endpoint runs).", id));
  }

  public static ServeRequestException queryNotSucceeded(String id, String state) {
    return invalidRequest(String.format("Query %s has not succeeded: its state is %s. Wait until GetQueryExecution"
        + " reports SUCCEEDED; a FAILED query's reason is its Status.StateChangeReason.", id, state));
  }

  public static ServeRequestException invalidResultsToken(String token, String id) {
    return invalidRequest(String.format("NextToken '%s' is not a GetQueryResults token of query %s. Pass the"
        + " NextToken of the previous page unchanged, or none for the first page.", token, id));
  }

  public static ServeRequestException workGroupNotFound(String name) {
    return invalidRequest(String.format("WorkGroup %s is not found: this endpoint has the work group 'primary'"
        + " only. Leave WorkGroup out or name primary.", name));
  }

  public static ServeRequestException namedQueryNotFound(String id) {
    return invalidRequest(String.format("NamedQuery %s was not found. List the saved queries with"
        + " ListNamedQueries.", id));
  }

  // ---- the endpoint itself ---------------------------------------------------------------------------------

  public static ServeStartException cannotListen(int port, Throwable cause) {
    return new ServeStartException(String.format("Cannot listen on %s:%d (%s). Pick another port, or stop the process"
        + " that holds this one.", LocalEndpoint.HOST, port, Failures.reason(cause)), cause);
  }

  public static ServeStartException s3ProxyJarMissing(Path jar, String variable) {
    return new ServeStartException(String.format("The S3 server cannot start: s3proxy's jar is not at %s. Build the"
        + " project once online so Maven fetches it (org.gaul:s3proxy, jar-with-dependencies), or set %s to the"
        + " jar's path.", jar, variable), null);
  }

  public static ServeStartException s3ServerFailed(int port, String reason, Path log) {
    return new ServeStartException(String.format("The S3 server (s3proxy on %s:%d) did not start: %s. Its log is %s;"
        + " if the port is taken, pick another.", LocalEndpoint.HOST, port, reason, log), null);
  }

  public static ServeRequestException internal(String operation, Throwable cause) {
    return new ServeRequestException("InternalServiceException", 500, String.format(
        "%s failed inside the endpoint (%s). Nothing of the failed step was stored; retry, and report it if it"
            + " persists.", operation, Failures.reason(cause)));
  }
}
