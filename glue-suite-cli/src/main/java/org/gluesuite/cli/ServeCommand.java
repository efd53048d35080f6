package org.gluesuite.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.gluesuite.crawler.CrawlContext;
import org.gluesuite.serve.AccessKeys;
import org.gluesuite.serve.Authenticators;
import org.gluesuite.serve.GlueSuiteServe;
import org.gluesuite.serve.ServeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code serve}: the AWS Glue API on 127.0.0.1 over the workspace's catalog, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve AWS's APIs on 127.0.0.1 over the workspace's catalog (AWS Glue's Data Catalog, crawler, job,"
        + " workflow and trigger operations, JSON 1.1) until stopped with Ctrl-C: point the AWS CLI, boto3 or an SDK at it with --endpoint-url or "
        + "AWS_ENDPOINT_URL_GLUE. Any signature is accepted unless --strict-auth is given.")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand
  GlueSuiteCli root;

  @Option(names = "--port", defaultValue = "" + DEFAULT_PORT, paramLabel = "N",
      description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--strict-auth", paramLabel = "KEYS_FILE",
      description = "Verify SigV4 signatures against the access keys in this JSON file ({\"AccessKeys\": "
          + "[{\"AccessKeyId\", \"SecretAccessKey\", \"Principal\"}]}); unsigned or wrongly signed requests are "
          + "refused, and each key's principal is the caller Lake Formation decides for.")
  Path strictAuth;

  @Option(names = "--max-request-bytes", defaultValue = "" + ServeSettings.DEFAULT_MAX_REQUEST_BYTES,
      paramLabel = "BYTES", description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
  long maxRequestBytes;

  @Option(names = "--crawler-definitions", paramLabel = "DIR", defaultValue = "crawlers/definitions",
      description = "Folder of crawler definitions that GetCrawler, StartCrawler … see and CreateCrawler writes to"
          + " (default: ${DEFAULT-VALUE}, as for crawl).")
  Path crawlerDefinitions;

  @Option(names = "--workflow-definitions", paramLabel = "DIR",
      description = "Folder of workflow folders that GetWorkflow, StartWorkflowRun … see and CreateWorkflow writes to"
          + " (default: workflows/definitions of the checkout, as for workflow run; else WORKSPACE/workflows).")
  Path workflowDefinitions;

  @Option(names = "--for", paramLabel = "DURATION",
      description = "Stop after this long (ISO-8601, e.g. PT10M) instead of at Ctrl-C.")
  Duration runFor;

  static final int DEFAULT_PORT = 4599;

  private Path workflowsRoot(Workspace workspace) {
    if (workflowDefinitions != null) {
      return workflowDefinitions.toAbsolutePath();
    }
    try {
      return WorkflowSupport.definitionsRoot(null);
    } catch (UsageException none) {
      return workspace.root().resolve("workflows");
    }
  }

  @Override
  public Integer call() throws Exception {
    Console console = root.console();
    Workspace workspace = root.workspace().create();
    ServeSettings settings = new ServeSettings(port, maxRequestBytes, ServeSettings.DEFAULT_IDLE_TIMEOUT,
        strictAuth == null ? Authenticators.anySignature(root.principal(), AccessKeys.none())
            : Authenticators.strict(AccessKeys.read(strictAuth)));
    CountDownLatch stopped = new CountDownLatch(1);
    // Jobs started through the API run on this process's local Spark session, started at the first run.
    try (LocalEnvironment environment = new LocalEnvironment(workspace, root.master, console);
        GlueSuiteServe serve = GlueSuiteServe.start(workspace.catalogDir(),
            CrawlContext.forWorkspace(workspace.root(), crawlerDefinitions),
            new LocalJobLauncher(console, environment, root.principal()), workflowsRoot(workspace), settings)) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        serve.close();
        stopped.countDown();
      }, "glue-suite-serve-stop"));
      String endpoint = serve.endpoint().uri().toString();
      console.line("glue-suite serve listening on %s (catalog %s, workflows %s)", endpoint, workspace.catalogDir(),
          workflowsRoot(workspace));
      console.line("  %s", strictAuth == null ? "any signature accepted; callers act as " + root.principal()
          : "SigV4 verified against " + strictAuth);
      console.line("  export AWS_ENDPOINT_URL_GLUE=%s AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=local"
          + " AWS_SECRET_ACCESS_KEY=local", endpoint);
      console.line("  aws glue get-databases --endpoint-url %s", endpoint);
      Map<String, Object> started = new LinkedHashMap<>();
      started.put("endpoint", endpoint);
      started.put("port", serve.endpoint().port());
      started.put("catalog", workspace.catalogDir().toString());
      started.put("strictAuth", strictAuth != null);
      console.json(started);
      console.out().flush();
      if (runFor != null) {
        stopped.await(runFor.toMillis(), TimeUnit.MILLISECONDS);
      } else {
        stopped.await();
      }
    }
    return ExitCode.OK;
  }
}
